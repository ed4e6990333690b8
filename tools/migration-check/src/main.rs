//! `diem-migration-check`: fetches a running node's state and runs this build's runtime
//! upgrade on it (see the library's docs). Exits 0 when the upgrade may be proposed, 1 when
//! the check found a problem, 2 when the state could not be fetched or the report written.

use clap::Parser;
use sp_core::H256;
use std::process::ExitCode;

/// Runs this build's migrations on a live chain's state and names every change they make.
#[derive(Parser)]
#[command(version)]
struct Args {
	/// The node's RPC endpoint.
	#[arg(long, default_value = "ws://127.0.0.1:9944")]
	uri: String,
	/// The block whose state to check (its hash); the finalized block if not given.
	#[arg(long)]
	at: Option<H256>,
	/// Also write the report as JSON to this file (the text report goes to standard output,
	/// after the progress lines of the state's download).
	#[arg(long, value_name = "FILE")]
	json: Option<std::path::PathBuf>,
}

#[tokio::main]
async fn main() -> ExitCode {
	let args = Args::parse();
	let mut state = match diem_migration_check::fetch(&args.uri, args.at).await {
		Ok(state) => state,
		Err(e) => {
			eprintln!("{e}");
			return ExitCode::from(2);
		}
	};
	let header = state.header.clone();
	let report = state.execute_with(diem_migration_check::check);
	println!("state of block #{} ({:?}) from {}", header.number, header.hash(), args.uri);
	println!("{report}");
	if let Some(path) = &args.json {
		if let Err(e) = std::fs::write(path, report.to_json().to_string()) {
			eprintln!("cannot write {}: {e}", path.display());
			return ExitCode::from(2);
		}
	}
	if report.passed() {
		ExitCode::SUCCESS
	} else {
		ExitCode::from(1)
	}
}
