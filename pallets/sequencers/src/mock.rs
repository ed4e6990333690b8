//! A test runtime: accounts are numbers, keys are a set the tests fill, and the session
//! pallet's role is played by the tests calling the session manager directly.

#![allow(clippy::unwrap_used, clippy::arithmetic_side_effects)]

use crate::{self as pallet_sequencers, KeyRegistry, SessionHistory};
use frame_support::{derive_impl, parameter_types, traits::ConstU32};
use frame_system::EnsureRoot;
use sp_runtime::BuildStorage;
use sp_staking::SessionIndex;
use std::{cell::RefCell, collections::BTreeSet};

type Block = frame_system::mocking::MockBlock<Test>;
/// Accounts are plain numbers.
pub type AccountId = u64;

/// The most sequencers in the mock.
pub const MAX: u32 = 4;
/// The fewest sequencers in the mock.
pub const MIN: u32 = 1;
/// The sessions of history the mock keeps.
pub const DEPTH: u32 = 3;
/// The mock's session length.
pub const LENGTH: u64 = 10;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		SequencerSet: pallet_sequencers,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountId = AccountId;
	type Lookup = sp_runtime::traits::IdentityLookup<AccountId>;
}

thread_local! {
	/// The accounts with session keys.
	pub static KEYS: RefCell<BTreeSet<AccountId>> = const { RefCell::new(BTreeSet::new()) };
	/// The accounts in the current or queued session's set.
	pub static IN_SESSION: RefCell<BTreeSet<AccountId>> = const { RefCell::new(BTreeSet::new()) };
	/// The last `prune_up_to` index.
	pub static PRUNED: RefCell<SessionIndex> = const { RefCell::new(0) };
}

/// Keys registered by the tests.
pub struct TestKeys;
impl KeyRegistry<AccountId> for TestKeys {
	fn has_keys(who: &AccountId) -> bool {
		KEYS.with(|k| k.borrow().contains(who))
	}
	fn in_session(who: &AccountId) -> bool {
		IN_SESSION.with(|s| s.borrow().contains(who))
	}
	fn purge_keys(who: &AccountId) -> sp_runtime::DispatchResult {
		KEYS.with(|k| k.borrow_mut().remove(who))
			.then_some(())
			.ok_or(sp_runtime::DispatchError::Other("no keys"))
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn register_keys(who: &AccountId) {
		KEYS.with(|k| k.borrow_mut().insert(*who));
	}
}

/// A history that records how far it was pruned.
pub struct TestHistory;
impl SessionHistory for TestHistory {
	fn prune_up_to(index: SessionIndex) {
		PRUNED.with(|p| *p.borrow_mut() = index);
	}
}

parameter_types! {
	pub const MaxSequencers: u32 = MAX;
}

impl pallet_sequencers::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type ManagerOrigin = EnsureRoot<AccountId>;
	type KeyRegistry = TestKeys;
	type SessionHistory = TestHistory;
	type MaxSequencers = MaxSequencers;
	type MinSequencers = ConstU32<MIN>;
	type HistoryDepth = ConstU32<DEPTH>;
	type WeightInfo = ();
}

/// Gives keys to `who`.
pub fn give_keys(who: AccountId) {
	KEYS.with(|k| k.borrow_mut().insert(who));
}

/// A chain whose genesis sequencers are `sequencers`, all with keys, and with accounts 1…9
/// holding keys too.
pub fn new_test_ext(sequencers: Vec<AccountId>) -> sp_io::TestExternalities {
	KEYS.with(|k| k.borrow_mut().clear());
	IN_SESSION.with(|s| s.borrow_mut().clear());
	for who in 1..10 {
		give_keys(who);
	}
	let storage = RuntimeGenesisConfig {
		system: Default::default(),
		sequencer_set: pallet_sequencers::GenesisConfig { sequencers, session_length: LENGTH },
	}
	.build_storage()
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}
