//! Benchmarks of the calls, on a set one short of full (adding) or full (removing).

#![allow(clippy::arithmetic_side_effects, clippy::unwrap_used)]

use super::*;
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{EnsureOrigin, Get},
	BoundedVec,
};

/// A wanted set of `n` sequencers.
fn fill<T: Config>(n: u32) -> Vec<T::AccountId> {
	let set: Vec<T::AccountId> = (0..n).map(|i| account("sequencer", i, 0)).collect();
	Sequencers::<T>::put(BoundedVec::try_from(set.clone()).unwrap());
	set
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn add_sequencer() -> Result<(), BenchmarkError> {
		let origin =
			T::ManagerOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		fill::<T>(T::MaxSequencers::get() - 1);
		let who: T::AccountId = account("new", 0, 0);
		T::KeyRegistry::register_keys(&who);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert!(Sequencers::<T>::get().contains(&who));
		Ok(())
	}

	#[benchmark]
	fn remove_sequencer() -> Result<(), BenchmarkError> {
		let origin =
			T::ManagerOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let set = fill::<T>(T::MaxSequencers::get());
		// The first is the worst: every other one moves.
		let who = set.first().cloned().ok_or(BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert!(!Sequencers::<T>::get().contains(&who));
		Ok(())
	}

	#[benchmark]
	fn purge_keys() -> Result<(), BenchmarkError> {
		fill::<T>(T::MaxSequencers::get());
		let who: T::AccountId = account("former", 0, 0);
		T::KeyRegistry::register_keys(&who);

		#[extrinsic_call]
		_(frame_system::RawOrigin::Signed(who.clone()));

		assert!(!T::KeyRegistry::has_keys(&who));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(vec![1]), crate::mock::Test);
}
