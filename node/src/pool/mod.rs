//! The node's transaction pool: Substrate's fork-aware pool behind the rules that keep it
//! honest under load and against a flood (the README's *Transaction pool* section):
//!
//! 1. **Ready bound.** The node admits a transaction only while the best block's view holds
//!    fewer than `--pool-limit` ready transactions and `--pool-kbytes` of them, counting the
//!    submissions still being validated. The fork-aware pool's own views, when a queue
//!    overflows, evict the *oldest* transaction of the lowest priority, silently for a sender
//!    who used `author_submitExtrinsic` (a load of 10,000 transfers once lost 4,220 that way),
//!    and its mempool's limit also counts what blocks included but finality has not reached, so
//!    it bounds nothing useful: the views get twenty times the bound, and the bound is kept
//!    here.
//! 2. **Futures never keep an includable transaction out.** A transaction waiting for an
//!    earlier nonce does not count against the ready bound. Each sender may keep
//!    `--pool-futures-per-sender` of them (a further one is refused with RPC error 1021, "The
//!    pool is not accepting future transactions"); the pool as a whole keeps
//!    `--pool-future-limit` (a sixteenth of the ready bound by default, and as many sixteenths
//!    of its bytes), evicting the oldest first; a future still not
//!    ready after `--pool-future-blocks` best blocks is dropped as stale. A future is what the
//!    best block's view holds in its future queue right after the submission, unless its nonce
//!    follows one admitted as includable in the last few blocks: while a new view is being
//!    built it may not hold the sender's previous transaction yet, and a wallet that sends its
//!    nonces in order must never meet the futures' bound.
//! 3. **Replacement at the bound.** When the ready bound is full, a transaction that can
//!    outrank the floor (a tip) is validated and replaces the lowest-priority ready transaction
//!    (the newest of those), whose watcher hears `invalid`; an untipped one, or a tipped one
//!    that ranks no higher than everything in the pool, is refused with `ImmediatelyDropped`
//!    (1016), which the sender sees and may retry. Transactions of equal priority never
//!    replace each other, so an accepted transaction is included, or becomes invalid, or was
//!    outbid by a higher tip.
//!
//! The pool's background tasks are spawned through [`QuietShutdown`], so stopping the node
//! does not log an essential task's failure.

mod inspect;
mod rules;
mod shutdown;

pub use inspect::DiemTransactions;
pub use rules::PoolBound;
pub use shutdown::QuietShutdown;

use std::{
	collections::{HashMap, HashSet},
	future::Future,
	pin::Pin,
	sync::{
		atomic::{AtomicU64, Ordering},
		Arc, Mutex,
	},
};

use codec::Encode;
use sc_transaction_pool_api::{
	error::Error as PoolError, ChainEvent, ImportNotificationStream, InPoolTransaction,
	LocalTransactionFor, LocalTransactionPool, MaintainedTransactionPool, PoolStatus,
	ReadyTransactions, TransactionFor, TransactionPool, TransactionSource,
	TransactionStatusStreamFor, TxHash, TxInvalidityReportMap,
};
use sp_runtime::traits::Block as BlockT;

use rules::{Admission, FutureRegistry, IncludableNonces, Ticket};

/// What the rules need to know of a transaction before the pool validates it.
pub trait InspectTransaction<Xt>: Send + Sync {
	/// The signer of `xt`, or `None` for an unsigned transaction (all unsigned futures share
	/// one sender's bound, and an unsigned transaction may try to outrank the floor).
	fn signer(&self, xt: &Xt) -> Option<Signer>;
}

/// A signed transaction's sender, as the rules see it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signer {
	/// The sender's address, encoded: the key of its futures' bound.
	pub account: Vec<u8>,
	/// Whether it offers a tip: an untipped transaction ranks at the floor, below or level
	/// with everything the pool can hold, so it can never replace one.
	pub tipped: bool,
	/// The transaction's nonce.
	pub nonce: u64,
}

/// The rules' parameters (the node's `--pool-*` options).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PoolRules {
	/// The ready bound.
	pub bound: PoolBound,
	/// The futures of all senders together (the oldest evicted first).
	pub futures_bound: PoolBound,
	/// Futures a sender may keep.
	pub futures_per_sender: usize,
	/// Best blocks after which a future still waiting is dropped.
	pub future_max_age: u64,
	/// How long a transaction found invalid is refused again.
	pub ban_time: std::time::Duration,
}

impl Default for PoolRules {
	fn default() -> Self {
		let bound = PoolBound::default();
		Self {
			bound,
			futures_bound: bound.futures_share(),
			futures_per_sender: DEFAULT_FUTURES_PER_SENDER,
			future_max_age: DEFAULT_FUTURE_MAX_AGE,
			ban_time: std::time::Duration::from_secs(30 * 60),
		}
	}
}

/// The default of `--pool-futures-per-sender`: enough for a wallet that sends a few
/// transactions out of order, far too few to fill the pool.
pub const DEFAULT_FUTURES_PER_SENDER: usize = 16;
/// The default of `--pool-future-blocks`: 64 blocks, about two minutes.
pub const DEFAULT_FUTURE_MAX_AGE: u64 = 64;

/// The node's pool options beyond Substrate's `--pool-limit` and `--pool-kbytes`.
#[derive(Debug, Clone, clap::Args)]
pub struct PoolRulesParams {
	/// Future transactions (waiting for an earlier nonce) one sender may keep in the pool.
	#[arg(long, value_name = "COUNT", default_value_t = DEFAULT_FUTURES_PER_SENDER)]
	pub pool_futures_per_sender: usize,
	/// Future transactions the pool keeps, of all senders together; the oldest are evicted
	/// first [default: a sixteenth of `--pool-limit`].
	#[arg(long, value_name = "COUNT")]
	pub pool_future_limit: Option<usize>,
	/// Best blocks after which a future transaction still not ready is dropped.
	#[arg(long, value_name = "BLOCKS", default_value_t = DEFAULT_FUTURE_MAX_AGE)]
	pub pool_future_blocks: u64,
}

impl PoolRules {
	/// The rules the command line asks for; a dev chain bans nothing, like Substrate's.
	pub fn from_cli(
		pool: &sc_cli::TransactionPoolParams,
		rules: &PoolRulesParams,
		is_dev: bool,
	) -> Self {
		let bound =
			PoolBound { count: pool.pool_limit, bytes: pool.pool_kbytes.saturating_mul(1024) };
		Self {
			bound,
			futures_bound: PoolBound {
				count: rules.pool_future_limit.unwrap_or(bound.futures_share().count),
				bytes: bound.futures_share().bytes,
			},
			futures_per_sender: rules.pool_futures_per_sender,
			future_max_age: rules.pool_future_blocks,
			ban_time: std::time::Duration::from_secs(pool.tx_ban_seconds.unwrap_or(if is_dev {
				0
			} else {
				30 * 60
			})),
		}
	}

	/// The fork-aware pool's options. Each view's ready queue holds twenty times the bound,
	/// so admitted transactions never overflow one (an older view also holds what newer blocks
	/// included, and the mempool, sized by the views, also what finality has not reached): the
	/// bound is enforced here, not by the SDK's eviction. The future queue is twice the ready
	/// bound: the node enforces the futures' bounds itself (oldest first), and the SDK's own
	/// eviction would push out transactions a new view holds as future for a moment — under a
	/// full load, most of a sender's next nonces (a 20,000-transfer run lost 14,045 with a
	/// future queue of 1,024).
	pub fn pool_options(&self) -> sc_transaction_pool::Options {
		sc_transaction_pool::Options {
			ready: sc_transaction_pool::PoolLimit {
				count: self.bound.count.saturating_mul(20),
				total_bytes: self.bound.bytes.saturating_mul(20),
			},
			future: sc_transaction_pool::PoolLimit {
				count: self.bound.count.saturating_mul(2),
				total_bytes: self.bound.bytes.saturating_mul(2),
			},
			reject_future_transactions: false,
			ban_time: self.ban_time,
		}
	}
}

/// A transaction pool that admits transactions by the [`PoolRules`].
pub struct BoundedPool<P: TransactionPool> {
	inner: Arc<P>,
	rules: PoolRules,
	admission: Admission,
	inspect: Box<dyn InspectTransaction<TransactionFor<P>>>,
	futures: Mutex<FutureRegistry<Vec<u8>, TxHash<P>>>,
	includable: Mutex<IncludableNonces<Vec<u8>>>,
	/// Held by a submission that arrives at a full bound: replacements happen one at a time.
	replacing: futures::lock::Mutex<()>,
	/// Best blocks seen, the clock of the staleness rule.
	best_blocks: AtomicU64,
}

/// How a submission entered.
enum Entry<'a> {
	/// Under the ready bound.
	Room(Ticket<'a>),
	/// At a full bound, to replace a lower-priority transaction.
	Replacing(futures::lock::MutexGuard<'a, ()>),
}

impl<P: TransactionPool> BoundedPool<P>
where
	TransactionFor<P>: Encode,
{
	/// `inner` under `rules`; `inner` must be built with [`PoolRules::pool_options`].
	pub fn new(
		inner: Arc<P>,
		rules: PoolRules,
		inspect: impl InspectTransaction<TransactionFor<P>> + 'static,
	) -> Self {
		Self {
			inner,
			rules,
			admission: Admission::new(rules.bound),
			inspect: Box::new(inspect),
			futures: Mutex::new(FutureRegistry::new(rules.futures_per_sender)),
			includable: Mutex::new(IncludableNonces::default()),
			replacing: futures::lock::Mutex::new(()),
			best_blocks: AtomicU64::new(0),
		}
	}

	fn registry(&self) -> std::sync::MutexGuard<'_, FutureRegistry<Vec<u8>, TxHash<P>>> {
		// Every operation on the registry leaves it consistent: a panic elsewhere cannot
		// poison its meaning.
		self.futures.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
	}

	fn includable(&self) -> std::sync::MutexGuard<'_, IncludableNonces<Vec<u8>>> {
		self.includable.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
	}

	/// Room under the bound, or the right to try a replacement, or `ImmediatelyDropped`.
	async fn enter(
		&self,
		xt: &TransactionFor<P>,
		signer: Option<&Signer>,
	) -> Result<Entry<'_>, P::Error> {
		if let Some(ticket) = self.admission.try_admit(&self.inner.status(), xt.encoded_size()) {
			return Ok(Entry::Room(ticket));
		}
		if signer.is_some_and(|signer| !signer.tipped) {
			return Err(PoolError::ImmediatelyDropped.into());
		}
		Ok(Entry::Replacing(self.replacing.lock().await))
	}

	/// Removes `hashes` from the pool (and what depends on them).
	async fn remove(&self, hashes: impl IntoIterator<Item = TxHash<P>>) {
		let report: TxInvalidityReportMap<TxHash<P>> =
			hashes.into_iter().map(|hash| (hash, None)).collect();
		if !report.is_empty() {
			self.inner.report_invalid(None, report).await;
		}
	}

	/// After the inner pool took `hash`: the futures' bound, and for a submission at a full
	/// bound the replacement. An `Err` means the transaction was taken out again.
	async fn settle(
		&self,
		hash: TxHash<P>,
		bytes: usize,
		signer: Option<Signer>,
		replacing: bool,
	) -> Result<(), P::Error> {
		let now = self.best_blocks.load(Ordering::Relaxed);
		let in_view = self.inner.ready_transaction(&hash).map(|tx| *tx.priority());
		// The newest view may still be taking in what was submitted before it: a nonce that
		// follows one admitted as includable is not a future, whatever the view says yet.
		// One lock for the check and the record: this runs for every submission.
		let follows = signer.as_ref().is_some_and(|signer| {
			let mut includable = self.includable();
			let follows = includable.follows(&signer.account, signer.nonce);
			if in_view.is_some() || follows {
				includable.record(signer.account.clone(), signer.nonce, now);
			}
			follows
		});
		let Some(priority) = in_view else {
			if follows {
				return Ok(());
			}
			let sender = signer.map(|signer| signer.account).unwrap_or_default();
			let (kept, evicted) = {
				let mut futures = self.registry();
				let kept = futures.try_insert(sender.clone(), hash.clone(), now, bytes) || {
					// Some of the sender's futures may have become ready since.
					futures.prune_sender(&sender, |known| {
						self.inner.ready_transaction(known).is_none()
					});
					futures.try_insert(sender, hash.clone(), now, bytes)
				};
				(kept, futures.evict_over(self.rules.futures_bound))
			};
			if !evicted.is_empty() {
				// The node evicts the oldest futures itself, before the SDK's future queue
				// (twice as large) is full: a transaction a view holds as future for a moment
				// (its predecessor not there yet) is never what a flood pushes out.
				self.remove(evicted).await;
			}
			if kept {
				return Ok(());
			}
			log::debug!(target: "txpool", "{hash:?}: its sender's futures are at the bound");
			self.remove([hash]).await;
			return Err(PoolError::RejectedFutureTransaction.into());
		};
		if !replacing {
			return Ok(());
		}
		let lowest = rules::replacement_victim(
			self.inner.ready().map(|tx| (tx.hash().clone(), *tx.priority())),
			&hash,
			priority,
		);
		match lowest {
			Some(lowest) => {
				log::debug!(target: "txpool", "{hash:?} replaces {lowest:?}, of a lower priority");
				self.remove([lowest]).await;
				Ok(())
			}
			None => {
				self.remove([hash]).await;
				Err(PoolError::ImmediatelyDropped.into())
			}
		}
	}

	/// One transaction through the rules, `submit` handing it to the inner pool.
	async fn submit_with<R, F>(
		&self,
		xt: TransactionFor<P>,
		submit: impl FnOnce(TransactionFor<P>) -> F,
	) -> Result<R, P::Error>
	where
		F: Future<Output = Result<R, P::Error>>,
	{
		let signer = self.inspect.signer(&xt);
		let hash = self.inner.hash_of(&xt);
		let bytes = xt.encoded_size();
		let entry = self.enter(&xt, signer.as_ref()).await?;
		let submitted = submit(xt).await?;
		// A ticket is released once the pool's status counts the transaction; the right to
		// replace is held until the replacement is done.
		let replacing = match entry {
			Entry::Room(ticket) => {
				drop(ticket);
				None
			}
			Entry::Replacing(guard) => Some(guard),
		};
		self.settle(hash, bytes, signer, replacing.is_some()).await?;
		Ok(submitted)
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
		// Those with room go to the inner pool in one batch, validated together (a peer's
		// gossip arrives this way); the others, one at a time, may replace or are refused.
		let mut tickets = Vec::with_capacity(xts.len());
		let mut batch = Vec::with_capacity(xts.len());
		let mut rest = Vec::new();
		let status = self.inner.status();
		for (position, xt) in xts.into_iter().enumerate() {
			let signer = self.inspect.signer(&xt);
			match self.admission.try_admit(&status, xt.encoded_size()) {
				Some(ticket) => {
					tickets.push(ticket);
					batch.push((position, self.inner.hash_of(&xt), xt.encoded_size(), signer, xt));
				}
				None => rest.push((position, xt)),
			}
		}
		let (meta, batch): (Vec<_>, Vec<_>) = batch
			.into_iter()
			.map(|(position, hash, bytes, signer, xt)| ((position, hash, bytes, signer), xt))
			.unzip();
		let submitted = self.inner.submit_at(at, source, batch).await?;
		drop(tickets);
		let mut results: Vec<Option<Result<TxHash<Self>, Self::Error>>> =
			(0..meta.len() + rest.len()).map(|_| None).collect();
		for ((position, hash, bytes, signer), result) in meta.into_iter().zip(submitted) {
			let settled = match result {
				Ok(submitted) => self.settle(hash, bytes, signer, false).await.map(|()| submitted),
				Err(e) => Err(e),
			};
			results[position] = Some(settled);
		}
		for (position, xt) in rest {
			results[position] =
				Some(self.submit_with(xt, |xt| self.inner.submit_one(at, source, xt)).await);
		}
		Ok(results
			.into_iter()
			.map(|result| result.unwrap_or_else(|| Err(PoolError::ImmediatelyDropped.into())))
			.collect())
	}

	async fn submit_one(
		&self,
		at: <Self::Block as BlockT>::Hash,
		source: TransactionSource,
		xt: TransactionFor<Self>,
	) -> Result<TxHash<Self>, Self::Error> {
		self.submit_with(xt, |xt| self.inner.submit_one(at, source, xt)).await
	}

	async fn submit_and_watch(
		&self,
		at: <Self::Block as BlockT>::Hash,
		source: TransactionSource,
		xt: TransactionFor<Self>,
	) -> Result<Pin<Box<TransactionStatusStreamFor<Self>>>, Self::Error> {
		self.submit_with(xt, |xt| self.inner.submit_and_watch(at, source, xt)).await
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
		let new_best = matches!(event, ChainEvent::NewBestBlock { .. });
		self.inner.maintain(event).await;
		if !new_best {
			return;
		}
		// The registry follows the pool: what is no longer a future in the best view is
		// forgotten, and what has waited too long is stale.
		let now = self.best_blocks.fetch_add(1, Ordering::Relaxed).saturating_add(1);
		let futures: HashSet<_> = self.inner.futures().iter().map(|tx| tx.hash().clone()).collect();
		let stale =
			self.registry().prune(now, self.rules.future_max_age, |hash| futures.contains(hash));
		self.includable().prune(now, rules::SETTLING_BLOCKS.saturating_mul(2));
		if !stale.is_empty() {
			log::debug!(target: "txpool", "dropping {} stale future transactions", stale.len());
			self.remove(stale).await;
		}
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
		// The node's own offchain workers submit here (this runtime has none): room under the
		// bound is all they need; the futures' bound applies to what others send.
		let _ticket = self
			.admission
			.try_admit(&self.inner.status(), xt.encoded_size())
			.ok_or(PoolError::ImmediatelyDropped)?;
		self.inner.submit_local(at, xt)
	}
}
