//! The staking reward stream on the assembled runtime cannot be stalled (design §12, issue 20):
//! a planck distributed in every block, through the real call and blocks run by `Executive`,
//! does not hold back a large distribution by more than 1% of the period.

#![allow(clippy::unwrap_used, clippy::arithmetic_side_effects)]

mod common;

use common::*;
use diem_runtime::{AccountId, Balance, Runtime, RuntimeCall, Staking, System};
use pallet_vvv_staking::Stream;
use sp_keyring::Sr25519Keyring::{Dave, Eve};

/// The distribution period the test sets: long enough that 1% of it is whole blocks.
const PERIOD: u32 = 500;

fn distribute(who: &AccountId, amount: Balance) {
	signed(who, RuntimeCall::Staking(pallet_vvv_staking::Call::distribute_rewards { amount }))
		.unwrap();
}

#[test]
fn a_planck_every_block_delays_a_large_distribution_by_at_most_one_percent() {
	dev_chain().execute_with(|| {
		let (dave, eve) = (account(Dave), account(Eve));
		root(RuntimeCall::Staking(pallet_vvv_staking::Call::set_distribution_period {
			blocks: PERIOD,
		}))
		.unwrap();
		let large = 100_000 * VVV;
		distribute(&dave, large);
		let original_end = System::block_number() + PERIOD;
		assert_eq!(Stream::<Runtime>::get().ends_at, original_end);
		// Eve distributes a planck in every block of the period. Before the fix each one
		// restarted the period for everything pending, and about 37% of the large
		// distribution was still pending at its end.
		let allowed_end = original_end + PERIOD / 100;
		for _ in 0..PERIOD {
			distribute(&eve, 1);
			let stream = Stream::<Runtime>::get();
			assert!(stream.ends_at <= allowed_end, "block {}: {stream:?}", System::block_number());
			next_block();
		}
		assert_eq!(System::block_number(), original_end);
		// What the stream has paid into the stakers' rewards: all that went in, less what is
		// still pending.
		let paid = large + Balance::from(PERIOD) - Stream::<Runtime>::get().pending;
		assert!(paid >= large / 100 * 99, "{paid} of {large} paid by block {original_end}");
		advance(allowed_end - original_end);
		assert_eq!(Stream::<Runtime>::get().pending, 0, "everything paid by block {allowed_end}");
		Staking::do_try_state().unwrap();
	});
}
