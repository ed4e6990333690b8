//! A test runtime: VVV and DIEM are two `pallet-balances` instances, collateral a hold on VVV.

#![allow(clippy::unwrap_used)]

use crate::{self as pallet_diem, curve::ExponentialCurve, HoldCollateral};
use frame_support::{derive_impl, parameter_types, traits::ConstU128};
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;
/// Accounts are plain numbers.
pub type AccountId = u64;

/// One VVV or DIEM in planck.
pub const UNIT: u128 = crate::curve::UNIT;
/// The rate may reach 10⁹ × B, as in the runtime.
pub const MAX_RATE_EXPONENT: sp_arithmetic::FixedU128 = crate::curve::LN_1E9;
/// Dev accounts, each with [`ENDOWMENT`] VVV.
pub const ALICE: AccountId = 1;
/// A second account.
pub const BOB: AccountId = 2;
/// The admin origin's account.
pub const ADMIN: AccountId = 100;
/// The operator, who may move the target supply within its bounds.
pub const OPERATOR: AccountId = 101;
/// Every test account's VVV at genesis.
pub const ENDOWMENT: u128 = 10_000_000 * UNIT;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		DiemBalances: pallet_balances::<Instance2>,
		Diem: pallet_diem,
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
	type ExistentialDeposit = ConstU128<1_000_000_000_000_000>;
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config<pallet_balances::Instance2> for Test {
	type Balance = u128;
	type ExistentialDeposit = ConstU128<1>;
	type AccountStore = StoredDiem;
	type RuntimeHoldReason = RuntimeHoldReason;
}

/// DIEM balances live in their own map, not in `frame_system`'s account data.
pub type StoredDiem = frame_support::traits::StorageMapShim<
	pallet_balances::Account<Test, pallet_balances::Instance2>,
	AccountId,
	pallet_balances::AccountData<u128>,
>;

parameter_types! {
	pub const MaxRateExponent: sp_arithmetic::FixedU128 = MAX_RATE_EXPONENT;
	pub const CollateralReason: RuntimeHoldReason =
		RuntimeHoldReason::Diem(pallet_diem::HoldReason::Collateral);
}

impl pallet_diem::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Diem = DiemBalances;
	type Collateral = HoldCollateral<Balances, CollateralReason>;
	type Curve = ExponentialCurve<MaxRateExponent>;
	type MaxRateExponent = MaxRateExponent;
	type AdminOrigin = frame_system::EnsureSignedBy<Admin, AccountId>;
	type OperatorOrigin = frame_system::EnsureSignedBy<Operator, AccountId>;
	type OperatorTargetStep = OperatorTargetStep;
	type OperatorTargetPeriod = frame_support::traits::ConstU64<OPERATOR_PERIOD>;
	type WeightInfo = ();
}

/// Blocks between two of the operator's steps in the mock.
pub const OPERATOR_PERIOD: u64 = 100;

parameter_types! {
	pub const OperatorTargetStep: sp_runtime::Perbill = sp_runtime::Perbill::from_percent(10);
}

frame_support::ord_parameter_types! {
	pub const Admin: AccountId = ADMIN;
	pub const Operator: AccountId = OPERATOR;
}

/// Externalities with the launch curve, minting open, and [`ENDOWMENT`] VVV for accounts 1..=10.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: (1..=10).map(|who| (who, ENDOWMENT)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_diem::GenesisConfig::<Test> { minting_open: true, ..Default::default() }
		.assimilate_storage(&mut storage)
		.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}
