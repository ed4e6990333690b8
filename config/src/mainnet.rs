//! The economic parameters of mainnet's genesis (the runtime's `production` preset), in units
//! of time rather than blocks, so a runtime of any block length turns them into its own blocks.
//! The explorer's scenarios start from them, and list every departure.

use crate::{Balance, UNIT};
use pallet_diem::curve::CurveParams;
use sp_runtime::Perbill;

/// VVV minted a year to stakers: 6,000,000.
pub const ANNUAL_EMISSION: Balance = 6_000_000 * UNIT;
/// The staking cooldown, in days: 7.
pub const UNBONDING_DAYS: u32 = 7;
/// The treasury's share of the yield of VVV locked under DIEM: 50%.
pub const LOCKED_YIELD_TO_TREASURY: Perbill = Perbill::from_percent(50);
/// The period over which a distribution to stakers streams, in days: 1.
pub const DISTRIBUTION_DAYS: u32 = 1;
/// DIEM's curve: the launch parameters (B = 90 VVV/DIEM, T = 38,000 DIEM, k = 2, n = 3).
pub const CURVE: CurveParams = CurveParams::launch();
/// Whether DIEM minting is open at genesis: no, governance opens it.
pub const MINTING_OPEN: bool = false;
/// The buy-burn epoch, in days: 30.
pub const BURN_PERIOD_DAYS: u32 = 30;
/// The share of the pot an epoch budgets: 50%.
pub const BURN_SHARE: Perbill = Perbill::from_percent(50);
/// The most one purchase may move the pool's price: 0.5%.
pub const MAX_PRICE_IMPACT: Perbill = Perbill::from_parts(5_000_000);
/// The share of every fee burned: 50%.
pub const FEE_BURN_SHARE: Perbill = Perbill::from_percent(50);
/// The reference price's half-life, in minutes: an hour.
pub const PRICE_HALF_LIFE_MINUTES: u32 = 60;
/// How far above the reference a purchase may pay: 1%.
pub const MAX_SLIPPAGE: Perbill = Perbill::from_percent(1);
/// The least time between two purchases, in minutes: 5.
pub const BUY_INTERVAL_MINUTES: u32 = 5;
/// The share of the VVV bought streamed to stakers: none until governance sets it.
pub const STAKER_SHARE: Perbill = Perbill::zero();
/// The share of fees streamed to stakers: none until governance sets it.
pub const FEE_STAKER_SHARE: Perbill = Perbill::zero();
/// The credit day: a UTC day, in seconds.
pub const CREDIT_DAY: u64 = 86_400;
/// The credits' unstaking cooldown, in days: 1.
pub const CREDIT_COOLDOWN_DAYS: u32 = 1;

/// `minutes` in blocks of `ms_per_block` milliseconds, at least one.
pub const fn minutes_in_blocks(minutes: u32, ms_per_block: u64) -> u32 {
	let blocks = (minutes as u64 * 60_000 / ms_per_block) as u32;
	if blocks == 0 {
		1
	} else {
		blocks
	}
}

/// `days` in blocks of `ms_per_block` milliseconds.
pub const fn days_in_blocks(days: u32, ms_per_block: u64) -> u32 {
	days * crate::blocks_per_day(ms_per_block)
}
