//! How much revenue one purchase may spend: the pricing math, pure.
//!
//! In a constant-product pool with `r` revenue and `v` VVV, VVV costs `r / v`. Buying VVV
//! with `Δ` revenue leaves `r + Δ` and, without the fee, `r·v / (r + Δ)` VVV, so the price
//! becomes `(r + Δ)² / (r·v)`: it rises by the factor `(1 + Δ/r)²`. The liquidity fee only
//! leaves more VVV in the pool, so the rise is at most that. A purchase of at most
//! `r·(√(1 + m) − 1)` therefore moves the price by at most `m`: that is [`max_spend`].

use sp_arithmetic::{
	helpers_128bit::multiply_by_rational_with_rounding, traits::Saturating, FixedPointNumber,
	FixedU128, Perbill, Rounding,
};

/// Revenue or VVV amounts, in their smallest units.
pub type Balance = u128;

/// The most a purchase may spend from a pool holding `revenue_reserve` so the pool price
/// rises by at most `max_impact`, rounded down.
pub fn max_spend(revenue_reserve: Balance, max_impact: Perbill) -> Balance {
	let growth = FixedU128::from_u32(1)
		.saturating_add(FixedU128::from_perbill(max_impact))
		.checked_sqrt()
		.unwrap_or(FixedU128::from_u32(1))
		.saturating_sub(FixedU128::from_u32(1));
	// The square root rounds down, and so does this product: the bound is never exceeded.
	growth.saturating_mul_int(revenue_reserve)
}

/// The average price of a purchase, in revenue units per whole VVV (10¹⁸ planck), rounded
/// up; zero if nothing was bought.
pub fn average_price(spent: Balance, bought: Balance) -> Balance {
	if bought == 0 {
		return 0;
	}
	multiply_by_rational_with_rounding(spent, crate::reference::VVV, bought, Rounding::Up)
		.unwrap_or(Balance::MAX)
}

#[cfg(test)]
mod tests {
	#![allow(clippy::arithmetic_side_effects)]
	use super::*;
	use proptest::prelude::*;

	/// How much the pool price grows when `spend` buys from `(r, v)` with a `fee_permille`
	/// fee: `(r + spend)·v / (r·(v − out))`.
	fn price_growth(r: u128, v: u128, spend: u128, fee_permille: u128) -> f64 {
		let (r, v, spend) = (r as f64, v as f64, spend as f64);
		let effective = spend * (1000 - fee_permille) as f64 / 1000.0;
		let out = v * effective / (r + effective);
		(r + spend) * v / (r * (v - out))
	}

	#[test]
	fn one_percent_of_a_three_million_pool() {
		// √1.01 − 1 = 0.0049875621…
		let spend = max_spend(3_000_000_000_000, Perbill::from_percent(1));
		assert_eq!(spend, 14_962_686_336);
		assert_eq!(max_spend(0, Perbill::from_percent(1)), 0);
		assert_eq!(max_spend(1_000, Perbill::zero()), 0);
		// A 300% cap doubles the price: spend the whole reserve again.
		assert_eq!(max_spend(1_000, Perbill::one()), 414);
	}

	#[test]
	fn average_price_is_per_whole_vvv() {
		assert_eq!(average_price(3_000_000, 1_000_000_000_000_000_000), 3_000_000);
		assert_eq!(average_price(1, 3), 333_333_333_333_333_334);
		assert_eq!(average_price(5, 0), 0);
	}

	proptest! {
		/// A purchase of `max_spend` never moves the price more than the cap, fee or not, and
		/// the cap is nearly reached.
		#[test]
		fn the_cap_holds(
			r in 1_000_000u128..1u128 << 100,
			v in 1_000_000u128..1u128 << 100,
			impact in 1u32..=Perbill::from_percent(50).deconstruct(),
			fee in 0u128..10,
		) {
			let cap = Perbill::from_parts(impact);
			let spend = max_spend(r, cap);
			let growth = price_growth(r, v, spend, fee);
			let allowed = 1.0 + impact as f64 / 1e9;
			prop_assert!(growth <= allowed * (1.0 + 1e-12), "grew {} > {}", growth, allowed);
			if fee == 0 && spend > 1_000_000 {
				prop_assert!(growth >= 1.0 + impact as f64 / 1e9 * 0.999);
			}
		}
	}
}
