//! The credit arithmetic, as pure functions: which day a moment falls in, what DIEM counts on a
//! day, what allowance it gives and how much of a usage it covers. The dispatchables only read
//! and write storage around these.

use crate::types::{Balance, DayIndex, MicroUsd, Moment};
use sp_arithmetic::{helpers_128bit::multiply_by_rational_with_rounding, per_things::Rounding};

/// Micro-USD in a dollar: the allowance's unit.
pub const MICRO_USD_PER_DOLLAR: u128 = 1_000_000;

/// Milliseconds in a second.
const MILLIS_PER_SECOND: u64 = 1_000;

/// A day's length in milliseconds, from its length in seconds; at least 1 ms so the day index
/// is always defined.
pub fn day_length_ms(day_length_secs: u64) -> Moment {
	day_length_secs.saturating_mul(MILLIS_PER_SECOND).max(1)
}

/// The credit day `now` (a Unix time in milliseconds) falls in. With 86,400 s days, day `d`
/// runs from 00:00 UTC to 24:00 UTC of the `d`-th day since 1970-01-01, since the Unix epoch
/// is midnight UTC and a Unix day has exactly 86,400 s.
pub fn day_of(now: Moment, day_length_secs: u64) -> DayIndex {
	let day = now.checked_div(day_length_ms(day_length_secs)).unwrap_or_default();
	DayIndex::try_from(day).unwrap_or(DayIndex::MAX)
}

/// When day `day` starts, in Unix milliseconds: the renewal of the day before.
pub fn day_start(day: DayIndex, day_length_secs: u64) -> Moment {
	Moment::from(day).saturating_mul(day_length_ms(day_length_secs))
}

/// A batch of yesterday is covered by yesterday's allowances only in the first 1/24 of today
/// (an hour of a UTC day): long enough for usage served before midnight to reach the chain,
/// too short to carry yesterday's unused credit into today.
pub const LATE_BATCH_GRACE_PARTS: u64 = 24;

/// Whether `now` is within the grace after the start of `today` in which a batch of yesterday
/// is still covered.
pub fn within_late_grace(now: Moment, today: DayIndex, day_length_secs: u64) -> bool {
	let grace = day_length_ms(day_length_secs).checked_div(LATE_BATCH_GRACE_PARTS).unwrap_or(0);
	now < day_start(today, day_length_secs).saturating_add(grace)
}

/// The allowance `counting` DIEM planck give on a day: $1 a DIEM, in micro-USD, rounded down
/// (the providers' favour). `unit` is one DIEM in planck. Below `min_stake` nothing counts.
pub fn allowance(counting: Balance, unit: Balance, min_stake: Balance) -> MicroUsd {
	if counting < min_stake {
		return 0;
	}
	multiply_by_rational_with_rounding(counting, MICRO_USD_PER_DOLLAR, unit.max(1), Rounding::Down)
		.unwrap_or(MicroUsd::MAX)
}

/// DIEM counting on `today` of a stake of `staked`, of which `fresh` was staked on
/// `fresh_day`: a stake counts from the day after it was made.
pub fn counting(staked: Balance, fresh: Balance, fresh_day: DayIndex, today: DayIndex) -> Balance {
	if fresh_day >= today {
		staked.saturating_sub(fresh)
	} else {
		staked
	}
}

/// Splits a usage of `amount` micro-USD into what an allowance with `remaining` left covers
/// and the uncovered rest: `(covered, uncovered)`.
pub fn cover(remaining: MicroUsd, amount: MicroUsd) -> (MicroUsd, MicroUsd) {
	let covered = amount.min(remaining);
	(covered, amount.saturating_sub(covered))
}

#[cfg(test)]
mod tests {
	#![allow(clippy::arithmetic_side_effects)]
	use super::*;

	const DAY: u64 = 86_400;
	const DIEM: Balance = 1_000_000_000_000_000_000;

	#[test]
	fn the_late_grace_is_the_first_hour_of_a_utc_day() {
		let midnight = day_start(20_413, DAY);
		assert!(within_late_grace(midnight, 20_413, DAY));
		assert!(within_late_grace(midnight + 3_599_999, 20_413, DAY));
		assert!(!within_late_grace(midnight + 3_600_000, 20_413, DAY));
		// A one-minute dev day: 2.5 s.
		assert!(within_late_grace(day_start(7, 60) + 2_499, 7, 60));
		assert!(!within_late_grace(day_start(7, 60) + 2_500, 7, 60));
	}

	#[test]
	fn days_are_utc_days() {
		// 2026-11-21T00:00:00Z is 1,763,683,200 s after the epoch: day 20,413.
		let midnight = 1_763_683_200_000;
		assert_eq!(day_of(midnight, DAY), 20_413);
		assert_eq!(day_of(midnight - 1, DAY), 20_412);
		assert_eq!(day_of(midnight + DAY * 1_000 - 1, DAY), 20_413);
		assert_eq!(day_start(20_413, DAY), midnight);
		assert_eq!(day_of(0, DAY), 0);
	}

	#[test]
	fn short_days_and_degenerate_lengths() {
		assert_eq!(day_of(59_999, 60), 0);
		assert_eq!(day_of(60_000, 60), 1);
		// A zero length is treated as 1 ms rather than dividing by zero.
		assert_eq!(day_of(5, 0), 5);
		assert_eq!(day_of(u64::MAX, 1), DayIndex::MAX);
		assert_eq!(day_start(DayIndex::MAX, u64::MAX), Moment::MAX);
	}

	#[test]
	fn a_diem_gives_a_dollar() {
		assert_eq!(allowance(DIEM, DIEM, DIEM / 10), 1_000_000);
		assert_eq!(allowance(DIEM / 10, DIEM, DIEM / 10), 100_000);
		// Rounded down to the micro-dollar.
		assert_eq!(allowance(DIEM + 999_999_999_999, DIEM, 0), 1_000_000);
		assert_eq!(allowance(DIEM + 1_000_000_000_000, DIEM, 0), 1_000_001);
		// Below the minimum nothing counts.
		assert_eq!(allowance(DIEM / 10 - 1, DIEM, DIEM / 10), 0);
		// The whole u128 range is defined.
		assert_eq!(allowance(u128::MAX, DIEM, 0), u128::MAX / 1_000_000_000_000);
	}

	#[test]
	fn a_stake_counts_from_the_next_day() {
		assert_eq!(counting(10, 4, 7, 7), 6);
		assert_eq!(counting(10, 4, 6, 7), 10);
		assert_eq!(counting(10, 12, 7, 7), 0);
	}

	#[test]
	fn cover_splits_at_the_remaining_allowance() {
		assert_eq!(cover(10, 4), (4, 0));
		assert_eq!(cover(10, 14), (10, 4));
		assert_eq!(cover(0, 14), (0, 14));
		assert_eq!(cover(u128::MAX, u128::MAX), (u128::MAX, 0));
	}
}
