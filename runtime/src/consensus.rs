//! Who produces and finalizes blocks (design §14): Aura authors, GRANDPA finalizes, with the
//! keys each sequencer registers in `pallet-session`; `pallet-sequencers` is the governed set;
//! the session history proves key ownership, so GRANDPA equivocations are reported and the
//! offender leaves the set.

use frame_support::{
	parameter_types,
	traits::{ConstBool, ConstU32, ConstU64, KeyOwnerProofSystem},
};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_core::crypto::KeyTypeId;
use sp_runtime::traits::{ConvertInto, OpaqueKeys};

use super::{
	AccountId, Aura, Balance, Balances, Historical, Runtime, RuntimeCall, RuntimeEvent,
	RuntimeOrigin, Sequencers, SessionKeys, UncheckedExtrinsic, UNIT,
};

pub use pallet_sequencers::MIN_SESSION_LENGTH;

/// The most sequencers: Aura's and GRANDPA's authority bound too.
pub const MAX_SEQUENCERS: u32 = 32;

/// The sessions whose sets are kept to prove key ownership: a week of hourly sessions, so an
/// equivocation can be reported for a week.
pub const HISTORY_SESSIONS: u32 = 168;

parameter_types! {
	/// VVV held while an account has session keys: what storing them costs, so keys cannot be
	/// registered for free by every account.
	pub const KeyDeposit: Balance = 10 * UNIT;
	/// How long an equivocation report stays valid in the pool: a mainnet session.
	pub const ReportLongevity: u64 = pallet_sequencers::DEFAULT_SESSION_LENGTH as u64;
}

impl pallet_aura::Config for Runtime {
	type AuthorityId = AuraId;
	// A sequencer reported for an offence leaves the set at a session boundary instead of
	// being disabled at once (`pallet-sequencers`).
	type DisabledValidators = ();
	type MaxAuthorities = ConstU32<MAX_SEQUENCERS>;
	type AllowMultipleBlocksPerSlot = ConstBool<false>;
	type SlotDuration = pallet_aura::MinimumPeriodTimesTwo<Runtime>;
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = ();
	type MaxAuthorities = ConstU32<MAX_SEQUENCERS>;
	type MaxNominators = ConstU32<0>;
	type MaxSetIdSessionEntries = ConstU64<{ HISTORY_SESSIONS as u64 }>;
	type KeyOwnerProof = <Historical as KeyOwnerProofSystem<(KeyTypeId, GrandpaId)>>::Proof;
	type EquivocationReportSystem =
		pallet_grandpa::EquivocationReportSystem<Self, Sequencers, Historical, ReportLongevity>;
}

/// The block's author, for the reporter of an equivocation.
impl pallet_authorship::Config for Runtime {
	type FindAuthor = pallet_session::FindAccountFromAuthorIndex<Self, Aura>;
	type EventHandler = ();
}

impl pallet_session::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = AccountId;
	type ValidatorIdOf = ConvertInto;
	type ShouldEndSession = Sequencers;
	type NextSessionRotation = Sequencers;
	type SessionManager = pallet_session::historical::NoteHistoricalRoot<Self, Sequencers>;
	type SessionHandler = <SessionKeys as OpaqueKeys>::KeyTypeIdProviders;
	type Keys = SessionKeys;
	type DisablingStrategy = ();
	type WeightInfo = pallet_session::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	type KeyDeposit = KeyDeposit;
}

impl pallet_session::historical::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type FullIdentification = ();
	type FullIdentificationOf = pallet_sequencers::NoIdentification;
}

/// Session keys as the sequencer set sees them.
pub struct RegisteredKeys;
impl pallet_sequencers::KeyRegistry<AccountId> for RegisteredKeys {
	fn has_keys(who: &AccountId) -> bool {
		pallet_session::NextKeys::<Runtime>::contains_key(who)
	}

	fn in_session(who: &AccountId) -> bool {
		pallet_session::Validators::<Runtime>::get().contains(who)
			|| pallet_session::QueuedKeys::<Runtime>::get().iter().any(|(queued, _)| queued == who)
	}

	fn purge_keys(who: &AccountId) -> sp_runtime::DispatchResult {
		// The session pallet's call, reached only from here: the runtime's call filter refuses
		// it to everyone else (`call_filter.rs`).
		pallet_session::Pallet::<Runtime>::purge_keys(RuntimeOrigin::signed(who.clone()))
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn register_keys(who: &AccountId) {
		use sp_runtime::traits::{BlakeTwo256, Hash};
		// Keys derived from the account: unique per account, never used to sign.
		let raw: [u8; 32] = BlakeTwo256::hash_of(who).to_fixed_bytes();
		let keys = SessionKeys {
			aura: sp_core::sr25519::Public::from_raw(raw).into(),
			grandpa: sp_core::ed25519::Public::from_raw(raw).into(),
		};
		let _ = <pallet_session::Pallet<Runtime> as pallet_session::SessionInterface>::set_keys(
			who, keys,
		);
	}
}

/// The session history, pruned by the sequencer set.
pub struct History;
impl pallet_sequencers::SessionHistory for History {
	fn prune_up_to(index: sp_staking::SessionIndex) {
		pallet_session::historical::Pallet::<Runtime>::prune_up_to(index)
	}
}

impl pallet_sequencers::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ManagerOrigin = crate::governance::OperationsOrigin;
	type KeyRegistry = RegisteredKeys;
	type SessionHistory = History;
	type MaxSequencers = ConstU32<MAX_SEQUENCERS>;
	type MinSequencers = ConstU32<1>;
	type HistoryDepth = ConstU32<HISTORY_SESSIONS>;
	type WeightInfo = pallet_sequencers::weights::SubstrateWeight<Runtime>;
}

/// Unsigned extrinsics the runtime creates itself: GRANDPA's equivocation reports.
impl<C> frame_system::offchain::CreateTransactionBase<C> for Runtime
where
	RuntimeCall: From<C>,
{
	type Extrinsic = UncheckedExtrinsic;
	type RuntimeCall = RuntimeCall;
}

impl<C> frame_system::offchain::CreateBare<C> for Runtime
where
	RuntimeCall: From<C>,
{
	fn create_bare(call: RuntimeCall) -> UncheckedExtrinsic {
		UncheckedExtrinsic::new_bare(call)
	}
}
