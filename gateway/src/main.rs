//! `diem-gateway`: serve the API, manage keys, run the stub upstream or the benchmark.

use clap::{Parser, Subcommand};
use diem_gateway::{
	chain::Chain,
	cli,
	config::Config,
	credits::Credits,
	journal::Journal,
	keys::Challenges,
	meter::Meter,
	server::{handle, Gateway},
	store::Store,
	time::Clock,
	upstream::Upstream,
};
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use std::{path::PathBuf, sync::Arc, time::Duration};

#[derive(Parser)]
#[command(
	name = "diem-gateway",
	about = "An OpenAI-compatible gateway metering DIEM credits on chain"
)]
struct Args {
	#[command(subcommand)]
	command: Command,
}

#[derive(Subcommand)]
enum Command {
	/// Serve the API (see gateway/gateway.example.toml).
	Serve {
		/// The configuration file.
		#[arg(long)]
		config: PathBuf,
	},
	/// API keys of an account, proven by its signature.
	Key {
		#[command(subcommand)]
		action: KeyAction,
	},
	/// An OpenAI-compatible stub model server (the dev upstream over HTTP).
	StubUpstream {
		/// Where it listens.
		#[arg(long, default_value = "127.0.0.1:8081")]
		listen: std::net::SocketAddr,
	},
	/// Load: non-streamed chat completions, printing requests/s and latency (JSON).
	Bench {
		/// The gateway's (or an upstream's) base URL.
		#[arg(long)]
		url: String,
		/// The API key (none for an upstream).
		#[arg(long)]
		key: Option<String>,
		/// Instead of `--key`: get keys for this many accounts (`//bench/<i>`) and send from
		/// them in turn.
		#[arg(long, default_value_t = 0)]
		accounts: u64,
		/// The model.
		#[arg(long, default_value = "dev-echo")]
		model: String,
		/// Requests in all.
		#[arg(long, default_value_t = 20_000)]
		requests: u64,
		/// Requests at once.
		#[arg(long, default_value_t = 32)]
		concurrency: u64,
		/// Requests a second, steady (0: as fast as they are answered).
		#[arg(long, default_value_t = 0.0)]
		rate: f64,
	},
}

#[derive(Subcommand)]
enum KeyAction {
	/// A new key (printed once, with its id).
	New {
		/// The gateway's base URL.
		#[arg(long, default_value = "http://127.0.0.1:8080")]
		gateway: String,
		/// The account's secret URI (e.g. `//Alice` on a dev chain).
		#[arg(long)]
		suri: String,
		/// A label.
		#[arg(long, default_value = "")]
		name: String,
		/// The key's own daily limit, in dollars.
		#[arg(long)]
		daily_limit_usd: Option<f64>,
		/// Days it stays valid.
		#[arg(long)]
		days: Option<u64>,
	},
	/// The account's keys and what each used today.
	List {
		/// The gateway's base URL.
		#[arg(long, default_value = "http://127.0.0.1:8080")]
		gateway: String,
		/// The account's secret URI.
		#[arg(long)]
		suri: String,
	},
	/// Revokes a key of the account.
	Revoke {
		/// The gateway's base URL.
		#[arg(long, default_value = "http://127.0.0.1:8080")]
		gateway: String,
		/// The account's secret URI.
		#[arg(long)]
		suri: String,
		/// The key's id (`k_…`).
		#[arg(long)]
		id: String,
	},
}

#[tokio::main]
async fn main() {
	let outcome = match Args::parse().command {
		Command::Serve { config } => serve(config).await,
		Command::Key { action } => {
			let answer = match action {
				KeyAction::New { gateway, suri, name, daily_limit_usd, days } => {
					cli::key_new(&gateway, &suri, &name, daily_limit_usd, days).await
				}
				KeyAction::List { gateway, suri } => cli::key_list(&gateway, &suri).await,
				KeyAction::Revoke { gateway, suri, id } => {
					cli::key_revoke(&gateway, &suri, &id).await
				}
			};
			answer.map(|answer| {
				println!("{}", serde_json::to_string_pretty(&answer).unwrap_or_default())
			})
		}
		Command::StubUpstream { listen } => cli::stub_upstream(listen).await,
		Command::Bench { url, key, accounts, model, requests, concurrency, rate } => {
			cli::bench(&url, key, accounts, &model, requests, concurrency, rate)
				.await
				.map(|report| println!("{}", serde_json::to_string(&report).unwrap_or_default()))
		}
	};
	if let Err(error) = outcome {
		eprintln!("diem-gateway: {error}");
		std::process::exit(1);
	}
}

async fn serve(path: PathBuf) -> Result<(), String> {
	let config = Config::load(&path)?;
	let suri = config.meter_suri.clone().unwrap_or_default();
	let chain = Arc::new(Chain::new(&config.chain, &suri)?);
	let store = Arc::new(Store::open(&config.store)?);
	let credits = Arc::new(Credits::default());
	Meter::restore(&store, &credits)?;
	let clock = Clock::system();
	let max_batch = usize::try_from(diem_runtime::configs::MAX_USAGE_BATCH).unwrap_or(usize::MAX);
	let meter = Meter::new(
		chain.clone(),
		store.clone(),
		credits.clone(),
		max_batch,
		Duration::from_millis(config.batch_interval_ms),
	);
	let meter_status = meter.status.clone();
	tokio::spawn(meter.run());
	let listener = tokio::net::TcpListener::bind(config.listen)
		.await
		.map_err(|e| format!("{}: {e}", config.listen))?;
	let gateway = Arc::new(Gateway {
		journal: Journal::start(store.clone(), credits.clone(), clock.clone()),
		upstream: Upstream::new(&config.upstream, config.upstream_api_key.clone()),
		challenges: Challenges::default(),
		chain,
		store,
		credits,
		clock,
		meter_status,
		config,
	});
	eprintln!(
		"diem-gateway on http://{} (meter {}, upstream {})",
		listener.local_addr().map_err(|e| e.to_string())?,
		sp_core::crypto::Ss58Codec::to_ss58check(&gateway.chain.meter()),
		gateway.config.upstream
	);
	loop {
		let Ok((stream, _)) = listener.accept().await else { continue };
		let _ = stream.set_nodelay(true);
		let gateway = gateway.clone();
		tokio::spawn(async move {
			let service = service_fn(move |request| handle(gateway.clone(), request));
			// A client must send its request's head within 30 s: idle half-open connections
			// do not pile up.
			let _ = hyper::server::conn::http1::Builder::new()
				.timer(hyper_util::rt::TokioTimer::new())
				.header_read_timeout(Duration::from_secs(30))
				.serve_connection(TokioIo::new(stream), service)
				.await;
		});
	}
}
