//! A test runtime: DIEM in `pallet-balances` (the pallet takes any `fungible`), a clock the
//! tests set, UTC days.

#![allow(clippy::unwrap_used, clippy::arithmetic_side_effects)]

use crate::{self as pallet_credits, DayIndex, Moment};
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU128, ConstU32, ConstU64, Hooks},
	PalletId,
};
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;
/// Accounts are plain numbers.
pub type AccountId = u64;

/// One DIEM in planck.
pub const DIEM: u128 = 1_000_000_000_000_000_000;
/// The smallest stake that gives credits: 0.1 DIEM.
pub const MIN_STAKE: u128 = DIEM / 10;
/// $1 in micro-USD.
pub const USD: u128 = 1_000_000;
/// A UTC day in seconds.
pub const DAY: u64 = 86_400;
/// A day in milliseconds.
pub const DAY_MS: u64 = DAY * 1_000;
/// The day the tests start on: 2026-11-21.
pub const START_DAY: DayIndex = 20_413;
/// The most chunks an account may have in the mock.
pub const MAX_CHUNKS: u32 = 4;
/// The mock's batch bound.
pub const MAX_BATCH: u32 = 16;
/// The closed days the mock keeps.
pub const HISTORY_DAYS: u32 = 5;
/// Test accounts, each with [`ENDOWMENT`] DIEM.
pub const ALICE: AccountId = 1;
/// A second account.
pub const BOB: AccountId = 2;
/// A third account.
pub const CHARLIE: AccountId = 3;
/// The registered meter.
pub const METER: AccountId = 100;
/// The admin origin's account.
pub const ADMIN: AccountId = 10_000;
/// Every endowed account's DIEM at genesis.
pub const ENDOWMENT: u128 = 1_000 * DIEM;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Credits: pallet_credits,
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
	type ExistentialDeposit = ConstU128<1>;
	type AccountStore = System;
}

parameter_types! {
	pub const CreditsPalletId: PalletId = PalletId(*b"diem/crd");
	/// The mock's clock, in Unix milliseconds.
	pub static Now: Moment = 0;
}

frame_support::ord_parameter_types! {
	pub const Admin: AccountId = ADMIN;
}

/// The clock the tests move.
pub struct MockClock;
impl crate::Clock for MockClock {
	fn now() -> Moment {
		Now::get()
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn set(now: Moment) {
		Now::set(now)
	}
}

impl pallet_credits::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Diem = Balances;
	type Clock = MockClock;
	type PalletId = CreditsPalletId;
	type DiemUnit = ConstU128<DIEM>;
	type MinStakeForCredits = ConstU128<MIN_STAKE>;
	type MaxUnlockingChunks = ConstU32<MAX_CHUNKS>;
	type MaxUsageBatch = ConstU32<MAX_BATCH>;
	type HistoryDays = ConstU32<HISTORY_DAYS>;
	type BlockTime = ConstU64<2_000>;
	type AdminOrigin = frame_system::EnsureSignedBy<Admin, AccountId>;
	type MeterOrigin = frame_system::EnsureSignedBy<Admin, AccountId>;
	type WeightInfo = ();
}

/// The Unix time (ms) of `day` plus `seconds`.
pub fn at(day: DayIndex, seconds: u64) -> Moment {
	u64::from(day) * DAY_MS + seconds * 1_000
}

/// Externalities at block 1, noon of [`START_DAY`], with [`ENDOWMENT`] DIEM for accounts
/// 1..=`accounts`, [`METER`] registered, a day's cooldown.
pub fn new_test_ext_with(accounts: u64) -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: (1..=accounts).map(|who| (who, ENDOWMENT)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_credits::GenesisConfig::<Test> { meters: vec![METER], ..Default::default() }
		.assimilate_storage(&mut storage)
		.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		Now::set(at(START_DAY, 12 * 3_600));
		System::set_block_number(1);
	});
	ext
}

/// [`new_test_ext_with`] ten accounts.
pub fn new_test_ext() -> sp_io::TestExternalities {
	new_test_ext_with(10)
}

/// Starts the next block at Unix time `now` (ms): its `on_initialize` sees the previous block's
/// time, as in a real chain, then the clock moves.
pub fn next_block_at(now: Moment) {
	let next = System::block_number() + 1;
	System::set_block_number(next);
	Credits::on_initialize(next);
	Now::set(now);
}
