//! Every path of the hook (no pool, thin pool, the price-impact cap, a budget spent over
//! several blocks, epoch rollover with carry-over), the calls and their errors, the fee
//! burn, and random sequences checking SPEC §7.1 and §7.5 after every block.

#![allow(clippy::unwrap_used, clippy::arithmetic_side_effects, clippy::indexing_slicing)]

use crate::{impact, mock::*, pallet::*, reference, EpochRecord, Event, SkipReason};
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

/// The reference's limit this block: `reference × (1 + MaxSlippage)`.
fn limit() -> FixedU128 {
	let reference = Reference::<Test>::get().unwrap();
	reference::limit_price(reference.price, MaxSlippage::<Test>::get())
}

#[test]
fn a_large_budget_is_bought_over_several_purchases_within_the_cap_and_the_limit() {
	new_test_ext().execute_with(|| {
		assert_ok!(BuyBurn::set_parameters(signed(ADMIN), Some(1_000), None, None, None));
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
		("a purchase spent or burned nothing", || {
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
