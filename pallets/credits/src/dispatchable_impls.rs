//! The calls' and the hook's logic, and what the runtime API reads.

use crate::{
	day::{self, allowance, counting, cover},
	pallet::*,
	Balance, Clock, CreditLedger, CreditsInfo, DayIndex, DayRecord, DiemChunk, FreshStake,
	MicroUsd,
};
use alloc::vec::Vec;
use frame_support::{
	ensure,
	traits::{
		fungible::{Inspect, Mutate},
		tokens::{Fortitude, Preservation},
		Get,
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_arithmetic::traits::{Saturating, UniqueSaturatedFrom};
use sp_runtime::{traits::AccountIdConversion, DispatchError, DispatchResult};

impl<T: Config> Pallet<T> {
	/// The custody account: it holds every staked and cooling DIEM.
	pub fn custody() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	/// Gives the custody account a provider reference once, so it can hold an asset that is
	/// not sufficient without a deposit of its own.
	pub(crate) fn ensure_custody_account() {
		let custody = Self::custody();
		if frame_system::Pallet::<T>::providers(&custody) == 0 {
			frame_system::Pallet::<T>::inc_providers(&custody);
		}
	}

	/// The index `meter`'s next `record_usage` batch must carry (0 for an account that never
	/// was a meter).
	pub fn next_batch(meter: &T::AccountId) -> u64 {
		Meters::<T>::get(meter).map_or(0, |state| state.next_batch)
	}

	/// The current credit day.
	pub fn today() -> DayIndex {
		day::day_of(T::Clock::now(), DayLength::<T>::get())
	}

	/// An account's allowance (micro-USD) for `counting` DIEM planck.
	pub(crate) fn allowance_of(counting: Balance) -> MicroUsd {
		allowance(counting, T::DiemUnit::get(), T::MinStakeForCredits::get())
	}

	/// DIEM counting on `today` over all accounts: the stake less what was staked today.
	pub(crate) fn total_counting(today: DayIndex) -> Balance {
		let fresh = Fresh::<T>::get();
		counting(TotalStaked::<T>::get(), fresh.amount, fresh.day, today)
	}

	/// DIEM of `ledger` counting on `today`.
	pub(crate) fn ledger_counting(ledger: &CreditLedger, today: DayIndex) -> Balance {
		counting(ledger.staked, ledger.fresh, ledger.fresh_day, today)
	}

	/// The totals of `today`: opened, the day before closed into the history, by the first
	/// block or call of the day, before anything of it changes what counts.
	pub(crate) fn open_day(today: DayIndex) -> DayRecord {
		let current = Today::<T>::get();
		if current.day >= today {
			return current;
		}
		if current != DayRecord::default() {
			History::<T>::mutate(|history| {
				if history.is_full() {
					history.remove(0);
				}
				// Room was made above, unless the bound is zero (refused by `integrity_test`).
				let _ = history.try_push(current);
			});
		}
		let opened =
			DayRecord { day: today, counting: Self::total_counting(today), ..Default::default() };
		Today::<T>::put(opened);
		opened
	}

	/// Starts `ledger`'s use of `today` if it was of an earlier day: nothing used, and the
	/// allowance of what counts now, which is the day's opening allowance as long as every
	/// change of what counts opens the day first.
	fn open_usage(ledger: &mut CreditLedger, today: DayIndex) {
		if ledger.usage_day != today {
			ledger.usage_day = today;
			ledger.used = 0;
			ledger.day_allowance = Self::allowance_of(Self::ledger_counting(ledger, today));
		}
	}

	/// What is left of `ledger`'s allowance today: what counts now, less what was used.
	fn remaining(ledger: &CreditLedger, today: DayIndex) -> MicroUsd {
		let used = if ledger.usage_day == today { ledger.used } else { 0 };
		Self::allowance_of(Self::ledger_counting(ledger, today)).saturating_sub(used)
	}

	/// Adds `amount` staked `today` to `ledger` and to the totals it returns, `(total staked,
	/// fresh today)`, for the caller to store once the DIEM has moved; fails, changing
	/// nothing, on a stake below the minimum or beyond `u128`.
	fn add_stake(
		ledger: &mut CreditLedger,
		amount: Balance,
		today: DayIndex,
	) -> Result<(Balance, FreshStake), DispatchError> {
		let staked = ledger.staked.checked_add(amount).ok_or(Error::<T>::Overflow)?;
		ensure!(staked >= T::MinStakeForCredits::get(), Error::<T>::BelowMinimumStake);
		let total = TotalStaked::<T>::get().checked_add(amount).ok_or(Error::<T>::Overflow)?;
		let fresh = if ledger.fresh_day == today {
			ledger.fresh.checked_add(amount).ok_or(Error::<T>::Overflow)?
		} else {
			amount
		};
		let mut fresh_total = Fresh::<T>::get();
		if fresh_total.day == today {
			fresh_total.amount =
				fresh_total.amount.checked_add(amount).ok_or(Error::<T>::Overflow)?;
		} else {
			fresh_total = FreshStake { day: today, amount };
		}
		*ledger = CreditLedger { staked, fresh, fresh_day: today, ..*ledger };
		Ok((total, fresh_total))
	}

	/// Stores `ledger`, or removes it when nothing is staked or cooling down: a use of today
	/// is then over, since nothing counts.
	fn store(who: &T::AccountId, ledger: CreditLedger, chunks_left: bool) {
		if ledger.staked == 0 && !chunks_left {
			Ledgers::<T>::remove(who);
		} else {
			Ledgers::<T>::insert(who, ledger);
		}
	}

	pub(crate) fn do_stake(who: T::AccountId, amount: Balance) -> DispatchResult {
		ensure!(amount > 0, Error::<T>::ZeroAmount);
		let spendable =
			T::Diem::reducible_balance(&who, Preservation::Expendable, Fortitude::Polite);
		ensure!(amount <= spendable, Error::<T>::InsufficientBalance);
		let today = Self::today();
		let mut ledger = Ledgers::<T>::get(&who).unwrap_or_default();
		let (total, fresh) = Self::add_stake(&mut ledger, amount, today)?;
		Self::ensure_custody_account();
		T::Diem::transfer(&who, &Self::custody(), amount, Preservation::Expendable)?;
		Ledgers::<T>::insert(&who, ledger);
		TotalStaked::<T>::put(total);
		Fresh::<T>::put(fresh);
		Self::deposit_event(Event::Staked { who, amount, counts_from: today.saturating_add(1) });
		Ok(())
	}

	/// Returns the chunks the account had before, which the call's weight depends on.
	pub(crate) fn do_unstake(who: T::AccountId, amount: Balance) -> Result<u32, DispatchError> {
		ensure!(amount > 0, Error::<T>::ZeroAmount);
		let mut ledger = Ledgers::<T>::get(&who).ok_or(Error::<T>::NotStaker)?;
		ensure!(amount <= ledger.staked, Error::<T>::InsufficientStake);
		let left = ledger.staked.saturating_sub(amount);
		ensure!(left == 0 || left >= T::MinStakeForCredits::get(), Error::<T>::BelowMinimumStake);

		let now = T::Clock::now();
		let day_length = DayLength::<T>::get();
		let today = day::day_of(now, day_length);
		let unlock_at = now.saturating_add(
			day::day_length_ms(day_length).saturating_mul(CooldownDays::<T>::get().into()),
		);
		let mut chunks = Unlocking::<T>::get(&who);
		let before = chunks.len() as u32;
		match chunks.last_mut() {
			Some(chunk) if chunk.unlock_at == unlock_at => chunk.amount.saturating_accrue(amount),
			_ => chunks
				.try_push(DiemChunk { amount, unlock_at })
				.map_err(|_| Error::<T>::TooManyChunks)?,
		}

		// Today's totals and the account's use of today start before what counts falls.
		Self::open_day(today);
		Self::open_usage(&mut ledger, today);
		// What was staked today leaves first: it does not count yet.
		let from_fresh = if ledger.fresh_day == today { amount.min(ledger.fresh) } else { 0 };
		ledger.fresh.saturating_reduce(from_fresh);
		ledger.staked = left;
		Fresh::<T>::mutate(|fresh| {
			if fresh.day == today {
				fresh.amount.saturating_reduce(from_fresh)
			}
		});
		TotalStaked::<T>::mutate(|total| total.saturating_reduce(amount));
		Ledgers::<T>::insert(&who, ledger);
		Unlocking::<T>::insert(&who, chunks);
		Self::deposit_event(Event::Unstaked { who, amount, unlock_at });
		Ok(before)
	}

	/// Returns the chunks the account had before.
	pub(crate) fn do_withdraw(who: T::AccountId) -> Result<u32, DispatchError> {
		let mut chunks = Unlocking::<T>::get(&who);
		let before = chunks.len() as u32;
		ensure!(before > 0, Error::<T>::NothingToWithdraw);
		let now = T::Clock::now();
		let matured = chunks
			.iter()
			.filter(|chunk| chunk.unlock_at <= now)
			.fold(0, |sum: Balance, chunk| sum.saturating_add(chunk.amount));
		ensure!(matured > 0, Error::<T>::CooldownNotElapsed);
		T::Diem::transfer(&Self::custody(), &who, matured, Preservation::Expendable)?;
		chunks.retain(|chunk| chunk.unlock_at > now);
		let ledger = Ledgers::<T>::get(&who).unwrap_or_default();
		Self::store(&who, ledger, !chunks.is_empty());
		if chunks.is_empty() {
			Unlocking::<T>::remove(&who);
		} else {
			Unlocking::<T>::insert(&who, chunks);
		}
		Self::deposit_event(Event::Withdrawn { who, amount: matured });
		Ok(before)
	}

	/// Returns the chunks the account had before.
	pub(crate) fn do_cancel_unstake(who: T::AccountId, chunk: u32) -> Result<u32, DispatchError> {
		let mut chunks = Unlocking::<T>::get(&who);
		let before = chunks.len() as u32;
		let index = usize::try_from(chunk).map_err(|_| Error::<T>::UnknownChunk)?;
		ensure!(index < chunks.len(), Error::<T>::UnknownChunk);
		let amount = chunks.remove(index).amount;
		let today = Self::today();
		let mut ledger = Ledgers::<T>::get(&who).unwrap_or_default();
		let (total, fresh) = Self::add_stake(&mut ledger, amount, today)?;
		Ledgers::<T>::insert(&who, ledger);
		if chunks.is_empty() {
			Unlocking::<T>::remove(&who);
		} else {
			Unlocking::<T>::insert(&who, chunks);
		}
		TotalStaked::<T>::put(total);
		Fresh::<T>::put(fresh);
		Self::deposit_event(Event::UnstakeCancelled {
			who,
			amount,
			counts_from: today.saturating_add(1),
		});
		Ok(before)
	}

	/// Records batch `batch_index` of `meter`, of usage served on `day` (see the crate docs:
	/// exactly once, and late batches).
	pub(crate) fn do_record_usage(
		meter: T::AccountId,
		batch_index: u64,
		day: DayIndex,
		batch: Vec<(T::AccountId, MicroUsd)>,
	) -> DispatchResult {
		let mut state = Meters::<T>::get(&meter)
			.filter(|state| state.registered)
			.ok_or(Error::<T>::NotMeter)?;
		ensure!(batch_index >= state.next_batch, Error::<T>::BatchAlreadyRecorded);
		ensure!(batch_index == state.next_batch, Error::<T>::BatchOutOfOrder);
		state.next_batch = state.next_batch.checked_add(1).ok_or(Error::<T>::Overflow)?;
		ensure!(!batch.is_empty(), Error::<T>::EmptyBatch);
		let entries = u32::try_from(batch.len()).map_err(|_| Error::<T>::BatchTooLarge)?;
		ensure!(entries <= T::MaxUsageBatch::get(), Error::<T>::BatchTooLarge);
		ensure!(batch.iter().all(|(_, amount)| *amount > 0), Error::<T>::ZeroUsage);
		// The clock and the day length, read once for today and for the late-batch grace.
		let (now, day_length) = (T::Clock::now(), DayLength::<T>::get());
		let today = day::day_of(now, day_length);
		ensure!(day <= today, Error::<T>::FutureDay);

		// Opening today closes yesterday into the history, where a late batch's totals go.
		let mut record = Self::open_day(today);
		// Yesterday's allowances cover a late batch only in today's first hour (1/24 of a day):
		// later, a batch labelled yesterday would carry yesterday's unused credit into today.
		let yesterday_recorded = day.checked_add(1) == Some(today)
			&& day::within_late_grace(now, today, day_length)
			&& History::<T>::get().last().is_some_and(|closed| closed.day == day);
		let (mut covered_total, mut uncovered_total): (MicroUsd, MicroUsd) = (0, 0);
		let mut uncovered_by_account = Vec::new();
		for (account, amount) in batch {
			let covered = match Ledgers::<T>::get(&account) {
				Some(ledger) if day == today => Self::charge(&account, ledger, day, amount),
				// Yesterday's allowance is known exactly only if nothing changed the ledger
				// since midnight: no stake (which sets `fresh_day`), no unstake or use (which
				// open today's usage).
				Some(ledger)
					if yesterday_recorded
						&& ledger.fresh_day < today
						&& ledger.usage_day < today =>
				{
					Self::charge(&account, ledger, day, amount)
				}
				_ => 0,
			};
			let uncovered = amount.saturating_sub(covered);
			// Reports, not balances: a meter's absurd entry saturates them rather than
			// blocking every later batch of the day.
			covered_total.saturating_accrue(covered);
			uncovered_total.saturating_accrue(uncovered);
			if uncovered > 0 {
				uncovered_by_account.push((account, uncovered));
			}
		}
		if day == today {
			record.used.saturating_accrue(covered_total);
			record.uncovered.saturating_accrue(uncovered_total);
			Today::<T>::put(record);
		} else {
			History::<T>::mutate(|history| {
				if let Some(closed) = history.iter_mut().rev().find(|closed| closed.day == day) {
					closed.used.saturating_accrue(covered_total);
					closed.uncovered.saturating_accrue(uncovered_total);
				}
			});
		}
		Meters::<T>::insert(&meter, state);
		Self::deposit_event(Event::UsageRecorded {
			meter,
			batch_index,
			day,
			entries,
			covered: covered_total,
			uncovered: uncovered_total,
			uncovered_by_account,
		});
		Ok(())
	}

	/// Covers `amount` of `who`'s usage on `day` by what is left of its allowance that day,
	/// stores the ledger if anything was covered, and returns the covered part.
	fn charge(
		who: &T::AccountId,
		mut ledger: CreditLedger,
		day: DayIndex,
		amount: MicroUsd,
	) -> MicroUsd {
		Self::open_usage(&mut ledger, day);
		let (covered, _) = cover(Self::remaining(&ledger, day), amount);
		if covered > 0 {
			// At most the allowance: no overflow.
			ledger.used.saturating_accrue(covered);
			Ledgers::<T>::insert(who, ledger);
		}
		covered
	}

	/// `who`'s credits as a wallet shows them, at the current block.
	pub fn credits(who: &T::AccountId) -> CreditsInfo<BlockNumberFor<T>> {
		let now = T::Clock::now();
		let day_length = DayLength::<T>::get();
		let today = day::day_of(now, day_length);
		let ledger = Ledgers::<T>::get(who).unwrap_or_default();
		let counting_today = Self::ledger_counting(&ledger, today);
		let (allowance_today, used_today) = if ledger.usage_day == today {
			(ledger.day_allowance, ledger.used)
		} else {
			(Self::allowance_of(counting_today), 0)
		};
		let next_renewal_at = day::day_start(today.saturating_add(1), day_length);
		let blocks_left = next_renewal_at.saturating_sub(now).div_ceil(T::BlockTime::get().max(1));
		let next_renewal_block = frame_system::Pallet::<T>::block_number()
			.saturating_add(BlockNumberFor::<T>::unique_saturated_from(blocks_left));
		CreditsInfo {
			staked: ledger.staked,
			counting_today,
			counting_tomorrow: ledger.staked,
			allowance_today,
			used_today,
			remaining_today: Self::remaining(&ledger, today),
			next_renewal_at,
			next_renewal_block,
			unlocking: Unlocking::<T>::get(who).into_inner(),
		}
	}

	/// The totals of the last `days` days, oldest first, today's (so far) last. Days on which
	/// no block was produced have no record.
	pub fn day_summary(days: u32) -> Vec<DayRecord> {
		let today = Self::today();
		let mut records = History::<T>::get().into_inner();
		let current = Today::<T>::get();
		if current.day >= today {
			records.push(current);
		} else {
			if current != DayRecord::default() {
				records.push(current);
			}
			records.push(DayRecord {
				day: today,
				counting: Self::total_counting(today),
				..Default::default()
			});
		}
		let first = today.saturating_sub(days.saturating_sub(1));
		records.retain(|record| days > 0 && record.day >= first);
		records
	}
}
