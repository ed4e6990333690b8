//! Placeholder until `scripts/benchmark.sh` generates this file.

#![allow(missing_docs)]

use frame_support::weights::Weight;

/// The weight of each call of `pallet_buyburn`.
pub trait WeightInfo {
	fn deposit_revenue() -> Weight;
	fn set_parameters() -> Weight;
	fn force_epoch() -> Weight;
	fn on_idle_worst() -> Weight;
	fn on_idle_nothing_due() -> Weight;
}

impl WeightInfo for () {
	fn deposit_revenue() -> Weight {
		Weight::from_parts(1, 0)
	}
	fn set_parameters() -> Weight {
		Weight::from_parts(1, 0)
	}
	fn force_epoch() -> Weight {
		Weight::from_parts(1, 0)
	}
	fn on_idle_worst() -> Weight {
		Weight::from_parts(1_000, 0)
	}
	fn on_idle_nothing_due() -> Weight {
		Weight::from_parts(1, 0)
	}
}

/// Placeholder.
pub struct SubstrateWeight<T>(core::marker::PhantomData<T>);
impl<T> WeightInfo for SubstrateWeight<T> {
	fn deposit_revenue() -> Weight {
		Weight::from_parts(1, 0)
	}
	fn set_parameters() -> Weight {
		Weight::from_parts(1, 0)
	}
	fn force_epoch() -> Weight {
		Weight::from_parts(1, 0)
	}
	fn on_idle_worst() -> Weight {
		Weight::from_parts(1_000, 0)
	}
	fn on_idle_nothing_due() -> Weight {
		Weight::from_parts(1, 0)
	}
}
