//! A live chain's economy, as the explorer's starting state (`diem-sim --from ws://…`).
//!
//! The explorer's runtime is the chain's economy: the same pallets, configured by the same
//! `diem_config::impl_economy!`, under the same names and pallet indices, with the same block
//! number type. So a snapshot is the chain's raw storage, key for key, of the economy's
//! pallets — every account (`System.Account`) and the whole of `Balances`, `Assets`,
//! `PoolAssets`, `AssetConversion`, `Staking`, `Diem`, `BuyBurn` and `Credits` — read at the
//! chain's finalized head with the node's safe RPC (`state_getKeysPaged`,
//! `state_queryStorageAt`), and loaded as it is into the explorer's externalities.
//!
//! What differs is the block's length: the chain's last 2 s, the explorer's an hour. So, once
//! loaded, [`rebase`] rewrites what the pallets store in blocks, and nothing else: periods
//! (unbonding, distribution, burn epoch, reference half-life, buy interval) become the hours
//! they last, rounded up; moments (unlocks, the reward stream's end, the next epoch, the
//! reference's start, the last purchase, the operator's last step) keep their distance from
//! now, in hours rounded up (later) or up in the past (earlier). The explorer's block number
//! starts at the chain's, and its clock at the chain's timestamp, so the credits' days (Unix
//! time) carry on. The emission's remainder below a planck is dropped: it was counted in the
//! chain's blocks a year.
//!
//! Holds of pallets the explorer does not run (a preimage's deposit, say) are dropped from the
//! holds' list but stay in the account's reserved balance, so they stay unspendable. A saved
//! snapshot (`--save-snapshot`, then `--from FILE`) runs again without the chain: the same
//! seed gives the same output.

use crate::{
	rpc::{from_hex, to_hex, Rpc},
	runtime::*,
};
use codec::{Decode, Encode};
use pallet_vvv_staking::{RewardPool, RewardStream};
use serde_json::{json, Value};
use sp_io::hashing::twox_128;
use std::path::Path;

/// What a snapshot copies: every account (`System.Account`) and the whole storage of the
/// economy's other pallets (`diem_config::pallet_index::ECONOMY`, whose names the chain's and
/// the explorer's runtimes share; both runtimes' tests hold them to it).
fn prefixes() -> Vec<Vec<u8>> {
	let pallets = diem_config::pallet_index::ECONOMY
		.iter()
		.filter(|(name, _)| *name != "System")
		.map(|(name, _)| prefix(name, None));
	core::iter::once(prefix("System", Some("Account"))).chain(pallets).collect()
}

/// What a snapshot file starts with: its format.
const MAGIC: &[u8] = b"diem-snapshot/1\n";

/// Keys a page of `state_getKeysPaged`, and values a `state_queryStorageAt`.
const PAGE: usize = 512;

/// A live chain's economy at one block.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Snapshot {
	/// The chain's genesis hash: which chain it is.
	pub genesis_hash: [u8; 32],
	/// The block it was read at.
	pub block_hash: [u8; 32],
	/// That block's number.
	pub block: u32,
	/// That block's timestamp, Unix ms.
	pub timestamp_ms: u64,
	/// The chain's block length, ms (its Aura slot).
	pub block_ms: u64,
	/// The chain's runtime version then.
	pub spec_version: u32,
	/// The raw storage: every key under the copied prefixes and its value.
	pub pairs: Vec<(Vec<u8>, Vec<u8>)>,
}

/// The storage prefix of `pallet`, or of its `item`.
pub(crate) fn prefix(pallet: &str, item: Option<&str>) -> Vec<u8> {
	let mut key = twox_128(pallet.as_bytes()).to_vec();
	if let Some(item) = item {
		key.extend(twox_128(item.as_bytes()));
	}
	key
}

fn hash32(bytes: Vec<u8>, what: &str) -> Result<[u8; 32], String> {
	bytes.try_into().map_err(|_| format!("{what} is not 32 bytes"))
}

impl Snapshot {
	/// Reads the economy of the chain at `url` at its finalized head.
	pub fn fetch(url: &str) -> Result<Self, String> {
		let rpc = Rpc::new(url)?;
		let genesis = rpc
			.call_bytes("chain_getBlockHash", json!([0]))?
			.ok_or("the node has no genesis block")?;
		let head =
			rpc.call_bytes("chain_getFinalizedHead", json!([]))?.ok_or("no finalized head")?;
		let at = to_hex(&head);
		let header = rpc.call("chain_getHeader", json!([at]))?;
		let block = header
			.get("number")
			.and_then(Value::as_str)
			.and_then(|n| u32::from_str_radix(n.trim_start_matches("0x"), 16).ok())
			.ok_or("a header without a number")?;
		let version = rpc.call("state_getRuntimeVersion", json!([at]))?;
		let spec_version = version
			.get("specVersion")
			.and_then(Value::as_u64)
			.and_then(|v| u32::try_from(v).ok())
			.ok_or("a runtime version without a specVersion")?;
		let read_u64 = |bytes: Option<Vec<u8>>, what: &str| -> Result<u64, String> {
			bytes
				.and_then(|b| u64::decode(&mut &b[..]).ok())
				.ok_or_else(|| format!("the chain has no {what}"))
		};
		let timestamp_ms = read_u64(
			rpc.call_bytes(
				"state_getStorage",
				json!([to_hex(&prefix("Timestamp", Some("Now"))), at]),
			)?,
			"timestamp (Timestamp.Now)",
		)?;
		let block_ms = read_u64(
			rpc.call_bytes("state_call", json!(["AuraApi_slot_duration", "0x", at]))?,
			"Aura slot duration",
		)?;
		let mut pairs = Vec::new();
		for prefix in prefixes() {
			let mut start: Option<String> = None;
			loop {
				let page =
					rpc.call("state_getKeysPaged", json!([to_hex(&prefix), PAGE, start, at]))?;
				let keys: Vec<String> =
					serde_json::from_value(page).map_err(|e| format!("state_getKeysPaged: {e}"))?;
				if keys.is_empty() {
					break;
				}
				let changes = rpc.call("state_queryStorageAt", json!([keys, at]))?;
				let changes = changes
					.get(0)
					.and_then(|set| set.get("changes"))
					.and_then(Value::as_array)
					.ok_or("state_queryStorageAt: no changes")?;
				for change in changes {
					let (Some(key), Some(value)) = (
						change.get(0).and_then(Value::as_str),
						change.get(1).and_then(Value::as_str),
					) else {
						continue;
					};
					pairs.push((from_hex(key)?, from_hex(value)?));
				}
				if keys.len() < PAGE {
					break;
				}
				start = keys.last().cloned();
			}
		}
		let snapshot = Self {
			genesis_hash: hash32(genesis, "the genesis hash")?,
			block_hash: hash32(head, "the head's hash")?,
			block,
			timestamp_ms,
			block_ms,
			spec_version,
			pairs,
		};
		snapshot.check_economy()?;
		Ok(snapshot)
	}

	/// The economy in the current externalities, as a snapshot of a chain at its current
	/// block, whose blocks last `block_ms` and whose clock reads `timestamp_ms`: the
	/// explorer's own state as a chain's, for tests.
	pub fn capture(genesis_hash: [u8; 32], block_ms: u64, timestamp_ms: u64) -> Self {
		let mut pairs = Vec::new();
		for prefix in prefixes() {
			let mut key = prefix.clone();
			while let Some(next) = sp_io::storage::next_key(&key).filter(|k| k.starts_with(&prefix))
			{
				if let Some(value) = sp_io::storage::get(&next) {
					pairs.push((next.clone(), value.to_vec()));
				}
				key = next;
			}
		}
		Self {
			genesis_hash,
			block_hash: [0; 32],
			block: System::block_number(),
			timestamp_ms,
			block_ms,
			spec_version: 0,
			pairs,
		}
	}

	/// Fails unless the snapshot holds a DIEM chain's economy: staking's emission and DIEM's
	/// curve are set (a run then checks the pools, `Sim::live`).
	fn check_economy(&self) -> Result<(), String> {
		for (pallet, item) in [("Staking", "AnnualEmission"), ("Diem", "Curve")] {
			let key = prefix(pallet, Some(item));
			if !self.pairs.iter().any(|(k, _)| *k == key) {
				return Err(format!(
					"the chain has no {pallet}.{item}: it is not a DIEM chain, or not one this explorer reads"
				));
			}
		}
		Ok(())
	}

	/// Writes the snapshot to `path`.
	pub fn save(&self, path: &Path) -> Result<(), String> {
		let mut bytes = MAGIC.to_vec();
		self.encode_to(&mut bytes);
		std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
	}

	/// Reads a snapshot [`save`](Self::save) wrote.
	pub fn load(path: &Path) -> Result<Self, String> {
		let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
		let body = bytes
			.strip_prefix(MAGIC)
			.ok_or_else(|| format!("{}: not a diem-sim snapshot", path.display()))?;
		Self::decode(&mut &body[..]).map_err(|e| format!("{}: {e}", path.display()))
	}

	/// A snapshot from `--from`'s argument: a node's URL, or a saved file.
	pub fn from_source(source: &str) -> Result<Self, String> {
		if source.starts_with("ws://") || source.starts_with("http://") {
			Self::fetch(source)
		} else {
			Self::load(Path::new(source))
		}
	}

	/// The snapshot's state as the explorer's externalities, rebased to hour-long blocks.
	pub fn externalities(&self) -> Result<sp_io::TestExternalities, String> {
		let holds = [prefix("Balances", Some("Holds")), prefix("Balances", Some("Freezes"))];
		let mut top = std::collections::BTreeMap::new();
		for (key, value) in &self.pairs {
			let value = if holds.iter().any(|p| key.starts_with(p)) {
				ours_only(value)
					.ok_or_else(|| format!("Balances' holds at {} are unreadable", to_hex(key)))?
			} else {
				value.clone()
			};
			top.insert(key.clone(), value);
		}
		let mut ext =
			externalities(sp_runtime::Storage { top, children_default: Default::default() });
		ext.execute_with(|| {
			same_storage_versions()?;
			rebase(self.block, self.timestamp_ms, self.block_ms);
			Ok::<_, String>(())
		})?;
		Ok(ext)
	}

	/// One line on where the run started.
	pub fn describe(&self) -> String {
		format!(
			"the chain {} at block #{} ({}, spec {}, {} storage entries)",
			to_hex(&self.genesis_hash[..4]),
			self.block,
			to_hex(&self.block_hash),
			self.spec_version,
			self.pairs.len()
		)
	}
}

impl crate::scenario::Scenario {
	/// This scenario with the live chain's parameters for its own: the curve, the emission,
	/// the buy-burn's, and the pools' prices as the market's, so the summary's departures
	/// from mainnet are the chain's, the operator steps from the chain's curve and the
	/// external VVV price starts at the pool's.
	pub fn with_chain(&self, snapshot: &Snapshot) -> Result<Self, String> {
		let mut scenario = self.clone();
		snapshot.externalities()?.execute_with(|| {
			let whole = |planck: Balance| crate::sim::whole(planck, UNIT);
			let fraction = |share: sp_runtime::Perbill| f64::from(share.deconstruct()) / 1e9;
			let days = |blocks: u32| blocks.div_ceil(BLOCKS_PER_DAY);
			let curve = pallet_diem::Curve::<Runtime>::get();
			scenario.curve.base_rate = whole(curve.base_rate);
			scenario.curve.target_supply = whole(curve.target_supply);
			scenario.curve.adjustment_power = whole(curve.adjustment_power.into_inner());
			scenario.curve.exponent = curve.exponent;
			use pallet_vvv_staking as staking;
			scenario.emission.annual = whole(staking::AnnualEmission::<Runtime>::get());
			scenario.emission.locked_yield_to_treasury =
				fraction(staking::LockedYieldToTreasury::<Runtime>::get());
			scenario.emission.unbonding_days = days(staking::UnbondingPeriod::<Runtime>::get());
			use pallet_buyburn as buyburn;
			let b = &mut scenario.buyburn;
			b.burn_share = fraction(buyburn::BurnShare::<Runtime>::get());
			b.max_price_impact = fraction(buyburn::MaxPriceImpact::<Runtime>::get());
			b.max_slippage = fraction(buyburn::MaxSlippage::<Runtime>::get());
			b.epoch_days = days(buyburn::BurnPeriod::<Runtime>::get());
			b.price_half_life_hours = buyburn::PriceHalfLife::<Runtime>::get();
			b.buy_interval_hours = buyburn::BuyInterval::<Runtime>::get();
			let price = |asset, unit| {
				AssetConversion::get_reserves(asset, crate::sim::USDC_KIND)
					.ok()
					.map(|(a, u)| crate::sim::whole(u, USDC) / crate::sim::whole(a, unit))
					.filter(|p| p.is_finite() && *p > 0.0)
			};
			if let Some(p) = price(crate::sim::VVV_KIND, UNIT) {
				scenario.market.vvv_price = p;
			}
			if let Some(p) = price(crate::sim::DIEM_KIND, DIEM) {
				scenario.market.diem_price = p;
			}
		});
		scenario.validate().map_err(|e| format!("the chain's parameters: {e}"))?;
		Ok(scenario)
	}
}

/// Fails unless each pallet's storage, as the chain wrote it, is at the version the explorer's
/// pallets read: a chain of another release (a migration between) is refused by name rather
/// than read wrongly.
fn same_storage_versions() -> Result<(), String> {
	use frame_support::traits::{
		GetStorageVersion, NoStorageVersionSet, PalletInfoAccess, StorageVersion,
	};
	/// A pallet's declared storage version; none declared is version 0 on chain.
	trait Declared {
		fn version(self) -> StorageVersion;
	}
	impl Declared for StorageVersion {
		fn version(self) -> StorageVersion {
			self
		}
	}
	impl Declared for NoStorageVersionSet {
		fn version(self) -> StorageVersion {
			StorageVersion::new(0)
		}
	}
	fn check<P: GetStorageVersion + PalletInfoAccess>() -> Result<(), String>
	where
		P::InCodeStorageVersion: Declared,
	{
		let (chain, ours) = (P::on_chain_storage_version(), P::in_code_storage_version().version());
		if chain == ours {
			return Ok(());
		}
		Err(format!(
			"the chain's {} storage is at version {chain:?}, this explorer's at {ours:?}: run the explorer of the chain's release",
			P::name()
		))
	}
	check::<Balances>()?;
	check::<Assets>()?;
	check::<PoolAssets>()?;
	check::<AssetConversion>()?;
	check::<Staking>()?;
	check::<Diem>()?;
	check::<BuyBurn>()?;
	check::<Credits>()
}

/// A holds' or freezes' list (`Vec<IdAmount<reason, Balance>>`, each reason a pallet index
/// and a unit variant) with only the reasons of the explorer's pallets; `None` if it is not one.
fn ours_only(value: &[u8]) -> Option<Vec<u8>> {
	let entries = Vec::<([u8; 2], Balance)>::decode(&mut &value[..]).ok()?;
	let ours = [diem_config::pallet_index::STAKING, diem_config::pallet_index::DIEM];
	let kept: Vec<_> =
		entries.into_iter().filter(|(reason, _)| ours.contains(&reason[0])).collect();
	Some(kept.encode())
}

/// Rewrites, in the explorer's state at the chain's block `block` (timestamp `timestamp_ms`,
/// blocks of `block_ms`), what the pallets store in blocks into hour-long blocks (module docs).
pub fn rebase(block: u32, timestamp_ms: u64, block_ms: u64) {
	let hours = |blocks: u32| hours(blocks, block_ms);
	let period = |blocks: u32| period(blocks, block_ms);
	let moment = |at: u32| {
		if at >= block {
			block.saturating_add(hours(at - block))
		} else {
			block.saturating_sub(hours(block - at))
		}
	};
	System::set_block_number(block);
	ClockOrigin::set(&(block, timestamp_ms));

	use pallet_vvv_staking as staking;
	rewrite::<_, staking::UnbondingPeriod<Runtime>>(period);
	rewrite::<_, staking::DistributionPeriod<Runtime>>(period);
	rewrite::<_, staking::Stream<Runtime>>(|s| RewardStream { ends_at: moment(s.ends_at), ..s });
	rewrite::<_, staking::Pool<Runtime>>(|p| RewardPool { emission_remainder: 0, ..p });
	staking::Ledgers::<Runtime>::translate_values(|mut ledger: staking::Ledger<Runtime>| {
		for chunk in ledger.unlocking.iter_mut() {
			chunk.unlock_at = moment(chunk.unlock_at);
		}
		Some(ledger)
	});

	rewrite::<_, pallet_diem::OperatorLastStep<Runtime>>(moment);

	use pallet_buyburn as buyburn;
	rewrite::<_, buyburn::BurnPeriod<Runtime>>(period);
	rewrite::<_, buyburn::PriceHalfLife<Runtime>>(period);
	rewrite::<_, buyburn::BuyInterval<Runtime>>(period);
	rewrite::<_, buyburn::NextEpochAt<Runtime>>(moment);
	rewrite::<_, buyburn::CurrentEpoch<Runtime>>(|e| buyburn::EpochRecord {
		started_at: moment(e.started_at),
		..e
	});
	buyburn::History::<Runtime>::translate_values(|e: buyburn::EpochRecord<u32>| {
		Some(buyburn::EpochRecord { started_at: moment(e.started_at), ..e })
	});
	// A reference started at genesis (0) buys at once: it stays 0.
	rewrite::<_, buyburn::Reference<Runtime>>(|r| buyburn::ReferencePrice {
		since: if r.since == 0 { 0 } else { moment(r.since) },
		..r
	});
	rewrite::<_, buyburn::LastPurchaseAt<Runtime>>(moment);
}

/// `blocks` of `block_ms` in hour-long blocks, rounded up.
fn hours(blocks: u32, block_ms: u64) -> u32 {
	let ms = u128::from(blocks) * u128::from(block_ms);
	u32::try_from(ms.div_ceil(u128::from(BLOCK_MS))).unwrap_or(u32::MAX)
}

/// A period of `blocks` of `block_ms` in hour-long blocks: rounded up, at least one unless
/// none (a pallet refuses a zero period where it means "never").
pub fn period(blocks: u32, block_ms: u64) -> u32 {
	if blocks == 0 {
		0
	} else {
		hours(blocks, block_ms).max(1)
	}
}

/// Rewrites the value `S` stores with `f`, if it stores one: a value the chain never wrote
/// stays unwritten.
fn rewrite<T: codec::FullCodec, S: frame_support::storage::StorageValue<T>>(
	f: impl FnOnce(T) -> T,
) {
	// A value that does not decode is left as it is: the pallet's own `try_state` reports it.
	let _ = S::translate(|old: Option<T>| old.map(f));
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::{
		proposal::{Authority, Proposal, Track},
		scenario::Scenario,
		sim::Sim,
	};
	use std::sync::Arc;

	fn scenario() -> Scenario {
		Scenario::from_toml(
			"days = 12\nseed = 3\n[market]\ndiem_pool_depth = 100.0\n[users]\ncount = 8\narrival_days = 2\n[holders]\ncount = 4\n[operator]\ncompute_budget = 50.0\nevery_days = 3\n",
		)
		.unwrap()
	}

	/// A chain's state: the scenario's genesis, then a holder unstaking part of its stake at
	/// block 5, captured as a chain whose blocks last `block_ms`.
	fn chain(block_ms: u64) -> Snapshot {
		let mut ext = Sim::new(&scenario(), 3, false).genesis();
		ext.execute_with(|| {
			System::set_block_number(5);
			let holder = crate::sim::account(crate::sim::ACCOUNT_HOLDER, 1);
			Staking::unstake(RuntimeOrigin::signed(holder), UNIT).unwrap();
			Snapshot::capture([7; 32], block_ms, 1_000_000)
		})
	}

	/// Fails with the first key whose value differs, in hex.
	#[track_caller]
	fn assert_same(a: &[(Vec<u8>, Vec<u8>)], b: &[(Vec<u8>, Vec<u8>)]) {
		let keys = |p: &[(Vec<u8>, Vec<u8>)]| p.iter().map(|(k, _)| to_hex(k)).collect::<Vec<_>>();
		assert_eq!(keys(a), keys(b), "the same keys");
		if let Some(((k, x), (_, y))) = a.iter().zip(b).find(|((_, x), (_, y))| x != y) {
			panic!("{}: {} ≠ {}", to_hex(k), to_hex(x), to_hex(y));
		}
	}

	fn pairs_now(prefixes: &[Vec<u8>]) -> Vec<(Vec<u8>, Vec<u8>)> {
		Snapshot::capture([0; 32], BLOCK_MS, 0)
			.pairs
			.into_iter()
			.filter(|(k, _)| prefixes.iter().any(|p| k.starts_with(p)))
			.collect()
	}

	#[test]
	fn a_chain_with_the_explorers_blocks_loads_key_for_key() {
		let snapshot = chain(BLOCK_MS);
		assert!(snapshot.pairs.len() > 50, "{} entries", snapshot.pairs.len());
		snapshot.externalities().unwrap().execute_with(|| {
			assert_same(&pairs_now(&[vec![]]), &snapshot.pairs);
			assert_eq!(System::block_number(), 5);
			assert_eq!(<BlockClock as pallet_credits::Clock>::now(), 1_000_000, "the chain's time");
			System::set_block_number(8);
			assert_eq!(
				<BlockClock as pallet_credits::Clock>::now(),
				1_000_000 + 3 * BLOCK_MS,
				"three blocks after the snapshot's"
			);
		});
	}

	#[test]
	fn a_chain_of_two_second_blocks_is_rebased_to_hours() {
		// The chain's state, as if its blocks lasted 2 s: the periods and moments it stores
		// (the scenario's, in hours) read as 2-second blocks, rebased by 1,800.
		let snapshot = chain(2_000);
		let (unbonding, distribution, unlock, burn_period, next_epoch) =
			sp_io::TestExternalities::new(sp_runtime::Storage {
				top: snapshot.pairs.iter().cloned().collect(),
				children_default: Default::default(),
			})
			.execute_with(|| {
				let holder = crate::sim::account(crate::sim::ACCOUNT_HOLDER, 1);
				(
					pallet_vvv_staking::UnbondingPeriod::<Runtime>::get(),
					pallet_vvv_staking::DistributionPeriod::<Runtime>::get(),
					pallet_vvv_staking::Ledgers::<Runtime>::get(&holder).unwrap().unlocking[0]
						.unlock_at,
					pallet_buyburn::BurnPeriod::<Runtime>::get(),
					pallet_buyburn::NextEpochAt::<Runtime>::get(),
				)
			});
		assert_eq!(unbonding, 7 * 24, "the scenario's 7 days, in hours");
		snapshot.externalities().unwrap().execute_with(|| {
			let holder = crate::sim::account(crate::sim::ACCOUNT_HOLDER, 1);
			let hours = |blocks: u32| blocks.div_ceil(1_800);
			assert_eq!(pallet_vvv_staking::UnbondingPeriod::<Runtime>::get(), hours(unbonding));
			assert_eq!(
				pallet_vvv_staking::DistributionPeriod::<Runtime>::get(),
				hours(distribution).max(1)
			);
			let chunk = &pallet_vvv_staking::Ledgers::<Runtime>::get(&holder).unwrap().unlocking[0];
			assert_eq!(chunk.unlock_at, 5 + hours(unlock - 5));
			assert_eq!(pallet_buyburn::BurnPeriod::<Runtime>::get(), hours(burn_period).max(1));
			assert_eq!(pallet_buyburn::NextEpochAt::<Runtime>::get(), 5 + hours(next_epoch - 5));
			assert_eq!(pallet_vvv_staking::Pool::<Runtime>::get().emission_remainder, 0);
			// Nothing else moved: the holds, balances, positions and pools are the chain's.
			let untouched = [
				prefix("System", Some("Account")),
				prefix("Balances", None),
				prefix("Assets", None),
				prefix("AssetConversion", None),
				prefix("Diem", Some("Positions")),
				prefix("Credits", None),
			];
			let chain: Vec<_> = snapshot
				.pairs
				.iter()
				.filter(|(k, _)| untouched.iter().any(|p| k.starts_with(p)))
				.cloned()
				.collect();
			assert_same(&pairs_now(&untouched), &chain);
		});
	}

	#[test]
	fn runs_from_a_snapshot_hold_design_7_and_repeat_with_their_seed() {
		let snapshot = Arc::new(chain(BLOCK_MS));
		let scenario = scenario().with_chain(&snapshot).unwrap();
		let run = |seed, check| {
			Sim::new(&scenario, seed, check)
				.from_snapshot(Some(snapshot.clone()))
				.run(|_| ())
				.unwrap()
		};
		let a = run(4, true);
		let b = run(4, false);
		assert_eq!((a.start.clone(), a.days.clone(), a.calls.clone()), (b.start, b.days, b.calls));
		assert!(a.calls.ok > 50, "the agents act: {:?}", a.calls);
		assert_ne!(run(5, false).days, a.days, "another seed, another run");
		// Day 0 is the chain's state, with the agents' VVV minted.
		let genesis = Sim::new(&scenario, 3, false)
			.genesis()
			.execute_with(pallet_diem::TotalMinted::<Runtime>::get);
		assert_eq!(a.start.diem_supply, crate::sim::whole(genesis, DIEM));
	}

	/// Seed 9's run from `snapshot`, design §7 checked after every block, with `proposal`.
	fn run_from(
		snapshot: &Arc<Snapshot>,
		scenario: &Scenario,
		proposal: Option<Proposal>,
	) -> Result<crate::sim::RunOutput, String> {
		Sim::new(scenario, 9, true)
			.from_snapshot(Some(snapshot.clone()))
			.with_proposal(proposal.map(Arc::new))
			.run(|_| ())
	}

	/// The VVV a run emitted.
	fn emitted(run: &crate::sim::RunOutput) -> f64 {
		run.days.last().unwrap().emitted - run.start.emitted
	}

	/// `call` as a proposal applied at `enact_hour` with `authority`.
	fn proposal(
		call: pallet_vvv_staking::Call<Runtime>,
		enact_hour: u32,
		authority: Authority,
	) -> Proposal {
		let call = codec::Encode::encode(&RuntimeCall::Staking(call));
		Proposal { enact_hour, authority, ..Proposal::from_call(call, None, BLOCK_MS).unwrap() }
	}

	#[test]
	fn a_proposal_that_changes_nothing_changes_no_run_and_one_that_does_changes_them() {
		let snapshot = Arc::new(chain(BLOCK_MS));
		let scenario = scenario().with_chain(&snapshot).unwrap();
		let run = |call: Option<pallet_vvv_staking::Call<Runtime>>| {
			run_from(&snapshot, &scenario, call.map(|c| proposal(c, 0, Authority::Root))).unwrap()
		};
		let without = run(None);
		let share = sp_runtime::Perbill::from_float(scenario.emission.locked_yield_to_treasury);
		let same = run(Some(pallet_vvv_staking::Call::set_locked_yield_to_treasury { share }));
		assert_eq!(
			(&same.start, &same.days, &same.calls),
			(&without.start, &without.days, &without.calls)
		);
		let halved = (scenario.emission.annual as Balance) * UNIT / 2;
		let lower = run(Some(pallet_vvv_staking::Call::set_annual_emission { emission: halved }));
		assert!(
			(emitted(&lower) / emitted(&without) - 0.5).abs() < 0.01,
			"{} vs {}",
			emitted(&lower),
			emitted(&without)
		);
	}

	#[test]
	fn a_proposal_enacted_later_changes_the_run_from_its_hour_on() {
		let snapshot = Arc::new(chain(BLOCK_MS));
		let scenario = scenario().with_chain(&snapshot).unwrap();
		let halved = (scenario.emission.annual as Balance) * UNIT / 2;
		// Design §7 checked after every block: the emission's schedule from the hour on.
		let run = |enact_hour| {
			let call = pallet_vvv_staking::Call::set_annual_emission { emission: halved };
			run_from(&snapshot, &scenario, Some(proposal(call, enact_hour, Authority::Root)))
				.unwrap()
		};
		let (at_once, later) = (run(0), run(50));
		let without = run_from(&snapshot, &scenario, None).unwrap();
		// Enacted at hour 50 (in day 3's second block): days 1 and 2 are the run without it.
		assert_eq!((&later.start, &later.days[..2]), (&without.start, &without.days[..2]));
		assert_ne!(later.days[2], without.days[2]);
		assert_ne!(at_once.days[0], without.days[0]);
		// Fifty blocks at the full emission, the rest at half: block 50 emits before the call is
		// dispatched in it, as on the chain (staking's `on_initialize` comes before the
		// scheduler's there).
		let hours = f64::from(scenario.days * crate::runtime::BLOCKS_PER_DAY);
		let expected = 0.5 + 0.5 * 50.0 / hours;
		let ratio = emitted(&later) / emitted(&without);
		assert!((ratio - expected).abs() < 1e-3, "{ratio} vs {expected}");
		assert!(emitted(&at_once) < emitted(&later));
	}

	#[test]
	fn a_call_failing_at_its_hour_leaves_that_run_without_it_and_a_bad_origin_stops() {
		let snapshot = Arc::new(chain(BLOCK_MS));
		let scenario = scenario().with_chain(&snapshot).unwrap();
		// Raising the emission: refused (EmissionNotLowered) by the state, not the origin.
		let run = |authority, enact_hour| {
			let raise = pallet_vvv_staking::Call::set_annual_emission { emission: Balance::MAX };
			run_from(&snapshot, &scenario, Some(proposal(raise, enact_hour, authority)))
		};
		let without = run_from(&snapshot, &scenario, None).unwrap();
		assert_eq!(without.enactment_failure, None);
		let failed = run(Authority::Root, 30).unwrap();
		let failure = failed.enactment_failure.clone().unwrap();
		assert!(failure.starts_with("day 2 hour 5: "), "{failure}");
		assert!(failure.contains("EmissionNotLowered"), "{failure}");
		assert_eq!((&failed.start, &failed.days), (&without.start, &without.days));
		// At day 0 every seed would fail alike: the forecast stops, naming the error.
		assert!(run(Authority::Root, 0).unwrap_err().contains("EmissionNotLowered"));
		// An authority that may never make the call stops it at any hour.
		let bad = run(Authority::Track(Track::Operations), 30).unwrap_err();
		assert!(bad.contains("day 2 hour 5") && bad.contains("BadOrigin"), "{bad}");
	}

	#[test]
	fn foreign_holds_are_dropped() {
		let staking = [diem_config::pallet_index::STAKING, 0];
		let preimage = [diem_config::pallet_index::STAKING.wrapping_add(100), 0];
		let holds = vec![(staking, 5u128), (preimage, 7u128)].encode();
		assert_eq!(ours_only(&holds).unwrap(), vec![(staking, 5u128)].encode());
		assert_eq!(ours_only(&[9]), None);
	}

	#[test]
	fn files_round_trip_and_refuse_others() {
		let snapshot = Snapshot {
			genesis_hash: [1; 32],
			block_hash: [2; 32],
			block: 7,
			timestamp_ms: 1_000,
			block_ms: 2_000,
			spec_version: 109,
			pairs: vec![(vec![1, 2], vec![3])],
		};
		let dir = std::env::temp_dir().join(format!("diem-snapshot-{}", std::process::id()));
		std::fs::create_dir_all(&dir).unwrap();
		let path = dir.join("s.snapshot");
		snapshot.save(&path).unwrap();
		assert_eq!(Snapshot::load(&path).unwrap(), snapshot);
		std::fs::write(&path, b"not one").unwrap();
		assert!(Snapshot::load(&path).unwrap_err().contains("not a diem-sim snapshot"));
		std::fs::remove_dir_all(dir).unwrap();
	}
}
