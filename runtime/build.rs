fn main() {
	// The runtime carries its metadata hash (RFC-78), so that `CheckMetadataHash` can be
	// `Enabled` and a signer that proves what metadata it decoded with (a hardware wallet, a
	// light client) is accepted. The symbol and decimals are the native token's
	// (`configs::TOKEN_SYMBOL`, `configs::TOKEN_DECIMALS`): a build script cannot read them.
	#[cfg(all(feature = "std", feature = "metadata-hash"))]
	substrate_wasm_builder::WasmBuilder::init_with_defaults()
		.enable_metadata_hash("VVV", 18)
		.build();

	#[cfg(all(feature = "std", not(feature = "metadata-hash")))]
	substrate_wasm_builder::WasmBuilder::build_using_defaults();
}
