//! # Migration check
//!
//! Before a runtime upgrade is proposed to a live chain, run this build's migrations on that
//! chain's state and see what they do. [`fetch`] takes a snapshot of a running node's state
//! (`frame-remote-externalities`: every key and value of the finalized block, over RPC), and
//! [`check`] runs the upgrade in it natively, as `frame_executive::Executive` runs it in the
//! first block of the new code: `System::LastRuntimeUpgrade` moves to this build's version, then
//! the runtime's `Migrations`, then every pallet's `on_runtime_upgrade`.
//!
//! What is checked, each failure a named [`Problem`]:
//! 1. It is an upgrade: this build's `spec_version` is above the chain's, with the same
//!    `spec_name` (otherwise `system.set_code` refuses it and the migrations would never run).
//! 2. The migrations weigh at most one block.
//! 3. Afterwards every pallet's on-chain storage version is the one its code declares: no
//!    migration is missing, none left a version behind.
//! 4. The economy's invariants hold: each of our pallets' `do_try_state` (staking, DIEM,
//!    buy-burn, credits, sequencers).
//! 5. Running the migrations a second time changes nothing (each is guarded by its version).
//!
//! And the [`Report`] names every storage key the upgrade changed (by pallet and item, from the
//! runtime's own storage information), with its value before and after. A correct migration
//! changes exactly what it says it changes: the caller compares that list with its
//! expectation, and anything else changed (a balance, a stake, a position, a credit ledger) is
//! visible there. The `diem-migration-check` binary prints it, or writes it as JSON.
//!
//! This runs the native code of this build, not its Wasm: the same Rust, compiled for the
//! host. The runtime need not be built with `try-runtime` (which would change the runtime every
//! workspace build produces), so the pallets' `pre_upgrade`/`post_upgrade` hooks do not run
//! here; the storage diff and the invariants stand in for them.

use codec::{Decode, Encode};
use diem_runtime::{
	AllPalletsWithSystem, Block, BuyBurn, Claims, Credits, Diem, Executive, Runtime, Sequencers,
	Staking, VERSION,
};
use frame_remote_externalities::{Builder, Mode, OnlineConfig, RemoteExternalities};
use frame_support::{
	traits::{
		GetStorageVersion, NoStorageVersionSet, PalletsInfoAccess, StorageInfoTrait, StorageVersion,
	},
	weights::Weight,
};
use sp_core::H256;
use sp_io::hashing::twox_128;
use std::{collections::BTreeMap, fmt};

/// The key under a pallet's prefix where its storage version lives.
const STORAGE_VERSION_POSTFIX: &[u8] = b":__STORAGE_VERSION__:";

/// One storage key the upgrade changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
	/// The raw key.
	pub key: Vec<u8>,
	/// What the key is: `Pallet::Item`, `Pallet :__STORAGE_VERSION__:`, `Pallet::0x…` for an
	/// item this code does not declare (one a migration removed), or a well-known key.
	pub item: String,
	/// The value before, if there was one.
	pub before: Option<Vec<u8>>,
	/// The value after, if there is one.
	pub after: Option<Vec<u8>>,
}

/// A pallet's storage version before and after the upgrade, and the one its code declares.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PalletVersion {
	/// The pallet's name in the runtime.
	pub pallet: &'static str,
	/// On chain, before the upgrade.
	pub before: u16,
	/// On chain, after it.
	pub after: u16,
	/// Declared by this build's code (0 for a pallet that declares none).
	pub in_code: u16,
}

/// A reason not to propose the upgrade.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
	/// This build would not upgrade the chain: its `spec_version` is not above the chain's, or
	/// its `spec_name` differs.
	NotAnUpgrade {
		/// The chain's `spec_name` and `spec_version`.
		on_chain: (String, u32),
		/// This build's.
		in_code: (String, u32),
	},
	/// The migrations weigh more than a block may.
	Overweight {
		/// What they weighed.
		weight: Weight,
		/// A block's limit.
		max_block: Weight,
	},
	/// After the migrations a pallet's storage version is not its code's: a migration is
	/// missing, or the chain is ahead of this code.
	VersionMismatch(PalletVersion),
	/// A pallet's invariants fail after the migrations.
	BrokenInvariant {
		/// The pallet.
		pallet: &'static str,
		/// Its error.
		error: String,
	},
	/// Running the migrations again changed these keys: a migration is not guarded by its
	/// version.
	NotIdempotent(Vec<String>),
}

impl fmt::Display for Problem {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			Problem::NotAnUpgrade { on_chain, in_code } => write!(
				f,
				"not an upgrade: the chain runs {} {}, this build is {} {}",
				on_chain.0, on_chain.1, in_code.0, in_code.1
			),
			Problem::Overweight { weight, max_block } => write!(
				f,
				"the migrations weigh {} ps / {} bytes, over a block's {} ps / {} bytes",
				weight.ref_time(),
				weight.proof_size(),
				max_block.ref_time(),
				max_block.proof_size()
			),
			Problem::VersionMismatch(v) => write!(
				f,
				"{} is at storage version {} after the upgrade, its code declares {}",
				v.pallet, v.after, v.in_code
			),
			Problem::BrokenInvariant { pallet, error } => {
				write!(f, "{pallet}'s invariants fail after the upgrade: {error}")
			}
			Problem::NotIdempotent(items) => {
				write!(f, "running the migrations again changed {}", items.join(", "))
			}
		}
	}
}

/// What running the upgrade on a chain's state did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
	/// The block whose state was checked.
	pub block: u32,
	/// The chain's `spec_version` before (none if it never recorded one).
	pub spec_before: Option<u32>,
	/// This build's `spec_version`.
	pub spec_in_code: u32,
	/// What the migrations weighed.
	pub weight: Weight,
	/// A block's limit.
	pub max_block: Weight,
	/// Every pallet's storage versions.
	pub versions: Vec<PalletVersion>,
	/// Every key the upgrade changed, in key order.
	pub changes: Vec<Change>,
	/// Every reason not to propose it; empty when the check passed.
	pub problems: Vec<Problem>,
}

impl Report {
	/// Whether the upgrade may be proposed.
	pub fn passed(&self) -> bool {
		self.problems.is_empty()
	}

	/// The report as JSON (keys and values as `0x` hex).
	pub fn to_json(&self) -> serde_json::Value {
		let hex_or_null = |v: &Option<Vec<u8>>| match v {
			Some(bytes) => serde_json::Value::String(hex(bytes)),
			None => serde_json::Value::Null,
		};
		serde_json::json!({
			"passed": self.passed(),
			"block": self.block,
			"specBefore": self.spec_before,
			"specInCode": self.spec_in_code,
			"weight": { "refTime": self.weight.ref_time(), "proofSize": self.weight.proof_size() },
			"maxBlock": { "refTime": self.max_block.ref_time(), "proofSize": self.max_block.proof_size() },
			"versions": self.versions.iter().map(|v| serde_json::json!({
				"pallet": v.pallet, "before": v.before, "after": v.after, "inCode": v.in_code,
			})).collect::<Vec<_>>(),
			"changes": self.changes.iter().map(|c| serde_json::json!({
				"key": hex(&c.key), "item": c.item,
				"before": hex_or_null(&c.before), "after": hex_or_null(&c.after),
			})).collect::<Vec<_>>(),
			"problems": self.problems.iter().map(|p| p.to_string()).collect::<Vec<_>>(),
		})
	}
}

impl fmt::Display for Report {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		let spec_before = self.spec_before.map_or("none".to_string(), |s| s.to_string());
		writeln!(
			f,
			"block #{}: spec {spec_before} on chain, {} in this build",
			self.block, self.spec_in_code
		)?;
		writeln!(
			f,
			"migrations: {:.3} ms, {} bytes of proof (a block: {:.0} ms)",
			self.weight.ref_time() as f64 / 1e9,
			self.weight.proof_size(),
			self.max_block.ref_time() as f64 / 1e9
		)?;
		for v in self.versions.iter().filter(|v| v.before != v.after) {
			writeln!(f, "storage version: {} {} -> {}", v.pallet, v.before, v.after)?;
		}
		writeln!(f, "changed keys: {}", self.changes.len())?;
		for c in &self.changes {
			let shown = |v: &Option<Vec<u8>>| v.as_ref().map_or("(none)".to_string(), |b| hex(b));
			writeln!(f, "  {}: {} -> {}", c.item, shown(&c.before), shown(&c.after))?;
		}
		if self.passed() {
			write!(f, "passed")
		} else {
			for p in &self.problems {
				writeln!(f, "problem: {p}")?;
			}
			write!(f, "failed: {} problem(s)", self.problems.len())
		}
	}
}

/// `0x`-prefixed lowercase hex, every byte shown.
pub fn hex(bytes: &[u8]) -> String {
	sp_core::bytes::to_hex(bytes, false)
}

/// The state of the block `at` (the finalized one if none) of the node at `uri`
/// (`ws://…` or `http://…`).
pub async fn fetch(uri: &str, at: Option<H256>) -> Result<RemoteExternalities<Block>, String> {
	let online = OnlineConfig { at, ..OnlineConfig::from(uri.to_string()) };
	Builder::<Block>::new()
		.mode(Mode::Online(online))
		.build()
		.await
		.map_err(|e| format!("cannot fetch the state from {uri}: {e}"))
}

/// Runs this build's upgrade on the state of the current externalities and reports what it
/// did (see the crate docs). The state is left upgraded.
pub fn check() -> Report {
	let names = Names::of_runtime();
	let before = all_storage();
	let versions_before = storage_versions();
	let mut problems = Vec::new();

	let last = frame_system::LastRuntimeUpgrade::<Runtime>::get();
	let spec_before = last.as_ref().map(|l| l.spec_version.0);
	if let Some(last) = &last {
		if last.spec_name != VERSION.spec_name || last.spec_version.0 >= VERSION.spec_version {
			problems.push(Problem::NotAnUpgrade {
				on_chain: (last.spec_name.to_string(), last.spec_version.0),
				in_code: (VERSION.spec_name.to_string(), VERSION.spec_version),
			});
		}
	}

	// As `Executive::initialize_block` does in the first block of the new code.
	frame_system::LastRuntimeUpgrade::<Runtime>::put(frame_system::LastRuntimeUpgradeInfo::from(
		VERSION,
	));
	let weight = Executive::execute_on_runtime_upgrade();
	let max_block = <Runtime as frame_system::Config>::BlockWeights::get().max_block;
	if !weight.all_lte(max_block) {
		problems.push(Problem::Overweight { weight, max_block });
	}

	let after = all_storage();
	let versions: Vec<PalletVersion> = versions_before
		.into_iter()
		.zip(storage_versions())
		.map(|((pallet, before, in_code), (_, after, _))| PalletVersion {
			pallet,
			before,
			after,
			in_code,
		})
		.collect();
	problems.extend(
		versions.iter().filter(|v| v.after != v.in_code).cloned().map(Problem::VersionMismatch),
	);
	for (pallet, result) in invariants() {
		if let Err(error) = result {
			problems.push(Problem::BrokenInvariant { pallet, error: format!("{error:?}") });
		}
	}

	Executive::execute_on_runtime_upgrade();
	let again = diff(&after, &all_storage(), &names);
	if !again.is_empty() {
		problems.push(Problem::NotIdempotent(again.into_iter().map(|c| c.item).collect()));
	}

	Report {
		block: frame_system::Pallet::<Runtime>::block_number(),
		spec_before,
		spec_in_code: VERSION.spec_version,
		weight,
		max_block,
		versions,
		changes: diff(&before, &after, &names),
		problems,
	}
}

/// Each of the economy's pallets' invariants, by pallet.
fn invariants() -> [(&'static str, Result<(), sp_runtime::TryRuntimeError>); 6] {
	[
		("Staking", Staking::do_try_state()),
		("Diem", Diem::do_try_state()),
		("BuyBurn", BuyBurn::do_try_state()),
		("Credits", Credits::do_try_state()),
		("Claims", Claims::do_try_state()),
		("Sequencers", Sequencers::do_try_state()),
	]
}

/// A storage version as a number, whether the pallet declares one or not (then 0, as the
/// chain reads a missing version).
trait DeclaredVersion {
	fn number(&self) -> u16;
}

impl DeclaredVersion for StorageVersion {
	fn number(&self) -> u16 {
		u16::decode(&mut &self.encode()[..]).unwrap_or_default()
	}
}

impl DeclaredVersion for NoStorageVersionSet {
	fn number(&self) -> u16 {
		0
	}
}

/// `(pallet, on chain, in code)` for the listed pallets of the runtime.
macro_rules! pallet_versions {
	($($pallet:ident),* $(,)?) => {
		vec![$((
			stringify!($pallet),
			<diem_runtime::$pallet as GetStorageVersion>::on_chain_storage_version().number(),
			<diem_runtime::$pallet as GetStorageVersion>::in_code_storage_version().number(),
		)),*]
	};
}

/// Every pallet of the runtime, with its storage versions (a test checks none is missing).
fn storage_versions() -> Vec<(&'static str, u16, u16)> {
	pallet_versions![
		System,
		Timestamp,
		Aura,
		Grandpa,
		Balances,
		TransactionPayment,
		Sudo,
		Vesting,
		Authorship,
		Sequencers,
		Session,
		Historical,
		Assets,
		PoolAssets,
		Staking,
		Diem,
		AssetConversion,
		BuyBurn,
		Credits,
		Claims,
		Scheduler,
		Preimage,
		Referenda,
		ConvictionVoting,
		Origins,
		Treasury,
		Operator,
		SafeMode,
		Utility,
		Proxy,
		Multisig,
	]
}

/// Every key and value of the main trie.
fn all_storage() -> BTreeMap<Vec<u8>, Vec<u8>> {
	let mut out = BTreeMap::new();
	let mut key = Vec::new();
	while let Some(next) = sp_io::storage::next_key(&key) {
		if let Some(value) = sp_io::storage::get(&next) {
			out.insert(next.clone(), value.to_vec());
		}
		key = next;
	}
	out
}

/// The keys whose values differ between `before` and `after`, named.
pub fn diff(
	before: &BTreeMap<Vec<u8>, Vec<u8>>,
	after: &BTreeMap<Vec<u8>, Vec<u8>>,
	names: &Names,
) -> Vec<Change> {
	let mut keys: Vec<&Vec<u8>> = before.keys().chain(after.keys()).collect();
	keys.sort();
	keys.dedup();
	keys.into_iter()
		.filter_map(|key| {
			let (b, a) = (before.get(key), after.get(key));
			(b != a).then(|| Change {
				key: key.clone(),
				item: names.name(key),
				before: b.cloned(),
				after: a.cloned(),
			})
		})
		.collect()
}

/// Names storage keys from the runtime's pallets and their storage items.
pub struct Names {
	/// `(twox128(pallet) ++ twox128(item), "Pallet::Item")`.
	items: Vec<(Vec<u8>, String)>,
	/// `(twox128(pallet), "Pallet")`.
	pallets: Vec<([u8; 16], String)>,
}

impl Names {
	/// The names this build's runtime declares.
	pub fn of_runtime() -> Self {
		let items = <AllPalletsWithSystem as StorageInfoTrait>::storage_info()
			.into_iter()
			.map(|info| {
				let name = format!(
					"{}::{}",
					String::from_utf8_lossy(&info.pallet_name),
					String::from_utf8_lossy(&info.storage_name)
				);
				(info.prefix, name)
			})
			.collect();
		let pallets = <AllPalletsWithSystem as PalletsInfoAccess>::infos()
			.into_iter()
			.map(|info| (twox_128(info.name.as_bytes()), info.name.to_string()))
			.collect();
		Names { items, pallets }
	}

	/// What `key` is.
	pub fn name(&self, key: &[u8]) -> String {
		if key.starts_with(b":") {
			if let Ok(well_known) = std::str::from_utf8(key) {
				return well_known.to_string();
			}
		}
		if let Some((_, name)) = self.items.iter().find(|(prefix, _)| key.starts_with(prefix)) {
			return name.clone();
		}
		if let Some((_, pallet)) = self.pallets.iter().find(|(prefix, _)| key.starts_with(prefix)) {
			let item = &key[16..key.len().min(32)];
			if item == twox_128(STORAGE_VERSION_POSTFIX) {
				return format!("{pallet} {}", String::from_utf8_lossy(STORAGE_VERSION_POSTFIX));
			}
			return format!("{pallet}::{} (not declared by this build)", hex(item));
		}
		hex(key)
	}
}

#[cfg(test)]
mod tests;
