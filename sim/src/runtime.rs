//! The simulation runtime: the project's four pallets with the same pallet-balances,
//! pallet-assets and pallet-asset-conversion the chain runs, configured as the chain is but for
//! its blocks, which last an hour ([`BLOCK_MS`]), so a simulated year is 8,766 blocks. There is
//! no consensus, transaction payment or signature: agents' calls are dispatched as signed
//! origins directly, and the runner calls every pallet's hooks around them.

use frame_support::{
	derive_impl, parameter_types,
	traits::{
		fungible::{ItemOf, NativeFromLeft, NativeOrWithId, UnionOf},
		AsEnsureOriginWithArg, ConstU128, ConstU32, ConstU64, NeverEnsureOrigin, VariantCountOf,
	},
	PalletId,
};
use frame_system::EnsureRoot;
use pallet_asset_conversion::{AccountIdConverter, Ascending, Chain, WithFirstAsset};
use sp_runtime::{traits::AccountIdConversion, AccountId32, Permill};

/// Accounts are 32 bytes, as on the chain, so pallet accounts derived from different
/// `PalletId`s never collide.
pub type AccountId = AccountId32;
/// Planck.
pub type Balance = u128;
/// Assets' ids.
pub type AssetId = u32;
/// The simulation's block: one hour.
pub type Block = frame_system::mocking::MockBlock<Runtime>;

/// A block lasts an hour.
pub const BLOCK_MS: u64 = 60 * 60 * 1000;
/// Blocks in a day.
pub const BLOCKS_PER_DAY: u64 = 24;
/// Julian years of hour-long blocks, as the chain counts its year.
pub const BLOCKS_PER_YEAR: u32 = 8_766;
/// One VVV (18 decimals).
pub const UNIT: Balance = 1_000_000_000_000_000_000;
/// One DIEM (18 decimals).
pub const DIEM: Balance = UNIT;
/// One USDC (6 decimals).
pub const USDC: Balance = 1_000_000;
/// VVV's existential deposit, as on the chain.
pub const EXISTENTIAL_DEPOSIT: Balance = UNIT / 1_000;
/// The DIEM asset.
pub const DIEM_ASSET_ID: AssetId = 1;
/// The USDC asset.
pub const USDC_ASSET_ID: AssetId = 2;
/// DIEM's minimum balance, as on the chain: one planck, so no repay leaves dust to destroy.
pub const DIEM_MIN_BALANCE: Balance = 1;
/// USDC's minimum balance, as on the chain.
pub const USDC_MIN_BALANCE: Balance = USDC / 1_000;

frame_support::construct_runtime!(
	pub enum Runtime {
		System: frame_system,
		Balances: pallet_balances,
		Assets: pallet_assets::<Instance1>,
		PoolAssets: pallet_assets::<Instance2>,
		Staking: pallet_vvv_staking,
		Diem: pallet_diem,
		AssetConversion: pallet_asset_conversion,
		BuyBurn: pallet_buyburn,
		Credits: pallet_credits,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Runtime {
	type Block = Block;
	type AccountId = AccountId;
	type Lookup = sp_runtime::traits::IdentityLookup<AccountId>;
	type AccountData = pallet_balances::AccountData<Balance>;
	type MaxConsumers = ConstU32<16>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Runtime {
	type Balance = Balance;
	type ExistentialDeposit = ConstU128<EXISTENTIAL_DEPOSIT>;
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
}

#[derive_impl(pallet_assets::config_preludes::TestDefaultConfig)]
impl pallet_assets::Config<pallet_assets::Instance1> for Runtime {
	type Balance = Balance;
	type AssetId = AssetId;
	type AssetIdParameter = codec::Compact<AssetId>;
	type Currency = Balances;
	type CreateOrigin = AsEnsureOriginWithArg<NeverEnsureOrigin<AccountId>>;
	type ForceOrigin = EnsureRoot<AccountId>;
	type AssetDeposit = ConstU128<{ 10 * UNIT }>;
	type AssetAccountDeposit = ConstU128<{ UNIT / 100 }>;
	type Freezer = ();
}

#[derive_impl(pallet_assets::config_preludes::TestDefaultConfig)]
impl pallet_assets::Config<pallet_assets::Instance2> for Runtime {
	type Balance = Balance;
	type AssetId = u32;
	type AssetIdParameter = u32;
	type Currency = Balances;
	type CreateOrigin = AsEnsureOriginWithArg<NeverEnsureOrigin<AccountId>>;
	type ForceOrigin = EnsureRoot<AccountId>;
	type AssetDeposit = ConstU128<0>;
	type AssetAccountDeposit = ConstU128<{ UNIT / 100 }>;
	type Freezer = ();
}

/// VVV and the assets as one `fungibles`, as the DEX sees them.
pub type NativeAndAssets =
	UnionOf<Balances, Assets, NativeFromLeft, NativeOrWithId<AssetId>, AccountId>;
type PoolIdToAccountId =
	AccountIdConverter<AssetConversionPalletId, (NativeOrWithId<AssetId>, NativeOrWithId<AssetId>)>;

parameter_types! {
	pub const AssetConversionPalletId: PalletId = PalletId(*b"py/ascon");
	pub const Native: NativeOrWithId<AssetId> = NativeOrWithId::Native;
	pub const LpFee: Permill = Permill::from_parts(3_000);
	pub const MaxSwapFee: Permill = Permill::from_percent(10);
}

impl pallet_asset_conversion::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Balance = Balance;
	type HigherPrecisionBalance = sp_core::U256;
	type AssetKind = NativeOrWithId<AssetId>;
	type Assets = NativeAndAssets;
	type PoolId = (Self::AssetKind, Self::AssetKind);
	type PoolLocator = Chain<
		WithFirstAsset<Native, AccountId, NativeOrWithId<AssetId>, PoolIdToAccountId>,
		Ascending<AccountId, NativeOrWithId<AssetId>, PoolIdToAccountId>,
	>;
	type PoolAssetId = u32;
	type PoolAssets = PoolAssets;
	type LPFee = LpFee;
	type AdminOrigin = EnsureRoot<AccountId>;
	type MaxSwapFee = MaxSwapFee;
	type PoolSetupFee = ConstU128<0>;
	type PoolSetupFeeAsset = Native;
	type PoolSetupFeeTarget = ();
	type LiquidityWithdrawalFee = ();
	type MintMinLiquidity = ConstU128<{ UNIT / 1_000 }>;
	type MaxSwapPathLength = ConstU32<3>;
	type PalletId = AssetConversionPalletId;
	type WeightInfo = ();
}

parameter_types! {
	pub const DiemPalletId: PalletId = PalletId(*b"diem/mnt");
	pub const DiemAssetId: AssetId = DIEM_ASSET_ID;
	pub const UsdcAssetId: AssetId = USDC_ASSET_ID;
	pub const DiemMaxRateExponent: sp_runtime::FixedU128 = pallet_diem::curve::LN_1E9;
	pub const TreasuryPalletId: PalletId = PalletId(*b"py/trsry");
	pub Treasury: AccountId = treasury();
	pub const StakingPalletId: PalletId = PalletId(*b"vvv/stkg");
	pub const BuyBurnPalletId: PalletId = PalletId(*b"buy/burn");
	pub const UsdcKind: NativeOrWithId<AssetId> = NativeOrWithId::WithId(USDC_ASSET_ID);
	pub const CreditsPalletId: PalletId = PalletId(*b"diem/crd");
}

/// The account that owns the DIEM asset.
pub fn diem_asset_owner() -> AccountId {
	DiemPalletId::get().into_account_truncating()
}

/// The treasury: receives the locked stake's yield share.
pub fn treasury() -> AccountId {
	TreasuryPalletId::get().into_account_truncating()
}

impl pallet_diem::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Diem = ItemOf<Assets, DiemAssetId, AccountId>;
	type Collateral = Staking;
	type Curve = pallet_diem::curve::ExponentialCurve<DiemMaxRateExponent>;
	type MaxRateExponent = DiemMaxRateExponent;
	type AdminOrigin = EnsureRoot<AccountId>;
	type OperatorOrigin = EnsureRoot<AccountId>;
	type OperatorTargetStep = OperatorTargetStep;
	type OperatorTargetPeriod = ConstU64<{ 7 * 43_200 }>;
	type WeightInfo = ();
}

parameter_types! {
	pub const OperatorTargetStep: sp_runtime::Perbill = sp_runtime::Perbill::from_percent(10);
}

impl pallet_vvv_staking::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type PalletId = StakingPalletId;
	type TreasuryAccount = Treasury;
	// The explorer models no vesting.
	type Unvested = ();
	type BlocksPerYear = ConstU32<BLOCKS_PER_YEAR>;
	type MaxUnlockingChunks = ConstU32<32>;
	type FeeReserve = ConstU128<0>;
	type AdminOrigin = EnsureRoot<AccountId>;
	type WeightInfo = ();
}

/// The USDC/VVV pool's reserves `(USDC, VVV)`, which the buy-burn samples for its reference.
pub struct UsdcVvvPool;

impl pallet_buyburn::PoolReserves for UsdcVvvPool {
	fn reserves() -> Option<(Balance, Balance)> {
		AssetConversion::get_reserves(UsdcKind::get(), Native::get()).ok()
	}
}

impl pallet_buyburn::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Native = Balances;
	type Revenue = ItemOf<Assets, UsdcAssetId, AccountId>;
	type Swap = AssetConversion;
	type AssetKind = NativeOrWithId<AssetId>;
	type RevenueKind = UsdcKind;
	type NativeKind = Native;
	type Reserves = UsdcVvvPool;
	// The scenarios stream nothing to stakers (their shares are 0): every VVV bought is burned.
	type StakerRewards = ();
	type PoolFee = LpFee;
	type PalletId = BuyBurnPalletId;
	type MaxHistory = ConstU32<64>;
	type AdminOrigin = EnsureRoot<AccountId>;
	type WeightInfo = ();
}

/// The simulation's clock: block `n` starts `n − 1` hours after genesis, so day `d`'s 24
/// blocks are `24·d + 1 ..= 24·d + 24`, the runner's days.
pub struct BlockClock;

impl pallet_credits::Clock for BlockClock {
	fn now() -> pallet_credits::Moment {
		System::block_number().saturating_sub(1).saturating_mul(BLOCK_MS)
	}
}

impl pallet_credits::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Diem = ItemOf<Assets, DiemAssetId, AccountId>;
	type Clock = BlockClock;
	type PalletId = CreditsPalletId;
	type DiemUnit = ConstU128<DIEM>;
	type MinStakeForCredits = ConstU128<{ DIEM / 10 }>;
	type MaxUnlockingChunks = ConstU32<32>;
	type MaxUsageBatch = ConstU32<4_096>;
	type HistoryDays = ConstU32<90>;
	type BlockTime = ConstU64<BLOCK_MS>;
	type AdminOrigin = EnsureRoot<AccountId>;
	type MeterOrigin = EnsureRoot<AccountId>;
	type WeightInfo = ();
}
