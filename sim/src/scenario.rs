//! Scenarios: what a run simulates, read from TOML. Every field has a default (mainnet's
//! parameters, `diem_config::mainnet`, and a modest population), so a scenario file names only
//! what it changes, and [`Scenario::departures`] lists what it changed from mainnet.
//! Amounts are in whole tokens and dollars; the runner converts them to planck.

use diem_config::{mainnet, UNIT};
use serde::{Deserialize, Serialize};

/// A planck amount in whole tokens (18 decimals).
fn whole(planck: u128) -> f64 {
	crate::sim::whole(planck, UNIT)
}

/// A `Perbill` as a fraction.
fn fraction(share: sp_runtime::Perbill) -> f64 {
	f64::from(share.deconstruct()) / 1e9
}

/// A scenario.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Scenario {
	/// Its name: the output folder's.
	pub name: String,
	/// Simulated days.
	pub days: u32,
	/// The first seed; Monte Carlo runs use `seed`, `seed + 1`, …
	pub seed: u64,
	/// Seeded runs (Monte Carlo) of the scenario.
	pub runs: u32,
	/// The DIEM mint curve at launch.
	pub curve: Curve,
	/// Staking's emission.
	pub emission: Emission,
	/// The buy-burn's parameters.
	pub buyburn: BuyBurn,
	/// The pools at launch and the external VVV market.
	pub market: Market,
	/// Compute users.
	pub users: Users,
	/// VVV holders.
	pub holders: Holders,
	/// Buyers of DIEM for its yield.
	pub investors: Investors,
	/// The platform users pay in USD.
	pub platform: Platform,
	/// The arbitrageur.
	pub arbitrageur: Arbitrageur,
	/// The operator.
	pub operator: Operator,
	/// When an equilibrium counts as reached.
	pub equilibrium: Equilibrium,
	/// How the agents meet a live chain's state (`--from`).
	pub live: Live,
}

impl Default for Scenario {
	fn default() -> Self {
		Self {
			name: "scenario".into(),
			days: 365,
			seed: 1,
			runs: 1,
			curve: Curve::default(),
			emission: Emission::default(),
			buyburn: BuyBurn::default(),
			market: Market::default(),
			users: Users::default(),
			holders: Holders::default(),
			investors: Investors::default(),
			platform: Platform::default(),
			arbitrageur: Arbitrageur::default(),
			operator: Operator::default(),
			equilibrium: Equilibrium::default(),
			live: Live::default(),
		}
	}
}

/// What every run from a scenario's genesis departs from mainnet in, whatever the scenario:
/// the simulation's own structure (`sim/src/runtime.rs`).
pub const STRUCTURAL_DEPARTURES: [&str; 5] = [
	BLOCKS_DEPARTURE,
	BUYS_DEPARTURE,
	"DIEM minting is open from genesis (mainnet: governance opens it)",
	FEES_DEPARTURE,
	"no vesting: every holder's VVV is free at genesis",
];

/// What every run from a live chain (`--from`) departs from it in.
pub const LIVE_DEPARTURES: [&str; 6] = [
	BLOCKS_DEPARTURE,
	BUYS_DEPARTURE,
	FEES_DEPARTURE,
	"vesting and conviction-voting locks stay as the chain had them and never unlock (no vesting or voting pallet runs here); VVV still vesting backs no DIEM, as on the chain",
	"the scenario's users, arbitrageur and provider join the chain's accounts, their VVV and USDC minted at day 0",
	"a proposal is applied with its referendum's origin at the earliest hour the chain could enact it, as if it passed as soon as it could (a call given as hex: as root, at day 0 or at --enact-hour)",
];

const BLOCKS_DEPARTURE: &str =
	"blocks last an hour (mainnet: 2 s); periods are counted in hours and days as on mainnet";
const BUYS_DEPARTURE: &str =
	"the buy-burn buys at most once a block, an hour (mainnet: every 5 minutes at most)";
const FEES_DEPARTURE: &str = "no transaction fees, so no fee burn (mainnet burns 50% of every fee); no governance: the operator is an agent that sets the curve as root (mainnet: a collective moving the target supply by at most 10% a week)";

impl Scenario {
	/// Every economic parameter this scenario sets otherwise than mainnet
	/// (`diem_config::mainnet`), as `name: value (mainnet: value)`, then the structural
	/// departures every run makes ([`STRUCTURAL_DEPARTURES`], or [`LIVE_DEPARTURES`] for a
	/// run from a `live` chain, whose parameters [`Scenario::with_chain`] took).
	pub fn departures(&self, live: bool) -> Vec<String> {
		let mainnet = Scenario::default();
		let mut out = Vec::new();
		let mut compare = |name: &str, value: f64, mainnet: f64| {
			if (value - mainnet).abs() > f64::EPSILON * mainnet.abs().max(1.0) {
				out.push(format!("{name}: {value} (mainnet: {mainnet})"));
			}
		};
		let (c, m) = (&self.curve, &mainnet.curve);
		compare("curve.base_rate", c.base_rate, m.base_rate);
		compare("curve.target_supply", c.target_supply, m.target_supply);
		compare("curve.adjustment_power", c.adjustment_power, m.adjustment_power);
		compare("curve.exponent", f64::from(c.exponent), f64::from(m.exponent));
		let (e, m) = (&self.emission, &mainnet.emission);
		compare("emission.annual", e.annual, m.annual);
		compare(
			"emission.locked_yield_to_treasury",
			e.locked_yield_to_treasury,
			m.locked_yield_to_treasury,
		);
		compare(
			"emission.unbonding_days",
			f64::from(e.unbonding_days),
			f64::from(m.unbonding_days),
		);
		let (b, m) = (&self.buyburn, &mainnet.buyburn);
		compare("buyburn.epoch_days", f64::from(b.epoch_days), f64::from(m.epoch_days));
		compare("buyburn.burn_share", b.burn_share, m.burn_share);
		compare("buyburn.max_price_impact", b.max_price_impact, m.max_price_impact);
		compare("buyburn.max_slippage", b.max_slippage, m.max_slippage);
		compare(
			"buyburn.price_half_life_hours",
			f64::from(b.price_half_life_hours),
			f64::from(m.price_half_life_hours),
		);
		compare(
			"buyburn.buy_interval_hours",
			f64::from(b.buy_interval_hours),
			f64::from(m.buy_interval_hours),
		);
		let structural: &[&str] = if live { &LIVE_DEPARTURES } else { &STRUCTURAL_DEPARTURES };
		out.extend(structural.iter().map(|line| (*line).to_owned()));
		out
	}
}

/// `rate(S) = B · exp(k · (S/T)^n)` (design §3).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Curve {
	/// `B`, VVV per DIEM.
	pub base_rate: f64,
	/// `T`, DIEM.
	pub target_supply: f64,
	/// `k`.
	pub adjustment_power: f64,
	/// `n`.
	pub exponent: u8,
}

impl Default for Curve {
	/// Mainnet's launch curve.
	fn default() -> Self {
		let curve = mainnet::CURVE;
		Self {
			base_rate: whole(curve.base_rate),
			target_supply: whole(curve.target_supply),
			adjustment_power: whole(curve.adjustment_power.into_inner()),
			exponent: curve.exponent,
		}
	}
}

/// Staking's emission (design §2).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Emission {
	/// VVV emitted a year.
	pub annual: f64,
	/// The share of locked stake's emission paid to the treasury.
	pub locked_yield_to_treasury: f64,
	/// Days an unstake cools down.
	pub unbonding_days: u32,
}

impl Default for Emission {
	/// Mainnet's.
	fn default() -> Self {
		Self {
			annual: whole(mainnet::ANNUAL_EMISSION),
			locked_yield_to_treasury: fraction(mainnet::LOCKED_YIELD_TO_TREASURY),
			unbonding_days: mainnet::UNBONDING_DAYS,
		}
	}
}

/// The buy-burn (design §4).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct BuyBurn {
	/// Days an epoch lasts.
	pub epoch_days: u32,
	/// The share of the pot an epoch spends.
	pub burn_share: f64,
	/// The most one purchase may move the pool's price.
	pub max_price_impact: f64,
	/// How far above its reference price the hook still buys.
	pub max_slippage: f64,
	/// The reference price's half-life, in hours.
	pub price_half_life_hours: u32,
	/// Hours between purchases.
	pub buy_interval_hours: u32,
}

impl Default for BuyBurn {
	/// Mainnet's, but for the least time between purchases: 5 minutes on mainnet, a block (an
	/// hour) here.
	fn default() -> Self {
		Self {
			epoch_days: mainnet::BURN_PERIOD_DAYS,
			burn_share: fraction(mainnet::BURN_SHARE),
			max_price_impact: fraction(mainnet::MAX_PRICE_IMPACT),
			max_slippage: fraction(mainnet::MAX_SLIPPAGE),
			price_half_life_hours: mainnet::PRICE_HALF_LIFE_MINUTES / 60,
			buy_interval_hours: 1,
		}
	}
}

/// The pools at launch and the external VVV market the arbitrageur follows.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Market {
	/// VVV's price at launch, USDC.
	pub vvv_price: f64,
	/// VVV in the VVV/USDC pool at launch.
	pub vvv_pool_depth: f64,
	/// DIEM's price in its first pool, USDC.
	pub diem_price: f64,
	/// DIEM in the DIEM/USDC pool at launch (minted at genesis by the pool's provider).
	pub diem_pool_depth: f64,
	/// The external VVV price's daily volatility (log-normal random walk).
	pub daily_volatility: f64,
	/// Its yearly drift.
	pub annual_drift: f64,
}

impl Default for Market {
	fn default() -> Self {
		Self {
			vvv_price: 3.0,
			vvv_pool_depth: 10_000_000.0,
			diem_price: 100.0,
			diem_pool_depth: 200.0,
			daily_volatility: 0.03,
			annual_drift: 0.0,
		}
	}
}

/// A range `[min, max]` each agent draws its parameter from, uniformly.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Range {
	/// The lowest value.
	pub min: f64,
	/// The highest value.
	pub max: f64,
}

/// Compute users: each needs some dollars of compute a day and discounts the future at its
/// annual rate (agents.rs).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Users {
	/// How many.
	pub count: u32,
	/// Dollars of compute a day each needs at launch.
	pub need_per_day: Range,
	/// Each one's annual discount rate.
	pub discount_rate: Range,
	/// How much the needs grow in a year (0.5 = +50%).
	pub annual_growth: f64,
	/// Users arrive evenly over this many days.
	pub arrival_days: u32,
	/// USDC each starts with.
	pub usdc: f64,
	/// How far above its value DIEM must be before a user sells (hysteresis).
	pub sell_margin: f64,
	/// How arrived users hear of DIEM (until then they pay in USD): at once by default.
	pub adoption: Adoption,
}

/// Bass diffusion of DIEM among arrived users: each day one who has not heard of it does with
/// chance `innovation + imitation × (the share who have)`.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Adoption {
	/// A day's chance from outside (advertising, the news): 1 = at once.
	pub innovation: f64,
	/// Word of mouth: the added chance per share of users who have heard.
	pub imitation: f64,
}

impl Default for Adoption {
	fn default() -> Self {
		Self { innovation: 1.0, imitation: 0.0 }
	}
}

impl Default for Users {
	fn default() -> Self {
		Self {
			count: 200,
			need_per_day: Range { min: 1.0, max: 50.0 },
			discount_rate: Range { min: 0.5, max: 3.0 },
			annual_growth: 0.5,
			arrival_days: 30,
			usdc: 100_000.0,
			sell_margin: 0.1,
			adoption: Adoption::default(),
		}
	}
}

/// VVV holders: stake for yield, mint DIEM when its price pays for what they lock.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Holders {
	/// How many.
	pub count: u32,
	/// VVV each holds.
	pub vvv: Range,
	/// Years of forgone yield a holder counts against a mint.
	pub horizon_years: f64,
	/// The margin a mint or a repay must clear.
	pub margin: f64,
	/// The share of its free stake a holder mints against in a day, at most.
	pub daily_mint_share: f64,
	/// The share of holders who mint to keep DIEM, not to sell (`agents::Keeper`).
	pub keepers: f64,
	/// What a DIEM is worth to a keeper, dollars (drawn per keeper).
	pub keeper_value: Range,
	/// The most of its stake a keeper locks.
	pub keeper_max_locked: f64,
}

impl Default for Holders {
	fn default() -> Self {
		Self {
			count: 100,
			vvv: Range { min: 10_000.0, max: 200_000.0 },
			horizon_years: 0.5,
			margin: 0.02,
			daily_mint_share: 0.05,
			keepers: 0.0,
			keeper_value: Range { min: 365.0, max: 365.0 },
			keeper_max_locked: 0.5,
		}
	}
}

/// Investors: they buy DIEM for its yield, $1 of compute a day that they resell or leave idle,
/// as a user does for its own compute (`agents::User`, with the DIEM they want as the need and
/// their required return as the discount rate), and use no compute themselves. They arrive
/// over `arrival_days` and hear of DIEM as users do.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Investors {
	/// How many.
	pub count: u32,
	/// DIEM each wants to hold.
	pub diem: Range,
	/// The yearly return each requires: a DIEM is worth 365 / it dollars.
	pub required_return: Range,
	/// USDC each starts with.
	pub usdc: f64,
	/// They arrive evenly over this many days.
	pub arrival_days: u32,
}

impl Default for Investors {
	fn default() -> Self {
		Self {
			count: 0,
			diem: Range { min: 10.0, max: 100.0 },
			required_return: Range { min: 1.0, max: 2.0 },
			usdc: 100_000.0,
			arrival_days: 30,
		}
	}
}

/// The platform: users pay it in USD, off chain, for the compute their credits do not cover.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Platform {
	/// The share of that USD it deposits as the buy-burn's revenue (the rest pays for the
	/// compute): 1 = all of it.
	pub revenue_to_buyburn: f64,
}

impl Default for Platform {
	fn default() -> Self {
		Self { revenue_to_buyburn: 1.0 }
	}
}

/// The arbitrageur between the chain's VVV/USDC pool and the external market.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Arbitrageur {
	/// USDC it starts with.
	pub usdc: f64,
	/// VVV it starts with.
	pub vvv: f64,
	/// The price gap it leaves alone (its costs), as a fraction.
	pub threshold: f64,
}

impl Default for Arbitrageur {
	fn default() -> Self {
		Self { usdc: 5_000_000.0, vvv: 2_000_000.0, threshold: 0.005 }
	}
}

/// The operator, who adjusts the target supply to its compute budget.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Operator {
	/// Whether it acts at all.
	pub enabled: bool,
	/// Dollars of compute a day it can give away as credits.
	pub compute_budget: f64,
	/// The fraction it moves the target by.
	pub step: f64,
	/// It raises the target when the credits used fall below this share of the budget.
	pub low_water: f64,
	/// Days between its reviews.
	pub every_days: u32,
}

impl Default for Operator {
	fn default() -> Self {
		Self { enabled: true, compute_budget: 30_000.0, step: 0.05, low_water: 0.7, every_days: 7 }
	}
}

/// When a run has settled: over the last `window_days`, DIEM supply and VVV locked each stayed
/// within `tolerance` of their mean ((max − min) / mean).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Equilibrium {
	/// Days the quantities must hold still.
	pub window_days: u32,
	/// Their allowed relative range.
	pub tolerance: f64,
}

impl Default for Equilibrium {
	fn default() -> Self {
		Self { window_days: 30, tolerance: 0.05 }
	}
}

/// A run from a live chain (`--from`): the chain's accounts, stakes, positions, pools,
/// credits, buy-burn and curve are its; the scenario's users, arbitrageur and provider join
/// them, their VVV and USDC minted at day 0.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Live {
	/// Every account staking on the chain acts as a holder, with `holders`' rule (the
	/// default); `false`: the scenario's `holders.count` holders join instead, their VVV
	/// minted and staked at day 0.
	pub stakers_are_holders: bool,
}

impl Default for Live {
	fn default() -> Self {
		Self { stakers_are_holders: true }
	}
}

/// Why a scenario or a sweep could not be read.
#[derive(Debug)]
pub struct ScenarioError(pub String);

impl core::fmt::Display for ScenarioError {
	fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
		f.write_str(&self.0)
	}
}

impl std::error::Error for ScenarioError {}

impl Scenario {
	/// Reads a scenario from TOML text.
	pub fn from_toml(text: &str) -> Result<Self, ScenarioError> {
		let scenario: Scenario = toml::from_str(text).map_err(|e| ScenarioError(e.to_string()))?;
		scenario.validate()?;
		Ok(scenario)
	}

	/// This scenario with the dotted `path` (e.g. `operator.compute_budget`) set to `value`:
	/// any numeric parameter can be swept. Several paths joined by `+`
	/// (`users.discount_rate.min+users.discount_rate.max`) all take the value.
	pub fn with(&self, path: &str, value: f64) -> Result<Self, ScenarioError> {
		// Validated once all are set: `min+max` may pass through `min > max` on the way.
		let scenario = path.split('+').try_fold(self.clone(), |scenario, path| {
			scenario.set_unchecked(path.trim(), &value.to_string())
		})?;
		scenario.validate()?;
		Ok(scenario)
	}

	/// This scenario with the dotted `path` set to `text`, read as the parameter's type (a
	/// number, or `true` / `false`): the command line's `--set`.
	pub fn set(&self, path: &str, text: &str) -> Result<Self, ScenarioError> {
		let scenario = self.set_unchecked(path, text)?;
		scenario.validate()?;
		Ok(scenario)
	}

	fn set_unchecked(&self, path: &str, text: &str) -> Result<Self, ScenarioError> {
		let mut tree = toml::Value::try_from(self).map_err(|e| ScenarioError(e.to_string()))?;
		let mut node = &mut tree;
		for key in path.split('.') {
			node = node
				.get_mut(key)
				.ok_or_else(|| ScenarioError(format!("no parameter `{path}` (at `{key}`)")))?;
		}
		let refuse = |what: &str| ScenarioError(format!("`{path}` takes {what}, not `{text}`"));
		*node = match node {
			toml::Value::Integer(_) => {
				toml::Value::Integer(text.parse::<i64>().map_err(|_| refuse("whole numbers"))?)
			}
			toml::Value::Float(_) => {
				toml::Value::Float(text.parse::<f64>().map_err(|_| refuse("numbers"))?)
			}
			toml::Value::Boolean(_) => {
				toml::Value::Boolean(text.parse::<bool>().map_err(|_| refuse("true or false"))?)
			}
			toml::Value::String(_) => toml::Value::String(text.into()),
			_ => return Err(ScenarioError(format!("`{path}` is a table, not a parameter"))),
		};
		tree.try_into().map_err(|e: toml::de::Error| ScenarioError(e.to_string()))
	}

	/// Refuses parameters the chain or the agents cannot take.
	pub fn validate(&self) -> Result<(), ScenarioError> {
		let fail = |what: &str| Err(ScenarioError(what.into()));
		if self.days == 0 || self.runs == 0 {
			return fail("days and runs must be at least 1");
		}
		if !(self.curve.base_rate > 0.0
			&& self.curve.target_supply > 0.0
			&& self.curve.adjustment_power > 0.0)
		{
			return fail(
				"the curve's base rate, target supply and adjustment power must be positive",
			);
		}
		if self.market.vvv_price <= 0.0 || self.market.diem_price <= 0.0 {
			return fail("prices must be positive");
		}
		for range in [
			self.users.need_per_day,
			self.users.discount_rate,
			self.holders.vvv,
			self.holders.keeper_value,
			self.investors.diem,
			self.investors.required_return,
		] {
			if !(range.min > 0.0 && range.min <= range.max) {
				return fail("a range needs 0 < min ≤ max");
			}
		}
		let adoption = self.users.adoption;
		if !(adoption.innovation > 0.0 && adoption.imitation >= 0.0) {
			return fail(
				"adoption needs innovation > 0 (or nobody hears of DIEM) and imitation ≥ 0",
			);
		}
		if !(0.0..=1.0).contains(&self.platform.revenue_to_buyburn) {
			return fail("platform.revenue_to_buyburn is a share, 0 to 1");
		}
		if !(0.0..=1.0).contains(&self.holders.keepers)
			|| !(0.0..=1.0).contains(&self.holders.keeper_max_locked)
		{
			return fail("holders.keepers and holders.keeper_max_locked are shares, 0 to 1");
		}
		if self.equilibrium.window_days == 0 {
			return fail("the equilibrium window must be at least a day");
		}
		Ok(())
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn the_defaults_are_mainnet_and_depart_only_structurally() {
		let scenario = Scenario::default();
		assert_eq!(scenario.buyburn.burn_share, 0.5);
		assert_eq!(scenario.emission.annual, 6_000_000.0);
		assert_eq!((scenario.curve.base_rate, scenario.curve.target_supply), (90.0, 38_000.0));
		assert_eq!(scenario.departures(false), STRUCTURAL_DEPARTURES.map(String::from).to_vec());
	}

	#[test]
	fn a_scenario_lists_what_it_changes_from_mainnet() {
		let dir = env!("CARGO_MANIFEST_DIR");
		let launch = std::fs::read_to_string(format!("{dir}/scenarios/launch.toml")).unwrap();
		let departures = Scenario::from_toml(&launch).unwrap().departures(false);
		assert_eq!(departures[0], "buyburn.burn_share: 1 (mainnet: 0.5)");
		assert_eq!(departures.len(), 1 + STRUCTURAL_DEPARTURES.len());
	}

	#[test]
	fn the_simulation_runtime_is_configured_by_the_shared_configuration() {
		use crate::runtime::Runtime;
		use frame_support::traits::Get;
		let max_usage_batch: u32 = <Runtime as pallet_credits::Config>::MaxUsageBatch::get();
		assert_eq!(max_usage_batch, diem_config::MAX_USAGE_BATCH);
		let fee_reserve: u128 = <Runtime as pallet_vvv_staking::Config>::FeeReserve::get();
		assert_eq!(fee_reserve, diem_config::STAKING_FEE_RESERVE);
		assert_eq!(<Runtime as pallet_asset_conversion::Config>::LPFee::get(), diem_config::LP_FEE);
		let blocks_per_year: u32 = <Runtime as pallet_vvv_staking::Config>::BlocksPerYear::get();
		assert_eq!(blocks_per_year, 8_766);
	}

	#[test]
	fn the_simulation_runtime_has_the_chains_pallet_indices_and_block_number() {
		use crate::runtime::{AllPalletsWithSystem, Runtime};
		use frame_support::traits::PalletsInfoAccess;
		let pallets = AllPalletsWithSystem::infos();
		diem_config::pallet_index::check(
			pallets.iter().map(|p| (p.name, p.index as u8)),
			&diem_config::pallet_index::ECONOMY,
		)
		.unwrap();
		let block: frame_system::pallet_prelude::BlockNumberFor<Runtime> = 0;
		let _: diem_config::BlockNumber = block;
	}
}
