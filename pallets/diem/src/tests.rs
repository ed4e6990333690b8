//! Tests of the calls: each outcome and each error, and random call sequences that check
//! design §7.3 after every step.

#![allow(clippy::arithmetic_side_effects, clippy::indexing_slicing, clippy::unwrap_used)]

use crate::{
	curve::{self, CurveParams},
	mock::*,
	Curve, Error, Event, MintingOpen, OperatorLastStep, Position, Positions, TotalLocked,
};
use frame_support::{
	assert_noop, assert_ok,
	traits::{
		fungible::{Inspect, InspectHold, Mutate},
		tokens::Preservation,
	},
};
use proptest::prelude::*;
use sp_arithmetic::FixedU128;
use sp_runtime::DispatchError;

fn origin(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn held(who: AccountId) -> u128 {
	Balances::balance_on_hold(&RuntimeHoldReason::Diem(crate::HoldReason::Collateral), &who)
}

fn launch_cost(supply: u128, amount: u128) -> u128 {
	curve::cost(&CurveParams::launch(), MAX_RATE_EXPONENT, supply, amount).unwrap()
}

fn last_event() -> Event<Test> {
	System::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::Diem(e) = r.event { Some(e) } else { None })
		.next_back()
		.unwrap()
}

/// Design §7.3 (and the VVV side of §7.1): DIEM supply = Σ positions' minted; Σ positions'
/// locked = `TotalLocked` = the VVV held as collateral; each position's collateral is held by
/// its own account; VVV issuance never changes here.
fn check_invariants(accounts: &[AccountId]) {
	let positions: Vec<(AccountId, Position)> = Positions::<Test>::iter().collect();
	let minted: u128 = positions.iter().map(|(_, p)| p.minted).sum();
	let locked: u128 = positions.iter().map(|(_, p)| p.locked).sum();
	assert_eq!(DiemBalances::total_issuance(), minted, "DIEM supply = Σ minted");
	assert_eq!(TotalLocked::<Test>::get(), locked, "TotalLocked = Σ locked");
	let total_held: u128 = accounts.iter().map(|who| held(*who)).sum();
	assert_eq!(total_held, locked, "VVV held as collateral = Σ locked");
	for (who, position) in positions {
		assert_eq!(held(who), position.locked);
		assert!(position.minted > 0, "an empty position is removed");
	}
	assert_eq!(Balances::total_issuance(), 10 * ENDOWMENT, "VVV is neither minted nor burned");
	assert_eq!(crate::Pallet::<Test>::do_try_state(), Ok(()));
}

/// The mock's chain with `positions` opened at genesis, minting closed.
fn genesis_with_positions(positions: Vec<(AccountId, u128)>) -> sp_io::TestExternalities {
	use sp_runtime::BuildStorage;
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: (1..=10).map(|who| (who, ENDOWMENT)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	crate::GenesisConfig::<Test> { positions, ..Default::default() }
		.assimilate_storage(&mut storage)
		.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

#[test]
fn genesis_positions_are_minted_through_the_curve() {
	// What the quotes are before any DIEM exists.
	let (alice_quote, bob_quote) = new_test_ext().execute_with(|| {
		let alice_quote = Diem::quote_mint(1_000 * UNIT).unwrap();
		assert_ok!(Diem::mint(origin(ALICE), 1_000 * UNIT, alice_quote));
		(alice_quote, Diem::quote_mint(10 * UNIT).unwrap())
	});
	genesis_with_positions(vec![(ALICE, 1_000 * UNIT), (BOB, 10 * UNIT)]).execute_with(|| {
		assert!(!MintingOpen::<Test>::get(), "minted although minting is closed");
		assert_eq!(alice_quote, launch_cost(0, 1_000 * UNIT));
		assert_eq!(
			Positions::<Test>::get(ALICE),
			Some(Position { locked: alice_quote, minted: 1_000 * UNIT })
		);
		// Bob's position is priced at the supply Alice's left.
		assert_eq!(bob_quote, launch_cost(1_000 * UNIT, 10 * UNIT));
		assert_eq!(
			Positions::<Test>::get(BOB),
			Some(Position { locked: bob_quote, minted: 10 * UNIT })
		);
		assert_eq!(DiemBalances::balance(&ALICE), 1_000 * UNIT);
		assert_eq!(DiemBalances::balance(&BOB), 10 * UNIT);
		assert_eq!(held(ALICE), alice_quote);
		assert_eq!(held(BOB), bob_quote);
		assert_eq!(DiemBalances::total_issuance(), 1_010 * UNIT);
		assert_eq!(crate::TotalMinted::<Test>::get(), 1_010 * UNIT);
		assert_eq!(TotalLocked::<Test>::get(), alice_quote + bob_quote);
		check_invariants(&[ALICE, BOB]);
		// The curve prices on from the genesis supply, and the positions repay as any other.
		assert_eq!(Diem::quote_mint(UNIT).unwrap(), launch_cost(1_010 * UNIT, UNIT));
		assert_ok!(Diem::repay(origin(BOB), 10 * UNIT));
		assert_eq!(held(BOB), 0);
		check_invariants(&[ALICE, BOB]);
	});
}

#[test]
#[should_panic(expected = "InsufficientCollateral")]
fn a_genesis_position_beyond_the_collateral_panics() {
	// 50,000 DIEM cost more than the endowment (and are below the rate cap).
	genesis_with_positions(vec![(ALICE, 50_000 * UNIT)]);
}

#[test]
#[should_panic(expected = "ZeroAmount")]
fn a_genesis_position_of_nothing_panics() {
	genesis_with_positions(vec![(ALICE, 0)]);
}

#[test]
fn mint_locks_the_curve_cost_and_mints() {
	new_test_ext().execute_with(|| {
		let cost = launch_cost(0, 10 * UNIT);
		assert_ok!(Diem::mint(origin(ALICE), 10 * UNIT, cost));
		assert_eq!(DiemBalances::balance(&ALICE), 10 * UNIT);
		assert_eq!(held(ALICE), cost);
		assert_eq!(
			Positions::<Test>::get(ALICE),
			Some(Position { locked: cost, minted: 10 * UNIT })
		);
		assert_eq!(last_event(), Event::Minted { who: ALICE, diem: 10 * UNIT, vvv_locked: cost });
		// 10 DIEM at the bottom of the launch curve cost just over 10 × 90 VVV.
		assert!(cost > 900 * UNIT && cost < 901 * UNIT);
		check_invariants(&[ALICE]);
	});
}

#[test]
fn minting_in_parts_costs_what_minting_at_once_costs() {
	let at_once = new_test_ext().execute_with(|| {
		assert_ok!(Diem::mint(origin(ALICE), 1_000 * UNIT, u128::MAX));
		held(ALICE)
	});
	let in_parts = new_test_ext().execute_with(|| {
		for _ in 0..10 {
			assert_ok!(Diem::mint(origin(ALICE), 100 * UNIT, u128::MAX));
		}
		held(ALICE)
	});
	assert!(in_parts >= at_once && in_parts - at_once <= 10, "{in_parts} vs {at_once}");
}

#[test]
fn the_rate_rises_with_supply() {
	new_test_ext().execute_with(|| {
		let before = Diem::mint_rate().unwrap();
		assert_eq!(before, 90 * UNIT);
		assert_ok!(Diem::mint(origin(ALICE), 10_000 * UNIT, u128::MAX));
		// The published launch figure: 93.34 VVV per DIEM after the first 10,000 DIEM.
		assert_eq!(Diem::mint_rate().unwrap() / (UNIT / 100), 9334);
	});
}

#[test]
fn mint_for_vvv_locks_exactly_the_budget() {
	new_test_ext().execute_with(|| {
		let budget = 5_000 * UNIT;
		let quoted = Diem::quote_mint_for_vvv(budget).unwrap();
		assert_ok!(Diem::mint_for_vvv(origin(BOB), budget, quoted));
		assert_eq!(held(BOB), budget);
		assert_eq!(DiemBalances::balance(&BOB), quoted);
		assert!(launch_cost(0, quoted) <= budget && launch_cost(0, quoted + 1) > budget);
		assert_eq!(last_event(), Event::Minted { who: BOB, diem: quoted, vvv_locked: budget });
	});
}

#[test]
fn repay_releases_a_proportional_share_and_the_last_repay_the_rest() {
	new_test_ext().execute_with(|| {
		assert_ok!(Diem::mint(origin(ALICE), 3 * UNIT, u128::MAX));
		let locked = held(ALICE);
		assert_ok!(Diem::repay(origin(ALICE), UNIT));
		let first = locked - held(ALICE);
		assert_eq!(first, locked / 3, "a third of the DIEM releases a third, rounded down");
		assert_eq!(last_event(), Event::Repaid { who: ALICE, diem: UNIT, vvv_released: first });
		assert_ok!(Diem::repay(origin(ALICE), 2 * UNIT));
		assert_eq!(held(ALICE), 0);
		assert_eq!(Positions::<Test>::get(ALICE), None);
		assert_eq!(DiemBalances::total_issuance(), 0);
		assert_eq!(Balances::balance(&ALICE), ENDOWMENT, "all collateral is back");
		check_invariants(&[ALICE]);
	});
}

#[test]
fn repay_with_received_diem_up_to_the_position() {
	new_test_ext().execute_with(|| {
		assert_ok!(Diem::mint(origin(ALICE), 10 * UNIT, u128::MAX));
		assert_ok!(Diem::mint(origin(BOB), UNIT, u128::MAX));
		assert_ok!(<DiemBalances as Mutate<_>>::transfer(
			&ALICE,
			&BOB,
			5 * UNIT,
			Preservation::Expendable
		));
		// Bob holds 6 DIEM but his position minted 1.
		assert_noop!(Diem::repay(origin(BOB), 2 * UNIT), Error::<Test>::RepayExceedsPosition);
		assert_ok!(Diem::repay(origin(BOB), UNIT));
		assert_eq!(DiemBalances::balance(&BOB), 5 * UNIT);
		assert_eq!(held(BOB), 0);
		check_invariants(&[ALICE, BOB]);
	});
}

#[test]
fn repaying_lowers_the_rate() {
	new_test_ext().execute_with(|| {
		assert_ok!(Diem::mint(origin(ALICE), 20_000 * UNIT, u128::MAX));
		let high = Diem::mint_rate().unwrap();
		assert_ok!(Diem::repay(origin(ALICE), 10_000 * UNIT));
		let lower = Diem::mint_rate().unwrap();
		assert!(lower < high);
		assert_eq!(lower / (UNIT / 100), 9334);
	});
}

#[test]
fn zero_amounts_are_refused() {
	new_test_ext().execute_with(|| {
		assert_noop!(Diem::mint(origin(ALICE), 0, u128::MAX), Error::<Test>::ZeroAmount);
		assert_noop!(Diem::mint_for_vvv(origin(ALICE), 0, 0), Error::<Test>::ZeroAmount);
		assert_ok!(Diem::mint(origin(ALICE), UNIT, u128::MAX));
		assert_noop!(Diem::repay(origin(ALICE), 0), Error::<Test>::ZeroAmount);
	});
}

#[test]
fn minting_while_closed_is_refused_but_repay_works() {
	new_test_ext().execute_with(|| {
		assert_ok!(Diem::mint(origin(ALICE), UNIT, u128::MAX));
		assert_ok!(Diem::set_minting_open(origin(ADMIN), false));
		assert_eq!(last_event(), Event::MintingOpenSet { open: false });
		assert_noop!(Diem::mint(origin(ALICE), UNIT, u128::MAX), Error::<Test>::MintingClosed);
		assert_noop!(Diem::mint_for_vvv(origin(ALICE), UNIT, 0), Error::<Test>::MintingClosed);
		assert_ok!(Diem::repay(origin(ALICE), UNIT));
	});
}

#[test]
fn slippage_guards_refuse_a_worse_price() {
	new_test_ext().execute_with(|| {
		let cost = launch_cost(0, UNIT);
		assert_noop!(Diem::mint(origin(ALICE), UNIT, cost - 1), Error::<Test>::SlippageExceeded);
		let diem = Diem::quote_mint_for_vvv(100 * UNIT).unwrap();
		assert_noop!(
			Diem::mint_for_vvv(origin(ALICE), 100 * UNIT, diem + 1),
			Error::<Test>::SlippageExceeded
		);
	});
}

#[test]
fn collateral_above_the_free_stake_is_refused() {
	new_test_ext().execute_with(|| {
		// Account 11 has no VVV at all; account 1 cannot lock more than it has.
		assert_noop!(
			Diem::mint(origin(11), UNIT, u128::MAX),
			Error::<Test>::InsufficientCollateral
		);
		assert_noop!(
			Diem::mint_for_vvv(origin(ALICE), ENDOWMENT + 1, 0),
			Error::<Test>::InsufficientCollateral
		);
		// 200,000 DIEM cost far more than 10 million VVV.
		assert_noop!(
			Diem::mint(origin(ALICE), 80_000 * UNIT, u128::MAX),
			Error::<Test>::InsufficientCollateral
		);
	});
}

#[test]
fn mints_past_the_rate_cap_are_refused() {
	new_test_ext().execute_with(|| {
		// The launch curve reaches 10⁹ × B at about 82,800 DIEM.
		assert_noop!(
			Diem::mint(origin(ALICE), 83_000 * UNIT, u128::MAX),
			Error::<Test>::RateCapExceeded
		);
		assert_noop!(
			Diem::mint(origin(ALICE), u128::MAX, u128::MAX),
			Error::<Test>::RateCapExceeded
		);
		assert_noop!(
			Diem::mint_for_vvv(origin(ALICE), u128::MAX, 0),
			Error::<Test>::RateCapExceeded
		);
	});
}

#[test]
fn a_budget_below_one_planck_of_diem_is_refused() {
	new_test_ext().execute_with(|| {
		// At 90 VVV per DIEM, one planck of DIEM costs 90 planck of VVV.
		assert_noop!(Diem::mint_for_vvv(origin(ALICE), 89, 0), Error::<Test>::BudgetTooSmall);
	});
}

#[test]
fn repay_errors() {
	new_test_ext().execute_with(|| {
		assert_noop!(Diem::repay(origin(ALICE), UNIT), Error::<Test>::NoPosition);
		assert_ok!(Diem::mint(origin(ALICE), 2 * UNIT, u128::MAX));
		assert_noop!(Diem::repay(origin(ALICE), u128::MAX), Error::<Test>::RepayExceedsPosition);
		assert_ok!(<DiemBalances as Mutate<_>>::transfer(
			&ALICE,
			&BOB,
			UNIT + 1,
			Preservation::Expendable
		));
		assert_noop!(Diem::repay(origin(ALICE), 2 * UNIT), Error::<Test>::InsufficientDiem);
	});
}

#[test]
fn set_curve_validates_and_needs_the_admin() {
	new_test_ext().execute_with(|| {
		let k = FixedU128::from_u32(3);
		assert_noop!(
			Diem::set_curve(origin(ALICE), 100 * UNIT, 50_000 * UNIT, k, 2),
			DispatchError::BadOrigin
		);
		assert_noop!(Diem::set_minting_open(origin(ALICE), false), DispatchError::BadOrigin);
		for (b, t, k, n) in [
			(0, 50_000 * UNIT, k, 2),
			(100 * UNIT, 0, k, 2),
			(100 * UNIT, 50_000 * UNIT, FixedU128::from_u32(9), 2),
			(100 * UNIT, 50_000 * UNIT, FixedU128::from_inner(0), 2),
			(100 * UNIT, 50_000 * UNIT, k, 0),
			(100 * UNIT, 50_000 * UNIT, k, 5),
			(u128::MAX, u128::MAX, FixedU128::from_inner(u128::MAX), u8::MAX),
		] {
			assert_noop!(
				Diem::set_curve(origin(ADMIN), b, t, k, n),
				Error::<Test>::InvalidCurveParameters
			);
		}
		assert_ok!(Diem::set_curve(origin(ADMIN), 100 * UNIT, 50_000 * UNIT, k, 2));
		let params = CurveParams {
			base_rate: 100 * UNIT,
			target_supply: 50_000 * UNIT,
			adjustment_power: k,
			exponent: 2,
		};
		assert_eq!(Curve::<Test>::get(), params);
		assert_eq!(last_event(), Event::CurveSet { params });
		assert_eq!(Diem::mint_rate().unwrap(), 100 * UNIT);
	});
}

#[test]
fn genesis_leaves_minting_closed_by_default() {
	let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		assert!(!MintingOpen::<Test>::get());
		assert_eq!(Curve::<Test>::get(), CurveParams::launch());
	});
}

use sp_runtime::BuildStorage;

/// One step of a random sequence.
#[derive(Clone, Debug)]
enum Step {
	Mint { who: AccountId, diem: u128 },
	MintForVvv { who: AccountId, vvv: u128 },
	Repay { who: AccountId, share: u8 },
	Transfer { from: AccountId, to: AccountId, share: u8 },
	SetCurve { base: u128, target: u128, k_milli: u32, n: u8 },
	SetOpen(bool),
}

fn step() -> impl Strategy<Value = Step> {
	let who = 1u64..=4;
	prop_oneof![
		4 => (who.clone(), 1u128..=20_000 * UNIT).prop_map(|(who, diem)| Step::Mint { who, diem }),
		2 => (who.clone(), 1u128..=1_000_000 * UNIT).prop_map(|(who, vvv)| Step::MintForVvv { who, vvv }),
		4 => (who.clone(), 0u8..=100).prop_map(|(who, share)| Step::Repay { who, share }),
		2 => (who.clone(), who, 0u8..=100)
			.prop_map(|(from, to, share)| Step::Transfer { from, to, share }),
		1 => (UNIT..=1_000 * UNIT, 1_000 * UNIT..=100_000 * UNIT, 1u32..=8_000, 1u8..=4)
			.prop_map(|(base, target, k_milli, n)| Step::SetCurve { base, target, k_milli, n }),
		1 => any::<bool>().prop_map(Step::SetOpen),
	]
}

fn apply(step: &Step) {
	// Each call either succeeds or fails with an error and no change: `check_invariants`
	// holds either way.
	let _ = match *step {
		Step::Mint { who, diem } => Diem::mint(origin(who), diem, u128::MAX),
		Step::MintForVvv { who, vvv } => Diem::mint_for_vvv(origin(who), vvv, 0),
		Step::Repay { who, share } => {
			let minted = Positions::<Test>::get(who).map_or(0, |p| p.minted);
			let amount = (minted * u128::from(share) / 100).min(DiemBalances::balance(&who));
			Diem::repay(origin(who), amount)
		}
		Step::Transfer { from, to, share } => {
			let amount = DiemBalances::balance(&from) * u128::from(share) / 100;
			<DiemBalances as Mutate<_>>::transfer(&from, &to, amount, Preservation::Expendable)
				.map(|_| ())
		}
		Step::SetCurve { base, target, k_milli, n } => Diem::set_curve(
			origin(ADMIN),
			base,
			target,
			FixedU128::from_rational(k_milli.into(), 1_000),
			n,
		),
		Step::SetOpen(open) => Diem::set_minting_open(origin(ADMIN), open),
	};
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(64))]

	/// Design §7.3 after every step of random mints, repays, DIEM transfers and curve changes;
	/// and after repaying every position, every VVV is free again.
	#[test]
	fn invariants_hold_over_random_sequences(steps in prop::collection::vec(step(), 1..60)) {
		new_test_ext().execute_with(|| {
			let accounts = [1, 2, 3, 4];
			for step in &steps {
				apply(step);
				check_invariants(&accounts);
			}
			// Pool every DIEM at account 1, hand each minter its position back, repay all.
			for who in &accounts[1..] {
				let all = DiemBalances::balance(who);
				assert_ok!(<DiemBalances as Mutate<_>>::transfer(who, &1, all, Preservation::Expendable));
			}
			for who in &accounts[1..] {
				let need = Positions::<Test>::get(who).map_or(0, |p| p.minted);
				assert_ok!(<DiemBalances as Mutate<_>>::transfer(&1, who, need, Preservation::Expendable));
			}
			for who in accounts {
				if let Some(position) = Positions::<Test>::get(who) {
					assert_ok!(Diem::repay(origin(who), position.minted));
				}
			}
			check_invariants(&accounts);
			prop_assert_eq!(TotalLocked::<Test>::get(), 0);
			for who in accounts {
				prop_assert_eq!(held(who), 0);
				prop_assert_eq!(Balances::balance(&who), ENDOWMENT);
			}
			Ok(())
		})?;
	}
}

/// Opens minting and mints `diem` for `who` at the quote.
fn mint_for(who: AccountId, diem: u128) {
	assert_ok!(Diem::set_minting_open(origin(ADMIN), true));
	let cost = Diem::quote_mint(diem).unwrap();
	assert_ok!(Diem::mint(origin(who), diem, cost));
}

#[test]
fn the_curve_prices_on_the_supply_the_pallet_counts() {
	new_test_ext().execute_with(|| {
		mint_for(ALICE, 1_000 * UNIT);
		assert_eq!(crate::TotalMinted::<Test>::get(), 1_000 * UNIT);
		let quote = Diem::quote_mint(UNIT).unwrap();
		// DIEM destroyed behind the pallet's back does not lower the price for everyone.
		assert_ok!(<DiemBalances as Mutate<_>>::burn_from(
			&ALICE,
			500 * UNIT,
			Preservation::Expendable,
			frame_support::traits::tokens::Precision::Exact,
			frame_support::traits::tokens::Fortitude::Force,
		));
		assert_eq!(Diem::quote_mint(UNIT).unwrap(), quote);
		assert_eq!(
			Diem::do_try_state(),
			Err("the DIEM supply is not the positions' minted DIEM".into())
		);
		assert_ok!(Diem::repay(origin(ALICE), 500 * UNIT));
		assert_eq!(crate::TotalMinted::<Test>::get(), 500 * UNIT);
	});
}

#[test]
fn try_state_catches_each_corruption() {
	let corruptions: Vec<(&str, fn())> = vec![
		("the positions' locked VVV is not TotalLocked", || TotalLocked::<Test>::put(1)),
		("the positions' minted DIEM is not TotalMinted", || crate::TotalMinted::<Test>::put(1)),
		("a position with nothing minted is kept", || {
			Positions::<Test>::insert(BOB, Position { locked: 0, minted: 0 })
		}),
		("the DIEM supply is not the positions' minted DIEM", || {
			<DiemBalances as Mutate<_>>::mint_into(&BOB, 1).unwrap();
		}),
		("the curve is outside the domain", || Curve::<Test>::mutate(|curve| curve.exponent = 9)),
	];
	for (expected, corrupt) in corruptions {
		new_test_ext().execute_with(|| {
			mint_for(ALICE, 10 * UNIT);
			assert_ok!(Diem::do_try_state());
			corrupt();
			assert_eq!(Diem::do_try_state(), Err(expected.into()), "{expected}");
		});
	}
}

#[test]
fn the_v1_migration_counts_the_supply_once() {
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	new_test_ext().execute_with(|| {
		mint_for(ALICE, 10 * UNIT);
		StorageVersion::new(0).put::<Diem>();
		crate::TotalMinted::<Test>::kill();
		crate::migrations::v1::MigrateToV1::<Test>::on_runtime_upgrade();
		assert_eq!(Diem::on_chain_storage_version(), 1);
		assert_eq!(crate::TotalMinted::<Test>::get(), 10 * UNIT);
		assert_ok!(Diem::do_try_state());
		crate::TotalMinted::<Test>::put(3);
		crate::migrations::v1::MigrateToV1::<Test>::on_runtime_upgrade();
		assert_eq!(crate::TotalMinted::<Test>::get(), 3, "only once");
	});
}

#[test]
fn the_admin_moves_the_target_supply_anywhere_the_curve_allows() {
	new_test_ext().execute_with(|| {
		let before = Curve::<Test>::get();
		assert_ok!(Diem::set_target_supply(origin(ADMIN), before.target_supply * 3));
		assert_eq!(Curve::<Test>::get().target_supply, before.target_supply * 3);
		assert_eq!(Curve::<Test>::get().base_rate, before.base_rate);
		assert_eq!(
			last_event(),
			Event::TargetSupplySet { target_supply: before.target_supply * 3, by_operator: false }
		);
		// The admin's moves do not start the operator's period.
		assert_eq!(OperatorLastStep::<Test>::get(), None);
		assert_noop!(
			Diem::set_target_supply(origin(ADMIN), 0),
			Error::<Test>::InvalidCurveParameters
		);
	});
}

#[test]
fn the_operator_steps_at_most_ten_percent_once_a_period() {
	new_test_ext().execute_with(|| {
		let target = Curve::<Test>::get().target_supply;
		let step = target / 10;
		assert_noop!(
			Diem::set_target_supply(origin(OPERATOR), target + step + 1),
			Error::<Test>::OperatorStepTooLarge
		);
		assert_noop!(
			Diem::set_target_supply(origin(OPERATOR), target - step - 1),
			Error::<Test>::OperatorStepTooLarge
		);
		assert_ok!(Diem::set_target_supply(origin(OPERATOR), target + step));
		assert_eq!(
			last_event(),
			Event::TargetSupplySet { target_supply: target + step, by_operator: true }
		);
		assert_eq!(OperatorLastStep::<Test>::get(), Some(1));

		// A second step within the period fails by name, however small.
		System::set_block_number(OPERATOR_PERIOD);
		assert_noop!(
			Diem::set_target_supply(origin(OPERATOR), target + step - 1),
			Error::<Test>::OperatorStepTooSoon
		);
		// Once the period has passed, the next step is bounded by the new target.
		System::set_block_number(1 + OPERATOR_PERIOD);
		let lowered = (target + step) - (target + step) / 10;
		assert_ok!(Diem::set_target_supply(origin(OPERATOR), lowered));
		assert_eq!(Curve::<Test>::get().target_supply, lowered);
	});
}

#[test]
fn nobody_else_moves_the_target_supply() {
	new_test_ext().execute_with(|| {
		let target = Curve::<Test>::get().target_supply;
		assert_noop!(Diem::set_target_supply(origin(ALICE), target + 1), DispatchError::BadOrigin);
		assert_noop!(
			Diem::set_target_supply(RuntimeOrigin::none(), target + 1),
			DispatchError::BadOrigin
		);
	});
}
