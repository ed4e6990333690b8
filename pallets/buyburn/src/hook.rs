//! The per-block work: sample the reference price before any transaction runs; after them,
//! forward the stakers' share of the block's fees, close an epoch when it is due, then buy VVV
//! with the budget within the reference's limits, stream the stakers' share of it and burn the
//! rest; and what the runtime API reads.

use crate::{
	impact::{self, Balance},
	pallet::*,
	reference, BuyBurnSummary, EpochRecord, PoolReserves, ReferencePrice, SkipReason,
	StakerRewards, WeightInfo,
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
use sp_arithmetic::traits::{Saturating, UniqueSaturatedInto, Zero};
use sp_runtime::DispatchError;

/// What a purchase may spend and must get, from the reference price.
struct Purchase {
	spend: Balance,
	min_out: Balance,
	reference_price: Balance,
}

impl<T: Config> Pallet<T> {
	/// Moves the reference price one block towards the pool's price, in `on_initialize`: the
	/// pool as the previous block left it, before any transaction of this block. A sample
	/// counts at most `MaxSlippage` above the reference, so a price held up moves the average
	/// slowly however high it is. Without a pool the reference keeps its value.
	pub(crate) fn sample_price(now: BlockNumberFor<T>) {
		let Some((revenue, native)) = T::Reserves::reserves() else { return };
		let Some(spot) = reference::spot_price(revenue, native) else { return };
		let (price, since) = match Reference::<T>::get() {
			None => (spot, now),
			Some(old) => {
				let half_life: u32 = PriceHalfLife::<T>::get().unique_saturated_into();
				let ceiling = reference::limit_price(old.price, MaxSlippage::<T>::get());
				let decay = reference::decay_per_block(half_life);
				(reference::ema(old.price, spot.min(ceiling), decay), old.since)
			}
		};
		let depth = reference::implied_depth(revenue, native, price.min(spot));
		Reference::<T>::put(ReferencePrice { price, open: spot, depth, since });
	}

	/// The hook: does nothing unless `remaining` has room for its worst case.
	pub(crate) fn tick(now: BlockNumberFor<T>, remaining: Weight) -> Weight {
		let worst = T::WeightInfo::on_idle_worst();
		if remaining.any_lt(worst) {
			return Weight::zero();
		}
		let forwarded = Self::forward_fee_rewards();
		let closing = now >= NextEpochAt::<T>::get();
		let budget = if closing { Self::close_epoch(now) } else { Budget::<T>::get() };
		let due = budget > 0
			&& LastPurchaseAt::<T>::get()
				.is_none_or(|last| now >= last.saturating_add(BuyInterval::<T>::get()));
		if due {
			Self::buy_and_burn(now, budget);
		}
		if forwarded || closing || due {
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
			streamed: 0,
		});
		NextEpochAt::<T>::put(now.saturating_add(BurnPeriod::<T>::get()));
		Self::deposit_event(Event::EpochClosed { record: closed, budget });
		budget
	}

	/// Hands the stakers' share of fees set aside in the pot ([`PendingFeeRewards`]) to their
	/// stream, or burns it if the stream refuses it; returns whether there was any. If even the
	/// burn fails (it cannot: the VVV is in the pot), it waits for the next block.
	fn forward_fee_rewards() -> bool {
		let pending = PendingFeeRewards::<T>::get();
		if pending == 0 {
			return false;
		}
		let (streamed, burned) = match Self::stream_or_burn(pending) {
			Ok(split) => split,
			Err(_) => return true,
		};
		PendingFeeRewards::<T>::kill();
		Self::deposit_event(Event::FeeRewardsForwarded { streamed, burned });
		true
	}

	/// Streams `to_stakers` of the pot's VVV to the stakers; if the stream refuses it, burns it
	/// instead. Returns `(streamed, burned)`, one of them zero; changes nothing on an error.
	fn stream_or_burn(to_stakers: Balance) -> Result<(Balance, Balance), DispatchError> {
		if to_stakers == 0 {
			return Ok((0, 0));
		}
		let pot = Self::pot();
		if with_storage_layer(|| T::StakerRewards::distribute(&pot, to_stakers)).is_ok() {
			return Ok((to_stakers, 0));
		}
		let burned = T::Native::burn_from(
			&pot,
			to_stakers,
			Preservation::Preserve,
			Precision::Exact,
			Fortitude::Force,
		)?;
		Ok((0, burned))
	}

	/// Buys VVV with as much of `budget` as the reference price allows; streams the stakers'
	/// share of it and burns the rest.
	fn buy_and_burn(now: BlockNumberFor<T>, budget: Balance) {
		let purchase = match Self::size_purchase(now, budget) {
			Ok(purchase) => purchase,
			Err(reason) => return Self::deposit_event(Event::BuySkipped { reason }),
		};
		let spent = purchase.spend;
		// The swap, the stream and the burn land together or not at all.
		match with_storage_layer(|| Self::swap_and_burn(spent, purchase.min_out)) {
			Ok((burned, streamed)) => {
				// Exactly the spend left the pot (no purchase leaves it dust for the DEX to
				// take), so the budget, at most the pot before, is at most the pot after.
				Budget::<T>::put(budget.saturating_sub(spent));
				LastPurchaseAt::<T>::put(now);
				TotalSpent::<T>::mutate(|total| total.saturating_accrue(spent));
				TotalBurned::<T>::mutate(|total| total.saturating_accrue(burned));
				TotalStreamed::<T>::mutate(|total| total.saturating_accrue(streamed));
				CurrentEpoch::<T>::mutate(|epoch| {
					epoch.spent.saturating_accrue(spent);
					epoch.burned.saturating_accrue(burned);
					epoch.streamed.saturating_accrue(streamed);
				});
				Self::deposit_event(Event::Burned {
					spent,
					burned,
					streamed,
					average_price: impact::average_price(spent, burned.saturating_add(streamed)),
					reference_price: purchase.reference_price,
				});
			}
			Err(error) => {
				Self::deposit_event(Event::BuySkipped { reason: SkipReason::SwapFailed(error) })
			}
		}
	}

	/// How much of `budget` to spend now and the least VVV it must buy; or why nothing.
	///
	/// Nothing of the live pool can enlarge a purchase: its size is at most the price-impact
	/// cap on the depth the reference implies. The live reserves can only make it smaller (the
	/// same cap on the live depth, so no purchase moves the pool price by more than
	/// `MaxPriceImpact`; the most the pool sells within the limit) or stop it (a price above
	/// the limit).
	fn size_purchase(now: BlockNumberFor<T>, budget: Balance) -> Result<Purchase, SkipReason> {
		let (revenue, native) = T::Reserves::reserves().ok_or(SkipReason::NoPool)?;
		let reference = Reference::<T>::get()
			.filter(|r| {
				r.since.is_zero() || now >= r.since.saturating_add(PriceHalfLife::<T>::get())
			})
			.ok_or(SkipReason::NoReferencePrice)?;
		let price = reference.buy_price();
		let limit = reference::limit_price(price, MaxSlippage::<T>::get());
		let spot = reference::spot_price(revenue, native).ok_or(SkipReason::PriceAboveReference)?;
		if spot > limit {
			return Err(SkipReason::PriceAboveReference);
		}
		let impact = MaxPriceImpact::<T>::get();
		let cap = impact::max_spend(reference.depth.min(revenue), impact);
		if cap == 0 {
			return Err(SkipReason::ThinLiquidity);
		}
		let affordable = reference::affordable_spend(revenue, native, limit, T::PoolFee::get());
		let pot = Self::pot_revenue();
		let mut spend = budget.min(pot).min(cap).min(affordable);
		// A rest below the minimum balance would go to the DEX with the swap, unpaid for: spend
		// all of the pot, or leave it at least the minimum.
		let keep = T::Revenue::minimum_balance();
		if spend < pot && pot.saturating_sub(spend) < keep {
			spend = pot.saturating_sub(keep);
			if spend == 0 {
				return Err(SkipReason::WouldLeaveDust);
			}
		}
		let min_out = reference::min_out(spend, limit).filter(|_| spend > 0);
		let min_out = min_out.ok_or(SkipReason::PriceAboveReference)?;
		Ok(Purchase { spend, min_out, reference_price: reference::per_vvv(price) })
	}

	/// Swaps exactly `spend` of the pot's revenue for at least `min_out` VVV into the pot, then
	/// streams `StakerShare` of that VVV (rounded down) to the stakers and burns the rest — all
	/// of it if the stream refuses its share. Returns `(burned, streamed)`, which add up to the
	/// VVV bought.
	fn swap_and_burn(
		spend: Balance,
		min_out: Balance,
	) -> Result<(Balance, Balance), DispatchError> {
		let pot = Self::pot();
		let path = vec![T::RevenueKind::get(), T::NativeKind::get()];
		let bought = T::Swap::swap_exact_tokens_for_tokens(
			pot.clone(),
			path,
			spend,
			Some(min_out),
			pot.clone(),
			false,
		)?;
		// The remainder of the rounding goes to the burn: stakers never get above their share.
		let share = StakerShare::<T>::get().mul_floor(bought);
		let (streamed, refused) = Self::stream_or_burn(share)?;
		let rest = bought.saturating_sub(share);
		// The pot keeps its existential deposit of VVV, so all of the purchase can burn.
		let burned = if rest == 0 {
			0
		} else {
			T::Native::burn_from(
				&pot,
				rest,
				Preservation::Preserve,
				Precision::Exact,
				Fortitude::Force,
			)?
		};
		Ok((burned.saturating_add(refused), streamed))
	}

	/// The revenue in the pot.
	pub fn pot_revenue() -> Balance {
		T::Revenue::balance(&Self::pot())
	}

	/// The state for wallets.
	pub fn summary() -> BuyBurnSummary<BlockNumberFor<T>> {
		let fee_shares = FeeShares::<T>::get();
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
			reference: Reference::<T>::get(),
			spot_price: T::Reserves::reserves()
				.and_then(|(revenue, native)| reference::spot_price(revenue, native)),
			price_half_life: PriceHalfLife::<T>::get(),
			max_slippage: MaxSlippage::<T>::get(),
			buy_interval: BuyInterval::<T>::get(),
			last_purchase_at: LastPurchaseAt::<T>::get(),
			total_streamed: TotalStreamed::<T>::get(),
			staker_share: StakerShare::<T>::get(),
			fee_burn_share: fee_shares.burn,
			fee_staker_share: fee_shares.stakers,
		}
	}

	/// The recorded epochs, oldest first.
	pub fn history() -> Vec<EpochRecord<BlockNumberFor<T>>> {
		let current = CurrentEpoch::<T>::get().index;
		let first = current.saturating_sub(T::MaxHistory::get());
		(first..current).filter_map(History::<T>::get).collect()
	}
}
