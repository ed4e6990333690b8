//! The agents' decision rules, as pure functions of what they see: prices, the curve's rate,
//! the APR and their own holdings. The runner (`sim.rs`) turns each decision into the pallets'
//! calls; an agent never touches storage.
//!
//! Prices are USDC per token; amounts are whole tokens (floating point is fine for a decision:
//! every amount moved is then priced by the pallets themselves, in planck).

/// What an agent sees of the market at the start of its day.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct View {
	/// DIEM's price on the DIEM/USDC pool.
	pub diem_price: f64,
	/// VVV's price on the VVV/USDC pool.
	pub vvv_price: f64,
	/// VVV per DIEM a mint locks now, at the margin.
	pub mint_rate: f64,
	/// The APR of free stake.
	pub apr: f64,
	/// The share of locked stake's yield that goes to the treasury.
	pub locked_yield_to_treasury: f64,
	/// DIEM in the DIEM/USDC pool.
	pub pool_diem: f64,
	/// USDC in the DIEM/USDC pool.
	pub pool_usdc: f64,
}

/// The DEX's fee on a swap: the chain's (`diem_config::LP_FEE`).
pub const POOL_FEE: f64 = diem_config::LP_FEE.deconstruct() as f64 / 1_000_000.0;

impl View {
	/// The most DIEM that sells into the pool at an average of at least `price` each:
	/// `usdc·(1−f) / (diem + x·(1−f)) ≥ price`.
	pub fn sellable_at(&self, price: f64) -> f64 {
		let keep = 1.0 - POOL_FEE;
		((self.pool_usdc * keep / price - self.pool_diem) / keep).max(0.0)
	}

	/// The most DIEM the pool sells at an average of at most `price` each:
	/// `usdc / ((diem − x)·(1−f)) ≤ price`.
	pub fn buyable_at(&self, price: f64) -> f64 {
		(self.pool_diem - self.pool_usdc / (price * (1.0 - POOL_FEE))).max(0.0)
	}
}

/// A compute user: needs `need` dollars of compute a day and discounts at `discount_rate` a
/// year. A DIEM staked gives $1 of compute a day for ever, worth `365 / r` dollars to it: the
/// same as paying $1 a day in USD. So it holds DIEM for its whole need while DIEM costs less
/// than that, and sells it when DIEM costs `1 + sell_margin` times more.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct User {
	/// Dollars of compute a day, today.
	pub need: f64,
	/// Annual discount rate.
	pub discount_rate: f64,
	/// How far above its value DIEM must be before it sells.
	pub sell_margin: f64,
}

/// A user's decision.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum UserAction {
	/// Buy this much DIEM, paying at most `max_price` each, and stake it for credits.
	Buy { diem: f64, max_price: f64 },
	/// Unstake and sell this much DIEM, for at least `min_price` each.
	Sell { diem: f64, min_price: f64 },
	/// Nothing.
	Hold,
}

impl User {
	/// What a perpetual $1 a day is worth to this user.
	pub fn value_of_diem(&self) -> f64 {
		365.0 / self.discount_rate
	}

	/// Today's decision, holding `held` DIEM (staked or cooling down).
	pub fn decide(&self, view: &View, held: f64) -> UserAction {
		let value = self.value_of_diem();
		let wanted = self.need.floor();
		if view.diem_price < value && held + 1.0 <= wanted {
			UserAction::Buy { diem: wanted - held, max_price: value }
		} else if view.diem_price > value * (1.0 + self.sell_margin) && held > 0.0 {
			UserAction::Sell { diem: held, min_price: value * (1.0 + self.sell_margin) }
		} else {
			UserAction::Hold
		}
	}
}

/// A VVV holder: stakes all its VVV for the yield. Minting a DIEM locks `mint_rate` VVV of its
/// stake; while locked, that VVV earns only `1 − locked_yield_to_treasury` of the APR. So a
/// mint-and-sell pays when DIEM sells for more than the VVV it locks plus the yield given up
/// over the holder's horizon, and a margin:
///
/// `diem_price > mint_rate · vvv_price · (1 + apr · share · horizon) · (1 + margin)`.
///
/// The other way, buying DIEM back and repaying releases `locked / minted` VVV a DIEM: it pays
/// when DIEM costs less than that VVV's value, by the margin.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Holder {
	/// Years of forgone yield it counts against a mint.
	pub horizon_years: f64,
	/// The margin a mint or a repay must clear.
	pub margin: f64,
	/// The share of its free stake it mints against in a day, at most.
	pub daily_mint_share: f64,
}

/// A holder's decision.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum HolderAction {
	/// Mint this much DIEM and sell it for at least `min_price` each.
	MintAndSell { diem: f64, min_price: f64 },
	/// Buy back this much DIEM, paying at most `max_price` each, and repay it.
	BuyBackAndRepay { diem: f64, max_price: f64 },
	/// Nothing.
	Hold,
}

impl Holder {
	/// The DIEM price below which minting does not pay.
	pub fn mint_threshold(&self, view: &View) -> f64 {
		let forgone = view.apr * view.locked_yield_to_treasury * self.horizon_years;
		view.mint_rate * view.vvv_price * (1.0 + forgone) * (1.0 + self.margin)
	}

	/// The DIEM price above which buying back and repaying does not pay, for a position that
	/// locked `locked` VVV for `minted` DIEM.
	pub fn repay_threshold(&self, view: &View, locked: f64, minted: f64) -> f64 {
		if minted <= 0.0 {
			return 0.0;
		}
		locked / minted * view.vvv_price * (1.0 - self.margin)
	}

	/// Today's decision with `free_stake` VVV it could lock, a position of `locked` VVV for
	/// `minted` DIEM, and `usdc` to buy back with.
	pub fn decide(
		&self,
		view: &View,
		free_stake: f64,
		locked: f64,
		minted: f64,
		usdc: f64,
	) -> HolderAction {
		let mint_at = self.mint_threshold(view);
		if view.diem_price > mint_at && view.mint_rate > 0.0 {
			// What its stake allows today, and what the pool takes above the threshold.
			let diem = (free_stake * self.daily_mint_share / view.mint_rate)
				.min(view.sellable_at(mint_at))
				.floor();
			if diem >= 1.0 {
				return HolderAction::MintAndSell { diem, min_price: mint_at };
			}
		}
		let repay_at = self.repay_threshold(view, locked, minted);
		if minted > 0.0 && view.diem_price < repay_at {
			let affordable = (usdc / repay_at).floor();
			let diem = minted.min(affordable).min(view.buyable_at(repay_at)).floor();
			if diem >= 1.0 {
				return HolderAction::BuyBackAndRepay { diem, max_price: repay_at };
			}
		}
		HolderAction::Hold
	}
}

/// A holder who mints DIEM to keep it (for its own compute, or as an asset), not to sell: it
/// values a DIEM at `value_of_diem` dollars (a perpetual $1 a day at its discount rate) and
/// mints while what a DIEM costs it, the VVV the mint locks and the yield that VVV gives up
/// over its horizon, is below that value by the margin; at most `daily_mint_share` of its free
/// stake a day, and until `max_locked_share` of its stake is locked.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Keeper {
	/// What a DIEM is worth to it, dollars.
	pub value_of_diem: f64,
	/// The most of its stake it locks.
	pub max_locked_share: f64,
}

impl Keeper {
	/// The DIEM it mints today, if any, with `holder`'s horizon, margin and daily share, a
	/// stake of `staked` VVV of which `locked` is locked.
	pub fn decide(&self, holder: &Holder, view: &View, staked: f64, locked: f64) -> Option<f64> {
		if !(view.mint_rate > 0.0 && view.mint_rate.is_finite()) {
			return None;
		}
		let forgone = view.apr * view.locked_yield_to_treasury * holder.horizon_years;
		let cost = view.mint_rate * view.vvv_price * (1.0 + forgone);
		if cost * (1.0 + holder.margin) >= self.value_of_diem {
			return None;
		}
		let room = (staked * self.max_locked_share - locked).max(0.0);
		let today = (staked - locked).max(0.0) * holder.daily_mint_share;
		let diem = (room.min(today) / view.mint_rate).floor();
		(diem >= 1.0).then_some(diem)
	}
}

/// The chance that a user who has not heard of DIEM hears of it today (Bass diffusion): from
/// outside (`innovation`, a day) and from the users who have (`imitation` × their share).
pub fn adoption_chance(innovation: f64, imitation: f64, adopted_share: f64) -> f64 {
	(innovation + imitation * adopted_share).clamp(0.0, 1.0)
}

/// The USDC to put into (positive) or, as VVV, take out of a constant-product pool of `usdc`
/// and `vvv` to bring its price `usdc / vvv` to `target`, ignoring the fee: the arbitrageur's
/// trade. `None` within `threshold` (a fraction) of the target.
pub fn arbitrage(usdc: f64, vvv: f64, target: f64, threshold: f64) -> Option<Arbitrage> {
	if usdc <= 0.0 || vvv <= 0.0 || target <= 0.0 {
		return None;
	}
	let price = usdc / vvv;
	if (price / target - 1.0).abs() <= threshold {
		return None;
	}
	let k = usdc * vvv;
	// At the target: usdc' / vvv' = target and usdc' · vvv' = k.
	let usdc_after = (k * target).sqrt();
	let vvv_after = (k / target).sqrt();
	Some(if target > price {
		Arbitrage::BuyVvv { usdc_in: usdc_after - usdc }
	} else {
		Arbitrage::SellVvv { vvv_in: vvv_after - vvv }
	})
}

/// The arbitrageur's trade on the VVV/USDC pool.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Arbitrage {
	/// The pool is cheap: pay this much USDC for VVV.
	BuyVvv { usdc_in: f64 },
	/// The pool is dear: sell this much VVV for USDC.
	SellVvv { vvv_in: f64 },
}

/// The operator's review: the target supply it sets, given the credits used in a day against
/// its compute budget. Over budget: lower the target by `step`; under `low_water` of it: raise
/// it by `step`; otherwise keep it.
pub fn operator_target(
	target: f64,
	credits_used: f64,
	budget: f64,
	step: f64,
	low_water: f64,
) -> f64 {
	if credits_used > budget {
		target * (1.0 - step)
	} else if credits_used < budget * low_water {
		target * (1.0 + step)
	} else {
		target
	}
}

/// The external VVV price one day later: a log-normal random walk with daily volatility
/// `sigma`, yearly drift `drift` of its mean, and a standard normal draw `z`. With no drift the
/// mean stays put and the median falls by `sigma² / 2` a day (about 15% a year at 3% a day).
pub fn next_external_price(price: f64, sigma: f64, drift: f64, z: f64) -> f64 {
	price * (drift / 365.0 - sigma * sigma / 2.0 + sigma * z).exp()
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn adoption_starts_from_outside_and_spreads_by_word_of_mouth() {
		assert_eq!(adoption_chance(0.01, 0.2, 0.0), 0.01);
		assert!((adoption_chance(0.01, 0.2, 0.5) - 0.11).abs() < 1e-12);
		assert_eq!(adoption_chance(1.0, 0.0, 0.0), 1.0, "at once: the default");
		assert_eq!(adoption_chance(0.5, 2.0, 1.0), 1.0, "a chance, at most certain");
	}

	#[test]
	fn a_keeper_mints_below_its_value_within_its_share_and_never_above() {
		let holder = Holder { horizon_years: 0.5, margin: 0.02, daily_mint_share: 0.05 };
		let keeper = Keeper { value_of_diem: 365.0, max_locked_share: 0.5 };
		// 90 VVV at $3 plus 5% of yield given up: $283.5 a DIEM, below $365 with the margin.
		let v = view(300.0);
		assert_eq!(keeper.decide(&holder, &v, 100_000.0, 0.0), Some((5_000.0f64 / 90.0).floor()));
		// Its share of the stake already locked: nothing more.
		assert_eq!(keeper.decide(&holder, &v, 100_000.0, 50_000.0), None);
		// The last of the room: the room, not the day's share.
		assert_eq!(keeper.decide(&holder, &v, 100_000.0, 49_100.0), Some(10.0));
		// VVV dearer: a DIEM costs more than it is worth to the keeper.
		let dear = View { vvv_price: 4.0, ..v };
		assert_eq!(keeper.decide(&holder, &dear, 100_000.0, 0.0), None);
		// No curve (minting closed): nothing.
		let closed = View { mint_rate: f64::INFINITY, ..v };
		assert_eq!(keeper.decide(&holder, &closed, 100_000.0, 0.0), None);
	}

	/// A deep DIEM pool at `diem_price`.
	fn view(diem_price: f64) -> View {
		View {
			diem_price,
			vvv_price: 3.0,
			mint_rate: 90.0,
			apr: 0.2,
			locked_yield_to_treasury: 0.5,
			pool_diem: 1e7,
			pool_usdc: 1e7 * diem_price,
		}
	}

	#[test]
	fn a_holder_mints_no_more_than_the_pool_takes_above_its_threshold() {
		let holder = Holder { horizon_years: 1.0, margin: 0.0, daily_mint_share: 1.0 };
		// A pool of 100 DIEM at $320: selling x DIEM averages 320·100·0.997 / (100 + 0.997·x).
		let thin = View { pool_diem: 100.0, pool_usdc: 32_000.0, ..view(320.0) };
		let HolderAction::MintAndSell { diem, min_price } =
			holder.decide(&thin, 1e9, 0.0, 0.0, 0.0)
		else {
			panic!("mints")
		};
		assert_eq!(diem, 7.0);
		let average = |x: f64| 32_000.0 * 0.997 / (100.0 + 0.997 * x);
		assert!(average(diem) >= min_price && average(diem + 1.0) < min_price);
	}

	#[test]
	fn a_user_values_a_diem_at_365_over_its_discount_rate() {
		let user = User { need: 10.0, discount_rate: 0.5, sell_margin: 0.1 };
		assert_eq!(user.value_of_diem(), 730.0);
	}

	#[test]
	fn a_user_buys_its_need_while_diem_is_cheaper_than_its_value() {
		let user = User { need: 10.7, discount_rate: 1.0, sell_margin: 0.1 };
		assert_eq!(
			user.decide(&view(300.0), 0.0),
			UserAction::Buy { diem: 10.0, max_price: 365.0 }
		);
		assert_eq!(user.decide(&view(300.0), 4.0), UserAction::Buy { diem: 6.0, max_price: 365.0 });
		// Already holding its need.
		assert_eq!(user.decide(&view(300.0), 10.0), UserAction::Hold);
		// Too dear to buy, not dear enough to sell.
		assert_eq!(user.decide(&view(380.0), 3.0), UserAction::Hold);
	}

	#[test]
	fn a_user_sells_once_diem_is_dearer_than_its_value_by_the_margin() {
		let user = User { need: 10.0, discount_rate: 1.0, sell_margin: 0.1 };
		assert_eq!(
			user.decide(&view(401.6), 10.0),
			UserAction::Sell { diem: 10.0, min_price: 401.50000000000006 }
		);
		assert_eq!(user.decide(&view(401.6), 0.0), UserAction::Hold);
	}

	#[test]
	fn a_holder_mints_when_diem_pays_for_the_vvv_and_the_yield_it_gives_up() {
		let holder = Holder { horizon_years: 1.0, margin: 0.0, daily_mint_share: 0.1 };
		// 90 VVV at $3 = $270, plus a year of half of 20% on it = $297.
		let at = holder.mint_threshold(&view(0.0));
		assert!((at - 297.0).abs() < 1e-9, "{at}");
		assert_eq!(
			holder.decide(&view(298.0), 9_000.0, 0.0, 0.0, 0.0),
			HolderAction::MintAndSell { diem: 10.0, min_price: at }
		);
		assert_eq!(holder.decide(&view(296.0), 9_000.0, 0.0, 0.0, 0.0), HolderAction::Hold);
		// Too little free stake for a whole DIEM.
		assert_eq!(holder.decide(&view(298.0), 800.0, 0.0, 0.0, 0.0), HolderAction::Hold);
	}

	#[test]
	fn a_holder_buys_back_and_repays_when_diem_is_cheaper_than_what_repaying_releases() {
		let holder = Holder { horizon_years: 1.0, margin: 0.1, daily_mint_share: 0.1 };
		// The position locked 900 VVV for 10 DIEM: repaying releases $270 of VVV a DIEM.
		let at = holder.repay_threshold(&view(0.0), 900.0, 10.0);
		assert!((at - 243.0).abs() < 1e-9);
		assert_eq!(
			holder.decide(&view(200.0), 0.0, 900.0, 10.0, 10_000.0),
			HolderAction::BuyBackAndRepay { diem: 10.0, max_price: at }
		);
		// Only what its USDC buys.
		assert_eq!(
			holder.decide(&view(200.0), 0.0, 900.0, 10.0, 1_000.0),
			HolderAction::BuyBackAndRepay { diem: 4.0, max_price: at }
		);
		assert_eq!(holder.decide(&view(250.0), 0.0, 900.0, 10.0, 10_000.0), HolderAction::Hold);
	}

	#[test]
	fn the_arbitrage_brings_a_constant_product_pool_to_the_target() {
		let Some(Arbitrage::BuyVvv { usdc_in }) = arbitrage(3_000.0, 1_000.0, 4.0, 0.001) else {
			panic!("a cheap pool is bought")
		};
		let k = 3_000.0 * 1_000.0;
		let usdc = 3_000.0 + usdc_in;
		assert!((usdc / (k / usdc) - 4.0).abs() < 1e-9);
		let Some(Arbitrage::SellVvv { vvv_in }) = arbitrage(3_000.0, 1_000.0, 2.0, 0.001) else {
			panic!("a dear pool is sold into")
		};
		let vvv = 1_000.0 + vvv_in;
		assert!(((k / vvv) / vvv - 2.0).abs() < 1e-9);
		assert_eq!(arbitrage(3_000.0, 1_000.0, 3.01, 0.005), None);
	}

	#[test]
	fn the_operator_lowers_the_target_over_budget_and_raises_it_well_under() {
		assert_eq!(operator_target(1_000.0, 120.0, 100.0, 0.1, 0.5), 900.0);
		assert!((operator_target(1_000.0, 40.0, 100.0, 0.1, 0.5) - 1_100.0).abs() < 1e-9);
		assert_eq!(operator_target(1_000.0, 80.0, 100.0, 0.1, 0.5), 1_000.0);
	}

	#[test]
	fn the_external_price_walk_keeps_its_mean_without_a_drift() {
		assert_eq!(next_external_price(3.0, 0.0, 0.0, 1.0), 3.0);
		// z = ±1: the geometric mean of the two moves is e^(−σ²/2), the median's fall.
		let up = next_external_price(3.0, 0.1, 0.0, 1.0);
		let down = next_external_price(3.0, 0.1, 0.0, -1.0);
		assert!((up * down / 9.0 - (-0.01f64).exp()).abs() < 1e-12);
		// The mean over z ~ N(0, 1): E[e^(σz − σ²/2)] = 1, by quadrature.
		let (sigma, step) = (0.1, 0.001);
		let mean: f64 = (-8000..=8000)
			.map(|i| {
				let z = f64::from(i) * step;
				next_external_price(1.0, sigma, 0.0, z) * (-z * z / 2.0).exp() * step
			})
			.sum::<f64>()
			/ (2.0 * std::f64::consts::PI).sqrt();
		assert!((mean - 1.0).abs() < 1e-9, "{mean}");
		// A drift of the mean: 36.5% a year is 0.1% a day.
		assert!((next_external_price(1.0, 0.0, 0.365, 0.0) - 0.001f64.exp()).abs() < 1e-12);
	}
}
