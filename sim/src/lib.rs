//! # The equilibrium explorer
//!
//! Where do DIEM's price, its supply and the VVV locked settle, for a curve, an emission and a
//! population of users? This crate answers on the chain's own pallets rather than on a model of
//! them: [`runtime`] composes `pallet-vvv-staking`, `pallet-diem`, `pallet-buyburn` and
//! `pallet-credits` with `pallet-balances`, `pallet-assets` and `pallet-asset-conversion`
//! (VVV/USDC and DIEM/USDC pools), with hour-long blocks, and [`sim`] runs it natively in
//! `TestExternalities` (the genesis in `genesis.rs`, design §7 checked after every block in
//! `checks.rs`, a day's figures in [`day`]). Every economic action is a pallet call or hook;
//! the agents ([`agents`], each rule a pure function with its tests) only decide.
//!
//! A scenario ([`scenario`], TOML) sets the curve, the emission, the buy-burn, the pools, the
//! populations and their demand, the horizon and the seeds. [`explore`] runs its seeded Monte
//! Carlo runs and sweeps of any numeric parameter on every core; [`output`] writes the daily
//! series as CSV and plots them (PNG and SVG, with P10–P90 bands); [`summary`] says whether and
//! when each run settled, and where.

pub mod agents;
mod checks;
pub mod day;
pub mod explore;
pub mod forecast;
mod genesis;
pub mod output;
pub mod proposal;
pub mod rpc;
pub mod runtime;
pub mod scenario;
pub mod sim;
pub mod snapshot;
pub mod summary;
