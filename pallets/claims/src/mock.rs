//! A test runtime: accounts are numbers, VVV is `pallet-balances`, vesting is
//! `pallet-vesting` with room for two schedules, and the claims' keys are real secp256k1 keys.

#![allow(clippy::unwrap_used, clippy::arithmetic_side_effects, clippy::indexing_slicing)]

use crate::{self as pallet_claims, message, EcdsaSignature, EthereumAddress, VestingTerms};
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, ConstU64, WithdrawReasons},
	PalletId,
};
use frame_system::EnsureRoot;
use sp_core::{ecdsa, Pair};
use sp_runtime::{traits::ConvertInto, BuildStorage};

type Block = frame_system::mocking::MockBlock<Test>;
/// Accounts are plain numbers.
pub type AccountId = u64;
/// VVV, in planck.
pub type Balance = u64;

/// The existential deposit.
pub const ED: Balance = 10;
/// The most vesting schedules an account may have.
pub const MAX_SCHEDULES: u32 = 2;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Vesting: pallet_vesting,
		Claims: pallet_claims,
	}
);

thread_local! {
	/// Whether the call filter refuses every claim, as safe mode does.
	pub static PAUSED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Every call but the claims' while [`PAUSED`].
pub struct PausableClaims;
impl frame_support::traits::Contains<RuntimeCall> for PausableClaims {
	fn contains(call: &RuntimeCall) -> bool {
		!(matches!(call, RuntimeCall::Claims(_)) && PAUSED.with(|paused| paused.get()))
	}
}

/// Where removed claims' VVV goes.
pub const TREASURY: AccountId = 99;

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type BaseCallFilter = PausableClaims;
	type Block = Block;
	type AccountId = AccountId;
	type Lookup = sp_runtime::traits::IdentityLookup<AccountId>;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type ExistentialDeposit = ConstU64<ED>;
	type AccountStore = System;
}

parameter_types! {
	pub UnvestedFundsAllowedWithdrawReasons: WithdrawReasons =
		WithdrawReasons::except(WithdrawReasons::TRANSFER | WithdrawReasons::RESERVE);
	pub const ClaimsPalletId: PalletId = PalletId(*b"dm/claim");
}

impl pallet_vesting::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type BlockNumberToBalance = ConvertInto;
	type MinVestedTransfer = ConstU64<ED>;
	type WeightInfo = ();
	type UnvestedFundsAllowedWithdrawReasons = UnvestedFundsAllowedWithdrawReasons;
	type BlockNumberProvider = System;
	const MAX_VESTING_SCHEDULES: u32 = MAX_SCHEDULES;
}

impl pallet_claims::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type VestingSchedules = pallet_claims::VestingScheduleOf<Vesting>;
	type AdminOrigin = EnsureRoot<AccountId>;
	type PalletId = ClaimsPalletId;
	type MaxStatementLength = ConstU32<64>;
	type ClaimLongevity = ConstU64<64>;
	type ClaimPriority = ConstU64<100>;
	type RemovedClaimsTo = frame_support::traits::ConstU64<TREASURY>;
	type WeightInfo = ();
}

/// A holder's Ethereum key, from a one-byte seed.
pub fn key(seed: u8) -> ecdsa::Pair {
	ecdsa::Pair::from_seed(&[seed; 32])
}

/// The Ethereum address of `key`.
pub fn address(key: &ecdsa::Pair) -> EthereumAddress {
	let digest = [7u8; 32];
	let signature = key.sign_prehashed(&digest);
	let public = sp_io::crypto::secp256k1_ecdsa_recover(&signature.0, &digest).ok().unwrap();
	message::address_of(&public)
}

/// `key`'s `personal_sign` of `message`, with `v` 27 or 28 as wallets give it.
pub fn personal_sign(key: &ecdsa::Pair, message: &[u8]) -> EcdsaSignature {
	let mut signature = key.sign_prehashed(&message::personal_sign_digest(message)).0;
	signature[64] += 27;
	EcdsaSignature(signature)
}

/// `key`'s signature of its claim to `dest` on this chain.
pub fn sign_claim(key: &ecdsa::Pair, dest: AccountId) -> EcdsaSignature {
	personal_sign(key, &Claims::claim_message(&dest))
}

/// The genesis claims: key 1 is owed 1,000 VVV, key 2 owes 500 of which 400 vest over 100
/// blocks from block 10; accounts 1 and 2 hold 100 VVV each.
pub fn genesis_claims() -> Vec<crate::GenesisClaimOf<Test>> {
	vec![
		(address(&key(1)), 1_000, None),
		(address(&key(2)), 500, Some(VestingTerms { locked: 400, start: 10, length: 100 })),
	]
}

/// A chain with [`genesis_claims`] and no statement, at block 1.
pub fn new_test_ext() -> sp_io::TestExternalities {
	ext_with(genesis_claims(), None)
}

/// A chain with these claims and statement, at block 1.
pub fn ext_with(
	claims: Vec<crate::GenesisClaimOf<Test>>,
	statement: Option<Vec<u8>>,
) -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![(1, 100), (2, 100)],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_claims::GenesisConfig::<Test> { claims, statement }
		.assimilate_storage(&mut storage)
		.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.register_extension(sp_keystore::KeystoreExt::new(
		sp_keystore::testing::MemoryKeystore::new(),
	));
	ext.execute_with(|| System::set_block_number(1));
	ext
}
