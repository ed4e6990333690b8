//! Runs on every core: a scenario's seeded Monte Carlo runs, and sweeps of one parameter over
//! a list of values (each value with the scenario's runs), with a progress bar over the days
//! simulated. Each run is one `TestExternalities` on one thread; runs share nothing, so the
//! same seed gives the same output however many threads run.

use crate::{
	forecast,
	output::{self, SweepPoint},
	proposal::Proposal,
	scenario::{Scenario, ScenarioError},
	sim::{RunOutput, Sim},
	snapshot::Snapshot,
	summary,
};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::{fmt::Write as _, fs, path::Path, sync::Arc};

/// What every run starts from: the scenario's genesis or a live chain's snapshot, and the
/// proposal a forecast applies in half its runs.
#[derive(Clone, Debug, Default)]
pub struct Basis {
	/// The live chain's state (`--from`); `None`: the scenario's genesis.
	pub snapshot: Option<Arc<Snapshot>>,
	/// The proposal to forecast (`--proposal`).
	pub proposal: Option<Arc<Proposal>>,
}

/// A sweep: a dotted parameter path and the values it takes.
#[derive(Clone, Debug, PartialEq)]
pub struct Sweep {
	/// E.g. `operator.compute_budget`.
	pub parameter: String,
	/// The values, in order.
	pub values: Vec<f64>,
}

impl Sweep {
	/// Parses `path=v1,v2,…`.
	pub fn parse(text: &str) -> Result<Self, ScenarioError> {
		let (parameter, values) = text
			.split_once('=')
			.ok_or_else(|| ScenarioError(format!("a sweep is `path=v1,v2,…`, not `{text}`")))?;
		let values = values
			.split(',')
			.map(|v| {
				v.trim().parse::<f64>().map_err(|_| ScenarioError(format!("`{v}` is not a number")))
			})
			.collect::<Result<Vec<_>, _>>()?;
		if values.is_empty() {
			return Err(ScenarioError("a sweep needs at least one value".into()));
		}
		Ok(Self { parameter: parameter.trim().into(), values })
	}
}

/// One run to do.
#[derive(Clone, Debug)]
pub struct Job {
	/// The swept value, if any.
	pub value: Option<f64>,
	/// The scenario, with the value set.
	pub scenario: Scenario,
	/// Its seed.
	pub seed: u64,
	/// Whether it applies the basis's proposal.
	pub with_proposal: bool,
}

/// The runs of `scenario` (and of each swept value); with `proposal`, each seed twice:
/// without the proposal and with it.
pub fn jobs(
	scenario: &Scenario,
	sweep: Option<&Sweep>,
	proposal: bool,
) -> Result<Vec<Job>, ScenarioError> {
	if proposal && sweep.is_some() {
		return Err(ScenarioError(
			"a forecast (--proposal) does not sweep: run one or the other".into(),
		));
	}
	let variants = match sweep {
		None => vec![(None, scenario.clone())],
		Some(sweep) => sweep
			.values
			.iter()
			.map(|v| Ok((Some(*v), scenario.with(&sweep.parameter, *v)?)))
			.collect::<Result<Vec<_>, ScenarioError>>()?,
	};
	let sides: &[bool] = if proposal { &[false, true] } else { &[false] };
	Ok(variants
		.into_iter()
		.flat_map(|(value, scenario)| {
			sides.iter().flat_map(move |&with_proposal| {
				let scenario = scenario.clone();
				(0..scenario.runs).map(move |i| Job {
					value,
					scenario: scenario.clone(),
					seed: scenario.seed + u64::from(i),
					with_proposal,
				})
			})
		})
		.collect())
}

/// Runs `jobs` from `basis` in parallel, with a progress bar unless `quiet`; with `check`,
/// design §7 after every block.
pub fn run_all(
	jobs: &[Job],
	basis: &Basis,
	check: bool,
	quiet: bool,
) -> Result<Vec<RunOutput>, String> {
	let total: u64 = jobs.iter().map(|j| u64::from(j.scenario.days)).sum();
	let bar = if quiet { ProgressBar::hidden() } else { ProgressBar::new(total) };
	bar.set_style(
		ProgressStyle::with_template(
			"{elapsed_precise} [{bar:40}] {pos}/{len} simulated days ({per_sec}, {eta} left)",
		)
		.unwrap_or_else(|_| ProgressStyle::default_bar())
		.progress_chars("=> "),
	);
	let outputs = jobs
		.par_iter()
		.map(|job| {
			Sim::new(&job.scenario, job.seed, check)
				.from_snapshot(basis.snapshot.clone())
				.with_proposal(job.with_proposal.then(|| basis.proposal.clone()).flatten())
				.run(|_| bar.inc(1))
		})
		.collect::<Result<Vec<_>, _>>();
	bar.finish_and_clear();
	outputs
}

fn format_number(value: f64) -> String {
	if !value.is_finite() {
		return "–".into();
	}
	let rounded = value.round() as i64;
	let digits = rounded.unsigned_abs().to_string();
	let mut grouped = String::new();
	for (i, c) in digits.chars().enumerate() {
		if i > 0 && (digits.len() - i).is_multiple_of(3) {
			grouped.push(',');
		}
		grouped.push(c);
	}
	if rounded < 0 {
		format!("-{grouped}")
	} else {
		grouped
	}
}

/// A swept value (or none), whether with the proposal, and its runs.
type Group<'a> = ((Option<f64>, bool), Vec<(&'a Job, &'a RunOutput)>);

/// Writes every output of a scenario's runs into `dir`: each run's `daily.csv`, the series
/// plots, the sweep's CSV and plot, and `summary.txt`, which it also returns.
pub fn write_outputs(
	dir: &Path,
	scenario: &Scenario,
	sweep: Option<&Sweep>,
	basis: &Basis,
	jobs: &[Job],
	outputs: &[RunOutput],
) -> Result<String, Box<dyn std::error::Error>> {
	fs::create_dir_all(dir)?;
	let eq = &scenario.equilibrium;
	let mut text = String::new();
	writeln!(
		text,
		"Scenario {}: {} days, {} run(s) from seed {}, {} users, {} holders{}.",
		scenario.name,
		scenario.days,
		scenario.runs,
		scenario.seed,
		scenario.users.count,
		scenario.holders.count,
		sweep.map(|s| format!(", {} swept over {:?}", s.parameter, s.values)).unwrap_or_default()
	)?;
	writeln!(
		text,
		"Equilibrium: the first day from which DIEM supply and VVV locked stay within {:.1}% over every {}-day window to the horizon.",
		eq.tolerance * 100.0,
		eq.window_days
	)?;
	if let Some(snapshot) = &basis.snapshot {
		writeln!(text, "Started from {}.", snapshot.describe())?;
	}
	if let Some(proposal) = &basis.proposal {
		writeln!(
			text,
			"Forecast of {}: every seed run without it and with it, applied {}.",
			proposal.describe(),
			proposal.describe_enactment()
		)?;
		if proposal.enact_hour > scenario.days.saturating_mul(crate::runtime::BLOCKS_PER_DAY) {
			writeln!(text, "The runs end before it is applied: with and without are alike.")?;
		}
	}
	writeln!(text, "Departures from mainnet (diem_config::mainnet):")?;
	for departure in scenario.departures(basis.snapshot.is_some()) {
		writeln!(text, "  - {departure}")?;
	}
	let mut groups: Vec<Group> = Vec::new();
	for (job, output) in jobs.iter().zip(outputs) {
		let key = (job.value, job.with_proposal);
		match groups.iter_mut().find(|(k, _)| *k == key) {
			Some((_, runs)) => runs.push((job, output)),
			None => groups.push((key, vec![(job, output)])),
		}
	}
	let mut points = Vec::new();
	for ((value, with_proposal), runs) in &groups {
		let label = match (value, basis.proposal.is_some()) {
			(Some(v), _) => format!("{}={v}", sweep.map(|s| s.parameter.as_str()).unwrap_or("")),
			(None, true) if *with_proposal => "with the proposal".into(),
			(None, true) => "without the proposal".into(),
			(None, false) => "runs".into(),
		};
		let group_dir = match (value, basis.proposal.is_some()) {
			(Some(v), _) => dir.join(format!(
				"{}-{v}",
				sweep.map(|s| s.parameter.replace('.', "_")).unwrap_or_default()
			)),
			(None, true) => dir.join(if *with_proposal { "with" } else { "without" }),
			(None, false) => dir.to_path_buf(),
		};
		fs::create_dir_all(&group_dir)?;
		if let Some((_, first)) = runs.first() {
			output::write_csv(&group_dir.join("start.csv"), std::slice::from_ref(&first.start))?;
		}
		writeln!(text, "\n{label}:")?;
		let mut settled = Vec::new();
		let mut ends = Vec::new();
		for (job, output) in runs {
			output::write_csv(
				&group_dir.join(format!("daily-seed{}.csv", job.seed)),
				&output.days,
			)?;
			let found = summary::find(&output.days, eq.window_days, eq.tolerance);
			let end = summary::last_window(&output.days, eq.window_days);
			match found {
				Some(e) => {
					settled.push(e.day as f64);
					writeln!(
						text,
						"  seed {}: settled on day {}: DIEM {:.2} USDC, {} DIEM supply, {} VVV locked, target {} DIEM",
						job.seed,
						e.day,
						e.diem_price,
						format_number(e.diem_supply),
						format_number(e.vvv_locked),
						format_number(e.target_supply)
					)?;
				},
				None => writeln!(
					text,
					"  seed {}: no equilibrium within {} days; ended at DIEM {:.2} USDC, {} DIEM supply, {} VVV locked, target {} DIEM",
					job.seed,
					scenario.days,
					end.diem_price,
					format_number(end.diem_supply),
					format_number(end.vvv_locked),
					format_number(end.target_supply)
				)?,
			}
			writeln!(
				text,
				"    agents' calls: {} accepted, {} refused by the pallets",
				output.calls.ok, output.calls.refused
			)?;
			for (action, (ok, refused)) in &output.calls.by_action {
				writeln!(text, "      {action}: {ok} accepted, {refused} refused")?;
			}
			ends.push(end);
		}
		let all: Vec<Vec<_>> = runs.iter().map(|(_, o)| o.days.clone()).collect();
		output::plot_series(
			&group_dir.join("series"),
			&all,
			&format!("{} — {label}", scenario.name),
		)?;
		let mut prices: Vec<f64> = ends.iter().map(|e| e.diem_price).collect();
		let mut locked: Vec<f64> = ends.iter().map(|e| e.vvv_locked).collect();
		let mut supply: Vec<f64> = ends.iter().map(|e| e.diem_supply).collect();
		let mut days = settled.clone();
		points.push(SweepPoint {
			value: value.unwrap_or(0.0),
			diem_price: (
				output::percentile(&mut prices, 0.1),
				output::percentile(&mut prices, 0.5),
				output::percentile(&mut prices, 0.9),
			),
			vvv_locked: (
				output::percentile(&mut locked, 0.1),
				output::percentile(&mut locked, 0.5),
				output::percentile(&mut locked, 0.9),
			),
			diem_supply: output::percentile(&mut supply, 0.5),
			settled: (settled.len(), runs.len()),
			settled_day: (!days.is_empty()).then(|| output::percentile(&mut days, 0.5)),
		});
	}
	if let Some(sweep) = sweep {
		let mut csv = String::from("value,runs,settled,median_settled_day,diem_price_p10,diem_price_p50,diem_price_p90,vvv_locked_p10,vvv_locked_p50,vvv_locked_p90,diem_supply_p50\n");
		writeln!(
			text,
			"\nWhere it ended against {} (median over runs of the last {}-day window):",
			sweep.parameter, eq.window_days
		)?;
		for p in &points {
			writeln!(
				csv,
				"{},{},{},{},{:.6},{:.6},{:.6},{:.6},{:.6},{:.6},{:.6}",
				p.value,
				p.settled.1,
				p.settled.0,
				p.settled_day.map(|d| d.to_string()).unwrap_or_default(),
				p.diem_price.0,
				p.diem_price.1,
				p.diem_price.2,
				p.vvv_locked.0,
				p.vvv_locked.1,
				p.vvv_locked.2,
				p.diem_supply
			)?;
			writeln!(
				text,
				"  {} = {}: DIEM {:.2} USDC (P10–P90 {:.2}–{:.2}), {} VVV locked, {} DIEM supply; settled in {}/{} runs{}",
				sweep.parameter,
				p.value,
				p.diem_price.1,
				p.diem_price.0,
				p.diem_price.2,
				format_number(p.vvv_locked.1),
				format_number(p.diem_supply),
				p.settled.0,
				p.settled.1,
				p.settled_day.map(|d| format!(", median day {d}")).unwrap_or_default()
			)?;
		}
		fs::write(dir.join("sweep.csv"), csv)?;
		output::plot_sweep(&dir.join("sweep"), &sweep.parameter, &points)?;
	}
	if let Some(proposal) = &basis.proposal {
		let side = |with: bool| -> Vec<&RunOutput> {
			groups
				.iter()
				.filter(|((_, w), _)| *w == with)
				.flat_map(|(_, runs)| runs.iter().map(|(_, o)| *o))
				.collect()
		};
		text.push_str(&forecast::write(
			dir,
			scenario,
			proposal,
			basis.snapshot.as_deref(),
			&side(false),
			&side(true),
		)?);
	}
	fs::write(dir.join("summary.txt"), &text)?;
	Ok(text)
}
