//! Every call, every bad input, the day boundary, and random call sequences with the
//! invariants checked after each step.

#![allow(clippy::unwrap_used, clippy::arithmetic_side_effects, clippy::indexing_slicing)]

use crate::{mock::*, pallet::*, DayRecord, DiemChunk};
use frame_support::{
	assert_noop, assert_ok,
	traits::fungible::{Inspect, Mutate},
	traits::tokens::Preservation,
};
use sp_runtime::{DispatchError, DispatchResult};

fn origin(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn diem_of(who: AccountId) -> u128 {
	Balances::balance(&who)
}

fn custody() -> u128 {
	Balances::balance(&Credits::custody())
}

/// `entries` recorded by `meter` as its next batch, of usage served on `day`.
fn record_on(meter: AccountId, day: u32, entries: Vec<(AccountId, u128)>) -> DispatchResult {
	Credits::record_usage(origin(meter), Credits::next_batch(&meter), day, entries)
}

/// `entries` recorded by [`METER`] as its next batch, of today.
fn record(meter: AccountId, entries: Vec<(AccountId, u128)>) -> DispatchResult {
	record_on(meter, Credits::today(), entries)
}

/// Records `usage` for each account in one batch by [`METER`]; returns `(covered, uncovered)`.
fn meter(entries: &[(AccountId, u128)]) -> (u128, u128) {
	assert_ok!(record(METER, entries.to_vec()));
	match System::events().last().map(|record| record.event.clone()) {
		Some(RuntimeEvent::Credits(Event::UsageRecorded { covered, uncovered, .. })) => {
			(covered, uncovered)
		}
		other => panic!("no usage event: {other:?}"),
	}
}

fn check() {
	Credits::do_try_state().unwrap();
}

/// Moves the chain to `day` at `seconds` into it.
fn go(day: u32, seconds: u64) {
	next_block_at(at(day, seconds));
}

#[test]
fn a_stake_moves_into_custody_and_counts_from_the_next_day() {
	new_test_ext().execute_with(|| {
		assert_ok!(Credits::stake_diem(origin(ALICE), 10 * DIEM));
		assert_eq!(diem_of(ALICE), ENDOWMENT - 10 * DIEM);
		assert_eq!(custody(), 10 * DIEM);
		System::assert_last_event(
			Event::Staked { who: ALICE, amount: 10 * DIEM, counts_from: START_DAY + 1 }.into(),
		);
		let info = Credits::credits(&ALICE);
		assert_eq!(
			(info.staked, info.counting_today, info.counting_tomorrow),
			(10 * DIEM, 0, 10 * DIEM)
		);
		assert_eq!(info.remaining_today, 0);
		assert_eq!(meter(&[(ALICE, USD)]), (0, USD));

		go(START_DAY + 1, 0);
		let info = Credits::credits(&ALICE);
		assert_eq!(
			(info.counting_today, info.allowance_today, info.remaining_today),
			(10 * DIEM, 10 * USD, 10 * USD)
		);
		assert_eq!(meter(&[(ALICE, 3 * USD)]), (3 * USD, 0));
		assert_eq!(Credits::credits(&ALICE).remaining_today, 7 * USD);
		check();
	});
}

#[test]
fn a_stake_at_23_59_counts_from_00_00_not_before() {
	new_test_ext().execute_with(|| {
		go(START_DAY, DAY - 60);
		assert_ok!(Credits::stake_diem(origin(ALICE), 5 * DIEM));
		go(START_DAY, DAY - 1);
		assert_eq!(meter(&[(ALICE, USD)]), (0, USD));
		go(START_DAY + 1, 0);
		assert_eq!(meter(&[(ALICE, USD)]), (USD, 0));
		check();
	});
}

#[test]
fn an_unstake_at_00_01_removes_todays_allowance() {
	new_test_ext().execute_with(|| {
		assert_ok!(Credits::stake_diem(origin(ALICE), 5 * DIEM));
		go(START_DAY + 1, 60);
		assert_ok!(Credits::unstake_diem(origin(ALICE), 5 * DIEM));
		let info = Credits::credits(&ALICE);
		assert_eq!((info.counting_today, info.remaining_today), (0, 0));
		assert_eq!(meter(&[(ALICE, USD)]), (0, USD));
		check();
	});
}

#[test]
fn an_unstake_after_use_leaves_the_use_and_nothing_more() {
	new_test_ext().execute_with(|| {
		assert_ok!(Credits::stake_diem(origin(ALICE), 5 * DIEM));
		go(START_DAY + 1, 60);
		assert_eq!(meter(&[(ALICE, 4 * USD)]), (4 * USD, 0));
		// 2 DIEM leave: what counts falls to 3, of which 4 were used already.
		assert_ok!(Credits::unstake_diem(origin(ALICE), 2 * DIEM));
		assert_eq!(Credits::credits(&ALICE).remaining_today, 0);
		assert_eq!(meter(&[(ALICE, USD)]), (0, USD));
		go(START_DAY + 2, 0);
		assert_eq!(Credits::credits(&ALICE).remaining_today, 3 * USD);
		check();
	});
}

#[test]
fn todays_stake_leaves_first_on_unstake() {
	new_test_ext().execute_with(|| {
		assert_ok!(Credits::stake_diem(origin(ALICE), 10 * DIEM));
		go(START_DAY + 1, 100);
		assert_ok!(Credits::stake_diem(origin(ALICE), 5 * DIEM));
		assert_ok!(Credits::unstake_diem(origin(ALICE), 6 * DIEM));
		// 5 of the 6 were today's stake; 1 of yesterday's leaves.
		let info = Credits::credits(&ALICE);
		assert_eq!(
			(info.staked, info.counting_today, info.remaining_today),
			(9 * DIEM, 9 * DIEM, 9 * USD)
		);
		check();
	});
}

#[test]
fn allowance_renews_every_day_and_is_not_carried_over() {
	new_test_ext().execute_with(|| {
		assert_ok!(Credits::stake_diem(origin(ALICE), 2 * DIEM));
		go(START_DAY + 1, 10);
		assert_eq!(meter(&[(ALICE, USD)]), (USD, 0));
		go(START_DAY + 2, 10);
		// Yesterday's unused dollar is gone; today has 2 again.
		assert_eq!(meter(&[(ALICE, 3 * USD)]), (2 * USD, USD));
		go(START_DAY + 3, 10);
		assert_eq!(Credits::credits(&ALICE).remaining_today, 2 * USD);
		check();
	});
}

#[test]
fn a_batch_covers_each_entry_and_reports_each_uncovered_rest() {
	new_test_ext().execute_with(|| {
		assert_ok!(Credits::stake_diem(origin(ALICE), 2 * DIEM));
		assert_ok!(Credits::stake_diem(origin(BOB), DIEM));
		go(START_DAY + 1, 10);
		assert_ok!(record(
			METER,
			vec![(ALICE, USD), (BOB, 3 * USD), (ALICE, 2 * USD), (CHARLIE, 7)]
		));
		System::assert_last_event(
			Event::UsageRecorded {
				meter: METER,
				batch_index: 0,
				day: START_DAY + 1,
				entries: 4,
				covered: 3 * USD,
				uncovered: 3 * USD + 7,
				uncovered_by_account: vec![(BOB, 2 * USD), (ALICE, USD), (CHARLIE, 7)],
			}
			.into(),
		);
		let today = Today::<Test>::get();
		assert_eq!(
			today,
			DayRecord {
				day: START_DAY + 1,
				counting: 3 * DIEM,
				used: 3 * USD,
				uncovered: 3 * USD + 7
			}
		);
		// Charlie stakes nothing, so nothing of his is stored.
		assert!(Ledgers::<Test>::get(CHARLIE).is_none());
		check();
	});
}

#[test]
fn usage_bad_input_is_refused_by_name() {
	new_test_ext().execute_with(|| {
		assert_ok!(Credits::stake_diem(origin(ALICE), 2 * DIEM));
		go(START_DAY + 1, 10);
		assert_noop!(record(ALICE, vec![(ALICE, 1)]), Error::<Test>::NotMeter);
		assert_noop!(record(METER, vec![]), Error::<Test>::EmptyBatch);
		let too_many = vec![(ALICE, 1); MAX_BATCH as usize + 1];
		assert_noop!(record(METER, too_many), Error::<Test>::BatchTooLarge);
		assert_noop!(record(METER, vec![(ALICE, 1), (BOB, 0)]), Error::<Test>::ZeroUsage);
		assert_noop!(
			Credits::record_usage(RuntimeOrigin::none(), 0, START_DAY + 1, vec![(ALICE, 1)]),
			DispatchError::BadOrigin
		);
		assert_noop!(record_on(METER, START_DAY + 2, vec![(ALICE, 1)]), Error::<Test>::FutureDay);
		assert_noop!(
			Credits::record_usage(origin(METER), 1, START_DAY + 1, vec![(ALICE, 1)]),
			Error::<Test>::BatchOutOfOrder
		);
		assert_noop!(
			Credits::record_usage(origin(METER), u64::MAX, START_DAY + 1, vec![(ALICE, 1)]),
			Error::<Test>::BatchOutOfOrder
		);
		// None of the refused batches used an index.
		assert_eq!(Credits::next_batch(&METER), 0);
		// Totals beyond u128 saturate the report and block nobody.
		assert_eq!(meter(&[(BOB, u128::MAX), (CHARLIE, 1)]), (0, u128::MAX));
		assert_eq!(meter(&[(ALICE, 1), (CHARLIE, 1)]), (1, 1));
		assert_eq!(Today::<Test>::get().uncovered, u128::MAX);
		// A full batch is fine.
		let full = vec![(ALICE, 1); MAX_BATCH as usize];
		assert_eq!(meter(&full), (MAX_BATCH as u128, 0));
		check();
	});
}

#[test]
fn stake_bad_input_is_refused_by_name() {
	new_test_ext().execute_with(|| {
		assert_noop!(Credits::stake_diem(origin(ALICE), 0), Error::<Test>::ZeroAmount);
		assert_noop!(
			Credits::stake_diem(origin(ALICE), MIN_STAKE - 1),
			Error::<Test>::BelowMinimumStake
		);
		assert_noop!(
			Credits::stake_diem(origin(ALICE), ENDOWMENT + 1),
			Error::<Test>::InsufficientBalance
		);
		assert_noop!(
			Credits::stake_diem(origin(ALICE), u128::MAX),
			Error::<Test>::InsufficientBalance
		);
		assert_noop!(Credits::stake_diem(RuntimeOrigin::none(), DIEM), DispatchError::BadOrigin);
		assert_ok!(Credits::stake_diem(origin(ALICE), MIN_STAKE));
		// Above the minimum already: any further amount is fine.
		assert_ok!(Credits::stake_diem(origin(ALICE), 1));
		check();
	});
}

#[test]
fn unstake_bad_input_is_refused_by_name() {
	new_test_ext().execute_with(|| {
		assert_noop!(Credits::unstake_diem(origin(ALICE), DIEM), Error::<Test>::NotStaker);
		assert_ok!(Credits::stake_diem(origin(ALICE), DIEM));
		assert_noop!(Credits::unstake_diem(origin(ALICE), 0), Error::<Test>::ZeroAmount);
		assert_noop!(
			Credits::unstake_diem(origin(ALICE), DIEM + 1),
			Error::<Test>::InsufficientStake
		);
		assert_noop!(
			Credits::unstake_diem(origin(ALICE), u128::MAX),
			Error::<Test>::InsufficientStake
		);
		assert_noop!(
			Credits::unstake_diem(origin(ALICE), DIEM - MIN_STAKE + 1),
			Error::<Test>::BelowMinimumStake
		);
		for chunk in 0..MAX_CHUNKS {
			go(START_DAY, 13 * 3_600 + u64::from(chunk));
			assert_ok!(Credits::unstake_diem(origin(ALICE), 1));
		}
		go(START_DAY, 14 * 3_600);
		assert_noop!(Credits::unstake_diem(origin(ALICE), 1), Error::<Test>::TooManyChunks);
		check();
	});
}

#[test]
fn each_unstake_has_its_own_cooldown() {
	new_test_ext().execute_with(|| {
		assert_ok!(Credits::stake_diem(origin(ALICE), 10 * DIEM));
		let first = at(START_DAY, 12 * 3_600);
		assert_ok!(Credits::unstake_diem(origin(ALICE), DIEM));
		System::assert_last_event(
			Event::Unstaked { who: ALICE, amount: DIEM, unlock_at: first + DAY_MS }.into(),
		);
		// Unstakes in the same block share a chunk.
		assert_ok!(Credits::unstake_diem(origin(ALICE), DIEM));
		go(START_DAY, 20 * 3_600);
		assert_ok!(Credits::unstake_diem(origin(ALICE), 3 * DIEM));
		let second = at(START_DAY, 20 * 3_600);
		assert_eq!(
			Unlocking::<Test>::get(ALICE).into_inner(),
			vec![
				DiemChunk { amount: 2 * DIEM, unlock_at: first + DAY_MS },
				DiemChunk { amount: 3 * DIEM, unlock_at: second + DAY_MS }
			]
		);
		assert_noop!(Credits::withdraw_diem(origin(ALICE)), Error::<Test>::CooldownNotElapsed);
		next_block_at(first + DAY_MS - 1);
		assert_noop!(Credits::withdraw_diem(origin(ALICE)), Error::<Test>::CooldownNotElapsed);
		// The second unstake did not restart the first chunk's cooldown.
		next_block_at(first + DAY_MS);
		let before = diem_of(ALICE);
		assert_ok!(Credits::withdraw_diem(origin(ALICE)));
		assert_eq!(diem_of(ALICE), before + 2 * DIEM);
		System::assert_last_event(Event::Withdrawn { who: ALICE, amount: 2 * DIEM }.into());
		assert_eq!(Unlocking::<Test>::get(ALICE).len(), 1);
		next_block_at(second + DAY_MS);
		assert_ok!(Credits::withdraw_diem(origin(ALICE)));
		assert!(!Unlocking::<Test>::contains_key(ALICE));
		assert_noop!(Credits::withdraw_diem(origin(ALICE)), Error::<Test>::NothingToWithdraw);
		assert_eq!(custody(), 5 * DIEM);
		check();
	});
}

#[test]
fn a_stale_fresh_stake_whose_staker_left_is_no_broken_invariant() {
	new_test_ext().execute_with(|| {
		assert_ok!(Credits::stake_diem(origin(ALICE), DIEM));
		go(START_DAY + 1, 0);
		assert_ok!(Credits::unstake_diem(origin(ALICE), DIEM));
		go(START_DAY + 2, 0);
		assert_ok!(Credits::withdraw_diem(origin(ALICE)));
		check();
	});
}

#[test]
fn a_chain_without_genesis_uses_the_mainnet_day() {
	sp_io::TestExternalities::default().execute_with(|| {
		assert_eq!(DayLength::<Test>::get(), crate::DEFAULT_DAY_LENGTH);
		assert_eq!(CooldownDays::<Test>::get(), crate::DEFAULT_COOLDOWN_DAYS);
	});
}

#[test]
fn withdrawing_everything_removes_the_ledger() {
	new_test_ext().execute_with(|| {
		assert_ok!(Credits::stake_diem(origin(ALICE), DIEM));
		assert_ok!(Credits::unstake_diem(origin(ALICE), DIEM));
		assert!(Ledgers::<Test>::contains_key(ALICE));
		go(START_DAY + 2, 0);
		assert_ok!(Credits::withdraw_diem(origin(ALICE)));
		assert!(!Ledgers::<Test>::contains_key(ALICE));
		assert_eq!(diem_of(ALICE), ENDOWMENT);
		check();
	});
}

#[test]
fn cancel_unstake_stakes_the_chunk_again_from_the_next_day() {
	new_test_ext().execute_with(|| {
		assert_ok!(Credits::stake_diem(origin(ALICE), 3 * DIEM));
		go(START_DAY + 1, 10);
		assert_ok!(Credits::unstake_diem(origin(ALICE), 2 * DIEM));
		assert_noop!(Credits::cancel_unstake_diem(origin(ALICE), 1), Error::<Test>::UnknownChunk);
		assert_noop!(Credits::cancel_unstake_diem(origin(BOB), 0), Error::<Test>::UnknownChunk);
		assert_noop!(
			Credits::cancel_unstake_diem(origin(ALICE), u32::MAX),
			Error::<Test>::UnknownChunk
		);
		assert_ok!(Credits::cancel_unstake_diem(origin(ALICE), 0));
		System::assert_last_event(
			Event::UnstakeCancelled { who: ALICE, amount: 2 * DIEM, counts_from: START_DAY + 2 }
				.into(),
		);
		let info = Credits::credits(&ALICE);
		assert_eq!(
			(info.staked, info.counting_today, info.counting_tomorrow),
			(3 * DIEM, DIEM, 3 * DIEM)
		);
		assert!(info.unlocking.is_empty());
		check();
	});
}

#[test]
fn a_chunk_below_the_minimum_cannot_be_staked_alone() {
	new_test_ext().execute_with(|| {
		assert_ok!(Credits::stake_diem(origin(ALICE), DIEM));
		assert_ok!(Credits::unstake_diem(origin(ALICE), 1));
		go(START_DAY, 13 * 3_600);
		assert_ok!(Credits::unstake_diem(origin(ALICE), DIEM - 1));
		assert_noop!(
			Credits::cancel_unstake_diem(origin(ALICE), 0),
			Error::<Test>::BelowMinimumStake
		);
		assert_ok!(Credits::cancel_unstake_diem(origin(ALICE), 1));
		assert_ok!(Credits::cancel_unstake_diem(origin(ALICE), 0));
		assert_eq!(Credits::credits(&ALICE).staked, DIEM);
		check();
	});
}

#[test]
fn meters_are_registered_and_removed_by_the_admin() {
	new_test_ext().execute_with(|| {
		assert_noop!(Credits::add_meter(origin(ALICE), BOB), DispatchError::BadOrigin);
		assert_noop!(Credits::add_meter(origin(ADMIN), METER), Error::<Test>::AlreadyMeter);
		assert_ok!(Credits::add_meter(origin(ADMIN), BOB));
		System::assert_last_event(Event::MeterAdded { meter: BOB }.into());
		assert_ok!(record(BOB, vec![(ALICE, 1)]));
		assert_noop!(Credits::remove_meter(origin(BOB), BOB), DispatchError::BadOrigin);
		assert_ok!(Credits::remove_meter(origin(ADMIN), BOB));
		System::assert_last_event(Event::MeterRemoved { meter: BOB }.into());
		assert_noop!(Credits::remove_meter(origin(ADMIN), BOB), Error::<Test>::NotMeter);
		assert_noop!(record(BOB, vec![(ALICE, 1)]), Error::<Test>::NotMeter);
		// Registered again, it continues its numbering: its batch 0 cannot be replayed.
		assert_ok!(Credits::add_meter(origin(ADMIN), BOB));
		assert_noop!(
			Credits::record_usage(origin(BOB), 0, Credits::today(), vec![(ALICE, 1)]),
			Error::<Test>::BatchAlreadyRecorded
		);
		assert_ok!(Credits::record_usage(origin(BOB), 1, Credits::today(), vec![(ALICE, 1)]));
	});
}

#[test]
fn a_batch_is_recorded_exactly_once() {
	new_test_ext().execute_with(|| {
		assert_ok!(Credits::stake_diem(origin(ALICE), 2 * DIEM));
		go(START_DAY + 1, 10);
		let today = Credits::today();
		assert_ok!(Credits::record_usage(origin(METER), 0, today, vec![(ALICE, USD)]));
		assert_eq!(Credits::next_batch(&METER), 1);
		// A meter that crashed resubmits batch 0: refused by name, nothing counted twice.
		assert_noop!(
			Credits::record_usage(origin(METER), 0, today, vec![(ALICE, USD)]),
			Error::<Test>::BatchAlreadyRecorded
		);
		// A lost batch 1 shows as a gap before batch 2.
		assert_noop!(
			Credits::record_usage(origin(METER), 2, today, vec![(ALICE, USD)]),
			Error::<Test>::BatchOutOfOrder
		);
		assert_ok!(Credits::record_usage(origin(METER), 1, today, vec![(ALICE, USD / 2)]));
		assert_eq!(Credits::credits(&ALICE).used_today, USD + USD / 2);
		assert_eq!(Today::<Test>::get().used, USD + USD / 2);
		// Each meter has its own numbering.
		assert_ok!(Credits::add_meter(origin(ADMIN), BOB));
		assert_ok!(Credits::record_usage(origin(BOB), 0, today, vec![(ALICE, 1)]));
		check();
	});
}

#[test]
fn usage_served_before_midnight_belongs_to_that_day() {
	new_test_ext().execute_with(|| {
		assert_ok!(Credits::stake_diem(origin(ALICE), 2 * DIEM));
		assert_ok!(Credits::stake_diem(origin(BOB), 2 * DIEM));
		go(START_DAY + 1, 10);
		let day = Credits::today();
		assert_eq!(meter(&[(ALICE, USD)]), (USD, 0));
		// Served at 23:59:59.9, the batch reaches the chain in the first block of the next
		// day: Alice's and Bob's allowances of that day cover it, today's are untouched.
		next_block_at(at(day, DAY) - 100);
		assert_eq!(Credits::today(), day);
		go(day + 1, 0);
		assert_ok!(record_on(METER, day, vec![(ALICE, 2 * USD), (BOB, USD)]));
		System::assert_last_event(
			Event::UsageRecorded {
				meter: METER,
				batch_index: 1,
				day,
				entries: 2,
				covered: 2 * USD,
				uncovered: USD,
				uncovered_by_account: vec![(ALICE, USD)],
			}
			.into(),
		);
		let closed = *History::<Test>::get().last().unwrap();
		assert_eq!((closed.day, closed.used, closed.uncovered), (day, 3 * USD, USD));
		assert_eq!(Today::<Test>::get().used, 0);
		for who in [ALICE, BOB] {
			assert_eq!(Credits::credits(&who).remaining_today, 2 * USD);
		}
		check();
	});
}

#[test]
fn a_late_entry_is_uncovered_once_the_account_changed_today() {
	new_test_ext().execute_with(|| {
		for who in [ALICE, BOB, CHARLIE] {
			assert_ok!(Credits::stake_diem(origin(who), 2 * DIEM));
		}
		go(START_DAY + 1, 10);
		let day = Credits::today();
		go(day + 1, 5);
		// Since midnight Alice staked more, Bob unstaked, Charlie used credits: what they had
		// yesterday is no longer in their ledgers, so their late usage is not covered (nor
		// charged to today).
		assert_ok!(Credits::stake_diem(origin(ALICE), DIEM));
		assert_ok!(Credits::unstake_diem(origin(BOB), DIEM));
		assert_eq!(meter(&[(CHARLIE, 1)]), (1, 0));
		let before: Vec<_> = [ALICE, BOB, CHARLIE].iter().map(Credits::credits).collect();
		assert_ok!(record_on(METER, day, vec![(ALICE, USD), (BOB, USD), (CHARLIE, USD)]));
		System::assert_last_event(
			Event::UsageRecorded {
				meter: METER,
				batch_index: 1,
				day,
				entries: 3,
				covered: 0,
				uncovered: 3 * USD,
				uncovered_by_account: vec![(ALICE, USD), (BOB, USD), (CHARLIE, USD)],
			}
			.into(),
		);
		let after: Vec<_> = [ALICE, BOB, CHARLIE].iter().map(Credits::credits).collect();
		assert_eq!(before, after);
		assert_eq!(History::<Test>::get().last().unwrap().uncovered, 3 * USD);
		check();
	});
}

#[test]
fn a_batch_of_yesterday_after_the_first_hour_is_uncovered() {
	new_test_ext().execute_with(|| {
		assert_ok!(Credits::stake_diem(origin(ALICE), 2 * DIEM));
		go(START_DAY + 1, 10);
		let day = Credits::today();
		// Alice used nothing yesterday. At 01:00 a batch labelled yesterday would give her
		// yesterday's $2 on top of today's: it is recorded, uncovered.
		go(day + 1, 3_600);
		assert_ok!(record_on(METER, day, vec![(ALICE, 2 * USD)]));
		System::assert_last_event(
			Event::UsageRecorded {
				meter: METER,
				batch_index: 0,
				day,
				entries: 1,
				covered: 0,
				uncovered: 2 * USD,
				uncovered_by_account: vec![(ALICE, 2 * USD)],
			}
			.into(),
		);
		assert_eq!(meter(&[(ALICE, 3 * USD)]), (2 * USD, USD), "today's $2, no more");
		check();
	});
}

#[test]
fn a_batch_of_an_older_day_is_recorded_uncovered() {
	new_test_ext().execute_with(|| {
		assert_ok!(Credits::stake_diem(origin(ALICE), 2 * DIEM));
		go(START_DAY + 1, 10);
		let day = Credits::today();
		go(day + 2, 10);
		assert_ok!(record_on(METER, day, vec![(ALICE, USD)]));
		System::assert_last_event(
			Event::UsageRecorded {
				meter: METER,
				batch_index: 0,
				day,
				entries: 1,
				covered: 0,
				uncovered: USD,
				uncovered_by_account: vec![(ALICE, USD)],
			}
			.into(),
		);
		assert_eq!(Credits::next_batch(&METER), 1);
		let closed = History::<Test>::get().into_iter().find(|r| r.day == day).unwrap();
		assert_eq!((closed.used, closed.uncovered), (0, USD));
		assert_eq!(Credits::credits(&ALICE).remaining_today, 2 * USD);
		check();
	});
}

#[test]
fn the_cooldown_is_set_by_the_admin_for_new_chunks() {
	new_test_ext().execute_with(|| {
		assert_ok!(Credits::stake_diem(origin(ALICE), 3 * DIEM));
		assert_ok!(Credits::unstake_diem(origin(ALICE), DIEM));
		assert_noop!(Credits::set_cooldown_days(origin(ALICE), 3), DispatchError::BadOrigin);
		assert_noop!(
			Credits::set_cooldown_days(origin(ADMIN), crate::MAX_COOLDOWN_DAYS + 1),
			Error::<Test>::CooldownTooLong
		);
		assert_ok!(Credits::set_cooldown_days(origin(ADMIN), 3));
		System::assert_last_event(Event::CooldownDaysSet { days: 3 }.into());
		go(START_DAY, 13 * 3_600);
		assert_ok!(Credits::unstake_diem(origin(ALICE), DIEM));
		let chunks = Unlocking::<Test>::get(ALICE);
		assert_eq!(chunks[0].unlock_at, at(START_DAY, 12 * 3_600) + DAY_MS);
		assert_eq!(chunks[1].unlock_at, at(START_DAY, 13 * 3_600) + 3 * DAY_MS);
	});
}

#[test]
fn days_are_recorded_in_a_bounded_history() {
	new_test_ext().execute_with(|| {
		assert_ok!(Credits::stake_diem(origin(ALICE), 2 * DIEM));
		for offset in 1..=7 {
			// The first block of the day opens it (seeing the previous block's time); the
			// usage of the day then lands in its record.
			go(START_DAY + offset, 10);
			assert_eq!(meter(&[(ALICE, 3 * USD)]), (2 * USD, USD));
		}
		go(START_DAY + 8, 0);
		go(START_DAY + 8, 10);
		let history = History::<Test>::get();
		assert_eq!(history.len(), HISTORY_DAYS as usize);
		assert_eq!(
			history.iter().map(|d| d.day).collect::<Vec<_>>(),
			(START_DAY + 3..=START_DAY + 7).collect::<Vec<_>>()
		);
		assert!(history
			.iter()
			.all(|d| d.counting == 2 * DIEM && d.used == 2 * USD && d.uncovered == USD));
		let summary = Credits::day_summary(3);
		assert_eq!(
			summary.iter().map(|d| d.day).collect::<Vec<_>>(),
			vec![START_DAY + 6, START_DAY + 7, START_DAY + 8]
		);
		assert_eq!(
			summary[2],
			DayRecord { day: START_DAY + 8, counting: 2 * DIEM, used: 0, uncovered: 0 }
		);
		assert!(Credits::day_summary(0).is_empty());
		check();
	});
}

#[test]
fn the_next_renewal_is_the_next_midnight() {
	new_test_ext().execute_with(|| {
		let info = Credits::credits(&ALICE);
		assert_eq!(info.next_renewal_at, at(START_DAY + 1, 0));
		// Noon: half a day of 2 s blocks to go, from block 1.
		assert_eq!(info.next_renewal_block, 1 + 21_600);
	});
}

#[test]
fn diem_sent_to_custody_by_transfer_is_nobodys() {
	new_test_ext().execute_with(|| {
		assert_ok!(Credits::stake_diem(origin(ALICE), DIEM));
		assert_ok!(<Balances as Mutate<_>>::transfer(
			&BOB,
			&Credits::custody(),
			DIEM,
			Preservation::Expendable
		));
		check();
		assert_ok!(Credits::unstake_diem(origin(ALICE), DIEM));
		go(START_DAY + 2, 0);
		assert_ok!(Credits::withdraw_diem(origin(ALICE)));
		assert_eq!(diem_of(ALICE), ENDOWMENT);
		assert_eq!(custody(), DIEM);
	});
}

mod sequences {
	//! Random sequences of every call and of DIEM transfers, with time moving by minutes or
	//! across days; after each step the invariants hold and, with every account's allowance
	//! used up by the meter after each step, no day covers more than $1 per DIEM.
	use super::*;
	use proptest::prelude::*;

	const ACCOUNTS: u64 = 4;

	#[derive(Clone, Debug)]
	enum Action {
		Stake(u64, u128),
		Unstake(u64, u128),
		Withdraw(u64),
		Cancel(u64, u32),
		Transfer(u64, u64, u128),
		Wait(u64),
	}

	fn amount() -> impl Strategy<Value = u128> {
		prop_oneof![
			Just(MIN_STAKE),
			Just(DIEM),
			(1u128..=5_000_000).prop_map(|milli| milli * DIEM / 1_000),
			Just(u128::MAX),
			Just(1u128),
		]
	}

	fn action() -> impl Strategy<Value = Action> {
		let who = 1..=ACCOUNTS;
		prop_oneof![
			3 => (who.clone(), amount()).prop_map(|(w, a)| Action::Stake(w, a)),
			2 => (who.clone(), amount()).prop_map(|(w, a)| Action::Unstake(w, a)),
			1 => who.clone().prop_map(Action::Withdraw),
			1 => (who.clone(), 0u32..3).prop_map(|(w, c)| Action::Cancel(w, c)),
			2 => (who.clone(), who.clone(), amount()).prop_map(|(f, t, a)| Action::Transfer(f, t, a)),
			// Minutes to two days.
			3 => (60u64..=2 * DAY).prop_map(Action::Wait),
		]
	}

	fn apply(action: &Action) {
		let _ = match *action {
			Action::Stake(who, amount) => Credits::stake_diem(origin(who), amount),
			Action::Unstake(who, amount) => {
				Credits::unstake_diem(origin(who), amount).map(|_| ()).map_err(|e| e.error)
			}
			Action::Withdraw(who) => {
				Credits::withdraw_diem(origin(who)).map(|_| ()).map_err(|e| e.error)
			}
			Action::Cancel(who, chunk) => {
				Credits::cancel_unstake_diem(origin(who), chunk).map(|_| ()).map_err(|e| e.error)
			}
			Action::Transfer(from, to, amount) => {
				<Balances as Mutate<_>>::transfer(&from, &to, amount, Preservation::Expendable)
					.map(|_| ())
			}
			Action::Wait(seconds) => {
				next_block_at(Now::get() + seconds * 1_000);
				Ok(())
			}
		};
	}

	proptest! {
		#![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]
		#[test]
		fn no_diem_gives_more_than_a_dollar_a_day(actions in prop::collection::vec(action(), 1..60)) {
			new_test_ext_with(ACCOUNTS).execute_with(|| {
				let supply = Balances::total_issuance();
				// Day → (credits covered, allowance of what counted at the day's start).
				let mut days: std::collections::BTreeMap<u32, (u128, u128)> = Default::default();
				for action in &actions {
					apply(action);
					let today = Credits::today();
					// The first step of a day: what counts now is what counted at midnight,
					// since only unstakes change it during a day and they come after this.
					let opening: u128 = (1..=ACCOUNTS).map(|who| Credits::credits(&who).allowance_today).sum();
					let entry = days.entry(today).or_insert((0, opening));
					let batch: Vec<_> = (1..=ACCOUNTS).map(|who| (who, 1_000_000 * USD)).collect();
					let (covered, _) = meter(&batch);
					entry.0 += covered;
					prop_assert!(entry.0 <= entry.1, "day {} covered {} above its opening allowances {}", today, entry.0, entry.1);
					prop_assert!(entry.0 <= supply / DIEM * USD, "day {} covered {} for a supply of {}", today, entry.0, supply);
					for who in 1..=ACCOUNTS {
						let info = Credits::credits(&who);
						prop_assert!(info.used_today <= info.allowance_today);
					}
					if let Err(error) = Credits::do_try_state() {
						return Err(TestCaseError::fail(format!("{error:?} after {action:?}")));
					}
					prop_assert_eq!(Balances::total_issuance(), supply);
				}
				Ok(())
			})?;
		}
	}
}

#[test]
fn the_v1_migration_numbers_every_meter_from_zero_once() {
	use crate::{migrations::v1::MigrateToV1, MeterState};
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	new_test_ext().execute_with(|| {
		// A chain at version 0: each registered meter stored as `()`, which encodes to nothing.
		StorageVersion::new(0).put::<Credits>();
		for meter in [METER, BOB] {
			frame_support::storage::unhashed::put_raw(&Meters::<Test>::hashed_key_for(meter), &[]);
		}
		MigrateToV1::<Test>::on_runtime_upgrade();
		assert_eq!(Credits::on_chain_storage_version(), 1);
		let registered = MeterState { registered: true, next_batch: 0 };
		assert_eq!(Meters::<Test>::iter().count(), 2);
		assert_eq!(Meters::<Test>::get(METER), Some(registered));
		assert_eq!(Meters::<Test>::get(BOB), Some(registered));
		// Both meter at once: batch 0 of each.
		assert_ok!(Credits::stake_diem(origin(ALICE), 2 * DIEM));
		go(START_DAY + 1, 10);
		assert_ok!(record(METER, vec![(ALICE, 1)]));
		assert_ok!(record(BOB, vec![(ALICE, 1)]));
		assert_eq!((Credits::next_batch(&METER), Credits::next_batch(&BOB)), (1, 1));
		// Once at version 1 it does nothing.
		MigrateToV1::<Test>::on_runtime_upgrade();
		assert_eq!(Credits::next_batch(&METER), 1);
		check();
	});
}
