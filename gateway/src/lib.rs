//! # diem-gateway
//!
//! An OpenAI-compatible inference gateway for a compute provider on the DIEM chain: a user's
//! API key stands for a chain account, each request is paid from that account's DIEM credits
//! (one DIEM staked in `pallet-credits` = $1 of compute a day), and everything served is
//! recorded on chain with `credits.record_usage` **exactly once**, across crashes.
//!
//! The request path ([`server`]): the key is checked ([`keys`]); the account's remaining
//! allowance is the chain's (its `CreditsApi` at the best block, [`chain`]) less what this
//! gateway served and the chain has not counted yet ([`credits`]); none left is a `402
//! credits_exhausted` naming the cause; else the request goes to the upstream model server
//! ([`upstream`]) and its `usage`, priced per model ([`config`]), is journaled durably
//! ([`store`]) before the response completes. The meter ([`meter`]) cuts the journal into
//! numbered batches, submits them, follows them to finality and after a crash resubmits what
//! is not final: the pallet refuses a batch already recorded by name, so nothing counts twice.
//!
//! Design and choices: `docs/gateway.md`.

#![deny(missing_docs)]
#![deny(clippy::arithmetic_side_effects, clippy::unwrap_used)]

pub mod chain;
pub mod cli;
pub mod config;
pub mod credits;
pub mod dev_upstream;
pub mod error;
pub mod journal;
pub mod keys;
pub mod meter;
pub mod server;
pub mod store;
pub mod time;
pub mod upstream;

/// An account on the chain.
pub type AccountId = sp_runtime::AccountId32;
/// US dollars in millionths, the chain's unit of allowance and usage.
pub type MicroUsd = u128;
/// A credit day of the chain (`pallet_credits::day`).
pub type DayIndex = u32;
