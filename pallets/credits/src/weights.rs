#![cfg_attr(rustfmt, rustfmt_skip)]
//! Weights for `pallet_credits`: placeholder until `scripts/benchmark.sh pallet_credits`
//! generates this file on this machine.

#![allow(missing_docs)]

use core::marker::PhantomData;
use frame_support::weights::Weight;

/// The weight of each call of `pallet_credits`.
pub trait WeightInfo {
	fn stake_diem() -> Weight;
	fn unstake_diem(c: u32, ) -> Weight;
	fn withdraw_diem(c: u32, ) -> Weight;
	fn cancel_unstake_diem(c: u32, ) -> Weight;
	fn record_usage(n: u32, ) -> Weight;
	fn add_meter() -> Weight;
	fn remove_meter() -> Weight;
	fn set_cooldown_days() -> Weight;
	fn on_initialize() -> Weight;
}

/// The measured weights, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn stake_diem() -> Weight { Weight::zero() }
	fn unstake_diem(_c: u32, ) -> Weight { Weight::zero() }
	fn withdraw_diem(_c: u32, ) -> Weight { Weight::zero() }
	fn cancel_unstake_diem(_c: u32, ) -> Weight { Weight::zero() }
	fn record_usage(_n: u32, ) -> Weight { Weight::zero() }
	fn add_meter() -> Weight { Weight::zero() }
	fn remove_meter() -> Weight { Weight::zero() }
	fn set_cooldown_days() -> Weight { Weight::zero() }
	fn on_initialize() -> Weight { Weight::zero() }
}

impl WeightInfo for () {
	fn stake_diem() -> Weight { Weight::zero() }
	fn unstake_diem(_c: u32, ) -> Weight { Weight::zero() }
	fn withdraw_diem(_c: u32, ) -> Weight { Weight::zero() }
	fn cancel_unstake_diem(_c: u32, ) -> Weight { Weight::zero() }
	fn record_usage(_n: u32, ) -> Weight { Weight::zero() }
	fn add_meter() -> Weight { Weight::zero() }
	fn remove_meter() -> Weight { Weight::zero() }
	fn set_cooldown_days() -> Weight { Weight::zero() }
	fn on_initialize() -> Weight { Weight::zero() }
}
