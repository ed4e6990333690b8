//! The per-block work: close an epoch when it is due, then buy VVV with the budget and burn
//! it; and what the runtime API reads.

use crate::{
	impact::{self, Balance},
	pallet::*,
	BuyBurnSummary, EpochRecord, PoolReserves, SkipReason, WeightInfo,
};
use alloc::{vec, vec::Vec};
use frame_support::{
	storage::with_storage_layer,
	traits::{
		fungible::{Inspect, Mutate},
		tokens::{Fortitude, Precision, Preservation},
		Get,
	},
	weights::Weight,
};
use frame_system::pallet_prelude::BlockNumberFor;
use pallet_asset_conversion::Swap;
use sp_arithmetic::traits::Saturating;
use sp_runtime::DispatchError;

impl<T: Config> Pallet<T> {
	/// The hook: does nothing unless `remaining` has room for its worst case.
	pub(crate) fn tick(now: BlockNumberFor<T>, remaining: Weight) -> Weight {
		let worst = T::WeightInfo::on_idle_worst();
		if remaining.any_lt(worst) {
			return Weight::zero();
		}
		let closing = now >= NextEpochAt::<T>::get();
		let budget = if closing { Self::close_epoch(now) } else { Budget::<T>::get() };
		if budget > 0 {
			Self::buy_and_burn(budget);
		}
		if closing || budget > 0 {
			worst
		} else {
			T::WeightInfo::on_idle_nothing_due()
		}
	}

	/// Records the epoch in progress, rotates the oldest record out, and budgets
	/// `BurnShare` of the pot's unbudgeted revenue for the next epoch; returns that budget.
	pub(crate) fn close_epoch(now: BlockNumberFor<T>) -> Balance {
		let closed = CurrentEpoch::<T>::get();
		History::<T>::insert(closed.index, closed);
		if let Some(expired) = closed.index.checked_sub(T::MaxHistory::get()) {
			History::<T>::remove(expired);
		}
		let carried = Budget::<T>::get();
		let unbudgeted = Self::pot_revenue().saturating_sub(carried);
		let budget = carried.saturating_add(BurnShare::<T>::get().mul_floor(unbudgeted));
		Budget::<T>::put(budget);
		CurrentEpoch::<T>::put(EpochRecord {
			index: closed.index.saturating_add(1),
			started_at: now,
			budget,
			spent: 0,
			burned: 0,
		});
		NextEpochAt::<T>::put(now.saturating_add(BurnPeriod::<T>::get()));
		Self::deposit_event(Event::EpochClosed { record: closed, budget });
		budget
	}

	/// Buys VVV with as much of `budget` as the price-impact cap allows, and burns it.
	fn buy_and_burn(budget: Balance) {
		let Some((revenue_reserve, _)) = T::Reserves::reserves() else {
			return Self::deposit_event(Event::BuySkipped { reason: SkipReason::NoPool });
		};
		let spend = budget
			.min(impact::max_spend(revenue_reserve, MaxPriceImpact::<T>::get()))
			.min(Self::pot_revenue());
		if spend == 0 {
			return Self::deposit_event(Event::BuySkipped { reason: SkipReason::ThinLiquidity });
		}
		// The swap and the burn land together or not at all.
		match with_storage_layer(|| Self::swap_and_burn(spend)) {
			Ok(burned) => {
				Budget::<T>::put(budget.saturating_sub(spend));
				TotalSpent::<T>::mutate(|total| total.saturating_accrue(spend));
				TotalBurned::<T>::mutate(|total| total.saturating_accrue(burned));
				CurrentEpoch::<T>::mutate(|epoch| {
					epoch.spent.saturating_accrue(spend);
					epoch.burned.saturating_accrue(burned);
				});
				Self::deposit_event(Event::Burned {
					spent: spend,
					burned,
					average_price: impact::average_price(spend, burned),
				});
			}
			Err(error) => {
				Self::deposit_event(Event::BuySkipped { reason: SkipReason::SwapFailed(error) })
			}
		}
	}

	/// Swaps exactly `spend` of the pot's revenue for VVV into the pot, then burns that VVV.
	fn swap_and_burn(spend: Balance) -> Result<Balance, DispatchError> {
		let pot = Self::pot();
		let path = vec![T::RevenueKind::get(), T::NativeKind::get()];
		let bought = T::Swap::swap_exact_tokens_for_tokens(
			pot.clone(),
			path,
			spend,
			Some(1),
			pot.clone(),
			false,
		)?;
		// The pot keeps its existential deposit of VVV, so all of the purchase can burn.
		T::Native::burn_from(
			&pot,
			bought,
			Preservation::Preserve,
			Precision::Exact,
			Fortitude::Force,
		)
	}

	/// The revenue in the pot.
	pub fn pot_revenue() -> Balance {
		T::Revenue::balance(&Self::pot())
	}

	/// The state for wallets.
	pub fn summary() -> BuyBurnSummary<BlockNumberFor<T>> {
		BuyBurnSummary {
			pot: Self::pot_revenue(),
			budget: Budget::<T>::get(),
			current_epoch: CurrentEpoch::<T>::get(),
			next_epoch_at: NextEpochAt::<T>::get(),
			total_spent: TotalSpent::<T>::get(),
			total_burned: TotalBurned::<T>::get(),
			burn_period: BurnPeriod::<T>::get(),
			burn_share: BurnShare::<T>::get(),
			max_price_impact: MaxPriceImpact::<T>::get(),
		}
	}

	/// The recorded epochs, oldest first.
	pub fn history() -> Vec<EpochRecord<BlockNumberFor<T>>> {
		let current = CurrentEpoch::<T>::get().index;
		let first = current.saturating_sub(T::MaxHistory::get());
		(first..current).filter_map(History::<T>::get).collect()
	}
}
