//! Tests of the curve: the published launch point, the 50-digit reference table, and
//! properties over random points of the domain.

#![allow(clippy::arithmetic_side_effects, clippy::indexing_slicing, clippy::unwrap_used)]

use super::*;
use proptest::prelude::*;

/// The cap the runtime uses: the rate may reach 10⁹ × B.
const CAP: FixedU128 = LN_1E9;

fn params(n: u8, k_raw: u128, t: Balance, b: Balance) -> CurveParams {
	CurveParams {
		base_rate: b,
		target_supply: t,
		adjustment_power: FixedU128::from_inner(k_raw),
		exponent: n,
	}
}

#[test]
fn launch_point_rate_is_the_published_93_34() {
	let rate = rate(&CurveParams::launch(), CAP, 10_000 * UNIT).unwrap();
	// 90 · exp(2 · (10,000 / 38,000)³) = 93.3408766238…
	assert_eq!(rate.per_diem() / (UNIT / 100), 9334);
	assert_eq!(rate.per_diem() / 1_000_000_000, 93_340_876_623);
}

#[test]
fn rate_at_target_is_b_e_to_the_k() {
	let rate = rate(&CurveParams::launch(), CAP, 38_000 * UNIT).unwrap();
	// 90 · e² = 665.0150…
	assert_eq!(rate.per_diem() / (UNIT / 10_000), 6_650_150);
}

#[test]
fn zero_supply_rate_is_exactly_b() {
	let rate = rate(&CurveParams::launch(), CAP, 0).unwrap();
	assert_eq!(rate.raw_q128(), U256::from(90 * UNIT) << 128);
}

#[test]
fn zero_amount_costs_nothing() {
	assert_eq!(cost(&CurveParams::launch(), CAP, 10 * UNIT, 0), Ok(0));
	assert_eq!(max_mint(&CurveParams::launch(), CAP, 10 * UNIT, 0), Ok(0));
}

#[test]
fn out_of_domain_parameters_are_refused() {
	let ok = CurveParams::launch();
	let bad = [
		CurveParams { base_rate: MIN_BASE_RATE - 1, ..ok },
		CurveParams { base_rate: MAX_BASE_RATE + 1, ..ok },
		CurveParams { target_supply: MIN_TARGET_SUPPLY - 1, ..ok },
		CurveParams { target_supply: MAX_TARGET_SUPPLY + 1, ..ok },
		CurveParams { adjustment_power: FixedU128::from_inner(0), ..ok },
		CurveParams { adjustment_power: FixedU128::from_inner(8 * UNIT + 1), ..ok },
		CurveParams { exponent: 0, ..ok },
		CurveParams { exponent: 5, ..ok },
	];
	for params in bad {
		assert_eq!(params.validate(), Err(CurveError::InvalidParameters), "{params:?}");
		assert_eq!(cost(&params, CAP, 0, UNIT), Err(CurveError::InvalidParameters));
		assert_eq!(rate(&params, CAP, 0), Err(CurveError::InvalidParameters));
	}
	let too_high = FixedU128::from_inner(MAX_EXPONENT_CAP.into_inner() + 1);
	assert_eq!(rate(&ok, too_high, 0), Err(CurveError::InvalidParameters));
}

#[test]
fn supply_past_the_cap_is_an_error_not_a_panic() {
	let launch = CurveParams::launch();
	// With k = 2, n = 3 the rate reaches 10⁹·B at S = T·(ln 10⁹ / 2)^(1/3) ≈ 2.1797·T.
	assert!(rate(&launch, CAP, 82_000 * UNIT).is_ok());
	assert_eq!(rate(&launch, CAP, 83_000 * UNIT), Err(CurveError::RateCapExceeded));
	assert_eq!(cost(&launch, CAP, 0, 83_000 * UNIT), Err(CurveError::RateCapExceeded));
	for (supply, amount) in [(u128::MAX, 1), (1, u128::MAX), (u128::MAX, u128::MAX), (0, u128::MAX)]
	{
		assert!(cost(&launch, CAP, supply, amount).is_err());
	}
	assert_eq!(rate(&launch, CAP, u128::MAX), Err(CurveError::RateCapExceeded));
	assert_eq!(max_mint(&launch, CAP, 0, u128::MAX), Err(CurveError::RateCapExceeded));
}

/// A cost that does not fit a u128 is an overflow: the largest base rate, a large target
/// supply, a mint of 9·10⁷ DIEM below the cap (a row of the reference table).
#[test]
fn cost_beyond_u128_is_an_overflow() {
	let wide =
		params(4, 5_898_296_704_354_800_392, 211_718_171_343_859_653_497_521_767, MAX_BASE_RATE);
	let (supply, amount) =
		(197_866_976_856_810_839_052_864_420, 91_994_853_295_011_068_866_449_313);
	assert!(rate(&wide, CAP, supply + amount).is_ok(), "below the cap");
	assert_eq!(cost(&wide, CAP, supply, amount), Err(CurveError::Overflow));
	// The most a u128 budget buys stops where the cost would overflow.
	let most = max_mint(&wide, CAP, supply, u128::MAX).unwrap();
	assert!(most > 0 && most < amount);
	assert!(cost(&wide, CAP, supply, most).is_ok());
	assert_eq!(cost(&wide, CAP, supply, most + 1), Err(CurveError::Overflow));
}

/// One row of `reference/curve.csv` (see `reference/generate.py`).
struct Reference {
	params: CurveParams,
	supply: Balance,
	amount: Balance,
	rate_q128: U256,
	cost_floor: Balance,
	cost_frac: f64,
	budget: Balance,
	inverse_floor: Balance,
	expect: String,
}

fn reference_table() -> Vec<Reference> {
	let table = include_str!("../../reference/curve.csv");
	table
		.lines()
		.skip(1)
		.map(|line| {
			let f: Vec<&str> = line.split(',').collect();
			let int = |i: usize| f[i].parse::<u128>().unwrap();
			Reference {
				params: params(f[0].parse().unwrap(), int(1), int(2), int(3)),
				supply: int(4),
				amount: int(5),
				rate_q128: U256::from_dec_str(f[6]).unwrap(),
				cost_floor: int(7),
				cost_frac: f[8].parse().unwrap(),
				budget: int(9),
				inverse_floor: int(10),
				expect: f[11].to_string(),
			}
		})
		.collect()
}

fn u256_to_f64(value: U256) -> f64 {
	value.0.iter().rev().fold(0.0, |acc, limb| acc * 2f64.powi(64) + *limb as f64)
}

/// Rate, cost and inverse against the 50-digit reference (`reference/curve.csv`, made by
/// `reference/generate.py` with mpmath): never below the exact value; the cost is the exact
/// integral rounded up, or one planck more; relative errors within 10⁻¹⁵.
#[test]
fn matches_the_50_digit_reference() {
	let table = reference_table();
	assert!(table.len() >= 2_000, "the table has {} rows", table.len());
	let (mut worst_rate, mut worst_cost, mut worst_cost_big) = (0f64, 0f64, 0f64);
	let (mut worst_rate_at, mut worst_cost_big_at) = (String::new(), String::new());
	let at = |row: &Reference| {
		format!(
			"n={} k={} T={} B={} S={} Δ={}",
			row.params.exponent,
			row.params.adjustment_power,
			row.params.target_supply,
			row.params.base_rate,
			row.supply,
			row.amount
		)
	};
	let mut counts = (0, 0, 0);
	let mut one_planck_above_ceil = 0;
	for row in &table {
		let rate = rate(&row.params, CAP, row.supply).unwrap();
		assert!(rate.raw_q128() >= row.rate_q128, "rate below the exact value");
		let rate_error = u256_to_f64(rate.raw_q128() - row.rate_q128) / u256_to_f64(row.rate_q128);
		assert!(rate_error <= 1e-15, "rate relative error {rate_error:e}");
		if rate_error > worst_rate {
			worst_rate = rate_error;
			worst_rate_at = at(row);
		}

		let cost = cost(&row.params, CAP, row.supply, row.amount);
		match row.expect.as_str() {
			"cap" => {
				counts.1 += 1;
				assert_eq!(cost, Err(CurveError::RateCapExceeded));
				continue;
			}
			"overflow" => {
				counts.2 += 1;
				assert_eq!(cost, Err(CurveError::Overflow));
				continue;
			}
			_ => counts.0 += 1,
		}
		let cost = cost.unwrap();
		let ceil = row.cost_floor + u128::from(row.cost_frac > 0.0);
		assert!(cost >= ceil, "cost {cost} below the exact {}+{}", row.cost_floor, row.cost_frac);
		assert!(cost - ceil <= 1, "cost {cost} more than a planck above ⌈exact⌉ = {ceil}");
		one_planck_above_ceil += cost - ceil;
		let exact = row.cost_floor as f64 + row.cost_frac;
		let cost_error = (cost - row.cost_floor) as f64 - row.cost_frac;
		if exact > 0.0 {
			worst_cost = worst_cost.max(cost_error / exact);
		}
		if exact >= 1e15 {
			let relative = cost_error / exact;
			assert!(relative <= 1e-15, "cost relative error {relative:e}");
			if relative > worst_cost_big {
				worst_cost_big = relative;
				worst_cost_big_at = at(row);
			}
		}

		let minted = max_mint(&row.params, CAP, row.supply, row.budget).unwrap();
		assert!(minted <= row.inverse_floor, "the inverse mints more than the exact budget buys");
		let end_rate = super::rate(&row.params, CAP, row.supply + row.inverse_floor).unwrap();
		let planck_per_vvv_planck = UNIT as f64 / end_rate.per_diem() as f64;
		assert!(
			(row.inverse_floor - minted) as f64 <= 2.0 + 2.0 * planck_per_vvv_planck,
			"the inverse mints {} planck less than the exact budget buys",
			row.inverse_floor - minted
		);
	}
	assert!(counts.1 > 100 && counts.2 > 0, "the table covers the cap and overflow: {counts:?}");
	println!(
		"{} rows ({} ok, {} beyond the cap, {} overflow): worst relative error of rate {:e} \
		 ({}), of cost {:e} (of costs ≥ 10¹⁵ planck {:e}, {}); cost = ⌈exact⌉ + 1 in {} rows",
		table.len(),
		counts.0,
		counts.1,
		counts.2,
		worst_rate,
		worst_rate_at,
		worst_cost,
		worst_cost_big,
		worst_cost_big_at,
		one_planck_above_ceil
	);
}

/// Random parameters of the domain.
fn any_params() -> impl Strategy<Value = CurveParams> {
	(
		1u8..=4,
		MIN_ADJUSTMENT_POWER.into_inner()..=MAX_ADJUSTMENT_POWER.into_inner(),
		MIN_TARGET_SUPPLY..=MAX_TARGET_SUPPLY,
		MIN_BASE_RATE..=MAX_BASE_RATE,
	)
		.prop_map(|(n, k, t, b)| params(n, k, t, b))
}

/// A supply where the rate is at `fraction` of the way (in the exponent) to the cap.
fn supply_at(params: &CurveParams, fraction: f64) -> Balance {
	let k = params.adjustment_power.into_inner() as f64 / UNIT as f64;
	let y = fraction * (CAP.into_inner() as f64 / UNIT as f64);
	(params.target_supply as f64 * (y / k).powf(1.0 / f64::from(params.exponent))) as Balance
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(300))]

	/// The rate never falls as the supply rises, and rises strictly over a millionth of T.
	#[test]
	fn rate_is_increasing(params in any_params(), from in 0.0..0.99f64, to in 0.0..0.99f64) {
		let (low, high) = (supply_at(&params, from.min(to)), supply_at(&params, from.max(to)));
		let (r_low, r_high) = (rate(&params, CAP, low).unwrap(), rate(&params, CAP, high).unwrap());
		prop_assert!(r_low <= r_high);
		if high - low >= params.target_supply / 1_000_000 {
			prop_assert!(r_low < r_high);
		}
		let next = rate(&params, CAP, high + params.target_supply / 1_000_000).unwrap();
		prop_assert!(r_high < next);
	}

	/// Minting a then b costs at least minting a+b at once, and at most a few planck more.
	#[test]
	fn cost_is_path_independent(
		params in any_params(),
		start in 0.0..0.9f64,
		split in 0.0..1.0f64,
		total in 0.0..1.0f64,
	) {
		let supply = supply_at(&params, start);
		let room = supply_at(&params, 0.999).saturating_sub(supply);
		// Amounts from one planck to the whole room, log-uniformly.
		let whole = ((room as f64).powf(total) as Balance).max(1);
		let a = ((whole as f64 * split) as Balance).min(whole);
		let b = whole - a;
		let together = cost(&params, CAP, supply, whole);
		let parts = cost(&params, CAP, supply, a)
			.and_then(|ca| cost(&params, CAP, supply + a, b).map(|cb| ca.checked_add(cb)));
		match (together, parts) {
			(Ok(together), Ok(Some(parts))) => {
				prop_assert!(parts >= together, "{parts} < {together}");
				prop_assert!(parts - together <= 3, "{parts} exceeds {together} by more than 3");
			},
			(Err(CurveError::Overflow), _) | (_, Err(CurveError::Overflow)) | (_, Ok(None)) => {},
			other => prop_assert!(false, "unexpected {other:?}"),
		}
	}

	/// The inverse's amount fits the budget, and one planck more does not.
	#[test]
	fn inverse_is_the_largest_amount_within_budget(
		params in any_params(),
		start in 0.0..0.9f64,
		budget_exp in 0.0..1.0f64,
	) {
		let supply = supply_at(&params, start);
		let room = supply_at(&params, 0.999).saturating_sub(supply);
		let Ok(max_cost) = cost(&params, CAP, supply, room) else { return Ok(()) };
		let budget = ((max_cost as f64).powf(budget_exp) as Balance).max(1);
		let minted = max_mint(&params, CAP, supply, budget).unwrap();
		prop_assert!(cost(&params, CAP, supply, minted).unwrap() <= budget);
		match cost(&params, CAP, supply, minted + 1) {
			Ok(more) => prop_assert!(more > budget),
			Err(e) => prop_assert!(e == CurveError::RateCapExceeded || e == CurveError::Overflow),
		}
	}

	/// Any input at all gives an answer or an error, never a panic.
	#[test]
	fn never_panics(
		n in 0u8..=6,
		k in any::<u128>(),
		t in any::<u128>(),
		b in any::<u128>(),
		supply in any::<u128>(),
		amount in any::<u128>(),
	) {
		let params = params(n, k, t, b);
		let _ = rate(&params, CAP, supply);
		let _ = cost(&params, CAP, supply, amount);
		let _ = max_mint(&params, CAP, supply, amount);
	}
}

/// A budget that buys exactly up to the cap mints up to it; one that would buy further is
/// refused rather than silently spent on less.
#[test]
fn a_budget_reaching_the_cap_mints_up_to_it_and_no_further() {
	let launch = CurveParams::launch();
	let top = cap_supply(&launch, exponent_cap(CAP).unwrap(), 0, u128::MAX);
	assert!(rate(&launch, CAP, top).is_ok());
	assert_eq!(rate(&launch, CAP, top + 1), Err(CurveError::RateCapExceeded));
	let start = top - UNIT;
	let exact = cost(&launch, CAP, start, UNIT).unwrap();
	assert_eq!(max_mint(&launch, CAP, start, exact), Ok(UNIT));
	assert_eq!(max_mint(&launch, CAP, start, exact * 2), Err(CurveError::RateCapExceeded));
	assert_eq!(max_mint(&launch, CAP, top, u128::MAX), Err(CurveError::RateCapExceeded));
}

/// The inverse's work depends on the budget: a one-DIEM budget (what `mint_for_vvv` was
/// benchmarked with) takes a few probes, large budgets many more. The benchmark charges the
/// budget with the most probes at each curve position.
#[test]
fn large_budgets_take_more_probes_than_one_diem() {
	let launch = CurveParams::launch();
	let one_diem = cost(&launch, LN_1E9, 0, UNIT).unwrap();
	let (_, few) = max_mint_probes(&launch, LN_1E9, 0, one_diem).unwrap();
	let most = [0, 10_000 * UNIT, 38_000 * UNIT, 60_000 * UNIT]
		.into_iter()
		.map(|supply| most_probed_budget(&launch, LN_1E9, supply).1)
		.max()
		.unwrap();
	println!("probes: one DIEM {few}, the worst budget {most}");
	assert!(few <= 4, "{few}");
	assert!(most >= 3 * few, "{most} against {few}");
	assert!(most < 256, "the search never runs out of steps");
}
