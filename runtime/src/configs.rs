//! How each pallet of the runtime is configured, and the chain's constants.

use frame_support::{
	derive_impl,
	dispatch::DispatchClass,
	parameter_types,
	traits::{
		fungible::{ItemOf, NativeFromLeft, NativeOrWithId, UnionOf},
		AsEnsureOriginWithArg, ConstU128, ConstU16, ConstU32, ConstU64, ConstU8, NeverEnsureOrigin,
		VariantCountOf, WithdrawReasons,
	},
	weights::{constants::WEIGHT_REF_TIME_PER_SECOND, ConstantMultiplier, Weight},
	PalletId,
};
use frame_system::limits::{BlockLength, BlockWeights};
use pallet_asset_conversion::{Ascending, Chain, WithFirstAsset};
use pallet_transaction_payment::{ConstFeeMultiplier, FungibleAdapter, Multiplier};
use sp_runtime::{
	traits::{ConvertInto, One},
	Perbill, Permill,
};
use sp_version::RuntimeVersion;

use super::{
	AccountId, AssetId, Aura, Balance, Balances, Block, Hash, Nonce, PalletInfo, PoolAssets,
	Runtime, RuntimeCall, RuntimeEvent, RuntimeFreezeReason, RuntimeHoldReason, RuntimeOrigin,
	RuntimeTask, System, VERSION,
};

/// Free VVV a stake leaves its staker above the existential deposit, for the fees of the
/// calls that follow (unstaking among them): 0.01 VVV.
pub const STAKING_FEE_RESERVE: Balance = 10 * MILLI_UNIT;

/// One block every 2 seconds (design §1). Fixed at genesis: Aura cannot change it later.
pub const MILLISECS_PER_BLOCK: u64 = 2_000;

/// Blocks in a day of 24 hours: 43,200.
pub const DAYS: u32 = (24 * 60 * 60 * 1_000 / MILLISECS_PER_BLOCK) as u32;

/// The native token's symbol, as wallets show it.
pub const TOKEN_SYMBOL: &str = "VVV";
/// VVV has 18 decimals: one VVV is 10^18 planck.
pub const TOKEN_DECIMALS: u8 = 18;
/// One VVV in planck.
pub const UNIT: Balance = 10u128.pow(TOKEN_DECIMALS as u32);
/// A thousandth of a VVV.
pub const MILLI_UNIT: Balance = UNIT / 1_000;

/// An account holding less than 0.001 VVV is reaped. Low enough that no user notices it, high
/// enough that filling state with dust accounts costs real VVV (a million dust accounts lock
/// 1,000 VVV). Every other record an account can create costs a deposit too: no asset of the
/// genesis presets is sufficient (an account needs VVV to hold DIEM or USDC, or pays
/// `AssetAccountDeposit` to `touch` one), and asset and LP-token accounts and approvals carry
/// deposits.
pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_UNIT;

/// The `pallet-assets` id of DIEM (design §3), created at genesis.
pub const DIEM_ASSET_ID: AssetId = 1;
/// The `pallet-assets` id of the dev revenue asset USDC (design §4), created at genesis.
pub const USDC_ASSET_ID: AssetId = 2;

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

impl pallet_balances::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type WeightInfo = crate::weights::pallet_balances::WeightInfo<Runtime>;
	type Balance = Balance;
	type DustRemoval = ();
	type ExistentialDeposit = ConstU128<EXISTENTIAL_DEPOSIT>;
	type AccountStore = System;
	type ReserveIdentifier = [u8; 8];
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxLocks = ConstU32<50>;
	type MaxReserves = ConstU32<50>;
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
	type DoneSlashHandler = ();
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

parameter_types! {
	pub const AssetDeposit: Balance = 10 * UNIT;
	pub const AssetAccountDeposit: Balance = 10 * MILLI_UNIT;
	pub const MetadataDepositBase: Balance = UNIT;
	pub const MetadataDepositPerByte: Balance = 10 * MILLI_UNIT;
	pub const ApprovalDeposit: Balance = 10 * MILLI_UNIT;
}

/// DIEM, USDC and the other fungible assets. Assets are created by governance only
/// (`force_create` by root): an asset anyone could create and mint to any account would take a
/// consumer reference of that account for free, and fifteen of them leave an account unable to
/// receive DIEM; aimed at the credits pallet's custody account, that would stop all DIEM staking.
impl pallet_assets::Config<pallet_assets::Instance1> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Balance = Balance;
	type RemoveItemsLimit = ConstU32<1000>;
	type AssetId = AssetId;
	type AssetIdParameter = codec::Compact<AssetId>;
	type ReserveData = ();
	type Currency = Balances;
	type CreateOrigin = AsEnsureOriginWithArg<NeverEnsureOrigin<AccountId>>;
	type ForceOrigin = crate::governance::OperationsOrigin;
	type AssetDeposit = AssetDeposit;
	type AssetAccountDeposit = AssetAccountDeposit;
	type MetadataDepositBase = MetadataDepositBase;
	type MetadataDepositPerByte = MetadataDepositPerByte;
	type ApprovalDeposit = ApprovalDeposit;
	type StringLimit = ConstU32<50>;
	type Freezer = ();
	type Holder = ();
	type Extra = ();
	type CallbackHandle = ();
	type AssetIdAllocator = ();
	type WeightInfo = crate::weights::pallet_assets::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

/// Liquidity-provider tokens: only the DEX creates them (through the `Create` trait), so no
/// origin may and no asset deposit is taken; an account `touch`ed for them and an approval
/// carry the same deposits as for any asset, so they cannot fill state for free.
impl pallet_assets::Config<pallet_assets::Instance2> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Balance = Balance;
	type RemoveItemsLimit = ConstU32<1000>;
	type AssetId = u32;
	type AssetIdParameter = u32;
	type ReserveData = ();
	type Currency = Balances;
	type CreateOrigin = AsEnsureOriginWithArg<NeverEnsureOrigin<AccountId>>;
	type ForceOrigin = crate::governance::OperationsOrigin;
	type AssetDeposit = ConstU128<0>;
	type AssetAccountDeposit = AssetAccountDeposit;
	type MetadataDepositBase = ConstU128<0>;
	type MetadataDepositPerByte = ConstU128<0>;
	type ApprovalDeposit = ApprovalDeposit;
	type StringLimit = ConstU32<50>;
	type Freezer = ();
	type Holder = ();
	type Extra = ();
	type CallbackHandle = ();
	type AssetIdAllocator = ();
	type WeightInfo = crate::weights::pallet_assets::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

/// VVV and every asset, seen by the DEX as one `fungibles` with VVV as `Native`.
pub type NativeAndAssets =
	UnionOf<Balances, super::Assets, NativeFromLeft, NativeOrWithId<AssetId>, AccountId>;

/// The account a pool's reserves sit in: the DEX's sub-account for the pool's pair,
/// `b"modl" ++ b"py/ascon" ++ pair` (at most 22 bytes, so no two pairs share one). Keyless
/// like every pallet account, and recognisably so: the call filter refuses to dispatch as any
/// `modl` account (`call_filter.rs`).
pub type PoolIdToAccountId =
	PoolAccount<AssetConversionPalletId, (NativeOrWithId<AssetId>, NativeOrWithId<AssetId>)>;

/// A pool's account as a sub-account of the DEX's `PalletId` (the SDK's `AccountIdConverter`
/// hashes the pair instead, which hides that the account is keyless).
pub struct PoolAccount<Seed, PoolId>(core::marker::PhantomData<(Seed, PoolId)>);

impl<Seed: frame_support::traits::Get<PalletId>, PoolId: codec::Encode>
	sp_runtime::traits::TryConvert<&PoolId, AccountId> for PoolAccount<Seed, PoolId>
{
	fn try_convert(pool: &PoolId) -> Result<AccountId, &PoolId> {
		use sp_runtime::traits::AccountIdConversion;
		Ok(Seed::get().into_sub_account_truncating(pool))
	}
}

parameter_types! {
	pub const AssetConversionPalletId: PalletId = PalletId(*b"py/ascon");
	pub const Native: NativeOrWithId<AssetId> = NativeOrWithId::Native;
	/// 0.3% to liquidity providers on every swap, as on Uniswap v2.
	pub const LpFee: Permill = Permill::from_parts(3_000);
	pub const MaxSwapFee: Permill = Permill::from_percent(10);
	pub const LiquidityWithdrawalFee: Permill = Permill::zero();
}

impl pallet_asset_conversion::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Balance = Balance;
	type HigherPrecisionBalance = sp_core::U256;
	type AssetKind = NativeOrWithId<AssetId>;
	type Assets = NativeAndAssets;
	type PoolId = (Self::AssetKind, Self::AssetKind);
	// Pools pair VVV with an asset, or two assets in ascending order.
	type PoolLocator = Chain<
		WithFirstAsset<Native, AccountId, NativeOrWithId<AssetId>, PoolIdToAccountId>,
		Ascending<AccountId, NativeOrWithId<AssetId>, PoolIdToAccountId>,
	>;
	type PoolAssetId = u32;
	type PoolAssets = PoolAssets;
	type LPFee = LpFee;
	type AdminOrigin = crate::governance::OperationsOrigin;
	type MaxSwapFee = MaxSwapFee;
	// Creating a pool costs 10 VVV, burned: enough to deter spam pools.
	type PoolSetupFee = ConstU128<{ 10 * UNIT }>;
	type PoolSetupFeeAsset = Native;
	type PoolSetupFeeTarget = ();
	type LiquidityWithdrawalFee = LiquidityWithdrawalFee;
	type MintMinLiquidity = ConstU128<{ MILLI_UNIT }>;
	type MaxSwapPathLength = ConstU32<3>;
	type PalletId = AssetConversionPalletId;
	type WeightInfo = crate::weights::pallet_asset_conversion::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = DexBenchmarkHelper;
}

/// The DEX's benchmarks on this runtime: every pool pairs VVV with an asset, as the chain's
/// pools do, and the assets are fresh ids above the genesis ones (DIEM, USDC), which the
/// benchmarks create sufficient so that an account without VVV can receive them.
#[cfg(feature = "runtime-benchmarks")]
pub struct DexBenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_asset_conversion::BenchmarkHelper<NativeOrWithId<AssetId>> for DexBenchmarkHelper {
	fn create_pair(seed1: u32, seed2: u32) -> (NativeOrWithId<AssetId>, NativeOrWithId<AssetId>) {
		let fresh = NativeOrWithId::WithId(seed2.saturating_add(1_000));
		if seed1.is_multiple_of(2) {
			(fresh, NativeOrWithId::Native)
		} else {
			(NativeOrWithId::Native, fresh)
		}
	}
}

/// The account that owns the DIEM asset. Nobody holds its key: only the DIEM pallet mints and
/// burns DIEM, through the `fungible` traits, which need no owner's signature.
pub fn diem_asset_owner() -> AccountId {
	use sp_runtime::traits::AccountIdConversion;
	DiemPalletId::get().into_account_truncating()
}

parameter_types! {
	/// The DIEM pallet's id, from which the DIEM asset's owner account is derived.
	pub const DiemPalletId: PalletId = PalletId(*b"diem/mnt");
	pub const DiemAssetId: AssetId = DIEM_ASSET_ID;
}

parameter_types! {
	/// The mint rate may rise to 10⁹ × the base rate (design §3): `ln 10⁹`. Mints beyond are
	/// refused.
	pub const DiemMaxRateExponent: sp_runtime::FixedU128 = pallet_diem::curve::LN_1E9;
	/// The operator's largest step of the target supply (design §13).
	pub const OperatorTargetStep: Perbill = crate::governance::OPERATOR_TARGET_STEP;
}

impl pallet_diem::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Diem = ItemOf<super::Assets, DiemAssetId, AccountId>;
	type Collateral = super::Staking;
	type Curve = pallet_diem::curve::ExponentialCurve<DiemMaxRateExponent>;
	type MaxRateExponent = DiemMaxRateExponent;
	type AdminOrigin = crate::governance::EconomicsOrigin;
	type OperatorOrigin = crate::governance::OperatorOrigin;
	type OperatorTargetStep = OperatorTargetStep;
	type OperatorTargetPeriod = crate::governance::OperatorTargetPeriod;
	type WeightInfo = pallet_diem::weights::SubstrateWeight<Runtime>;
}

/// Blocks in a year of 365.25 days: 15,778,800 at 2 s (design §1).
pub const BLOCKS_PER_YEAR: u32 = (36_525 * 24 * 60 * 60 * 10 / MILLISECS_PER_BLOCK) as u32;

/// The treasury: receives the locked stake's yield share (design §2). Nobody holds its key.
pub fn treasury_account() -> AccountId {
	use sp_runtime::traits::AccountIdConversion;
	TreasuryPalletId::get().into_account_truncating()
}

parameter_types! {
	/// The treasury's id, from which its account is derived.
	pub const TreasuryPalletId: PalletId = PalletId(*b"py/trsry");
	pub TreasuryAccount: AccountId = treasury_account();
	/// The staking pot's id: emissions are minted to its account and paid out from it.
	pub const StakingPalletId: PalletId = PalletId(*b"vvv/stkg");
}

impl pallet_vvv_staking::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type PalletId = StakingPalletId;
	type TreasuryAccount = TreasuryAccount;
	type Unvested = VestingSchedules;
	type BlocksPerYear = ConstU32<BLOCKS_PER_YEAR>;
	type MaxUnlockingChunks = ConstU32<32>;
	// Ten transfers' worth: a staker can always pay for its next claim, unstake or repay.
	type FeeReserve = ConstU128<STAKING_FEE_RESERVE>;
	type AdminOrigin = crate::governance::EconomicsOrigin;
	type WeightInfo = pallet_vvv_staking::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	/// The buy-burn pot's id, from which its account is derived.
	pub const BuyBurnPalletId: PalletId = PalletId(*b"buy/burn");
	pub const UsdcKind: NativeOrWithId<AssetId> = NativeOrWithId::WithId(USDC_ASSET_ID);
	pub const UsdcAssetId: AssetId = USDC_ASSET_ID;
}

/// The VVV/USDC pool of the DEX, which the buy-burn buys from.
pub struct UsdcVvvPool;

impl pallet_buyburn::PoolReserves for UsdcVvvPool {
	fn reserves() -> Option<(Balance, Balance)> {
		super::AssetConversion::get_reserves(UsdcKind::get(), Native::get()).ok()
	}
}

/// The stakers' reward stream the buy-burn pays the stakers' shares into: the staking pallet's
/// `do_distribute_rewards`, from the buy-burn pot, which keeps its existential deposit. With
/// nothing staked it refuses (`NoStakers`), and the buy-burn burns the share instead.
pub struct StakingRewardStream;

impl pallet_buyburn::StakerRewards<AccountId> for StakingRewardStream {
	fn distribute(from: &AccountId, amount: Balance) -> sp_runtime::DispatchResult {
		pallet_vvv_staking::Pallet::<Runtime>::do_distribute_rewards(
			from.clone(),
			amount,
			frame_support::traits::tokens::Preservation::Preserve,
		)
	}
}

impl pallet_buyburn::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Native = Balances;
	type Revenue = ItemOf<super::Assets, UsdcAssetId, AccountId>;
	type Swap = super::AssetConversion;
	type AssetKind = NativeOrWithId<AssetId>;
	type RevenueKind = UsdcKind;
	type NativeKind = Native;
	type Reserves = UsdcVvvPool;
	type StakerRewards = StakingRewardStream;
	type PoolFee = LpFee;
	type PalletId = BuyBurnPalletId;
	type MaxHistory = ConstU32<64>;
	type AdminOrigin = crate::governance::EconomicsOrigin;
	type WeightInfo = pallet_buyburn::weights::SubstrateWeight<Runtime>;
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
	/// The custody account of DIEM staked for credits.
	pub const CreditsPalletId: PalletId = PalletId(*b"diem/crd");
}

/// A usage batch's bound: a provider meters up to 512 accounts a transaction, and the
/// batch's event lists each uncovered rest.
pub const MAX_USAGE_BATCH: u32 = 512;

impl pallet_credits::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Diem = ItemOf<super::Assets, DiemAssetId, AccountId>;
	type Clock = TimestampClock;
	type PalletId = CreditsPalletId;
	/// DIEM has 18 decimals.
	type DiemUnit = ConstU128<UNIT>;
	/// 0.1 DIEM, Venice's minimum (design §9).
	type MinStakeForCredits = ConstU128<{ UNIT / 10 }>;
	type MaxUnlockingChunks = ConstU32<32>;
	type MaxUsageBatch = ConstU32<MAX_USAGE_BATCH>;
	/// A quarter of a year of UTC days (90 minutes on the dev chains' one-minute days).
	type HistoryDays = ConstU32<90>;
	type BlockTime = ConstU64<MILLISECS_PER_BLOCK>;
	type AdminOrigin = crate::governance::EconomicsOrigin;
	type MeterOrigin = crate::governance::MeterOrigin;
	type WeightInfo = pallet_credits::weights::SubstrateWeight<Runtime>;
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
