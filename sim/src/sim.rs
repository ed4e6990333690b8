//! One run: a scenario's chain built at genesis, then day after day the agents decide and the
//! pallets act. Each day has 24 hour-long blocks; every block runs every pallet's hooks and the
//! arbitrageur's trade; the first block of a day also carries the users', holders' and
//! operator's calls and the day's metering. Every economic action is a pallet call dispatched
//! with the agent's signed origin (root for the operator), so the pallets' own rules, rounding
//! and errors decide what happens: an agent's call that fails changes nothing, as on the chain.

use crate::{
	agents::{self, Arbitrage, Holder, HolderAction, User, UserAction, View},
	runtime::*,
	scenario::Scenario,
};
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
use sp_runtime::{
	BuildStorage, DispatchError, DispatchResult, FixedPointNumber, FixedU128, Perbill,
};

/// A day's figures: one row of `daily.csv`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DayRow {
	/// Day of the run, from 1.
	pub day: u32,
	/// DIEM's price on its pool at the day's end, USDC.
	pub diem_price: f64,
	/// DIEM minted by positions.
	pub diem_supply: f64,
	/// VVV locked by the positions.
	pub vvv_locked: f64,
	/// VVV's total issuance.
	pub vvv_supply: f64,
	/// VVV emitted since genesis.
	pub emitted: f64,
	/// VVV burned since genesis.
	pub burned: f64,
	/// The APR of free stake.
	pub staking_apr: f64,
	/// Credits used in the day, dollars.
	pub credits_used: f64,
	/// Compute the users paid in USD in the day: the buy-burn's revenue.
	pub revenue: f64,
	/// The curve's target supply, as the operator left it.
	pub target_supply: f64,
	/// VVV's price on its pool, USDC.
	pub vvv_price: f64,
	/// The external VVV price the arbitrageur follows.
	pub external_vvv_price: f64,
	/// VVV per DIEM a mint locks at the margin.
	pub mint_rate: f64,
	/// DIEM staked for credits.
	pub diem_staked_for_credits: f64,
}

impl DayRow {
	/// The CSV header.
	pub const HEADER: &'static str = "day,diem_price,diem_supply,vvv_locked,vvv_supply,emitted,burned,staking_apr,credits_used,revenue,target_supply,vvv_price,external_vvv_price,mint_rate,diem_staked_for_credits";

	/// The row as CSV.
	pub fn csv(&self) -> String {
		format!(
			"{},{:.6},{:.6},{:.6},{:.6},{:.6},{:.6},{:.6},{:.6},{:.6},{:.6},{:.6},{:.6},{:.6},{:.6}",
			self.day,
			self.diem_price,
			self.diem_supply,
			self.vvv_locked,
			self.vvv_supply,
			self.emitted,
			self.burned,
			self.staking_apr,
			self.credits_used,
			self.revenue,
			self.target_supply,
			self.vvv_price,
			self.external_vvv_price,
			self.mint_rate,
			self.diem_staked_for_credits
		)
	}
}

/// What a run produced.
#[derive(Clone, Debug)]
pub struct RunOutput {
	/// The seed it ran with.
	pub seed: u64,
	/// One row a day.
	pub days: Vec<DayRow>,
	/// Agents' calls the pallets accepted and refused.
	pub calls: Calls,
}

/// Counts of the agents' calls, in all and by action.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Calls {
	/// Dispatched and accepted.
	pub ok: u64,
	/// Refused by a pallet (nothing changed).
	pub refused: u64,
	/// `(accepted, refused)` by action.
	pub by_action: std::collections::BTreeMap<&'static str, (u64, u64)>,
}

const ACCOUNT_USER: u8 = 1;
const ACCOUNT_HOLDER: u8 = 2;
const ACCOUNT_ARBITRAGEUR: u8 = 3;
const ACCOUNT_MARKET_MAKER: u8 = 4;
const ACCOUNT_PROVIDER: u8 = 5;

/// An agent's account: its kind and index, as 32 bytes.
pub fn account(kind: u8, index: u32) -> AccountId {
	let mut bytes = [0u8; 32];
	bytes[0] = kind;
	bytes[1..5].copy_from_slice(&index.to_le_bytes());
	bytes[31] = 0x51; // "s": never a pallet's account, which starts with "modl".
	AccountId::new(bytes)
}

fn planck(amount: f64, unit: Balance) -> Balance {
	if amount.is_finite() && amount > 0.0 {
		(amount * unit as f64) as Balance
	} else {
		0
	}
}

fn whole(amount: Balance, unit: Balance) -> f64 {
	(amount / unit) as f64 + (amount % unit) as f64 / unit as f64
}

fn fixed(value: f64) -> FixedU128 {
	FixedU128::from_inner((value * FixedU128::accuracy() as f64) as u128)
}

const DIEM_KIND: NativeOrWithId<AssetId> = NativeOrWithId::WithId(DIEM_ASSET_ID);
const USDC_KIND: NativeOrWithId<AssetId> = NativeOrWithId::WithId(USDC_ASSET_ID);
const VVV_KIND: NativeOrWithId<AssetId> = NativeOrWithId::Native;

struct UserAgent {
	account: AccountId,
	rule: User,
	base_need: f64,
	arrives: u32,
}

struct HolderAgent {
	account: AccountId,
	rule: Holder,
}

/// A run in progress.
pub struct Sim {
	scenario: Scenario,
	seed: u64,
	rng: ChaCha8Rng,
	users: Vec<UserAgent>,
	holders: Vec<HolderAgent>,
	external_price: f64,
	target_supply: f64,
	check_invariants: bool,
	/// `DIEM_SIM_DEBUG` set: each refused call is printed with its error.
	debug: bool,
	calls: Calls,
	revenue_today: f64,
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
			.map(|i| HolderAgent {
				account: account(ACCOUNT_HOLDER, i),
				rule: Holder {
					horizon_years: scenario.holders.horizon_years,
					margin: scenario.holders.margin,
					daily_mint_share: scenario.holders.daily_mint_share,
				},
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
		}
	}

	/// The genesis state: balances, assets, stakes, the pools and every pallet's parameters.
	fn genesis(&mut self) -> sp_io::TestExternalities {
		let s = &self.scenario;
		let market_maker = account(ACCOUNT_MARKET_MAKER, 0);
		let arbitrageur = account(ACCOUNT_ARBITRAGEUR, 0);
		let provider = account(ACCOUNT_PROVIDER, 0);
		let mut vvv = Vec::new();
		let mut stakers = Vec::new();
		for holder in &self.holders {
			let amount = planck(
				self.rng.gen_range(s.holders.vvv.min..=s.holders.vvv.max.max(s.holders.vvv.min)),
				UNIT,
			);
			vvv.push((holder.account.clone(), amount + UNIT));
			stakers.push((holder.account.clone(), amount));
		}
		for user in &self.users {
			vvv.push((user.account.clone(), UNIT));
		}
		// The market maker seeds both pools and holds the stake behind the DIEM it puts in.
		let pool_vvv = planck(s.market.vvv_pool_depth, UNIT);
		let diem_cost = s.curve.base_rate * s.market.diem_pool_depth * 3.0;
		let mm_stake = planck(diem_cost.max(1.0), UNIT);
		vvv.push((market_maker.clone(), pool_vvv + mm_stake + UNIT));
		stakers.push((market_maker.clone(), mm_stake));
		vvv.push((arbitrageur.clone(), planck(s.arbitrageur.vvv, UNIT) + UNIT));
		vvv.push((provider.clone(), UNIT));
		vvv.push((pallet_credits::Pallet::<Runtime>::custody(), EXISTENTIAL_DEPOSIT));
		vvv.push((treasury(), EXISTENTIAL_DEPOSIT));
		let pool_usdc = planck(s.market.vvv_pool_depth * s.market.vvv_price, USDC);
		let diem_pool = planck(s.market.diem_pool_depth, DIEM);
		let diem_pool_usdc = planck(s.market.diem_pool_depth * s.market.diem_price, USDC);
		let mut usdc = vec![
			(USDC_ASSET_ID, market_maker.clone(), pool_usdc + diem_pool_usdc + USDC),
			(USDC_ASSET_ID, arbitrageur.clone(), planck(s.arbitrageur.usdc, USDC)),
		];
		for user in &self.users {
			usdc.push((USDC_ASSET_ID, user.account.clone(), planck(s.users.usdc, USDC)));
		}
		let config = RuntimeGenesisConfig {
			system: Default::default(),
			balances: pallet_balances::GenesisConfig { balances: vvv, ..Default::default() },
			assets: pallet_assets::GenesisConfig {
				assets: vec![
					(DIEM_ASSET_ID, diem_asset_owner(), false, DIEM_MIN_BALANCE),
					(USDC_ASSET_ID, market_maker.clone(), false, USDC_MIN_BALANCE),
				],
				metadata: vec![],
				accounts: usdc,
				..Default::default()
			},
			pool_assets: Default::default(),
			staking: pallet_vvv_staking::GenesisConfig {
				annual_emission: planck(s.emission.annual, UNIT),
				unbonding_period: u64::from(s.emission.unbonding_days) * BLOCKS_PER_DAY,
				locked_yield_to_treasury: Perbill::from_float(s.emission.locked_yield_to_treasury),
				distribution_period: BLOCKS_PER_DAY,
				stakers,
			},
			diem: pallet_diem::GenesisConfig {
				curve: self.curve_params(s.curve.target_supply),
				minting_open: true,
				// One DIEM more than the pool takes: the DEX's genesis deposit keeps its provider
				// above the asset's minimum balance.
				positions: vec![(market_maker.clone(), diem_pool + DIEM)],
				..Default::default()
			},
			asset_conversion: pallet_asset_conversion::GenesisConfig {
				pools: vec![
					(VVV_KIND, USDC_KIND, market_maker.clone(), pool_vvv, pool_usdc),
					(DIEM_KIND, USDC_KIND, market_maker, diem_pool, diem_pool_usdc),
				],
			},
			buy_burn: pallet_buyburn::GenesisConfig {
				burn_period: u64::from(s.buyburn.epoch_days) * BLOCKS_PER_DAY,
				burn_share: Perbill::from_float(s.buyburn.burn_share),
				max_price_impact: Perbill::from_float(s.buyburn.max_price_impact),
				fee_burn_share: Perbill::zero(),
				price_half_life: u64::from(s.buyburn.price_half_life_hours.max(1)),
				max_slippage: Perbill::from_float(s.buyburn.max_slippage),
				buy_interval: u64::from(s.buyburn.buy_interval_hours.max(1)),
				staker_share: Perbill::zero(),
				fee_staker_share: Perbill::zero(),
			},
			credits: pallet_credits::GenesisConfig {
				day_length: 86_400,
				cooldown_days: 1,
				meters: vec![provider],
			},
		};
		let storage = config.build_storage().expect("the scenario's genesis builds");
		storage.into()
	}

	fn curve_params(&self, target_supply: f64) -> pallet_diem::curve::CurveParams {
		pallet_diem::curve::CurveParams {
			base_rate: planck(self.scenario.curve.base_rate, UNIT),
			target_supply: planck(target_supply, DIEM),
			adjustment_power: fixed(self.scenario.curve.adjustment_power),
			exponent: self.scenario.curve.exponent,
		}
	}

	/// Runs every day of the scenario, calling `on_day` after each.
	pub fn run(mut self, mut on_day: impl FnMut(&DayRow)) -> Result<RunOutput, String> {
		let mut ext = self.genesis();
		let days = ext.execute_with(|| {
			let genesis_issuance = Balances::total_issuance();
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
							.and_then(|()| check_invariants(genesis_issuance))
							.map_err(|e| format!("day {} hour {hour}: {e}", day + 1))?;
					}
				}
				let row = self.row(day + 1);
				on_day(&row);
				rows.push(row);
				self.revenue_today = 0.0;
			}
			Ok::<_, String>(rows)
		})?;
		Ok(RunOutput { seed: self.seed, days, calls: self.calls.clone() })
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

/// Design §7.5 on the block that just ended: each buy-burn purchase bought VVV (burned, or
/// streamed to stakers: none here, the scenarios' stakers' share is 0) and paid on average at
/// most its reference price × (1 + MaxSlippage).
pub fn check_purchases() -> Result<(), String> {
	let slippage = pallet_buyburn::MaxSlippage::<Runtime>::get().deconstruct() as f64 / 1e9;
	for record in System::events() {
		if let RuntimeEvent::BuyBurn(pallet_buyburn::Event::Burned {
			spent,
			burned,
			streamed,
			reference_price,
			..
		}) = record.event
		{
			if streamed != 0 {
				return Err("a purchase streamed VVV with no stakers' share".into());
			}
			if burned == 0 {
				return Err("a purchase burned nothing".into());
			}
			// USDC planck per whole VVV; the reference is rounded down, so one more.
			let limit = (reference_price + 1) as f64 * (1.0 + slippage);
			let average = spent as f64 / burned as f64 * UNIT as f64;
			if average > limit * (1.0 + 1e-9) {
				return Err(format!("a purchase paid {average} > {limit}"));
			}
		}
	}
	Ok(())
}

/// Design §7 on the simulation's state: the chain's own cross-pallet invariants
/// (`diem_config::check_economy!`, as the runtime's randomised tests run them: every pallet's
/// `try_state`, VVV issuance equal to the accounts' balances and to `genesis_issuance` +
/// emitted − burned, nothing else minting or burning VVV here (no fees, no pool created by a
/// call, no account reaped with dust), the emission on schedule, DIEM's supply equal to the
/// positions' and their collateral to staking's locked stake, no account without VVV); and,
/// as no agent sends it DIEM otherwise, the credits' custody holding exactly the DIEM staked
/// and cooling down.
pub fn check_invariants(genesis_issuance: Balance) -> Result<(), String> {
	let ledger = diem_config::IssuanceLedger { genesis_issuance, ..Default::default() };
	diem_config::check_economy!(Runtime, &ledger, &[])?;
	let custody = Assets::balance(DIEM_ASSET_ID, pallet_credits::Pallet::<Runtime>::custody());
	let cooling: Balance = pallet_credits::Unlocking::<Runtime>::iter()
		.flat_map(|(_, chunks)| chunks.into_iter().map(|c| c.amount))
		.sum();
	let staked = pallet_credits::TotalStaked::<Runtime>::get();
	if custody != staked + cooling {
		return Err(format!(
			"credits' custody holds {custody} ≠ staked {staked} + cooling {cooling}"
		));
	}
	Ok(())
}
