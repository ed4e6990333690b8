//! Governance (design §13): VVV holders decide by referendum, an operator acts within bounds,
//! the treasury spends what the fees and the locked stake's yield bring in.
//!
//! - **Referenda** (`pallet-referenda`, `pallet-conviction-voting`, `pallet-scheduler`,
//!   `pallet-preimage`): anyone with VVV proposes; every VVV votes, staked and DIEM-locked
//!   VVV included (a conviction lock is a lock, which overlaps the staking pallet's holds, so a
//!   staker votes without unstaking). A vote with conviction stays locked after the vote for
//!   a period that grows with the conviction, whatever the voter unstakes meanwhile: nobody
//!   votes and sells. Four tracks ([`tracks`]): `root` may do anything (a runtime upgrade
//!   too: no filter applies to `Root`, by design), `economics`, `operations` and `treasury`
//!   only what the pallets' admin origins below name.
//! - **The operator** (`pallet-collective`, instance [`OperatorCollective`]): a small
//!   collective of the operator's keys, deciding by two thirds of its members. A collective
//!   rather than a multisig account: the members are on chain, governance replaces them by
//!   referendum (`set_members` is `root`'s), each member's vote is recorded, and a motion's
//!   origin says it came from the operator. Its powers are bounded by the pallets themselves:
//!   move DIEM's target supply by at most [`OPERATOR_TARGET_STEP`] once a
//!   [`OperatorTargetPeriod`] (the DIEM pallet enforces both), add and remove meters, and
//!   enter safe mode for [`SafeModeOperatorDuration`] (governance exits it, or time does).
//!   Anything else needs a referendum.
//! - **The treasury** (`pallet-treasury`): its account is the one that already receives the
//!   treasury's share of fees and of the locked stake's yield. The `treasury` track spends up
//!   to [`TREASURY_TRACK_MAX_SPEND`] a referendum, `root` any amount.
//!
//! Who may do what:
//!
//! | what                                                          | who                                 |
//! |---------------------------------------------------------------|-------------------------------------|
//! | runtime upgrade, anything                                     | `root`                              |
//! | DIEM curve, minting open; staking emission, cooldown, shares; buy-burn parameters; credits cooldown | `root`, `economics` |
//! | DIEM target supply                                            | `root`, `economics`; operator ±10% a week |
//! | meters                                                        | `root`, `operations`, operator      |
//! | assets' force calls, the DEX's admin                          | `root`, `operations`                |
//! | claims: add (backed by the pot), remove, the statement        | `root`, `operations`                |
//! | safe mode: enter                                              | `root`, `operations`, operator      |
//! | safe mode: extend, exit                                       | `root`, `operations`                |
//! | treasury spends                                               | `root`, `treasury` (≤ 1M VVV)       |
//! | the operator's members                                        | `root`                              |

pub mod origins;
pub mod tracks;

pub use origins::{Economics, Operations, Treasurer};
pub use tracks::TREASURY_TRACK_MAX_SPEND;

use crate::{
	configs::{TreasuryAccount, TreasuryPalletId, UNIT},
	AccountId, Balance, Balances, BlockNumber, OriginCaller, Preimage, Referenda, Runtime,
	RuntimeCall, RuntimeEvent, RuntimeHoldReason, RuntimeOrigin, Scheduler, System, Treasury,
};
use frame_support::{
	parameter_types,
	traits::{
		fungible::HoldConsideration,
		tokens::{
			pay::{Pay, PayFromAccount},
			UnityAssetBalanceConversion,
		},
		AsEnsureOriginWithArg, ConstU32, EitherOf, EqualPrivilegeOnly, LinearStoragePrice,
		MapSuccess,
	},
	weights::Weight,
};
use frame_system::{EnsureRoot, EnsureRootWithSuccess, EnsureSigned};
use sp_runtime::{
	traits::{IdentityLookup, Replace},
	Perbill,
};

/// `root` or the `economics` track: the economy's parameters.
pub type EconomicsOrigin = EitherOf<EnsureRoot<AccountId>, Economics>;
/// `root` or the `operations` track.
pub type OperationsOrigin = EitherOf<EnsureRoot<AccountId>, Operations>;
/// The operator: two thirds of the operator collective's members.
pub type OperatorOrigin =
	pallet_collective::EnsureProportionAtLeast<AccountId, OperatorCollective, 2, 3>;
/// `root`, the `operations` track or the operator: meters.
pub type MeterOrigin = EitherOf<OperationsOrigin, OperatorOrigin>;

/// The operator's largest step of DIEM's target supply (design §13), shared with the explorer.
pub use diem_config::OPERATOR_TARGET_STEP;

parameter_types! {
	/// Blocks between two of the operator's target-supply steps: a governance week.
	pub OperatorTargetPeriod: BlockNumber = origins::days(7);
}

parameter_types! {
	/// A conviction vote's lock period, in blocks ([`tracks::vote_locking_period`]).
	pub VoteLockingPeriod: BlockNumber = tracks::vote_locking_period();
}

impl origins::Config for Runtime {}

parameter_types! {
	/// A scheduled call may use up to 80% of a block.
	pub MaximumSchedulerWeight: Weight =
		Perbill::from_percent(80) * crate::configs::RuntimeBlockWeights::get().max_block;
	/// A preimage's deposit: 1 VVV, and 0.001 VVV a byte.
	pub const PreimageBaseDeposit: Balance = UNIT;
	pub const PreimageByteDeposit: Balance = UNIT / 1_000;
	pub const PreimageHoldReason: RuntimeHoldReason =
		RuntimeHoldReason::Preimage(pallet_preimage::HoldReason::Preimage);
}

impl pallet_scheduler::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeOrigin = RuntimeOrigin;
	type PalletsOrigin = OriginCaller;
	type RuntimeCall = RuntimeCall;
	type MaximumWeight = MaximumSchedulerWeight;
	// Referenda schedule through the trait; the `schedule` calls are `root`'s.
	type ScheduleOrigin = EnsureRoot<AccountId>;
	type OriginPrivilegeCmp = EqualPrivilegeOnly;
	type MaxScheduledPerBlock = ConstU32<50>;
	type WeightInfo = crate::weights::pallet_scheduler::WeightInfo<Runtime>;
	type Preimages = Preimage;
	type BlockNumberProvider = System;
}

impl pallet_preimage::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = crate::weights::pallet_preimage::WeightInfo<Runtime>;
	type Currency = Balances;
	type ManagerOrigin = EnsureRoot<AccountId>;
	type Consideration = HoldConsideration<
		AccountId,
		Balances,
		PreimageHoldReason,
		LinearStoragePrice<PreimageBaseDeposit, PreimageByteDeposit, Balance>,
	>;
}

impl pallet_conviction_voting::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = crate::weights::pallet_conviction_voting::WeightInfo<Runtime>;
	type Currency = Balances;
	type Polls = Referenda;
	// Support is measured against all active VVV: the treasury's pot is inactive.
	type MaxTurnout =
		frame_support::traits::tokens::currency::ActiveIssuanceOf<Balances, AccountId>;
	type MaxVotes = ConstU32<256>;
	type VoteLockingPeriod = VoteLockingPeriod;
	type BlockNumberProvider = System;
	type VotingHooks = ();
}

parameter_types! {
	/// Submitting a referendum: 10 VVV, returned once it is decided (the decision deposit,
	/// per track, is what keeps a track's deciding slots from being squatted).
	pub const SubmissionDeposit: Balance = 10 * UNIT;
}

parameter_types! {
	/// A referendum that is not being decided after this long may be cancelled by anyone's
	/// refund.
	pub UndecidingTimeout: BlockNumber = origins::days(14);
}

impl pallet_referenda::Config for Runtime {
	type RuntimeCall = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = crate::weights::pallet_referenda::WeightInfo<Runtime>;
	type Scheduler = Scheduler;
	type Currency = Balances;
	type SubmitOrigin = AsEnsureOriginWithArg<EnsureSigned<AccountId>>;
	type CancelOrigin = EnsureRoot<AccountId>;
	type KillOrigin = EnsureRoot<AccountId>;
	// A killed referendum's deposits go to the treasury.
	type Slash = Treasury;
	type Votes = Balance;
	type Tally = pallet_conviction_voting::TallyOf<Runtime>;
	type SubmissionDeposit = SubmissionDeposit;
	type MaxQueued = ConstU32<100>;
	type UndecidingTimeout = UndecidingTimeout;
	type AlarmInterval = ConstU32<1>;
	type Tracks = tracks::TracksInfo;
	type Preimages = Preimage;
	type BlockNumberProvider = System;
}

parameter_types! {
	pub const MaxBalance: Balance = Balance::MAX;
}

parameter_types! {
	/// An approved spend may be claimed for this long.
	pub PayoutPeriod: BlockNumber = origins::days(30);
}

parameter_types! {
	/// The legacy spend period (`spend_local` approvals, which no origin here may make): a day.
	pub SpendPeriod: BlockNumber = origins::days(1);
}

impl pallet_treasury::Config for Runtime {
	type Currency = Balances;
	type RejectOrigin = frame_support::traits::EitherOfDiverse<EnsureRoot<AccountId>, Treasurer>;
	type RuntimeEvent = RuntimeEvent;
	type SpendPeriod = SpendPeriod;
	// Nothing of the pot burns by itself: the buy-burn is the chain's burn.
	type Burn = ();
	type PalletId = TreasuryPalletId;
	type BurnDestination = ();
	type WeightInfo = crate::weights::pallet_treasury::WeightInfo<Runtime>;
	type SpendFunds = ();
	type MaxApprovals = ConstU32<100>;
	type SpendOrigin = EitherOf<EnsureRootWithSuccess<AccountId, MaxBalance>, Treasurer>;
	// VVV only: the pot is what fees and the locked stake's yield pay in.
	type AssetKind = ();
	type Beneficiary = AccountId;
	type BeneficiaryLookup = IdentityLookup<AccountId>;
	type Paymaster = TreasuryPaymaster;
	type BalanceConverter = UnityAssetBalanceConversion;
	type PayoutPeriod = PayoutPeriod;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
	type BlockNumberProvider = System;
}

/// Pays a spend from the treasury's account: `PayFromAccount`, whose benchmark setup also
/// gives the beneficiary the existential deposit (the treasury's benchmarks pay 100 planck,
/// which a new account could not receive).
pub struct TreasuryPaymaster;

impl Pay for TreasuryPaymaster {
	type Balance = Balance;
	type Beneficiary = AccountId;
	type AssetKind = ();
	type Id = ();
	type Error = sp_runtime::DispatchError;

	fn pay(who: &AccountId, asset_kind: (), amount: Balance) -> Result<(), Self::Error> {
		PayFromAccount::<Balances, TreasuryAccount>::pay(who, asset_kind, amount)
	}

	fn check_payment(id: ()) -> frame_support::traits::tokens::PaymentStatus {
		PayFromAccount::<Balances, TreasuryAccount>::check_payment(id)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn ensure_successful(who: &AccountId, asset_kind: (), amount: Balance) {
		use frame_support::traits::fungible::{Inspect, Mutate};
		let _ = Balances::mint_into(who, Balances::minimum_balance());
		PayFromAccount::<Balances, TreasuryAccount>::ensure_successful(who, asset_kind, amount)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn ensure_concluded(id: ()) {
		PayFromAccount::<Balances, TreasuryAccount>::ensure_concluded(id)
	}
}

/// The operator's collective.
pub type OperatorCollective = pallet_collective::Instance1;

/// The most members the operator collective may have.
pub const OPERATOR_MAX_MEMBERS: u32 = 16;

parameter_types! {
	/// A motion of the operator lapses after a governance day.
	pub OperatorMotionDuration: BlockNumber = origins::days(1);
}

parameter_types! {
	pub MaxOperatorProposalWeight: Weight =
		Perbill::from_percent(50) * crate::configs::RuntimeBlockWeights::get().max_block;
}

impl pallet_collective::Config<OperatorCollective> for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type Proposal = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type MotionDuration = OperatorMotionDuration;
	type MaxProposals = ConstU32<20>;
	type MaxMembers = ConstU32<OPERATOR_MAX_MEMBERS>;
	type DefaultVote = pallet_collective::PrimeDefaultVote;
	type WeightInfo = crate::weights::pallet_collective::WeightInfo<Runtime>;
	type SetMembersOrigin = EnsureRoot<AccountId>;
	type MaxProposalWeight = MaxOperatorProposalWeight;
	type DisapproveOrigin = EnsureRoot<AccountId>;
	type KillOrigin = EnsureRoot<AccountId>;
	// Its members are known and few: no deposit for a motion.
	type Consideration = ();
}

parameter_types! {
	/// How long the operator's safe mode lasts: a governance day (governance may extend it).
	pub SafeModeOperatorDuration: BlockNumber = origins::days(1);
}

parameter_types! {
	/// How long governance's safe mode lasts, or extends it by: a governance week.
	pub SafeModeGovernanceDuration: BlockNumber = origins::days(7);
}

/// What may run in safe mode: the chain's clock, its sequencing (equivocation reports, key
/// rotations, governance's set changes), governance (to decide what to do and to exit), the
/// operator, and the wrappers around them. Every transfer, stake, mint, swap and
/// meter waits.
pub struct SafeModeWhitelist;
impl frame_support::traits::Contains<RuntimeCall> for SafeModeWhitelist {
	fn contains(call: &RuntimeCall) -> bool {
		matches!(
			call,
			RuntimeCall::System(_)
				| RuntimeCall::Timestamp(_)
				| RuntimeCall::Grandpa(_)
				| RuntimeCall::Session(_)
				| RuntimeCall::Sequencers(_)
				| RuntimeCall::Sudo(_)
				| RuntimeCall::Scheduler(_)
				| RuntimeCall::Preimage(_)
				| RuntimeCall::Referenda(_)
				| RuntimeCall::ConvictionVoting(_)
				| RuntimeCall::Operator(_)
				| RuntimeCall::Utility(_)
				| RuntimeCall::Proxy(_)
				| RuntimeCall::Multisig(_)
		)
	}
}

impl pallet_safe_mode::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type WhitelistedCalls = SafeModeWhitelist;
	type EnterDuration = SafeModeOperatorDuration;
	type ExtendDuration = SafeModeOperatorDuration;
	// Nobody enters or extends safe mode for a deposit: only the origins below.
	type EnterDepositAmount = ();
	type ExtendDepositAmount = ();
	type ForceEnterOrigin = EitherOf<
		EnsureRootWithSuccess<AccountId, SafeModeGovernanceDuration>,
		EitherOf<
			MapSuccess<Operations, Replace<SafeModeGovernanceDuration>>,
			MapSuccess<OperatorOrigin, Replace<SafeModeOperatorDuration>>,
		>,
	>;
	type ForceExtendOrigin = EitherOf<
		EnsureRootWithSuccess<AccountId, SafeModeGovernanceDuration>,
		MapSuccess<Operations, Replace<SafeModeGovernanceDuration>>,
	>;
	type ForceExitOrigin = OperationsOrigin;
	type ForceDepositOrigin = OperationsOrigin;
	type Notify = ();
	type ReleaseDelay = ();
	type WeightInfo = crate::weights::pallet_safe_mode::WeightInfo<Runtime>;
}
