//! Every path of the hook (no pool, thin pool, the price-impact cap, a budget spent over
//! several blocks, epoch rollover with carry-over), the calls and their errors, the fee
//! burn, the stakers' shares of purchases and fees (with and without stakers), the migrations,
//! and random sequences checking design §7.1 and §7.5 after every block.

#![allow(clippy::unwrap_used, clippy::arithmetic_side_effects, clippy::indexing_slicing)]

use crate::{impact, mock::*, pallet::*, reference, EpochRecord, Event, FeeSplit, SkipReason};
use frame_support::{
	assert_noop, assert_ok,
	traits::{
		fungible::{Balanced, Inspect},
		tokens::{Fortitude, Precision, Preservation},
		Hooks, OnUnbalanced,
	},
	weights::Weight,
};
use sp_arithmetic::{FixedU128, Perbill};
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

/// The `Burned` events of the current block: `(spent, burned, streamed)`.
fn purchases() -> Vec<(u128, u128, u128)> {
	events()
		.into_iter()
		.filter_map(|event| match event {
			Event::Burned { spent, burned, streamed, .. } => Some((spent, burned, streamed)),
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
			BuyBurn::deposit_revenue(signed(ALICE), 10_000_000 * USDC + 1),
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
fn a_whole_balance_can_be_deposited() {
	new_test_ext().execute_with(|| {
		assert_ok!(BuyBurn::deposit_revenue(signed(BOB), 10_000_000 * USDC));
		assert_eq!(Usdc::balance(&BOB), 0);
		assert_eq!(BuyBurn::pot_revenue(), 10_000_000 * USDC);
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
		let closed =
			EpochRecord { index: 0, started_at: 0, budget: 0, spent: 0, burned: 0, streamed: 0 };
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

/// The reference's limit this block: `reference × (1 + MaxSlippage)`.
fn limit() -> FixedU128 {
	let reference = Reference::<Test>::get().unwrap();
	reference::limit_price(reference.price, MaxSlippage::<Test>::get())
}

#[test]
fn a_large_budget_is_bought_over_several_purchases_within_the_cap_and_the_limit() {
	new_test_ext().execute_with(|| {
		assert_ok!(BuyBurn::set_parameters(
			signed(ADMIN),
			Some(1_000),
			None,
			None,
			None,
			None,
			None
		));
		budget_of(100_000 * USDC);
		let budget = Budget::<Test>::get();
		assert_eq!(budget, 50_000 * USDC);
		let (mut spent_total, mut purchases) = (0, 0);
		for _ in 0..100 {
			let (before, price) = (Budget::<Test>::get(), pool_price());
			next_block();
			let depth = Reference::<Test>::get().unwrap().depth;
			let cap = impact::max_spend(depth.max(Usdc::balance(&POOL)), Perbill::from_percent(1));
			match burns()[..] {
				[] => assert_eq!(skipped(), vec![SkipReason::PriceAboveReference]),
				[(spent, burned)] => {
					purchases += 1;
					assert!(spent <= before.min(cap), "the cap or what is left");
					assert!(reference::min_out(spent, limit()).unwrap() <= burned);
					assert!(pool_price() / price <= 1.01 + 1e-12, "moved {}", pool_price() / price);
					assert_eq!(Budget::<Test>::get(), before - spent, "the rest carries");
					spent_total += spent;
				}
				_ => panic!("one purchase a block at most"),
			}
			if Budget::<Test>::get() == 0 {
				break;
			}
		}
		assert_eq!(spent_total, budget);
		// At most about 15,000 USDC a purchase from a 3,000,000 USDC pool. Without arbitrage
		// the purchases themselves raise the price: later ones are smaller (the pool sells less
		// within the limit) or wait for the reference to follow.
		assert!((4..=20).contains(&purchases), "{purchases} purchases");
	});
}

#[test]
fn the_reference_moves_towards_the_pool_by_its_half_life() {
	new_test_ext().execute_with(|| {
		let genesis = Reference::<Test>::get().unwrap();
		assert_eq!(genesis.price, FixedU128::from_u32(3_000_000), "sampled at genesis");
		assert_eq!((genesis.since, genesis.depth), (0, POOL_USDC));
		// The pool's price quadruples (USDC doubles, VVV halves) within block 2: block 2's
		// reference does not see it, block 3's moves by 1 − 2^(−1/2) of the way.
		next_block();
		assert_ok!(<Usdc as frame_support::traits::fungible::Mutate<_>>::transfer(
			&BOB,
			&POOL,
			POOL_USDC,
			Preservation::Preserve
		));
		assert_ok!(<Balances as frame_support::traits::fungible::Mutate<_>>::transfer(
			&POOL,
			&BOB,
			POOL_VVV / 2,
			Preservation::Preserve
		));
		assert_eq!(Reference::<Test>::get().unwrap().price, FixedU128::from_u32(3_000_000));
		next_block();
		// The sample counts as at most 1% above the reference: the average moves by
		// 1% × (1 − 2^(−1/2)) however high the pool is, and so again every block.
		let step = 0.01 * (1.0 - 0.5f64.sqrt());
		let reference = Reference::<Test>::get().unwrap();
		assert!((reference.price.to_float() / 3e6 - 1.0 - step).abs() < 1e-12);
		assert_eq!(reference.open, FixedU128::from_u32(12_000_000), "the pool before the block");
		assert_eq!(reference.buy_price(), reference.price);
		run_to_block(System::block_number() + 2);
		let moved = Reference::<Test>::get().unwrap().price.to_float() / 3e6;
		assert!((moved - (1.0 + step).powi(3)).abs() < 1e-12, "{moved}");
		// The depth is the pool's at the reference price: just above the genesis reserve.
		let depth = Reference::<Test>::get().unwrap().depth;
		assert!(depth > POOL_USDC && depth < POOL_USDC * 101 / 100, "{depth}");
		assert_eq!(Reference::<Test>::get().unwrap().since, 0);
		// A fall is followed at once: the pool back below the average is the price to buy at.
		assert_ok!(<Usdc as frame_support::traits::fungible::Mutate<_>>::transfer(
			&POOL,
			&BOB,
			POOL_USDC + POOL_USDC / 2,
			Preservation::Preserve
		));
		next_block();
		let reference = Reference::<Test>::get().unwrap();
		assert_eq!(reference.open, FixedU128::from_u32(3_000_000));
		assert_eq!(reference.buy_price(), reference.open);
	});
}

#[test]
fn a_pool_inflated_in_the_block_is_not_bought_from() {
	new_test_ext().execute_with(|| {
		budget_of(2_000 * USDC);
		System::set_block_number(2);
		BuyBurn::on_initialize(2);
		// An attacker buys VVV with 30,000 USDC (1% of the pool) before the hook runs.
		let pool_vvv = Balances::balance(&POOL);
		assert_ok!(<MockDex as pallet_asset_conversion::Swap<_>>::swap_exact_tokens_for_tokens(
			BOB,
			vec![Asset::Usdc, Asset::Native],
			30_000 * USDC,
			None,
			BOB,
			true
		));
		System::reset_events();
		BuyBurn::on_idle(2, Weight::MAX);
		assert_eq!(skipped(), vec![SkipReason::PriceAboveReference]);
		assert_eq!((Budget::<Test>::get(), TotalBurned::<Test>::get()), (1_000 * USDC, 0));
		assert!(Balances::balance(&POOL) < pool_vvv);
	});
}

#[test]
fn no_purchase_before_a_half_life_of_samples() {
	new_test_ext().execute_with(|| {
		Reference::<Test>::kill();
		budget_of(2_000 * USDC);
		next_block();
		assert_eq!(Reference::<Test>::get().unwrap().since, 2, "first sampled in block 2");
		assert_eq!(skipped(), vec![SkipReason::NoReferencePrice]);
		next_block();
		assert_eq!(skipped(), vec![SkipReason::NoReferencePrice]);
		next_block();
		assert_eq!(burns().len(), 1, "block 4 = 2 + the half-life");
	});
}

#[test]
fn purchases_are_at_least_the_buy_interval_apart() {
	new_test_ext().execute_with(|| {
		assert_ok!(BuyBurn::set_reference_parameters(signed(ADMIN), Some(1), None, Some(5)));
		budget_of(2_000_000 * USDC);
		let mut bought_at = vec![];
		for _ in 0..20 {
			next_block();
			if !burns().is_empty() {
				bought_at.push(System::block_number());
				assert_eq!(LastPurchaseAt::<Test>::get(), Some(System::block_number()));
			}
		}
		assert!(bought_at.len() >= 3, "{bought_at:?}");
		assert!(bought_at.windows(2).all(|w| w[1] - w[0] >= 5), "{bought_at:?}");
	});
}

#[test]
fn reference_parameters_are_checked_and_admin_only() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			BuyBurn::set_reference_parameters(signed(ALICE), Some(5), None, None),
			DispatchError::BadOrigin
		);
		assert_noop!(
			BuyBurn::set_reference_parameters(signed(ADMIN), Some(0), None, None),
			Error::<Test>::ZeroHalfLife
		);
		assert_noop!(
			BuyBurn::set_reference_parameters(signed(ADMIN), None, Some(Perbill::zero()), None),
			Error::<Test>::ZeroSlippage
		);
		let slippage = Perbill::from_percent(2);
		assert_ok!(BuyBurn::set_reference_parameters(signed(ADMIN), None, Some(slippage), None));
		assert_eq!(
			events(),
			vec![Event::ReferenceParametersSet {
				price_half_life: HALF_LIFE,
				max_slippage: slippage,
				buy_interval: 1,
			}]
		);
		assert_ok!(BuyBurn::set_reference_parameters(signed(ADMIN), Some(9), None, Some(0)));
		assert_eq!(
			(PriceHalfLife::<Test>::get(), MaxSlippage::<Test>::get(), BuyInterval::<Test>::get()),
			(9, slippage, 0)
		);
	});
}

#[test]
fn the_v1_migration_sets_the_reference_parameters_once() {
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	new_test_ext().execute_with(|| {
		// A chain at version 0 had none of the reference's storage.
		StorageVersion::new(0).put::<BuyBurn>();
		PriceHalfLife::<Test>::kill();
		MaxSlippage::<Test>::kill();
		BuyInterval::<Test>::kill();
		Reference::<Test>::kill();
		crate::migrations::v1::MigrateToV1::<Test>::on_runtime_upgrade();
		assert_eq!(BuyBurn::on_chain_storage_version(), 1);
		assert_eq!(PriceHalfLife::<Test>::get(), u64::from(crate::DEFAULT_PRICE_HALF_LIFE));
		assert_eq!(MaxSlippage::<Test>::get(), Perbill::from_percent(1));
		assert_eq!(BuyInterval::<Test>::get(), u64::from(crate::DEFAULT_BUY_INTERVAL));
		assert_eq!(Reference::<Test>::get(), None, "sampled from the next block");
		// Once at version 1 it does nothing.
		PriceHalfLife::<Test>::put(7);
		crate::migrations::v1::MigrateToV1::<Test>::on_runtime_upgrade();
		assert_eq!(PriceHalfLife::<Test>::get(), 7);
		run_to_block(2);
		assert_eq!(Reference::<Test>::get().unwrap().since, 2);
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
			BuyBurn::set_parameters(signed(ALICE), Some(5), None, None, None, None, None),
			DispatchError::BadOrigin
		);
		assert_noop!(
			BuyBurn::set_parameters(signed(ADMIN), Some(0), None, None, None, None, None),
			Error::<Test>::ZeroBurnPeriod
		);
		assert_noop!(
			BuyBurn::set_parameters(
				signed(ADMIN),
				None,
				None,
				Some(Perbill::zero()),
				None,
				None,
				None
			),
			Error::<Test>::ZeroPriceImpact
		);
		let share = Perbill::from_percent(20);
		assert_ok!(BuyBurn::set_parameters(
			signed(ADMIN),
			None,
			Some(share),
			None,
			None,
			None,
			None
		));
		assert_eq!(
			events(),
			vec![Event::ParametersSet {
				burn_period: PERIOD,
				burn_share: share,
				max_price_impact: Perbill::from_percent(1),
				fee_burn_share: Perbill::from_percent(50),
				staker_share: Perbill::zero(),
				fee_staker_share: Perbill::zero(),
			}]
		);
		assert_ok!(BuyBurn::set_parameters(
			signed(ADMIN),
			Some(7),
			None,
			Some(Perbill::from_percent(5)),
			Some(Perbill::one()),
			None,
			None
		));
		assert_eq!(BurnPeriod::<Test>::get(), 7);
		assert_eq!(BurnShare::<Test>::get(), share);
		assert_eq!(MaxPriceImpact::<Test>::get(), Perbill::from_percent(5));
		assert_eq!(FeeShares::<Test>::get().burn, Perbill::one());
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

#[test]
fn try_state_catches_each_corruption() {
	use frame_support::traits::fungible::Mutate;
	let corruptions: Vec<(&str, fn())> = vec![
		("the budget exceeds the pot", || Budget::<Test>::put(1)),
		("the pot lost its VVV deposit", || {
			Balances::set_balance(&BuyBurn::pot(), 0);
		}),
		("an epoch spent more than all epochs", || {
			CurrentEpoch::<Test>::mutate(|e| {
				e.spent = 1;
				e.burned = 1;
			})
		}),
		("a purchase spent or bought nothing", || {
			TotalSpent::<Test>::put(5);
			CurrentEpoch::<Test>::mutate(|e| e.spent = 5);
		}),
		("a record outside the history", || {
			History::<Test>::insert(7, EpochRecord { index: 7, ..Default::default() })
		}),
		("a record is kept under another index", || {
			CurrentEpoch::<Test>::mutate(|e| e.index = 2);
			History::<Test>::insert(1, EpochRecord { index: 0, ..Default::default() })
		}),
		("the recorded epochs exceed the totals", || {
			CurrentEpoch::<Test>::mutate(|e| e.index = 2);
			History::<Test>::insert(
				1,
				EpochRecord { index: 1, spent: 3, burned: 3, ..Default::default() },
			)
		}),
		("the price half-life is zero", || PriceHalfLife::<Test>::put(0)),
		("the pot lacks the stakers' share of fees", || PendingFeeRewards::<Test>::put(1)),
		("the fee shares exceed the whole fee", || {
			FeeShares::<Test>::mutate(|s| s.stakers = Perbill::from_parts(500_000_001))
		}),
		("an epoch streamed more than all epochs", || {
			TotalSpent::<Test>::put(1);
			CurrentEpoch::<Test>::mutate(|e| {
				e.spent = 1;
				e.streamed = 1;
			})
		}),
		("the slippage bound is zero", || MaxSlippage::<Test>::put(Perbill::zero())),
		("the reference was first sampled in the future", || {
			Reference::<Test>::mutate(|r| r.as_mut().unwrap().since = 99)
		}),
		("a purchase in the future", || LastPurchaseAt::<Test>::put(99)),
	];
	for (expected, corrupt) in corruptions {
		new_test_ext().execute_with(|| {
			run_to_block(3);
			assert_ok!(BuyBurn::do_try_state());
			corrupt();
			let error = BuyBurn::do_try_state().unwrap_err();
			assert!(
				matches!(error, DispatchError::Other(message) if message.starts_with(expected)),
				"{expected}: got {error:?}"
			);
		});
	}
}

/// Sets the stakers' shares of purchases and of fees, nothing else.
fn staker_shares(purchase: Perbill, fee: Perbill) {
	assert_ok!(BuyBurn::set_parameters(
		signed(ADMIN),
		None,
		None,
		None,
		None,
		Some(purchase),
		Some(fee)
	));
}

#[test]
fn a_purchase_streams_the_stakers_share_and_burns_the_rest() {
	new_test_ext().execute_with(|| {
		staker_shares(Perbill::from_percent(20), Perbill::zero());
		budget_of(2_000 * USDC);
		let (issuance, pool_vvv) = (Balances::total_issuance(), Balances::balance(&POOL));
		next_block();
		let [(spent, burned, streamed)] = purchases()[..] else { panic!("{:?}", events()) };
		let bought = pool_vvv - Balances::balance(&POOL);
		assert_eq!(burned + streamed, bought, "bought = burned + streamed");
		assert_eq!(streamed, Perbill::from_percent(20).mul_floor(bought));
		assert!(streamed > 0 && burned > 3 * streamed, "{burned} burned, {streamed} streamed");
		// Streaming is a transfer: only the burned part leaves the issuance.
		assert_eq!(issuance - Balances::total_issuance(), burned);
		assert_eq!(Balances::balance(&STAKERS), ED + streamed);
		assert_eq!(Balances::balance(&BuyBurn::pot()), ED, "nothing stranded in the pot");
		assert_eq!((TotalBurned::<Test>::get(), TotalStreamed::<Test>::get()), (burned, streamed));
		let epoch = CurrentEpoch::<Test>::get();
		assert_eq!((epoch.spent, epoch.burned, epoch.streamed), (spent, burned, streamed));
		// The average price is of all the VVV bought.
		let price = events()
			.into_iter()
			.find_map(|e| match e {
				Event::Burned { average_price, .. } => Some(average_price),
				_ => None,
			})
			.unwrap();
		assert_eq!(price, impact::average_price(spent, bought));
		assert_eq!(BuyBurn::summary().total_streamed, streamed);
		assert_ok!(BuyBurn::do_try_state());
	});
}

#[test]
fn the_rounding_remainder_of_the_stakers_share_is_burned() {
	new_test_ext().execute_with(|| {
		// A third (rounded down to a billionth): the share of a purchase is not a whole planck.
		let share = Perbill::from_parts(333_333_333);
		staker_shares(share, Perbill::zero());
		budget_of(2_000 * USDC + 7);
		next_block();
		let [(_, burned, streamed)] = purchases()[..] else { panic!("{:?}", events()) };
		let bought = burned + streamed;
		assert_eq!(streamed, share.mul_floor(bought), "rounded down for the stakers");
		assert_eq!(share.mul_ceil(bought), streamed + 1, "there was a remainder");
		assert_eq!(burned, bought - streamed, "and the burn took it");
	});
}

#[test]
fn a_whole_purchase_may_go_to_stakers() {
	new_test_ext().execute_with(|| {
		staker_shares(Perbill::one(), Perbill::zero());
		budget_of(2_000 * USDC);
		let issuance = Balances::total_issuance();
		next_block();
		let [(spent, burned, streamed)] = purchases()[..] else { panic!("{:?}", events()) };
		assert!(spent > 0 && streamed > 0);
		assert_eq!(burned, 0);
		assert_eq!(Balances::total_issuance(), issuance, "nothing burned");
		assert_eq!(Balances::balance(&STAKERS), ED + streamed);
		assert_ok!(BuyBurn::do_try_state());
	});
}

#[test]
fn without_stakers_the_stakers_share_of_a_purchase_is_burned() {
	new_test_ext().execute_with(|| {
		staker_shares(Perbill::from_percent(20), Perbill::zero());
		HasStakers::set(false);
		budget_of(2_000 * USDC);
		let (issuance, pool_vvv) = (Balances::total_issuance(), Balances::balance(&POOL));
		next_block();
		let [(_, burned, streamed)] = purchases()[..] else { panic!("{:?}", events()) };
		assert_eq!(streamed, 0);
		assert_eq!(burned, pool_vvv - Balances::balance(&POOL), "all of it burned");
		assert_eq!(issuance - Balances::total_issuance(), burned);
		assert_eq!(Balances::balance(&STAKERS), ED);
		assert_eq!(Balances::balance(&BuyBurn::pot()), ED, "nothing stranded in the pot");
		assert_eq!((TotalBurned::<Test>::get(), TotalStreamed::<Test>::get()), (burned, 0));
		assert_ok!(BuyBurn::do_try_state());
	});
}

#[test]
fn the_stakers_share_of_fees_is_streamed_at_the_end_of_the_block() {
	new_test_ext().execute_with(|| {
		staker_shares(Perbill::zero(), Perbill::from_percent(20));
		// The treasury exists, so it can take any rest.
		charge_fee(UNIT);
		System::reset_events();
		let (treasury, pending) = (Balances::balance(&TREASURY), PendingFeeRewards::<Test>::get());
		assert_eq!(pending, UNIT / 5);
		// Half burned (rounded down), a fifth (rounded down) to stakers, the rest to the
		// treasury: 10^18 + 7 planck = (5·10^17 + 3) + (2·10^17 + 1) + (3·10^17 + 3).
		let fee = UNIT + 7;
		assert_eq!(charge_fee(fee), UNIT / 2 + 3);
		assert_eq!(PendingFeeRewards::<Test>::get() - pending, UNIT / 5 + 1);
		assert_eq!(Balances::balance(&TREASURY) - treasury, 3 * UNIT / 10 + 3);
		assert_eq!(Balances::balance(&BuyBurn::pot()), ED + 2 * UNIT / 5 + 1);
		assert_eq!(Balances::balance(&STAKERS), ED, "not before the hook");
		next_block();
		let forwarded = 2 * UNIT / 5 + 1;
		assert!(events().contains(&Event::FeeRewardsForwarded { streamed: forwarded, burned: 0 }));
		assert_eq!(Balances::balance(&STAKERS), ED + forwarded);
		assert_eq!(PendingFeeRewards::<Test>::get(), 0);
		assert_eq!(Balances::balance(&BuyBurn::pot()), ED);
		assert_ok!(BuyBurn::do_try_state());
		// Nothing pending: nothing forwarded.
		next_block();
		assert!(!events().iter().any(|e| matches!(e, Event::FeeRewardsForwarded { .. })));
	});
}

#[test]
fn without_stakers_the_stakers_share_of_fees_is_burned() {
	new_test_ext().execute_with(|| {
		staker_shares(Perbill::zero(), Perbill::from_percent(20));
		HasStakers::set(false);
		assert_eq!(charge_fee(UNIT), UNIT / 2);
		let issuance = Balances::total_issuance();
		next_block();
		assert!(events().contains(&Event::FeeRewardsForwarded { streamed: 0, burned: UNIT / 5 }));
		assert_eq!(issuance - Balances::total_issuance(), UNIT / 5);
		assert_eq!(Balances::balance(&STAKERS), ED);
		assert_eq!(Balances::balance(&BuyBurn::pot()), ED, "nothing stranded in the pot");
		assert_eq!(PendingFeeRewards::<Test>::get(), 0);
	});
}

#[test]
fn without_a_stakers_stream_every_share_is_burned() {
	use crate::StakerRewards;
	assert!(<() as StakerRewards<AccountId>>::distribute(&ALICE, UNIT).is_err());
}

#[test]
fn the_stakers_shares_are_checked_and_admin_only() {
	new_test_ext().execute_with(|| {
		let share = Some(Perbill::from_percent(20));
		assert_noop!(
			BuyBurn::set_parameters(signed(ALICE), None, None, None, None, share, share),
			DispatchError::BadOrigin
		);
		// The fee burns 50%: a stakers' share above the other 50% is refused, alone or with a
		// new burn share.
		assert_noop!(
			BuyBurn::set_parameters(
				signed(ADMIN),
				None,
				None,
				None,
				None,
				None,
				Some(Perbill::from_parts(500_000_001))
			),
			Error::<Test>::FeeSharesAboveWhole
		);
		assert_noop!(
			BuyBurn::set_parameters(
				signed(ADMIN),
				None,
				None,
				None,
				Some(Perbill::from_percent(90)),
				None,
				share
			),
			Error::<Test>::FeeSharesAboveWhole
		);
		assert_noop!(
			BuyBurn::set_parameters(
				signed(ADMIN),
				None,
				None,
				None,
				Some(Perbill::one()),
				share,
				Some(Perbill::from_parts(1))
			),
			Error::<Test>::FeeSharesAboveWhole
		);
		// Exactly the whole fee, and any share of a purchase, are fine.
		assert_ok!(BuyBurn::set_parameters(
			signed(ADMIN),
			None,
			None,
			None,
			Some(Perbill::from_percent(30)),
			Some(Perbill::one()),
			Some(Perbill::from_percent(70))
		));
		assert_eq!(
			events(),
			vec![Event::ParametersSet {
				burn_period: PERIOD,
				burn_share: Perbill::from_percent(50),
				max_price_impact: Perbill::from_percent(1),
				fee_burn_share: Perbill::from_percent(30),
				staker_share: Perbill::one(),
				fee_staker_share: Perbill::from_percent(70),
			}]
		);
		// `None` keeps them.
		assert_ok!(BuyBurn::set_parameters(signed(ADMIN), Some(4), None, None, None, None, None));
		assert_eq!(StakerShare::<Test>::get(), Perbill::one());
		assert_eq!(FeeShares::<Test>::get().stakers, Perbill::from_percent(70));
		assert_eq!(BuyBurn::summary().fee_staker_share, Perbill::from_percent(70));
	});
}

#[test]
fn a_share_above_the_whole_does_not_decode() {
	use codec::{Decode, Encode};
	let call = crate::Call::<Test>::set_parameters {
		burn_period: None,
		burn_share: None,
		max_price_impact: None,
		fee_burn_share: None,
		staker_share: Some(Perbill::one()),
		fee_staker_share: None,
	};
	let mut bytes = call.encode();
	assert!(crate::Call::<Test>::decode(&mut &bytes[..]).is_ok());
	let whole = Perbill::one().deconstruct().to_le_bytes();
	let at = bytes.windows(4).position(|w| w == whole).unwrap();
	bytes[at..at + 4].copy_from_slice(&(Perbill::one().deconstruct() + 1).to_le_bytes());
	assert!(crate::Call::<Test>::decode(&mut &bytes[..]).is_err());
}

#[test]
fn production_genesis_streams_nothing_to_stakers() {
	let defaults = crate::GenesisConfig::<Test>::default();
	assert_eq!(
		(defaults.staker_share, defaults.fee_staker_share),
		(Perbill::zero(), Perbill::zero())
	);
	new_test_ext().execute_with(|| {
		budget_of(2_000 * USDC);
		next_block();
		let [(_, burned, streamed)] = purchases()[..] else { panic!("{:?}", events()) };
		assert!(burned > 0);
		assert_eq!(streamed, 0);
		charge_fee(UNIT);
		assert_eq!(PendingFeeRewards::<Test>::get(), 0);
	});
}

#[test]
fn the_v2_migration_adds_the_streamed_vvv_to_the_records_once() {
	use crate::migrations::v2::{EpochRecordV1, MigrateToV2};
	use frame_support::{
		storage::unhashed,
		traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion},
	};
	new_test_ext().execute_with(|| {
		// A chain at version 1: records without the streamed VVV, none of the new storage.
		StorageVersion::new(1).put::<BuyBurn>();
		let old = |index: u32| EpochRecordV1 {
			index,
			started_at: u64::from(index) * PERIOD,
			budget: 100 * USDC,
			spent: 10 * USDC + u128::from(index),
			burned: UNIT + u128::from(index),
		};
		for index in 0..3 {
			unhashed::put(&History::<Test>::hashed_key_for(index), &old(index));
		}
		unhashed::put(&CurrentEpoch::<Test>::hashed_key(), &old(3));
		StakerShare::<Test>::kill();
		crate::migrations::v3::FeeStakerShare::<Test>::kill();
		FeeShares::<Test>::kill();
		TotalStreamed::<Test>::kill();
		PendingFeeRewards::<Test>::kill();
		TotalBurned::<Test>::put(10 * UNIT);
		TotalSpent::<Test>::put(100 * USDC);
		MigrateToV2::<Test>::on_runtime_upgrade();
		assert_eq!(BuyBurn::on_chain_storage_version(), 2);
		for index in 0..3 {
			let new = History::<Test>::get(index).unwrap();
			assert_eq!(new, EpochRecord::from(old(index)));
			assert_eq!(new.streamed, 0);
			assert_eq!((new.spent, new.burned), (old(index).spent, old(index).burned));
		}
		assert_eq!(CurrentEpoch::<Test>::get(), EpochRecord::from(old(3)));
		assert_eq!(CurrentEpoch::<Test>::get().started_at, 3 * PERIOD);
		assert_eq!(StakerShare::<Test>::get(), Perbill::zero());
		assert_eq!(crate::migrations::v3::FeeStakerShare::<Test>::get(), Perbill::zero());
		assert_eq!(TotalStreamed::<Test>::get(), 0);
		assert!(unhashed::exists(&StakerShare::<Test>::hashed_key()), "written explicitly");
		System::set_block_number(3 * PERIOD);
		assert_ok!(BuyBurn::do_try_state());
		// Once at version 2 it does nothing.
		StakerShare::<Test>::put(Perbill::from_percent(5));
		MigrateToV2::<Test>::on_runtime_upgrade();
		assert_eq!(StakerShare::<Test>::get(), Perbill::from_percent(5));
		assert_eq!(CurrentEpoch::<Test>::get(), EpochRecord::from(old(3)));
	});
}

#[test]
fn the_v3_migration_merges_the_fee_shares_once() {
	use crate::migrations::v3::{FeeBurnShare, FeeStakerShare, MigrateToV3};
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	new_test_ext().execute_with(|| {
		// A chain at version 2: the two shares apart, no `FeeShares`.
		StorageVersion::new(2).put::<BuyBurn>();
		FeeShares::<Test>::kill();
		FeeBurnShare::<Test>::put(Perbill::from_percent(40));
		FeeStakerShare::<Test>::put(Perbill::from_percent(25));
		MigrateToV3::<Test>::on_runtime_upgrade();
		assert_eq!(BuyBurn::on_chain_storage_version(), 3);
		assert_eq!(
			FeeShares::<Test>::get(),
			FeeSplit { burn: Perbill::from_percent(40), stakers: Perbill::from_percent(25) }
		);
		assert!(!FeeBurnShare::<Test>::exists() && !FeeStakerShare::<Test>::exists());
		assert_ok!(BuyBurn::do_try_state());
		// A fee is split by the migrated shares: 40% burned, 25% to the stakers' pot.
		let issuance = Balances::total_issuance();
		charge_fee(100 * UNIT);
		assert_eq!(issuance - Balances::total_issuance(), 40 * UNIT);
		assert_eq!(PendingFeeRewards::<Test>::get(), 25 * UNIT);
		// Once at version 3 it does nothing.
		FeeBurnShare::<Test>::put(Perbill::one());
		MigrateToV3::<Test>::on_runtime_upgrade();
		assert_eq!(FeeShares::<Test>::get().burn, Perbill::from_percent(40));
	});
}
