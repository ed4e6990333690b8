//! Placeholder until `scripts/benchmark.sh pallet_treasury` writes this machine's weights here.

/// The SDK's reference weights.
pub type WeightInfo<T> = pallet_treasury::weights::SubstrateWeight<T>;
