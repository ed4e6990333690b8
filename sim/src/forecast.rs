//! A proposal's forecast (`--proposal`): the same seeds run without the proposal and with it,
//! from the same start; per series the medians and P10–P90 bands of both on one plot
//! (`compare.png`, `compare.svg`), and at 30, 90 and 365 days (those within the run) the
//! medians, bands and the difference of the medians of DIEM's price, DIEM's supply, the VVV
//! locked and the VVV burned since day 0, in `summary.txt` and in `forecast.json`, the file
//! the dashboard's governance card shows (format `diem-forecast/1`, documented in
//! `sim/README.md`).

use crate::{
	output::{self, percentile},
	proposal::Proposal,
	rpc::to_hex,
	scenario::Scenario,
	sim::{DayRow, RunOutput},
	snapshot::Snapshot,
};
use serde_json::{json, Value};
use std::{fmt::Write as _, fs, path::Path};

/// The days the forecast reports.
pub const HORIZONS: [u32; 3] = [30, 90, 365];

/// A forecast figure: its name in `forecast.json`, its label, and its value on a day of a run.
type Figure = (&'static str, &'static str, fn(&RunOutput, &DayRow) -> f64);

/// The figures compared.
pub const FIGURES: [Figure; 4] = [
	("diem_price", "DIEM price (USDC)", |_, d| d.diem_price),
	("diem_supply", "DIEM supply", |_, d| d.diem_supply),
	("vvv_locked", "VVV locked", |_, d| d.vvv_locked),
	("vvv_burned", "VVV burned since day 0", |run, d| d.burned - run.start.burned),
];

/// P10, median and P90 of `figure` on `day` over `runs` (those that reached it).
pub fn band(runs: &[&RunOutput], day: u32, figure: Figure) -> (f64, f64, f64) {
	let mut values: Vec<f64> = runs
		.iter()
		.filter_map(|run| run.days.iter().find(|d| d.day == day).map(|d| figure.2(run, d)))
		.filter(|v| v.is_finite())
		.collect();
	(percentile(&mut values, 0.1), percentile(&mut values, 0.5), percentile(&mut values, 0.9))
}

fn band_json((p10, median, p90): (f64, f64, f64)) -> Value {
	json!({ "p10": p10, "median": median, "p90": p90 })
}

/// The runs in which the proposal failed when enacted: each one's seed and failure.
fn failures<'a>(with: &[&'a RunOutput]) -> Vec<(u64, &'a str)> {
	with.iter().filter_map(|r| Some((r.seed, r.enactment_failure.as_deref()?))).collect()
}

/// The forecast as `forecast.json`'s value.
pub fn to_json(
	scenario: &Scenario,
	proposal: &Proposal,
	snapshot: Option<&Snapshot>,
	without: &[&RunOutput],
	with: &[&RunOutput],
) -> Value {
	let horizons: Vec<Value> = HORIZONS
		.iter()
		.filter(|&&day| day <= scenario.days)
		.map(|&day| {
			let mut horizon = json!({ "day": day });
			for figure in FIGURES {
				let (a, b) = (band(without, day, figure), band(with, day, figure));
				horizon[figure.0] = json!({
					"without": band_json(a),
					"with": band_json(b),
					"difference": b.1 - a.1,
				});
			}
			horizon
		})
		.collect();
	let failed = failures(with);
	json!({
		"format": "diem-forecast/1",
		"referendum": proposal.referendum,
		"call": to_hex(&proposal.call),
		"calls": proposal.describe(),
		"origin": proposal.authority.name(),
		"enact_hour": proposal.enact_hour,
		"enactment": proposal.schedule.map(|s| json!({
			"read_at": s.now,
			"decision_from": s.decision_from,
			"confirmed_at": s.confirmed_at,
			"enacted_at": s.enacted_at,
		})),
		"chain": snapshot.map(|s| json!({ "genesis": to_hex(&s.genesis_hash), "block": s.block })),
		// The seeds in which the call failed when enacted (those runs went on without it), and
		// the first failure.
		"enactment_failed": {
			"seeds": failed.iter().map(|(seed, _)| seed).collect::<Vec<_>>(),
			"first": failed.first().map(|(_, failure)| failure),
		},
		"runs": scenario.runs,
		"days": scenario.days,
		"first_seed": scenario.seed,
		"horizons": horizons,
	})
}

/// Writes the forecast's plot and `forecast.json` into `dir`; returns its summary section.
pub fn write(
	dir: &Path,
	scenario: &Scenario,
	proposal: &Proposal,
	snapshot: Option<&Snapshot>,
	without: &[&RunOutput],
	with: &[&RunOutput],
) -> Result<String, Box<dyn std::error::Error>> {
	let forecast = to_json(scenario, proposal, snapshot, without, with);
	fs::write(dir.join("forecast.json"), serde_json::to_string_pretty(&forecast)?)?;
	let days = |runs: &[&RunOutput]| runs.iter().map(|r| r.days.clone()).collect::<Vec<_>>();
	let (a, b) = (days(without), days(with));
	output::plot_groups(
		&dir.join("compare"),
		&[("without", &a), ("with", &b)],
		&format!("{} — {}", scenario.name, proposal.describe()),
	)?;
	let mut text = String::new();
	writeln!(
		text,
		"\nForecast of {} (median without → with, difference; P10–P90 in brackets; forecast.json, compare.png):",
		proposal.describe()
	)?;
	let failed = failures(with);
	if let Some((seed, first)) = failed.first() {
		writeln!(
			text,
			"  The call failed when enacted in {} of {} runs, which went on without it, as the chain's scheduler leaves a failed enactment (seed {seed}: {first}).",
			failed.len(),
			with.len(),
		)?;
	}
	for &day in HORIZONS.iter().filter(|&&day| day <= scenario.days) {
		writeln!(text, "  day {day}:")?;
		for figure in FIGURES {
			let (x, y) = (band(without, day, figure), band(with, day, figure));
			writeln!(
				text,
				"    {}: {} → {} ({}) [{}–{} → {}–{}]",
				figure.1,
				number(x.1),
				number(y.1),
				Signed(y.1 - x.1),
				number(x.0),
				number(x.2),
				number(y.0),
				number(y.2)
			)?;
		}
	}
	Ok(text)
}

/// A figure with two decimals below 1,000, whole above.
fn number(value: f64) -> String {
	if value.abs() >= 1_000.0 {
		format!("{value:.0}")
	} else {
		format!("{value:.2}")
	}
}

/// A signed difference, as [`number`] writes it.
struct Signed(f64);

impl core::fmt::Display for Signed {
	fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
		let sign = if self.0 >= 0.0 { "+" } else { "" };
		write!(f, "{sign}{}", number(self.0))
	}
}
