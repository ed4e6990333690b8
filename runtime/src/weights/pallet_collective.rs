//! Placeholder until `scripts/benchmark.sh pallet_collective` writes this machine's weights here.

/// The SDK's reference weights.
pub type WeightInfo<T> = pallet_collective::weights::SubstrateWeight<T>;
