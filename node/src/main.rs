//! `diem-node`: the DIEM appchain node.
//!
//! `diem-node --dev` runs a one-node chain sequenced by Alice, with 2-second Aura blocks,
//! GRANDPA finality and RPC on 127.0.0.1:9944. `--chain local --alice`/`--bob` runs the two
//! nodes of a local testnet.

#![warn(missing_docs)]
// The error types are Substrate's own (`sc_cli::Error`, `sc_service::Error`), large by design.
#![allow(clippy::result_large_err)]

mod allocation;
mod chain_spec;
mod claims_snapshot;
mod cli;
mod command;
mod pool;
mod rpc;
mod service;

fn main() -> sc_cli::Result<()> {
	command::run()
}
