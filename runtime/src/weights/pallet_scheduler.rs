//! Placeholder until `scripts/benchmark.sh pallet_scheduler` writes this machine's weights here.

/// The SDK's reference weights.
pub type WeightInfo<T> = pallet_scheduler::weights::SubstrateWeight<T>;
