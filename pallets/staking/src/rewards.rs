//! The reward accounting as pure functions: the storage I/O is in the dispatchables.
//!
//! Every staked planck earns the same reward, so one number describes everybody: the
//! index `per_stake`, the VVV earned per staked planck since genesis. A staker remembers the
//! index when it last settled and is owed `stake × (index − snapshot)`; nothing loops over
//! stakers. Locked stake (DIEM collateral) gives a share of its reward to the treasury, so a
//! second index `treasury_cut_per_locked` counts what each locked planck gave away:
//!
//! ```text
//! owed = staked × Δper_stake − locked × Δtreasury_cut_per_locked
//! ```
//!
//! Both indices are fixed point with [`FRACTION_BITS`] = 128 fractional bits in a `U256`: a
//! resolution of 2⁻¹²⁸ ≈ 2.9·10⁻³⁹ planck per staked planck (`pallet-asset-rewards` uses
//! 2⁻¹²). Nothing is lost to rounding:
//! - the part of a reward that does not divide evenly among the stake is carried to the next
//!   distribution ([`RewardPool::undistributed`]);
//! - the treasury's share below one planck is carried ([`RewardPool::treasury_fraction`]);
//! - a staker's share below one planck is kept in its ledger ([`Earned::fraction`]), so a
//!   staker receives the floor of its exact share over its whole life, not per claim;
//! - the yearly emission is split into blocks with the remainder carried, so any
//!   `blocks_per_year` consecutive blocks mint exactly the annual emission.

// U256 division and remainder here are by non-zero values, shifts move a u128 into a U256,
// and every addition or multiplication that could overflow is checked or saturating.
#![allow(clippy::arithmetic_side_effects)]

use codec::{Decode, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_arithmetic::{PerThing, Perbill};
use sp_core::{U256, U512};

/// VVV amounts in planck (10⁻¹⁸ VVV).
pub type Balance = u128;

/// Fractional bits of the reward indices.
pub const FRACTION_BITS: usize = 128;

/// A fixed-point arithmetic result does not fit: reachable only with rewards beyond `u128`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Overflow;

/// The cumulative reward per planck, scaled by 2¹²⁸; both only grow.
#[derive(Clone, Copy, PartialEq, Eq, Default, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct RewardIndex {
	/// VVV planck earned per staked planck.
	pub per_stake: U256,
	/// VVV planck per locked planck that went to the treasury instead of the staker.
	pub treasury_cut_per_locked: U256,
}

/// The pool-wide accounting state.
#[derive(Clone, Copy, PartialEq, Eq, Default, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct RewardPool {
	/// The reward indices.
	pub index: RewardIndex,
	/// Reward (planck × 2¹²⁸) not in the index yet because it did not divide by the stake:
	/// below one unit of the index per staked planck.
	pub undistributed: U256,
	/// The treasury's reward below one planck (planck × 2¹²⁸), paid when it adds up.
	pub treasury_fraction: u128,
	/// `Σ annual emission mod blocks per year` over past blocks: the emission not minted yet.
	pub emission_remainder: u128,
	/// VVV earned by the treasury and not transferred to it yet.
	pub treasury_due: Balance,
}

/// What a staker has earned and not yet claimed.
#[derive(Clone, Copy, PartialEq, Eq, Default, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct Earned {
	/// Whole planck.
	pub planck: Balance,
	/// The part below one planck, × 2¹²⁸.
	pub fraction: u128,
}

/// The emission of the next block: `annual / blocks_per_year` plus the carried remainder's
/// whole planck. Returns the amount and the new remainder; over any `blocks_per_year` blocks
/// at a constant emission the amounts sum to `annual` exactly.
pub fn block_emission(annual: Balance, remainder: u128, blocks_per_year: u32) -> (Balance, u128) {
	let year = u128::from(blocks_per_year);
	if year == 0 {
		return (0, remainder);
	}
	// `annual % year + remainder < 2·year`: no overflow however large `annual` is.
	let carried = (annual % year).saturating_add(remainder % year);
	((annual / year).saturating_add(carried / year), carried % year)
}

/// Adds `reward` to the pool for `total_staked` planck of stake, of which `total_locked` is
/// locked and gives `treasury_share` of its reward to the treasury. With no stake the whole
/// reward is the treasury's. The pool is unchanged on error.
pub fn distribute(
	pool: &mut RewardPool,
	reward: Balance,
	total_staked: Balance,
	total_locked: Balance,
	treasury_share: Perbill,
) -> Result<(), Overflow> {
	if total_staked == 0 {
		pool.treasury_due = pool.treasury_due.checked_add(reward).ok_or(Overflow)?;
		return Ok(());
	}
	let scaled =
		(U256::from(reward) << FRACTION_BITS).checked_add(pool.undistributed).ok_or(Overflow)?;
	let stake = U256::from(total_staked);
	let per_stake = scaled / stake;
	let undistributed = scaled % stake;
	let cut_per_locked = perbill_of(treasury_share, per_stake);
	let treasury = U512::from(total_locked.min(total_staked))
		.saturating_mul(U512::from(cut_per_locked))
		.saturating_add(U512::from(pool.treasury_fraction));
	let treasury_planck = Balance::try_from(treasury >> FRACTION_BITS).map_err(|_| Overflow)?;

	let index = RewardIndex {
		per_stake: pool.index.per_stake.checked_add(per_stake).ok_or(Overflow)?,
		treasury_cut_per_locked: pool
			.index
			.treasury_cut_per_locked
			.checked_add(cut_per_locked)
			.ok_or(Overflow)?,
	};
	let treasury_due = pool.treasury_due.checked_add(treasury_planck).ok_or(Overflow)?;
	*pool = RewardPool {
		index,
		undistributed,
		treasury_fraction: treasury.low_u128(),
		treasury_due,
		..*pool
	};
	Ok(())
}

/// `share × value`, rounded down.
fn perbill_of(share: Perbill, value: U256) -> U256 {
	let parts = U256::from(share.deconstruct());
	let billion = U256::from(Perbill::ACCURACY);
	// Split so that nothing is multiplied beyond 256 bits.
	(value / billion).saturating_mul(parts).saturating_add((value % billion) * parts / billion)
}

/// `earned` plus what `staked` planck, `locked` of them locked, earned since `snapshot`.
pub fn settle(
	earned: Earned,
	staked: Balance,
	locked: Balance,
	snapshot: &RewardIndex,
	index: &RewardIndex,
) -> Earned {
	let gross = U256::from(staked).full_mul(index.per_stake.saturating_sub(snapshot.per_stake));
	let cut = U256::from(locked.min(staked))
		.full_mul(index.treasury_cut_per_locked.saturating_sub(snapshot.treasury_cut_per_locked));
	// Each step's cut per locked planck is at most its reward per staked planck, so the
	// difference is never negative.
	let scaled = gross.saturating_sub(cut).saturating_add(U512::from(earned.fraction));
	let planck = Balance::try_from(scaled >> FRACTION_BITS).unwrap_or(Balance::MAX);
	Earned { planck: earned.planck.saturating_add(planck), fraction: scaled.low_u128() }
}

#[cfg(test)]
mod tests;
