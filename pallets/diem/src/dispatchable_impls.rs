//! The calls' logic, and the quotes the runtime API serves from the same code.

use crate::{
	curve::{Balance, CurveError, MintCurve},
	pallet::*,
	Collateral, Position,
};
use frame_support::{
	ensure,
	traits::{
		fungible::{Inspect, Mutate},
		tokens::{Fortitude, Precision, Preservation},
	},
};
use sp_arithmetic::helpers_128bit::multiply_by_rational_with_rounding;
use sp_runtime::{DispatchResult, Rounding};

impl<T: Config> Pallet<T> {
	/// The DIEM supply the curve prices at: what this pallet minted and has not burned.
	pub fn supply() -> Balance {
		TotalMinted::<T>::get()
	}

	/// The current mint rate in planck of VVV per DIEM, rounded up.
	pub fn mint_rate() -> Result<Balance, CurveError> {
		T::Curve::rate(&Curve::<T>::get(), Self::supply()).map(|rate| rate.per_diem())
	}

	/// The VVV that minting `diem` would lock now.
	pub fn quote_mint(diem: Balance) -> Result<Balance, CurveError> {
		T::Curve::cost(&Curve::<T>::get(), Self::supply(), diem)
	}

	/// The DIEM that locking `vvv` would mint now.
	pub fn quote_mint_for_vvv(vvv: Balance) -> Result<Balance, CurveError> {
		T::Curve::max_mint(&Curve::<T>::get(), Self::supply(), vvv)
	}

	/// `who`'s position, zero if none.
	pub fn position(who: &T::AccountId) -> Position {
		Positions::<T>::get(who).unwrap_or_default()
	}

	pub(crate) fn do_mint(who: T::AccountId, diem: Balance, max_vvv: Balance) -> DispatchResult {
		ensure!(diem > 0, Error::<T>::ZeroAmount);
		ensure!(MintingOpen::<T>::get(), Error::<T>::MintingClosed);
		let vvv = Self::quote_mint(diem).map_err(Error::<T>::from)?;
		ensure!(vvv <= max_vvv, Error::<T>::SlippageExceeded);
		Self::lock_and_mint(who, vvv, diem)
	}

	pub(crate) fn do_mint_for_vvv(
		who: T::AccountId,
		vvv: Balance,
		min_diem: Balance,
	) -> DispatchResult {
		ensure!(vvv > 0, Error::<T>::ZeroAmount);
		ensure!(MintingOpen::<T>::get(), Error::<T>::MintingClosed);
		let diem = Self::quote_mint_for_vvv(vvv).map_err(Error::<T>::from)?;
		ensure!(diem > 0, Error::<T>::BudgetTooSmall);
		ensure!(diem >= min_diem, Error::<T>::SlippageExceeded);
		Self::lock_and_mint(who, vvv, diem)
	}

	/// A genesis position: mints `diem` to `who` at the curve's cost as `mint` does, whether
	/// minting is open or not and without a slippage bound.
	pub(crate) fn genesis_mint(who: T::AccountId, diem: Balance) -> DispatchResult {
		ensure!(diem > 0, Error::<T>::ZeroAmount);
		let vvv = Self::quote_mint(diem).map_err(Error::<T>::from)?;
		Self::lock_and_mint(who, vvv, diem)
	}

	fn lock_and_mint(who: T::AccountId, vvv: Balance, diem: Balance) -> DispatchResult {
		ensure!(vvv <= T::Collateral::available(&who), Error::<T>::InsufficientCollateral);
		let mut position = Self::position(&who);
		position.locked = position.locked.checked_add(vvv).ok_or(Error::<T>::Overflow)?;
		position.minted = position.minted.checked_add(diem).ok_or(Error::<T>::Overflow)?;
		let total_locked = TotalLocked::<T>::get().checked_add(vvv).ok_or(Error::<T>::Overflow)?;
		let total_minted = TotalMinted::<T>::get().checked_add(diem).ok_or(Error::<T>::Overflow)?;

		T::Collateral::lock(&who, vvv)?;
		T::Diem::mint_into(&who, diem)?;
		Positions::<T>::insert(&who, position);
		TotalLocked::<T>::put(total_locked);
		TotalMinted::<T>::put(total_minted);
		Self::deposit_event(Event::Minted { who, diem, vvv_locked: vvv });
		Ok(())
	}

	pub(crate) fn do_repay(who: T::AccountId, diem: Balance) -> DispatchResult {
		ensure!(diem > 0, Error::<T>::ZeroAmount);
		let position = Positions::<T>::get(&who).ok_or(Error::<T>::NoPosition)?;
		ensure!(diem <= position.minted, Error::<T>::RepayExceedsPosition);
		let spendable =
			T::Diem::reducible_balance(&who, Preservation::Expendable, Fortitude::Polite);
		ensure!(diem <= spendable, Error::<T>::InsufficientDiem);

		// Rounded down, so a repay never releases more than its share; the last one releases
		// what is left.
		let released = if diem == position.minted {
			position.locked
		} else {
			multiply_by_rational_with_rounding(
				position.locked,
				diem,
				position.minted,
				Rounding::Down,
			)
			.ok_or(Error::<T>::Overflow)?
		};
		let remaining = Position {
			locked: position.locked.saturating_sub(released),
			minted: position.minted.saturating_sub(diem),
		};

		T::Diem::burn_from(
			&who,
			diem,
			Preservation::Expendable,
			Precision::Exact,
			Fortitude::Polite,
		)?;
		T::Collateral::unlock(&who, released)?;
		if remaining.minted == 0 {
			Positions::<T>::remove(&who);
		} else {
			Positions::<T>::insert(&who, remaining);
		}
		TotalLocked::<T>::mutate(|total| *total = total.saturating_sub(released));
		TotalMinted::<T>::mutate(|total| *total = total.saturating_sub(diem));
		Self::deposit_event(Event::Repaid { who, diem, vvv_released: released });
		Ok(())
	}
}

impl<T: Config> Pallet<T> {
	/// Moves the target supply; for the operator, within its step and not before its period
	/// has passed since its last step.
	pub(crate) fn do_set_target_supply(
		target_supply: Balance,
		by_operator: bool,
	) -> DispatchResult {
		use frame_support::traits::Get;
		use sp_runtime::traits::Saturating;
		let mut params = Curve::<T>::get();
		if by_operator {
			let now = frame_system::Pallet::<T>::block_number();
			if let Some(last) = OperatorLastStep::<T>::get() {
				ensure!(
					now >= last.saturating_add(T::OperatorTargetPeriod::get()),
					Error::<T>::OperatorStepTooSoon
				);
			}
			let step = params.target_supply.abs_diff(target_supply);
			ensure!(
				step <= T::OperatorTargetStep::get().mul_floor(params.target_supply),
				Error::<T>::OperatorStepTooLarge
			);
			OperatorLastStep::<T>::put(now);
		}
		params.target_supply = target_supply;
		params.validate().map_err(Error::<T>::from)?;
		Curve::<T>::put(params);
		Self::deposit_event(Event::TargetSupplySet { target_supply, by_operator });
		Ok(())
	}
}
