//! Staked VVV as the DIEM pallet's collateral.
//!
//! Locking changes how a staker earns (its locked part gives a share to the treasury), so
//! both directions settle the staker's rewards first. Stake that is still vesting
//! ([`Config::Unvested`]) backs no DIEM: the stake counts first toward what is unvested.

use crate::{pallet::*, rewards::Balance, Unvested as _};
use frame_support::ensure;
use pallet_diem::Collateral;
use sp_runtime::DispatchResult;

impl<T: Config> Pallet<T> {
	/// The stake `who` may still lock under DIEM: what is staked, less what is still vesting,
	/// less what is locked already.
	fn lockable(who: &T::AccountId, ledger: &crate::Ledger<T>) -> Balance {
		ledger.staked.saturating_sub(T::Unvested::unvested(who)).saturating_sub(ledger.locked)
	}
}

impl<T: Config> Collateral<T::AccountId> for Pallet<T> {
	fn available(who: &T::AccountId) -> Balance {
		Ledgers::<T>::get(who).map_or(0, |ledger| Self::lockable(who, &ledger))
	}

	fn lock(who: &T::AccountId, amount: Balance) -> DispatchResult {
		let mut ledger = Self::settled_ledger(who).ok_or(Error::<T>::NotStaker)?;
		ensure!(amount <= Self::lockable(who, &ledger), Error::<T>::StakeLocked);
		let total = TotalLocked::<T>::get().checked_add(amount).ok_or(Error::<T>::Overflow)?;
		ledger.locked = ledger.locked.checked_add(amount).ok_or(Error::<T>::Overflow)?;
		Ledgers::<T>::insert(who, ledger);
		TotalLocked::<T>::put(total);
		Ok(())
	}

	fn unlock(who: &T::AccountId, amount: Balance) -> DispatchResult {
		let mut ledger = Self::settled_ledger(who).ok_or(Error::<T>::NotStaker)?;
		ensure!(amount <= ledger.locked, Error::<T>::UnlockExceedsLocked);
		let total =
			TotalLocked::<T>::get().checked_sub(amount).ok_or(Error::<T>::UnlockExceedsLocked)?;
		ledger.locked = ledger.locked.checked_sub(amount).ok_or(Error::<T>::UnlockExceedsLocked)?;
		Ledgers::<T>::insert(who, ledger);
		TotalLocked::<T>::put(total);
		Ok(())
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn fund(who: &T::AccountId, amount: Balance) {
		use frame_support::traits::fungible::{Inspect, Mutate};
		use frame_support::traits::Get;
		// The stake leaves the existential deposit and the fee reserve free.
		let reserve = T::Currency::minimum_balance().saturating_add(T::FeeReserve::get());
		let _ = T::Currency::mint_into(who, amount.saturating_add(reserve));
		let _ = Self::do_stake(who.clone(), amount);
	}
}
