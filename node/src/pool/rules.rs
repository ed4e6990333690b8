//! The pool's admission rules as plain data structures, apart from the pool so each rule is
//! testable on its own: the ready bound with the submissions in flight ([`Admission`]) and the
//! futures each sender may keep ([`FutureRegistry`]).

use std::{
	collections::{HashMap, VecDeque},
	hash::Hash,
	sync::Mutex,
};

use sc_transaction_pool_api::PoolStatus;

/// How many ready transactions, and how many bytes of them, the node admits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PoolBound {
	/// Ready transactions (includable now, in the best block's view).
	pub count: usize,
	/// Bytes of their encodings.
	pub bytes: usize,
}

impl PoolBound {
	/// The default bound of all futures together: a sixteenth of this bound.
	pub fn futures_share(&self) -> Self {
		Self { count: self.count / 16, bytes: self.bytes / 16 }
	}
}

impl Default for PoolBound {
	/// The command line's defaults: 8,192 transactions, 20 MiB.
	fn default() -> Self {
		Self { count: 8_192, bytes: 20 * 1024 * 1024 }
	}
}

/// The admission count: the best view's ready transactions plus the submissions being
/// validated, against the bound. Futures do not count: they are bounded apart
/// ([`FutureRegistry`] per sender, the SDK's future queue for the whole pool), so they can
/// never keep an includable transaction out.
#[derive(Debug)]
pub struct Admission {
	bound: PoolBound,
	/// Transactions and bytes admitted but not yet in the pool's status.
	in_flight: Mutex<(usize, usize)>,
}

/// A place held in the pool for one submission while it is validated; released on drop,
/// when the pool's status has taken the transaction in (or it was refused).
pub struct Ticket<'a> {
	admission: &'a Admission,
	bytes: usize,
}

impl Drop for Ticket<'_> {
	fn drop(&mut self) {
		let mut in_flight = self.admission.lock();
		in_flight.0 = in_flight.0.saturating_sub(1);
		in_flight.1 = in_flight.1.saturating_sub(self.bytes);
	}
}

impl Admission {
	/// An admission count for `bound`.
	pub fn new(bound: PoolBound) -> Self {
		Self { bound, in_flight: Mutex::new((0, 0)) }
	}

	fn lock(&self) -> std::sync::MutexGuard<'_, (usize, usize)> {
		// The counter is two integers: a panic elsewhere cannot leave it inconsistent.
		self.in_flight.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
	}

	/// Holds a place for a transaction of `bytes` if the ready transactions (`status`) and the
	/// submissions in flight leave room for it under the bound.
	pub fn try_admit(&self, status: &PoolStatus, bytes: usize) -> Option<Ticket<'_>> {
		let mut in_flight = self.lock();
		let count = status.ready.saturating_add(in_flight.0);
		let total_bytes = status.ready_bytes.saturating_add(in_flight.1).saturating_add(bytes);
		if count >= self.bound.count || total_bytes > self.bound.bytes {
			return None;
		}
		in_flight.0 = in_flight.0.saturating_add(1);
		in_flight.1 = in_flight.1.saturating_add(bytes);
		Some(Ticket { admission: self, bytes })
	}
}

/// Best blocks a new view of the pool may take to hold every transaction submitted before it.
pub const SETTLING_BLOCKS: u64 = 2;

/// The nonces of each sender's recently admitted includable transactions, with the best block
/// count at which each was admitted. A transaction whose nonce follows one of them is not a
/// future, whatever the newest view says while it is still being built: a wallet that sends
/// its nonces in order is never held to the futures' bound.
#[derive(Debug)]
pub struct IncludableNonces<S> {
	by_sender: HashMap<S, HashMap<u64, u64>>,
}

impl<S: Eq + Hash + Clone> Default for IncludableNonces<S> {
	fn default() -> Self {
		Self { by_sender: HashMap::new() }
	}
}

impl<S: Eq + Hash + Clone> IncludableNonces<S> {
	/// Records that `sender`'s transaction at `nonce` was admitted as includable at `now`.
	pub fn record(&mut self, sender: S, nonce: u64, now: u64) {
		self.by_sender.entry(sender).or_default().insert(nonce, now);
	}

	/// Whether `sender`'s nonce before `nonce` was admitted as includable.
	pub fn follows(&self, sender: &S, nonce: u64) -> bool {
		nonce.checked_sub(1).is_some_and(|previous| {
			self.by_sender.get(sender).is_some_and(|nonces| nonces.contains_key(&previous))
		})
	}

	/// Forgets what was admitted more than `max_age` best blocks before `now`.
	pub fn prune(&mut self, now: u64, max_age: u64) {
		self.by_sender.retain(|_, nonces| {
			nonces.retain(|_, seen| now.saturating_sub(*seen) <= max_age);
			!nonces.is_empty()
		});
	}
}

/// The future transactions (waiting for an earlier nonce) the node has admitted, per sender,
/// oldest first, with the best block count at which each was admitted: the per-sender bound,
/// the pool-wide bound (the oldest evicted first) and the staleness rule read it.
#[derive(Debug)]
pub struct FutureRegistry<S, H> {
	per_sender: usize,
	by_sender: HashMap<S, VecDeque<Future<H>>>,
	/// Admissions so far: the age order across senders.
	admitted: u64,
	count: usize,
	bytes: usize,
}

#[derive(Debug)]
struct Future<H> {
	hash: H,
	/// Best block count when admitted.
	seen: u64,
	/// Admission order.
	order: u64,
	bytes: usize,
}

impl<S: Eq + Hash + Clone, H: Eq + Clone> FutureRegistry<S, H> {
	/// A registry that keeps at most `per_sender` futures of each sender.
	pub fn new(per_sender: usize) -> Self {
		Self { per_sender, by_sender: HashMap::new(), admitted: 0, count: 0, bytes: 0 }
	}

	/// Records `hash` (of `bytes`) as a future of `sender` seen at best block count `now`,
	/// unless `sender` already has its bound of futures: then `false`, and nothing is recorded.
	pub fn try_insert(&mut self, sender: S, hash: H, now: u64, bytes: usize) -> bool {
		let futures = self.by_sender.entry(sender).or_default();
		if futures.iter().any(|known| known.hash == hash) {
			return true;
		}
		if futures.len() >= self.per_sender {
			return false;
		}
		self.admitted = self.admitted.saturating_add(1);
		futures.push_back(Future { hash, seen: now, order: self.admitted, bytes });
		self.count = self.count.saturating_add(1);
		self.bytes = self.bytes.saturating_add(bytes);
		true
	}

	/// Removes and returns the oldest futures, of any sender, until at most `bound` are left:
	/// futures are evicted first, and the oldest of them first.
	pub fn evict_over(&mut self, bound: PoolBound) -> Vec<H> {
		let mut evicted = Vec::new();
		while self.count > bound.count || self.bytes > bound.bytes {
			let oldest = self
				.by_sender
				.iter()
				.filter_map(|(sender, futures)| futures.front().map(|f| (f.order, sender.clone())))
				.min_by_key(|(order, _)| *order);
			let Some((_, sender)) = oldest else { break };
			if let Some(futures) = self.by_sender.get_mut(&sender) {
				if let Some(future) = futures.pop_front() {
					self.count = self.count.saturating_sub(1);
					self.bytes = self.bytes.saturating_sub(future.bytes);
					evicted.push(future.hash);
				}
				if futures.is_empty() {
					self.by_sender.remove(&sender);
				}
			}
		}
		evicted
	}

	/// Forgets the futures of `sender` that `still_future` says are no longer futures (became
	/// ready, were included or left the pool).
	pub fn prune_sender(&mut self, sender: &S, still_future: impl Fn(&H) -> bool) {
		let (mut count, mut bytes) = (self.count, self.bytes);
		if let Some(futures) = self.by_sender.get_mut(sender) {
			futures.retain(|future| {
				let keep = still_future(&future.hash);
				if !keep {
					count = count.saturating_sub(1);
					bytes = bytes.saturating_sub(future.bytes);
				}
				keep
			});
			if futures.is_empty() {
				self.by_sender.remove(sender);
			}
		}
		(self.count, self.bytes) = (count, bytes);
	}

	/// Forgets every future that `still_future` says is no longer one, and removes and returns
	/// those admitted more than `max_age` best blocks before `now`: they are stale. A future
	/// admitted in the last [`SETTLING_BLOCKS`] best blocks is kept even if `still_future`
	/// does not see it: the pool may not have validated it into the newest view yet.
	pub fn prune(&mut self, now: u64, max_age: u64, still_future: impl Fn(&H) -> bool) -> Vec<H> {
		let mut stale = Vec::new();
		let (mut count, mut bytes) = (self.count, self.bytes);
		self.by_sender.retain(|_, futures| {
			futures.retain(|future| {
				let settled = now.saturating_sub(future.seen) >= SETTLING_BLOCKS;
				let gone = settled && !still_future(&future.hash);
				let old = now.saturating_sub(future.seen) > max_age;
				if gone || old {
					count = count.saturating_sub(1);
					bytes = bytes.saturating_sub(future.bytes);
				}
				if old && !gone {
					stale.push(future.hash.clone());
				}
				!(gone || old)
			});
			!futures.is_empty()
		});
		(self.count, self.bytes) = (count, bytes);
		stale
	}

	/// How many futures are recorded, over all senders.
	#[cfg(test)]
	pub fn len(&self) -> usize {
		self.count
	}
}

/// The ready transaction a new one of `new_priority` replaces when the ready bound is full:
/// the lowest priority, and of those the last in the pool's order (the newest, at the end of
/// its sender's nonces, so that removing it removes nothing after it). `None` when the new
/// transaction does not rank above it: then it ranks below everything the pool holds.
pub fn replacement_victim<H: PartialEq>(
	ready: impl IntoIterator<Item = (H, u64)>,
	new: &H,
	new_priority: u64,
) -> Option<H> {
	let mut lowest: Option<(H, u64)> = None;
	for (hash, priority) in ready {
		if hash == *new {
			continue;
		}
		if lowest.as_ref().is_none_or(|(_, low)| priority <= *low) {
			lowest = Some((hash, priority));
		}
	}
	lowest.filter(|(_, priority)| new_priority > *priority).map(|(hash, _)| hash)
}

#[cfg(test)]
mod tests {
	use super::*;

	fn status(ready: usize, future: usize, bytes: usize) -> PoolStatus {
		PoolStatus { ready, ready_bytes: bytes, future, future_bytes: bytes }
	}

	#[test]
	fn admits_up_to_the_count_counting_submissions_in_flight() {
		let admission = Admission::new(PoolBound { count: 3, bytes: 1_000 });
		let pool = status(1, 0, 100);
		let first = admission.try_admit(&pool, 10).expect("1 in the pool + 0 in flight < 3");
		let second = admission.try_admit(&pool, 10).expect("1 + 1 < 3");
		assert!(admission.try_admit(&pool, 10).is_none(), "1 + 2 in flight reach the bound");
		drop(first);
		let third = admission.try_admit(&pool, 10).expect("a finished submission frees a place");
		drop((second, third));
		assert!(admission.try_admit(&status(3, 0, 0), 10).is_none(), "3 ready fill the bound");
	}

	#[test]
	fn futures_never_count_against_the_ready_bound() {
		let admission = Admission::new(PoolBound { count: 3, bytes: 1_000 });
		// A pool holding thousands of futures and megabytes of them still admits.
		let flooded =
			PoolStatus { ready: 2, ready_bytes: 100, future: 8_200, future_bytes: 9 << 20 };
		assert!(admission.try_admit(&flooded, 10).is_some());
	}

	#[test]
	fn admits_up_to_the_bytes() {
		let admission = Admission::new(PoolBound { count: 100, bytes: 1_000 });
		let pool = PoolStatus { ready: 2, ready_bytes: 800, future: 1, future_bytes: 400 };
		let held = admission.try_admit(&pool, 150).expect("800 + 150 ≤ 1,000");
		assert!(admission.try_admit(&pool, 51).is_none(), "800 + 150 in flight + 51 > 1,000");
		let exact = admission.try_admit(&pool, 50).expect("800 + 150 + 50 = 1,000");
		drop((held, exact));
		assert_eq!(*admission.lock(), (0, 0), "every ticket gives its place back");
	}

	#[test]
	fn a_nonce_after_an_includable_one_is_includable() {
		let mut nonces = IncludableNonces::default();
		nonces.record("alice", 7, 10);
		assert!(nonces.follows(&"alice", 8));
		assert!(!nonces.follows(&"alice", 9), "a gap is a future");
		assert!(!nonces.follows(&"alice", 7));
		assert!(!nonces.follows(&"bob", 8), "per sender");
		assert!(!nonces.follows(&"alice", 0));
		nonces.prune(14, 4);
		assert!(nonces.follows(&"alice", 8));
		nonces.prune(15, 4);
		assert!(!nonces.follows(&"alice", 8), "forgotten after its age");
	}

	#[test]
	fn a_higher_priority_replaces_the_newest_of_the_lowest() {
		let ready = [(1, 5), (2, 1), (3, 9), (4, 1), (5, 3)];
		assert_eq!(replacement_victim(ready, &6, 2), Some(4), "the later of the two at 1");
		assert_eq!(replacement_victim(ready, &6, 1), None, "an equal priority replaces nothing");
		assert_eq!(replacement_victim(ready, &6, 0), None);
		assert_eq!(replacement_victim([(6, 1), (1, 3)], &6, 9), Some(1), "never itself");
		assert_eq!(replacement_victim([], &6, 9), None::<i32>);
	}

	#[test]
	fn a_sender_keeps_at_most_its_bound_of_futures() {
		let mut futures = FutureRegistry::new(2);
		assert!(futures.try_insert("mallory", 1, 0, 10));
		assert!(futures.try_insert("mallory", 2, 0, 10));
		assert!(futures.try_insert("mallory", 2, 0, 10), "the same future twice is one");
		assert!(!futures.try_insert("mallory", 3, 0, 10), "a third future is refused");
		assert!(futures.try_insert("alice", 4, 0, 10), "another sender has its own bound");
		assert_eq!(futures.len(), 3);
		// Mallory's first future became ready: room for one more.
		futures.prune_sender(&"mallory", |hash| *hash != 1);
		assert!(futures.try_insert("mallory", 3, 1, 10));
		assert!(!futures.try_insert("mallory", 5, 1, 10));
		futures.prune_sender(&"mallory", |hash| *hash != 2);
		assert!(futures.try_insert("mallory", 5, 1, 10));
	}

	#[test]
	fn the_oldest_futures_are_evicted_over_the_pool_wide_bound() {
		let mut futures = FutureRegistry::new(4);
		futures.try_insert("mallory", 1, 0, 10);
		futures.try_insert("bob", 2, 0, 10);
		futures.try_insert("mallory", 3, 0, 10);
		futures.try_insert("carol", 4, 1, 100);
		assert_eq!(futures.evict_over(PoolBound { count: 4, bytes: 130 }), Vec::<i32>::new());
		assert_eq!(futures.evict_over(PoolBound { count: 3, bytes: 130 }), vec![1], "the oldest");
		assert_eq!(futures.evict_over(PoolBound { count: 3, bytes: 110 }), vec![2], "bytes too");
		assert_eq!(futures.evict_over(PoolBound { count: 0, bytes: 0 }), vec![3, 4]);
		assert_eq!(futures.len(), 0);
		assert!(futures.try_insert("mallory", 5, 2, 10), "a sender's room comes back");
	}

	#[test]
	fn stale_futures_are_returned_once_and_forgotten() {
		let mut futures = FutureRegistry::new(4);
		futures.try_insert("mallory", 1, 10, 10);
		futures.try_insert("mallory", 2, 20, 10);
		futures.try_insert("bob", 3, 25, 10);
		// At block 30 with a maximum age of 10, only the future admitted at 10 is stale; the
		// one that left the pool (3) is forgotten, not reported.
		assert_eq!(futures.prune(30, 10, |hash| *hash != 3), vec![1]);
		assert_eq!(futures.prune(30, 10, |_| true), Vec::<i32>::new(), "reported once");
		assert_eq!(futures.prune(31, 10, |_| true), vec![2]);
		assert_eq!(futures.len(), 0);
		// One admitted a block ago and not in the view yet is kept: the view may be settling;
		// two blocks on, it is forgotten.
		futures.try_insert("carol", 4, 40, 10);
		assert_eq!(futures.prune(41, 10, |hash| *hash != 4), Vec::<i32>::new());
		assert_eq!(futures.len(), 1);
		assert_eq!(futures.prune(42, 10, |hash| *hash != 4), Vec::<i32>::new());
		assert_eq!(futures.len(), 0);
	}
}
