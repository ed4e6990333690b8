//! Placeholder until `scripts/benchmark.sh pallet_safe_mode` writes this machine's weights here.

/// The SDK's reference weights.
pub type WeightInfo<T> = pallet_safe_mode::weights::SubstrateWeight<T>;
