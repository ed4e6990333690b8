//! Placeholder until `scripts/benchmark.sh` generates this file.

#![allow(missing_docs)]

use frame_support::weights::Weight;

/// The weight of each call of `pallet_vvv_staking`.
pub trait WeightInfo {
	fn stake() -> Weight;
	fn unstake(c: u32) -> Weight;
	fn withdraw_unstaked(c: u32) -> Weight;
	fn cancel_unstake(c: u32) -> Weight;
	fn claim_rewards() -> Weight;
	fn compound() -> Weight;
	fn distribute_rewards() -> Weight;
	fn set_annual_emission() -> Weight;
	fn set_unbonding_period() -> Weight;
	fn set_locked_yield_to_treasury() -> Weight;
	fn on_initialize() -> Weight;
}

impl WeightInfo for () {
	fn stake() -> Weight {
		Weight::zero()
	}
	fn unstake(_: u32) -> Weight {
		Weight::zero()
	}
	fn withdraw_unstaked(_: u32) -> Weight {
		Weight::zero()
	}
	fn cancel_unstake(_: u32) -> Weight {
		Weight::zero()
	}
	fn claim_rewards() -> Weight {
		Weight::zero()
	}
	fn compound() -> Weight {
		Weight::zero()
	}
	fn distribute_rewards() -> Weight {
		Weight::zero()
	}
	fn set_annual_emission() -> Weight {
		Weight::zero()
	}
	fn set_unbonding_period() -> Weight {
		Weight::zero()
	}
	fn set_locked_yield_to_treasury() -> Weight {
		Weight::zero()
	}
	fn on_initialize() -> Weight {
		Weight::zero()
	}
}

/// Placeholder.
pub struct SubstrateWeight<T>(core::marker::PhantomData<T>);
impl<T> WeightInfo for SubstrateWeight<T> {
	fn stake() -> Weight { Weight::zero() }
	fn unstake(_: u32) -> Weight { Weight::zero() }
	fn withdraw_unstaked(_: u32) -> Weight { Weight::zero() }
	fn cancel_unstake(_: u32) -> Weight { Weight::zero() }
	fn claim_rewards() -> Weight { Weight::zero() }
	fn compound() -> Weight { Weight::zero() }
	fn distribute_rewards() -> Weight { Weight::zero() }
	fn set_annual_emission() -> Weight { Weight::zero() }
	fn set_unbonding_period() -> Weight { Weight::zero() }
	fn set_locked_yield_to_treasury() -> Weight { Weight::zero() }
	fn on_initialize() -> Weight { Weight::zero() }
}
