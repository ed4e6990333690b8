#![allow(clippy::unwrap_used)]

use super::*;
use proptest::prelude::*;

const UNIT: Balance = 1_000_000_000_000_000_000;
const YEAR: u32 = 15_778_800;

fn scaled(planck: Balance) -> U512 {
	U512::from(planck) << FRACTION_BITS
}

#[test]
fn a_year_of_blocks_mints_the_annual_emission_exactly() {
	let annual = 6_000_000 * UNIT;
	let (mut minted, mut remainder) = (0u128, 0u128);
	let (mut least, mut most) = (Balance::MAX, 0);
	for _ in 0..YEAR {
		let (block, rest) = block_emission(annual, remainder, YEAR);
		remainder = rest;
		minted += block;
		least = least.min(block);
		most = most.max(block);
	}
	assert_eq!(minted, annual);
	assert_eq!(remainder, 0);
	assert_eq!(least, annual / u128::from(YEAR));
	assert_eq!(most, least + 1);
}

#[test]
fn block_emission_never_overflows() {
	let (block, rest) = block_emission(Balance::MAX, u128::from(YEAR) - 1, YEAR);
	assert_eq!(block, Balance::MAX / u128::from(YEAR) + 1);
	assert!(rest < u128::from(YEAR));
	assert_eq!(block_emission(UNIT, 7, 0), (0, 7));
}

#[test]
fn without_stake_the_treasury_gets_everything() {
	let mut pool = RewardPool::default();
	distribute(&mut pool, 5 * UNIT, 0, 0, Perbill::from_percent(50)).unwrap();
	assert_eq!(pool, RewardPool { treasury_due: 5 * UNIT, ..Default::default() });
}

#[test]
fn locked_stake_gives_its_share_to_the_treasury() {
	// 300 staked, 100 of it locked, half of the locked stake's reward to the treasury.
	let mut pool = RewardPool::default();
	distribute(&mut pool, 300 * UNIT, 300 * UNIT, 100 * UNIT, Perbill::from_percent(50)).unwrap();
	assert_eq!(pool.treasury_due, 50 * UNIT);
	let free = settle(Earned::default(), 200 * UNIT, 0, &RewardIndex::default(), &pool.index);
	let locked =
		settle(Earned::default(), 100 * UNIT, 100 * UNIT, &RewardIndex::default(), &pool.index);
	assert_eq!((free.planck, free.fraction), (200 * UNIT, 0));
	assert_eq!((locked.planck, locked.fraction), (50 * UNIT, 0));
}

#[test]
fn overflow_is_an_error_and_changes_nothing() {
	let mut pool = RewardPool { undistributed: U256::MAX >> 1, ..Default::default() };
	let before = pool;
	assert_eq!(distribute(&mut pool, Balance::MAX, 1, 0, Perbill::zero()), Err(Overflow));
	assert_eq!(pool, before);
	let mut full = RewardPool { treasury_due: Balance::MAX, ..Default::default() };
	assert_eq!(distribute(&mut full, 1, 0, 0, Perbill::zero()), Err(Overflow));
}

#[test]
fn an_indivisible_reward_is_carried_not_lost() {
	// 1 planck among 3 planck of stake: nobody gets a whole planck, and nothing vanishes.
	let mut pool = RewardPool::default();
	for _ in 0..3 {
		distribute(&mut pool, 1, 3, 0, Perbill::zero()).unwrap();
	}
	let one = settle(Earned::default(), 1, 0, &RewardIndex::default(), &pool.index);
	let two = settle(Earned::default(), 2, 0, &RewardIndex::default(), &pool.index);
	// The carried remainder completes the third distribution: each planck of stake got 1.
	assert_eq!((one, two), (Earned { planck: 1, fraction: 0 }, Earned { planck: 2, fraction: 0 }));
	let total = scaled(one.planck)
		+ U512::from(one.fraction)
		+ scaled(two.planck)
		+ U512::from(two.fraction)
		+ U512::from(pool.undistributed);
	assert_eq!(total, scaled(3));
}

prop_compose! {
	fn pool_state()(
		undistributed in any::<u128>(),
		treasury_fraction in any::<u128>(),
		per_stake in any::<u128>(),
		cut in any::<u128>(),
	) -> RewardPool {
		RewardPool {
			index: RewardIndex {
				per_stake: U256::from(per_stake) << 64,
				treasury_cut_per_locked: U256::from(cut.min(per_stake)) << 32,
			},
			undistributed: U256::from(undistributed),
			treasury_fraction,
			..Default::default()
		}
	}
}

proptest! {
	/// Every scaled unit of a distribution is the stakers', the treasury's or carried.
	#[test]
	fn distribution_conserves_the_reward(
		mut pool in pool_state(),
		reward in 0..u128::MAX / 2,
		staked in 1..u128::MAX / 2,
		locked_permille in 0..=1000u128,
		share in 0..=Perbill::ACCURACY,
	) {
		let locked = staked / 1000 * locked_permille;
		pool.undistributed %= U256::from(staked);
		let before = pool;
		distribute(&mut pool, reward, staked, locked, Perbill::from_parts(share)).unwrap();
		let d_stake = pool.index.per_stake - before.index.per_stake;
		let d_cut = pool.index.treasury_cut_per_locked - before.index.treasury_cut_per_locked;
		prop_assert!(d_cut <= d_stake);
		prop_assert!(pool.undistributed < U256::from(staked));
		let stakers = U256::from(staked).full_mul(d_stake) - U256::from(locked).full_mul(d_cut);
		let treasury = scaled(pool.treasury_due - before.treasury_due) +
			U512::from(pool.treasury_fraction);
		prop_assert_eq!(
			scaled(reward) + U512::from(before.undistributed) + U512::from(before.treasury_fraction),
			stakers + treasury + U512::from(pool.undistributed)
		);
		// The treasury gets its share of the locked stake's reward, to the planck.
		let exact_locked_reward = U256::from(locked).full_mul(d_stake) >> FRACTION_BITS;
		let expected = exact_locked_reward * U512::from(share) / U512::from(Perbill::ACCURACY);
		let paid = U512::from(pool.treasury_due - before.treasury_due);
		prop_assert!(paid + U512::from(2) >= expected && paid <= expected + U512::from(2));
	}

	/// Settling often or once gives the same: the sub-planck part is kept, not dropped.
	#[test]
	fn settling_is_path_independent(
		rewards in prop::collection::vec(0..1_000_000 * UNIT, 1..20),
		mine in 1..1_000_000 * UNIT,
		others in 0..1_000_000_000 * UNIT,
		locked_permille in 0..=1000u128,
		share in 0..=Perbill::ACCURACY,
	) {
		let locked = mine / 1000 * locked_permille;
		let mut pool = RewardPool::default();
		let (mut often, mut snapshot) = (Earned::default(), RewardIndex::default());
		for reward in rewards {
			distribute(&mut pool, reward, mine + others, locked, Perbill::from_parts(share)).unwrap();
			often = settle(often, mine, locked, &snapshot, &pool.index);
			snapshot = pool.index;
		}
		let once = settle(Earned::default(), mine, locked, &RewardIndex::default(), &pool.index);
		prop_assert_eq!(often, once);
	}
}
