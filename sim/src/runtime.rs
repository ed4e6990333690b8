//! The simulation runtime: the chain's economy (the project's four pallets with the
//! pallet-balances, pallet-assets and pallet-asset-conversion the chain runs), configured by the
//! chain's own `diem_config::impl_economy!`, but for its blocks, which last an hour
//! ([`BLOCK_MS`]), so a simulated year is 8,766 blocks. There is no consensus, transaction
//! payment or signature: agents' calls are dispatched as signed origins directly, and the
//! runner calls every pallet's hooks around them.

use frame_support::derive_impl;
use frame_system::EnsureRoot;

pub use diem_config::{
	diem_asset_owner, treasury_account as treasury, AccountId, AssetId, Balance, Native, UsdcKind,
	DIEM, DIEM_ASSET_ID, DIEM_MIN_BALANCE, EXISTENTIAL_DEPOSIT, UNIT, USDC, USDC_ASSET_ID,
	USDC_MIN_BALANCE,
};

/// The simulation's block: one hour.
pub type Block = frame_system::mocking::MockBlock<Runtime>;

/// A block lasts an hour.
pub const BLOCK_MS: u64 = 60 * 60 * 1000;
/// Blocks in a day: 24.
pub const BLOCKS_PER_DAY: u64 = diem_config::blocks_per_day(BLOCK_MS) as u64;

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
	type MaxConsumers = frame_support::traits::ConstU32<16>;
}

// The chain's economy, as the chain configures it (`diem_config`), but for what an hour-long
// block without governance changes: the block length, the clock, origins that are all root (the
// operator is an agent dispatching as root), no vesting, and the SDK pallets' weights left out
// (nothing here fills a block).
diem_config::impl_economy! {
	runtime: Runtime,
	block_ms: BLOCK_MS,
	clock: BlockClock,
	unvested: (),
	economics_origin: EnsureRoot<AccountId>,
	operations_origin: EnsureRoot<AccountId>,
	operator_origin: EnsureRoot<AccountId>,
	operator_target_period: frame_support::traits::ConstU64<{ 7 * BLOCKS_PER_DAY }>,
	meter_origin: EnsureRoot<AccountId>,
	balances_weights: (),
	assets_weights: (),
	asset_conversion_weights: (),
}

/// The simulation's clock: block `n` starts `n − 1` hours after genesis, so day `d`'s 24
/// blocks are `24·d + 1 ..= 24·d + 24`, the runner's days.
pub struct BlockClock;

impl pallet_credits::Clock for BlockClock {
	fn now() -> pallet_credits::Moment {
		System::block_number().saturating_sub(1).saturating_mul(BLOCK_MS)
	}
}
