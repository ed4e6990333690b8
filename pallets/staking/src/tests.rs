//! Every call and every error, the emission, the collateral, random call sequences checking
//! design §7.1, §7.2 and §7.4 after every step, and a year of 1,000 stakers against an
//! independent computation of their shares.

#![allow(clippy::unwrap_used, clippy::arithmetic_side_effects, clippy::indexing_slicing)]

use crate::{mock::*, pallet::*, rewards, Event, RewardStream, StakerInfo, UnlockChunk};
use frame_support::{
	assert_noop, assert_ok,
	traits::fungible::{Inspect, InspectHold},
};
use pallet_diem::Collateral;
use sp_arithmetic::Perbill;
use sp_runtime::{DispatchError, TokenError};

mod long_run;
mod sequences;
mod stream;

/// The emission of one block of the mock's year at 6,000,000 VVV, before the carry.
const PER_BLOCK: u128 = crate::DEFAULT_ANNUAL_EMISSION / YEAR as u128;

/// The mock's emission over the first `blocks` blocks: the schedule carries the remainder.
fn emitted(blocks: u128) -> u128 {
	blocks * crate::DEFAULT_ANNUAL_EMISSION / YEAR as u128
}

/// Asserts `actual` is `expected` or the planck below it: a staker's share is rounded down,
/// and the sub-planck rest stays owed (in its ledger and the pool) rather than lost.
#[track_caller]
fn assert_within_a_planck(actual: u128, expected: u128) {
	assert!(
		actual == expected || actual + 1 == expected,
		"{actual} is not within a planck below {expected}"
	);
}

fn signed(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn held(who: AccountId) -> u128 {
	Balances::balance_on_hold(&RuntimeHoldReason::Staking(HoldReason::Staked), &who)
}

fn pending(who: AccountId) -> u128 {
	Staking::staker(&who).pending_rewards
}

fn last_event() -> RuntimeEvent {
	System::events().pop().expect("an event").event
}

#[test]
fn genesis_sets_the_parameters_and_funds_the_pot() {
	new_test_ext().execute_with(|| {
		assert_eq!(AnnualEmission::<Test>::get(), 6_000_000 * UNIT);
		assert_eq!(UnbondingPeriod::<Test>::get(), COOLDOWN);
		assert_eq!(LockedYieldToTreasury::<Test>::get(), Perbill::from_percent(50));
		assert_eq!(Balances::balance(&Staking::pot()), ED);
	});
}

/// The mock's genesis with `stakers` staking at genesis.
fn genesis_with_stakers(stakers: Vec<(AccountId, u128)>) -> sp_io::TestExternalities {
	use sp_runtime::BuildStorage;
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: (1..=3).map(|who| (who, ENDOWMENT)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	crate::GenesisConfig::<Test> { stakers, ..Default::default() }
		.assimilate_storage(&mut storage)
		.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

#[test]
fn genesis_stakes_as_the_stake_call_does() {
	genesis_with_stakers(vec![(ALICE, 200_000 * UNIT), (BOB, 1_000 * UNIT)]).execute_with(|| {
		assert_eq!(held(ALICE), 200_000 * UNIT);
		assert_eq!(held(BOB), 1_000 * UNIT);
		assert_eq!(Balances::balance(&ALICE), ENDOWMENT - 200_000 * UNIT);
		assert_eq!(TotalStaked::<Test>::get(), 201_000 * UNIT);
		let ledger = Ledgers::<Test>::get(ALICE).unwrap();
		assert_eq!(ledger.staked, 200_000 * UNIT);
		assert_eq!(ledger.locked, 0);
		assert_eq!(ledger.snapshot, Pool::<Test>::get().index);
		assert!(Ledgers::<Test>::get(CHARLIE).is_none());
		assert_eq!(Staking::do_try_state(), Ok(()));
		// It is free stake: it can be locked as collateral, and it earns from block 2 on.
		assert_eq!(<Staking as Collateral<_>>::available(&ALICE), 200_000 * UNIT);
		run_to_block(2);
		assert_within_a_planck(pending(ALICE), PER_BLOCK * 200 / 201);
		assert_within_a_planck(pending(BOB), PER_BLOCK / 201);
		assert_eq!(Staking::do_try_state(), Ok(()));
	});
}

#[test]
#[should_panic(expected = "the genesis stake of")]
fn a_genesis_stake_beyond_the_balance_panics() {
	genesis_with_stakers(vec![(ALICE, ENDOWMENT)]);
}

#[test]
#[should_panic(expected = "ZeroAmount")]
fn a_genesis_stake_of_zero_panics() {
	genesis_with_stakers(vec![(ALICE, 0)]);
}

#[test]
fn stake_holds_the_vvv_and_earns_from_the_next_block() {
	new_test_ext().execute_with(|| {
		assert_ok!(Staking::stake(signed(ALICE), 1_000 * UNIT));
		assert_eq!(held(ALICE), 1_000 * UNIT);
		assert_eq!(Balances::balance(&ALICE), ENDOWMENT - 1_000 * UNIT);
		assert_eq!(TotalStaked::<Test>::get(), 1_000 * UNIT);
		assert_eq!(last_event(), Event::Staked { who: ALICE, amount: 1_000 * UNIT }.into());
		assert_eq!(pending(ALICE), 0);

		run_to_block(2);
		// The only staker, nothing locked: the whole emission.
		assert_within_a_planck(pending(ALICE), PER_BLOCK);
		let reward = pending(ALICE);
		assert_ok!(Staking::stake(signed(ALICE), 500 * UNIT));
		assert_eq!(Ledgers::<Test>::get(ALICE).unwrap().earned.planck, reward);
	});
}

#[test]
fn stake_rejects_bad_amounts() {
	new_test_ext().execute_with(|| {
		assert_noop!(Staking::stake(signed(ALICE), 0), Error::<Test>::ZeroAmount);
		assert_noop!(Staking::stake(signed(ALICE), ENDOWMENT), Error::<Test>::InsufficientBalance);
		assert_noop!(Staking::stake(signed(ALICE), u128::MAX), Error::<Test>::InsufficientBalance);
		assert_noop!(Staking::stake(signed(42), UNIT), Error::<Test>::InsufficientBalance);
		// Everything but the existential deposit and the fee reserve can be staked.
		assert_noop!(Staking::stake(signed(ALICE), ENDOWMENT - ED), Error::<Test>::NoFeeReserve);
		assert_noop!(
			Staking::stake(signed(ALICE), ENDOWMENT - ED - FEE_RESERVE + 1),
			Error::<Test>::NoFeeReserve
		);
		assert_ok!(Staking::stake(signed(ALICE), ENDOWMENT - ED - FEE_RESERVE));
		assert_eq!(Balances::balance(&ALICE), ED + FEE_RESERVE, "enough for its next fees");
	});
}

#[test]
fn every_block_mints_the_emission_and_splits_it_pro_rata() {
	new_test_ext().execute_with(|| {
		assert_ok!(Staking::stake(signed(ALICE), 1_000 * UNIT));
		assert_ok!(Staking::stake(signed(BOB), 3_000 * UNIT));
		let issuance = Balances::total_issuance();
		run_to_block(11);
		let minted = Balances::total_issuance() - issuance;
		// Ten blocks of the carried emission: floor(10 × annual / year) with the carry.
		assert_eq!(minted, emitted(10));
		assert_eq!(TotalEmitted::<Test>::get(), minted);
		assert_within_a_planck(pending(ALICE), minted / 4);
		assert_within_a_planck(pending(BOB), minted * 3 / 4);
		assert_eq!(Balances::balance(&Staking::pot()), ED + minted);
	});
}

#[test]
fn with_nothing_staked_the_emission_is_the_treasurys() {
	new_test_ext().execute_with(|| {
		run_to_block(3);
		assert_eq!(Balances::balance(&TREASURY), TotalEmitted::<Test>::get());
		assert_eq!(TotalEmitted::<Test>::get(), emitted(2));
		assert_eq!(Balances::balance(&Staking::pot()), ED);
	});
}

#[test]
fn locked_stake_gives_its_share_of_the_yield_to_the_treasury() {
	new_test_ext().execute_with(|| {
		assert_ok!(Staking::stake(signed(ALICE), 1_000 * UNIT));
		assert_ok!(Staking::stake(signed(BOB), 1_000 * UNIT));
		assert_ok!(Staking::lock(&ALICE, 1_000 * UNIT));
		run_to_block(2);
		// Alice's half of the emission is split with the treasury at 50%.
		assert_within_a_planck(pending(BOB), PER_BLOCK / 2);
		assert_within_a_planck(pending(ALICE), PER_BLOCK / 4);
		assert_within_a_planck(Balances::balance(&TREASURY), PER_BLOCK / 4);

		let treasury = Balances::balance(&TREASURY);
		assert_ok!(Staking::set_locked_yield_to_treasury(signed(ADMIN), Perbill::zero()));
		run_to_block(3);
		assert_within_a_planck(pending(ALICE), emitted(2) / 2 - PER_BLOCK / 4);
		assert_eq!(Balances::balance(&TREASURY), treasury);
	});
}

#[test]
fn unstake_starts_a_cooldown_chunk_that_stops_earning() {
	new_test_ext().execute_with(|| {
		assert_ok!(Staking::stake(signed(ALICE), 1_000 * UNIT));
		assert_ok!(Staking::stake(signed(BOB), 1_000 * UNIT));
		run_to_block(2);
		assert_ok!(Staking::unstake(signed(ALICE), 400 * UNIT));
		assert_ok!(Staking::unstake(signed(ALICE), 600 * UNIT));
		assert_eq!(
			last_event(),
			Event::Unstaked { who: ALICE, amount: 600 * UNIT, unlock_at: 2 + COOLDOWN }.into()
		);
		let alice = Staking::staker(&ALICE);
		assert_within_a_planck(alice.pending_rewards, PER_BLOCK / 2);
		// Two unstakes in one block share a chunk; the VVV stays held.
		assert_eq!(
			alice,
			StakerInfo {
				staked: 0,
				locked: 0,
				pending_rewards: alice.pending_rewards,
				unlocking: vec![UnlockChunk { amount: 1_000 * UNIT, unlock_at: 2 + COOLDOWN }],
			}
		);
		assert_eq!(held(ALICE), 1_000 * UNIT);
		assert_eq!(TotalStaked::<Test>::get(), 1_000 * UNIT);
		run_to_block(5);
		assert_eq!(pending(ALICE), alice.pending_rewards, "a chunk earns nothing");
	});
}

#[test]
fn unstake_rejects_bad_amounts_and_locked_stake() {
	new_test_ext().execute_with(|| {
		assert_noop!(Staking::unstake(signed(ALICE), UNIT), Error::<Test>::NotStaker);
		assert_ok!(Staking::stake(signed(ALICE), 1_000 * UNIT));
		assert_noop!(Staking::unstake(signed(ALICE), 0), Error::<Test>::ZeroAmount);
		assert_noop!(
			Staking::unstake(signed(ALICE), 1_000 * UNIT + 1),
			Error::<Test>::InsufficientStake
		);
		assert_noop!(Staking::unstake(signed(ALICE), u128::MAX), Error::<Test>::InsufficientStake);
		assert_ok!(Staking::lock(&ALICE, 700 * UNIT));
		assert_noop!(Staking::unstake(signed(ALICE), 300 * UNIT + 1), Error::<Test>::StakeLocked);
		assert_ok!(Staking::unstake(signed(ALICE), 300 * UNIT));
	});
}

#[test]
fn unstake_allows_a_bounded_number_of_chunks() {
	new_test_ext().execute_with(|| {
		assert_ok!(Staking::stake(signed(ALICE), 1_000 * UNIT));
		for block in 1..=MAX_CHUNKS as u64 {
			System::set_block_number(block);
			assert_ok!(Staking::unstake(signed(ALICE), UNIT));
		}
		System::set_block_number(MAX_CHUNKS as u64 + 1);
		assert_noop!(Staking::unstake(signed(ALICE), UNIT), Error::<Test>::TooManyChunks);
		// Withdrawing a matured chunk frees a place.
		System::set_block_number(1 + COOLDOWN);
		assert_ok!(Staking::withdraw_unstaked(signed(ALICE)));
		assert_ok!(Staking::unstake(signed(ALICE), UNIT));
	});
}

#[test]
fn withdraw_releases_only_matured_chunks() {
	new_test_ext().execute_with(|| {
		assert_noop!(Staking::withdraw_unstaked(signed(ALICE)), Error::<Test>::NotStaker);
		assert_ok!(Staking::stake(signed(ALICE), 1_000 * UNIT));
		assert_noop!(Staking::withdraw_unstaked(signed(ALICE)), Error::<Test>::NothingToWithdraw);
		assert_ok!(Staking::unstake(signed(ALICE), 100 * UNIT));
		System::set_block_number(3);
		assert_ok!(Staking::unstake(signed(ALICE), 200 * UNIT));
		System::set_block_number(COOLDOWN);
		assert_noop!(Staking::withdraw_unstaked(signed(ALICE)), Error::<Test>::CooldownNotElapsed);

		System::set_block_number(1 + COOLDOWN);
		let free = Balances::balance(&ALICE);
		assert_ok!(Staking::withdraw_unstaked(signed(ALICE)));
		assert_eq!(last_event(), Event::Withdrawn { who: ALICE, amount: 100 * UNIT }.into());
		assert_eq!(Balances::balance(&ALICE), free + 100 * UNIT);
		assert_eq!(held(ALICE), 900 * UNIT);
		assert_eq!(Staking::staker(&ALICE).unlocking.len(), 1);
		assert_noop!(Staking::withdraw_unstaked(signed(ALICE)), Error::<Test>::CooldownNotElapsed);
	});
}

#[test]
fn leaving_completely_removes_the_ledger() {
	new_test_ext().execute_with(|| {
		assert_ok!(Staking::stake(signed(ALICE), 1_000 * UNIT));
		assert_ok!(Staking::unstake(signed(ALICE), 1_000 * UNIT));
		System::set_block_number(1 + COOLDOWN);
		assert_ok!(Staking::withdraw_unstaked(signed(ALICE)));
		assert_eq!(Ledgers::<Test>::get(ALICE), None);
		assert_eq!(Balances::balance(&ALICE), ENDOWMENT);
		assert_eq!(held(ALICE), 0);
	});
}

#[test]
fn cancel_unstake_puts_a_chunk_back_to_work() {
	new_test_ext().execute_with(|| {
		assert_noop!(Staking::cancel_unstake(signed(ALICE), 0), Error::<Test>::NotStaker);
		assert_ok!(Staking::stake(signed(ALICE), 1_000 * UNIT));
		assert_ok!(Staking::unstake(signed(ALICE), 100 * UNIT));
		System::set_block_number(2);
		assert_ok!(Staking::unstake(signed(ALICE), 200 * UNIT));
		assert_noop!(Staking::cancel_unstake(signed(ALICE), 2), Error::<Test>::UnknownChunk);
		assert_noop!(Staking::cancel_unstake(signed(ALICE), u32::MAX), Error::<Test>::UnknownChunk);

		assert_ok!(Staking::cancel_unstake(signed(ALICE), 0));
		assert_eq!(last_event(), Event::UnstakeCancelled { who: ALICE, amount: 100 * UNIT }.into());
		let alice = Staking::staker(&ALICE);
		assert_eq!(alice.staked, 800 * UNIT);
		assert_eq!(
			alice.unlocking,
			vec![UnlockChunk { amount: 200 * UNIT, unlock_at: 2 + COOLDOWN }]
		);
		assert_eq!(TotalStaked::<Test>::get(), 800 * UNIT);
		run_to_block(3);
		// Block 2 was set, not run: block 3's emission is the first, and all Alice's.
		assert_within_a_planck(pending(ALICE), PER_BLOCK);
	});
}

#[test]
fn claim_pays_the_rewards_to_free_balance() {
	new_test_ext().execute_with(|| {
		assert_noop!(Staking::claim_rewards(signed(ALICE)), Error::<Test>::NotStaker);
		assert_ok!(Staking::stake(signed(ALICE), 1_000 * UNIT));
		assert_noop!(Staking::claim_rewards(signed(ALICE)), Error::<Test>::NoRewards);
		run_to_block(4);
		let (free, reward) = (Balances::balance(&ALICE), pending(ALICE));
		assert_within_a_planck(reward, TotalEmitted::<Test>::get());
		assert_ok!(Staking::claim_rewards(signed(ALICE)));
		assert_eq!(last_event(), Event::RewardsClaimed { who: ALICE, amount: reward }.into());
		assert_eq!(Balances::balance(&ALICE), free + reward);
		// What is left in the pot is the sub-planck rest Alice is still owed.
		assert_within_a_planck(Balances::balance(&Staking::pot()) - 1, ED);
		assert_noop!(Staking::claim_rewards(signed(ALICE)), Error::<Test>::NoRewards);
	});
}

#[test]
fn rewards_left_after_withdrawing_can_still_be_claimed() {
	new_test_ext().execute_with(|| {
		assert_ok!(Staking::stake(signed(ALICE), 1_000 * UNIT));
		run_to_block(2);
		assert_ok!(Staking::unstake(signed(ALICE), 1_000 * UNIT));
		run_to_block(2 + COOLDOWN);
		assert_ok!(Staking::withdraw_unstaked(signed(ALICE)));
		assert!(Ledgers::<Test>::get(ALICE).is_some());
		assert_ok!(Staking::claim_rewards(signed(ALICE)));
		assert_eq!(Ledgers::<Test>::get(ALICE), None);
		assert_within_a_planck(Balances::balance(&ALICE), ENDOWMENT + PER_BLOCK);
	});
}

#[test]
fn compound_stakes_the_rewards() {
	new_test_ext().execute_with(|| {
		assert_noop!(Staking::compound(signed(ALICE)), Error::<Test>::NotStaker);
		assert_ok!(Staking::stake(signed(ALICE), 1_000 * UNIT));
		assert_noop!(Staking::compound(signed(ALICE)), Error::<Test>::NoRewards);
		run_to_block(3);
		let reward = pending(ALICE);
		assert_ok!(Staking::compound(signed(ALICE)));
		assert_eq!(last_event(), Event::Compounded { who: ALICE, amount: reward }.into());
		assert_eq!(Staking::staker(&ALICE).staked, 1_000 * UNIT + reward);
		assert_eq!(held(ALICE), 1_000 * UNIT + reward);
		assert_eq!(TotalStaked::<Test>::get(), 1_000 * UNIT + reward);
		assert_eq!(Balances::balance(&ALICE), ENDOWMENT - 1_000 * UNIT);
	});
}

#[test]
fn distribute_rewards_is_streamed_to_every_staker() {
	new_test_ext().execute_with(|| {
		// No emission, so the rewards are the distribution's alone.
		assert_ok!(Staking::set_annual_emission(signed(ADMIN), 0));
		assert_noop!(Staking::distribute_rewards(signed(CHARLIE), UNIT), Error::<Test>::NoStakers);
		assert_ok!(Staking::stake(signed(ALICE), 1_000 * UNIT));
		assert_ok!(Staking::stake(signed(BOB), 3_000 * UNIT));
		assert_noop!(Staking::distribute_rewards(signed(CHARLIE), 0), Error::<Test>::ZeroAmount);
		assert_noop!(
			Staking::distribute_rewards(signed(CHARLIE), ENDOWMENT),
			Error::<Test>::InsufficientBalance
		);
		assert_noop!(
			Staking::distribute_rewards(signed(CHARLIE), u128::MAX),
			Error::<Test>::InsufficientBalance
		);
		assert_ok!(Staking::distribute_rewards(signed(CHARLIE), 400 * UNIT));
		let until = 1 + DISTRIBUTION_PERIOD;
		assert_eq!(
			last_event(),
			Event::RewardsDistributed { who: CHARLIE, amount: 400 * UNIT, until }.into()
		);
		assert_eq!(Balances::balance(&CHARLIE), ENDOWMENT - 400 * UNIT);
		assert_eq!((pending(ALICE), pending(BOB)), (0, 0), "nothing credited at once");
		run_to_block(1 + DISTRIBUTION_PERIOD / 2);
		assert_within_a_planck(pending(ALICE), 50 * UNIT);
		assert_within_a_planck(pending(BOB), 150 * UNIT);
		run_to_block(until);
		assert_within_a_planck(pending(ALICE), 100 * UNIT);
		assert_within_a_planck(pending(BOB), 300 * UNIT);
		assert_eq!(Stream::<Test>::get().pending, 0);
		assert_ok!(Staking::do_try_state());
	});
}

#[test]
fn a_stake_just_before_a_distribution_earns_only_the_blocks_it_stays() {
	new_test_ext().execute_with(|| {
		assert_ok!(Staking::set_annual_emission(signed(ADMIN), 0));
		assert_ok!(Staking::stake(signed(ALICE), 1_000 * UNIT));
		// Bob sees a distribution of 400 VVV coming, stakes 3,000 VVV in the same block
		// before it, and leaves in the next block.
		assert_ok!(Staking::stake(signed(BOB), 3_000 * UNIT));
		assert_ok!(Staking::distribute_rewards(signed(CHARLIE), 400 * UNIT));
		run_to_block(2);
		assert_ok!(Staking::unstake(signed(BOB), 3_000 * UNIT));
		run_to_block(1 + DISTRIBUTION_PERIOD);
		// One block of ten: 3/4 of 40 VVV, not 3/4 of 400.
		assert_within_a_planck(pending(BOB), 30 * UNIT);
		assert_within_a_planck(pending(ALICE), 370 * UNIT);
	});
}

#[test]
fn the_distribution_period_is_admin_only_and_at_least_a_block() {
	new_test_ext().execute_with(|| {
		assert_noop!(Staking::set_distribution_period(signed(ALICE), 5), DispatchError::BadOrigin);
		assert_noop!(
			Staking::set_distribution_period(signed(ADMIN), 0),
			Error::<Test>::ZeroDistributionPeriod
		);
		assert_ok!(Staking::set_distribution_period(signed(ADMIN), 5));
		assert_eq!(last_event(), Event::DistributionPeriodSet { blocks: 5 }.into());
		assert_eq!(DistributionPeriod::<Test>::get(), 5);
	});
}

#[test]
fn try_state_catches_each_corruption() {
	let corruptions: Vec<(&str, fn())> = vec![
		("the stakes do not add up to TotalStaked", || TotalStaked::<Test>::put(1)),
		("the locked stakes do not add up to TotalLocked", || TotalLocked::<Test>::put(1)),
		("more stake locked than staked", || {
			Ledgers::<Test>::mutate(ALICE, |l| l.as_mut().unwrap().locked = u128::MAX)
		}),
		("the hold is not the stake plus its cooldown chunks", || {
			Ledgers::<Test>::mutate(ALICE, |l| l.as_mut().unwrap().staked -= 1)
		}),
		("the pot holds less than it owes", || {
			Stream::<Test>::put(RewardStream { pending: 1_000_000 * UNIT, ends_at: 99 })
		}),
		("a stream ended with VVV unpaid", || {
			Stream::<Test>::put(RewardStream { pending: 1, ends_at: 0 })
		}),
		("the distribution period is zero", || DistributionPeriod::<Test>::put(0)),
	];
	for (expected, corrupt) in corruptions {
		new_test_ext().execute_with(|| {
			assert_ok!(Staking::stake(signed(ALICE), 1_000 * UNIT));
			run_to_block(3);
			assert_ok!(Staking::do_try_state());
			corrupt();
			assert_eq!(Staking::do_try_state(), Err(expected.into()), "{expected}");
		});
	}
}

#[test]
fn the_v1_migration_sets_the_distribution_period_once() {
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	new_test_ext().execute_with(|| {
		StorageVersion::new(0).put::<Staking>();
		DistributionPeriod::<Test>::kill();
		crate::migrations::v1::MigrateToV1::<Test>::on_runtime_upgrade();
		assert_eq!(Staking::on_chain_storage_version(), 1);
		assert_eq!(
			DistributionPeriod::<Test>::get(),
			u64::from(crate::DEFAULT_DISTRIBUTION_PERIOD)
		);
		DistributionPeriod::<Test>::put(3);
		crate::migrations::v1::MigrateToV1::<Test>::on_runtime_upgrade();
		assert_eq!(DistributionPeriod::<Test>::get(), 3, "only once");
	});
}

#[test]
fn the_emission_can_only_be_cut() {
	new_test_ext().execute_with(|| {
		let emission = AnnualEmission::<Test>::get();
		assert_noop!(
			Staking::set_annual_emission(signed(ALICE), emission / 2),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Staking::set_annual_emission(signed(ADMIN), emission + 1),
			Error::<Test>::EmissionNotLowered
		);
		assert_noop!(
			Staking::set_annual_emission(signed(ADMIN), emission),
			Error::<Test>::EmissionNotLowered
		);
		assert_noop!(
			Staking::set_annual_emission(signed(ADMIN), u128::MAX),
			Error::<Test>::EmissionNotLowered
		);
		assert_ok!(Staking::set_annual_emission(signed(ADMIN), emission / 2));
		assert_eq!(last_event(), Event::AnnualEmissionSet { emission: emission / 2 }.into());
		run_to_block(2);
		assert_eq!(TotalEmitted::<Test>::get(), emission / 2 / YEAR as u128);
		assert_ok!(Staking::set_annual_emission(signed(ADMIN), 0));
		run_to_block(5);
		assert_eq!(TotalEmitted::<Test>::get(), emission / 2 / YEAR as u128);
	});
}

#[test]
fn the_cooldown_is_set_for_new_chunks_only() {
	new_test_ext().execute_with(|| {
		assert_noop!(Staking::set_unbonding_period(signed(BOB), 3), DispatchError::BadOrigin);
		assert_ok!(Staking::stake(signed(ALICE), 1_000 * UNIT));
		assert_ok!(Staking::unstake(signed(ALICE), UNIT));
		assert_ok!(Staking::set_unbonding_period(signed(ADMIN), 3));
		assert_eq!(last_event(), Event::UnbondingPeriodSet { blocks: 3 }.into());
		assert_ok!(Staking::unstake(signed(ALICE), UNIT));
		let unlocks: Vec<_> =
			Staking::staker(&ALICE).unlocking.iter().map(|chunk| chunk.unlock_at).collect();
		assert_eq!(unlocks, vec![1 + COOLDOWN, 4]);
	});
}

#[test]
fn the_treasury_share_is_admin_only() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			Staking::set_locked_yield_to_treasury(signed(ALICE), Perbill::one()),
			DispatchError::BadOrigin
		);
		assert_ok!(Staking::set_locked_yield_to_treasury(signed(ADMIN), Perbill::one()));
		assert_eq!(last_event(), Event::LockedYieldToTreasurySet { share: Perbill::one() }.into());
		assert_eq!(LockedYieldToTreasury::<Test>::get(), Perbill::one());
	});
}

#[test]
fn collateral_is_free_stake_and_locking_it_is_checked() {
	new_test_ext().execute_with(|| {
		assert_eq!(Staking::available(&ALICE), 0);
		assert_noop!(Staking::lock(&ALICE, 1), Error::<Test>::NotStaker);
		assert_ok!(Staking::stake(signed(ALICE), 1_000 * UNIT));
		assert_eq!(Staking::available(&ALICE), 1_000 * UNIT);
		assert_noop!(Staking::lock(&ALICE, 1_000 * UNIT + 1), Error::<Test>::StakeLocked);
		assert_ok!(Staking::lock(&ALICE, 600 * UNIT));
		assert_eq!(Staking::available(&ALICE), 400 * UNIT);
		assert_eq!(TotalLocked::<Test>::get(), 600 * UNIT);
		assert_noop!(Staking::unlock(&ALICE, 600 * UNIT + 1), Error::<Test>::UnlockExceedsLocked);
		assert_ok!(Staking::unlock(&ALICE, 600 * UNIT));
		assert_eq!(Staking::available(&ALICE), 1_000 * UNIT);
		assert_eq!(TotalLocked::<Test>::get(), 0);
		// Unlocked stake can leave.
		assert_ok!(Staking::unstake(signed(ALICE), 1_000 * UNIT));
	});
}

#[test]
fn the_summary_gives_the_apr_the_emission_implies() {
	new_test_ext().execute_with(|| {
		assert_eq!(Staking::summary().apr, None);
		assert_ok!(Staking::stake(signed(ALICE), 3_000_000 * UNIT));
		assert_ok!(Staking::lock(&ALICE, UNIT));
		let summary = Staking::summary();
		assert_eq!(summary.total_staked, 3_000_000 * UNIT);
		assert_eq!(summary.total_locked, UNIT);
		assert_eq!(summary.annual_emission, 6_000_000 * UNIT);
		assert_eq!(summary.apr, Some(sp_arithmetic::FixedU128::from_u32(2)));
	});
}

#[test]
fn a_treasury_due_below_the_deposit_waits_until_it_adds_up() {
	new_test_ext().execute_with(|| {
		// Half an existential deposit a block, nothing staked: the treasury's account can only
		// be created from the second block's emission on.
		assert_ok!(Staking::set_annual_emission(signed(ADMIN), ED / 2 * YEAR as u128));
		let issuance = Balances::total_issuance();
		run_to_block(2);
		assert_eq!(Balances::balance(&TREASURY), 0);
		assert_eq!(Pool::<Test>::get().treasury_due, ED / 2);
		assert_eq!(Balances::total_issuance(), issuance + ED / 2, "minted all the same");
		run_to_block(3);
		assert_eq!(Balances::balance(&TREASURY), ED);
		assert_eq!(Pool::<Test>::get().treasury_due, 0);
		assert_eq!(Balances::balance(&Staking::pot()), ED);
	});
}

#[test]
fn an_emission_below_a_planck_a_block_is_carried_until_it_adds_up() {
	new_test_ext().execute_with(|| {
		// Half a planck a block: every second block mints one.
		assert_ok!(Staking::set_annual_emission(signed(ADMIN), u128::from(YEAR) / 2));
		run_to_block(2);
		assert_eq!(TotalEmitted::<Test>::get(), 0);
		run_to_block(3);
		assert_eq!(TotalEmitted::<Test>::get(), 1);
		run_to_block(9);
		assert_eq!(TotalEmitted::<Test>::get(), 4);
	});
}

#[test]
fn an_unaccountable_emission_mints_nothing() {
	new_test_ext().execute_with(|| {
		assert_ok!(Staking::stake(signed(ALICE), 1));
		// A reward beyond the index's range: the block is skipped, not wrapped.
		Pool::<Test>::mutate(|pool| pool.index.per_stake = sp_core::U256::MAX);
		let issuance = Balances::total_issuance();
		run_to_block(2);
		assert_eq!(Balances::total_issuance(), issuance);
		assert_eq!(TotalEmitted::<Test>::get(), 0);
	});
}

#[test]
fn a_claim_too_small_to_create_an_account_fails_cleanly() {
	new_test_ext().execute_with(|| {
		// A reward owed to an account that no longer exists is paid only once it can exist.
		assert_ok!(Staking::stake(signed(ALICE), 1_000 * UNIT));
		run_to_block(2);
		Ledgers::<Test>::mutate(42, |ledger| {
			*ledger = Some(crate::Ledger {
				earned: rewards::Earned { planck: 1, fraction: 0 },
				..Default::default()
			})
		});
		assert_noop!(Staking::claim_rewards(signed(42)), TokenError::BelowMinimum);
	});
}

#[test]
fn chunk_calls_refund_the_chunks_that_are_not_there() {
	use crate::WeightInfo;
	new_test_ext().execute_with(|| {
		assert_ok!(Staking::stake(signed(ALICE), 1_000 * UNIT));
		let post = Staking::unstake(signed(ALICE), UNIT).unwrap();
		assert_eq!(post.actual_weight, Some(<() as WeightInfo>::unstake(0)));
		assert!(
			<() as WeightInfo>::unstake(0).ref_time()
				< <() as WeightInfo>::unstake(MAX_CHUNKS).ref_time()
		);
		let post = Staking::cancel_unstake(signed(ALICE), 0).unwrap();
		assert_eq!(post.actual_weight, Some(<() as WeightInfo>::cancel_unstake(1)));
	});
}
