//! A test runtime: VVV in `pallet-balances`, a year of 52,560 ten-minute blocks so that a
//! whole year runs in a test.

#![allow(clippy::unwrap_used, clippy::arithmetic_side_effects)]

use crate::{self as pallet_vvv_staking};
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU128, ConstU32, Hooks},
	PalletId,
};
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;
/// Accounts are plain numbers.
pub type AccountId = u64;

/// One VVV in planck.
pub const UNIT: u128 = 1_000_000_000_000_000_000;
/// The existential deposit: 0.001 VVV, as in the runtime.
pub const ED: u128 = UNIT / 1000;
/// Blocks in the mock's year.
pub const YEAR: u32 = 52_560;
/// The mock's cooldown.
pub const COOLDOWN: u64 = 10;
/// The most chunks an account may have in the mock.
pub const MAX_CHUNKS: u32 = 8;
/// Free VVV a stake leaves for fees above the existential deposit: 0.01 VVV.
pub const FEE_RESERVE: u128 = UNIT / 100;
/// Blocks a distribution is paid out over.
pub const DISTRIBUTION_PERIOD: u64 = 10;
/// Test accounts, each with [`ENDOWMENT`] VVV.
pub const ALICE: AccountId = 1;
/// A second account.
pub const BOB: AccountId = 2;
/// A third account.
pub const CHARLIE: AccountId = 3;
/// The treasury.
pub const TREASURY: AccountId = 9_999;
/// The admin origin's account.
pub const ADMIN: AccountId = 10_000;
/// Every endowed account's VVV at genesis.
pub const ENDOWMENT: u128 = 10_000_000 * UNIT;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Staking: pallet_vvv_staking,
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
	type RuntimeHoldReason = RuntimeHoldReason;
}

parameter_types! {
	pub const StakingPalletId: PalletId = PalletId(*b"vvv/stkg");
	pub const Treasury: AccountId = TREASURY;
}

frame_support::ord_parameter_types! {
	pub const Admin: AccountId = ADMIN;
}

impl pallet_vvv_staking::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type PalletId = StakingPalletId;
	type TreasuryAccount = Treasury;
	type Unvested = ();
	type BlocksPerYear = ConstU32<YEAR>;
	type MaxUnlockingChunks = ConstU32<MAX_CHUNKS>;
	type FeeReserve = ConstU128<FEE_RESERVE>;
	type AdminOrigin = frame_system::EnsureSignedBy<Admin, AccountId>;
	type WeightInfo = ();
}

/// Externalities at block 1 with the default emission and treasury share, a [`COOLDOWN`]
/// of 10 blocks, and [`ENDOWMENT`] VVV for accounts 1..=`accounts`.
pub fn new_test_ext_with(accounts: u64) -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: (1..=accounts).map(|who| (who, ENDOWMENT)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_vvv_staking::GenesisConfig::<Test> {
		unbonding_period: COOLDOWN,
		distribution_period: DISTRIBUTION_PERIOD,
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// [`new_test_ext_with`] ten accounts.
pub fn new_test_ext() -> sp_io::TestExternalities {
	new_test_ext_with(10)
}

/// Runs the following blocks' `on_initialize` up to and including block `n`.
pub fn run_to_block(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Staking::on_initialize(next);
	}
}
