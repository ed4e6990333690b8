//! A test runtime: VVV and USDC are two `pallet-balances` instances, and the DEX is a
//! constant-product pool (0.3% fee) held by account [`POOL`], implementing the same `Swap`
//! trait `pallet-asset-conversion` does. The stakers' reward stream is account [`STAKERS`],
//! which refuses distributions while [`HasStakers`] is false (as staking does with nothing
//! staked).

#![allow(clippy::unwrap_used, clippy::arithmetic_side_effects)]

use crate::{self as pallet_buyburn, PoolReserves, StakerRewards};
use alloc::vec::Vec;
use frame_support::{
	derive_impl, parameter_types,
	storage::with_storage_layer,
	traits::{
		fungible::{Inspect, Mutate},
		tokens::Preservation,
		ConstU128, ConstU32, Hooks,
	},
	weights::Weight,
	PalletId,
};
use pallet_asset_conversion::Swap;
use sp_arithmetic::{helpers_128bit::multiply_by_rational_with_rounding, Perbill, Rounding};
use sp_runtime::{BuildStorage, DispatchError, DispatchResult};

type Block = frame_system::mocking::MockBlock<Test>;
/// Accounts are plain numbers.
pub type AccountId = u64;

/// One VVV in planck.
pub const UNIT: u128 = 1_000_000_000_000_000_000;
/// One USDC: 6 decimals.
pub const USDC: u128 = 1_000_000;
/// VVV's existential deposit, as in the runtime.
pub const ED: u128 = UNIT / 1000;
/// The pool's account.
pub const POOL: AccountId = 500;
/// VVV in the pool at genesis.
pub const POOL_VVV: u128 = 1_000_000 * UNIT;
/// USDC in the pool at genesis: VVV at 3 USDC.
pub const POOL_USDC: u128 = 3_000_000 * USDC;
/// The mock's burn period.
pub const PERIOD: u64 = 10;
/// Epochs the mock's history keeps.
pub const MAX_HISTORY: u32 = 3;
/// The mock's reference price half-life, in blocks.
pub const HALF_LIFE: u64 = 2;
/// A depositor.
pub const ALICE: AccountId = 1;
/// A second account.
pub const BOB: AccountId = 2;
/// The admin origin's account.
pub const ADMIN: AccountId = 100;
/// Where [`crate::BurnFees`] pays the unburned fee share.
pub const TREASURY: AccountId = 99;
/// The stakers' reward stream: the account [`MockStakers`] pays the stakers' shares into.
pub const STAKERS: AccountId = 600;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Usdc: pallet_balances::<Instance2>,
		BuyBurn: pallet_buyburn,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountId = AccountId;
	type Lookup = sp_runtime::traits::IdentityLookup<AccountId>;
	type AccountData = pallet_balances::AccountData<u128>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = u128;
	type ExistentialDeposit = ConstU128<ED>;
	type AccountStore = System;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config<pallet_balances::Instance2> for Test {
	type Balance = u128;
	type ExistentialDeposit = ConstU128<1>;
	type AccountStore = StoredUsdc;
}

/// USDC balances live in their own map.
pub type StoredUsdc = frame_support::traits::StorageMapShim<
	pallet_balances::Account<Test, pallet_balances::Instance2>,
	AccountId,
	pallet_balances::AccountData<u128>,
>;

/// How the mock DEX names assets.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Asset {
	/// VVV.
	Native,
	/// USDC.
	Usdc,
}

parameter_types! {
	/// Whether the pool exists.
	pub static PoolExists: bool = true;
	/// Whether swaps fail (as a DEX can, e.g. on a frozen asset).
	pub static SwapsFail: bool = false;
	/// Whether anything is staked: without stakers the stream refuses distributions.
	pub static HasStakers: bool = true;
	pub const NativeKind: Asset = Asset::Native;
	pub const UsdcKind: Asset = Asset::Usdc;
	pub const BuyBurnPalletId: PalletId = PalletId(*b"buy/burn");
	/// The mock DEX's fee, 0.3%.
	pub const PoolFee: sp_arithmetic::Permill = sp_arithmetic::Permill::from_parts(3_000);
}

/// A constant-product pool in [`POOL`]'s VVV and USDC balances.
pub struct MockDex;

impl PoolReserves for MockDex {
	fn reserves() -> Option<(u128, u128)> {
		let (usdc, vvv) = (Usdc::balance(&POOL), Balances::balance(&POOL));
		(PoolExists::get() && usdc > 0 && vvv > 0).then_some((usdc, vvv))
	}
}

impl Swap<AccountId> for MockDex {
	type Balance = u128;
	type AssetKind = Asset;

	fn max_path_len() -> u32 {
		2
	}

	fn swap_exact_tokens_for_tokens(
		sender: AccountId,
		path: Vec<Asset>,
		amount_in: u128,
		amount_out_min: Option<u128>,
		send_to: AccountId,
		keep_alive: bool,
	) -> Result<u128, DispatchError> {
		if SwapsFail::get() {
			return Err(DispatchError::Other("the pool is frozen"));
		}
		if path != [Asset::Usdc, Asset::Native] {
			return Err(DispatchError::Other("unsupported path"));
		}
		let (usdc, vvv) = MockDex::reserves().ok_or(DispatchError::Other("no pool"))?;
		let effective = amount_in * 997 / 1000;
		let out =
			multiply_by_rational_with_rounding(vvv, effective, usdc + effective, Rounding::Down)
				.ok_or(DispatchError::Arithmetic(sp_runtime::ArithmeticError::Overflow))?;
		if out < amount_out_min.unwrap_or(0) {
			return Err(DispatchError::Other("slippage"));
		}
		let keep = if keep_alive { Preservation::Preserve } else { Preservation::Expendable };
		with_storage_layer(|| {
			Usdc::transfer(&sender, &POOL, amount_in, keep)?;
			Balances::transfer(&POOL, &send_to, out, Preservation::Preserve)?;
			Ok(out)
		})
	}

	fn swap_tokens_for_exact_tokens(
		_: AccountId,
		_: Vec<Asset>,
		_: u128,
		_: Option<u128>,
		_: AccountId,
		_: bool,
	) -> Result<u128, DispatchError> {
		Err(DispatchError::Unavailable)
	}
}

/// The stakers' reward stream: a transfer into [`STAKERS`], refused without stakers or for
/// nothing, as the staking pallet's `do_distribute_rewards` refuses them.
pub struct MockStakers;

impl StakerRewards<AccountId> for MockStakers {
	fn distribute(from: &AccountId, amount: u128) -> DispatchResult {
		if !HasStakers::get() {
			return Err(DispatchError::Other("NoStakers"));
		}
		if amount == 0 {
			return Err(DispatchError::Other("ZeroAmount"));
		}
		Balances::transfer(from, &STAKERS, amount, Preservation::Preserve).map(|_| ())
	}
}

frame_support::ord_parameter_types! {
	pub const Admin: AccountId = ADMIN;
}

impl pallet_buyburn::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Native = Balances;
	type Revenue = Usdc;
	type Swap = MockDex;
	type AssetKind = Asset;
	type RevenueKind = UsdcKind;
	type NativeKind = NativeKind;
	type Reserves = MockDex;
	type StakerRewards = MockStakers;
	type PoolFee = PoolFee;
	type PalletId = BuyBurnPalletId;
	type MaxHistory = ConstU32<MAX_HISTORY>;
	type AdminOrigin = frame_system::EnsureSignedBy<Admin, AccountId>;
	type WeightInfo = ();
}

/// Externalities at block 1: accounts 1..=10 with 10,000,000 VVV and USDC each, the pool,
/// a [`PERIOD`] of 10 blocks, 50% burn share, 1% price-impact cap; the reference price
/// sampled from the pool at genesis, with a [`HALF_LIFE`] of 2 blocks, a 1% slippage bound, and
/// purchases at most one a block; no stakers' shares (tests set them), and stakers to stream to.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: (1..=10)
			.map(|who| (who, 10_000_000 * UNIT))
			.chain([(POOL, POOL_VVV), (STAKERS, ED)])
			.collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_balances::GenesisConfig::<Test, pallet_balances::Instance2> {
		balances: (1..=10).map(|who| (who, 10_000_000 * USDC)).chain([(POOL, POOL_USDC)]).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_buyburn::GenesisConfig::<Test> {
		burn_period: PERIOD,
		burn_share: Perbill::from_percent(50),
		max_price_impact: Perbill::from_percent(1),
		fee_burn_share: Perbill::from_percent(50),
		price_half_life: HALF_LIFE,
		max_slippage: Perbill::from_percent(1),
		buy_interval: 1,
		staker_share: Perbill::zero(),
		fee_staker_share: Perbill::zero(),
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	PoolExists::set(true);
	SwapsFail::set(false);
	HasStakers::set(true);
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs the blocks after the current one up to and including `n`: the reference sampled
/// first, and the hook with a whole block's room last.
pub fn run_to_block(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		BuyBurn::on_initialize(next);
		BuyBurn::on_idle(next, Weight::MAX);
	}
}
