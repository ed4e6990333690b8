//! The pallet's invariants (design §7.6), checked by `try-runtime` after every block and by the
//! tests after every step of random call sequences.

use crate::{pallet::*, Balance, MicroUsd};
use frame_support::{ensure, traits::fungible::Inspect, traits::Get};
use sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	/// Every invariant of the pallet's state; the first broken one as an error. Iterates the
	/// ledgers: for `try-runtime` and tests, not for blocks.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let today = Self::today();
		let record = Today::<T>::get();
		let min = T::MinStakeForCredits::get();
		let (mut staked, mut cooling, mut fresh): (Balance, Balance, Balance) = (0, 0, 0);
		let (mut used, mut allowances): (MicroUsd, MicroUsd) = (0, 0);
		let fresh_total = Fresh::<T>::get();
		let history = History::<T>::get();
		// The last closed day, which late batches still charge, and the accounts' use of it.
		let last_closed = history.last().copied();
		let mut used_last_closed: MicroUsd = 0;
		for (who, ledger) in Ledgers::<T>::iter() {
			ensure!(ledger.staked == 0 || ledger.staked >= min, "a stake below the minimum");
			// A fresh stake of an earlier day counts now, and unstakes leave it as it was.
			ensure!(
				ledger.fresh_day < today || ledger.fresh <= ledger.staked,
				"more staked today than staked"
			);
			ensure!(ledger.used <= ledger.day_allowance, "more credits used than the allowance");
			ensure!(
				ledger.staked > 0 || Unlocking::<T>::contains_key(&who),
				"an empty ledger is kept"
			);
			staked = staked.checked_add(ledger.staked).ok_or("the stakes overflow")?;
			if ledger.fresh_day == fresh_total.day {
				fresh = fresh.checked_add(ledger.fresh).ok_or("the fresh stakes overflow")?;
			}
			ensure!(ledger.fresh_day <= fresh_total.day, "a stake fresher than the freshest");
			if ledger.usage_day == record.day {
				used = used.checked_add(ledger.used).ok_or("the uses overflow")?;
				allowances = allowances
					.checked_add(ledger.day_allowance)
					.ok_or("the allowances overflow")?;
			}
			if last_closed.is_some_and(|closed| closed.day == ledger.usage_day) {
				used_last_closed =
					used_last_closed.checked_add(ledger.used).ok_or("the uses overflow")?;
			}
			ensure!(ledger.usage_day <= today, "a use of a day to come");
		}
		if let Some(closed) = last_closed {
			ensure!(
				used_last_closed <= closed.used,
				"the accounts used more of the last closed day than its record"
			);
		}
		for (who, chunks) in Unlocking::<T>::iter() {
			ensure!(!chunks.is_empty(), "an empty chunk list is kept");
			ensure!(Ledgers::<T>::contains_key(&who), "chunks without a ledger");
			for chunk in chunks {
				ensure!(chunk.amount > 0, "an empty chunk");
				cooling = cooling.checked_add(chunk.amount).ok_or("the chunks overflow")?;
			}
		}
		ensure!(staked == TotalStaked::<T>::get(), "the stakes do not add up to TotalStaked");
		// Of an earlier day, `Fresh` means nothing, and its stakers may have left since.
		ensure!(
			fresh_total.day < today || fresh == fresh_total.amount,
			"the fresh stakes do not add up to Fresh"
		);
		let custody = staked.checked_add(cooling).ok_or("the custody overflows")?;
		// DIEM sent to the custody account by a plain transfer is nobody's: at least, not equal.
		ensure!(
			T::Diem::balance(&Self::custody()) >= custody,
			"the custody account holds less than the stakes and chunks"
		);
		ensure!(record.day <= today, "today's record is of a day to come");
		ensure!(used <= record.used, "the accounts used more than the day's record");
		let day_allowance = Self::allowance_of(record.counting);
		ensure!(
			allowances <= day_allowance,
			"the accounts' allowances exceed $1 per DIEM counting at the day's start"
		);
		ensure!(record.used <= day_allowance, "the day used more than $1 per DIEM counting");
		for day in history {
			ensure!(day.day < record.day, "a closed day after today's");
			ensure!(
				day.used <= Self::allowance_of(day.counting),
				"a closed day used more than $1 per DIEM counting"
			);
		}
		ensure!(DayLength::<T>::get() > 0, "the day length is zero");
		Ok(())
	}
}
