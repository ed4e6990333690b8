//! The pallet's invariants (design §7.3), checked by `try-runtime` after every block and by the
//! runtime's randomised tests.

use crate::{curve::Balance, pallet::*};
use frame_support::{ensure, traits::fungible::Inspect};
use sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	/// Every invariant of the pallet's state; the first broken one as an error. Iterates the
	/// positions: for `try-runtime` and tests, not for blocks.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let (mut locked, mut minted): (Balance, Balance) = (0, 0);
		for (_, position) in Positions::<T>::iter() {
			ensure!(position.minted > 0, "a position with nothing minted is kept");
			locked = locked.checked_add(position.locked).ok_or("the locked VVV overflows")?;
			minted = minted.checked_add(position.minted).ok_or("the minted DIEM overflows")?;
		}
		ensure!(locked == TotalLocked::<T>::get(), "the positions' locked VVV is not TotalLocked");
		ensure!(minted == TotalMinted::<T>::get(), "the positions' minted DIEM is not TotalMinted");
		ensure!(
			T::Diem::total_issuance() == TotalMinted::<T>::get(),
			"the DIEM supply is not the positions' minted DIEM"
		);
		ensure!(Curve::<T>::get().validate().is_ok(), "the curve is outside the domain");
		Ok(())
	}
}
