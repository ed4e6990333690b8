//! `diem-sim`: runs a scenario file and writes its CSV, plots and summary.

use clap::Parser;
use diem_sim::{
	explore::{self, Basis, Sweep},
	proposal::Proposal,
	rpc::Rpc,
	scenario::Scenario,
	snapshot::Snapshot,
};
use std::{path::PathBuf, process::ExitCode, sync::Arc};

/// The equilibrium explorer: the chain's pallets under populations of agents.
#[derive(Parser, Debug)]
#[command(name = "diem-sim", version)]
struct Args {
	/// The scenario (TOML), e.g. scenarios/launch.toml.
	scenario: PathBuf,
	/// Where the outputs go (default: out/<scenario name>).
	#[arg(long)]
	out: Option<PathBuf>,
	/// Seeded runs, overriding the scenario's.
	#[arg(long)]
	runs: Option<u32>,
	/// The first seed, overriding the scenario's.
	#[arg(long)]
	seed: Option<u64>,
	/// Simulated days, overriding the scenario's.
	#[arg(long)]
	days: Option<u32>,
	/// Sweep a parameter: `path=v1,v2,…`, e.g. `operator.compute_budget=10000,20000,40000`;
	/// `a+b=…` sets both paths to each value.
	#[arg(long)]
	sweep: Option<String>,
	/// Set a parameter, `path=value` (repeatable), e.g. `operator.enabled=false`.
	#[arg(long = "set")]
	sets: Vec<String>,
	/// Start from a live chain's economy rather than the scenario's genesis: a node's RPC
	/// (`ws://HOST:PORT`, read at its finalized head) or a snapshot file saved before.
	#[arg(long)]
	from: Option<String>,
	/// Save the live chain's snapshot to this file (with `--from ws://…`), to run again
	/// without the chain.
	#[arg(long)]
	save_snapshot: Option<PathBuf>,
	/// Forecast a proposal: a call's SCALE hex (`0x…`), or an ongoing referendum's index
	/// (with `--from ws://…`). Every seed runs without it and with it: a referendum's applied
	/// at the earliest hour the chain could enact it, a call's at day 0.
	#[arg(long)]
	proposal: Option<String>,
	/// Apply the proposal at this hour of the runs instead (0: at day 0, before the first
	/// block).
	#[arg(long)]
	enact_hour: Option<u32>,
	/// Check design §7's invariants after every block (slower).
	#[arg(long)]
	check: bool,
	/// No progress bar.
	#[arg(long)]
	quiet: bool,
}

fn main() -> ExitCode {
	let args = Args::parse();
	match run(args) {
		Ok(summary) => {
			print!("{summary}");
			ExitCode::SUCCESS
		}
		Err(error) => {
			eprintln!("diem-sim: {error}");
			ExitCode::FAILURE
		}
	}
}

fn run(args: Args) -> Result<String, Box<dyn std::error::Error>> {
	let text = std::fs::read_to_string(&args.scenario)
		.map_err(|e| format!("{}: {e}", args.scenario.display()))?;
	let mut scenario = Scenario::from_toml(&text)?;
	if let Some(runs) = args.runs {
		scenario.runs = runs;
	}
	if let Some(seed) = args.seed {
		scenario.seed = seed;
	}
	if let Some(days) = args.days {
		scenario.days = days;
	}
	for set in &args.sets {
		let (path, value) =
			set.split_once('=').ok_or_else(|| format!("--set takes `path=value`, not `{set}`"))?;
		scenario = scenario.set(path.trim(), value.trim())?;
	}
	scenario.validate()?;
	let snapshot = args.from.as_deref().map(Snapshot::from_source).transpose()?;
	if let (Some(snapshot), Some(path)) = (&snapshot, &args.save_snapshot) {
		snapshot.save(path)?;
	}
	if let Some(snapshot) = &snapshot {
		scenario = scenario.with_chain(snapshot)?;
	}
	let live =
		args.from.as_deref().filter(|from| from.contains("://")).map(Rpc::new).transpose()?;
	let mut proposal = args
		.proposal
		.as_deref()
		.map(|arg| {
			let chain = live.as_ref().zip(snapshot.as_ref());
			// Its block counts are the chain's: the snapshot's block length, or mainnet's.
			let block_ms =
				snapshot.as_ref().map_or(diem_config::MILLISECS_PER_BLOCK, |s| s.block_ms);
			Proposal::parse(arg, chain, block_ms)
		})
		.transpose()?;
	match (&mut proposal, args.enact_hour) {
		(Some(proposal), Some(hour)) => {
			proposal.enact_hour = hour;
			proposal.schedule = None;
		}
		(None, Some(_)) => return Err("--enact-hour is the hour a --proposal is applied at".into()),
		_ => {}
	}
	let sweep = args.sweep.as_deref().map(Sweep::parse).transpose()?;
	let jobs = explore::jobs(&scenario, sweep.as_ref(), proposal.is_some())?;
	let basis = Basis { snapshot: snapshot.map(Arc::new), proposal: proposal.map(Arc::new) };
	let outputs = explore::run_all(&jobs, &basis, args.check, args.quiet)?;
	let name = match basis.proposal.as_ref().and_then(|p| p.referendum) {
		Some(index) => format!("{}-referendum-{index}", scenario.name),
		None => scenario.name.clone(),
	};
	let dir = args.out.unwrap_or_else(|| PathBuf::from("out").join(name));
	let summary = explore::write_outputs(&dir, &scenario, sweep.as_ref(), &basis, &jobs, &outputs)?;
	Ok(format!("{summary}\nOutputs in {}\n", dir.display()))
}
