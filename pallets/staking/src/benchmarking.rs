//! Benchmarks of every call and of the emission hook. `c` is the number of cooldown chunks
//! the caller's ledger holds, up to `MaxUnlockingChunks`.

#![allow(clippy::arithmetic_side_effects, clippy::unwrap_used)]

use super::*;
use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	EnsureOrigin, Get, Hooks,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use pallet_diem::Collateral;
use sp_arithmetic::Perbill;

const UNIT: Balance = 1_000_000_000_000_000_000;

/// A staker of `1,000` VVV with as much again free, half its stake locked, and a reward
/// earned: every call then settles a real reward with a treasury cut.
fn staker<T: Config>(name: &'static str) -> T::AccountId {
	let who: T::AccountId = account(name, 0, 0);
	T::Currency::mint_into(&who, 2_000 * UNIT).unwrap();
	Pallet::<T>::do_stake(who.clone(), 1_000 * UNIT).unwrap();
	Pallet::<T>::lock(&who, 500 * UNIT).unwrap();
	Pallet::<T>::emit();
	who
}

/// Gives `who` `chunks` cooldown chunks of 1 VVV, unstaked at consecutive blocks so none
/// merge; returns the block the last one unlocks at.
fn unstake_chunks<T: Config>(who: &T::AccountId, chunks: u32) -> BlockNumberFor<T> {
	for block in 1..=chunks {
		frame_system::Pallet::<T>::set_block_number(block.into());
		Pallet::<T>::do_unstake(who.clone(), UNIT).unwrap();
	}
	frame_system::Pallet::<T>::block_number() + UnbondingPeriod::<T>::get()
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn stake() {
		let caller = staker::<T>("caller");

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), 100 * UNIT);

		assert_eq!(Ledgers::<T>::get(&caller).unwrap().staked, 1_100 * UNIT);
	}

	/// Unstake into a new chunk next to `c` existing ones.
	#[benchmark]
	fn unstake(c: Linear<0, { T::MaxUnlockingChunks::get() - 1 }>) {
		let caller = staker::<T>("caller");
		unstake_chunks::<T>(&caller, c);
		frame_system::Pallet::<T>::set_block_number((c + 1).into());

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), UNIT);

		assert_eq!(Ledgers::<T>::get(&caller).unwrap().unlocking.len() as u32, c + 1);
	}

	/// Withdraw `c` matured chunks.
	#[benchmark]
	fn withdraw_unstaked(c: Linear<1, { T::MaxUnlockingChunks::get() }>) {
		let caller = staker::<T>("caller");
		let last = unstake_chunks::<T>(&caller, c);
		frame_system::Pallet::<T>::set_block_number(last);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()));

		assert!(Ledgers::<T>::get(&caller).unwrap().unlocking.is_empty());
	}

	/// Cancel the oldest of `c` chunks.
	#[benchmark]
	fn cancel_unstake(c: Linear<1, { T::MaxUnlockingChunks::get() }>) {
		let caller = staker::<T>("caller");
		unstake_chunks::<T>(&caller, c);
		let staked = Ledgers::<T>::get(&caller).unwrap().staked;

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), 0);

		assert_eq!(Ledgers::<T>::get(&caller).unwrap().staked, staked + UNIT);
	}

	#[benchmark]
	fn claim_rewards() {
		let caller = staker::<T>("caller");
		let before = T::Currency::balance(&caller);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()));

		assert!(T::Currency::balance(&caller) > before);
	}

	#[benchmark]
	fn compound() {
		let caller = staker::<T>("caller");

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()));

		assert!(Ledgers::<T>::get(&caller).unwrap().staked > 1_000 * UNIT);
	}

	/// The worst case joins a stream still running, whose end is merged with the new
	/// period's ([`crate::RewardStream::merge`]); a stream alone skips that arithmetic.
	#[benchmark]
	fn distribute_rewards() {
		staker::<T>("staker");
		let caller: T::AccountId = whitelisted_caller();
		T::Currency::mint_into(&caller, 2_000 * UNIT).unwrap();
		T::Currency::mint_into(&Pallet::<T>::pot(), 1_000 * UNIT).unwrap();
		// The benchmark runs its call at block 1 (on a runtime, after this setup ran at 0).
		frame_system::Pallet::<T>::set_block_number(1u32.into());
		let now = frame_system::Pallet::<T>::block_number();
		DistributionPeriod::<T>::put(BlockNumberFor::<T>::from(100u32));
		Stream::<T>::put(crate::RewardStream { pending: 1_000 * UNIT, ends_at: now + 5u32.into() });

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), 1_000 * UNIT);

		assert_eq!(T::Currency::balance(&caller), 1_000 * UNIT);
		// As much joined 5 blocks left as is paid over 100: ⌊52.5⌋ blocks.
		assert_eq!(
			Stream::<T>::get(),
			crate::RewardStream { pending: 2_000 * UNIT, ends_at: now + 52u32.into() }
		);
	}

	#[benchmark]
	fn set_annual_emission() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let emission = AnnualEmission::<T>::get() / 2;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, emission);

		assert_eq!(AnnualEmission::<T>::get(), emission);
		Ok(())
	}

	#[benchmark]
	fn set_unbonding_period() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, 5u32.into());

		assert_eq!(UnbondingPeriod::<T>::get(), 5u32.into());
		Ok(())
	}

	#[benchmark]
	fn set_locked_yield_to_treasury() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, Perbill::from_percent(25));

		assert_eq!(LockedYieldToTreasury::<T>::get(), Perbill::from_percent(25));
		Ok(())
	}

	#[benchmark]
	fn set_distribution_period() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, 100u32.into());

		assert_eq!(DistributionPeriod::<T>::get(), 100u32.into());
		Ok(())
	}

	/// The worst block: stake with a locked part, so the treasury cut is computed, a
	/// distribution streaming (a second share of reward), and a treasury due large enough to
	/// create the treasury's account.
	#[benchmark]
	fn on_initialize() {
		staker::<T>("staker");
		T::Currency::mint_into(&Pallet::<T>::pot(), 1_000 * UNIT).unwrap();
		Stream::<T>::put(crate::RewardStream { pending: 1_000 * UNIT, ends_at: 10u32.into() });
		let treasury = T::TreasuryAccount::get();
		let _ = T::Currency::burn_from(
			&treasury,
			T::Currency::balance(&treasury),
			frame_support::traits::tokens::Preservation::Expendable,
			frame_support::traits::tokens::Precision::BestEffort,
			frame_support::traits::tokens::Fortitude::Force,
		);
		Pool::<T>::mutate(|pool| pool.treasury_due = T::Currency::minimum_balance());
		let issuance = T::Currency::total_issuance();

		#[block]
		{
			Pallet::<T>::on_initialize(2u32.into());
		}

		assert!(T::Currency::total_issuance() > issuance);
		assert!(T::Currency::balance(&treasury) >= T::Currency::minimum_balance());
		assert!(Stream::<T>::get().pending < 1_000 * UNIT, "a share of the stream was paid");
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
