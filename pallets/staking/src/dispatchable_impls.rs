//! The calls' and the hook's logic, and what the runtime API reads.

use crate::{
	pallet::*,
	rewards::{self, Balance, RewardIndex, RewardPool},
	Ledger, Payout, RewardStream, StakerInfo, StakingSummary, UnlockChunk,
};
use frame_support::{
	ensure,
	traits::{
		fungible::{Inspect, Mutate, MutateHold},
		tokens::{Fortitude, Precision, Preservation},
		Get,
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_arithmetic::{
	traits::{Saturating, UniqueSaturatedInto},
	FixedPointNumber, FixedU128, Perbill,
};
use sp_runtime::{traits::AccountIdConversion, DispatchError, DispatchResult};

impl<T: Config> Pallet<T> {
	/// The pot: emissions are minted here and rewards paid from here.
	pub fn pot() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	/// Brings `ledger`'s rewards up to `index`.
	pub(crate) fn settle(ledger: &mut Ledger<T>, index: &RewardIndex) {
		ledger.earned =
			rewards::settle(ledger.earned, ledger.staked, ledger.locked, &ledger.snapshot, index);
		ledger.snapshot = *index;
	}

	/// `who`'s ledger with its rewards settled to now, `None` if it has none.
	pub(crate) fn settled_ledger(who: &T::AccountId) -> Option<Ledger<T>> {
		let mut ledger = Ledgers::<T>::get(who)?;
		Self::settle(&mut ledger, &Pool::<T>::get().index);
		Some(ledger)
	}

	/// Adds `amount` to `ledger`'s stake and returns the new total stake, for the caller to
	/// store once the VVV is held; fails, with nothing stored, beyond `u128`.
	fn add_stake(ledger: &mut Ledger<T>, amount: Balance) -> Result<Balance, Error<T>> {
		let total = TotalStaked::<T>::get().checked_add(amount).ok_or(Error::<T>::Overflow)?;
		ledger.staked = ledger.staked.checked_add(amount).ok_or(Error::<T>::Overflow)?;
		Ok(total)
	}

	/// Stores `ledger`, or removes it when nothing is left in it.
	pub(crate) fn store(who: &T::AccountId, ledger: Ledger<T>) {
		if ledger.is_empty() {
			Ledgers::<T>::remove(who);
		} else {
			Ledgers::<T>::insert(who, ledger);
		}
	}

	/// The block's emission: minted into the pot and added to the reward index; then the
	/// treasury is paid what it is due. A block whose emission cannot be accounted for (beyond
	/// `u128`) or minted mints nothing.
	pub(crate) fn emit() {
		let carried = Pool::<T>::get();
		let (emission, remainder) = rewards::block_emission(
			AnnualEmission::<T>::get(),
			carried.emission_remainder,
			T::BlocksPerYear::get(),
		);
		let pot = Self::pot();
		// The emission and the stream are split over the same stake.
		let (staked, locked, share) =
			(TotalStaked::<T>::get(), TotalLocked::<T>::get(), LockedYieldToTreasury::<T>::get());
		// Below one planck a block, the emission only adds to the carried remainder.
		let mut next = RewardPool { emission_remainder: remainder, ..carried };
		let minted = emission == 0
			|| (rewards::distribute(&mut next, emission, staked, locked, share).is_ok()
				&& T::Currency::mint_into(&pot, emission).is_ok());
		let mut pool = if minted {
			TotalEmitted::<T>::mutate(|total| total.saturating_accrue(emission));
			next
		} else {
			carried
		};
		Self::stream(&mut pool, staked, locked, share);
		// The treasury's account may not exist yet; its due waits until it is at least the
		// existential deposit.
		if pool.treasury_due > 0
			&& T::Currency::transfer(
				&pot,
				&T::TreasuryAccount::get(),
				pool.treasury_due,
				Preservation::Preserve,
			)
			.is_ok()
		{
			pool.treasury_due = 0;
		}
		Pool::<T>::put(pool);
	}

	/// Pays this block's share of the distributed VVV into the rewards: an equal share of
	/// what is pending for each block left of the stream, all of it in its last block. The
	/// VVV is in the pot already. `staked`, `locked` and `share` split it, as the emission.
	fn stream(pool: &mut RewardPool, staked: Balance, locked: Balance, share: Perbill) {
		let stream = Stream::<T>::get();
		if stream.pending == 0 {
			return;
		}
		let now = frame_system::Pallet::<T>::block_number();
		let blocks_left: u128 = stream.ends_at.saturating_sub(now).unique_saturated_into();
		let release = stream.pending.checked_div(blocks_left.saturating_add(1)).unwrap_or_default();
		let mut next = *pool;
		if rewards::distribute(&mut next, release, staked, locked, share).is_ok() {
			*pool = next;
			Stream::<T>::put(RewardStream {
				pending: stream.pending.saturating_sub(release),
				..stream
			});
		}
	}

	pub(crate) fn do_stake(who: T::AccountId, amount: Balance) -> DispatchResult {
		ensure!(amount > 0, Error::<T>::ZeroAmount);
		// What `hold` itself allows: the account stays alive.
		let free = T::Currency::reducible_balance(&who, Preservation::Protect, Fortitude::Force);
		ensure!(amount <= free, Error::<T>::InsufficientBalance);
		ensure!(amount.saturating_add(T::FeeReserve::get()) <= free, Error::<T>::NoFeeReserve);
		let mut ledger = Self::settled_ledger(&who)
			.unwrap_or_else(|| Ledger { snapshot: Pool::<T>::get().index, ..Default::default() });
		let total = Self::add_stake(&mut ledger, amount)?;
		T::Currency::hold(&HoldReason::Staked.into(), &who, amount)?;
		Ledgers::<T>::insert(&who, ledger);
		TotalStaked::<T>::put(total);
		Self::deposit_event(Event::Staked { who, amount });
		Ok(())
	}

	/// Returns the chunks the ledger had before, which the call's weight depends on.
	pub(crate) fn do_unstake(who: T::AccountId, amount: Balance) -> Result<u32, DispatchError> {
		ensure!(amount > 0, Error::<T>::ZeroAmount);
		let mut ledger = Self::settled_ledger(&who).ok_or(Error::<T>::NotStaker)?;
		ensure!(amount <= ledger.staked, Error::<T>::InsufficientStake);
		ensure!(amount <= ledger.staked.saturating_sub(ledger.locked), Error::<T>::StakeLocked);
		let chunks = ledger.unlocking.len() as u32;
		let unlock_at =
			frame_system::Pallet::<T>::block_number().saturating_add(UnbondingPeriod::<T>::get());
		match ledger.unlocking.last_mut() {
			Some(chunk) if chunk.unlock_at == unlock_at => chunk.amount.saturating_accrue(amount),
			_ => ledger
				.unlocking
				.try_push(UnlockChunk { amount, unlock_at })
				.map_err(|_| Error::<T>::TooManyChunks)?,
		}
		ledger.staked.saturating_reduce(amount);
		Ledgers::<T>::insert(&who, ledger);
		TotalStaked::<T>::mutate(|total| total.saturating_reduce(amount));
		Self::deposit_event(Event::Unstaked { who, amount, unlock_at });
		Ok(chunks)
	}

	/// Returns the chunks the ledger had before.
	pub(crate) fn do_withdraw_unstaked(who: T::AccountId) -> Result<u32, DispatchError> {
		let mut ledger = Ledgers::<T>::get(&who).ok_or(Error::<T>::NotStaker)?;
		let chunks = ledger.unlocking.len() as u32;
		ensure!(chunks > 0, Error::<T>::NothingToWithdraw);
		let now = frame_system::Pallet::<T>::block_number();
		let matured = ledger
			.unlocking
			.iter()
			.filter(|chunk| chunk.unlock_at <= now)
			.fold(0, |sum: Balance, chunk| sum.saturating_add(chunk.amount));
		ensure!(matured > 0, Error::<T>::CooldownNotElapsed);
		T::Currency::release(&HoldReason::Staked.into(), &who, matured, Precision::Exact)?;
		ledger.unlocking.retain(|chunk| chunk.unlock_at > now);
		Self::store(&who, ledger);
		Self::deposit_event(Event::Withdrawn { who, amount: matured });
		Ok(chunks)
	}

	/// Returns the chunks the ledger had before.
	pub(crate) fn do_cancel_unstake(who: T::AccountId, chunk: u32) -> Result<u32, DispatchError> {
		let mut ledger = Self::settled_ledger(&who).ok_or(Error::<T>::NotStaker)?;
		let chunks = ledger.unlocking.len() as u32;
		let index = usize::try_from(chunk).map_err(|_| Error::<T>::UnknownChunk)?;
		ensure!(index < ledger.unlocking.len(), Error::<T>::UnknownChunk);
		let amount = ledger.unlocking.remove(index).amount;
		let total = Self::add_stake(&mut ledger, amount)?;
		Ledgers::<T>::insert(&who, ledger);
		TotalStaked::<T>::put(total);
		Self::deposit_event(Event::UnstakeCancelled { who, amount });
		Ok(chunks)
	}

	pub(crate) fn do_claim(who: T::AccountId, payout: Payout) -> DispatchResult {
		let mut ledger = Self::settled_ledger(&who).ok_or(Error::<T>::NotStaker)?;
		let amount = ledger.earned.planck;
		ensure!(amount > 0, Error::<T>::NoRewards);
		let pot = Self::pot();
		let event = match payout {
			Payout::Claim => {
				T::Currency::transfer(&pot, &who, amount, Preservation::Preserve)?;
				Event::RewardsClaimed { who: who.clone(), amount }
			}
			Payout::Compound => {
				let total = Self::add_stake(&mut ledger, amount)?;
				T::Currency::transfer_and_hold(
					&HoldReason::Staked.into(),
					&pot,
					&who,
					amount,
					Precision::Exact,
					Preservation::Preserve,
					Fortitude::Polite,
				)?;
				TotalStaked::<T>::put(total);
				Event::Compounded { who: who.clone(), amount }
			}
		};
		ledger.earned.planck = 0;
		Self::store(&who, ledger);
		Self::deposit_event(event);
		Ok(())
	}

	/// Moves `amount` of `from`'s VVV to the pot and streams it into the stakers' rewards from
	/// the next block on, split like the emission. Alone it is paid over [`DistributionPeriod`]
	/// blocks; joining a stream, the stream ends at the amount-weighted mean of its end and
	/// the period's ([`RewardStream::merge`]), so a small distribution cannot hold back what
	/// is streaming already. For the `distribute_rewards` call and for other pallets (a fee or
	/// revenue router) that pay stakers.
	pub fn do_distribute_rewards(
		from: T::AccountId,
		amount: Balance,
		preservation: Preservation,
	) -> DispatchResult {
		ensure!(amount > 0, Error::<T>::ZeroAmount);
		let total_staked = TotalStaked::<T>::get();
		ensure!(total_staked > 0, Error::<T>::NoStakers);
		let spendable = T::Currency::reducible_balance(&from, preservation, Fortitude::Polite);
		ensure!(amount <= spendable, Error::<T>::InsufficientBalance);
		let stream = Stream::<T>::get()
			.merge(
				amount,
				frame_system::Pallet::<T>::block_number(),
				DistributionPeriod::<T>::get(),
			)
			.ok_or(Error::<T>::Overflow)?;
		T::Currency::transfer(&from, &Self::pot(), amount, preservation)?;
		Stream::<T>::put(stream);
		Self::deposit_event(Event::RewardsDistributed { who: from, amount, until: stream.ends_at });
		Ok(())
	}

	/// `who` as a wallet shows it: stake, locked part, rewards claimable now, chunks.
	pub fn staker(who: &T::AccountId) -> StakerInfo<BlockNumberFor<T>> {
		let ledger = Self::settled_ledger(who).unwrap_or_default();
		StakerInfo {
			staked: ledger.staked,
			locked: ledger.locked,
			pending_rewards: ledger.earned.planck,
			unlocking: ledger.unlocking.into_inner(),
		}
	}

	/// The pool's totals, emission and the APR they imply.
	pub fn summary() -> StakingSummary {
		let total_staked = TotalStaked::<T>::get();
		let annual_emission = AnnualEmission::<T>::get();
		StakingSummary {
			total_staked,
			total_locked: TotalLocked::<T>::get(),
			annual_emission,
			apr: FixedU128::checked_from_rational(annual_emission, total_staked),
			locked_yield_to_treasury: LockedYieldToTreasury::<T>::get(),
		}
	}
}
