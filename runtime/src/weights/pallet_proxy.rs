//! Placeholder until `scripts/benchmark.sh pallet_proxy` writes this machine's weights here.

/// The SDK's reference weights.
pub type WeightInfo<T> = pallet_proxy::weights::SubstrateWeight<T>;
