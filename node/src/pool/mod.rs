//! The node's transaction pool: Substrate's fork-aware pool behind an admission bound, so that
//! a transaction the node accepts is never dropped for lack of room.
//!
//! Why a bound in front of the pool: the fork-aware pool keeps every transaction in a mempool
//! and validates it into one view per recent block, each with a `ready` and a `future` queue of
//! limited size. When a view's queue overflows it evicts the oldest transactions of the lowest
//! priority together with every later nonce of their senders, and a sender who submitted with
//! `author_submitExtrinsic` is never told (a load of 10,000 transfers lost 4,220 that way). The
//! mempool's own limit is the sum of the two queues', so it does not stop a view overflowing.
//!
//! So the node admits a transaction only while the best block's view, plus the submissions
//! still being validated, holds fewer than `--pool-limit` transactions and `--pool-kbytes` of
//! them, and gives each view's queues room for twice that: no view overflows (an older view
//! also holds what the newer blocks included, hence the headroom), and a submission that cannot
//! be kept is refused at once with `ImmediatelyDropped` (RPC error 1016, "Immediately Dropped:
//! the transaction couldn't enter the pool because of the limit"), which the sender sees and
//! may retry. A transaction validated and kept is included, or becomes invalid (a watcher of
//! `author_submitAndWatchExtrinsic` hears `invalid`, `usurped` or `dropped` with the reason).

use std::{
	collections::HashMap,
	pin::Pin,
	sync::{Arc, Mutex},
};

use codec::Encode;
use sc_transaction_pool_api::{
	error::Error as PoolError, ChainEvent, ImportNotificationStream, LocalTransactionFor,
	LocalTransactionPool, MaintainedTransactionPool, PoolStatus, ReadyTransactions, TransactionFor,
	TransactionPool, TransactionSource, TransactionStatusStreamFor, TxHash, TxInvalidityReportMap,
};
use sp_runtime::traits::Block as BlockT;

/// How many transactions, and how many bytes of them, the node admits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PoolBound {
	/// Transactions waiting for a block (ready or future).
	pub count: usize,
	/// Bytes of their encodings.
	pub bytes: usize,
}

impl PoolBound {
	/// The bound the command line asks for (`--pool-limit`, `--pool-kbytes`).
	pub fn from_cli(params: &sc_cli::TransactionPoolParams) -> Self {
		Self { count: params.pool_limit, bytes: params.pool_kbytes.saturating_mul(1024) }
	}

	/// The fork-aware pool's options for this bound: each view's ready and future queues hold
	/// twice the bound, so admitted transactions never overflow one.
	pub fn pool_options(
		&self,
		params: &sc_cli::TransactionPoolParams,
		is_dev: bool,
	) -> sc_transaction_pool::TransactionPoolOptions {
		// The options builder gives the future queue a tenth of the ready queue's limits.
		sc_transaction_pool::TransactionPoolOptions::new_with_params(
			self.count.saturating_mul(20),
			self.bytes.saturating_mul(20),
			params.tx_ban_seconds,
			params.pool_type.into(),
			is_dev,
			params.pool_best_blocks_only,
		)
	}
}

impl Default for PoolBound {
	/// The command line's defaults: 8,192 transactions, 20 MiB.
	fn default() -> Self {
		Self { count: 8_192, bytes: 20 * 1024 * 1024 }
	}
}

/// The admission count: the pool's content plus the submissions being validated, against the
/// bound. Kept apart from the pool so its arithmetic is testable.
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

	/// Holds a place for a transaction of `bytes` if the pool (`status`) and the submissions in
	/// flight leave room for it under the bound.
	pub fn try_admit(&self, status: &PoolStatus, bytes: usize) -> Option<Ticket<'_>> {
		let mut in_flight = self.lock();
		let count = status.ready.saturating_add(status.future).saturating_add(in_flight.0);
		let total_bytes = status
			.ready_bytes
			.saturating_add(status.future_bytes)
			.saturating_add(in_flight.1)
			.saturating_add(bytes);
		if count >= self.bound.count || total_bytes > self.bound.bytes {
			return None;
		}
		in_flight.0 += 1;
		in_flight.1 = in_flight.1.saturating_add(bytes);
		Some(Ticket { admission: self, bytes })
	}
}

/// A transaction pool that admits transactions only within its [`PoolBound`].
pub struct BoundedPool<P> {
	inner: Arc<P>,
	admission: Admission,
}

impl<P> BoundedPool<P> {
	/// `inner` behind `bound`; `inner` must be built with [`PoolBound::pool_options`].
	pub fn new(inner: Arc<P>, bound: PoolBound) -> Self {
		Self { inner, admission: Admission::new(bound) }
	}
}

impl<P: TransactionPool> BoundedPool<P> {
	fn admit(&self, xt: &TransactionFor<P>) -> Result<Ticket<'_>, P::Error>
	where
		TransactionFor<P>: Encode,
	{
		self.admission
			.try_admit(&self.inner.status(), xt.encoded_size())
			.ok_or_else(|| PoolError::ImmediatelyDropped.into())
	}
}

#[async_trait::async_trait]
impl<P> TransactionPool for BoundedPool<P>
where
	P: TransactionPool,
	TransactionFor<P>: Encode,
{
	type Block = P::Block;
	type Hash = P::Hash;
	type InPoolTransaction = P::InPoolTransaction;
	type Error = P::Error;

	async fn submit_at(
		&self,
		at: <Self::Block as BlockT>::Hash,
		source: TransactionSource,
		xts: Vec<TransactionFor<Self>>,
	) -> Result<Vec<Result<TxHash<Self>, Self::Error>>, Self::Error> {
		let mut tickets = Vec::with_capacity(xts.len());
		let mut admitted = Vec::with_capacity(xts.len());
		let mut refused = Vec::with_capacity(xts.len());
		for xt in xts {
			match self.admit(&xt) {
				Ok(ticket) => {
					tickets.push(ticket);
					admitted.push(xt);
					refused.push(None);
				}
				Err(e) => refused.push(Some(e)),
			}
		}
		let mut results = self.inner.submit_at(at, source, admitted).await?.into_iter();
		drop(tickets);
		Ok(refused
			.into_iter()
			.map(|refusal| match refusal {
				Some(e) => Err(e),
				None => results.next().unwrap_or_else(|| Err(PoolError::ImmediatelyDropped.into())),
			})
			.collect())
	}

	async fn submit_one(
		&self,
		at: <Self::Block as BlockT>::Hash,
		source: TransactionSource,
		xt: TransactionFor<Self>,
	) -> Result<TxHash<Self>, Self::Error> {
		let _ticket = self.admit(&xt)?;
		self.inner.submit_one(at, source, xt).await
	}

	async fn submit_and_watch(
		&self,
		at: <Self::Block as BlockT>::Hash,
		source: TransactionSource,
		xt: TransactionFor<Self>,
	) -> Result<Pin<Box<TransactionStatusStreamFor<Self>>>, Self::Error> {
		let _ticket = self.admit(&xt)?;
		self.inner.submit_and_watch(at, source, xt).await
	}

	async fn ready_at(
		&self,
		at: <Self::Block as BlockT>::Hash,
	) -> Box<dyn ReadyTransactions<Item = Arc<Self::InPoolTransaction>> + Send> {
		self.inner.ready_at(at).await
	}

	fn ready(&self) -> Box<dyn ReadyTransactions<Item = Arc<Self::InPoolTransaction>> + Send> {
		self.inner.ready()
	}

	async fn report_invalid(
		&self,
		at: Option<<Self::Block as BlockT>::Hash>,
		invalid_tx_errors: TxInvalidityReportMap<TxHash<Self>>,
	) -> Vec<Arc<Self::InPoolTransaction>> {
		self.inner.report_invalid(at, invalid_tx_errors).await
	}

	fn futures(&self) -> Vec<Self::InPoolTransaction> {
		self.inner.futures()
	}

	fn status(&self) -> PoolStatus {
		self.inner.status()
	}

	fn import_notification_stream(&self) -> ImportNotificationStream<TxHash<Self>> {
		self.inner.import_notification_stream()
	}

	fn on_broadcasted(&self, propagations: HashMap<TxHash<Self>, Vec<String>>) {
		self.inner.on_broadcasted(propagations)
	}

	fn hash_of(&self, xt: &TransactionFor<Self>) -> TxHash<Self> {
		self.inner.hash_of(xt)
	}

	fn ready_transaction(&self, hash: &TxHash<Self>) -> Option<Arc<Self::InPoolTransaction>> {
		self.inner.ready_transaction(hash)
	}

	async fn ready_at_with_timeout(
		&self,
		at: <Self::Block as BlockT>::Hash,
		timeout: std::time::Duration,
	) -> Box<dyn ReadyTransactions<Item = Arc<Self::InPoolTransaction>> + Send> {
		self.inner.ready_at_with_timeout(at, timeout).await
	}
}

#[async_trait::async_trait]
impl<P> MaintainedTransactionPool for BoundedPool<P>
where
	P: MaintainedTransactionPool,
	TransactionFor<P>: Encode,
{
	async fn maintain(&self, event: ChainEvent<Self::Block>) {
		self.inner.maintain(event).await
	}
}

impl<P> LocalTransactionPool for BoundedPool<P>
where
	P: TransactionPool
		+ LocalTransactionPool<
			Block = <P as TransactionPool>::Block,
			Hash = <P as TransactionPool>::Hash,
			Error = <P as TransactionPool>::Error,
		>,
	TransactionFor<P>: Encode,
{
	type Block = <P as TransactionPool>::Block;
	type Hash = <P as TransactionPool>::Hash;
	type Error = <P as TransactionPool>::Error;

	fn submit_local(
		&self,
		at: <Self::Block as BlockT>::Hash,
		xt: LocalTransactionFor<Self>,
	) -> Result<Self::Hash, Self::Error> {
		let _ticket = self.admit(&xt)?;
		self.inner.submit_local(at, xt)
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn status(ready: usize, future: usize, bytes: usize) -> PoolStatus {
		PoolStatus { ready, ready_bytes: bytes, future, future_bytes: 0 }
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
		assert!(admission.try_admit(&status(2, 1, 0), 10).is_none(), "future counts too");
	}

	#[test]
	fn admits_up_to_the_bytes() {
		let admission = Admission::new(PoolBound { count: 100, bytes: 1_000 });
		let pool = PoolStatus { ready: 1, ready_bytes: 400, future: 1, future_bytes: 400 };
		let held = admission.try_admit(&pool, 150).expect("800 + 150 ≤ 1,000");
		assert!(admission.try_admit(&pool, 51).is_none(), "800 + 150 in flight + 51 > 1,000");
		let exact = admission.try_admit(&pool, 50).expect("800 + 150 + 50 = 1,000");
		drop((held, exact));
		assert_eq!(*admission.lock(), (0, 0), "every ticket gives its place back");
	}
}
