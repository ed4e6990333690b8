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

	/// Turn a snapshot of VVV's holders on Base (a holder export CSV) into an allocation
	/// file's `claims` (docs/launch.md).
	ClaimsSnapshot(ClaimsSnapshotCmd),

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

/// `claims-snapshot --csv <FILE> [--exclude <FILE>] [--total <VVV>] [--decimals <DIGITS>]
/// [--vest-share <SHARE> --cliff-block <BLOCK> --vesting-blocks <BLOCKS>] [--output <PATH>]`:
/// checks a holder export of VVV on Base and writes the allocation file's `claims` of it
/// (`crate::claims_snapshot`). Reads no network.
#[derive(Debug, clap::Parser)]
pub struct ClaimsSnapshotCmd {
	/// The holder export: Basescan's "Export CSV" of the token's holders
	/// (`"HolderAddress","Balance","PendingBalanceUpdate"`) or an `address,balance` CSV, the
	/// balances decimal token amounts.
	#[arg(long, value_name = "FILE")]
	pub csv: std::path::PathBuf,

	/// Addresses to leave out, one a line, `#` starting a comment: contracts (DEX pools,
	/// bridges, the token's own) for which nobody can sign a claim.
	#[arg(long, value_name = "FILE")]
	pub exclude: Option<std::path::PathBuf>,

	/// The token's whole supply, in VVV: the export's balances (excluded ones included) must
	/// add up to it exactly.
	#[arg(long, value_name = "VVV")]
	pub total: Option<String>,

	/// The token's decimals on Base: a balance has at most as many (18 at most, VVV's).
	#[arg(long, value_name = "DIGITS", default_value_t = 18)]
	pub decimals: u8,

	/// The share of each claim that vests, from 0 to 1 (e.g. 0.8): its amount × the share,
	/// rounded down to the planck, is locked. With `--cliff-block` and `--vesting-blocks`.
	#[arg(long, value_name = "SHARE", requires = "cliff_block", requires = "vesting_blocks")]
	pub vest_share: Option<String>,

	/// The block the vested share starts unlocking at (0: at genesis).
	#[arg(long, value_name = "BLOCK", requires = "vest_share")]
	pub cliff_block: Option<u32>,

	/// The blocks the vested share takes to unlock, at least 1 (43,200 a day).
	#[arg(long, value_name = "BLOCKS", requires = "vest_share")]
	pub vesting_blocks: Option<u32>,

	/// Where to write the claims (JSON): stdout without it.
	#[arg(long, value_name = "PATH")]
	pub output: Option<std::path::PathBuf>,
}
