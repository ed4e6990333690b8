//! Weights for `pallet_sequencers`: placeholder until `scripts/benchmark.sh pallet_sequencers`
//! writes the measured ones.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(missing_docs)]

use frame_support::weights::Weight;

/// Weight functions needed for `pallet_sequencers`.
pub trait WeightInfo {
	fn add_sequencer() -> Weight;
	fn remove_sequencer() -> Weight;
	fn purge_keys() -> Weight;
}

/// The runtime's weights, until measured: those of the unit implementation.
pub struct SubstrateWeight<T>(core::marker::PhantomData<T>);
impl<T> WeightInfo for SubstrateWeight<T> {
	fn add_sequencer() -> Weight {
		<() as WeightInfo>::add_sequencer()
	}
	fn remove_sequencer() -> Weight {
		<() as WeightInfo>::remove_sequencer()
	}
	fn purge_keys() -> Weight {
		<() as WeightInfo>::purge_keys()
	}
}

impl WeightInfo for () {
	fn add_sequencer() -> Weight {
		Weight::from_parts(20_000_000, 3_000)
	}
	fn remove_sequencer() -> Weight {
		Weight::from_parts(20_000_000, 3_000)
	}
	fn purge_keys() -> Weight {
		Weight::from_parts(60_000_000, 6_000)
	}
}
