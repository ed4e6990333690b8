// BOOTSTRAP ONLY (not committed): replaced by `scripts/benchmark.sh` output.
#![allow(missing_docs)]
use frame_support::weights::Weight;
pub trait WeightInfo {
	fn mint(s: u32) -> Weight;
	fn mint_for_vvv(s: u32) -> Weight;
	fn repay() -> Weight;
	fn set_curve() -> Weight;
	fn set_minting_open() -> Weight;
}
impl WeightInfo for () {
	fn mint(_: u32) -> Weight {
		Weight::zero()
	}
	fn mint_for_vvv(_: u32) -> Weight {
		Weight::zero()
	}
	fn repay() -> Weight {
		Weight::zero()
	}
	fn set_curve() -> Weight {
		Weight::zero()
	}
	fn set_minting_open() -> Weight {
		Weight::zero()
	}
}
pub struct SubstrateWeight<T>(core::marker::PhantomData<T>);
impl<T> WeightInfo for SubstrateWeight<T> {
	fn mint(_: u32) -> Weight {
		Weight::zero()
	}
	fn mint_for_vvv(_: u32) -> Weight {
		Weight::zero()
	}
	fn repay() -> Weight {
		Weight::zero()
	}
	fn set_curve() -> Weight {
		Weight::zero()
	}
	fn set_minting_open() -> Weight {
		Weight::zero()
	}
}
