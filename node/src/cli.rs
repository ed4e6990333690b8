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
