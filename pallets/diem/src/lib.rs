//! # DIEM pallet
//!
//! Staked VVV is locked to mint DIEM along a fixed-point exponential curve whose rate rises
//! with the DIEM supply; repaying DIEM burns it and releases the VVV (SPEC §3).
//!
//! The curve lives in [`curve`]: a pure module, with the pricing policy as a trait
//! ([`curve::MintCurve`]) so the runtime chooses the implementation.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]
#![deny(clippy::arithmetic_side_effects, clippy::indexing_slicing, clippy::unwrap_used)]

pub mod curve;
