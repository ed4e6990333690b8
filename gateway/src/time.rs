//! Time: the clock (injectable, for tests at 23:59:59.9), credit days and UTC timestamps.

use crate::DayIndex;
use std::sync::{
	atomic::{AtomicU64, Ordering},
	Arc,
};

/// Where the gateway reads the time: the system clock, or a fixed one in tests.
#[derive(Clone, Debug, Default)]
pub struct Clock {
	/// `None`: the system clock; else a Unix time in milliseconds set by a test.
	fixed: Option<Arc<AtomicU64>>,
}

impl Clock {
	/// The system clock.
	pub fn system() -> Self {
		Self { fixed: None }
	}

	/// A clock standing at `now_ms` until [`Clock::set`] moves it.
	pub fn fixed(now_ms: u64) -> Self {
		Self { fixed: Some(Arc::new(AtomicU64::new(now_ms))) }
	}

	/// Moves a fixed clock (no effect on the system clock).
	pub fn set(&self, now_ms: u64) {
		if let Some(fixed) = &self.fixed {
			fixed.store(now_ms, Ordering::SeqCst);
		}
	}

	/// The Unix time in milliseconds.
	pub fn now_ms(&self) -> u64 {
		match &self.fixed {
			Some(fixed) => fixed.load(Ordering::SeqCst),
			None => std::time::SystemTime::now()
				.duration_since(std::time::UNIX_EPOCH)
				.map(|elapsed| u64::try_from(elapsed.as_millis()).unwrap_or(u64::MAX))
				.unwrap_or(0),
		}
	}
}

/// The credit day `now_ms` falls in, with the chain's day length (seconds): the pallet's own
/// function, so the gateway and the chain can never disagree on where a day ends.
pub fn day_of(now_ms: u64, day_length_secs: u64) -> DayIndex {
	pallet_credits::day::day_of(now_ms, day_length_secs)
}

/// When `day` ends and the allowance renews, in Unix milliseconds.
pub fn renewal_of(day: DayIndex, day_length_secs: u64) -> u64 {
	pallet_credits::day::day_start(day.saturating_add(1), day_length_secs)
}

/// A Unix time in milliseconds as an RFC 3339 UTC timestamp, `2026-12-07T00:00:00Z` (whole
/// seconds; milliseconds are shown when not zero).
pub fn rfc3339(unix_ms: u64) -> String {
	let secs = unix_ms / 1000;
	let millis = unix_ms % 1000;
	let days = secs / 86_400;
	let rest = secs % 86_400;
	let (year, month, day) = civil_from_days(days);
	let (hour, minute, second) = (rest / 3600, rest % 3600 / 60, rest % 60);
	if millis == 0 {
		format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}Z")
	} else {
		format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}.{millis:03}Z")
	}
}

/// The proleptic Gregorian date of a day count since 1970-01-01 (H. Hinnant's algorithm, on
/// unsigned days, which are all this gateway meets).
#[allow(clippy::arithmetic_side_effects)] // bounded: days < 2^64 / 86_400 ms, eras small
fn civil_from_days(days: u64) -> (u64, u64, u64) {
	let z = days + 719_468;
	let era = z / 146_097;
	let day_of_era = z - era * 146_097;
	let year_of_era =
		(day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
	let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
	let mp = (5 * day_of_year + 2) / 153;
	let day = day_of_year - (153 * mp + 2) / 5 + 1;
	let month = if mp < 10 { mp + 3 } else { mp - 9 };
	let year = year_of_era + era * 400 + u64::from(month <= 2);
	(year, month, day)
}

/// Micro-USD as dollars with six decimals, `1.250000`.
pub fn usd(micro: u128) -> String {
	format!("{}.{:06}", micro / 1_000_000, micro % 1_000_000)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn timestamps_are_utc_dates() {
		assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
		// 2026-12-07 is day 20,794 since the epoch.
		assert_eq!(rfc3339(20_794 * 86_400_000), "2026-12-07T00:00:00Z");
		assert_eq!(rfc3339(20_794 * 86_400_000 - 100), "2026-12-06T23:59:59.900Z");
		// A leap day.
		assert_eq!(rfc3339(951_782_400_000), "2000-02-29T00:00:00Z");
	}

	#[test]
	fn usage_at_23_59_59_9_belongs_to_the_day_ending() {
		let midnight = 20_794 * 86_400_000;
		assert_eq!(day_of(midnight - 100, 86_400), 20_793);
		assert_eq!(day_of(midnight, 86_400), 20_794);
		assert_eq!(renewal_of(20_793, 86_400), midnight);
	}

	#[test]
	fn dollars_have_six_decimals() {
		assert_eq!(usd(0), "0.000000");
		assert_eq!(usd(1_250_000), "1.250000");
		assert_eq!(usd(7), "0.000007");
	}

	#[test]
	fn a_fixed_clock_moves_only_when_set() {
		let clock = Clock::fixed(5);
		assert_eq!(clock.now_ms(), 5);
		clock.set(9);
		assert_eq!(clock.now_ms(), 9);
		assert!(Clock::system().now_ms() > 1_700_000_000_000);
	}
}
