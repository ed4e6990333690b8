//! Parses the command line and runs the node or a subcommand.

use crate::{
	allocation::{eip55, format_vvv},
	chain_spec, claims_snapshot,
	cli::{AllocationSpecCmd, ClaimsSnapshotCmd, Cli, Subcommand},
	service,
};
use sc_cli::SubstrateCli;
use sc_service::PartialComponents;

use crate::pool::PoolRules;

impl SubstrateCli for Cli {
	fn impl_name() -> String {
		"DIEM Node".into()
	}

	fn impl_version() -> String {
		env!("SUBSTRATE_CLI_IMPL_VERSION").into()
	}

	fn description() -> String {
		env!("CARGO_PKG_DESCRIPTION").into()
	}

	fn author() -> String {
		"The DIEM appchain developers".into()
	}

	fn support_url() -> String {
		"the project's issue tracker".into()
	}

	fn copyright_start_year() -> i32 {
		2026
	}

	fn load_spec(&self, id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {
		Ok(match id {
			"dev" => Box::new(chain_spec::development()?),
			"" | "local" => Box::new(chain_spec::local_testnet()?),
			"production" => Box::new(chain_spec::production()?),
			path => Box::new(chain_spec::ChainSpec::from_json_file(path.into())?),
		})
	}
}

/// Runs what the command line asks for.
pub fn run() -> sc_cli::Result<()> {
	let cli = Cli::from_args();

	match &cli.subcommand {
		Some(Subcommand::Key(cmd)) => cmd.run(&cli),
		Some(Subcommand::ExportChainSpec(cmd)) => cmd.run(cli.load_spec(&cmd.chain)?),
		Some(Subcommand::ChainSpecFromAllocation(cmd)) => chain_spec_from_allocation(cmd),
		Some(Subcommand::ClaimsSnapshot(cmd)) => claims_from_snapshot(cmd),
		Some(Subcommand::CheckBlock(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, import_queue, .. } =
					service::new_partial(&config, PoolRules::default())?;
				Ok((cmd.run(client, import_queue), task_manager))
			})
		}
		Some(Subcommand::ExportBlocks(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, .. } =
					service::new_partial(&config, PoolRules::default())?;
				Ok((cmd.run(client, config.database), task_manager))
			})
		}
		Some(Subcommand::ExportState(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, .. } =
					service::new_partial(&config, PoolRules::default())?;
				Ok((cmd.run(client, config.chain_spec), task_manager))
			})
		}
		Some(Subcommand::ImportBlocks(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, import_queue, .. } =
					service::new_partial(&config, PoolRules::default())?;
				Ok((cmd.run(client, import_queue), task_manager))
			})
		}
		Some(Subcommand::PurgeChain(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run(config.database))
		}
		Some(Subcommand::Revert(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, backend, .. } =
					service::new_partial(&config, PoolRules::default())?;
				let aux_revert = Box::new(|client, _, blocks| {
					sc_consensus_grandpa::revert(client, blocks)?;
					Ok(())
				});
				Ok((cmd.run(client, backend, Some(aux_revert)), task_manager))
			})
		}
		#[cfg(feature = "runtime-benchmarks")]
		Some(Subcommand::Benchmark(cmd)) => {
			use frame_benchmarking_cli::BenchmarkCmd;
			use sp_runtime::traits::HashingFor;

			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| match cmd {
				BenchmarkCmd::Pallet(cmd) => cmd
					.run_with_spec::<HashingFor<diem_runtime::opaque::Block>, ()>(Some(
						config.chain_spec,
					)),
				BenchmarkCmd::Overhead(cmd) => cmd
					.run_with_default_builder_and_spec::<diem_runtime::opaque::Block, ()>(Some(
						config.chain_spec,
					)),
				BenchmarkCmd::Machine(cmd) => {
					cmd.run(&config, frame_benchmarking_cli::SUBSTRATE_REFERENCE_HARDWARE.clone())
				}
				// The database's read and write costs, on a chain's state.
				BenchmarkCmd::Storage(cmd) => {
					let PartialComponents { client, backend, .. } =
						service::new_partial(&config, PoolRules::default())?;
					let db = backend.expose_db();
					let storage = backend.expose_storage();
					let shared_trie_cache = backend.expose_shared_trie_cache();
					cmd.run(config, client, db, storage, shared_trie_cache)
				}
				// Re-imports a chain's blocks and times them.
				BenchmarkCmd::Block(cmd) => {
					let PartialComponents { client, .. } =
						service::new_partial(&config, PoolRules::default())?;
					cmd.run(client)
				}
				_ => Err("this node offers `benchmark pallet`, `overhead`, `storage`, `block` \
				          and `machine`"
					.into()),
			})
		}
		None => {
			let runner = cli.create_runner(&cli.run)?;
			ignore_timer_panics_at_shutdown();
			let pool = &cli.run.pool_config;
			if matches!(pool.pool_type, sc_cli::TransactionPoolType::SingleState) {
				return Err(sc_cli::Error::Input(
					"this node runs the fork-aware transaction pool only".into(),
				));
			}
			let pool_rules =
				PoolRules::from_cli(pool, &cli.pool_rules, cli.run.shared_params.is_dev());
			runner.run_node_until_exit(|config| async move {
				if matches!(
					config.network.network_backend,
					sc_network::config::NetworkBackendType::Libp2p
				) {
					return Err(sc_cli::Error::Input(
						"this node runs the litep2p network backend only".into(),
					));
				}
				service::new_full(config, pool_rules).map_err(sc_cli::Error::Service)
			})
		}
	}
}

/// Checks an allocation file and writes its chain spec to `--output`, or to stdout.
///
/// Raw, the spec holds the genesis storage: writing it runs the runtime's genesis build, which
/// refuses `parameters` naming a field the runtime does not have, and anything a pallet's
/// genesis refuses. Starting a node from the plain spec runs the same build.
fn chain_spec_from_allocation(cmd: &AllocationSpecCmd) -> sc_cli::Result<()> {
	let code = match &cmd.runtime {
		Some(path) => Some(
			std::fs::read(path)
				.map_err(|error| format!("{}: cannot read it: {error}", path.display()))?,
		),
		None => None,
	};
	let spec = chain_spec::from_allocation(&cmd.file, code.as_deref())?;
	let json = spec.as_json(cmd.raw).map_err(|error| {
		format!("{}: the runtime refused the genesis: {error}", cmd.file.display())
	})?;
	match &cmd.output {
		Some(path) => {
			std::fs::write(path, json)?;
			let kind = if cmd.raw { "raw chain spec" } else { "chain spec" };
			println!("Wrote the {kind} of {} ({}) to {}", spec.name(), spec.id(), path.display());
		}
		None => std::io::Write::write_all(&mut std::io::stdout(), json.as_bytes())?,
	}
	Ok(())
}

/// Checks a holder export of VVV on Base and writes the allocation file's `claims` of it to
/// `--output`, or to stdout; what it left out, and a summary, go to stderr.
fn claims_from_snapshot(cmd: &ClaimsSnapshotCmd) -> sc_cli::Result<()> {
	let read = |path: &std::path::Path| -> Result<String, String> {
		std::fs::read_to_string(path)
			.map_err(|error| format!("{}: cannot read it: {error}", path.display()))
	};
	let options = claims_snapshot::Options::new(
		cmd.decimals,
		cmd.total.as_deref(),
		cmd.vest_share.as_deref(),
		cmd.cliff_block,
		cmd.vesting_blocks,
	)
	.map_err(|error| error.to_string())?;
	let exclusions = match &cmd.exclude {
		Some(path) => claims_snapshot::parse_exclusions(&read(path.as_path())?)
			.map_err(|error| format!("{}: {error}", path.display()))?,
		None => Default::default(),
	};
	let csv = read(cmd.csv.as_path())?;
	let snapshot = claims_snapshot::snapshot(&csv, &exclusions, &options)
		.map_err(|error| format!("{}: {error}", cmd.csv.display()))?;

	for holder in &snapshot.excluded {
		eprintln!(
			"excluded: {} (line {}) holds {} VVV",
			eip55(&holder.address),
			holder.line,
			format_vvv(holder.balance)
		);
	}
	for holder in &snapshot.dust {
		eprintln!(
			"left out, below the existential deposit: {} (line {}) holds {} VVV",
			eip55(&holder.address),
			holder.line,
			format_vvv(holder.balance)
		);
	}
	for address in &snapshot.unmatched_exclusions {
		eprintln!("not in the export (nothing to exclude): {}", eip55(address));
	}

	let json = claims_snapshot::render(&snapshot.claims);
	match &cmd.output {
		Some(path) => std::fs::write(path, json)?,
		None => std::io::Write::write_all(&mut std::io::stdout(), json.as_bytes())?,
	}
	let all = snapshot
		.claimed
		.saturating_add(snapshot.excluded_total)
		.saturating_add(snapshot.dust_total);
	eprintln!(
		"{} holders kept: {} VVV of claims; {} excluded ({} VVV); {} with a zero balance \
		 skipped; {} below the existential deposit left out ({} VVV); {} VVV in all",
		snapshot.claims.len(),
		format_vvv(snapshot.claimed),
		snapshot.excluded.len(),
		format_vvv(snapshot.excluded_total),
		snapshot.zero,
		snapshot.dust.len(),
		format_vvv(snapshot.dust_total),
		format_vvv(all)
	);
	if let Some(vest) = &options.vesting {
		eprintln!(
			"each claim vests {} of its VVV from block {} over {} blocks",
			format_vvv(vest.share),
			vest.cliff_block,
			vest.vesting_blocks
		);
	}
	if let Some(path) = &cmd.output {
		eprintln!("Wrote {} claims to {}", snapshot.claims.len(), path.display());
	}
	Ok(())
}

/// What tokio panics with when a task polls a timer after the runtime began shutting down.
const TIMER_AT_SHUTDOWN: &str = "A Tokio 1.x context was found, but it is being shutdown";

/// Lets a task that polls a tokio timer while the runtime shuts down end quietly.
///
/// On SIGTERM, `sc-cli` drops the task manager (telling every task to stop) and at once shuts
/// the tokio runtime down. A task running on a blocking thread (the SDK's syncing engine ticks
/// a tokio `Interval` there) may poll its timer once more before it sees the stop, and tokio
/// panics; Substrate's panic handler then exits the node with code 1, on about one clean stop
/// in four here. That panic can only happen once the runtime is going away, and the task it
/// ends is being stopped anyway: the hook lets it unwind (the task manager catches it) instead
/// of exiting. Every other panic goes to Substrate's handler as before.
fn ignore_timer_panics_at_shutdown() {
	let substrate_handler = std::panic::take_hook();
	std::panic::set_hook(Box::new(move |info| {
		let message = info
			.payload()
			.downcast_ref::<&str>()
			.map(|s| s.to_string())
			.or_else(|| info.payload().downcast_ref::<String>().cloned());
		if message.is_some_and(|m| m.contains(TIMER_AT_SHUTDOWN)) {
			log::debug!("a task polled a timer while the runtime shut down; it ends");
			return;
		}
		substrate_handler(info)
	}));
}
