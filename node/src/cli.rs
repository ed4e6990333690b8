//! The command line.

/// `diem-node [SUBCOMMAND] [OPTIONS]`: without a subcommand, runs the node.
#[derive(Debug, clap::Parser)]
pub struct Cli {
	/// What to do instead of running the node.
	#[command(subcommand)]
	pub subcommand: Option<Subcommand>,

	/// Options of the running node.
	#[clap(flatten)]
	pub run: sc_cli::RunCmd,

	/// The transaction pool's rules beyond `--pool-limit` and `--pool-kbytes`.
	#[clap(flatten)]
	pub pool_rules: crate::pool::PoolRulesParams,
}

/// The node's subcommands.
#[derive(Debug, clap::Subcommand)]
#[allow(clippy::large_enum_variant)]
pub enum Subcommand {
	/// Key management: generate, inspect, insert keys.
	#[command(subcommand)]
	Key(sc_cli::KeySubcommand),

	/// Write a chain spec, with its genesis, to stdout.
	ExportChainSpec(sc_cli::ExportChainSpecCmd),

	/// Check a network's launch allocation file and write its chain spec (docs/launch.md).
	ChainSpecFromAllocation(AllocationSpecCmd),

	/// Check that a block imports.
	CheckBlock(sc_cli::CheckBlockCmd),

	/// Export blocks to a file.
	ExportBlocks(sc_cli::ExportBlocksCmd),

	/// Export the state at a block as a chain spec.
	ExportState(sc_cli::ExportStateCmd),

	/// Import blocks from a file.
	ImportBlocks(sc_cli::ImportBlocksCmd),

	/// Delete the chain's database.
	PurgeChain(sc_cli::PurgeChainCmd),

	/// Revert the chain to an earlier block.
	Revert(sc_cli::RevertCmd),

	/// Benchmarks: `benchmark pallet`, `benchmark overhead`, … (built with
	/// `--features runtime-benchmarks`).
	#[cfg(feature = "runtime-benchmarks")]
	#[command(subcommand)]
	Benchmark(frame_benchmarking_cli::BenchmarkCmd),
}

/// `chain-spec-from-allocation <FILE> [--raw] [--output <PATH>]`: checks a launch allocation
/// file and writes the chain spec it describes, over the runtime's `production` preset.
#[derive(Debug, clap::Parser)]
pub struct AllocationSpecCmd {
	/// The allocation file (JSON; see docs/launch.md and docs/allocation.example.json).
	#[arg(value_name = "FILE")]
	pub file: std::path::PathBuf,

	/// Write the raw chain spec: the genesis storage, built by running the runtime's genesis,
	/// which also checks `parameters`. What nodes should be started with.
	#[arg(long)]
	pub raw: bool,

	/// Where to write the chain spec: stdout without it.
	#[arg(long, value_name = "PATH")]
	pub output: Option<std::path::PathBuf>,

	/// The runtime to launch with (a Wasm file, compressed or not): this node's own without it.
	#[arg(long, value_name = "WASM")]
	pub runtime: Option<std::path::PathBuf>,
}
