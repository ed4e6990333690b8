//! The pallet's invariants (design §7.2, §7.4), checked by `try-runtime` after every block and by
//! the runtime's randomised tests.

use crate::{pallet::*, rewards::Balance};
use frame_support::{
	ensure,
	traits::fungible::{Inspect, InspectHold},
};
use sp_arithmetic::traits::Zero;
use sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	/// Every invariant of the pallet's state; the first broken one as an error. Iterates the
	/// ledgers: for `try-runtime` and tests, not for blocks.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let (mut staked, mut locked, mut owed): (Balance, Balance, Balance) = (0, 0, 0);
		for (who, _) in Ledgers::<T>::iter() {
			let ledger = Self::settled_ledger(&who).ok_or("a ledger vanished")?;
			ensure!(!ledger.is_empty(), "an empty ledger is kept");
			ensure!(ledger.locked <= ledger.staked, "more stake locked than staked");
			let cooling = ledger.unlocking.iter().try_fold(0, |sum: Balance, chunk| {
				sum.checked_add(chunk.amount).ok_or("the chunks overflow")
			})?;
			let held = T::Currency::balance_on_hold(&HoldReason::Staked.into(), &who);
			ensure!(
				ledger.staked.checked_add(cooling) == Some(held),
				"the hold is not the stake plus its cooldown chunks"
			);
			staked = staked.checked_add(ledger.staked).ok_or("the stakes overflow")?;
			locked = locked.checked_add(ledger.locked).ok_or("the locked stakes overflow")?;
			owed = owed.checked_add(ledger.earned.planck).ok_or("the rewards overflow")?;
		}
		ensure!(staked == TotalStaked::<T>::get(), "the stakes do not add up to TotalStaked");
		ensure!(
			locked == TotalLocked::<T>::get(),
			"the locked stakes do not add up to TotalLocked"
		);
		let stream = Stream::<T>::get();
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(stream.pending == 0 || stream.ends_at >= now, "a stream ended with VVV unpaid");
		let owed = owed
			.checked_add(Pool::<T>::get().treasury_due)
			.and_then(|owed| owed.checked_add(stream.pending))
			.and_then(|owed| owed.checked_add(T::Currency::minimum_balance()))
			.ok_or("the pot's debts overflow")?;
		ensure!(T::Currency::balance(&Self::pot()) >= owed, "the pot holds less than it owes");
		ensure!(!DistributionPeriod::<T>::get().is_zero(), "the distribution period is zero");
		Ok(())
	}
}
