//! One run: a scenario's chain built at genesis, then day after day the agents decide and the
//! pallets act. Each day has 24 hour-long blocks; every block runs every pallet's hooks and the
//! arbitrageur's trade; the first block of a day also carries the users', holders' and
//! operator's calls and the day's metering. Every economic action is a pallet call dispatched
//! with the agent's signed origin (root for the operator), so the pallets' own rules, rounding
//! and errors decide what happens: an agent's call that fails changes nothing, as on the chain.

use crate::{
	agents::{self, Arbitrage, Holder, HolderAction, Keeper, User, UserAction, View},
	proposal::Proposal,
	runtime::*,
	scenario::Scenario,
	snapshot::Snapshot,
};
use frame_support::{
	storage::{with_transaction, TransactionOutcome},
	traits::{
		fungible::{Inspect as _, NativeOrWithId},
		fungibles::Mutate as _,
		OnFinalize, OnIdle, OnInitialize,
	},
	weights::Weight,
};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use sp_runtime::{DispatchError, DispatchResult, FixedPointNumber, FixedU128};
use std::sync::Arc;

pub use crate::checks::{check_invariants, check_purchases, Start};
pub use crate::day::{Calls, DayRow, RunOutput};

pub(crate) const ACCOUNT_USER: u8 = 1;
pub(crate) const ACCOUNT_HOLDER: u8 = 2;
pub(crate) const ACCOUNT_ARBITRAGEUR: u8 = 3;
pub(crate) const ACCOUNT_MARKET_MAKER: u8 = 4;
pub(crate) const ACCOUNT_PROVIDER: u8 = 5;
pub(crate) const ACCOUNT_INVESTOR: u8 = 6;

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
	/// Whether it has heard of DIEM: until then it pays for compute in USD.
	pub(crate) learned: bool,
	/// A compute user, metered; `false`: an investor, who buys DIEM for its yield and uses no
	/// compute itself (its credits are resold off chain, or idle).
	pub(crate) uses_compute: bool,
	/// USDC it starts with.
	pub(crate) usdc: f64,
}

pub(crate) struct HolderAgent {
	pub(crate) account: AccountId,
	pub(crate) rule: Holder,
	/// A keeper mints to keep, with this rule, and never sells.
	pub(crate) keeper: Option<Keeper>,
}

impl HolderAgent {
	/// `account` as a holder with `scenario`'s rule, a keeper with `keeper`'s.
	pub(crate) fn new(scenario: &Scenario, account: AccountId, keeper: Option<Keeper>) -> Self {
		let h = &scenario.holders;
		Self {
			account,
			rule: Holder {
				horizon_years: h.horizon_years,
				margin: h.margin,
				daily_mint_share: h.daily_mint_share,
			},
			keeper,
		}
	}
}

/// The first `share` of `count` agents, rounded: which holders keep.
pub(crate) fn first_share(share: f64, count: u32) -> u32 {
	(share * f64::from(count)).round() as u32
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
	/// The proposal applied at its hour (`Proposal::enact_hour`), if any.
	proposal: Option<Arc<Proposal>>,
}

impl Sim {
	/// A run of `scenario` with `seed`; with `check_invariants`, design §7 is checked after every
	/// block and a breach ends the run with an error.
	pub fn new(scenario: &Scenario, seed: u64, check_invariants: bool) -> Self {
		let mut rng = ChaCha8Rng::seed_from_u64(seed);
		let mut draw = |range| draw_from(&mut rng, range);
		let arrival =
			|days: u32, i: u32, count: u32| days.saturating_mul(i).checked_div(count).unwrap_or(0);
		let at_once = scenario.users.adoption.innovation >= 1.0;
		let mut users: Vec<UserAgent> = (0..scenario.users.count)
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
					arrives: arrival(scenario.users.arrival_days, i, scenario.users.count),
					learned: at_once,
					uses_compute: true,
					usdc: scenario.users.usdc,
				}
			})
			.collect();
		let investors = &scenario.investors;
		for i in 0..investors.count {
			let diem = draw(investors.diem);
			let rate = draw(investors.required_return);
			users.push(UserAgent {
				account: account(ACCOUNT_INVESTOR, i),
				rule: User {
					need: diem,
					discount_rate: rate,
					sell_margin: scenario.users.sell_margin,
				},
				base_need: diem,
				arrives: arrival(investors.arrival_days, i, investors.count),
				learned: at_once,
				uses_compute: false,
				usdc: investors.usdc,
			});
		}
		let keepers = first_share(scenario.holders.keepers, scenario.holders.count);
		let keeper_values: Vec<f64> =
			(0..keepers).map(|_| draw(scenario.holders.keeper_value)).collect();
		let holders = (0..scenario.holders.count)
			.map(|i| {
				let keeper = keeper_values.get(i as usize).map(|value| Keeper {
					value_of_diem: *value,
					max_locked_share: scenario.holders.keeper_max_locked,
				});
				HolderAgent::new(scenario, account(ACCOUNT_HOLDER, i), keeper)
			})
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

	/// A keeper with the scenario's rule, its worth of a DIEM drawn now.
	pub(crate) fn keeper(&mut self) -> Keeper {
		let value = draw_from(&mut self.rng, self.scenario.holders.keeper_value);
		Keeper { value_of_diem: value, max_locked_share: self.scenario.holders.keeper_max_locked }
	}

	/// This run, started from a live chain's `snapshot` rather than the scenario's genesis.
	pub fn from_snapshot(mut self, snapshot: Option<Arc<Snapshot>>) -> Self {
		self.snapshot = snapshot;
		self
	}

	/// This run, with `proposal` applied at its hour.
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
		let (start, days, enactment_failure) = ext.execute_with(|| {
			// Hour 0: before the first block. Hour h: in block h after its `on_initialize`, as the
			// chain's scheduler dispatches an enactment (after staking's emission there): h blocks
			// run at the old parameters, as on the chain. At day 0 every seed has the same state,
			// so a failure there ends the forecast; later, a failure that depends on the state
			// leaves this run without the proposal, as on the chain. An authority that may never
			// make the call (`BadOrigin`) ends the forecast either way.
			let proposal = self.proposal.clone();
			if let Some(proposal) = proposal.as_ref().filter(|p| p.enact_hour == 0) {
				proposal.apply().map_err(|e| e.message)?;
			}
			let mut enactment_failure = None;
			let mut checks = Start::now();
			let start = self.row(0);
			let mut rows = Vec::with_capacity(self.scenario.days as usize);
			for day in 0..self.scenario.days {
				for hour in 0..BLOCKS_PER_DAY {
					self.start_block();
					let block = day * BLOCKS_PER_DAY + hour + 1;
					if let Some(proposal) = proposal.as_ref().filter(|p| p.enact_hour == block) {
						match proposal.apply() {
							Ok(()) => checks.rebase_emission(),
							Err(e) if e.bad_origin => {
								return Err(format!("day {} hour {hour}: {e}", day + 1))
							}
							Err(e) => {
								enactment_failure =
									Some(format!("day {} hour {hour}: {e}", day + 1))
							}
						}
					}
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
			Ok::<_, String>((start, rows, enactment_failure))
		})?;
		Ok(RunOutput { seed: self.seed, start, days, calls: self.calls.clone(), enactment_failure })
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
		self.with_pool(View {
			pool_diem: 0.0,
			pool_usdc: 0.0,
			diem_price: f64::NAN,
			vvv_price: vvv_price(),
			mint_rate: Diem::mint_rate().map(|r| whole(r, UNIT)).unwrap_or(f64::INFINITY),
			apr: summary.apr.map(|a| a.to_float()).unwrap_or(0.0),
			locked_yield_to_treasury: summary.locked_yield_to_treasury.deconstruct() as f64 / 1e9,
		})
	}

	/// `view` with the DIEM/USDC pool as it is now. The users' calls move only that pool (and
	/// the credits), so their day reads the rest of the view once (the curve's rate and the
	/// APR cost an exponential and a staking summary each) and the pool before each user.
	fn with_pool(&self, view: View) -> View {
		let (pool_diem, pool_usdc) = AssetConversion::get_reserves(DIEM_KIND, USDC_KIND)
			.map(|(d, u)| (whole(d, DIEM), whole(u, USDC)))
			.unwrap_or((0.0, 0.0));
		View { pool_diem, pool_usdc, diem_price: pool_usdc / pool_diem, ..view }
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
		self.adopt(day);
		let before_users = self.view();
		for i in 0..self.users.len() {
			let user = &mut self.users[i];
			if user.arrives <= day {
				if user.uses_compute {
					user.rule.need = user.base_need * growth;
				}
				if user.learned {
					self.user_day(i, &before_users);
				}
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

	/// Users who have arrived and not heard of DIEM yet may hear of it today (Bass diffusion,
	/// `agents::adoption_chance`); until then they pay for compute in USD.
	fn adopt(&mut self, day: u32) {
		let adoption = self.scenario.users.adoption;
		let arrived = self.users.iter().filter(|u| u.arrives <= day).count();
		let learned = self.users.iter().filter(|u| u.arrives <= day && u.learned).count();
		let share = if arrived == 0 { 0.0 } else { learned as f64 / arrived as f64 };
		let chance = agents::adoption_chance(adoption.innovation, adoption.imitation, share);
		for user in self.users.iter_mut().filter(|u| u.arrives <= day && !u.learned) {
			// Certain adoption draws nothing: a scenario without diffusion keeps its seeds' runs.
			user.learned = chance >= 1.0 || self.rng.gen_range(0.0..1.0) < chance;
		}
	}

	fn user_day(&mut self, i: usize, before_users: &View) {
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
		let view = self.with_pool(*before_users);
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

	/// The provider meters every arrived user's need for the day. What the credits do not cover
	/// (the batches' `uncovered`) users pay the platform in USD, off chain, and the platform
	/// deposits its `revenue_to_buyburn` share of the day's total as the buy-burn's revenue:
	/// its USDC arrives from off chain (minted here), and the users' USDC is theirs to buy DIEM
	/// with.
	fn meter(&mut self, day: u32) {
		let provider = account(ACCOUNT_PROVIDER, 0);
		let batch: Vec<_> = self
			.users
			.iter()
			.filter(|u| u.arrives <= day && u.uses_compute)
			.map(|u| (u.account.clone(), (u.rule.need * 1e6) as u128))
			.collect();
		// The day's record, opened by this block's `on_initialize`, adds up what the allowances
		// did not cover.
		let uncovered_before = pallet_credits::Today::<Runtime>::get().uncovered;
		for chunk in batch.chunks(diem_config::MAX_USAGE_BATCH as usize) {
			let result = Credits::record_usage(
				RuntimeOrigin::signed(provider.clone()),
				Credits::next_batch(&provider),
				Credits::today(),
				chunk.to_vec(),
			);
			self.record("provider meters usage", result);
		}
		let uncovered =
			pallet_credits::Today::<Runtime>::get().uncovered.saturating_sub(uncovered_before);
		// USDC has 6 decimals: a micro-dollar is a USDC planck.
		let share = self.scenario.platform.revenue_to_buyburn;
		let uncovered =
			if share >= 1.0 { uncovered } else { (uncovered as f64 * share) as Balance };
		if uncovered > 0 {
			let result = Assets::mint_into(USDC_ASSET_ID, &provider, uncovered)
				.and_then(|_| BuyBurn::deposit_revenue(RuntimeOrigin::signed(provider), uncovered));
			if self.record("platform deposits the USD users paid", result) {
				self.revenue_today += whole(uncovered, USDC);
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
		let view = self.view();
		if let Some(keeper) = self.holders[i].keeper {
			let (staked, locked) = (whole(staker.staked, UNIT), whole(staker.locked, UNIT));
			if let Some(diem) = keeper.decide(&self.holders[i].rule, &view, staked, locked) {
				let amount = planck(diem, DIEM);
				// It keeps the DIEM staked for its credits.
				let result = atomically(|| {
					Diem::mint(origin.clone(), amount, staker.staked)?;
					Credits::stake_diem(origin.clone(), amount)
				});
				self.record("keeper mints and keeps", result);
			}
			return;
		}
		let position = Diem::position(&who);
		let usdc = Assets::balance(USDC_ASSET_ID, &who);
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

/// An agent's parameter drawn uniformly from `range`; its `min` without a draw when the range
/// is a single value.
fn draw_from(rng: &mut ChaCha8Rng, range: crate::scenario::Range) -> f64 {
	if range.max > range.min {
		rng.gen_range(range.min..=range.max)
	} else {
		range.min
	}
}

/// A standard normal draw (Box–Muller), from the run's seeded generator.
fn standard_normal(rng: &mut ChaCha8Rng) -> f64 {
	let u1: f64 = rng.gen_range(f64::EPSILON..1.0);
	let u2: f64 = rng.gen_range(0.0..1.0);
	(-2.0 * u1.ln()).sqrt() * (2.0 * std::f64::consts::PI * u2).cos()
}
