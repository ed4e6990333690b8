//! Every path of the hook (no pool, thin pool, the price-impact cap, a budget spent over
//! several blocks, epoch rollover with carry-over), the calls and their errors, the fee
//! burn, and random sequences checking SPEC §7.1 and §7.5 after every block.

#![allow(clippy::unwrap_used, clippy::arithmetic_side_effects, clippy::indexing_slicing)]

use crate::{impact, mock::*, pallet::*, EpochRecord, Event, SkipReason};
use frame_support::{
	assert_noop, assert_ok,
	traits::{
		fungible::{Balanced, Inspect},
		tokens::{Fortitude, Precision, Preservation},
		OnUnbalanced,
	},
	weights::Weight,
};
use sp_arithmetic::Perbill;
use sp_runtime::DispatchError;

mod sequences;

fn signed(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::BuyBurn(event) => Some(event),
			_ => None,
		})
		.collect()
}

/// The `Burned` events of the current block: `(spent, burned)`.
fn burns() -> Vec<(u128, u128)> {
	events()
		.into_iter()
		.filter_map(|event| match event {
			Event::Burned { spent, burned, .. } => Some((spent, burned)),
			_ => None,
		})
		.collect()
}

fn skipped() -> Vec<SkipReason> {
	events()
		.into_iter()
		.filter_map(|event| match event {
			Event::BuySkipped { reason } => Some(reason),
			_ => None,
		})
		.collect()
}

/// Runs one block.
fn next_block() {
	System::reset_events();
	run_to_block(System::block_number() + 1);
}

/// Deposits `amount` USDC from Alice and closes the epoch.
fn budget_of(amount: u128) {
	assert_ok!(BuyBurn::deposit_revenue(signed(ALICE), amount));
	assert_ok!(BuyBurn::force_epoch(signed(ADMIN)));
}

/// The pool's USDC per VVV, as a float for ratios.
fn pool_price() -> f64 {
	Usdc::balance(&POOL) as f64 / Balances::balance(&POOL) as f64
}

#[test]
fn deposit_revenue_fills_the_pot() {
	new_test_ext().execute_with(|| {
		assert_ok!(BuyBurn::deposit_revenue(signed(ALICE), 1_000 * USDC));
		assert_eq!(BuyBurn::pot_revenue(), 1_000 * USDC);
		assert_eq!(Usdc::balance(&ALICE), 9_999_000 * USDC);
		assert_eq!(events(), vec![Event::RevenueDeposited { who: ALICE, amount: 1_000 * USDC }]);
		assert_eq!(Budget::<Test>::get(), 0, "revenue is budgeted when an epoch closes");
	});
}

#[test]
fn deposit_revenue_rejects_bad_amounts() {
	new_test_ext().execute_with(|| {
		assert_noop!(BuyBurn::deposit_revenue(signed(ALICE), 0), Error::<Test>::ZeroAmount);
		assert_noop!(
			BuyBurn::deposit_revenue(signed(ALICE), 10_000_000 * USDC),
			Error::<Test>::InsufficientBalance
		);
		assert_noop!(
			BuyBurn::deposit_revenue(signed(ALICE), u128::MAX),
			Error::<Test>::InsufficientBalance
		);
		assert_noop!(
			BuyBurn::deposit_revenue(signed(42), USDC),
			Error::<Test>::InsufficientBalance
		);
	});
}

#[test]
fn an_epoch_closes_every_period_and_budgets_the_burn_share() {
	new_test_ext().execute_with(|| {
		assert_ok!(BuyBurn::deposit_revenue(signed(ALICE), 1_000 * USDC));
		run_to_block(PERIOD - 1);
		assert_eq!(Budget::<Test>::get(), 0);
		System::reset_events();
		run_to_block(PERIOD);
		let closed = EpochRecord { index: 0, started_at: 0, budget: 0, spent: 0, burned: 0 };
		assert_eq!(events()[0], Event::EpochClosed { record: closed, budget: 500 * USDC });
		assert_eq!(History::<Test>::get(0), Some(closed));
		assert_eq!(CurrentEpoch::<Test>::get().index, 1);
		assert_eq!(CurrentEpoch::<Test>::get().budget, 500 * USDC);
		assert_eq!(NextEpochAt::<Test>::get(), 2 * PERIOD);
		// 500 USDC is far below the cap: bought and burned in the closing block.
		assert_eq!(burns().len(), 1);
		assert_eq!(Budget::<Test>::get(), 0);
		assert_eq!(BuyBurn::pot_revenue(), 500 * USDC);
	});
}

#[test]
fn a_purchase_burns_every_vvv_it_bought() {
	new_test_ext().execute_with(|| {
		budget_of(2_000 * USDC);
		let issuance = Balances::total_issuance();
		let pool_vvv = Balances::balance(&POOL);
		next_block();
		let [(spent, burned)] = burns()[..] else { panic!("one burn: {:?}", events()) };
		assert_eq!(spent, 1_000 * USDC);
		assert_eq!(burned, pool_vvv - Balances::balance(&POOL), "burned = bought");
		assert_eq!(issuance - Balances::total_issuance(), burned);
		assert_eq!(TotalBurned::<Test>::get(), burned);
		assert_eq!(TotalSpent::<Test>::get(), spent);
		assert_eq!(Balances::balance(&BuyBurn::pot()), ED, "the pot keeps only its deposit");
		let price = events()
			.into_iter()
			.find_map(|e| match e {
				Event::Burned { average_price, .. } => Some(average_price),
				_ => None,
			})
			.unwrap();
		assert_eq!(price, impact::average_price(spent, burned));
		assert!(price > 3 * USDC && price < 3 * USDC * 101 / 100, "about 3 USDC: {price}");
		let epoch = CurrentEpoch::<Test>::get();
		assert_eq!((epoch.spent, epoch.burned), (spent, burned));
	});
}

#[test]
fn a_large_budget_is_bought_over_several_blocks_within_the_cap() {
	new_test_ext().execute_with(|| {
		budget_of(100_000 * USDC);
		let budget = Budget::<Test>::get();
		assert_eq!(budget, 50_000 * USDC);
		let mut spent_total = 0;
		let mut blocks = 0;
		while Budget::<Test>::get() > 0 {
			let (before, price) = (Budget::<Test>::get(), pool_price());
			let cap = impact::max_spend(Usdc::balance(&POOL), Perbill::from_percent(1));
			next_block();
			blocks += 1;
			let [(spent, _)] = burns()[..] else { panic!("one burn a block") };
			assert_eq!(spent, before.min(cap), "the cap or what is left");
			assert!(pool_price() / price <= 1.01 + 1e-12, "moved {}", pool_price() / price);
			assert_eq!(Budget::<Test>::get(), before - spent, "the rest carries to the next block");
			spent_total += spent;
		}
		assert_eq!(spent_total, budget);
		assert_eq!(blocks, 4, "about 15,000 USDC a block from a 3,000,000 USDC pool");
	});
}

#[test]
fn without_a_pool_nothing_moves_and_the_budget_waits() {
	new_test_ext().execute_with(|| {
		budget_of(1_000 * USDC);
		PoolExists::set(false);
		let issuance = Balances::total_issuance();
		next_block();
		assert_eq!(skipped(), vec![SkipReason::NoPool]);
		assert_eq!(Budget::<Test>::get(), 500 * USDC);
		assert_eq!(BuyBurn::pot_revenue(), 1_000 * USDC);
		assert_eq!(Balances::total_issuance(), issuance);
		PoolExists::set(true);
		next_block();
		assert_eq!(burns().len(), 1, "the next block tries again");
		assert_eq!(Budget::<Test>::get(), 0);
	});
}

#[test]
fn a_thin_pool_is_not_bought_from() {
	new_test_ext().execute_with(|| {
		budget_of(1_000 * USDC);
		// Leave 100 units of USDC (0.0001 USDC) in the pool: the 1% cap allows nothing.
		let thin = Usdc::balance(&POOL) - 100;
		assert_ok!(<Usdc as frame_support::traits::fungible::Mutate<_>>::transfer(
			&POOL,
			&BOB,
			thin,
			Preservation::Expendable
		));
		next_block();
		assert_eq!(skipped(), vec![SkipReason::ThinLiquidity]);
		assert_eq!(Budget::<Test>::get(), 500 * USDC);
	});
}

#[test]
fn a_failed_swap_changes_nothing() {
	new_test_ext().execute_with(|| {
		budget_of(1_000 * USDC);
		SwapsFail::set(true);
		let (issuance, pool) = (Balances::total_issuance(), Usdc::balance(&POOL));
		next_block();
		// The error's message is not kept on chain, only its kind.
		assert!(matches!(skipped()[..], [SkipReason::SwapFailed(DispatchError::Other(_))]));
		assert_eq!(Balances::total_issuance(), issuance);
		assert_eq!(Usdc::balance(&POOL), pool);
		assert_eq!((Budget::<Test>::get(), BuyBurn::pot_revenue()), (500 * USDC, 1_000 * USDC));
		assert_eq!(TotalBurned::<Test>::get(), 0);
	});
}

#[test]
fn unspent_budget_carries_into_the_next_epoch() {
	new_test_ext().execute_with(|| {
		PoolExists::set(false);
		budget_of(1_000 * USDC);
		assert_ok!(BuyBurn::deposit_revenue(signed(ALICE), 1_000 * USDC));
		run_to_block(NextEpochAt::<Test>::get());
		// 500 carried, plus half of the 1,500 not budgeted yet.
		assert_eq!(Budget::<Test>::get(), 1_250 * USDC);
		assert_eq!(CurrentEpoch::<Test>::get().budget, 1_250 * USDC);
		let closed = History::<Test>::get(1).unwrap();
		assert_eq!((closed.budget, closed.spent, closed.burned), (500 * USDC, 0, 0));
	});
}

#[test]
fn force_epoch_is_admin_only_and_the_history_is_bounded() {
	new_test_ext().execute_with(|| {
		assert_noop!(BuyBurn::force_epoch(signed(ALICE)), DispatchError::BadOrigin);
		for _ in 0..5 {
			assert_ok!(BuyBurn::force_epoch(signed(ADMIN)));
		}
		assert_eq!(CurrentEpoch::<Test>::get().index, 5);
		assert_eq!(History::<Test>::iter().count(), MAX_HISTORY as usize);
		let kept: Vec<u32> = BuyBurn::history().iter().map(|record| record.index).collect();
		assert_eq!(kept, vec![2, 3, 4]);
		assert_eq!(NextEpochAt::<Test>::get(), 1 + PERIOD);
	});
}

#[test]
fn parameters_are_checked_and_admin_only() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			BuyBurn::set_parameters(signed(ALICE), Some(5), None, None, None),
			DispatchError::BadOrigin
		);
		assert_noop!(
			BuyBurn::set_parameters(signed(ADMIN), Some(0), None, None, None),
			Error::<Test>::ZeroBurnPeriod
		);
		assert_noop!(
			BuyBurn::set_parameters(signed(ADMIN), None, None, Some(Perbill::zero()), None),
			Error::<Test>::ZeroPriceImpact
		);
		let share = Perbill::from_percent(20);
		assert_ok!(BuyBurn::set_parameters(signed(ADMIN), None, Some(share), None, None));
		assert_eq!(
			events(),
			vec![Event::ParametersSet {
				burn_period: PERIOD,
				burn_share: share,
				max_price_impact: Perbill::from_percent(1),
				fee_burn_share: Perbill::from_percent(50),
			}]
		);
		assert_ok!(BuyBurn::set_parameters(
			signed(ADMIN),
			Some(7),
			None,
			Some(Perbill::from_percent(5)),
			Some(Perbill::one())
		));
		assert_eq!(BurnPeriod::<Test>::get(), 7);
		assert_eq!(BurnShare::<Test>::get(), share);
		assert_eq!(MaxPriceImpact::<Test>::get(), Perbill::from_percent(5));
		assert_eq!(FeeBurnShare::<Test>::get(), Perbill::one());
	});
}

#[test]
fn the_hook_waits_for_a_block_with_room() {
	new_test_ext().execute_with(|| {
		budget_of(1_000 * USDC);
		let worst = <() as crate::WeightInfo>::on_idle_worst();
		System::set_block_number(2);
		let used = BuyBurn::tick(2, worst - Weight::from_parts(1, 0));
		assert_eq!(used, Weight::zero());
		assert!(burns().is_empty());
		assert_eq!(BuyBurn::tick(2, worst), worst);
		assert_eq!(burns().len(), 1);
	});
}

/// Charges Alice a fee of `amount` VVV planck through [`crate::BurnFees`]; returns how much
/// total issuance fell.
fn charge_fee(amount: u128) -> u128 {
	let issuance = Balances::total_issuance();
	let fee = Balances::withdraw(
		&ALICE,
		amount,
		Precision::Exact,
		Preservation::Preserve,
		Fortitude::Polite,
	)
	.unwrap();
	crate::BurnFees::<Test, frame_support::traits::ConstU64<TREASURY>>::on_unbalanced(fee);
	issuance - Balances::total_issuance()
}

#[test]
fn the_fee_burn_burns_its_share_and_pays_the_rest() {
	new_test_ext().execute_with(|| {
		assert_eq!(charge_fee(UNIT), UNIT / 2);
		assert_eq!(Balances::balance(&TREASURY), UNIT / 2);
	});
}

#[test]
fn a_fee_share_too_small_for_the_beneficiary_is_burned() {
	new_test_ext().execute_with(|| {
		assert_eq!(charge_fee(ED), ED);
		assert_eq!(Balances::balance(&TREASURY), 0);
	});
}
