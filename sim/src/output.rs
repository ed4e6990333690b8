//! What a run leaves on disk: the daily CSV, the plots (PNG and SVG, with P10–P90 bands over
//! Monte Carlo runs) and the sweep's plot of where each value settled.

use crate::sim::DayRow;
use plotters::{coord::Shift, prelude::*};
use std::{fs, path::Path, sync::Once};

/// Writes `days` as CSV to `path`.
pub fn write_csv(path: &Path, days: &[DayRow]) -> std::io::Result<()> {
	let mut text = String::with_capacity(days.len() * 160);
	text.push_str(&DayRow::header());
	text.push('\n');
	for day in days {
		text.push_str(&day.csv());
		text.push('\n');
	}
	fs::write(path, text)
}

type Series = fn(&DayRow) -> f64;

struct Panel {
	title: &'static str,
	lines: &'static [(&'static str, Series, RGBColor)],
}

const BLUE: RGBColor = RGBColor(67, 56, 202);
const ORANGE: RGBColor = RGBColor(234, 88, 12);
const GREEN: RGBColor = RGBColor(5, 150, 105);

const PANELS: [Panel; 9] = [
	Panel { title: "DIEM price (USDC)", lines: &[("DIEM", |d| d.diem_price, BLUE)] },
	Panel {
		title: "DIEM supply",
		lines: &[("supply", |d| d.diem_supply, BLUE), ("target", |d| d.target_supply, ORANGE)],
	},
	Panel { title: "VVV locked", lines: &[("locked", |d| d.vvv_locked, BLUE)] },
	Panel { title: "VVV supply", lines: &[("supply", |d| d.vvv_supply, BLUE)] },
	Panel {
		title: "VVV burned and emitted",
		lines: &[("burned", |d| d.burned, ORANGE), ("emitted", |d| d.emitted, GREEN)],
	},
	Panel { title: "Staking APR", lines: &[("APR", |d| d.staking_apr, BLUE)] },
	Panel {
		title: "Credits used ($/day)",
		lines: &[("credits", |d| d.credits_used, BLUE), ("paid in USD", |d| d.revenue, ORANGE)],
	},
	Panel {
		title: "VVV price (USDC)",
		lines: &[("pool", |d| d.vvv_price, BLUE), ("external", |d| d.external_vvv_price, GREEN)],
	},
	Panel {
		title: "DIEM staked for credits",
		lines: &[("staked", |d| d.diem_staked_for_credits, BLUE)],
	},
];

/// A number for an axis: 3.5M, 120k, 0.15.
pub fn compact(value: f64) -> String {
	let abs = value.abs();
	if abs >= 1e6 {
		format!("{:.1}M", value / 1e6)
	} else if abs >= 1e4 {
		format!("{:.0}k", value / 1e3)
	} else if abs >= 100.0 {
		format!("{value:.0}")
	} else {
		format!("{value:.2}")
	}
}

/// The percentile `p` (0–1) of `values` (which it sorts), interpolated linearly between the
/// nearest ranks: the median of two runs is their mean.
pub fn percentile(values: &mut [f64], p: f64) -> f64 {
	if values.is_empty() {
		return f64::NAN;
	}
	values.sort_by(|a, b| a.total_cmp(b));
	let rank = p.clamp(0.0, 1.0) * (values.len() - 1) as f64;
	let (low, high) = (rank.floor() as usize, rank.ceil() as usize);
	values[low] + (values[high] - values[low]) * (rank - low as f64)
}

/// Per day, the P10, median and P90 of `series` over `runs`.
pub fn bands(runs: &[Vec<DayRow>], series: Series) -> Vec<(f64, f64, f64, f64)> {
	let days = runs.iter().map(Vec::len).min().unwrap_or(0);
	(0..days)
		.map(|i| {
			let mut values: Vec<f64> =
				runs.iter().map(|r| series(&r[i])).filter(|v| v.is_finite()).collect();
			let day = f64::from(runs[0][i].day);
			(
				day,
				percentile(&mut values, 0.1),
				percentile(&mut values, 0.5),
				percentile(&mut values, 0.9),
			)
		})
		.collect()
}

fn register_font() {
	static FONT: Once = Once::new();
	FONT.call_once(|| {
		// Plots render text without a system font: DejaVu Sans comes with the binary.
		let _ = plotters::style::register_font(
			"sans-serif",
			FontStyle::Normal,
			dejavu::sans::regular(),
		);
	});
}

type PlotResult = Result<(), Box<dyn std::error::Error>>;

fn extent(values: impl Iterator<Item = f64>) -> (f64, f64) {
	let (lo, hi) = values
		.filter(|v| v.is_finite())
		.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| (lo.min(v), hi.max(v)));
	if !lo.is_finite() {
		return (0.0, 1.0);
	}
	let pad = ((hi - lo) * 0.05).max(hi.abs() * 0.01).max(1e-9);
	((lo - pad).min(if lo >= 0.0 { 0.0f64.max(lo - pad) } else { lo - pad }), hi + pad)
}

/// Runs drawn together: one set, or a forecast's two (its label, its runs).
type Groups<'a> = [(&'a str, &'a [Vec<DayRow>])];

/// The colours of compared groups: without, with.
const GROUP_COLORS: [RGBColor; 2] = [BLUE, ORANGE];

fn draw_series<DB: DrawingBackend>(
	root: &DrawingArea<DB, Shift>,
	groups: &Groups,
	title: &str,
) -> PlotResult
where
	DB::ErrorType: 'static,
{
	root.fill(&WHITE)?;
	let root = root.titled(title, ("sans-serif", 26))?;
	let runs = groups.iter().map(|(_, runs)| runs.len()).min().unwrap_or(0);
	for (area, panel) in root.split_evenly((3, 3)).iter().zip(PANELS.iter()) {
		// One set: each of the panel's lines; groups compared: the panel's first line of each.
		let lines: Vec<_> = match groups {
			[(_, one)] => panel
				.lines
				.iter()
				.map(|(label, f, color)| (*label, bands(one, *f), *color))
				.collect(),
			_ => groups
				.iter()
				.zip(GROUP_COLORS.iter().cycle())
				.map(|((label, runs), color)| (*label, bands(runs, panel.lines[0].1), *color))
				.collect(),
		};
		let days = lines[0].1.last().map(|b| b.0).unwrap_or(1.0).max(1.0);
		let (lo, hi) = extent(
			lines.iter().flat_map(|(_, b, _)| b.iter().flat_map(|(_, p10, _, p90)| [*p10, *p90])),
		);
		let mut chart = ChartBuilder::on(area)
			.caption(panel.title, ("sans-serif", 18))
			.margin(10)
			.x_label_area_size(28)
			.y_label_area_size(70)
			.build_cartesian_2d(1.0..days, lo..hi)?;
		chart
			.configure_mesh()
			.x_desc("day")
			.light_line_style(WHITE.mix(0.0))
			.label_style(("sans-serif", 13))
			.draw()?;
		for (label, band, color) in &lines {
			if runs > 1 {
				let upper = band.iter().map(|b| (b.0, b.3));
				let lower = band.iter().rev().map(|b| (b.0, b.1));
				chart.draw_series(std::iter::once(Polygon::new(
					upper.chain(lower).collect::<Vec<_>>(),
					color.mix(0.2).filled(),
				)))?;
			}
			chart
				.draw_series(LineSeries::new(
					band.iter().map(|b| (b.0, b.2)),
					color.stroke_width(2),
				))?
				.label(*label)
				.legend(move |(x, y)| {
					PathElement::new(vec![(x, y), (x + 16, y)], color.stroke_width(2))
				});
		}
		if lines.len() > 1 {
			chart
				.configure_series_labels()
				.background_style(WHITE.mix(0.8))
				.border_style(BLACK.mix(0.3))
				.label_font(("sans-serif", 13))
				.draw()?;
		}
	}
	root.present()?;
	Ok(())
}

/// Plots every series of `runs` (the median, and the P10–P90 band when there are several) as
/// `<stem>.png` and `<stem>.svg`.
pub fn plot_series(stem: &Path, runs: &[Vec<DayRow>], title: &str) -> PlotResult {
	plot_groups(stem, &[("runs", runs)], title)
}

/// Plots groups of runs on the same panels (a forecast's runs without and with its
/// proposal): each group's median and P10–P90 band of each series, in its colour, as
/// `<stem>.png` and `<stem>.svg`.
pub fn plot_groups(stem: &Path, groups: &Groups, title: &str) -> PlotResult {
	register_font();
	let size = (1800, 1300);
	draw_series(
		&BitMapBackend::new(&stem.with_extension("png"), size).into_drawing_area(),
		groups,
		title,
	)?;
	draw_series(
		&SVGBackend::new(&stem.with_extension("svg"), size).into_drawing_area(),
		groups,
		title,
	)?;
	Ok(())
}

/// A swept value and where its runs ended: P10, median and P90 of the DIEM price and of the VVV
/// locked, and how many of its runs settled.
#[derive(Clone, Debug, PartialEq)]
pub struct SweepPoint {
	/// The parameter's value.
	pub value: f64,
	/// DIEM price: P10, median, P90.
	pub diem_price: (f64, f64, f64),
	/// VVV locked: P10, median, P90.
	pub vvv_locked: (f64, f64, f64),
	/// DIEM supply: median.
	pub diem_supply: f64,
	/// Runs that reached an equilibrium, of all.
	pub settled: (usize, usize),
	/// The median day they settled on.
	pub settled_day: Option<f64>,
}

/// A sweep panel: its title, its P10/median/P90 and its colour.
type SweepPanel = (&'static str, fn(&SweepPoint) -> (f64, f64, f64), RGBColor);

fn draw_sweep<DB: DrawingBackend>(
	root: &DrawingArea<DB, Shift>,
	parameter: &str,
	points: &[SweepPoint],
) -> PlotResult
where
	DB::ErrorType: 'static,
{
	root.fill(&WHITE)?;
	let root =
		root.titled(&format!("Where the economy settles against {parameter}"), ("sans-serif", 24))?;
	let (x0, x1) = extent(points.iter().map(|p| p.value));
	let panels: [SweepPanel; 2] =
		[("DIEM price (USDC)", |p| p.diem_price, BLUE), ("VVV locked", |p| p.vvv_locked, GREEN)];
	for (area, (title, f, color)) in root.split_evenly((1, 2)).iter().zip(panels) {
		let (lo, hi) = extent(points.iter().flat_map(|p| [f(p).0, f(p).2]));
		let mut chart = ChartBuilder::on(area)
			.caption(title, ("sans-serif", 18))
			.margin(12)
			.x_label_area_size(34)
			.y_label_area_size(80)
			.build_cartesian_2d(x0..x1, lo..hi)?;
		chart
			.configure_mesh()
			.x_desc(parameter)
			.x_label_formatter(&|x| compact(*x))
			.y_label_formatter(&|y| compact(*y))
			.label_style(("sans-serif", 13))
			.draw()?;
		if points.len() > 1 {
			let upper = points.iter().map(|p| (p.value, f(p).2));
			let lower = points.iter().rev().map(|p| (p.value, f(p).0));
			chart.draw_series(std::iter::once(Polygon::new(
				upper.chain(lower).collect::<Vec<_>>(),
				color.mix(0.2).filled(),
			)))?;
		}
		chart.draw_series(LineSeries::new(
			points.iter().map(|p| (p.value, f(p).1)),
			color.stroke_width(2),
		))?;
		// Filled where every run settled, hollow where some did not.
		chart.draw_series(points.iter().map(|p| {
			let style =
				if p.settled.0 == p.settled.1 { color.filled() } else { color.stroke_width(2) };
			Circle::new((p.value, f(p).1), 5, style)
		}))?;
	}
	root.present()?;
	Ok(())
}

/// Plots a sweep as `<stem>.png` and `<stem>.svg`.
pub fn plot_sweep(stem: &Path, parameter: &str, points: &[SweepPoint]) -> PlotResult {
	register_font();
	let size = (1600, 700);
	draw_sweep(
		&BitMapBackend::new(&stem.with_extension("png"), size).into_drawing_area(),
		parameter,
		points,
	)?;
	draw_sweep(
		&SVGBackend::new(&stem.with_extension("svg"), size).into_drawing_area(),
		parameter,
		points,
	)?;
	Ok(())
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn axis_numbers_are_compact() {
		assert_eq!(compact(3_500_000.0), "3.5M");
		assert_eq!(compact(120_000.0), "120k");
		assert_eq!(compact(365.4), "365");
		assert_eq!(compact(0.153), "0.15");
	}

	#[test]
	fn percentiles_interpolate_between_ranks() {
		let mut v: Vec<f64> = (1..=10).map(f64::from).rev().collect();
		assert!((percentile(&mut v, 0.1) - 1.9).abs() < 1e-12);
		assert_eq!(percentile(&mut v, 0.5), 5.5);
		assert!((percentile(&mut v, 0.9) - 9.1).abs() < 1e-12);
		assert_eq!(percentile(&mut [3.0, 1.0], 0.5), 2.0);
		assert_eq!(percentile(&mut [7.0], 0.9), 7.0);
		assert!(percentile(&mut [], 0.5).is_nan());
	}

	#[test]
	fn bands_span_the_runs_day_by_day() {
		let run = |k: f64| {
			(1..=3)
				.map(|day| DayRow { day, diem_price: k * f64::from(day), ..Default::default() })
				.collect::<Vec<_>>()
		};
		let runs: Vec<_> = (1..=10).map(|k| run(f64::from(k))).collect();
		let b = bands(&runs, |d| d.diem_price);
		assert_eq!(b.len(), 3);
		let (day, p10, p50, p90) = b[1];
		assert_eq!((day, p50), (2.0, 11.0));
		assert!((p10 - 3.8).abs() < 1e-12 && (p90 - 18.2).abs() < 1e-12);
	}
}
