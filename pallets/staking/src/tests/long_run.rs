//! A simulated year, the mock's 52,560 blocks: 1,000 stakers enter, lock, claim and leave at
//! different blocks. Each one's rewards are checked against an independent computation that
//! splits every block's emission among the stakers of that block directly, with no index.

use super::*;
use sp_core::U256;
use std::collections::BTreeMap;

const STAKERS: u64 = 1_000;
/// Fractional bits of the independent computation.
const ORACLE_BITS: usize = 64;

/// A small deterministic generator (SplitMix64), so the year is the same on every run.
struct SplitMix(u64);

impl SplitMix {
	fn next(&mut self) -> u64 {
		self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
		let mut z = self.0;
		z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
		z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
		z ^ (z >> 31)
	}

	fn below(&mut self, bound: u64) -> u64 {
		self.next() % bound
	}
}

/// One staker's year.
struct Plan {
	enter: u64,
	amount: u128,
	/// Locks half its stake as DIEM collateral on entering.
	locks: bool,
	claim_at: Option<u64>,
	leave: Option<u64>,
}

fn plans() -> BTreeMap<AccountId, Plan> {
	let mut rng = SplitMix(0x5eed);
	let year = u64::from(YEAR);
	(1..=STAKERS)
		.map(|who| {
			let enter = 1 + rng.below(year);
			let amount = u128::from(1 + rng.below(100_000)) * UNIT + u128::from(rng.next());
			let leave =
				(rng.below(10) < 7 && enter < year).then(|| enter + 1 + rng.below(year - enter));
			let last = leave.unwrap_or(year + 1);
			let claim_at = (rng.below(2) == 0 && last > enter + 1)
				.then(|| enter + 1 + rng.below(last - enter - 1));
			(who, Plan { enter, amount, locks: rng.below(5) == 0, claim_at, leave })
		})
		.collect()
}

/// The independent computation: every staker's weight (doubled, so the treasury's 50% of
/// locked stake stays an integer) and its share of each block's emission, to 2⁻⁶⁴ planck.
#[derive(Default)]
struct Oracle {
	weights: BTreeMap<AccountId, u128>,
	/// Emission of the blocks since the weights last changed.
	unsplit: u128,
	shares: BTreeMap<AccountId, U256>,
	treasury: U256,
	locked: u128,
}

impl Oracle {
	/// Splits the emission run since the last change among the weights of those blocks.
	fn split(&mut self) {
		let total: u128 = self.weights.values().sum::<u128>() + self.locked;
		let emission = U256::from(std::mem::take(&mut self.unsplit)) << ORACLE_BITS;
		if total == 0 {
			self.treasury += emission;
			return;
		}
		for (who, weight) in &self.weights {
			*self.shares.entry(*who).or_default() += emission * U256::from(*weight) / total;
		}
		self.treasury += emission * U256::from(self.locked) / total;
	}

	fn share(&self, who: AccountId) -> u128 {
		(self.shares.get(&who).copied().unwrap_or_default() >> ORACLE_BITS).as_u128()
	}
}

#[test]
fn a_year_of_1000_stakers_pays_each_its_exact_share() {
	new_test_ext_with(STAKERS).execute_with(|| {
		let plans = plans();
		let annual = AnnualEmission::<Test>::get();
		let mut oracle = Oracle::default();
		let mut claims: BTreeMap<AccountId, u128> = BTreeMap::new();
		let mut blocks_run = 0u128;
		let last_block = u64::from(YEAR) + 1;
		let mut events: BTreeMap<u64, Vec<AccountId>> = BTreeMap::new();
		for (who, plan) in &plans {
			for block in [Some(plan.enter), plan.claim_at, plan.leave].into_iter().flatten() {
				events.entry(block).or_default().push(*who);
			}
		}

		for block in 1..=last_block {
			if block > 1 {
				run_to_block(block);
				blocks_run += 1;
				// The schedule: n blocks mint floor(n × annual / year).
				oracle.unsplit += blocks_run * annual / u128::from(YEAR)
					- (blocks_run - 1) * annual / u128::from(YEAR);
			}
			let Some(stakers) = events.get(&block) else { continue };
			oracle.split();
			for who in stakers {
				let plan = &plans[who];
				let claim = |who: AccountId, claims: &mut BTreeMap<AccountId, u128>| {
					if pending(who) > 0 {
						assert_ok!(Staking::claim_rewards(signed(who)));
						*claims.entry(who).or_default() += 1;
					}
				};
				let locked = if plan.locks { plan.amount / 2 } else { 0 };
				if plan.enter == block {
					assert_ok!(Staking::stake(signed(*who), plan.amount));
					assert_ok!(Staking::lock(who, locked));
					oracle.weights.insert(*who, 2 * plan.amount - locked);
					oracle.locked += locked;
				}
				if plan.claim_at == Some(block) {
					claim(*who, &mut claims);
				}
				if plan.leave == Some(block) {
					assert_ok!(Staking::unlock(who, locked));
					assert_ok!(Staking::unstake(signed(*who), plan.amount));
					claim(*who, &mut claims);
					oracle.weights.remove(who);
					oracle.locked -= locked;
				}
			}
		}
		oracle.split();
		for who in plans.keys() {
			if pending(*who) > 0 {
				assert_ok!(Staking::claim_rewards(signed(*who)));
				*claims.entry(*who).or_default() += 1;
			}
		}

		assert_eq!(TotalEmitted::<Test>::get(), annual, "a year mints the annual emission");
		let mut worst = 0u128;
		let mut paid = 0u128;
		for who in plans.keys() {
			let received = Balances::total_balance(who) - ENDOWMENT;
			let exact = oracle.share(*who);
			let error = received.abs_diff(exact);
			assert!(
				error <= claims.get(who).copied().unwrap_or(0).max(1),
				"staker {who} received {received}, its exact share is {exact}"
			);
			worst = worst.max(error);
			paid += received;
		}
		let treasury = Balances::balance(&TREASURY);
		let treasury_exact = (oracle.treasury >> ORACLE_BITS).as_u128();
		assert!(treasury.abs_diff(treasury_exact) <= 1, "treasury {treasury} vs {treasury_exact}");
		let unpaid = annual - paid - treasury;
		println!(
			"a year of {STAKERS} stakers: {paid} planck to stakers, {treasury} to the treasury, \
			 {unpaid} planck unpaid dust; largest per-staker error {worst} planck"
		);
		assert!(unpaid <= u128::from(STAKERS) + 2);
	});
}
