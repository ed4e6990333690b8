//! Benchmarks of the calls and of the hooks. The hook's worst case forwards the stakers' share
//! of the block's fees to their stream, closes an epoch with a full history (a record written,
//! the oldest removed), then checks the pool against the reference price, buys, streams the
//! stakers' share of the purchase and burns the rest; the sampling of the reference price in `on_initialize` is benchmarked
//! on its own (it runs in every block). The runtime's genesis (and the mock's) provides the
//! revenue/VVV pool, and stakers for the stream (the runtime's `development` preset stakes for
//! Alice; the mock's stream always has stakers): a stream that accepts is the costlier path
//! (a refused share is only burned).

#![allow(clippy::arithmetic_side_effects, clippy::unwrap_used)]

use super::*;
use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	EnsureOrigin, Get, Hooks,
};
use frame_support::weights::Weight;
use frame_system::RawOrigin;
use sp_arithmetic::Perbill;

/// A revenue amount well above any asset's minimum balance and below the pool's depth.
const REVENUE: Balance = 1_000_000_000;

/// Fills the history so that closing the current epoch rotates the oldest record out.
fn full_history<T: Config>() {
	let kept = T::MaxHistory::get();
	for index in 0..kept {
		History::<T>::insert(index, EpochRecord { index, ..Default::default() });
	}
	CurrentEpoch::<T>::put(EpochRecord { index: kept, ..Default::default() });
}

/// A reference price sampled from the pool and old enough to buy with.
fn warm_reference<T: Config>() {
	Reference::<T>::kill();
	Pallet::<T>::sample_price(0u32.into());
	assert!(Reference::<T>::get().is_some(), "the genesis has a revenue/VVV pool");
	PriceHalfLife::<T>::put(frame_system::pallet_prelude::BlockNumberFor::<T>::from(1u32));
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn deposit_revenue() {
		let caller: T::AccountId = whitelisted_caller();
		// The revenue asset need not be sufficient: the account lives on its VVV.
		T::Native::mint_into(&caller, T::Native::minimum_balance()).unwrap();
		T::Revenue::mint_into(&caller, 2 * REVENUE).unwrap();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), REVENUE);

		assert_eq!(Pallet::<T>::pot_revenue(), REVENUE);
	}

	#[benchmark]
	fn set_parameters() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let share = Perbill::from_percent(20);

		#[extrinsic_call]
		_(
			origin as T::RuntimeOrigin,
			Some(5u32.into()),
			Some(share),
			Some(share),
			Some(share),
			Some(share),
			Some(share),
		);

		assert_eq!(BurnShare::<T>::get(), share);
		assert_eq!(FeeShares::<T>::get().stakers, share);
		Ok(())
	}

	#[benchmark]
	fn set_reference_parameters() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let slippage = Perbill::from_percent(2);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, Some(7u32.into()), Some(slippage), Some(3u32.into()));

		assert_eq!(MaxSlippage::<T>::get(), slippage);
		Ok(())
	}

	/// Every block: the pool's reserves are read and the reference moves towards them.
	#[benchmark]
	fn on_initialize_sample() {
		warm_reference::<T>();
		let before = Reference::<T>::get();
		let now = frame_system::Pallet::<T>::block_number() + 1u32.into();

		#[block]
		{
			Pallet::<T>::on_initialize(now);
		}

		assert!(Reference::<T>::get().is_some());
		assert_eq!(Reference::<T>::get().map(|r| r.since), before.map(|r| r.since));
	}

	#[benchmark]
	fn force_epoch() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		full_history::<T>();
		T::Revenue::mint_into(&Pallet::<T>::pot(), REVENUE).unwrap();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin);

		assert_eq!(History::<T>::get(0), None);
		assert!(Budget::<T>::get() > 0);
		Ok(())
	}

	/// The stakers' share of fees is forwarded to their stream, an epoch closes with a full
	/// history, the pool is checked against the reference price, and the budget buys VVV, of
	/// which a share is streamed to stakers and the rest burned.
	#[benchmark]
	fn on_idle_worst() {
		full_history::<T>();
		warm_reference::<T>();
		T::Revenue::mint_into(&Pallet::<T>::pot(), 2 * REVENUE).unwrap();
		Budget::<T>::put(REVENUE);
		StakerShare::<T>::put(Perbill::from_percent(20));
		// A fee share set aside, as `BurnFees` does: well above the existential deposit.
		let fees = T::Native::minimum_balance() * 1_000;
		T::Native::mint_into(&Pallet::<T>::pot(), fees).unwrap();
		PendingFeeRewards::<T>::put(fees);
		let now = NextEpochAt::<T>::get();
		frame_system::Pallet::<T>::set_block_number(now);
		let issuance = T::Native::total_issuance();

		#[block]
		{
			Pallet::<T>::on_idle(now, Weight::MAX);
		}

		assert!(TotalBurned::<T>::get() > 0, "the pool bought from is the genesis pool");
		assert!(TotalStreamed::<T>::get() > 0, "the genesis has stakers to stream to");
		assert_eq!(PendingFeeRewards::<T>::get(), 0);
		assert_eq!(T::Native::total_issuance(), issuance - TotalBurned::<T>::get());
		assert_eq!(History::<T>::get(0), None);
	}

	/// No epoch due and no budget: the hook only looks.
	#[benchmark]
	fn on_idle_nothing_due() {
		let now = frame_system::Pallet::<T>::block_number();

		#[block]
		{
			Pallet::<T>::on_idle(now, Weight::MAX);
		}

		assert_eq!(CurrentEpoch::<T>::get().index, 0);
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
