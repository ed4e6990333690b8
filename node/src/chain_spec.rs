//! The chains this node knows by name: `dev`, `local` and `production`.

use diem_runtime::{TOKEN_DECIMALS, TOKEN_SYMBOL, WASM_BINARY};
use sc_service::{ChainType, Properties};

/// A chain spec of this runtime; its genesis comes from one of the runtime's presets.
pub type ChainSpec = sc_service::GenericChainSpec;

/// What wallets read to show balances: VVV with 18 decimals, generic SS58 addresses.
fn properties() -> Properties {
	let mut properties = Properties::new();
	properties.insert("tokenSymbol".into(), TOKEN_SYMBOL.into());
	properties.insert("tokenDecimals".into(), TOKEN_DECIMALS.into());
	properties.insert("ss58Format".into(), 42.into());
	properties
}

fn chain_spec(
	name: &str,
	id: &str,
	chain_type: ChainType,
	preset: &str,
) -> Result<ChainSpec, String> {
	let wasm = WASM_BINARY.ok_or("the runtime Wasm was not built (SKIP_WASM_BUILD was set)")?;
	Ok(ChainSpec::builder(wasm, None)
		.with_name(name)
		.with_id(id)
		.with_protocol_id("diem")
		.with_chain_type(chain_type)
		.with_genesis_config_preset_name(preset)
		.with_properties(properties())
		.build())
}

/// One node, Alice sequencing: what `--dev` runs.
pub fn development() -> Result<ChainSpec, String> {
	chain_spec("Development", "dev", ChainType::Development, sp_genesis_builder::DEV_RUNTIME_PRESET)
}

/// Alice and Bob sequencing and voting: what `--chain local` runs.
pub fn local_testnet() -> Result<ChainSpec, String> {
	chain_spec(
		"Local Testnet",
		"local_testnet",
		ChainType::Local,
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET,
	)
}

/// The mainnet parameters' preset (`--chain production`): no sudo key, nobody funded, no
/// sequencer named. A template to launch from: `export-chain-spec --chain production`, then
/// name the sequencers (`aura.authorities`, `grandpa.authorities`) and the allocation.
pub fn production() -> Result<ChainSpec, String> {
	chain_spec(
		"DIEM",
		"diem",
		ChainType::Live,
		diem_runtime::genesis_config_presets::PRODUCTION_RUNTIME_PRESET,
	)
}
