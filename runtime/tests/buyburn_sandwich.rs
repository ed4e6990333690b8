//! The treasury buy-burn against sandwiches, on the assembled runtime: the real
//! `pallet-assets` and `pallet-asset-conversion`, the `development` genesis, blocks through
//! `Executive`.
//!
//! An attacker buys VVV on the VVV/USDC pool in the block where the epoch closes (before the
//! hook, which runs in `on_idle`), holds it for some blocks, and sells it back. Checked after
//! every purchase of the hook:
//! - it paid at most `min(reference, open) × (1 + MaxSlippage)` of its block (the swap's
//!   `amount_out_min`);
//! - it paid at most the pre-attack price × `(1 + MaxSlippage)` × `(1 + s·(1 − 2^(−1/H)))^t`,
//!   `t` blocks after the attack: how far a price held up can lift the reference;
//! - it paid at most `(1 + MaxSlippage)` × what the same purchases cost without an attack;
//! - it bought nothing while the attacker held a pump larger than `MaxSlippage`;
//! - and the attacker's round trip lost money.

#![allow(clippy::unwrap_used, clippy::arithmetic_side_effects, clippy::indexing_slicing)]

mod common;

use common::*;
use diem_runtime::{Runtime, RuntimeCall};
use pallet_buyburn::{reference, Event, Reference};
use proptest::prelude::*;
use sp_keyring::Sr25519Keyring::{Dave, Eve};
use sp_runtime::Perbill;

/// The reference price's parameters of a scenario.
#[derive(Clone, Copy, Debug)]
struct Params {
	half_life: u32,
	slippage: Perbill,
	interval: u32,
	impact: Perbill,
}

/// The mainnet defaults: an hour, 1%, 5 minutes, 0.5%.
const MAINNET: Params = Params {
	half_life: 1_800,
	slippage: Perbill::from_percent(1),
	interval: 150,
	impact: Perbill::from_parts(5_000_000),
};

/// Sets the buy-burn's parameters (as root) to `params`, and its burn period if given.
fn configure(params: Params, burn_period: Option<u32>) {
	root(RuntimeCall::BuyBurn(pallet_buyburn::Call::set_reference_parameters {
		price_half_life: Some(params.half_life),
		max_slippage: Some(params.slippage),
		buy_interval: Some(params.interval),
	}))
	.unwrap();
	root(RuntimeCall::BuyBurn(pallet_buyburn::Call::set_parameters {
		burn_period,
		burn_share: None,
		max_price_impact: Some(params.impact),
		fee_burn_share: None,
		staker_share: None,
		fee_staker_share: None,
	}))
	.unwrap();
}

/// What a scenario measured.
#[derive(Debug, Default)]
struct Outcome {
	/// The price the hook bought against before the attack, USDC units per VVV.
	pre_attack: f64,
	/// The hook's purchases: USDC spent and VVV bought (burned, or streamed to stakers: the
	/// dev preset streams a share).
	spent: u128,
	bought: u128,
	/// USDC the attacker ended with, less what it started with.
	attacker_pnl: i128,
	/// The first failed check, if any.
	failure: Option<String>,
}

impl Outcome {
	fn average(&self) -> f64 {
		self.spent as f64 / self.bought as f64 * VVV as f64
	}
}

/// Dave deposits 200,000 USDC of revenue; in block 2 the epoch closes (a 100,000 USDC budget)
/// and Eve buys VVV with `attack` permille of the pool's USDC, holds it for `hold` blocks, and
/// sells it back; then `after` more blocks run.
fn sandwich(attack: u128, hold: u32, after: u32, params: Params) -> Outcome {
	let mut ext = dev_chain();
	ext.execute_with(|| {
		let (dave, eve) = (account(Dave), account(Eve));
		configure(params, None);
		let deposit = pallet_buyburn::Call::deposit_revenue { amount: 200_000 * USDC };
		signed(&dave, RuntimeCall::BuyBurn(deposit)).unwrap();
		next_block();

		// The attack block: the epoch closes, then Eve buys before the hook runs.
		let attack_block = diem_runtime::System::block_number();
		let pre = Reference::<Runtime>::get().unwrap().buy_price();
		let mut outcome = Outcome { pre_attack: pre.to_float(), ..Default::default() };
		root(RuntimeCall::BuyBurn(pallet_buyburn::Call::force_epoch {})).unwrap();
		let (usdc_before, vvv_before) = (usdc_of(&eve), vvv_of(&eve));
		let pumped = attack > 0;
		if pumped {
			swap(&eve, [usdc(), native()], pool().0 * attack / 1_000).unwrap();
		}
		let bought = vvv_of(&eve) - vvv_before;
		let pump: f64 = pool_price() / outcome.pre_attack - 1.0;

		let slippage: f64 = params.slippage.deconstruct() as f64 / 1e9;
		let alpha: f64 = 1.0 - 0.5f64.powf(1.0 / params.half_life as f64);
		let check = |events: Vec<Event<Runtime>>, holding: bool, outcome: &mut Outcome| {
			let number = diem_runtime::System::block_number() - 1;
			for event in events {
				let Event::Burned { spent, burned, streamed, .. } = event else { continue };
				let bought = burned + streamed;
				outcome.spent += spent;
				outcome.bought += bought;
				let reference = Reference::<Runtime>::get().unwrap();
				let limit = reference::limit_price(reference.buy_price(), params.slippage);
				let average = spent as f64 / bought as f64 * VVV as f64;
				let t = (number - attack_block) as i32;
				let bound =
					outcome.pre_attack * (1.0 + slippage) * (1.0 + slippage * alpha).powi(t);
				let failure = if reference::min_out(spent, limit).unwrap() > bought {
					Some(format!("block {number}: paid above its limit {limit:?}"))
				} else if average > bound * (1.0 + 1e-12) {
					Some(format!("block {number}: paid {average} > {bound}"))
				} else if holding && pump > slippage {
					Some(format!("block {number}: bought during a {pump} pump"))
				} else {
					None
				};
				outcome.failure = outcome.failure.take().or(failure);
			}
		};
		for _ in 0..hold.max(1) {
			let events = next_block();
			check(events, pumped, &mut outcome);
		}
		if pumped {
			swap(&eve, [native(), usdc()], bought).unwrap();
		}
		outcome.attacker_pnl = usdc_of(&eve) as i128 - usdc_before as i128;
		for _ in 0..after {
			let events = next_block();
			check(events, false, &mut outcome);
		}
		outcome
	})
}

/// Blocks after the attack for two purchases at the interval, and some.
fn after(params: Params) -> u32 {
	2 * params.interval + 3
}

/// The table: attacks of 1% to 300% of the pool, held 1, 10 and 100 blocks, at the
/// mainnet parameters, against the same purchases without an attack.
#[test]
fn sandwiches_cost_the_attacker_and_not_the_treasury() {
	let baseline = sandwich(0, 100, after(MAINNET), MAINNET);
	assert_eq!(baseline.failure, None);
	assert!(baseline.spent > 0);
	println!("no attack: the hook paid {:.6} USDC/VVV", baseline.average() / 1e6);
	for attack in [10u128, 100, 1_000, 3_000] {
		for hold in [1u32, 10, 100] {
			let attacked = sandwich(attack, hold, after(MAINNET), MAINNET);
			println!(
				"attack {:>5.1}% of the pool, held {hold:>3} blocks: the hook paid {:.6} USDC/VVV \
				 ({:+.3}% against the pre-attack price {:.6}); the attacker made {:+.2} USDC",
				attack as f64 / 10.0,
				attacked.average() / 1e6,
				(attacked.average() / attacked.pre_attack - 1.0) * 100.0,
				attacked.pre_attack / 1e6,
				attacked.attacker_pnl as f64 / 1e6,
			);
			assert_eq!(attacked.failure, None, "attack {attack}‰ held {hold}");
			assert!(attacked.attacker_pnl < 0, "the attacker gained {}", attacked.attacker_pnl);
			assert!(attacked.spent > 0, "the hook bought once the price was back");
			assert!(
				attacked.average() <= baseline.average() * 1.01,
				"{} against {} without the attack",
				attacked.average(),
				baseline.average()
			);
		}
	}
}

/// The hook against an external market: an arbitrageur brings the pool back to 3 USDC between
/// purchases, and a budget of 10% of the pool is bought within `MaxSlippage` of that price.
#[test]
fn with_arbitrage_a_tenth_of_the_pool_is_bought_within_the_slippage_bound() {
	let params = Params { interval: 10, ..MAINNET };
	dev_chain().execute_with(|| {
		let (dave, arbitrageur) = (account(Dave), account(Eve));
		// One epoch's budget only: no epoch closes while it is bought.
		configure(params, Some(1_000_000));
		let external = pool_price();
		// 10% of the pool's USDC is the budget: deposit twice that, half is budgeted.
		let budget = pool().0 / 10;
		let deposit = pallet_buyburn::Call::deposit_revenue { amount: 2 * budget };
		signed(&dave, RuntimeCall::BuyBurn(deposit)).unwrap();
		root(RuntimeCall::BuyBurn(pallet_buyburn::Call::force_epoch {})).unwrap();
		let (mut spent, mut bought) = (0u128, 0u128);
		for _ in 0..2_000 {
			for event in next_block() {
				if let Event::Burned { spent: s, burned: b, streamed: st, .. } = event {
					spent += s;
					bought += b + st;
				}
			}
			// Sell VVV into the pool until its price is back at the external price.
			let (usdc_reserve, vvv_reserve) = pool();
			let target = ((usdc_reserve as f64 * vvv_reserve as f64) / (external / VVV as f64))
				.sqrt() as u128;
			if target > vvv_reserve {
				swap(&arbitrageur, [native(), usdc()], (target - vvv_reserve) * 1_003 / 1_000)
					.unwrap();
			}
			if pallet_buyburn::Budget::<Runtime>::get() == 0 {
				break;
			}
		}
		assert_eq!(pallet_buyburn::Budget::<Runtime>::get(), 0, "the budget was spent");
		assert!(spent >= budget - 1 && spent <= budget, "{spent} of {budget}");
		let average = spent as f64 / bought as f64 * VVV as f64;
		println!(
			"with arbitrage: {} USDC bought at {:.6} USDC/VVV against {:.6} outside",
			spent / USDC,
			average / 1e6,
			external / 1e6
		);
		assert!(average <= external * 1.01, "{average} against {external}");
	});
}

fn params() -> impl Strategy<Value = Params> {
	(
		300u32..=7_200,
		Perbill::from_parts(5_000_000).deconstruct()..=Perbill::from_percent(3).deconstruct(),
		1u32..=200,
		Perbill::from_parts(1_000_000).deconstruct()..=Perbill::from_parts(5_500_000).deconstruct(),
	)
		.prop_map(|(half_life, slippage, interval, impact)| Params {
			half_life,
			slippage: Perbill::from_parts(slippage),
			interval,
			impact: Perbill::from_parts(impact),
		})
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(32))]

	/// Any attack from 0.1% to 300% of the pool, held up to one purchase interval (so around
	/// one purchase at most), under any parameters in range: every check of the scenario holds
	/// and the attacker loses.
	///
	/// Held across several purchases, a pump below the slippage bound gains what any holder of
	/// the same VVV gains from the buyback's price impact: once seen here, 1 micro-USDC on a
	/// 3,000 USDC round trip over two purchases. The hook still paid within its limit.
	#[test]
	fn no_sandwich_pays(
		attack in prop_oneof![1u128..10, 10u128..=3_000],
		hold_share in 0u32..1_000,
		params in params(),
	) {
		let hold = 1 + params.interval * hold_share / 1_000;
		let outcome = sandwich(attack, hold, after(params), params);
		prop_assert_eq!(outcome.failure, None);
		prop_assert!(outcome.attacker_pnl < 0, "the attacker gained {}", outcome.attacker_pnl);
	}
}
