//! The reference price and the limits a purchase takes from it: the pricing math, pure.
//!
//! The hook must never pay a price that a transaction of the block it buys in can set. So it
//! does not price from the pool as it is when it runs (`on_idle`, after every transaction), but
//! from a **reference**: an exponential moving average of the pool price, sampled once a block
//! in `on_initialize`, before any transaction runs, with a half-life of `H` blocks:
//!
//! ```text
//! reference ← reference · d + spot · (1 − d),   d = 2^(−1/H)
//! ```
//!
//! A sample counts at most `MaxSlippage` (`s`) above the reference: a price held up for `t`
//! blocks, however high, raises the reference by at most the factor `(1 + s·(1 − d))^t`
//! (with `s` = 1% and `H` = an hour, 0.04% in 100 blocks; 10% takes 13.8 hours, against every
//! arbitrageur). A fall is followed at once: the hook prices from the lower of the reference
//! and the block's opening price (the pool before any transaction of the block), so after a
//! fall the average's lag leaves no room above the market. From that price the hook derives:
//!
//! - the **limit**: `price · (1 + s)`, the most it pays on average, passed to the DEX as
//!   `amount_out_min` ([`min_out`]); it does not buy while the pool's price is above it;
//! - the **depth** the reference implies ([`implied_depth`]): the revenue reserve the pool would
//!   hold at the reference price with the invariant `k = r·v` sampled with it. A swap does not
//!   change `k` (only its fee adds to it), so no trade can enlarge a purchase; the price-impact
//!   cap ([`crate::impact::max_spend`]) is applied to this depth, or to the live one if that is
//!   smaller;
//! - what the pool can sell within the limit ([`affordable_spend`]), from its live reserves:
//!   this can only make a purchase smaller, so that the DEX's own check passes instead of
//!   failing.
//!
//! Prices are in revenue units per whole VVV (10¹⁸ planck) — the unit of the `Burned` event's
//! average price — as [`FixedU128`], so 3 USDC (6 decimals) is `3_000_000.0`, kept to 10⁻¹⁸ of a
//! revenue unit. Prices above 3.4·10²⁰ revenue units per VVV are beyond it and read as no price.

use crate::impact::Balance;
use sp_arithmetic::{
	helpers_128bit::multiply_by_rational_with_rounding,
	traits::{One, Saturating, Zero},
	FixedU128, PerThing, Perbill, Permill, Rounding,
};
use sp_core::U512;

/// Planck in a whole VVV: prices are per whole VVV.
pub const VVV: Balance = 1_000_000_000_000_000_000;

/// `FixedU128`'s scale, 10¹⁸.
const ONE: u128 = 1_000_000_000_000_000_000;

/// 10³⁶: a price's fixed-point scale times its per-whole-VVV scale.
const ONE_SQUARED: u128 = ONE.saturating_mul(ONE);

/// ln 2, rounded down to 18 decimals.
const LN_2: u128 = 693_147_180_559_945_309;

/// The pool price, revenue units per whole VVV, rounded down; `None` for an empty pool or a
/// price beyond [`FixedU128`].
pub fn spot_price(revenue_reserve: Balance, native_reserve: Balance) -> Option<FixedU128> {
	if revenue_reserve.is_zero() || native_reserve.is_zero() {
		return None;
	}
	// inner = revenue · 10¹⁸ (per whole VVV) · 10¹⁸ (fixed point) / native
	multiply_by_rational_with_rounding(revenue_reserve, ONE_SQUARED, native_reserve, Rounding::Down)
		.map(FixedU128::from_inner)
}

/// The weight the reference keeps at each sample, `d = 2^(−1/H) = exp(−ln 2 / H)`, so that a
/// sample's weight halves every `half_life` blocks. Zero for a zero half-life (the reference is
/// the last sample).
///
/// `exp(−x)` is summed as its Taylor series: `x = ln 2 / H ≤ ln 2`, so the terms fall
/// monotonically and below 10⁻¹⁸ within 20 terms; each is rounded down, so `d` is within a few
/// 10⁻¹⁸ of the exact value.
pub fn decay_per_block(half_life: u32) -> FixedU128 {
	if half_life == 0 {
		return FixedU128::zero();
	}
	let x = LN_2.checked_div(u128::from(half_life)).unwrap_or(0);
	let (mut term, mut sum) = (ONE, ONE);
	for i in 1..=40u128 {
		term = multiply_by_rational_with_rounding(term, x, ONE.saturating_mul(i), Rounding::Down)
			.unwrap_or(0);
		if term == 0 {
			break;
		}
		// The terms alternate and fall, so the partial sums stay within [1 − x, 1].
		sum = if i % 2 == 1 { sum.saturating_sub(term) } else { sum.saturating_add(term) };
	}
	FixedU128::from_inner(sum)
}

/// One step of the moving average: `reference · d + sample · (1 − d)`. Lies between the two
/// prices, so it cannot overflow.
pub fn ema(reference: FixedU128, sample: FixedU128, decay: FixedU128) -> FixedU128 {
	let keep = decay.min(FixedU128::one());
	reference
		.saturating_mul(keep)
		.saturating_add(sample.saturating_mul(FixedU128::one().saturating_sub(keep)))
}

/// The revenue reserve of a pool with the invariant of `(revenue_reserve, native_reserve)` if
/// its price were `price`: `√(r·v·price / 10¹⁸)`, rounded down (one integer square root).
pub fn implied_depth(
	revenue_reserve: Balance,
	native_reserve: Balance,
	price: FixedU128,
) -> Balance {
	// r·v·inner < 2³⁸⁴; the price is per 10¹⁸ planck and its inner value is scaled by 10¹⁸.
	let square = U512::from(revenue_reserve)
		.saturating_mul(U512::from(native_reserve))
		.saturating_mul(U512::from(price.into_inner()))
		.checked_div(U512::from(ONE_SQUARED))
		.unwrap_or_default();
	let root = square.integer_sqrt();
	if root > U512::from(Balance::MAX) {
		Balance::MAX
	} else {
		root.low_u128()
	}
}

/// The most the pool price may be for the hook to buy: `reference · (1 + max_slippage)`.
pub fn limit_price(reference: FixedU128, max_slippage: Perbill) -> FixedU128 {
	reference.saturating_mul(FixedU128::one().saturating_add(FixedU128::from_perbill(max_slippage)))
}

/// The largest spend a constant-product pool `(revenue_reserve, native_reserve)` with swap fee
/// `fee` sells VVV for at an average price of at most `limit`, rounded down.
///
/// Buying with `Δ` gives `v·γΔ / (r + γΔ)` VVV (`γ = 1 − fee`), an average price of
/// `(r + γΔ) / (γ·v)`; that is at most `L` for `Δ ≤ L·v − r/γ`. The limit is taken 10⁻⁹ lower,
/// so the DEX's rounding of its output down by a planck cannot push the price above `L`.
pub fn affordable_spend(
	revenue_reserve: Balance,
	native_reserve: Balance,
	limit: FixedU128,
	fee: Permill,
) -> Balance {
	let margin = limit.into_inner() / 1_000_000_000;
	let limit = limit.into_inner().saturating_sub(margin);
	// L·v: L is per 10¹⁸ planck and in fixed point.
	let Some(bought_at_limit) =
		multiply_by_rational_with_rounding(native_reserve, limit, ONE_SQUARED, Rounding::Down)
	else {
		return Balance::MAX;
	};
	let kept = fee.left_from_one().deconstruct();
	if kept == 0 {
		return 0;
	}
	let reserve_over_kept = multiply_by_rational_with_rounding(
		revenue_reserve,
		u128::from(Permill::ACCURACY),
		u128::from(kept),
		Rounding::Up,
	)
	.unwrap_or(Balance::MAX);
	bought_at_limit.saturating_sub(reserve_over_kept)
}

/// The least VVV (planck) a spend must buy so that its average price is at most `limit`:
/// `⌈spend · 10¹⁸ / limit⌉`. `None` for a zero limit or a result beyond `u128`.
pub fn min_out(spend: Balance, limit: FixedU128) -> Option<Balance> {
	if limit.is_zero() {
		return None;
	}
	multiply_by_rational_with_rounding(spend, ONE_SQUARED, limit.into_inner(), Rounding::Up)
}

/// A price in whole revenue units per VVV, rounded down: for events and wallets.
pub fn per_vvv(price: FixedU128) -> Balance {
	price.into_inner() / ONE
}

#[cfg(test)]
mod tests {
	#![allow(clippy::arithmetic_side_effects, clippy::unwrap_used)]
	use super::*;
	use proptest::prelude::*;

	fn f(x: FixedU128) -> f64 {
		x.to_float()
	}

	#[test]
	fn the_genesis_pool_is_at_three_usdc() {
		let price = spot_price(3_000_000_000_000, 1_000_000 * VVV).unwrap();
		assert_eq!(price, FixedU128::from_u32(3_000_000));
		assert_eq!(per_vvv(price), 3_000_000);
		assert_eq!(spot_price(0, VVV), None);
		assert_eq!(spot_price(VVV, 0), None);
		// 10³⁰ revenue units for one planck: beyond FixedU128.
		assert_eq!(spot_price(10u128.pow(30), 1), None);
	}

	#[test]
	fn a_sample_halves_its_weight_every_half_life() {
		for half_life in [1u32, 2, 5, 10, 1_800, 43_200, 1_000_000, u32::MAX] {
			let d = decay_per_block(half_life);
			let exact = 0.5f64.powf(1.0 / half_life as f64);
			assert!((f(d) - exact).abs() < 1e-15, "H = {half_life}: {} vs {exact}", f(d));
			// d^H = 1/2 to the precision the fixed point carries over H multiplications.
			if half_life <= 43_200 {
				let powered = f(d.saturating_pow(half_life as usize));
				assert!((powered - 0.5).abs() < 1e-12 * half_life as f64, "{powered}");
			}
		}
		assert_eq!(decay_per_block(0), FixedU128::zero());
		assert!(decay_per_block(u32::MAX) < FixedU128::one());
	}

	#[test]
	fn the_average_moves_by_the_share_of_a_sample() {
		let three = FixedU128::from_u32(3);
		let twelve = FixedU128::from_u32(12);
		let mut reference = three;
		let d = decay_per_block(10);
		for _ in 0..10 {
			reference = ema(reference, twelve, d);
		}
		// Ten blocks, one half-life: halfway from 3 to 12.
		assert!((f(reference) - 7.5).abs() < 1e-12, "{}", f(reference));
		assert_eq!(ema(three, twelve, FixedU128::zero()), twelve);
		assert_eq!(ema(three, twelve, FixedU128::one()), three);
	}

	#[test]
	fn the_depth_at_the_pools_own_price_is_its_reserve() {
		let (r, v) = (3_000_000_000_000, 1_000_000 * VVV);
		let depth = implied_depth(r, v, spot_price(r, v).unwrap());
		assert_eq!(depth, r);
		// The same pool pushed to 4× the price holds 2× the revenue.
		assert_eq!(implied_depth(r, v, FixedU128::from_u32(12_000_000)), 2 * r);
		assert_eq!(implied_depth(10, 10, FixedU128::from_u32(1)), 0, "√(10⁻¹⁶)");
		let huge = implied_depth(u128::MAX, u128::MAX, FixedU128::from_u32(1));
		assert_eq!(huge, u128::MAX / 1_000_000_000, "√(r·v·10⁻¹⁸) = r·10⁻⁹");
		assert_eq!(
			implied_depth(u128::MAX, u128::MAX, FixedU128::from_inner(u128::MAX)),
			u128::MAX
		);
	}

	#[test]
	fn affordable_spend_on_the_genesis_pool() {
		let (r, v) = (3_000_000_000_000, 1_000_000 * VVV);
		let limit = limit_price(spot_price(r, v).unwrap(), Perbill::from_percent(1));
		let spend = affordable_spend(r, v, limit, Permill::from_parts(3_000));
		// L·v − r/γ = 3.03·10⁶ USDC − 3·10⁶/0.997 USDC = 20,972.9 USDC
		assert!((spend as f64 / 1e6 - 20_972.918_756).abs() < 0.01, "{spend}");
		assert_eq!(affordable_spend(r, v, FixedU128::from_u32(1), Permill::from_parts(3_000)), 0);
		assert_eq!(affordable_spend(r, v, limit, Permill::one()), 0);
	}

	/// What `pallet-asset-conversion` gives for `amount_in`.
	fn dex_out(amount_in: u128, r: u128, v: u128, fee: Permill) -> u128 {
		use sp_core::U256;
		let kept = U256::from(fee.left_from_one().deconstruct());
		let with_fee = U256::from(amount_in) * kept;
		(with_fee * U256::from(v) / (U256::from(r) * U256::from(1_000_000u32) + with_fee))
			.low_u128()
	}

	proptest! {
		// About 3% of draws (slippage within a tenth of a percent of the fee) are outside the
		// first property's domain.
		#![proptest_config(ProptestConfig { max_global_rejects: 1 << 20, ..ProptestConfig::default() })]

		/// A spend of at most the affordable amount always meets `min_out` at the real DEX's
		/// rounding, and the bound is tight: 0.1% more would pay above the limit.
		#[test]
		fn an_affordable_spend_meets_the_limit(
			r in 1_000_000u128..1u128 << 90,
			v in VVV..1u128 << 100,
			slippage in 1u32..=Perbill::from_percent(20).deconstruct(),
			fee in 0u32..=10_000,
			share in 1u32..=1_000,
		) {
			let fee = Permill::from_parts(fee);
			let spot = spot_price(r, v).unwrap();
			let limit = limit_price(spot, Perbill::from_parts(slippage));
			let affordable = affordable_spend(r, v, limit, fee);
			// Where the slippage barely exceeds the fee, the pool sells almost nothing within
			// the limit and the limit's 10⁻⁹ margin decides both properties: they are about
			// purchases of at least a thousandth of the pool's revenue reserve.
			prop_assume!(affordable >= r / 1_000);
			let spend = affordable / 1_000 * u128::from(share);
			let wanted = min_out(spend, limit).unwrap();
			// The limit's 10⁻⁹ margin covers the DEX's rounding of its output down by a planck
			// from 2·10⁹ planck of VVV bought; below that (a spend of a few revenue planck) the
			// DEX may refuse the swap by a planck, and the hook's purchase is skipped with
			// nothing spent (`BuySkipped { SwapFailed }`).
			prop_assume!(spend > 0 && wanted >= 2_000_000_000);
			let out = dex_out(spend, r, v, fee);
			prop_assert!(out >= wanted, "out {} < min {} for spend {}", out, wanted, spend);
			let over = affordable + affordable / 1_000 + 1_000;
			prop_assert!(dex_out(over, r, v, fee) < min_out(over, limit).unwrap());
		}

		/// The average lies between its two inputs whatever the decay.
		#[test]
		fn the_average_lies_between(
			a in 0u128..1u128 << 120,
			b in 0u128..1u128 << 120,
			half_life in 0u32..100_000,
		) {
			let (a, b) = (FixedU128::from_inner(a), FixedU128::from_inner(b));
			let next = ema(a, b, decay_per_block(half_life));
			prop_assert!(next >= a.min(b) && next <= a.max(b));
		}
	}
}
