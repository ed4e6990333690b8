//! What an account may still spend through this gateway now: the chain's remaining allowance
//! (the `CreditsApi` at the best block the meter follows) less what this gateway served and
//! the chain had not counted at that block.
//!
//! "Not counted at that block" is exact, not a guess: every journaled usage has a sequence
//! number, every batch covers a run of them, and the chain's state says which batch the meter
//! records next (`next_batch`). At a block where it is `n`, every entry of batches `< n` is
//! counted there, every later one is not.

use crate::{
	chain::{Chain, ChainError},
	store::Usage,
	time::{day_of, renewal_of},
	AccountId, DayIndex, MicroUsd,
};
use diem_runtime::Runtime;
use frame_support::traits::Get;
use pallet_credits::CreditsInfo;
use sp_core::H256;
use std::{
	collections::{BTreeMap, HashMap},
	sync::{Arc, Mutex, RwLock},
	time::{Duration, Instant},
};

/// The chain as the meter last saw it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChainView {
	/// The best block.
	pub best: H256,
	/// The credit day length, seconds.
	pub day_length: u64,
	/// The best block's credit day.
	pub chain_day: DayIndex,
	/// The batch index the chain expects next from this meter, at the best block.
	pub next_batch: u64,
	/// The same at the finalized head.
	pub finalized_next_batch: u64,
	/// Whether this gateway's meter is registered (at the best block).
	pub registered: bool,
}

/// An account's credits as a response's headers and a 402 show them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Allowance {
	/// Today's allowance.
	pub allowance: MicroUsd,
	/// What is left of it, after what this gateway served and the chain has not counted.
	pub remaining: MicroUsd,
	/// When it renews, Unix ms.
	pub renews_at_ms: u64,
	/// The day it is of.
	pub day: DayIndex,
}

impl Allowance {
	/// What was used of it.
	pub fn used(&self) -> MicroUsd {
		self.allowance.saturating_sub(self.remaining)
	}
}

/// The entries the chain has not finalized, and where each batch ends.
#[derive(Default)]
struct Pending {
	/// Per account: sequence number → (day, micro-USD).
	entries: HashMap<[u8; 32], BTreeMap<u64, (DayIndex, MicroUsd)>>,
	/// Batch index → one past its last sequence number, for the batches not finalized.
	batch_end: BTreeMap<u64, u64>,
	/// Entries below this are finalized and forgotten.
	floor: u64,
}

impl Pending {
	/// The sequence number below which the chain has counted everything, in a state whose
	/// meter expects batch `next_batch`.
	fn counted_below(&self, next_batch: u64) -> u64 {
		let Some(last) = next_batch.checked_sub(1) else { return 0 };
		if let Some(end) = self.batch_end.get(&last) {
			return *end;
		}
		match self.batch_end.last_key_value() {
			// Beyond every batch kept: all of them counted.
			Some((index, end)) if *index < last => *end,
			// Before every batch kept (or none kept): what is kept is all uncounted.
			_ => self.floor,
		}
	}
}

/// The gateway's knowledge of credits.
pub struct Credits {
	view: RwLock<Option<ChainView>>,
	cache: Mutex<HashMap<AccountId, Cached>>,
	pending: Mutex<Pending>,
	/// What requests in flight may cost at most, per account and per key ([`Spender`]).
	in_flight: Mutex<HashMap<Spender, MicroUsd>>,
}

impl Default for Credits {
	fn default() -> Self {
		Self {
			view: RwLock::new(None),
			cache: Mutex::new(HashMap::new()),
			pending: Mutex::new(Pending::default()),
			in_flight: Mutex::new(HashMap::new()),
		}
	}
}

/// Who a request in flight spends for: its account, and its key (for the key's own limit).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Spender {
	/// An account's credits.
	Account(AccountId),
	/// A key's daily limit.
	Key(String),
}

/// A request's worst-case cost, held from admission until its usage is journaled (then it is
/// counted as uncounted usage instead): concurrent requests see each other, so a burst of
/// them cannot all pass the check on the same last micro-dollar.
pub struct Reservation {
	credits: Arc<Credits>,
	spenders: Vec<Spender>,
	amount: MicroUsd,
}

impl Drop for Reservation {
	fn drop(&mut self) {
		if let Ok(mut in_flight) = self.credits.in_flight.lock() {
			for spender in &self.spenders {
				if let Some(held) = in_flight.get_mut(spender) {
					*held = held.saturating_sub(self.amount);
					if *held == 0 {
						in_flight.remove(spender);
					}
				}
			}
		}
	}
}

/// An account's allowance from `counting` DIEM, the pallet's own rule.
fn allowance_of(counting: u128) -> MicroUsd {
	pallet_credits::day::allowance(
		counting,
		<Runtime as pallet_credits::Config>::DiemUnit::get(),
		<Runtime as pallet_credits::Config>::MinStakeForCredits::get(),
	)
}

/// Today's allowance and what the chain has left of it, from its `CreditsApi` answer of a
/// block on `info_day`: on a later day (the gateway's clock past midnight, the chain's block
/// not yet) the chain's "tomorrow" is today.
pub fn chain_allowance(
	info: &CreditsInfo<u32>,
	info_day: DayIndex,
	today: DayIndex,
) -> (MicroUsd, MicroUsd) {
	if today <= info_day {
		(info.allowance_today, info.remaining_today)
	} else if today == info_day.saturating_add(1) {
		let allowance = allowance_of(info.counting_tomorrow);
		(allowance, allowance)
	} else {
		let allowance = allowance_of(info.staked);
		(allowance, allowance)
	}
}

impl Credits {
	/// Batches cut and not yet final on chain.
	pub fn kept_batches(&self) -> usize {
		self.pending.lock().map(|pending| pending.batch_end.len()).unwrap_or(0)
	}

	/// What requests in flight of `spender` hold.
	pub fn in_flight(&self, spender: &Spender) -> MicroUsd {
		self.in_flight.lock().ok().and_then(|held| held.get(spender).copied()).unwrap_or(0)
	}

	/// Holds `amount` for each of `spenders` until the returned reservation is dropped.
	pub fn reserve(self: &Arc<Self>, spenders: Vec<Spender>, amount: MicroUsd) -> Reservation {
		if let Ok(mut in_flight) = self.in_flight.lock() {
			for spender in &spenders {
				let held = in_flight.entry(spender.clone()).or_default();
				*held = held.saturating_add(amount);
			}
		}
		Reservation { credits: self.clone(), spenders, amount }
	}

	/// The view of the chain, once the meter has read it.
	pub fn view(&self) -> Option<ChainView> {
		self.view.read().ok().and_then(|view| *view)
	}

	/// The meter read a new best block.
	pub fn set_view(&self, view: ChainView) {
		if let Ok(mut slot) = self.view.write() {
			*slot = Some(view);
		}
	}

	/// A usage was journaled under `seq`.
	pub fn journaled(&self, seq: u64, usage: &Usage) {
		if let Ok(mut pending) = self.pending.lock() {
			pending
				.entries
				.entry(usage.account)
				.or_default()
				.insert(seq, (usage.day, usage.micro_usd));
		}
	}

	/// Batch `index` was cut, ending before `end_seq`.
	pub fn cut(&self, index: u64, end_seq: u64) {
		if let Ok(mut pending) = self.pending.lock() {
			pending.batch_end.insert(index, end_seq);
		}
	}

	/// The batches below `next_batch` are final, their entries below `end_seq` forgotten.
	pub fn finalized(&self, next_batch: u64, end_seq: u64) {
		if let Ok(mut pending) = self.pending.lock() {
			pending.batch_end.retain(|index, _| *index >= next_batch);
			pending.floor = pending.floor.max(end_seq);
			pending.entries.retain(|_, entries| {
				entries.retain(|seq, _| *seq >= end_seq);
				!entries.is_empty()
			});
		}
	}

	/// What `account` was served on `day` that the chain has not counted in a state where
	/// the meter expects `next_batch`.
	pub fn uncounted(&self, account: &AccountId, day: DayIndex, next_batch: u64) -> MicroUsd {
		let Ok(pending) = self.pending.lock() else { return 0 };
		let from = pending.counted_below(next_batch);
		let key: &[u8; 32] = account.as_ref();
		pending
			.entries
			.get(key)
			.map(|entries| {
				entries
					.range(from..)
					.filter(|(_, (entry_day, _))| *entry_day == day)
					.fold(0u128, |sum, (_, (_, amount))| sum.saturating_add(*amount))
			})
			.unwrap_or(0)
	}

	/// `account`'s allowance now (`now_ms` on the gateway's clock). The chain's answer is read
	/// at the view's best block once per block; a request meanwhile uses the last answer (with
	/// what the chain had counted at *its* block), refreshed in the background, so no request
	/// waits on the node at a block boundary. An answer older than [`STALE_AFTER`] is read
	/// again before serving.
	pub async fn allowance(
		self: &Arc<Self>,
		chain: &Arc<Chain>,
		account: &AccountId,
		now_ms: u64,
	) -> Result<Allowance, ChainError> {
		let view = self.view().ok_or_else(|| "the chain has not been read yet".to_string())?;
		let mut refresh = false;
		let cached = self.cache.lock().ok().and_then(|mut cache| {
			// An answer from before the finalized state's batches cannot be matched with the
			// uncounted usage kept (older entries are forgotten): it is read again.
			let entry = cache.get_mut(account).filter(|entry| {
				entry.read_at.elapsed() < STALE_AFTER
					&& entry.next_batch >= view.finalized_next_batch
			})?;
			if entry.at != view.best && !entry.refreshing {
				entry.refreshing = true;
				refresh = true;
			}
			Some(entry.clone())
		});
		if refresh {
			let (credits, chain, account) = (self.clone(), chain.clone(), account.clone());
			tokio::spawn(async move {
				let _ = credits.read(&chain, &account, view).await;
			});
		}
		let entry = match cached {
			Some(entry) => entry,
			None => self.read(chain, account, view).await?,
		};
		let today = day_of(now_ms, view.day_length);
		let info_day = day_of(entry.info.next_renewal_at.saturating_sub(1), view.day_length);
		let (allowance, chain_rest) = chain_allowance(&entry.info, info_day, today);
		let uncounted = self.uncounted(account, today, entry.next_batch);
		Ok(Allowance {
			allowance,
			remaining: chain_rest.saturating_sub(uncounted),
			renews_at_ms: renewal_of(today, view.day_length),
			day: today,
		})
	}

	/// Reads `account`'s credits at the view's best block into the cache.
	async fn read(
		&self,
		chain: &Chain,
		account: &AccountId,
		view: ChainView,
	) -> Result<Cached, ChainError> {
		let read = chain.credits(account, view.best).await;
		let mut cache =
			self.cache.lock().map_err(|_| "the credits cache is poisoned".to_string())?;
		match read {
			Ok(info) => {
				if cache.len() > MAX_CACHED {
					cache.retain(|_, entry| entry.read_at.elapsed() < STALE_AFTER);
				}
				let entry = Cached {
					at: view.best,
					next_batch: view.next_batch,
					info,
					read_at: Instant::now(),
					refreshing: false,
				};
				cache.insert(account.clone(), entry.clone());
				Ok(entry)
			}
			Err(error) => {
				if let Some(entry) = cache.get_mut(account) {
					entry.refreshing = false;
				}
				Err(error)
			}
		}
	}
}

/// An answer of the chain older than this is not served from: five blocks.
pub const STALE_AFTER: Duration = Duration::from_secs(10);
/// The accounts whose answers are kept.
const MAX_CACHED: usize = 100_000;

/// The chain's answer for an account.
#[derive(Clone)]
struct Cached {
	/// The block it was read at.
	at: H256,
	/// The batch the chain expected next from this meter at that block.
	next_batch: u64,
	/// The answer.
	info: CreditsInfo<u32>,
	/// When it was read.
	read_at: Instant,
	/// Whether a newer read is under way.
	refreshing: bool,
}

#[cfg(test)]
mod tests {
	use super::*;

	fn usage(account: u8, day: DayIndex, micro_usd: MicroUsd) -> Usage {
		Usage { account: [account; 32], day, micro_usd, key_id: "k".into() }
	}

	#[test]
	fn what_the_chain_has_counted_follows_its_next_batch() {
		let credits = Credits::default();
		let alice = AccountId::new([1; 32]);
		// Entries 0..4 of Alice on day 7; batch 0 = 0..2, batch 1 = 2..3, entry 3 unbatched.
		for (seq, amount) in [(0, 10), (1, 20), (2, 40), (3, 80)] {
			credits.journaled(seq, &usage(1, 7, amount));
		}
		credits.journaled(4, &usage(2, 7, 1000));
		credits.journaled(5, &usage(1, 6, 1000));
		credits.cut(0, 2);
		credits.cut(1, 3);
		// Nothing recorded: all of day 7's is uncounted.
		assert_eq!(credits.uncounted(&alice, 7, 0), 150);
		// Batch 0 recorded.
		assert_eq!(credits.uncounted(&alice, 7, 1), 120);
		// Batches 0 and 1.
		assert_eq!(credits.uncounted(&alice, 7, 2), 80);
		// Finalized up to batch 1: entries below 2 forgotten; the rest reads the same.
		credits.finalized(1, 2);
		assert_eq!(credits.uncounted(&alice, 7, 1), 120);
		assert_eq!(credits.uncounted(&alice, 7, 2), 80);
		// A best block behind the finalized (never happens) counts what is kept as uncounted.
		assert_eq!(credits.uncounted(&alice, 7, 0), 120);
		// Another day's usage does not count against today.
		assert_eq!(credits.uncounted(&alice, 8, 0), 0);
	}

	#[test]
	fn after_midnight_the_chains_tomorrow_is_today() {
		let info = CreditsInfo::<u32> {
			staked: 5 * 10u128.pow(18),
			counting_today: 2 * 10u128.pow(18),
			counting_tomorrow: 3 * 10u128.pow(18),
			allowance_today: 2_000_000,
			used_today: 500_000,
			remaining_today: 1_500_000,
			..Default::default()
		};
		assert_eq!(chain_allowance(&info, 10, 10), (2_000_000, 1_500_000));
		assert_eq!(chain_allowance(&info, 10, 11), (3_000_000, 3_000_000));
		assert_eq!(chain_allowance(&info, 10, 12), (5_000_000, 5_000_000));
	}
}
