//! Benchmarks of every call and of the day-opening hook. `c` is the cooldown chunks the caller
//! has, up to `MaxUnlockingChunks`; `n` a usage batch's entries, up to `MaxUsageBatch`. Each
//! call that can open a day does so here, with a full history to shift.

#![allow(clippy::arithmetic_side_effects, clippy::unwrap_used)]

use super::*;
use crate::day::day_start;
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::traits::{fungible::Mutate, EnsureOrigin, Get, Hooks};
use frame_system::RawOrigin;

/// The day the benchmarks run on.
const DAY: DayIndex = 20_000;

/// One DIEM.
fn diem<T: Config>() -> Balance {
	T::DiemUnit::get()
}

/// Moves the clock to `seconds` into `day`.
fn set_time<T: Config>(day: DayIndex, seconds: u64) {
	T::Clock::set(day_start(day, DayLength::<T>::get()) + seconds * 1_000);
}

/// An account holding `amount` DIEM: given a provider of its own, so an asset that is not
/// sufficient can be minted to it.
fn funded<T: Config>(name: &'static str, index: u32, amount: Balance) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	frame_system::Pallet::<T>::inc_providers(&who);
	T::Diem::mint_into(&who, amount).unwrap();
	who
}

/// A staker of 100 DIEM staked the day before [`DAY`], so it counts, with 100 more free.
fn staker<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who = funded::<T>(name, index, 200 * diem::<T>());
	set_time::<T>(DAY - 1, 0);
	Pallet::<T>::do_stake(who.clone(), 100 * diem::<T>()).unwrap();
	who
}

/// A full history and today's record of an earlier day: the next call of [`DAY`] closes it.
fn full_history<T: Config>() {
	for day in 0..T::HistoryDays::get() {
		set_time::<T>(DAY - 2 - T::HistoryDays::get() + day, 0);
		Pallet::<T>::open_day(Pallet::<T>::today());
	}
	set_time::<T>(DAY - 1, 1);
	Pallet::<T>::open_day(Pallet::<T>::today());
	assert!(History::<T>::get().is_full());
}

/// Gives `who` `chunks` chunks of 1 DIEM unstaked a second apart on `DAY - 1`, so none merge;
/// the clock then reads 30 s into `DAY` (any day length of a minute or more).
fn unstake_chunks<T: Config>(who: &T::AccountId, chunks: u32) {
	for chunk in 0..chunks {
		set_time::<T>(DAY - 1, 10 + u64::from(chunk));
		Pallet::<T>::do_unstake(who.clone(), diem::<T>()).unwrap();
	}
	set_time::<T>(DAY, 30);
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn stake_diem() {
		let caller = staker::<T>("caller", 0);
		set_time::<T>(DAY, 0);

		// All of its free DIEM: the caller's asset account goes.
		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), 100 * diem::<T>());

		assert_eq!(Ledgers::<T>::get(&caller).unwrap().staked, 200 * diem::<T>());
	}

	/// Unstake into a new chunk next to `c` existing ones, opening the day and the caller's
	/// use of it.
	#[benchmark]
	fn unstake_diem(c: Linear<0, { T::MaxUnlockingChunks::get() - 1 }>) {
		let caller = staker::<T>("caller", 0);
		full_history::<T>();
		unstake_chunks::<T>(&caller, c);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), diem::<T>());

		assert_eq!(Unlocking::<T>::get(&caller).len() as u32, c + 1);
		assert_eq!(Today::<T>::get().day, DAY);
	}

	/// Withdraw `c` matured chunks to a caller whose asset account must be created again.
	#[benchmark]
	fn withdraw_diem(c: Linear<1, { T::MaxUnlockingChunks::get() }>) {
		let caller = staker::<T>("caller", 0);
		Pallet::<T>::do_stake(caller.clone(), 100 * diem::<T>()).unwrap();
		unstake_chunks::<T>(&caller, c);
		set_time::<T>(DAY + 10 * CooldownDays::<T>::get().max(1), 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()));

		assert!(Unlocking::<T>::get(&caller).is_empty());
	}

	/// Cancel the first of `c` chunks.
	#[benchmark]
	fn cancel_unstake_diem(c: Linear<1, { T::MaxUnlockingChunks::get() }>) {
		let caller = staker::<T>("caller", 0);
		unstake_chunks::<T>(&caller, c);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), 0);

		assert_eq!(Unlocking::<T>::get(&caller).len() as u32, c - 1);
	}

	/// The worst case of a batch of `n` entries: a late one, of yesterday, in the call that
	/// opens today (shifting a full history) and then adds to yesterday's closed totals, each
	/// entry for a different staker using its allowance of yesterday for the first time. A
	/// batch of today does the same work less the second write of the history.
	#[benchmark]
	fn record_usage(n: Linear<1, { T::MaxUsageBatch::get() }>) {
		let stakers: Vec<_> = (0..n).map(|i| staker::<T>("staker", i)).collect();
		let meter: T::AccountId = account("meter", 0, 0);
		Meters::<T>::insert(&meter, MeterState { registered: true, next_batch: 7 });
		full_history::<T>();
		set_time::<T>(DAY, 1);
		Pallet::<T>::open_day(DAY);
		// A second into the day: within the late-batch grace of any day of a minute or more.
		set_time::<T>(DAY + 1, 1);
		// $150 for each $100 allowance: every entry is covered in part, stored, and its
		// uncovered rest listed in the event.
		let batch: Vec<_> = stakers.iter().map(|who| (who.clone(), 150_000_000)).collect();

		#[extrinsic_call]
		_(RawOrigin::Signed(meter.clone()), 7, DAY, batch);

		let yesterday = History::<T>::get().last().copied().unwrap();
		assert_eq!((yesterday.day, yesterday.used), (DAY, 100_000_000 * u128::from(n)));
		assert_eq!(yesterday.uncovered, 50_000_000 * u128::from(n));
		assert_eq!(Today::<T>::get().day, DAY + 1);
		assert_eq!(Meters::<T>::get(&meter).map(|m| m.next_batch), Some(8));
	}

	#[benchmark]
	fn add_meter() -> Result<(), BenchmarkError> {
		let origin =
			T::MeterOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let meter: T::AccountId = account("meter", 0, 0);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, meter.clone());

		assert_eq!(Meters::<T>::get(&meter).map(|m| m.registered), Some(true));
		Ok(())
	}

	#[benchmark]
	fn remove_meter() -> Result<(), BenchmarkError> {
		let origin =
			T::MeterOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let meter: T::AccountId = account("meter", 0, 0);
		Meters::<T>::insert(&meter, MeterState { registered: true, next_batch: 7 });

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, meter.clone());

		assert_eq!(Meters::<T>::get(&meter), Some(MeterState { registered: false, next_batch: 7 }));
		Ok(())
	}

	#[benchmark]
	fn set_cooldown_days() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, 3);

		assert_eq!(CooldownDays::<T>::get(), 3);
		Ok(())
	}

	/// The first block of a day: the day before is closed into a full history.
	#[benchmark]
	fn on_initialize() {
		staker::<T>("staker", 0);
		full_history::<T>();
		set_time::<T>(DAY, 0);

		#[block]
		{
			Pallet::<T>::on_initialize(1u32.into());
		}

		assert_eq!(Today::<T>::get().day, DAY);
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
