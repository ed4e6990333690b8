//! The journal writer: a request's usage is on disk before its response completes, and
//! concurrent requests share one commit (group commit), so a disk flush is paid once per
//! group, not once per request.

use crate::{
	credits::Credits,
	store::{Store, StoreError, Usage},
	time::{day_of, Clock},
	DayIndex,
};
use std::sync::{mpsc, Arc};
use tokio::sync::oneshot;

/// The most usages one commit takes.
const MAX_GROUP: usize = 4_096;

type Reply = oneshot::Sender<Result<(u64, DayIndex), StoreError>>;

/// A handle to the writer thread.
#[derive(Clone)]
pub struct Journal {
	sender: mpsc::Sender<(Usage, Reply)>,
}

impl Journal {
	/// Starts the writer over `store`; usage is dated with `clock` when written (the day it
	/// was served: its response has not completed yet), with the chain's day length from
	/// `credits`' view.
	pub fn start(store: Arc<Store>, credits: Arc<Credits>, clock: Clock) -> Self {
		let (sender, receiver) = mpsc::channel::<(Usage, Reply)>();
		std::thread::Builder::new()
			.name("journal".into())
			.spawn(move || {
				while let Ok(first) = receiver.recv() {
					let mut group = vec![first];
					while group.len() < MAX_GROUP {
						match receiver.try_recv() {
							Ok(next) => group.push(next),
							Err(_) => break,
						}
					}
					let day_length = credits
						.view()
						.map(|view| view.day_length)
						.unwrap_or(pallet_credits::DEFAULT_DAY_LENGTH);
					let day = day_of(clock.now_ms(), day_length);
					let (mut usages, replies): (Vec<Usage>, Vec<Reply>) = group.into_iter().unzip();
					for usage in &mut usages {
						usage.day = day;
					}
					match store.append(&usages) {
						Ok(seqs) => {
							for ((seq, usage), reply) in seqs.into_iter().zip(&usages).zip(replies)
							{
								credits.journaled(seq, usage);
								let _ = reply.send(Ok((seq, day)));
							}
						}
						Err(error) => {
							for reply in replies {
								let _ = reply.send(Err(error.clone()));
							}
						}
					}
				}
			})
			.map(|_| ())
			.unwrap_or_else(|error| eprintln!("cannot start the journal writer: {error}"));
		Self { sender }
	}

	/// Journals `usage` (its `day` is set to the day now); returns its sequence number and
	/// day once it is on disk.
	pub async fn record(&self, usage: Usage) -> Result<(u64, DayIndex), StoreError> {
		let (reply, done) = oneshot::channel();
		self.sender.send((usage, reply)).map_err(|_| "the journal writer stopped".to_string())?;
		done.await.map_err(|_| "the journal writer stopped".to_string())?
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::credits::ChainView;
	use crate::AccountId;

	#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
	async fn usage_served_at_23_59_59_9_is_journaled_on_the_day_ending() {
		let dir = tempfile::tempdir().expect("a temporary directory");
		let store = Arc::new(Store::open(dir.path()).expect("opens"));
		let credits = Arc::new(Credits::default());
		credits.set_view(ChainView {
			best: Default::default(),
			day_length: 86_400,
			chain_day: 20_793,
			next_batch: 0,
			finalized_next_batch: 0,
			registered: true,
		});
		let midnight = 20_794 * 86_400_000;
		let clock = Clock::fixed(midnight - 100);
		let journal = Journal::start(store.clone(), credits.clone(), clock.clone());
		let usage = Usage { account: [1; 32], day: 0, micro_usd: 5, key_id: "k".into() };
		assert_eq!(journal.record(usage.clone()).await, Ok((0, 20_793)));
		clock.set(midnight);
		assert_eq!(journal.record(usage.clone()).await, Ok((1, 20_794)));
		// Many at once: every one journaled once, in one or a few commits.
		let handles: Vec<_> = (0..200)
			.map(|_| {
				let journal = journal.clone();
				let usage = usage.clone();
				tokio::spawn(async move { journal.record(usage).await })
			})
			.collect();
		let mut seqs = Vec::new();
		for handle in handles {
			seqs.push(handle.await.expect("joins").expect("journals").0);
		}
		seqs.sort_unstable();
		assert_eq!(seqs, (2..202).collect::<Vec<_>>());
		assert_eq!(store.journal().expect("reads").len(), 202);
		// The gateway's own count: day 20,794 holds 201 usages of 5.
		assert_eq!(credits.uncounted(&AccountId::new([1; 32]), 20_794, 0), 201 * 5);
		assert_eq!(credits.uncounted(&AccountId::new([1; 32]), 20_793, 0), 5);
	}
}
