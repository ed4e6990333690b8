//! The provider's configuration (a TOML file) and the per-model prices.

use crate::MicroUsd;
use serde::Deserialize;
use std::{net::SocketAddr, path::PathBuf};

/// What `diem-gateway serve --config <file>` reads. Example: `gateway/gateway.example.toml`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
	/// The address the API listens on, e.g. `127.0.0.1:8080`.
	pub listen: SocketAddr,
	/// The chain node's WebSocket RPC, e.g. `ws://127.0.0.1:9944`.
	pub chain: String,
	/// The meter account's secret URI (a registered meter of `pallet-credits`), e.g. a
	/// mnemonic or `//Ferdie` on a dev chain. `DIEM_GATEWAY_METER_SURI` in the environment
	/// overrides it, so the secret need not be in the file.
	#[serde(default)]
	pub meter_suri: Option<String>,
	/// The directory of the durable store (keys, the usage journal, the batches).
	pub store: PathBuf,
	/// The model server: an OpenAI-compatible base URL (`http://127.0.0.1:8081`, requests go
	/// to `<url>/v1/...`) or `dev` for the built-in deterministic dev upstream.
	pub upstream: String,
	/// A bearer token for the upstream, if it wants one.
	#[serde(default)]
	pub upstream_api_key: Option<String>,
	/// Serve requests beyond an account's credits (reported to the chain as uncovered usage, to
	/// be billed in USD elsewhere) instead of answering 402.
	#[serde(default)]
	pub usd_billing: bool,
	/// Longest a usage batch waits before it is cut, in milliseconds (a batch is also cut when
	/// full); default 2,000 (a block).
	#[serde(default = "default_batch_interval_ms")]
	pub batch_interval_ms: u64,
	/// Days a new API key stays valid unless its request asks for fewer; default 90.
	#[serde(default = "default_key_days")]
	pub key_max_days: u64,
	/// The models served and their prices.
	pub models: Vec<Model>,
}

fn default_batch_interval_ms() -> u64 {
	2_000
}

fn default_key_days() -> u64 {
	90
}

/// A model the gateway serves.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Model {
	/// Its id in the API (`model` of a request).
	pub id: String,
	/// Its name at the upstream, if another.
	#[serde(default)]
	pub upstream_model: Option<String>,
	/// The price of a million input (prompt) tokens, in micro-USD.
	pub input_micro_usd_per_mtok: u64,
	/// The price of a million output (completion) tokens, in micro-USD.
	pub output_micro_usd_per_mtok: u64,
}

/// Tokens in a million: prices are per million tokens.
const TOKENS_PER_PRICE_UNIT: u128 = 1_000_000;

impl Model {
	/// What serving `input` and `output` tokens costs, in micro-USD, rounded **up**: a request
	/// of a few tokens still costs at least a micro-dollar, so splitting a prompt into many
	/// tiny requests cannot make it free.
	pub fn cost(&self, input: u64, output: u64) -> MicroUsd {
		let input = u128::from(input).saturating_mul(u128::from(self.input_micro_usd_per_mtok));
		let output = u128::from(output).saturating_mul(u128::from(self.output_micro_usd_per_mtok));
		input.saturating_add(output).div_ceil(TOKENS_PER_PRICE_UNIT)
	}

	/// The model's name at the upstream.
	pub fn upstream_name(&self) -> &str {
		self.upstream_model.as_deref().unwrap_or(&self.id)
	}
}

impl Config {
	/// Reads and checks a configuration file.
	pub fn load(path: &std::path::Path) -> Result<Self, String> {
		let text = std::fs::read_to_string(path)
			.map_err(|error| format!("cannot read {}: {error}", path.display()))?;
		Self::parse(&text).map_err(|error| format!("{}: {error}", path.display()))
	}

	/// Parses and checks a configuration.
	pub fn parse(text: &str) -> Result<Self, String> {
		let mut config: Config = toml::from_str(text).map_err(|error| error.to_string())?;
		if let Ok(suri) = std::env::var("DIEM_GATEWAY_METER_SURI") {
			config.meter_suri = Some(suri);
		}
		if config.models.is_empty() {
			return Err("no models: add at least one [[models]]".into());
		}
		let mut ids: Vec<&str> = config.models.iter().map(|model| model.id.as_str()).collect();
		ids.sort_unstable();
		if ids.windows(2).any(|pair| pair.first() == pair.get(1)) {
			return Err("a model id is listed twice".into());
		}
		if config.batch_interval_ms < 100 {
			return Err("batch_interval_ms must be at least 100".into());
		}
		if config.key_max_days == 0 {
			return Err("key_max_days must be at least 1".into());
		}
		if config.meter_suri.is_none() {
			return Err("no meter account: set meter_suri or DIEM_GATEWAY_METER_SURI".into());
		}
		Ok(config)
	}

	/// The model `id`, if served.
	pub fn model(&self, id: &str) -> Option<&Model> {
		self.models.iter().find(|model| model.id == id)
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn model(input: u64, output: u64) -> Model {
		Model {
			id: "m".into(),
			upstream_model: None,
			input_micro_usd_per_mtok: input,
			output_micro_usd_per_mtok: output,
		}
	}

	#[test]
	fn a_cost_is_priced_per_million_tokens_and_rounded_up() {
		// $0.50 per million in, $1.50 per million out.
		let m = model(500_000, 1_500_000);
		assert_eq!(m.cost(1_000_000, 0), 500_000);
		assert_eq!(m.cost(1_000, 2_000), 500 + 3_000);
		// 1 token in: 0.5 micro-USD, rounded up to 1.
		assert_eq!(m.cost(1, 0), 1);
		assert_eq!(m.cost(0, 0), 0);
		// No overflow at the extremes: each side fits in u128, their sum saturates.
		assert_eq!(
			model(u64::MAX, u64::MAX).cost(u64::MAX, u64::MAX),
			u128::MAX.div_ceil(1_000_000)
		);
	}

	#[test]
	fn a_configuration_names_its_mistakes() {
		let good = r#"
			listen = "127.0.0.1:8080"
			chain = "ws://127.0.0.1:9944"
			meter_suri = "//Ferdie"
			store = "/tmp/x"
			upstream = "dev"
			[[models]]
			id = "dev-echo"
			input_micro_usd_per_mtok = 1
			output_micro_usd_per_mtok = 2
		"#;
		let config = Config::parse(good).expect("a good configuration");
		assert_eq!(config.batch_interval_ms, 2_000);
		assert!(!config.usd_billing);
		assert!(config.model("dev-echo").is_some() && config.model("gpt").is_none());
		let twice = format!("{good}\n[[models]]\nid = \"dev-echo\"\ninput_micro_usd_per_mtok = 1\noutput_micro_usd_per_mtok = 2\n");
		assert!(Config::parse(&twice).expect_err("a model listed twice").contains("twice"));
		assert!(Config::parse(&good.replace("upstream", "upstreem")).is_err());
		let spinning = good.replace("[[models]]", "batch_interval_ms = 0\n[[models]]");
		assert!(Config::parse(&spinning)
			.expect_err("a zero interval")
			.contains("batch_interval_ms"));
	}
}
