//! The pallet's invariants (design §7.5 and its own bookkeeping), checked by `try-runtime` after
//! every block and by the runtime's randomised tests.

use crate::{impact::Balance, pallet::*};
use frame_support::{ensure, traits::fungible::Inspect, traits::Get};
use sp_arithmetic::traits::Zero;
use sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	/// Every invariant of the pallet's state; the first broken one as an error.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(Budget::<T>::get() <= Self::pot_revenue(), "the budget exceeds the pot");
		let native_reserve = <T::Native as Inspect<_>>::balance(&Self::pot());
		ensure!(
			native_reserve >= <T::Native as Inspect<_>>::minimum_balance(),
			"the pot lost its VVV deposit, so it cannot receive a purchase"
		);
		// The stakers' share of fees not forwarded yet is VVV in the pot, above its deposit.
		ensure!(
			native_reserve.saturating_sub(<T::Native as Inspect<_>>::minimum_balance())
				>= PendingFeeRewards::<T>::get(),
			"the pot lacks the stakers' share of fees it set aside"
		);
		ensure!(
			{
				let fee_shares = FeeShares::<T>::get();
				Self::fee_shares_fit(fee_shares.burn, fee_shares.stakers)
			},
			"the fee shares exceed the whole fee"
		);
		let epoch = CurrentEpoch::<T>::get();
		ensure!(epoch.spent <= TotalSpent::<T>::get(), "an epoch spent more than all epochs");
		ensure!(epoch.burned <= TotalBurned::<T>::get(), "an epoch burned more than all epochs");
		ensure!(
			epoch.streamed <= TotalStreamed::<T>::get(),
			"an epoch streamed more than all epochs"
		);
		ensure!(epoch.started_at <= now, "the epoch starts in the future");
		// §7.5: what a purchase bought was burned or streamed, so an epoch that spent has
		// burned or streamed, and one that did not has neither.
		ensure!(
			(epoch.spent == 0) == (epoch.burned.saturating_add(epoch.streamed) == 0),
			"a purchase spent or bought nothing"
		);
		let oldest = epoch.index.saturating_sub(T::MaxHistory::get());
		let (mut kept, mut spent, mut burned, mut streamed): (u32, Balance, Balance, Balance) =
			(0, 0, 0, 0);
		for (index, record) in History::<T>::iter() {
			ensure!(record.index == index, "a record is kept under another index");
			ensure!(index >= oldest && index < epoch.index, "a record outside the history");
			kept = kept.saturating_add(1);
			spent = spent.saturating_add(record.spent);
			burned = burned.saturating_add(record.burned);
			streamed = streamed.saturating_add(record.streamed);
		}
		ensure!(kept <= T::MaxHistory::get(), "the history exceeds its bound");
		ensure!(
			spent.saturating_add(epoch.spent) <= TotalSpent::<T>::get()
				&& burned.saturating_add(epoch.burned) <= TotalBurned::<T>::get()
				&& streamed.saturating_add(epoch.streamed) <= TotalStreamed::<T>::get(),
			"the recorded epochs exceed the totals"
		);
		ensure!(!BurnPeriod::<T>::get().is_zero(), "the burn period is zero");
		ensure!(!MaxPriceImpact::<T>::get().is_zero(), "the price-impact cap is zero");
		ensure!(!PriceHalfLife::<T>::get().is_zero(), "the price half-life is zero");
		ensure!(!MaxSlippage::<T>::get().is_zero(), "the slippage bound is zero");
		if let Some(reference) = Reference::<T>::get() {
			ensure!(reference.since <= now, "the reference was first sampled in the future");
			ensure!(!reference.price.is_zero() && !reference.open.is_zero(), "a zero price");
		}
		ensure!(LastPurchaseAt::<T>::get().is_none_or(|at| at <= now), "a purchase in the future");
		Ok(())
	}
}
