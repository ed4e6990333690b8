//! Benchmarks of every call. `s` is where on the curve the supply sits: the mint ends where
//! the exponent `k·(S/T)ⁿ` is `s`% of the cap's, from zero supply (`s = 0`) to the cap
//! (`s = 100`), where the series needs the most terms.

#![allow(clippy::arithmetic_side_effects, clippy::unwrap_used)]

use super::*;
use crate::curve::{Balance, CurveParams, UNIT};
use frame_benchmarking::v2::*;
use frame_support::traits::{fungible::Mutate, EnsureOrigin, Get};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_runtime::traits::Saturating;

/// The supply at which the curve's exponent `k·(S/T)ⁿ` is `s`% of the cap's
/// (`MaxRateExponent`): the cost of the curve math grows with the exponent, so weights are
/// linear in `s`. Found by bisection on the exponent in `FixedU128`.
fn supply_at<T: Config>(s: u32) -> Balance {
	use sp_arithmetic::{traits::Saturating, FixedU128};
	let params = Curve::<T>::get();
	let target = T::MaxRateExponent::get().saturating_mul(FixedU128::from_rational(s.into(), 100));
	let exponent = |supply: Balance| {
		params.adjustment_power.saturating_mul(
			FixedU128::from_rational(supply, params.target_supply)
				.saturating_pow(params.exponent.into()),
		)
	};
	let (mut within, mut beyond) = (0u128, params.target_supply.saturating_mul(1 << 20));
	while beyond - within > 1 {
		let mid = within + (beyond - within) / 2;
		if exponent(mid) <= target {
			within = mid
		} else {
			beyond = mid
		}
	}
	// The fixed-point exponent rounds down: step back until the curve itself is within its cap.
	while T::Curve::rate(&params, within).is_err() {
		within -= within / 1_000_000 + 1;
	}
	within
}

/// Opens minting, fills the supply to 1 DIEM below `s`% of the cap, and gives the caller the
/// collateral one more DIEM costs there; returns the caller and that cost.
fn mint_one_at<T: Config>(s: u32) -> (T::AccountId, Balance) {
	let caller: T::AccountId = whitelisted_caller();
	let supply = supply_at::<T>(s).saturating_sub(UNIT);
	set_supply::<T>(supply);
	MintingOpen::<T>::put(true);
	let cost = Pallet::<T>::quote_mint(UNIT).unwrap();
	T::Collateral::fund(&caller, cost);
	(caller, cost)
}

/// DIEM `supply` in existence, minted by a position the curve counts.
fn set_supply<T: Config>(supply: Balance) {
	if supply > 0 {
		// DIEM need not be sufficient: the holder lives on its VVV.
		let holder = account("holder", 0, 0);
		T::Collateral::fund(&holder, 1);
		T::Diem::mint_into(&holder, supply).unwrap();
		TotalMinted::<T>::put(supply);
	}
}

/// At curve position `s`, the budget of VVV whose inverse takes the most probes
/// ([`crate::curve::most_probed_budget`]): the worst case of `mint_for_vvv` there.
fn worst_budget_at<T: Config>(s: u32) -> Balance {
	let supply = supply_at::<T>(s).saturating_sub(UNIT);
	set_supply::<T>(supply);
	crate::curve::most_probed_budget(&Curve::<T>::get(), T::MaxRateExponent::get(), supply).0
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// `mint` of one DIEM ending at curve position `s`.
	#[benchmark]
	fn mint(s: Linear<0, 100>) {
		let (caller, cost) = mint_one_at::<T>(s);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), UNIT, cost);

		assert_eq!(Positions::<T>::get(&caller), Some(Position { locked: cost, minted: UNIT }));
	}

	/// `mint_for_vvv` from curve position `s` with the budget that takes the most probes
	/// there ([`worst_budget_at`]).
	#[benchmark]
	fn mint_for_vvv(s: Linear<0, 100>) {
		let caller: T::AccountId = whitelisted_caller();
		let vvv = worst_budget_at::<T>(s);
		MintingOpen::<T>::put(true);
		T::Collateral::fund(&caller, vvv);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), vvv, 0);

		assert_eq!(Positions::<T>::get(&caller).map(|p| p.locked), Some(vvv));
	}

	/// A partial `repay`: the position stays, so it is written back rather than removed.
	#[benchmark]
	fn repay() {
		let caller: T::AccountId = whitelisted_caller();
		MintingOpen::<T>::put(true);
		let cost = Pallet::<T>::quote_mint(2 * UNIT).unwrap();
		T::Collateral::fund(&caller, cost);
		Pallet::<T>::mint(RawOrigin::Signed(caller.clone()).into(), 2 * UNIT, cost).unwrap();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), UNIT);

		assert_eq!(Positions::<T>::get(&caller).map(|p| p.minted), Some(UNIT));
	}

	#[benchmark]
	fn set_curve() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let params = CurveParams { base_rate: 100 * UNIT, ..CurveParams::launch() };

		#[extrinsic_call]
		_(
			origin as T::RuntimeOrigin,
			params.base_rate,
			params.target_supply,
			params.adjustment_power,
			params.exponent,
		);

		assert_eq!(Curve::<T>::get(), params);
		Ok(())
	}

	#[benchmark]
	fn set_minting_open() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, true);

		assert!(MintingOpen::<T>::get());
		Ok(())
	}

	/// The operator's step, the longest path: the admin origin is tried first, then the
	/// operator's period and step are checked.
	#[benchmark]
	fn set_target_supply() -> Result<(), BenchmarkError> {
		let origin =
			T::OperatorOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let now = T::OperatorTargetPeriod::get().saturating_add(1u32.into());
		frame_system::Pallet::<T>::set_block_number(now);
		OperatorLastStep::<T>::put(BlockNumberFor::<T>::from(1u32));
		let current = Curve::<T>::get().target_supply;
		let target = current.saturating_add(T::OperatorTargetStep::get().mul_floor(current));

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, target);

		assert_eq!(Curve::<T>::get().target_supply, target);
		assert_eq!(OperatorLastStep::<T>::get(), Some(now));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
