//! The wrappers every Substrate user expects: batches (`pallet-utility`), proxies
//! (`pallet-proxy`) and multisig accounts (`pallet-multisig`). The DIEM guard
//! ([`crate::call_filter`]) looks inside each of them.

use crate::{
	configs::{MILLI_UNIT, UNIT},
	Balance, Balances, OriginCaller, Runtime, RuntimeCall, RuntimeEvent, System,
};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::traits::{ConstU32, InstanceFilter};
use scale_info::TypeInfo;

impl pallet_utility::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type PalletsOrigin = OriginCaller;
	type WeightInfo = crate::weights::pallet_utility::WeightInfo<Runtime>;
}

/// A deposit for `items` storage items of `bytes` bytes: 0.1 VVV an item, 0.001 VVV a byte,
/// so that proxies, announcements and multisig operations pay for the state they keep.
pub const fn deposit(items: u32, bytes: u32) -> Balance {
	(items as Balance) * (UNIT / 10) + (bytes as Balance) * MILLI_UNIT
}

/// What a proxy may do for the account that added it.
#[derive(
	Copy,
	Clone,
	Eq,
	PartialEq,
	Ord,
	PartialOrd,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	MaxEncodedLen,
	TypeInfo,
	Default,
)]
pub enum ProxyType {
	/// Anything the account may do.
	#[default]
	Any,
	/// Staking only: stake, unstake, withdraw, claim; DIEM's mint and repay; credits' stake.
	/// Never a transfer.
	Staking,
	/// Governance only: referenda, votes and delegations, preimages.
	Governance,
}

impl InstanceFilter<RuntimeCall> for ProxyType {
	fn filter(&self, call: &RuntimeCall) -> bool {
		match self {
			ProxyType::Any => true,
			ProxyType::Staking => matches!(
				call,
				RuntimeCall::Staking(..)
					| RuntimeCall::Diem(..)
					| RuntimeCall::Credits(..)
					| RuntimeCall::Utility(..)
			),
			ProxyType::Governance => matches!(
				call,
				RuntimeCall::Referenda(..)
					| RuntimeCall::ConvictionVoting(..)
					| RuntimeCall::Preimage(..)
					| RuntimeCall::Utility(..)
			),
		}
	}

	fn is_superset(&self, other: &Self) -> bool {
		match (self, other) {
			(x, y) if x == y => true,
			(ProxyType::Any, _) => true,
			_ => false,
		}
	}
}

impl pallet_proxy::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type Currency = Balances;
	type ProxyType = ProxyType;
	// A proxy record: 8 bytes of key and one item, then an account and a type (33 bytes) each.
	type ProxyDepositBase = frame_support::traits::ConstU128<{ deposit(1, 8) }>;
	type ProxyDepositFactor = frame_support::traits::ConstU128<{ deposit(0, 33) }>;
	type MaxProxies = ConstU32<32>;
	type WeightInfo = crate::weights::pallet_proxy::WeightInfo<Runtime>;
	type MaxPending = ConstU32<32>;
	type CallHasher = sp_runtime::traits::BlakeTwo256;
	type AnnouncementDepositBase = frame_support::traits::ConstU128<{ deposit(1, 8) }>;
	// An announcement: an account, a hash and a block number (68 bytes).
	type AnnouncementDepositFactor = frame_support::traits::ConstU128<{ deposit(0, 68) }>;
	type BlockNumberProvider = System;
}

impl pallet_multisig::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type Currency = Balances;
	// An operation: one item of 88 bytes, then 32 bytes for each signatory.
	type DepositBase = frame_support::traits::ConstU128<{ deposit(1, 88) }>;
	type DepositFactor = frame_support::traits::ConstU128<{ deposit(0, 32) }>;
	type MaxSignatories = ConstU32<100>;
	type WeightInfo = crate::weights::pallet_multisig::WeightInfo<Runtime>;
	type BlockNumberProvider = System;
}
