//! Placeholder until `scripts/benchmark.sh pallet_multisig` writes this machine's weights here.

/// The SDK's reference weights.
pub type WeightInfo<T> = pallet_multisig::weights::SubstrateWeight<T>;
