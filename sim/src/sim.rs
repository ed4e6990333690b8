//! One run: a scenario's chain built at genesis, then day after day the agents decide and the
//! pallets act. Each day has 24 hour-long blocks; every block runs every pallet's hooks and the
//! arbitrageur's trade; the first block of a day also carries the users', holders' and
//! operator's calls and the day's metering. Every economic action is a pallet call dispatched
//! with the agent's signed origin (root for the operator), so the pallets' own rules, rounding
//! and errors decide what happens: an agent's call that fails changes nothing, as on the chain.

use crate::{
	agents::{self, Arbitrage, Holder, HolderAction, User, UserAction, View},
	proposal::Proposal,
	runtime::*,
	scenario::Scenario,
	snapshot::Snapshot,
};
use std::sync::Arc;
use frame_support::{
	storage::{with_transaction, TransactionOutcome},
	traits::{
		fungible::{Inspect as _, NativeOrWithId},
		OnFinalize, OnIdle, OnInitialize,
	},
	weights::Weight,
};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use sp_runtime::{DispatchError, DispatchResult, FixedPointNumber, FixedU128};

pub use crate::checks::{check_invariants, check_purchases, Start};
pub use crate::day::{Calls, DayRow, RunOutput};

pub(crate) const ACCOUNT_USER: u8 = 1;
pub(crate) const ACCOUNT_HOLDER: u8 = 2;
pub(crate) const ACCOUNT_ARBITRAGEUR: u8 = 3;
pub(crate) const ACCOUNT_MARKET_MAKER: u8 = 4;
pub(crate) const ACCOUNT_PROVIDER: u8 = 5;

/// An agent's account: its kind and index, as 32 bytes.
pub fn account(kind: u8, index: u32) -> AccountId {
	let mut bytes = [0u8; 32];
	bytes[0] = kind;
	bytes[1..5].copy_from_slice(&index.to_le_bytes());
	bytes[31] = 0x51; // "s": never a pallet's account, which starts with "modl".
	AccountId::new(bytes)
}

pub(crate) fn planck(amount: f64, unit: Balance) -> Balance {
	if amount.is_finite() && amount > 0.0 {
		(amount * unit as f64) as Balance
	} else {
		0
	}
}

pub(crate) fn whole(amount: Balance, unit: Balance) -> f64 {
	(amount / unit) as f64 + (amount % unit) as f64 / unit as f64
}

pub(crate) fn fixed(value: f64) -> FixedU128 {
	FixedU128::from_inner((value * FixedU128::accuracy() as f64) as u128)
}

pub(crate) const DIEM_KIND: NativeOrWithId<AssetId> = NativeOrWithId::WithId(DIEM_ASSET_ID);
pub(crate) const USDC_KIND: NativeOrWithId<AssetId> = NativeOrWithId::WithId(USDC_ASSET_ID);
pub(crate) const VVV_KIND: NativeOrWithId<AssetId> = NativeOrWithId::Native;

pub(crate) struct UserAgent {
	pub(crate) account: AccountId,
	pub(crate) rule: User,
	pub(crate) base_need: f64,
	pub(crate) arrives: u32,
}

pub(crate) struct HolderAgent {
	pub(crate) account: AccountId,
	pub(crate) rule: Holder,
}

impl HolderAgent {
	/// `account` as a holder with `scenario`'s rule.
	pub(crate) fn new(scenario: &Scenario, account: AccountId) -> Self {
		let h = &scenario.holders;
		Self {
			account,
			rule: Holder {
				horizon_years: h.horizon_years,
				margin: h.margin,
				daily_mint_share: h.daily_mint_share,
			},
		}
	}
}

/// A run in progress.
pub struct Sim {
	pub(crate) scenario: Scenario,
	seed: u64,
	pub(crate) rng: ChaCha8Rng,
	pub(crate) users: Vec<UserAgent>,
	pub(crate) holders: Vec<HolderAgent>,
	external_price: f64,
	target_supply: f64,
	check_invariants: bool,
	/// `DIEM_SIM_DEBUG` set: each refused call is printed with its error.
	debug: bool,
	calls: Calls,
	revenue_today: f64,
	/// The live chain it starts from, if not the scenario's genesis.
	snapshot: Option<Arc<Snapshot>>,
	/// The proposal applied at day 0, if any.
	proposal: Option<Arc<Proposal>>,
}

impl Sim {
	/// A run of `scenario` with `seed`; with `check_invariants`, design §7 is checked after every
	/// block and a breach ends the run with an error.
	pub fn new(scenario: &Scenario, seed: u64, check_invariants: bool) -> Self {
		let mut rng = ChaCha8Rng::seed_from_u64(seed);
		let mut draw = |range: crate::scenario::Range| {
			if range.max > range.min {
				rng.gen_range(range.min..=range.max)
			} else {
				range.min
			}
		};
		let users = (0..scenario.users.count)
			.map(|i| {
				let need = draw(scenario.users.need_per_day);
				let rate = draw(scenario.users.discount_rate);
				UserAgent {
					account: account(ACCOUNT_USER, i),
					rule: User {
						need,
						discount_rate: rate,
						sell_margin: scenario.users.sell_margin,
					},
					base_need: need,
					arrives: scenario
						.users
						.arrival_days
						.saturating_mul(i)
						.checked_div(scenario.users.count)
						.unwrap_or(0),
				}
			})
			.collect();
		let holders = (0..scenario.holders.count)
			.map(|i| HolderAgent::new(scenario, account(ACCOUNT_HOLDER, i)))
			.collect();
		Self {
			scenario: scenario.clone(),
			seed,
			rng,
			users,
			holders,
			external_price: scenario.market.vvv_price,
			target_supply: scenario.curve.target_supply,
			check_invariants,
			debug: std::env::var_os("DIEM_SIM_DEBUG").is_some(),
			calls: Calls::default(),
			revenue_today: 0.0,
			snapshot: None,
			proposal: None,
		}
	}

	/// This run, started from a live chain's `snapshot` rather than the scenario's genesis.
	pub fn from_snapshot(mut self, snapshot: Option<Arc<Snapshot>>) -> Self {
		self.snapshot = snapshot;
		self
	}

	/// This run, with `proposal` applied at day 0.
	pub fn with_proposal(mut self, proposal: Option<Arc<Proposal>>) -> Self {
		self.proposal = proposal;
		self
	}

	/// Runs every day of the scenario, calling `on_day` after each.
	pub fn run(mut self, mut on_day: impl FnMut(&DayRow)) -> Result<RunOutput, String> {
		let mut ext = match self.snapshot.clone() {
			Some(snapshot) => self.live(&snapshot)?,
			None => self.genesis(),
		};
		let (start, days) = ext.execute_with(|| {
			if let Some(proposal) = self.proposal.clone() {
				proposal.apply()?;
			}
			let checks = Start::now();
			let start = self.row(0);
			let mut rows = Vec::with_capacity(self.scenario.days as usize);
			for day in 0..self.scenario.days {
				for hour in 0..BLOCKS_PER_DAY {
					self.start_block();
					if hour == 0 {
						self.daily(day);
					}
					self.arbitrage();
					self.end_block();
					if self.check_invariants {
						check_purchases()
							.and_then(|()| check_invariants(&checks))
							.map_err(|e| format!("day {} hour {hour}: {e}", day + 1))?;
					}
				}
				let row = self.row(day + 1);
				on_day(&row);
				rows.push(row);
				self.revenue_today = 0.0;
			}
			Ok::<_, String>((start, rows))
		})?;
		Ok(RunOutput { seed: self.seed, start, days, calls: self.calls.clone() })
	}

	fn start_block(&mut self) {
		let n = System::block_number() + 1;
		System::set_block_number(n);
		System::reset_events();
		AllPalletsWithSystem::on_initialize(n);
	}

	fn end_block(&mut self) {
		let n = System::block_number();
		AllPalletsWithSystem::on_idle(n, Weight::from_parts(u64::MAX / 4, u64::MAX / 4));
		AllPalletsWithSystem::on_finalize(n);
	}

	fn record<T, E: core::fmt::Debug>(
		&mut self,
		action: &'static str,
		result: Result<T, E>,
	) -> bool {
		if let (Err(e), true) = (&result, self.debug) {
			eprintln!("{action}: {e:?}");
		}
		let counts = self.calls.by_action.entry(action).or_default();
		match result {
			Ok(_) => {
				self.calls.ok += 1;
				counts.0 += 1;
				true
			}
			Err(_) => {
				self.calls.refused += 1;
				counts.1 += 1;
				false
			}
		}
	}

	fn view(&self) -> View {
		let summary = Staking::summary();
		let (pool_diem, pool_usdc) = AssetConversion::get_reserves(DIEM_KIND, USDC_KIND)
			.map(|(d, u)| (whole(d, DIEM), whole(u, USDC)))
			.unwrap_or((0.0, 0.0));
		View {
			pool_diem,
			pool_usdc,
			diem_price: pool_usdc / pool_diem,
			vvv_price: vvv_price(),
			mint_rate: Diem::mint_rate().map(|r| whole(r, UNIT)).unwrap_or(f64::INFINITY),
			apr: summary.apr.map(|a| a.to_float()).unwrap_or(0.0),
			locked_yield_to_treasury: summary.locked_yield_to_treasury.deconstruct() as f64 / 1e9,
		}
	}

	fn daily(&mut self, day: u32) {
		let z: f64 = standard_normal(&mut self.rng);
		if day > 0 {
			self.external_price = agents::next_external_price(
				self.external_price,
				self.scenario.market.daily_volatility,
				self.scenario.market.annual_drift,
				z,
			);
		}
		let growth = (1.0 + self.scenario.users.annual_growth).powf(f64::from(day) / 365.0);
		for i in 0..self.users.len() {
			if self.users[i].arrives <= day {
				self.users[i].rule.need = self.users[i].base_need * growth;
				self.user_day(i);
			}
		}
		self.meter(day);
		for i in 0..self.holders.len() {
			self.holder_day(i);
		}
		if self.scenario.operator.enabled
			&& day > 0
			&& day.is_multiple_of(self.scenario.operator.every_days.max(1))
		{
			self.operator();
		}
	}

	fn user_day(&mut self, i: usize) {
		let who = self.users[i].account.clone();
		let origin = RuntimeOrigin::signed(who.clone());
		let now = <BlockClock as pallet_credits::Clock>::now();
		let mut credits = Credits::credits(&who);
		if credits.unlocking.iter().any(|c| c.unlock_at <= now) {
			let result = Credits::withdraw_diem(origin.clone());
			if self.record("user withdraws DIEM", result) {
				credits = Credits::credits(&who);
			}
		}
		let cooling: Balance = credits.unlocking.iter().map(|c| c.amount).sum();
		let free = Assets::balance(DIEM_ASSET_ID, &who);
		let held = whole(credits.staked + cooling + free, DIEM);
		let view = self.view();
		match self.users[i].rule.decide(&view, held) {
			UserAction::Buy { diem, max_price } => {
				let bought = self.buy_diem(&who, &view, diem, max_price);
				let free = Assets::balance(DIEM_ASSET_ID, &who);
				if bought > 0 || free >= DIEM / 10 {
					let result = Credits::stake_diem(origin, free);
					self.record("user stakes DIEM", result);
				}
			}
			UserAction::Sell { min_price, .. } => {
				if credits.staked > 0 {
					let result = Credits::unstake_diem(origin, credits.staked);
					self.record("user unstakes DIEM", result);
				}
				// No more than the pool takes at its price.
				let sell = free.min(planck(view.sellable_at(min_price).floor(), DIEM));
				if sell > 0 {
					// Selling all its DIEM closes its DIEM account: not kept alive.
					let result = AssetConversion::swap_exact_tokens_for_tokens(
						RuntimeOrigin::signed(who.clone()),
						vec![Box::new(DIEM_KIND), Box::new(USDC_KIND)],
						sell,
						planck(whole(sell, DIEM) * min_price, USDC),
						who,
						false,
					);
					self.record("user sells DIEM", result);
				}
			}
			UserAction::Hold => {
				if free >= DIEM / 10 && view.diem_price <= self.users[i].rule.value_of_diem() {
					let result = Credits::stake_diem(origin, free);
					self.record("user stakes DIEM", result);
				}
			}
		}
	}

	/// Buys up to `diem` DIEM for `who`, paying at most `max_price` a DIEM on average: as much
	/// as the pool sells within that price (and its USDC pays for), halving if the DEX's own
	/// quote disagrees. Returns the planck bought.
	fn buy_diem(&mut self, who: &AccountId, view: &View, diem: f64, max_price: f64) -> Balance {
		let mut amount = diem.min(view.buyable_at(max_price)).floor();
		while amount >= 1.0 {
			let out = planck(amount, DIEM);
			let limit = planck(amount * max_price, USDC);
			let cost = AssetConversion::quote_price_tokens_for_exact_tokens(
				USDC_KIND, DIEM_KIND, out, true,
			);
			if cost.is_some_and(|c| c <= limit && c <= Assets::balance(USDC_ASSET_ID, who)) {
				let result = AssetConversion::swap_tokens_for_exact_tokens(
					RuntimeOrigin::signed(who.clone()),
					vec![Box::new(USDC_KIND), Box::new(DIEM_KIND)],
					out,
					limit,
					who.clone(),
					true,
				);
				return if self.record("user buys DIEM", result) { out } else { 0 };
			}
			amount = (amount / 2.0).floor();
		}
		0
	}

	/// The provider meters every arrived user's need for the day; what the credits do not cover
	/// the user pays in USDC, deposited as the buy-burn's revenue.
	fn meter(&mut self, day: u32) {
		let provider = account(ACCOUNT_PROVIDER, 0);
		let mut batch = Vec::new();
		let mut owed = Vec::new();
		for user in self.users.iter().filter(|u| u.arrives <= day) {
			let need = (user.rule.need * 1e6) as u128;
			let remaining = Credits::credits(&user.account).remaining_today;
			batch.push((user.account.clone(), need));
			owed.push((user.account.clone(), need.saturating_sub(remaining)));
		}
		for chunk in batch.chunks(diem_config::MAX_USAGE_BATCH as usize) {
			let result = Credits::record_usage(
				RuntimeOrigin::signed(provider.clone()),
				Credits::next_batch(&provider),
				Credits::today(),
				chunk.to_vec(),
			);
			self.record("provider meters usage", result);
		}
		for (who, micro_usd) in owed {
			// USDC has 6 decimals: a micro-dollar is a USDC planck.
			let pay = micro_usd.min(Assets::balance(USDC_ASSET_ID, &who));
			if pay > 0 {
				let result = BuyBurn::deposit_revenue(RuntimeOrigin::signed(who), pay);
				if self.record("user pays in USD", result) {
					self.revenue_today += whole(pay, USDC);
				}
			}
		}
	}

	fn holder_day(&mut self, i: usize) {
		let who = self.holders[i].account.clone();
		let origin = RuntimeOrigin::signed(who.clone());
		let mut staker = Staking::staker(&who);
		if staker.pending_rewards > 0 {
			let result = Staking::compound(origin.clone());
			if self.record("holder compounds", result) {
				staker = Staking::staker(&who);
			}
		}
		let position = Diem::position(&who);
		let usdc = Assets::balance(USDC_ASSET_ID, &who);
		let view = self.view();
		let decision = self.holders[i].rule.decide(
			&view,
			whole(staker.staked.saturating_sub(staker.locked), UNIT),
			whole(position.locked, UNIT),
			whole(position.minted, DIEM),
			whole(usdc, USDC),
		);
		match decision {
			HolderAction::MintAndSell { diem, min_price } => {
				let amount = planck(diem, DIEM);
				let min_out = planck(diem * min_price, USDC);
				let result = atomically(|| {
					Diem::mint(origin.clone(), amount, staker.staked)?;
					AssetConversion::swap_exact_tokens_for_tokens(
						origin.clone(),
						vec![Box::new(DIEM_KIND), Box::new(USDC_KIND)],
						amount,
						min_out,
						who.clone(),
						false,
					)
				});
				self.record("holder mints and sells", result);
			}
			HolderAction::BuyBackAndRepay { diem, max_price } => {
				let amount = planck(diem, DIEM);
				let result = atomically(|| {
					AssetConversion::swap_tokens_for_exact_tokens(
						origin.clone(),
						vec![Box::new(USDC_KIND), Box::new(DIEM_KIND)],
						amount,
						planck(diem * max_price, USDC),
						who.clone(),
						true,
					)?;
					Diem::repay(origin.clone(), amount)
				});
				self.record("holder buys back and repays", result);
			}
			HolderAction::Hold => {}
		}
	}

	fn arbitrage(&mut self) {
		let who = account(ACCOUNT_ARBITRAGEUR, 0);
		let Ok((usdc, vvv)) = AssetConversion::get_reserves(USDC_KIND, VVV_KIND) else { return };
		let trade = agents::arbitrage(
			whole(usdc, USDC),
			whole(vvv, UNIT),
			self.external_price,
			self.scenario.arbitrageur.threshold,
		);
		let (path, amount_in, available) = match trade {
			Some(Arbitrage::BuyVvv { usdc_in }) => (
				vec![Box::new(USDC_KIND), Box::new(VVV_KIND)],
				planck(usdc_in, USDC),
				// It keeps a dollar: its USDC account stays open.
				Assets::balance(USDC_ASSET_ID, &who).saturating_sub(USDC),
			),
			Some(Arbitrage::SellVvv { vvv_in }) => (
				vec![Box::new(VVV_KIND), Box::new(USDC_KIND)],
				planck(vvv_in, UNIT),
				Balances::balance(&who).saturating_sub(UNIT),
			),
			None => return,
		};
		// Out of capital on that side (it is bounded): it waits for the price to come back.
		let amount = amount_in.min(available);
		let dust = match trade {
			Some(Arbitrage::BuyVvv { .. }) => USDC,
			_ => UNIT,
		};
		if amount >= dust {
			let result = AssetConversion::swap_exact_tokens_for_tokens(
				RuntimeOrigin::signed(who.clone()),
				path,
				amount,
				1,
				who,
				true,
			);
			self.record("arbitrage", result);
		}
	}

	fn operator(&mut self) {
		let days = Credits::day_summary(2);
		let Some(yesterday) = days.first() else { return };
		let used = whole(yesterday.used, USDC);
		let op = &self.scenario.operator;
		let target = agents::operator_target(
			self.target_supply,
			used,
			op.compute_budget,
			op.step,
			op.low_water,
		);
		if target != self.target_supply {
			let params = self.curve_params(target);
			let result = Diem::set_curve(
				RuntimeOrigin::root(),
				params.base_rate,
				params.target_supply,
				params.adjustment_power,
				params.exponent,
			);
			if self.record("operator sets the curve", result) {
				self.target_supply = target;
			}
		}
	}

	fn row(&self, day: u32) -> DayRow {
		let view = self.view();
		let today = Credits::day_summary(1);
		DayRow {
			day,
			diem_price: view.diem_price,
			diem_supply: whole(pallet_diem::TotalMinted::<Runtime>::get(), DIEM),
			vvv_locked: whole(pallet_diem::TotalLocked::<Runtime>::get(), UNIT),
			vvv_supply: whole(Balances::total_issuance(), UNIT),
			emitted: whole(pallet_vvv_staking::TotalEmitted::<Runtime>::get(), UNIT),
			burned: whole(pallet_buyburn::TotalBurned::<Runtime>::get(), UNIT),
			staking_apr: view.apr,
			credits_used: today.first().map(|d| whole(d.used, USDC)).unwrap_or(0.0),
			revenue: self.revenue_today,
			target_supply: self.target_supply,
			vvv_price: view.vvv_price,
			external_vvv_price: self.external_price,
			mint_rate: Diem::mint_rate().map(|r| whole(r, UNIT)).unwrap_or(f64::NAN),
			diem_staked_for_credits: whole(pallet_credits::TotalStaked::<Runtime>::get(), DIEM),
		}
	}
}

/// Runs `f` as one transaction: all of it or, if it fails, none of it.
fn atomically(f: impl FnOnce() -> DispatchResult) -> DispatchResult {
	with_transaction(|| match f() {
		Ok(()) => TransactionOutcome::Commit(Ok(())),
		Err(e) => TransactionOutcome::Rollback(Err::<(), DispatchError>(e)),
	})
}

/// VVV's price on the VVV/USDC pool, USDC.
pub fn vvv_price() -> f64 {
	AssetConversion::get_reserves(VVV_KIND, USDC_KIND)
		.map(|(vvv, usdc)| whole(usdc, USDC) / whole(vvv, UNIT))
		.unwrap_or(f64::NAN)
}

/// A standard normal draw (Box–Muller), from the run's seeded generator.
fn standard_normal(rng: &mut ChaCha8Rng) -> f64 {
	let u1: f64 = rng.gen_range(f64::EPSILON..1.0);
	let u2: f64 = rng.gen_range(0.0..1.0);
	(-2.0 * u1.ln()).sqrt() * (2.0 * std::f64::consts::PI * u2).cos()
}
