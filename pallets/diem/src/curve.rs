//! The DIEM mint curve: how many VVV a DIEM costs at a given DIEM supply (design §3).
//!
//! ```text
//! rate(S)    = B · exp(k · (S/T)^n)                  VVV per DIEM at supply S
//! cost(S, Δ) = ∫_S^{S+Δ} rate(s) ds                  VVV locked to mint Δ DIEM at supply S
//! ```
//!
//! `B` is the base rate, `T` the target supply, `k` the adjustment power and `n` the curve
//! exponent ([`CurveParams`]). Because the cost is an integral, minting in one call or in many
//! costs the same (path independence).
//!
//! # The algorithm
//!
//! With `x = S/T`, `x₁ = (S+Δ)/T`, `r = S/(S+Δ)` and `y = k·x₁ⁿ`, expanding `exp` and
//! integrating term by term gives
//!
//! ```text
//! cost(S, Δ) = B·Δ · Φ,    Φ = Σ_{m≥0} yᵐ/m! · w_m,    w_m = (1 + r + r² + … + r^{mn}) / (mn+1)
//! ```
//!
//! (`(x₁^q − x₀^q)/(x₁ − x₀) = x₁^{q−1}·(1 + r + … + r^{q−1})`.) Every term is positive, so no
//! digit is lost to cancellation, however small `Δ` is next to `S`: the difference of two
//! integrals is never formed. `w_m` is the mean of `rⁱ` over `i < mn+1`; it is computed by the
//! recurrence `e_{q+n} = e_n + rⁿ·e_q` on the sums `e_q = Σ_{i<q} rⁱ`. The same loop sums
//! `Σ yᵐ/m! = exp(y)`, the rate multiple at `S+Δ`.
//!
//! The rate cap `rate ≤ M·B` is checked on the exponent, `y ≤ ln M`, before any series is
//! summed: the runtime gives `ln M` ([`MintCurve`]'s `MaxRateExponent`), so the check is cheap,
//! and the supply where the cap falls can be found by Newton's method on `k·(S/T)ⁿ = ln M`.
//!
//! All arithmetic is fixed point with 192 fractional bits in 256-bit integers, and every
//! operation rounds up, as do the inputs (`y`, `r`). The series is cut once its terms halve
//! at each step and fall below a tolerance, and the whole remaining tail (at most twice the next
//! term) is added. So the computed `Φ` is an upper bound of the exact one, and the cost,
//! `⌈B·Δ·Φ⌉` in planck, is never below the exact integral: rounding is always in the
//! protocol's favour. The tolerance is chosen from `B·Δ` so that the excess stays below
//! 1/16 planck: the cost is the exact integral rounded up, or one planck more.
//!
//! The inverse ([`max_mint`]) is Newton's method on the unrounded cost, safeguarded by a
//! bisection bracket; it returns the largest `Δ` whose cost fits the budget. A budget that
//! reaches the cap is clamped there first, so the inverse never bisects towards the cap.
//!
//! # Units and domain
//!
//! Supplies and amounts are DIEM planck (10⁻¹⁸ DIEM); `B` is planck of VVV per whole DIEM;
//! costs are planck of VVV. The domain is [`CurveParams::validate`]'s: `n ∈ 1..=4`,
//! `k ∈ [10⁻⁶, 8]` (below 10⁻⁶ the curve is flat to a part in a million), `T` from 1 to 10⁹
//! DIEM, `B` from 10⁻⁶ to 10⁶ VVV per DIEM, and supplies up to where the rate reaches
//! `e^max_exponent × B` (`max_exponent` at most [`MAX_EXPONENT_CAP`] = ln 10¹⁸). Beyond the cap
//! the answer is
//! [`CurveError::RateCapExceeded`]; a result that does not fit a `u128` is
//! [`CurveError::Overflow`]. Nothing here panics.

// The 256- and 512-bit arithmetic below is bounded by construction: every fixed-point value is
// below 2⁶⁴ (checked where it could grow), products are taken in the next wider type, and a
// `+ 1` only ever follows a division or shift that left a remainder.
#![allow(clippy::arithmetic_side_effects)]

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_arithmetic::FixedU128;
use sp_core::{U256, U512};

/// An amount of VVV or DIEM in planck (10⁻¹⁸ of a token).
pub type Balance = u128;

/// One whole DIEM (or VVV) in planck.
pub const UNIT: Balance = 1_000_000_000_000_000_000;
/// Smallest base rate: 10⁻⁶ VVV per DIEM.
pub const MIN_BASE_RATE: Balance = UNIT / 1_000_000;
/// Largest base rate: 10⁶ VVV per DIEM.
pub const MAX_BASE_RATE: Balance = UNIT * 1_000_000;
/// Smallest target supply: 1 DIEM.
pub const MIN_TARGET_SUPPLY: Balance = UNIT;
/// Largest target supply: 10⁹ DIEM.
pub const MAX_TARGET_SUPPLY: Balance = UNIT * 1_000_000_000;
/// Smallest adjustment power `k`: 10⁻⁶.
pub const MIN_ADJUSTMENT_POWER: FixedU128 = FixedU128::from_inner(1_000_000_000_000);
/// Largest adjustment power `k`: 8.
pub const MAX_ADJUSTMENT_POWER: FixedU128 = FixedU128::from_inner(8 * UNIT);
/// Smallest curve exponent `n`.
pub const MIN_EXPONENT: u8 = 1;
/// Largest curve exponent `n`.
pub const MAX_EXPONENT: u8 = 4;
/// Largest cap on the exponent the curve supports: ln 10¹⁸ (rounded up), so the rate may reach
/// at most about 10¹⁸ × B.
pub const MAX_EXPONENT_CAP: FixedU128 = FixedU128::from_inner(41_446_531_673_892_822_313);
/// `ln 10⁹`, rounded up: the cap of design §3's example, a rate of at most 10⁹ × B.
pub const LN_1E9: FixedU128 = FixedU128::from_inner(20_723_265_836_946_411_157);

/// The parameters of the curve `rate(S) = B · exp(k · (S/T)^n)`.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	serde::Serialize,
	serde::Deserialize,
)]
pub struct CurveParams {
	/// `B`: the rate at zero supply, in planck of VVV per whole DIEM.
	pub base_rate: Balance,
	/// `T`: the target supply, in DIEM planck.
	pub target_supply: Balance,
	/// `k`: how fast the rate rises; the rate at `S = T` is `B·e^k`.
	pub adjustment_power: FixedU128,
	/// `n`: the curve exponent; higher keeps the rate flatter below `T` and steeper above.
	pub exponent: u8,
}

impl CurveParams {
	/// The parameters Venice published for the launch: B = 90 VVV/DIEM, T = 38,000 DIEM,
	/// k = 2, n = 3.
	pub const fn launch() -> Self {
		Self {
			base_rate: 90 * UNIT,
			target_supply: 38_000 * UNIT,
			adjustment_power: FixedU128::from_inner(2 * UNIT),
			exponent: 3,
		}
	}

	/// Checks that the parameters lie in the curve's domain.
	pub fn validate(&self) -> Result<(), CurveError> {
		let in_range = (MIN_BASE_RATE..=MAX_BASE_RATE).contains(&self.base_rate)
			&& (MIN_TARGET_SUPPLY..=MAX_TARGET_SUPPLY).contains(&self.target_supply)
			&& (MIN_ADJUSTMENT_POWER..=MAX_ADJUSTMENT_POWER).contains(&self.adjustment_power)
			&& (MIN_EXPONENT..=MAX_EXPONENT).contains(&self.exponent);
		if in_range {
			Ok(())
		} else {
			Err(CurveError::InvalidParameters)
		}
	}
}

impl Default for CurveParams {
	fn default() -> Self {
		Self::launch()
	}
}

/// Why the curve gave no answer.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub enum CurveError {
	/// The parameters are outside [`CurveParams::validate`]'s domain, or the exponent cap is above
	/// [`MAX_EXPONENT_CAP`].
	InvalidParameters,
	/// The supply would take the rate beyond the cap, `e^max_exponent × B`.
	RateCapExceeded,
	/// The result does not fit a `u128`.
	Overflow,
}

/// A rate in planck of VVV per whole DIEM, with 128 fractional bits, rounded up.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub struct Rate(U256);

impl Rate {
	/// The rate times 2¹²⁸, rounded up: the exact value is in `(raw − 1, raw] / 2¹²⁸`.
	pub fn raw_q128(&self) -> U256 {
		self.0
	}

	/// The rate in planck of VVV per whole DIEM, rounded up.
	pub fn per_diem(&self) -> Balance {
		let whole = self.0 >> 128;
		let rounded = if whole << 128 == self.0 { whole } else { whole + 1 };
		// `Rate` is only built below 2¹²⁸ planck per DIEM.
		rounded.try_into().unwrap_or(Balance::MAX)
	}
}

/// A pricing policy for minting DIEM: the rate, the cost of an amount, and the inverse. The
/// runtime chooses the implementation; [`ExponentialCurve`] is design §3's.
pub trait MintCurve {
	/// The rate at `supply`.
	fn rate(params: &CurveParams, supply: Balance) -> Result<Rate, CurveError>;

	/// The VVV to lock to mint `amount` DIEM when `supply` DIEM exist, rounded up.
	fn cost(params: &CurveParams, supply: Balance, amount: Balance) -> Result<Balance, CurveError>;

	/// The largest amount of DIEM whose cost at `supply` is at most `budget` VVV.
	fn max_mint(
		params: &CurveParams,
		supply: Balance,
		budget: Balance,
	) -> Result<Balance, CurveError>;
}

/// Design §3's curve `B · exp(k · (S/T)^n)`, with the rate capped at `e^MaxRateExponent × B`
/// (`MaxRateExponent` = ln of the largest multiple of the base rate, e.g. [`LN_1E9`]).
pub struct ExponentialCurve<MaxRateExponent>(core::marker::PhantomData<MaxRateExponent>);

impl<M: sp_core::Get<FixedU128>> MintCurve for ExponentialCurve<M> {
	fn rate(params: &CurveParams, supply: Balance) -> Result<Rate, CurveError> {
		rate(params, M::get(), supply)
	}

	fn cost(params: &CurveParams, supply: Balance, amount: Balance) -> Result<Balance, CurveError> {
		cost(params, M::get(), supply, amount)
	}

	fn max_mint(
		params: &CurveParams,
		supply: Balance,
		budget: Balance,
	) -> Result<Balance, CurveError> {
		max_mint(params, M::get(), supply, budget)
	}
}

/// Fixed point with [`Fx::FRAC`] fractional bits; every operation rounds up.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
struct Fx(U256);

impl Fx {
	const FRAC: usize = 192;

	fn one() -> Self {
		Fx(U256::one() << Self::FRAC)
	}

	fn from_int(value: u64) -> Self {
		Fx(U256::from(value) << Self::FRAC)
	}

	/// `⌈num / den⌉`; `den` must not be zero.
	fn ratio_up(num: Balance, den: Balance) -> Result<Self, CurveError> {
		let scaled = U512::from(num) << Self::FRAC;
		narrow(div_up(scaled, U512::from(den))).map(Fx)
	}

	fn mul_up(self, other: Self) -> Result<Self, CurveError> {
		narrow(shr_up(self.0.full_mul(other.0), Self::FRAC)).map(Fx)
	}

	fn div_int_up(self, divisor: u64) -> Self {
		let (quotient, remainder) = self.0.div_mod(U256::from(divisor));
		Fx(if remainder.is_zero() { quotient } else { quotient + 1 })
	}

	fn add(self, other: Self) -> Result<Self, CurveError> {
		self.0.checked_add(other.0).map(Fx).ok_or(CurveError::Overflow)
	}
}

/// `⌈a / b⌉` for `b > 0`.
fn div_up(a: U512, b: U512) -> U512 {
	let (quotient, remainder) = a.div_mod(b);
	if remainder.is_zero() {
		quotient
	} else {
		quotient + 1
	}
}

/// `⌈a / 2^bits⌉`.
fn shr_up(a: U512, bits: usize) -> U512 {
	let shifted = a >> bits;
	if shifted << bits == a {
		shifted
	} else {
		shifted + 1
	}
}

fn narrow(value: U512) -> Result<U256, CurveError> {
	U256::try_from(value).map_err(|_| CurveError::Overflow)
}

/// A bound on the loop: at `y ≤ 42` the terms fall below 2⁻¹⁹² (any tolerance) well before.
const MAX_TERMS: u64 = 400;

/// The exponent cap as a fixed-point number, or `InvalidParameters` if it is above
/// [`MAX_EXPONENT_CAP`]: below it, `e^y < 2⁶⁰` and every value of the series fits below 2⁶⁴.
fn exponent_cap(max_exponent: FixedU128) -> Result<Fx, CurveError> {
	if max_exponent > MAX_EXPONENT_CAP {
		return Err(CurveError::InvalidParameters);
	}
	Fx::ratio_up(max_exponent.into_inner(), UNIT)
}

/// `y = k · (supply/T)^n`, rounded up, or `RateCapExceeded` if it is beyond `cap`.
fn exponent_at(params: &CurveParams, supply: Balance, cap: Fx) -> Result<Fx, CurveError> {
	// With k ≥ 10⁻⁶, an x or xⁿ that overflows 2⁶⁴ means y > 42: beyond every cap.
	let beyond = |_| CurveError::RateCapExceeded;
	let x = Fx::ratio_up(supply, params.target_supply).map_err(beyond)?;
	let mut x_pow = Fx::one();
	for _ in 0..params.exponent {
		x_pow = x_pow.mul_up(x).map_err(beyond)?;
	}
	let k = Fx::ratio_up(params.adjustment_power.into_inner(), UNIT)?;
	let y = k.mul_up(x_pow).map_err(beyond)?;
	if y > cap {
		return Err(CurveError::RateCapExceeded);
	}
	Ok(y)
}

/// Upper bounds of `Φ = Σ yᵐ/m!·w_m` (see the module docs) and of `exp(y)`, each within
/// `tolerance` (in units of 2⁻¹⁹²) plus rounding. Needs `y ≤` [`MAX_EXPONENT_CAP`] and `r ≤ 1`.
fn series(y: Fx, r: Fx, n: u8, tolerance: U256) -> Result<(Fx, Fx), CurveError> {
	// e_n = 1 + r + … + r^{n−1} and rⁿ, for the recurrence e_{q+n} = e_n + rⁿ·e_q.
	let mut r_pow_n = Fx::one();
	let mut e_n = Fx(U256::zero());
	for _ in 0..n {
		e_n = e_n.add(r_pow_n)?;
		r_pow_n = r_pow_n.mul_up(r)?;
	}

	let two_y = y.add(y)?;
	let mut term = Fx::one(); // yᵐ/m!
	let mut e_q = Fx::one(); // e_{mn+1}
	let mut q = 1u64; // mn + 1
	let mut phi = Fx(U256::zero());
	let mut exp = Fx(U256::zero());
	for m in 1..=MAX_TERMS {
		phi = phi.add(term.mul_up(e_q)?.div_int_up(q))?;
		exp = exp.add(term)?;
		term = term.mul_up(y)?.div_int_up(m);
		e_q = e_n.add(r_pow_n.mul_up(e_q)?)?;
		q += u64::from(n);
		// From here on each term is at most half the one before (y/m ≤ 1/2), so all that is
		// left is at most twice the next term; each weight is at most one.
		if Fx::from_int(m) >= two_y && term.0 <= tolerance {
			let tail = term.add(term)?;
			return Ok((phi.add(tail)?, exp.add(tail)?));
		}
	}
	Err(CurveError::Overflow)
}

/// The tolerance (in units of 2⁻¹⁹²) that keeps `scale · tail / 10¹⁸` below 1/16 planck, and
/// at most 2⁻⁶⁴ relative to a sum of at least one.
fn tolerance_for(scale: U256) -> U256 {
	let relative = U256::one() << 128;
	if scale.is_zero() {
		return relative;
	}
	let absolute = (U512::from(UNIT) << (Fx::FRAC - 4)) / U512::from(scale);
	narrow(absolute).unwrap_or(relative).min(relative).max(U256::one())
}

/// The rate `B · exp(k · (supply/T)^n)` in planck of VVV per DIEM, rounded up, or
/// `RateCapExceeded` beyond `e^max_exponent × B`.
pub fn rate(
	params: &CurveParams,
	max_exponent: FixedU128,
	supply: Balance,
) -> Result<Rate, CurveError> {
	params.validate()?;
	let y = exponent_at(params, supply, exponent_cap(max_exponent)?)?;
	let (_, exp_y) = series(y, Fx::one(), 1, U256::one() << 64)?;
	// B·e^y with 128 fractional bits: shift out 192 − 128 of the 192.
	let raw = shr_up(U256::from(params.base_rate).full_mul(exp_y.0), Fx::FRAC - 128);
	Ok(Rate(narrow(raw)?))
}

/// The cost of `amount` at `supply` before rounding: `numerator / (2¹⁹² · 10¹⁸)` planck, an
/// upper bound of the exact integral. Also the rate multiple `exp(y)` at `supply + amount`.
struct UnroundedCost {
	numerator: U512,
	exp_y: Fx,
}

impl UnroundedCost {
	fn denominator() -> U512 {
		U512::from(UNIT) << Fx::FRAC
	}

	fn ceil(&self) -> Result<Balance, CurveError> {
		let planck = div_up(shr_up(self.numerator, Fx::FRAC), U512::from(UNIT));
		Balance::try_from(planck).map_err(|_| CurveError::Overflow)
	}
}

fn unrounded_cost(
	params: &CurveParams,
	cap: Fx,
	supply: Balance,
	amount: Balance,
) -> Result<UnroundedCost, CurveError> {
	let end = supply.checked_add(amount).ok_or(CurveError::Overflow)?;
	let y = exponent_at(params, end, cap)?;
	let r = Fx::ratio_up(supply, end)?;
	let scale = U256::from(params.base_rate) * U256::from(amount);
	let (phi, exp_y) = series(y, r, params.exponent, tolerance_for(scale))?;
	Ok(UnroundedCost { numerator: scale.full_mul(phi.0), exp_y })
}

/// The VVV (planck) to lock to mint `amount` DIEM planck when `supply` exist: the integral of
/// the rate, rounded up; never below the exact value, at most one planck above its ceiling.
pub fn cost(
	params: &CurveParams,
	max_exponent: FixedU128,
	supply: Balance,
	amount: Balance,
) -> Result<Balance, CurveError> {
	params.validate()?;
	let cap = exponent_cap(max_exponent)?;
	if amount == 0 {
		return Ok(0);
	}
	unrounded_cost(params, cap, supply, amount)?.ceil()
}

/// The largest supply in `[within, beyond)` whose exponent is within `cap`, by bisection:
/// `within` must be within the cap and `beyond` beyond it. The exponent needs no series, so
/// even 128 halvings cost less than one cost evaluation.
fn cap_supply(params: &CurveParams, cap: Fx, mut within: Balance, mut beyond: Balance) -> Balance {
	while beyond - within > 1 {
		let mid = within + (beyond - within) / 2;
		if exponent_at(params, mid, cap).is_ok() {
			within = mid;
		} else {
			beyond = mid;
		}
	}
	within
}

/// How a candidate amount compares with the budget.
enum Probe {
	/// Its cost fits the budget; the Newton step up towards the budget, in DIEM planck.
	Fits(Balance),
	/// Its cost exceeds the budget (or a `u128`); the Newton step down, where there is one.
	Exceeds(Option<Balance>),
	/// It takes the rate beyond the cap.
	BeyondCap,
}

/// The largest `amount` (DIEM planck) with `cost(supply, amount) ≤ budget`: what
/// `mint_for_vvv` mints. `RateCapExceeded` if the budget would buy past the cap (the cap stops
/// the amount while what is left of the budget buys at least another planck).
pub fn max_mint(
	params: &CurveParams,
	max_exponent: FixedU128,
	supply: Balance,
	budget: Balance,
) -> Result<Balance, CurveError> {
	max_mint_probes(params, max_exponent, supply, budget).map(|(amount, _)| amount)
}

/// Among 160 budgets from 10⁻⁶ VVV up, 1.4× apart, the one whose [`max_mint`] from `supply`
/// evaluates the most costs, and how many: the worst case of `mint_for_vvv` there, which its
/// benchmark charges.
#[cfg(any(test, feature = "runtime-benchmarks"))]
pub fn most_probed_budget(
	params: &CurveParams,
	max_exponent: FixedU128,
	supply: Balance,
) -> (Balance, u32) {
	let mut budget: Balance = 1_000_000_000_000;
	let mut worst = (budget, 0);
	for _ in 0..160 {
		if let Ok((_, probes)) = max_mint_probes(params, max_exponent, supply, budget) {
			if probes > worst.1 {
				worst = (budget, probes);
			}
		}
		budget = budget.saturating_mul(7) / 5;
	}
	worst
}

/// [`max_mint`] and the number of costs it evaluated (its probes): what its weight grows with.
pub fn max_mint_probes(
	params: &CurveParams,
	max_exponent: FixedU128,
	supply: Balance,
	budget: Balance,
) -> Result<(Balance, u32), CurveError> {
	let start_rate = rate(params, max_exponent, supply)?;
	let cap = exponent_cap(max_exponent)?;
	if budget == 0 {
		return Ok((0, 0));
	}
	let budget_scaled = U512::from(budget) * UnroundedCost::denominator();
	let to_balance = |step: U512| Balance::try_from(step).unwrap_or(Balance::MAX);
	let probe = |amount: Balance| -> Result<Probe, CurveError> {
		let c = match unrounded_cost(params, cap, supply, amount) {
			Ok(c) => c,
			Err(CurveError::RateCapExceeded) => return Ok(Probe::BeyondCap),
			Err(CurveError::Overflow) => return Ok(Probe::Exceeds(None)),
			Err(e) => return Err(e),
		};
		// Newton: the step is (cost − budget) / (rate at the end), in DIEM planck.
		let slope = U256::from(params.base_rate).full_mul(c.exp_y.0);
		Ok(if c.ceil().map_or(true, |planck| planck > budget) {
			Probe::Exceeds(Some(to_balance(c.numerator.saturating_sub(budget_scaled) / slope)))
		} else {
			Probe::Fits(to_balance((budget_scaled - c.numerator.min(budget_scaled)) / slope))
		})
	};

	// The cost grows at least as fast as the starting rate, so the linear estimate is at (or,
	// by the rate's rounding, just below) the answer; Newton on a convex cost converges to it
	// from above. Where the estimate is beyond the cap, start at the cap instead. A bracket
	// [fits, exceeds] keeps Newton safe: where it would leave the bracket, bisect.
	let linear = U512::from(budget) * U512::from(UNIT) * (U512::one() << 128)
		/ U512::from(start_rate.raw_q128());
	let mut candidate = Balance::try_from(linear).unwrap_or(Balance::MAX).max(1);
	let mut fits: Balance = 0;
	// Whether what is left of the budget at `fits` buys another planck at the rate there.
	let mut fits_has_room = true;
	let mut exceeds: Option<(Balance, bool)> = None; // (amount, whether beyond the cap)
	for probes in 1..=256u32 {
		let next = match probe(candidate)? {
			Probe::Fits(step) => {
				fits = candidate;
				fits_has_room = step > 0;
				candidate.saturating_add(step.max(1))
			}
			Probe::Exceeds(step) => {
				exceeds = Some((candidate, false));
				step.map_or(fits, |step| candidate.saturating_sub(step.max(1)))
			}
			Probe::BeyondCap => {
				// Everything up to the cap is below: probe the cap itself next.
				let at_cap = cap_supply(params, cap, supply, supply.saturating_add(candidate));
				exceeds = Some((at_cap.saturating_sub(supply).saturating_add(1), true));
				at_cap.saturating_sub(supply)
			}
		};
		let Some((high, beyond_cap)) = exceeds else {
			candidate = next;
			continue;
		};
		if high.saturating_sub(fits) <= 1 {
			// Stopped by the cap with budget to spare: the budget buys past the cap.
			return if beyond_cap && fits_has_room {
				Err(CurveError::RateCapExceeded)
			} else {
				Ok((fits, probes))
			};
		}
		candidate = if next > fits && next < high { next } else { fits + (high - fits) / 2 };
	}
	Err(CurveError::Overflow)
}

#[cfg(test)]
mod tests;
