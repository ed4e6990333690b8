//! The chains this node knows by name: `dev`, `local` and `production`; and a live network's
//! chain spec from its launch allocation file (`docs/launch.md`).

use std::path::Path;

use diem_runtime::{
	genesis_config_presets::{get_preset, PRODUCTION_RUNTIME_PRESET},
	TOKEN_DECIMALS, TOKEN_SYMBOL, WASM_BINARY,
};
use sc_service::{ChainType, Properties};

use crate::allocation;

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
/// sequencer named. A network launches from it with an allocation file: see
/// [`from_allocation`] and `docs/launch.md`.
pub fn production() -> Result<ChainSpec, String> {
	chain_spec("DIEM", "diem", ChainType::Live, PRODUCTION_RUNTIME_PRESET)
}

/// A live network's chain spec from its launch allocation file (`docs/launch.md`): the
/// runtime's `production` preset with the file's accounts, vesting schedules, stakes,
/// sequencers, operator and `parameters` merged in ([`allocation::Validated::genesis_patch`]).
///
/// The file is checked first, every error naming the file and the entry at fault. The runtime
/// checks `parameters` when it builds the genesis: when the spec is written raw, or when a node
/// first starts from it.
///
/// `code` is the runtime the network launches with: this node's own by default, or another
/// build of it (the one a release published, or an earlier one for an upgrade rehearsal),
/// whose genesis build then makes the state.
pub fn from_allocation(path: &Path, code: Option<&[u8]>) -> Result<ChainSpec, String> {
	let in_file = |error: String| format!("{}: {error}", path.display());
	let json = std::fs::read_to_string(path)
		.map_err(|error| in_file(format!("cannot read it: {error}")))?;
	let validated = allocation::parse(&json)
		.and_then(|allocation| allocation.validate())
		.map_err(|error| in_file(error.to_string()))?;
	// The preset the wasm runtime serves, from the same code natively: no executor needed.
	let preset = get_preset(&PRODUCTION_RUNTIME_PRESET.to_owned())
		.ok_or("the runtime has no production preset")?;
	let preset: serde_json::Value = serde_json::from_slice(&preset)
		.map_err(|error| format!("the runtime's production preset is not JSON: {error}"))?;
	validated.check_preset(&preset).map_err(|error| in_file(error.to_string()))?;
	let wasm = match code {
		Some(code) => code,
		None => WASM_BINARY.ok_or("the runtime Wasm was not built (SKIP_WASM_BUILD was set)")?,
	};
	Ok(ChainSpec::builder(wasm, None)
		.with_name(&validated.name)
		.with_id(&validated.id)
		.with_protocol_id(&validated.protocol_id)
		.with_boot_nodes(validated.boot_nodes.clone())
		.with_chain_type(ChainType::Live)
		.with_genesis_config_patch(validated.genesis_patch(preset))
		.with_properties(properties())
		.build())
}
