//! Placeholder until `scripts/benchmark.sh pallet_utility` writes this machine's weights here.

/// The SDK's reference weights.
pub type WeightInfo<T> = pallet_utility::weights::SubstrateWeight<T>;
