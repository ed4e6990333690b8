//! The meter: cuts the journal into batches, records them on chain with `record_usage`, and
//! forgets them once the finalized state has counted them.
//!
//! Exactly once, across crashes, because every decision is made from the chain's state and
//! the store, never from memory alone:
//! - a batch is written to the store with its index before it is first submitted, so after a
//!   restart the same entries go out under the same index;
//! - a batch whose index is at or above the `next_batch` the chain expects at the best block is
//!   (re)submitted, with the nonce its position implies (the meter account signs nothing else);
//!   one the chain has already recorded is refused by the pallet by name
//!   (`BatchAlreadyRecorded`), so a resubmission can never count twice;
//! - a batch is deleted only when the **finalized** state's `next_batch` is past it: a batch
//!   in a block that a reorganisation drops is submitted again.

use crate::{
	chain::{Chain, ChainError, RuntimeVersion},
	credits::{ChainView, Credits},
	store::Store,
	time::day_of,
};
use sp_core::H256;
use std::{
	collections::HashMap,
	sync::Arc,
	time::{Duration, Instant},
};

/// How often the meter looks at the chain: several times a block, so every block is seen.
const POLL: Duration = Duration::from_millis(250);
/// A submitted batch not yet in the best block after this long is submitted again (the pool
/// may have dropped it).
const RESUBMIT_AFTER: Duration = Duration::from_secs(12);
/// The most batches cut and not yet in the best block.
const MAX_IN_FLIGHT: u64 = 8;

/// The meter's loop state.
pub struct Meter {
	chain: Arc<Chain>,
	store: Arc<Store>,
	credits: Arc<Credits>,
	max_accounts: usize,
	batch_interval: Duration,
	genesis: Option<H256>,
	version: Option<(H256, RuntimeVersion)>,
	last_best: Option<H256>,
	last_cut: Instant,
	submitted: HashMap<u64, Instant>,
	/// The lowest batch cut and not yet flushed to disk.
	unsealed: Option<u64>,
	/// What the last pass did, for `/health` and the logs.
	pub status: Arc<std::sync::Mutex<MeterStatus>>,
}

/// What the meter reports.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct MeterStatus {
	/// The last chain error, if the last pass failed.
	pub last_error: Option<String>,
	/// Batches submitted since start.
	pub submissions: u64,
	/// Batches the finalized state counted, since start.
	pub batches_finalized: u64,
	/// Their entries (one per account and batch).
	pub entries_finalized: u64,
}

impl Meter {
	/// A meter over the gateway's chain, store and credits; batches of at most
	/// `max_accounts` entries, cut at least every `batch_interval`.
	pub fn new(
		chain: Arc<Chain>,
		store: Arc<Store>,
		credits: Arc<Credits>,
		max_accounts: usize,
		batch_interval: Duration,
	) -> Self {
		Self {
			chain,
			store,
			credits,
			max_accounts,
			batch_interval,
			genesis: None,
			version: None,
			last_best: None,
			last_cut: Instant::now(),
			submitted: HashMap::new(),
			unsealed: None,
			status: Default::default(),
		}
	}

	/// Rebuilds the gateway's count of uncounted usage from the store (at start).
	pub fn restore(store: &Store, credits: &Credits) -> Result<(), String> {
		for (seq, usage) in store.journal()? {
			credits.journaled(seq, &usage);
		}
		for (index, batch) in store.batches()? {
			credits.cut(index, batch.end_seq);
		}
		Ok(())
	}

	/// Runs for ever.
	pub async fn run(mut self) {
		loop {
			let outcome = self.step().await;
			if let Ok(mut status) = self.status.lock() {
				if let Err(error) = &outcome {
					if status.last_error.as_ref() != Some(error) {
						eprintln!("meter: {error}");
					}
				}
				status.last_error = outcome.err();
			}
			tokio::time::sleep(POLL).await;
		}
	}

	/// One pass: read the chain, forget what is final, cut, submit.
	pub async fn step(&mut self) -> Result<(), ChainError> {
		let best = self.chain.best().await?;
		let genesis = match self.genesis {
			Some(genesis) => genesis,
			None => *self.genesis.insert(self.chain.genesis().await?),
		};
		if self.last_best != Some(best) || self.credits.view().is_none() {
			self.read_chain(best).await?;
		}
		let Some(view) = self.credits.view() else { return Ok(()) };
		let next_batch = view.next_batch;

		// Cut: on time, or at once when the last cut was full.
		let mut pending = self.store.next_batch()?.saturating_sub(next_batch);
		let unsealed_before = self.unsealed;
		while pending < MAX_IN_FLIGHT && self.last_cut.elapsed() >= self.batch_interval {
			match self.store.cut_batch(self.max_accounts, view.chain_day)? {
				Some((index, batch)) => {
					self.credits.cut(index, batch.end_seq);
					if self.unsealed.is_none() {
						self.unsealed = Some(index);
					}
					pending = pending.saturating_add(1);
					if batch.entries.len() < self.max_accounts {
						self.last_cut = Instant::now();
					}
				}
				None => self.last_cut = Instant::now(),
			}
		}

		if !view.registered {
			return Err(format!(
				"the meter {} is not registered on chain: batches wait",
				self.chain.meter()
			));
		}
		// Submit what the best block has not recorded.
		let version = match self.version {
			Some((at, version)) if at == best => version,
			_ => {
				let version = self.chain.runtime_version(best).await?;
				self.version = Some((best, version));
				version
			}
		};
		// A batch is submitted only once it is on disk, so a restarted gateway submits the very
		// same batch under its index. Cuts are committed lazily (the journal writer is never
		// held up by them); a batch cut in this pass waits for the next, which flushes every
		// cut before it with one empty durable commit.
		let mut sealed_below = u64::MAX;
		if let Some(index) = self.unsealed {
			if unsealed_before.is_some() {
				self.store.sync()?;
				self.unsealed = None;
			} else {
				sealed_below = index;
			}
		}
		self.submitted.retain(|index, _| *index >= next_batch);
		let mut nonce: Option<u32> = None;
		for (index, batch) in self.store.batches()?.range(next_batch..sealed_below) {
			if self.submitted.get(index).is_some_and(|at| at.elapsed() < RESUBMIT_AFTER) {
				continue;
			}
			// The meter's nonce at the best block, read once a pass and only when submitting.
			let nonce = match nonce {
				Some(nonce) => nonce,
				None => *nonce.insert(self.chain.meter_nonce(best).await?),
			};
			let offset = u32::try_from(index.saturating_sub(next_batch)).unwrap_or(u32::MAX);
			let xt = self.chain.record_usage(
				*index,
				batch.day,
				&batch.entries,
				nonce.saturating_add(offset),
				version,
				genesis,
			);
			match self.chain.submit(xt).await {
				Ok(_) => {}
				// The same nonce already waits in the pool (a submission before a restart):
				// it carries the same batch.
				Err(error)
					if error.contains("Priority is too low")
						|| error.contains("already imported") => {}
				Err(error) => eprintln!("meter: batch {index}: {error}"),
			}
			self.submitted.insert(*index, Instant::now());
			if let Ok(mut status) = self.status.lock() {
				status.submissions = status.submissions.saturating_add(1);
			}
		}
		Ok(())
	}

	/// Reads a new best block: the view, and what the finalized state has counted.
	async fn read_chain(&mut self, best: H256) -> Result<(), ChainError> {
		let finalized = self.chain.finalized().await?;
		let meter = self.chain.meter_state(best).await?;
		let final_meter = self.chain.meter_state(finalized).await?;
		let day_length = match self.credits.view() {
			Some(view) => view.day_length,
			None => self.chain.day_length(best).await?,
		};
		let now = self.chain.now(best).await?;
		// A meter account that recorded before this store existed: continue its numbering.
		self.store.skip_to_batch(meter.next_batch)?;
		if let Some(done) = self.store.finalize_below(final_meter.next_batch)? {
			self.credits.finalized(final_meter.next_batch, done.end_seq);
			if let Ok(mut status) = self.status.lock() {
				status.batches_finalized = status.batches_finalized.saturating_add(done.batches);
				status.entries_finalized = status.entries_finalized.saturating_add(done.entries);
			}
		}
		self.credits.set_view(ChainView {
			best,
			day_length,
			chain_day: day_of(now, day_length),
			next_batch: meter.next_batch,
			finalized_next_batch: final_meter.next_batch,
			registered: meter.registered,
		});
		self.last_best = Some(best);
		Ok(())
	}
}
