//! How each pallet of the runtime is configured, and the chain's constants.

use frame_support::{
	derive_impl,
	dispatch::DispatchClass,
	parameter_types,
	traits::{ConstU128, ConstU16, ConstU32, ConstU64, ConstU8, WithdrawReasons},
	weights::{constants::WEIGHT_REF_TIME_PER_SECOND, ConstantMultiplier, Weight},
	PalletId,
};
use frame_system::limits::{BlockLength, BlockWeights};
use pallet_transaction_payment::{ConstFeeMultiplier, FungibleAdapter, Multiplier};
use sp_runtime::{
	traits::{ConvertInto, One},
	Perbill,
};
use sp_version::RuntimeVersion;

use super::{
	AccountId, AssetConversion, Assets, Aura, Balance, Balances, Block, Hash, Nonce, PalletInfo,
	PoolAssets, Runtime, RuntimeCall, RuntimeEvent, RuntimeFreezeReason, RuntimeHoldReason,
	RuntimeOrigin, RuntimeTask, Staking, System, VERSION,
};

/// One block every 2 seconds (design §1). Fixed at genesis: Aura cannot change it later.
pub const MILLISECS_PER_BLOCK: u64 = diem_config::MILLISECS_PER_BLOCK;

/// Blocks in a day of 24 hours: 43,200.
pub const DAYS: u32 = (24 * 60 * 60 * 1_000 / MILLISECS_PER_BLOCK) as u32;

/// The native token's symbol, as wallets show it.
pub const TOKEN_SYMBOL: &str = "VVV";

// The economy's constants and parameter types, declared once for the chain and the explorer.
pub use diem_config::{
	diem_asset_owner, treasury_account, AssetConversionPalletId, BuyBurnPalletId, CreditsPalletId,
	DiemAssetId, DiemMaxRateExponent, DiemPalletId, LpFee, Native, OperatorTargetStep, PoolAccount,
	StakingPalletId, TreasuryAccount, TreasuryPalletId, UsdcAssetId, UsdcKind, DIEM_ASSET_ID,
	EXISTENTIAL_DEPOSIT, MAX_USAGE_BATCH, MILLI_UNIT, STAKING_FEE_RESERVE, TOKEN_DECIMALS, UNIT,
	USDC_ASSET_ID,
};

/// Blocks may use 75% of their weight and length for ordinary transactions; the rest is kept
/// for operational ones.
const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);

/// `BlockWeights::with_sensible_defaults` with the benchmarked base weights instead of FRAME's
/// defaults (5 ms a block, 125 µs an extrinsic).
fn runtime_block_weights(max_block: Weight) -> BlockWeights {
	use crate::weights::{
		block_weights::BlockExecutionWeight, extrinsic_weights::ExtrinsicBaseWeight,
	};
	let normal = NORMAL_DISPATCH_RATIO * max_block;
	BlockWeights::builder()
		.base_block(BlockExecutionWeight::get())
		.for_class(DispatchClass::all(), |class| class.base_extrinsic = ExtrinsicBaseWeight::get())
		.for_class(DispatchClass::Normal, |class| class.max_total = Some(normal))
		.for_class(DispatchClass::Operational, |class| {
			class.max_total = Some(max_block);
			class.reserved = Some(max_block.saturating_sub(normal));
		})
		.avg_block_initialization(Perbill::from_percent(10))
		.build_or_panic()
}

parameter_types! {
	pub const Version: RuntimeVersion = VERSION;
	/// Half of the 2-second slot is for executing the block: the sequencer builds it in at most
	/// that, and every other node imports it in as long again, so building, propagating and
	/// importing a full block fit in one slot and the next sequencer builds on it. Every weight
	/// is this machine's time (`runtime/src/weights`, the pallets' `weights.rs`); a full block
	/// measured in release (README, *Throughput*) builds and imports within this budget.
	pub RuntimeBlockWeights: BlockWeights = runtime_block_weights(
		Weight::from_parts(WEIGHT_REF_TIME_PER_SECOND, u64::MAX),
	);
	pub RuntimeBlockLength: BlockLength =
		BlockLength::builder()
			.max_length(5 * 1024 * 1024)
			.modify_max_length_for_class(DispatchClass::Normal, |max| *max = NORMAL_DISPATCH_RATIO * *max)
			.build();
}

#[derive_impl(frame_system::config_preludes::SolochainDefaultConfig)]
impl frame_system::Config for Runtime {
	type Block = Block;
	type BlockWeights = RuntimeBlockWeights;
	type BlockLength = RuntimeBlockLength;
	type AccountId = AccountId;
	type Nonce = Nonce;
	type Hash = Hash;
	type BlockHashCount = ConstU32<4096>;
	// The node stores state in ParityDB; its read and write costs measured on this machine.
	type DbWeight = crate::weights::paritydb_weights::constants::ParityDbWeight;
	type SystemWeightInfo = crate::weights::frame_system::WeightInfo<Runtime>;
	type ExtensionsWeightInfo = crate::weights::frame_system_extensions::WeightInfo<Runtime>;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<Balance>;
	// The generic Substrate address format.
	type SS58Prefix = ConstU16<42>;
	type MaxConsumers = ConstU32<16>;
	// DIEM is created and destroyed only by the DIEM pallet; in safe mode only governance runs.
	type BaseCallFilter =
		frame_support::traits::InsideBoth<crate::call_filter::DiemGuard, super::SafeMode>;
}

impl pallet_timestamp::Config for Runtime {
	type Moment = u64;
	type OnTimestampSet = Aura;
	type MinimumPeriod = ConstU64<{ MILLISECS_PER_BLOCK / 2 }>;
	type WeightInfo = crate::weights::pallet_timestamp::WeightInfo<Runtime>;
}

parameter_types! {
	/// The smallest `vested_transfer`: schedules cost storage, and an account holds at most
	/// 28 of them, so nobody fills another's for dust.
	pub const MinVestedTransfer: Balance = 100 * UNIT;
	/// What `vested_transfer` may still do with VVV it locks. `pallet-balances` freezes a
	/// lock's amount for every withdrawal whatever its reasons, so locked VVV pays no fee and
	/// moves nowhere; it may be staked (a hold overlaps the lock) and vote, but not back DIEM
	/// (the staking pallet's `Unvested`).
	pub UnvestedFundsAllowedWithdrawReasons: WithdrawReasons =
		WithdrawReasons::except(WithdrawReasons::TRANSFER | WithdrawReasons::RESERVE);
}

/// What `pallet-vesting` has not released yet: stake that may not back DIEM.
pub struct VestingSchedules;
impl pallet_vvv_staking::Unvested<AccountId> for VestingSchedules {
	fn unvested(who: &AccountId) -> Balance {
		// The schedules' own sum, not `VestingSchedule::vesting_balance`, which caps it at the
		// free balance: staked VVV is held, not free, and would hide what is still vesting.
		let now = System::block_number();
		pallet_vesting::Vesting::<Runtime>::get(who).map_or(0, |schedules| {
			schedules.iter().fold(0, |total: Balance, schedule| {
				total.saturating_add(schedule.locked_at::<ConvertInto>(now))
			})
		})
	}
}

/// The allocation's vesting (design §14): each schedule locks an amount that unlocks linearly
/// from a block on, so a cliff is a schedule whose start lies in the future.
impl pallet_vesting::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type BlockNumberToBalance = ConvertInto;
	type MinVestedTransfer = MinVestedTransfer;
	type WeightInfo = crate::weights::pallet_vesting::WeightInfo<Runtime>;
	type UnvestedFundsAllowedWithdrawReasons = UnvestedFundsAllowedWithdrawReasons;
	type BlockNumberProvider = System;
	const MAX_VESTING_SCHEDULES: u32 = 28;
}

parameter_types! {
	pub FeeMultiplier: Multiplier = Multiplier::one();
}

/// Planck of fee per unit of ref-time weight. A balance transfer weighs about 4.3·10^8, so it
/// costs about 0.002 VVV: the same order as the existential deposit.
pub const FEE_PER_REF_TIME: Balance = 5_000_000;
/// Planck of fee per byte of transaction: 10^-6 VVV.
pub const FEE_PER_BYTE: Balance = UNIT / 1_000_000;

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	// The buy-burn pallet's `FeeShares`: `burn` (50% at genesis) of every fee and tip is
	// burned, `stakers` (0 on mainnet until governance sets it) is set aside for the stakers'
	// reward stream, and the rest goes to the treasury.
	type OnChargeTransaction =
		FungibleAdapter<Balances, pallet_buyburn::BurnFees<Runtime, TreasuryAccount>>;
	type WeightToFee = ConstantMultiplier<Balance, ConstU128<FEE_PER_REF_TIME>>;
	type LengthToFee = ConstantMultiplier<Balance, ConstU128<FEE_PER_BYTE>>;
	type FeeMultiplierUpdate = ConstFeeMultiplier<FeeMultiplier>;
	type OperationalFeeMultiplier = ConstU8<5>;
	type WeightInfo = crate::weights::pallet_transaction_payment::WeightInfo<Runtime>;
}

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = crate::weights::pallet_sudo::WeightInfo<Runtime>;
}

// The economy's pallets (balances, assets, the DEX, staking, DIEM, the buy-burn, credits):
// configured in `diem_config`, shared with the equilibrium explorer, with this chain's block
// length, clock, vesting, origins and weights.
diem_config::impl_economy! {
	runtime: Runtime,
	block_ms: MILLISECS_PER_BLOCK,
	clock: TimestampClock,
	unvested: VestingSchedules,
	economics_origin: crate::governance::EconomicsOrigin,
	operations_origin: crate::governance::OperationsOrigin,
	operator_origin: crate::governance::OperatorOrigin,
	operator_target_period: crate::governance::OperatorTargetPeriod,
	meter_origin: crate::governance::MeterOrigin,
	balances_weights: crate::weights::pallet_balances::WeightInfo<Runtime>,
	assets_weights: crate::weights::pallet_assets::WeightInfo<Runtime>,
	asset_conversion_weights: crate::weights::pallet_asset_conversion::WeightInfo<Runtime>,
}

/// Blocks in a year of 365.25 days: 15,778,800 at 2 s (design §1).
pub const BLOCKS_PER_YEAR: u32 = diem_config::blocks_per_year(MILLISECS_PER_BLOCK);

/// The DEX's benchmarks on this runtime: every pool pairs VVV with an asset, as the chain's
/// pools do, and the assets are fresh ids above the genesis ones (DIEM, USDC), which the
/// benchmarks create sufficient so that an account without VVV can receive them.
#[cfg(feature = "runtime-benchmarks")]
pub struct DexBenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
use frame_support::traits::fungible::NativeOrWithId;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_asset_conversion::BenchmarkHelper<NativeOrWithId<super::AssetId>>
	for DexBenchmarkHelper
{
	fn create_pair(
		seed1: u32,
		seed2: u32,
	) -> (NativeOrWithId<super::AssetId>, NativeOrWithId<super::AssetId>) {
		let fresh = NativeOrWithId::WithId(seed2.saturating_add(1_000));
		if seed1.is_multiple_of(2) {
			(fresh, NativeOrWithId::Native)
		} else {
			(NativeOrWithId::Native, fresh)
		}
	}
}

/// The credit days' clock: the Timestamp pallet's time of the current block.
pub struct TimestampClock;

impl pallet_credits::Clock for TimestampClock {
	fn now() -> pallet_credits::Moment {
		pallet_timestamp::Now::<Runtime>::get()
	}

	/// Writes the time alone: `set_timestamp` would tell Aura too, which refuses a time that
	/// is not its current slot's.
	#[cfg(feature = "runtime-benchmarks")]
	fn set(now: pallet_credits::Moment) {
		pallet_timestamp::Now::<Runtime>::put(now);
	}
}

parameter_types! {
	/// The claims pot: it holds every unclaimed claim's VVV.
	pub const ClaimsPalletId: PalletId = PalletId(*b"dm/claim");
}

/// The longest statement a claim's message may have to include.
pub const MAX_CLAIM_STATEMENT: u32 = 512;

impl pallet_claims::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type VestingSchedules = pallet_claims::VestingScheduleOf<super::Vesting>;
	/// Claims are added, removed and their statement set on the `operations` track: they move
	/// no VVV but what governance already put in the pot.
	type AdminOrigin = crate::governance::OperationsOrigin;
	type PalletId = ClaimsPalletId;
	type MaxStatementLength = ConstU32<MAX_CLAIM_STATEMENT>;
	/// 64 blocks, about two minutes: a claim not included by then is dropped and signed again.
	type ClaimLongevity = ConstU64<64>;
	/// Below every paid transaction (an untipped one ranks at about as many of it as fit in a
	/// block, thousands): a claim fills spare block space and never displaces a paid
	/// transaction from a full pool; one that waits longer than its longevity is signed anew.
	type ClaimPriority = ConstU64<1>;
	/// A removed claim's VVV goes to the treasury, whose spends have their own track and cap.
	type RemovedClaimsTo = TreasuryAccount;
	type WeightInfo = pallet_claims::weights::SubstrateWeight<Runtime>;
}
