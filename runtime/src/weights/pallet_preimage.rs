//! Placeholder until `scripts/benchmark.sh pallet_preimage` writes this machine's weights here.

/// The SDK's reference weights.
pub type WeightInfo<T> = pallet_preimage::weights::SubstrateWeight<T>;
