//! Placeholder until `scripts/benchmark.sh pallet_referenda` writes this machine's weights here.

/// The SDK's reference weights.
pub type WeightInfo<T> = pallet_referenda::weights::SubstrateWeight<T>;
