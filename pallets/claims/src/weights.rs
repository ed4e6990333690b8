//! Weights for `pallet_claims`: replaced by `scripts/benchmark.sh pallet_claims`.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(missing_docs)]

use frame_support::weights::Weight;
use core::marker::PhantomData;

/// The weight of each call of `pallet_claims`.
pub trait WeightInfo {
	fn claim() -> Weight;
	fn add_claim() -> Weight;
	fn remove_claim() -> Weight;
	fn set_statement() -> Weight;
}

/// The measured weights, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn claim() -> Weight { Weight::from_parts(500_000_000, 20_000) }
	fn add_claim() -> Weight { Weight::from_parts(100_000_000, 10_000) }
	fn remove_claim() -> Weight { Weight::from_parts(100_000_000, 10_000) }
	fn set_statement() -> Weight { Weight::from_parts(100_000_000, 10_000) }
}

impl WeightInfo for () {
	fn claim() -> Weight { Weight::zero() }
	fn add_claim() -> Weight { Weight::zero() }
	fn remove_claim() -> Weight { Weight::zero() }
	fn set_statement() -> Weight { Weight::zero() }
}
