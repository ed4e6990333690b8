//! The reward stream cannot be stalled (design §12, issue 20): a distribution joining a stream
//! moves its end only as far as its share of the stream justifies ([`RewardStream::merge`]),
//! and whatever is pending is paid linearly by the end.

use super::*;
use proptest::prelude::*;
use sp_core::U256;

/// A period long enough that 1% of it is whole blocks.
const PERIOD: u64 = 1_000;

/// Alice alone stakes and the emission is off, so her rewards are exactly what the stream
/// has paid (less a planck of rounding).
fn only_the_stream_pays_alice(period: u64) {
	assert_ok!(Staking::set_annual_emission(signed(ADMIN), 0));
	assert_ok!(Staking::set_distribution_period(signed(ADMIN), period));
	assert_ok!(Staking::stake(signed(ALICE), 1_000 * UNIT));
}

#[test]
fn a_planck_every_block_delays_a_large_distribution_by_at_most_one_percent() {
	new_test_ext().execute_with(|| {
		only_the_stream_pays_alice(PERIOD);
		let large = 100_000 * UNIT;
		assert_ok!(Staking::distribute_rewards(signed(CHARLIE), large));
		let original_end = 1 + PERIOD;
		assert_eq!(Stream::<Test>::get().ends_at, original_end);
		// Bob distributes a planck in every block of the period. Before the fix each call
		// restarted the whole period for everything pending: (1 − 1/1000)^1000 ≈ 37% of the
		// large distribution was still pending at its end.
		for block in 1..original_end {
			run_to_block(block);
			assert_ok!(Staking::distribute_rewards(signed(BOB), 1));
			assert!(
				Stream::<Test>::get().ends_at <= original_end + PERIOD / 100,
				"block {block}: the end moved to {}",
				Stream::<Test>::get().ends_at
			);
		}
		let planck_calls = u128::from(PERIOD);
		run_to_block(original_end);
		let paid_by_the_end = pending(ALICE);
		assert!(
			paid_by_the_end >= large / 100 * 99,
			"only {paid_by_the_end} of {large} paid by block {original_end}"
		);
		run_to_block(original_end + PERIOD / 100);
		assert_eq!(Stream::<Test>::get().pending, 0, "everything paid within 1% of the period");
		assert_within_a_planck(pending(ALICE), large + planck_calls);
		assert_ok!(Staking::do_try_state());
	});
}

#[test]
fn a_distribution_alone_is_paid_evenly_over_the_period() {
	new_test_ext().execute_with(|| {
		only_the_stream_pays_alice(PERIOD);
		assert_ok!(Staking::distribute_rewards(signed(CHARLIE), 1_000 * UNIT));
		assert_eq!(Stream::<Test>::get(), RewardStream { pending: 1_000 * UNIT, ends_at: 1_001 });
		run_to_block(251);
		assert_within_a_planck(pending(ALICE), 250 * UNIT);
		run_to_block(1_000);
		assert_within_a_planck(pending(ALICE), 999 * UNIT);
		run_to_block(1_001);
		assert_within_a_planck(pending(ALICE), 1_000 * UNIT);
		assert_eq!(Stream::<Test>::get().pending, 0);
		// A stream that has ended starts afresh: a whole period from now.
		run_to_block(1_500);
		assert_ok!(Staking::distribute_rewards(signed(BOB), 1));
		assert_eq!(Stream::<Test>::get(), RewardStream { pending: 1, ends_at: 2_500 });
	});
}

#[test]
fn a_distribution_joining_a_stream_ends_at_the_amount_weighted_end() {
	new_test_ext().execute_with(|| {
		only_the_stream_pays_alice(DISTRIBUTION_PERIOD);
		assert_ok!(Staking::distribute_rewards(signed(CHARLIE), 100 * UNIT));
		run_to_block(6);
		assert_within_a_planck(pending(ALICE), 50 * UNIT);
		// 50 VVV over the 5 blocks left and 50 VVV over 10: ⌊7.5⌋ blocks from block 6.
		assert_ok!(Staking::distribute_rewards(signed(CHARLIE), 50 * UNIT));
		assert_eq!(
			last_event(),
			Event::RewardsDistributed { who: CHARLIE, amount: 50 * UNIT, until: 13 }.into()
		);
		assert_eq!(Stream::<Test>::get(), RewardStream { pending: 100 * UNIT, ends_at: 13 });
		// Paid evenly over blocks 7 to 13: 100/7 VVV a block.
		run_to_block(12);
		assert!(Stream::<Test>::get().pending > 0);
		let six_sevenths = 50 * UNIT + 100 * UNIT * 6 / 7;
		assert!(
			pending(ALICE).abs_diff(six_sevenths) <= 2,
			"{} for {six_sevenths}",
			pending(ALICE)
		);
		run_to_block(13);
		assert_eq!(Stream::<Test>::get().pending, 0);
		assert_within_a_planck(pending(ALICE), 150 * UNIT);
	});
}

#[test]
fn merge_rounds_down_and_stays_between_the_two_ends() {
	let stream = RewardStream { pending: 1_000 * UNIT, ends_at: 150u64 };
	// 100 blocks left, a period of 1,000: a planck cannot move the end, even by rounding.
	assert_eq!(
		stream.merge(1, 50, 1_000),
		Some(RewardStream { pending: 1_000 * UNIT + 1, ..stream })
	);
	// As much again: halfway between the two ends.
	assert_eq!(
		stream.merge(1_000 * UNIT, 50, 1_000),
		Some(RewardStream { pending: 2_000 * UNIT, ends_at: 50 + 550 })
	);
	// The period was cut below what is left: a distribution may bring the end closer, to no
	// earlier than its own period.
	let merged = stream.merge(3_000 * UNIT, 50, 20).unwrap();
	assert_eq!(merged.ends_at, 50 + 40);
	// Nothing pending, or a stream that has ended: a whole period from now.
	let idle = RewardStream { pending: 0, ends_at: 150u64 };
	assert_eq!(idle.merge(5, 100, 10), Some(RewardStream { pending: 5, ends_at: 110 }));
	let over = RewardStream { pending: 7, ends_at: 150u64 };
	assert_eq!(over.merge(5, 150, 10), Some(RewardStream { pending: 12, ends_at: 160 }));
	// Beyond u128: refused, not wrapped.
	assert_eq!(stream.merge(u128::MAX, 50, 1_000), None);
}

#[test]
fn a_distribution_beyond_u128_is_refused_and_changes_nothing() {
	new_test_ext().execute_with(|| {
		only_the_stream_pays_alice(DISTRIBUTION_PERIOD);
		assert_ok!(Staking::distribute_rewards(signed(CHARLIE), 100 * UNIT));
		Stream::<Test>::mutate(|stream| stream.pending = u128::MAX - 10);
		assert_noop!(Staking::distribute_rewards(signed(CHARLIE), 11), Error::<Test>::Overflow);
	});
}

#[derive(Clone, Debug)]
enum Step {
	/// Bob distributes this many planck.
	Distribute(u128),
	/// Run this many blocks.
	Advance(u64),
}

fn step() -> impl Strategy<Value = Step> {
	prop_oneof![
		2 => Just(Step::Distribute(1)),
		2 => (1..1_000u128).prop_map(Step::Distribute),
		// Up to 100,000 VVV: Bob's 10 million VVV pay for 60 of them.
		2 => (UNIT..100_000 * UNIT).prop_map(Step::Distribute),
		4 => (1..40u64).prop_map(Step::Advance),
	]
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(128))]

	/// Random distributions of a planck to 100,000 VVV between random runs of blocks. After
	/// every distribution: the end is at most a period away, and moved later by at most
	/// `⌊amount × period / (pending + amount)⌋` blocks (so a planck on a large stream moves it
	/// not at all: a rounding up would fail here), and not earlier (the period is fixed
	/// here; only a lowered period can pull an end in). After every block:
	/// nothing is pending once the end is reached, the block paid within a planck of the
	/// block before unless a distribution came between (linear), and Alice's rewards are
	/// exactly what was distributed less what is pending.
	#[test]
	fn random_distributions_are_paid_linearly_and_by_their_end(
		period in 1..200u64,
		steps in prop::collection::vec(step(), 1..60),
	) {
		new_test_ext().execute_with(|| {
			only_the_stream_pays_alice(period);
			let mut distributed = 0u128;
			// The last block's payout, forgotten by a distribution (it changes the rate).
			let mut last_release: Option<u128> = None;
			for step in &steps {
				match *step {
					Step::Distribute(amount) => {
						let before = Stream::<Test>::get();
						let now = System::block_number();
						prop_assert_eq!(Staking::distribute_rewards(signed(BOB), amount), Ok(()));
						distributed += amount;
						last_release = None;
						let after = Stream::<Test>::get();
						prop_assert_eq!(after.pending, before.pending + amount);
						prop_assert!(after.ends_at <= now + period, "{:?} past {}", after, now + period);
						if before.pending > 0 && before.ends_at > now {
							let allowed = U256::from(amount) * U256::from(period)
								/ U256::from(before.pending + amount);
							prop_assert!(after.ends_at >= before.ends_at, "{:?} → {:?}", before, after);
							prop_assert!(
								U256::from(after.ends_at - before.ends_at) <= allowed,
								"{:?} + {} moved to {:?}, {} blocks allowed", before, amount, after, allowed
							);
						} else {
							prop_assert_eq!(after.ends_at, now + period);
						}
					}
					Step::Advance(blocks) => {
						for _ in 0..blocks {
							let before = Stream::<Test>::get();
							let now = System::block_number() + 1;
							run_to_block(now);
							let after = Stream::<Test>::get();
							let release = before.pending - after.pending;
							if now >= after.ends_at {
								prop_assert_eq!(after.pending, 0, "unpaid at block {}", now);
							} else {
								prop_assert!(after.ends_at <= now + period);
							}
							if let Some(last) = last_release {
								if before.pending > 0 {
									prop_assert!(
										release.abs_diff(last) <= 1,
										"block {} paid {} after {}", now, release, last
									);
								}
							}
							last_release = (after.pending > 0).then_some(release);
							let paid = distributed - after.pending;
							prop_assert!(
								pending(ALICE) == paid || pending(ALICE) + 1 == paid,
								"Alice has {} of {} paid", pending(ALICE), paid
							);
						}
					}
				}
			}
			prop_assert_eq!(Staking::do_try_state(), Ok(()));
			Ok(())
		})?;
	}
}
