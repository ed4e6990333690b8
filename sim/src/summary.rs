//! Whether a run settled, when and where.
//!
//! The criterion: a run is at equilibrium from day `d` when, for every window of
//! `window_days` ending on day `d` or later, the DIEM supply and the VVV locked each stayed
//! within `tolerance` of the window's mean ((max − min) / mean). Quantities, not prices: with
//! an external VVV price that walks at random, DIEM's dollar price keeps moving with VVV's
//! even when nobody mints or repays; the price reported is the mean over the last window.

use crate::sim::DayRow;

/// Where a run settled.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Equilibrium {
	/// The first day from which every window is still.
	pub day: u32,
	/// Means over the run's last window.
	pub diem_price: f64,
	/// DIEM supply.
	pub diem_supply: f64,
	/// VVV locked.
	pub vvv_locked: f64,
	/// The operator's target supply.
	pub target_supply: f64,
}

/// The means over the last `window` days: what a run ended at, settled or not.
pub fn last_window(days: &[DayRow], window: u32) -> Equilibrium {
	let tail = &days[days.len().saturating_sub(window as usize)..];
	let mean = |f: fn(&DayRow) -> f64| tail.iter().map(f).sum::<f64>() / tail.len().max(1) as f64;
	Equilibrium {
		day: days.last().map(|d| d.day).unwrap_or(0),
		diem_price: mean(|d| d.diem_price),
		diem_supply: mean(|d| d.diem_supply),
		vvv_locked: mean(|d| d.vvv_locked),
		target_supply: mean(|d| d.target_supply),
	}
}

fn still(values: impl Iterator<Item = f64> + Clone, tolerance: f64) -> bool {
	let (min, max, sum, n) = values
		.fold((f64::INFINITY, f64::NEG_INFINITY, 0.0, 0usize), |(lo, hi, s, n), v| {
			(lo.min(v), hi.max(v), s + v, n + 1)
		});
	if n == 0 {
		return false;
	}
	let mean = sum / n as f64;
	if mean.abs() < f64::EPSILON {
		return (max - min).abs() < f64::EPSILON;
	}
	(max - min) / mean.abs() <= tolerance
}

/// The equilibrium of a run by the criterion above, or `None` within its horizon.
pub fn find(days: &[DayRow], window: u32, tolerance: f64) -> Option<Equilibrium> {
	let window = window as usize;
	if window == 0 || days.len() < window {
		return None;
	}
	let stable: Vec<bool> = (window - 1..days.len())
		.map(|end| {
			let slice = &days[end + 1 - window..=end];
			still(slice.iter().map(|d| d.diem_supply), tolerance)
				&& still(slice.iter().map(|d| d.vvv_locked), tolerance)
		})
		.collect();
	// The earliest window end after which every window is still.
	let first = stable.iter().rposition(|s| !s).map(|i| i + 1).unwrap_or(0);
	if first >= stable.len() {
		return None;
	}
	let day = days[first + window - 1].day + 1 - window as u32;
	Some(Equilibrium { day, ..last_window(days, window as u32) })
}

#[cfg(test)]
mod tests {
	use super::*;

	fn days(supply: impl Fn(u32) -> f64) -> Vec<DayRow> {
		(1..=100)
			.map(|day| DayRow {
				day,
				diem_supply: supply(day),
				vvv_locked: supply(day) * 90.0,
				diem_price: 300.0,
				..Default::default()
			})
			.collect()
	}

	#[test]
	fn a_run_that_levels_off_settles_on_the_first_day_of_its_still_stretch() {
		// Grows 100 a day to day 40, then flat at 4,000.
		let run = days(|d| f64::from(d.min(40)) * 100.0);
		let found = find(&run, 10, 0.01).expect("settles");
		assert_eq!(found.day, 40);
		assert_eq!(found.diem_supply, 4_000.0);
		assert_eq!(found.vvv_locked, 360_000.0);
		assert_eq!(found.diem_price, 300.0);
	}

	#[test]
	fn a_run_still_growing_at_its_end_has_no_equilibrium() {
		assert_eq!(find(&days(|d| f64::from(d) * 100.0), 10, 0.01), None);
		// A late jump also resets the still stretch.
		let run = days(|d| if d < 95 { 1_000.0 } else { 2_000.0 });
		assert_eq!(find(&run, 10, 0.01), None);
	}

	#[test]
	fn the_tolerance_allows_small_wobbles() {
		let run = days(|d| 1_000.0 + if d % 2 == 0 { 4.0 } else { -4.0 });
		assert_eq!(find(&run, 10, 0.01).map(|e| e.day), Some(1));
		assert_eq!(find(&run, 10, 0.005), None);
	}
}
