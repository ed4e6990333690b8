//! Placeholder until `scripts/benchmark.sh pallet_conviction_voting` writes this machine's weights here.

/// The SDK's reference weights.
pub type WeightInfo<T> = pallet_conviction_voting::weights::SubstrateWeight<T>;
