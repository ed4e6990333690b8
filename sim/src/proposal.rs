//! A governance proposal to forecast (`--proposal`): a call of the chain, given as SCALE hex
//! or read from an ongoing referendum of the live chain, applied with the authority the chain
//! would enact it with: a referendum's origin (root, a governance track, the operator
//! collective's two thirds; `runtime::Track`), or root for a call given as hex. A call that
//! origin may not make fails here as on the chain (`BadOrigin`).
//!
//! A referendum's proposal is applied at the hour the chain could first enact it
//! ([`Schedule`]): its decision starting as soon as its track allows, confirmed after the
//! track's confirm period, then enacted as its `enactment` asks, no sooner than the track's
//! minimum enactment period. The tracks' periods are `diem_config::governance`'s, in the chain's
//! governance days (`Origins.DayLength`). A call given as hex is applied at day 0, or at the
//! hour `--enact-hour` says.
//!
//! The explorer's runtime has the chain's pallet indices (`diem_config::pallet_index`), so a
//! chain's call of an economic pallet (`Diem.set_curve`, `BuyBurn.set_parameters`,
//! `Staking.set_annual_emission`, …) decodes as the explorer's own call. A `Utility.batch`,
//! `batch_all` or `force_batch` of such calls is applied as one: all of it or, if one call
//! fails, the run stops with that call's error. A call of a pallet the explorer does not run
//! (the treasury, a runtime upgrade) is refused by name: it changes nothing the explorer
//! simulates, or something it cannot.

pub use crate::runtime::Track;
use crate::{
	rpc::{from_hex, to_hex, Rpc},
	runtime::*,
	snapshot::prefix,
};
use codec::{Compact, Decode, DecodeAll};
use diem_config::pallet_index;
use frame_support::{
	storage::{with_transaction, TransactionOutcome},
	traits::{schedule::DispatchTime, GetCallMetadata},
};
use serde_json::json;
use sp_io::hashing::blake2_128;
use sp_runtime::{traits::Dispatchable, DispatchError};

/// A proposal: its calls, decoded as the explorer's, and where it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proposal {
	/// The referendum it was read from, if any.
	pub referendum: Option<u32>,
	/// The chain's call, SCALE-encoded.
	pub call: Vec<u8>,
	/// The calls it makes: one, or a batch's, with their block counts in the explorer's hours
	/// ([`Proposal::in_hours`]).
	pub calls: Vec<RuntimeCall>,
	/// How they are applied.
	pub batch: Batch,
	/// Whose authority: the referendum's origin, or root for a call given as hex.
	pub authority: Authority,
	/// When the runs apply it: hours (the explorer's blocks) after day 0's start; 0 applies it
	/// before the first block.
	pub enact_hour: u32,
	/// The referendum's earliest schedule on the chain, which `enact_hour` was read from.
	pub schedule: Option<Schedule>,
}

/// Why a proposal failed when applied: its call's error, named.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
	/// The call, the authority and the error, in words.
	pub message: String,
	/// The authority may not make the call (`BadOrigin`): it fails whatever the state.
	pub bad_origin: bool,
}

impl core::fmt::Display for Failure {
	fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
		f.write_str(&self.message)
	}
}

/// An ongoing referendum's earliest course on the chain, in the chain's blocks: its decision
/// starts as soon as its track allows (its preparation over, a decision deposit placed and a
/// place free on the track), it is confirmed after one confirm period, and enacted as its
/// `enactment` asks, no sooner than the track's minimum enactment period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Schedule {
	/// The block it is read at.
	pub now: u32,
	/// When its decision starts (started, if deciding).
	pub decision_from: u32,
	/// When it is confirmed: approved.
	pub confirmed_at: u32,
	/// When its call is dispatched.
	pub enacted_at: u32,
}

impl Schedule {
	/// The earliest course of `referendum` at block `now`, on a chain whose governance day
	/// lasts `day_length` blocks.
	fn earliest(referendum: &Referendum, now: u32, day_length: u32) -> Result<Self, String> {
		let timing = diem_config::governance::timing(referendum.track)
			.ok_or_else(|| format!("its track ({}) is not one of the chain's", referendum.track))?;
		let blocks = |hours| diem_config::governance::hours_in_blocks(day_length, hours);
		// The state is block `now`'s, after it ran: what changes next changes in `now + 1`.
		let next = now.saturating_add(1);
		let (decision_from, confirmed_at) = match referendum.deciding {
			// Approved when its confirmation ends, or next if that block passed unserved.
			Some((since, Some(confirmed))) => (since, confirmed.max(next)),
			// Confirming from the next block, when a vote or an alarm serves it.
			Some((since, None)) => (since, next.saturating_add(blocks(timing.confirm))),
			// Deciding once prepared (the alarm at the preparation's end), or from the next
			// block if that has passed.
			None => {
				let from = next.max(referendum.submitted.saturating_add(blocks(timing.prepare)));
				(from, from.saturating_add(blocks(timing.confirm)))
			}
		};
		// As `pallet-referenda` schedules it: as asked, at least the track's minimum after
		// approval.
		let enacted_at = referendum
			.enactment
			.evaluate(confirmed_at)
			.max(confirmed_at.saturating_add(blocks(timing.min_enactment)));
		Ok(Self { now, decision_from, confirmed_at, enacted_at })
	}

	/// Its enactment in the explorer's hours after `now`, for the chain's blocks of `block_ms`.
	pub fn enact_hour(&self, block_ms: u64) -> u32 {
		crate::snapshot::period(self.enacted_at.saturating_sub(self.now), block_ms)
	}
}

/// The authority a proposal is enacted with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Authority {
	/// Root: a root-track referendum, or a call given as hex.
	Root,
	/// A governance track, the operator collective, or an origin no economic call takes.
	Track(Track),
}

impl Authority {
	fn origin(self) -> RuntimeOrigin {
		match self {
			Self::Root => RuntimeOrigin::root(),
			Self::Track(track) => track.origin(),
		}
	}

	/// Its name, as the chain's tracks and origins are named.
	pub fn name(self) -> &'static str {
		match self {
			Self::Root => "root",
			Self::Track(Track::Economics) => "economics",
			Self::Track(Track::Operations) => "operations",
			Self::Track(Track::Treasurer) => "treasurer",
			Self::Track(Track::Operator) => "the operator's two thirds",
			Self::Track(Track::Other) => "an origin no economic call takes",
		}
	}
}

/// How a proposal's calls are applied, as `pallet-utility` applies them on the chain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Batch {
	/// One call: applied, or the forecast fails with its error.
	Single,
	/// `Utility.batch`: in order, up to the first that fails; those before it stay.
	Interruptible,
	/// `Utility.batch_all`: all of them, or the forecast fails with the first error.
	All,
	/// `Utility.force_batch`: every one that succeeds; failures are skipped.
	Forced,
}

/// `Utility`'s batching calls by index: `batch`, `batch_all`, `force_batch`.
const BATCHES: [(u8, Batch); 3] = [(0, Batch::Interruptible), (2, Batch::All), (4, Batch::Forced)];

impl Proposal {
	/// The proposal `call` (SCALE bytes of the chain's `RuntimeCall`), whose block counts are
	/// in the chain's blocks of `block_ms`.
	pub fn from_call(
		call: Vec<u8>,
		referendum: Option<u32>,
		block_ms: u64,
	) -> Result<Self, String> {
		let batch = match call.as_slice() {
			[pallet_index::UTILITY, index, ..] => {
				BATCHES.iter().find(|(i, _)| i == index).map(|(_, batch)| *batch)
			}
			_ => None,
		};
		let calls = match batch {
			Some(_) => Vec::<RuntimeCall>::decode_all(&mut &call[2..])
				.map_err(|_| unsupported(&call[2..]))?,
			None => vec![RuntimeCall::decode_all(&mut &call[..]).map_err(|_| unsupported(&call))?],
		};
		if calls.is_empty() {
			return Err("the proposal is an empty batch: it changes nothing".into());
		}
		let calls = calls.into_iter().map(|c| in_hours(c, block_ms)).collect();
		Ok(Self {
			referendum,
			call,
			calls,
			batch: batch.unwrap_or(Batch::Single),
			authority: Authority::Root,
			enact_hour: 0,
			schedule: None,
		})
	}

	/// `--proposal`'s argument: `0x…` call hex, or a referendum index read from `rpc` at the
	/// snapshot's block, applied at its earliest enactment; its block counts in blocks of
	/// `block_ms`.
	pub fn parse(
		arg: &str,
		chain: Option<(&Rpc, &crate::snapshot::Snapshot)>,
		block_ms: u64,
	) -> Result<Self, String> {
		if arg.starts_with("0x") {
			return Self::from_call(from_hex(arg)?, None, block_ms);
		}
		let index: u32 = arg.parse().map_err(|_| {
			format!("--proposal takes call hex (0x…) or a referendum index, not `{arg}`")
		})?;
		let (rpc, snapshot) = chain.ok_or(
			"--proposal with a referendum index reads it from the chain: give --from ws://…",
		)?;
		let (call, referendum) = referendum_call(rpc, index, &snapshot.block_hash)?;
		let day_length = governance_day(rpc, &snapshot.block_hash)?;
		let schedule = Schedule::earliest(&referendum, snapshot.block, day_length)
			.map_err(|e| format!("referendum #{index}: {e}"))?;
		Ok(Self {
			authority: referendum.authority,
			enact_hour: schedule.enact_hour(block_ms),
			schedule: Some(schedule),
			..Self::from_call(call, Some(index), block_ms)?
		})
	}

	/// When it is applied, in words.
	pub fn describe_enactment(&self) -> String {
		let hour = self.enact_hour;
		let when = if hour == 0 {
			"at day 0".to_string()
		} else {
			format!("at hour {hour} (day {:.1})", f64::from(hour) / 24.0)
		};
		match self.schedule {
			Some(s) => format!(
				"{when}: the earliest the chain could enact it (decision from block {}, confirmed at block {}, enacted at block {}; read at block {})",
				s.decision_from, s.confirmed_at, s.enacted_at, s.now
			),
			None => when,
		}
	}

	/// The calls, as `Pallet.call` names.
	pub fn describe(&self) -> String {
		let names: Vec<String> = self
			.calls
			.iter()
			.map(|c| {
				let m = c.get_call_metadata();
				format!("{}.{}", m.pallet_name, m.function_name)
			})
			.collect();
		let what = names.join(", ");
		match self.referendum {
			Some(i) => format!("referendum #{i} ({}): {what}", self.authority.name()),
			None => what,
		}
	}

	/// Applies the proposal now, with its authority, as its [`Batch`] says. A failure that fails
	/// the proposal on the chain (a single call, a `batch_all`) is returned, with nothing
	/// applied.
	pub fn apply(&self) -> Result<(), Failure> {
		let mut failure = None;
		let _ = with_transaction(|| {
			for call in &self.calls {
				if let Err(e) = call.clone().dispatch(self.authority.origin()) {
					match self.batch {
						Batch::Forced => continue,
						Batch::Interruptible => break,
						Batch::Single | Batch::All => {
							let m = call.get_call_metadata();
							failure = Some(Failure {
								message: format!(
									"the proposal's {}.{} fails with the authority of {}: {:?}",
									m.pallet_name,
									m.function_name,
									self.authority.name(),
									e.error
								),
								bad_origin: e.error == DispatchError::BadOrigin,
							});
							return TransactionOutcome::Rollback(Err::<(), DispatchError>(e.error));
						}
					}
				}
			}
			TransactionOutcome::Commit(Ok(()))
		});
		failure.map_or(Ok(()), Err)
	}
}

/// `call` with the block counts it carries (periods: unbonding, distribution, the burn's epoch,
/// the reference's half-life, the buy interval) turned from the chain's blocks of `block_ms`
/// into the explorer's hours, as a snapshot's stored periods are (`snapshot::period`).
fn in_hours(call: RuntimeCall, block_ms: u64) -> RuntimeCall {
	use pallet_buyburn::Call as BuyBurnCall;
	use pallet_vvv_staking::Call as StakingCall;
	let period = |blocks: u32| crate::snapshot::period(blocks, block_ms);
	match call {
		RuntimeCall::Staking(StakingCall::set_unbonding_period { blocks }) => {
			RuntimeCall::Staking(StakingCall::set_unbonding_period { blocks: period(blocks) })
		}
		RuntimeCall::Staking(StakingCall::set_distribution_period { blocks }) => {
			RuntimeCall::Staking(StakingCall::set_distribution_period { blocks: period(blocks) })
		}
		RuntimeCall::BuyBurn(BuyBurnCall::set_parameters {
			burn_period,
			burn_share,
			max_price_impact,
			fee_burn_share,
			staker_share,
			fee_staker_share,
		}) => RuntimeCall::BuyBurn(BuyBurnCall::set_parameters {
			burn_period: burn_period.map(period),
			burn_share,
			max_price_impact,
			fee_burn_share,
			staker_share,
			fee_staker_share,
		}),
		RuntimeCall::BuyBurn(BuyBurnCall::set_reference_parameters {
			price_half_life,
			max_slippage,
			buy_interval,
		}) => RuntimeCall::BuyBurn(BuyBurnCall::set_reference_parameters {
			price_half_life: price_half_life.map(period),
			max_slippage,
			buy_interval: buy_interval.map(period),
		}),
		other => other,
	}
}

fn unsupported(call: &[u8]) -> String {
	let pallet = call.first().copied().unwrap_or_default();
	let known: Vec<String> = pallet_index::ECONOMY
		.iter()
		.filter(|(name, _)| *name != "System")
		.map(|(name, index)| format!("{name} ({index})"))
		.collect();
	format!(
		"the proposal is not a call of the economy's pallets (it calls pallet {pallet}): the explorer runs {}, and batches of their calls",
		known.join(", ")
	)
}

/// The chain's governance day in blocks at block `at` (`Origins.DayLength`; a mainnet's day
/// when it was never written).
fn governance_day(rpc: &Rpc, at: &[u8; 32]) -> Result<u32, String> {
	let key = prefix("Origins", Some("DayLength"));
	match rpc.call_bytes("state_getStorage", json!([to_hex(&key), to_hex(at)]))? {
		Some(bytes) => u32::decode_all(&mut &bytes[..])
			.map_err(|_| "the chain's governance day (Origins.DayLength) is malformed".into()),
		None => Ok(diem_config::blocks_per_day(diem_config::MILLISECS_PER_BLOCK)),
	}
}

/// The call of the chain's ongoing referendum `index`, read at block `at` (inline, or its
/// preimage), and the referendum.
fn referendum_call(rpc: &Rpc, index: u32, at: &[u8; 32]) -> Result<(Vec<u8>, Referendum), String> {
	let at = to_hex(at);
	let mut key = prefix("Referenda", Some("ReferendumInfoFor"));
	key.extend(blake2_128(&index.to_le_bytes()));
	key.extend(index.to_le_bytes());
	let info = rpc
		.call_bytes("state_getStorage", json!([to_hex(&key), at]))?
		.ok_or_else(|| format!("the chain has no referendum #{index}"))?;
	let referendum = ongoing(&info).map_err(|e| format!("referendum #{index}: {e}"))?;
	let call = match &referendum.proposal {
		BoundedCall::Inline(call) => call.clone(),
		BoundedCall::Lookup { hash, len } => {
			let mut key = prefix("Preimage", Some("PreimageFor"));
			key.extend(hash);
			key.extend(len.to_le_bytes());
			let preimage = rpc
				.call_bytes("state_getStorage", json!([to_hex(&key), at]))?
				.ok_or_else(|| format!("referendum #{index}'s preimage is not on the chain"))?;
			Vec::<u8>::decode_all(&mut &preimage[..])
				.map_err(|_| format!("referendum #{index}'s preimage is malformed"))?
		}
	};
	Ok((call, referendum))
}

/// A referendum's proposal: its bytes, or its preimage's hash and length.
#[derive(Debug, PartialEq, Eq)]
enum BoundedCall {
	Inline(Vec<u8>),
	Lookup { hash: [u8; 32], len: u32 },
}

/// What the explorer reads of an ongoing referendum's record.
#[derive(Debug, PartialEq, Eq)]
struct Referendum {
	track: u16,
	authority: Authority,
	proposal: BoundedCall,
	enactment: DispatchTime<u32>,
	submitted: u32,
	/// Deciding since, and confirmed at, if confirming.
	deciding: Option<(u32, Option<u32>)>,
}

/// An encoded `ReferendumInfo`, if it is `Ongoing`: the variant (0), the track (`u16`), the
/// origin (an `OriginCaller` of the chain, whose length depends on the pallet that made it),
/// the bounded call, the enactment, the submission block, the submission deposit, the
/// decision deposit (optional), then the decision's status (optional). The tally and what
/// follows are not read.
fn ongoing(info: &[u8]) -> Result<Referendum, String> {
	let input = &mut &info[..];
	let take = |input: &mut &[u8], n: usize| -> Result<Vec<u8>, String> {
		if input.len() < n {
			return Err("its record is truncated".into());
		}
		let (head, rest) = input.split_at(n);
		*input = rest;
		Ok(head.to_vec())
	};
	let variant = take(input, 1)?[0];
	if variant != 0 {
		return Err("it is not ongoing: only an ongoing referendum's proposal is forecast".into());
	}
	let track = u16::decode(input).map_err(|_| "its record is truncated")?;
	let origin = take(input, 2)?;
	let other = Authority::Track(Track::Other);
	let authority = match (origin[0], origin[1]) {
		(pallet_index::SYSTEM, 0) => Authority::Root,
		// frame_system's Signed carries an account; None and Authorized nothing.
		(pallet_index::SYSTEM, 1) => {
			take(input, 32)?;
			other
		}
		(pallet_index::SYSTEM, 2 | 3) => other,
		// The governance origins are unit variants, in `runtime/src/governance/origins.rs`'s
		// order.
		(pallet_index::ORIGINS, 0) => Authority::Track(Track::Economics),
		(pallet_index::ORIGINS, 1) => Authority::Track(Track::Operations),
		(pallet_index::ORIGINS, 2) => Authority::Track(Track::Treasurer),
		// The operator collective's Members(ayes, of): the operator's origin from two thirds.
		(pallet_index::OPERATOR, 0) => {
			let ayes = u32::decode(input).map_err(|_| "its record is truncated")?;
			let of = u32::decode(input).map_err(|_| "its record is truncated")?;
			if u64::from(ayes) * 3 >= u64::from(of) * 2 {
				Authority::Track(Track::Operator)
			} else {
				other
			}
		}
		// Member(AccountId).
		(pallet_index::OPERATOR, 1) => {
			take(input, 32)?;
			other
		}
		(pallet, variant) => {
			return Err(format!(
				"its origin (pallet {pallet}, variant {variant}) is not one the explorer reads"
			))
		}
	};
	let proposal = match take(input, 1)?[0] {
		1 => {
			let len = Compact::<u32>::decode(input).map_err(|_| "its inline call is malformed")?;
			BoundedCall::Inline(take(input, len.0 as usize)?)
		}
		2 => {
			let hash: [u8; 32] = take(input, 32)?.try_into().map_err(|_| "a short hash")?;
			let len = u32::decode(input).map_err(|_| "its preimage length is malformed")?;
			BoundedCall::Lookup { hash, len }
		}
		_ => return Err("its proposal is a legacy hash, which the explorer does not read".into()),
	};
	// The rest is fixed in shape: the enactment, the submission block, the submission deposit
	// and the decision deposit if placed (an account and an amount each), the decision's status.
	type Deposit = ([u8; 32], u128);
	let (enactment, submitted, _, _, deciding) =
		<(DispatchTime<u32>, u32, Deposit, Option<Deposit>, Option<(u32, Option<u32>)>)>::decode(
			input,
		)
		.map_err(|_| "the rest of its record is malformed")?;
	Ok(Referendum { track, authority, proposal, enactment, submitted, deciding })
}

#[cfg(test)]
mod tests {
	use super::*;
	use codec::Encode;

	fn set_emission() -> RuntimeCall {
		RuntimeCall::Staking(pallet_vvv_staking::Call::set_annual_emission { emission: 7 * UNIT })
	}

	#[test]
	fn a_call_and_a_batch_decode_as_the_explorers() {
		let call = set_emission();
		let one = Proposal::from_call(call.encode(), None, 2_000).unwrap();
		assert_eq!(one.calls, vec![call.clone()]);
		assert_eq!(one.describe(), "Staking.set_annual_emission");
		let mut batch = vec![pallet_index::UTILITY, 2];
		batch.extend(vec![call.clone(), call.clone()].encode());
		let batch = Proposal::from_call(batch, Some(4), 2_000).unwrap();
		assert_eq!((batch.calls, batch.batch), (vec![call.clone(), call], Batch::All));
	}

	#[test]
	fn calls_outside_the_economy_are_refused_by_name() {
		// Treasury (35) spend, and a truncated economic call.
		let error = Proposal::from_call(vec![35, 5, 0], None, 2_000).unwrap_err();
		assert!(error.contains("calls pallet 35"), "{error}");
		assert!(error.contains("Diem (20)"), "{error}");
		assert!(Proposal::from_call(vec![pallet_index::BUY_BURN], None, 2_000).is_err());
		let empty = [vec![pallet_index::UTILITY, 0], Vec::<RuntimeCall>::new().encode()].concat();
		assert!(Proposal::from_call(empty, None, 2_000).unwrap_err().contains("empty batch"));
		assert!(Proposal::parse("12", None, 2_000).unwrap_err().contains("--from"));
		assert!(Proposal::parse("next", None, 2_000).unwrap_err().contains("referendum index"));
		assert!(Proposal::parse("0xé", None, 2_000).unwrap_err().contains("not hex"));
	}

	#[test]
	fn block_counts_are_turned_into_hours() {
		use pallet_buyburn::Call as BuyBurnCall;
		use pallet_vvv_staking::Call as StakingCall;
		// The three calls that carry periods: unbonding, burn epoch, half-life and interval.
		let calls = |unbonding, burn_period, half_life, interval| {
			vec![
				RuntimeCall::Staking(StakingCall::set_unbonding_period { blocks: unbonding }),
				RuntimeCall::BuyBurn(BuyBurnCall::set_parameters {
					burn_period: Some(burn_period),
					burn_share: Some(sp_runtime::Perbill::from_percent(80)),
					max_price_impact: None,
					fee_burn_share: None,
					staker_share: None,
					fee_staker_share: None,
				}),
				RuntimeCall::BuyBurn(BuyBurnCall::set_reference_parameters {
					price_half_life: Some(half_life),
					max_slippage: None,
					buy_interval: Some(interval),
				}),
			]
		};
		// 7 days and 30 days of 2-second blocks; 5 minutes; one block.
		let mut batch = vec![pallet_index::UTILITY, 0];
		batch.extend(calls(302_400, 1_296_000, 150, 1).encode());
		let proposal = Proposal::from_call(batch, None, 2_000).unwrap();
		assert_eq!(proposal.batch, Batch::Interruptible);
		// 7 and 30 days of hours; a period is at least one block.
		assert_eq!(proposal.calls, calls(7 * 24, 30 * 24, 1, 1));
	}

	#[test]
	fn each_batch_applies_as_the_chain_applies_it() {
		use pallet_vvv_staking::Call as StakingCall;
		let ok = RuntimeCall::Staking(StakingCall::set_unbonding_period { blocks: 48 });
		// Raising the emission is refused (EmissionNotLowered).
		let fails = RuntimeCall::Staking(StakingCall::set_annual_emission { emission: u128::MAX });
		let later = RuntimeCall::Staking(StakingCall::set_distribution_period { blocks: 12 });
		let applied = |batch: Batch| {
			let proposal = Proposal {
				referendum: None,
				call: vec![],
				calls: vec![ok.clone(), fails.clone(), later.clone()],
				batch,
				authority: Authority::Root,
				enact_hour: 0,
				schedule: None,
			};
			let mut ext = crate::sim::Sim::new(&Default::default(), 1, false).genesis();
			ext.execute_with(|| {
				let result = proposal.apply();
				(
					result.is_ok(),
					pallet_vvv_staking::UnbondingPeriod::<Runtime>::get() == 48,
					pallet_vvv_staking::DistributionPeriod::<Runtime>::get() == 12,
				)
			})
		};
		assert_eq!(applied(Batch::Interruptible), (true, true, false));
		assert_eq!(applied(Batch::Forced), (true, true, true));
		assert_eq!(applied(Batch::All), (false, false, false));
	}

	#[test]
	fn a_proposal_is_enacted_with_its_referendums_authority() {
		use pallet_diem::Call as DiemCall;
		use pallet_vvv_staking::Call as StakingCall;
		let emission = RuntimeCall::Staking(StakingCall::set_annual_emission { emission: 1 });
		let target =
			RuntimeCall::Diem(DiemCall::set_target_supply { target_supply: 40_000 * UNIT });
		let applies = |call: &RuntimeCall, authority| {
			let proposal = Proposal {
				referendum: Some(1),
				call: vec![],
				calls: vec![call.clone()],
				batch: Batch::Single,
				authority,
				enact_hour: 0,
				schedule: None,
			};
			let mut ext = crate::sim::Sim::new(&Default::default(), 1, false).genesis();
			ext.execute_with(|| {
				proposal.apply().map_err(|e| {
					assert_eq!(e.bad_origin, e.message.contains("BadOrigin"));
					e.bad_origin
				})
			})
		};
		// The emission is the economics track's (and root's); operations may not set it.
		assert_eq!(applies(&emission, Authority::Root), Ok(()));
		assert_eq!(applies(&emission, Authority::Track(Track::Economics)), Ok(()));
		assert_eq!(applies(&emission, Authority::Track(Track::Operations)), Err(true));
		assert_eq!(applies(&emission, Authority::Track(Track::Operator)), Err(true));
		// The target supply: the operator moves it within its step (38,000 → 40,000 DIEM), and
		// a treasurer or a minority of the collective cannot.
		assert_eq!(applies(&target, Authority::Track(Track::Operator)), Ok(()));
		assert_eq!(applies(&target, Authority::Track(Track::Treasurer)), Err(true));
		assert_eq!(applies(&target, Authority::Track(Track::Other)), Err(true));
	}

	/// The tail of an ongoing referendum's record after its proposal: enactment `After(3)`,
	/// submitted at block 40, a submission deposit, a decision deposit, deciding since block 50
	/// and confirming until block 90; then a tally (never read).
	fn tail() -> Vec<u8> {
		[
			vec![1],
			3u32.encode(),
			40u32.encode(),
			vec![5; 48],
			vec![1],
			vec![6; 48],
			Some((50u32, Some(90u32))).encode(),
			vec![9, 9, 9],
		]
		.concat()
	}

	/// An ongoing referendum's record as the chain encodes it, on the economics track.
	fn record(origin: &[u8], proposal: &[u8]) -> Vec<u8> {
		[&[0u8, 1, 0][..], origin, proposal, &tail()].concat()
	}

	#[test]
	fn an_ongoing_referendum_is_read_past_any_origin() {
		let call = set_emission().encode();
		let inline = [vec![1], Compact(call.len() as u32).encode(), call.clone()].concat();
		let lookup = [vec![2], vec![7; 32], 51u32.encode()].concat();
		let (economics, operations, operator, other) = (
			Authority::Track(Track::Economics),
			Authority::Track(Track::Operations),
			Authority::Track(Track::Operator),
			Authority::Track(Track::Other),
		);
		let origins: [(&[u8], Authority); 8] = [
			(&[pallet_index::SYSTEM, 0], Authority::Root),
			(&[pallet_index::ORIGINS, 0], economics),
			(&[pallet_index::ORIGINS, 1], operations),
			// Two of three members, one of two: the operator's; one of three: not.
			(&[pallet_index::OPERATOR, 0, 2, 0, 0, 0, 3, 0, 0, 0], operator),
			(&[pallet_index::OPERATOR, 0, 1, 0, 0, 0, 2, 0, 0, 0], other),
			(&[pallet_index::OPERATOR, 0, 1, 0, 0, 0, 3, 0, 0, 0], other),
			(&[&[pallet_index::OPERATOR, 1][..], &[5; 32]].concat(), other),
			(&[&[pallet_index::SYSTEM, 1][..], &[5; 32]].concat(), other),
		];
		let read = |authority, proposal| Referendum {
			track: diem_config::governance::ECONOMICS,
			authority,
			proposal,
			enactment: DispatchTime::After(3),
			submitted: 40,
			deciding: Some((50, Some(90))),
		};
		for (origin, authority) in origins {
			assert_eq!(
				ongoing(&record(origin, &inline)),
				Ok(read(authority, BoundedCall::Inline(call.clone())))
			);
			assert_eq!(
				ongoing(&record(origin, &lookup)),
				Ok(read(authority, BoundedCall::Lookup { hash: [7; 32], len: 51 }))
			);
		}
		// Without a decision deposit, and not deciding; enacted at a block.
		let undecided = [
			&[0u8, 2, 0, pallet_index::ORIGINS, 1][..],
			&inline,
			&[0],
			&77u32.encode(),
			&12u32.encode(),
			&[5; 48],
			&[0, 0],
		]
		.concat();
		let read = ongoing(&undecided).unwrap();
		assert_eq!(
			(read.track, read.enactment, read.submitted, read.deciding),
			(diem_config::governance::OPERATIONS, DispatchTime::At(77), 12, None)
		);
		assert!(ongoing(&[1, 0]).unwrap_err().contains("not ongoing"));
		assert!(ongoing(&record(&[35, 0], &inline)).unwrap_err().contains("pallet 35"));
		assert!(ongoing(&record(&[0, 0], &[0; 33])).unwrap_err().contains("legacy"));
		assert!(ongoing(&[0, 1]).unwrap_err().contains("truncated"));
		// Cut anywhere in its tail, the record is refused.
		let whole = record(&[pallet_index::ORIGINS, 0], &inline);
		let cut = whole.len() - tail().len() + 1 + 4 + 4 + 48 + 1 + 48 + 5;
		assert!(ongoing(&whole[..cut]).is_err());
	}

	#[test]
	fn a_referendum_is_enacted_at_the_earliest_its_track_allows() {
		use diem_config::governance::{ECONOMICS, OPERATIONS};
		// A governance day of 2,400 blocks: an hour is 100 blocks. Economics: 4 hours'
		// preparation, a day's confirmation, a day before enactment.
		let day = 2_400;
		let referendum = |track, enactment, submitted, deciding| Referendum {
			track,
			authority: Authority::Root,
			proposal: BoundedCall::Inline(vec![]),
			enactment,
			submitted,
			deciding,
		};
		let earliest = |r: &Referendum, now| {
			let s = Schedule::earliest(r, now, day).unwrap();
			(s.decision_from, s.confirmed_at, s.enacted_at)
		};
		// Preparing: deciding once prepared, confirmed a day later, enacted a day after that.
		let preparing = referendum(ECONOMICS, DispatchTime::After(1), 1_000, None);
		assert_eq!(earliest(&preparing, 1_100), (1_400, 3_800, 6_200));
		// Prepared long ago: deciding from the next block.
		assert_eq!(earliest(&preparing, 5_000), (5_001, 7_401, 9_801));
		// Deciding, not confirming: confirming from the next block, for a day.
		let deciding = referendum(ECONOMICS, DispatchTime::After(1), 1_000, Some((1_400, None)));
		assert_eq!(earliest(&deciding, 2_000), (1_400, 4_401, 6_801));
		// Confirming: confirmed when the chain says.
		let confirming =
			referendum(ECONOMICS, DispatchTime::After(1), 1_000, Some((1_400, Some(3_000))));
		assert_eq!(earliest(&confirming, 2_000), (1_400, 3_000, 5_400));
		// Its confirmation's end passed, not yet served: approved in the next block.
		assert_eq!(earliest(&confirming, 3_100), (1_400, 3_101, 5_501));
		// Asked later than the minimum: as asked, at a block or after approval.
		let at = referendum(ECONOMICS, DispatchTime::At(9_000), 1_000, Some((1_400, Some(3_000))));
		assert_eq!(earliest(&at, 2_000).2, 9_000);
		let after =
			referendum(ECONOMICS, DispatchTime::After(4_000), 1_000, Some((1_400, Some(3_000))));
		assert_eq!(earliest(&after, 2_000).2, 7_000);
		// Operations: an hour's preparation, 3 hours' confirmation, an hour to enactment.
		let operations = referendum(OPERATIONS, DispatchTime::After(1), 1_000, None);
		assert_eq!(earliest(&operations, 1_000), (1_100, 1_400, 1_500));
		// On a chain of 2-second blocks, 1,500 blocks after now is 50 minutes: hour 1.
		let s = Schedule::earliest(&operations, 1_000, day).unwrap();
		assert_eq!(s.enact_hour(2_000), 1);
		assert_eq!(Schedule { enacted_at: 1_000 + 1_800 * 30, ..s }.enact_hour(2_000), 30);
		assert!(Schedule::earliest(&referendum(9, DispatchTime::After(1), 0, None), 0, day)
			.unwrap_err()
			.contains("track (9)"));
	}
}
