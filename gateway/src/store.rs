//! The durable store: API keys (hashed), the usage journal and the numbered batches, in one
//! [redb](https://docs.rs/redb) database (embedded, transactional, crash-safe: a commit is
//! on disk when it returns).
//!
//! The journal's entries get consecutive sequence numbers. A batch is a run of consecutive
//! entries of one day (`first_seq..end_seq`), summed per account, under the index the meter
//! will record it with; it is written before it is first submitted, so a restarted gateway
//! resubmits the very same batch under the very same index. A batch and its entries are
//! deleted only once the chain's finalized state has counted it.

use crate::{AccountId, DayIndex, MicroUsd};
use codec::{Decode, Encode};
use redb::{
	Database, Durability, ReadableTable, ReadableTableMetadata, TableDefinition, WriteTransaction,
};
use serde::{Deserialize, Serialize};
use std::{
	collections::{BTreeMap, HashMap},
	path::Path,
};

/// Key hash → the key's record (JSON).
const KEYS: TableDefinition<&[u8], &[u8]> = TableDefinition::new("keys");
/// Key id → key hash.
const KEY_IDS: TableDefinition<&str, &[u8]> = TableDefinition::new("key_ids");
/// (key id, day) → micro-USD the key served that day.
const KEY_USE: TableDefinition<(&str, u32), u128> = TableDefinition::new("key_use");
/// Sequence number → a journaled usage (SCALE).
const JOURNAL: TableDefinition<u64, &[u8]> = TableDefinition::new("journal");
/// Batch index → a cut batch (SCALE).
const BATCHES: TableDefinition<u64, &[u8]> = TableDefinition::new("batches");
/// Counters.
const META: TableDefinition<&str, u64> = TableDefinition::new("meta");

const NEXT_SEQ: &str = "next_seq";
const BATCHED_UPTO: &str = "batched_upto";
const NEXT_BATCH: &str = "next_batch";
/// Journal entries below this are in finalized batches: pruned a bounded number at a time by
/// the journal's own commits, so a finalization never holds the journal writer up.
const FINAL_SEQ: &str = "final_seq";
/// The most finalized journal entries one journal commit prunes.
const MAX_PRUNE: u64 = 64;

/// A store failure, as text (the API answers 503 `store_unavailable`).
pub type StoreError = String;

fn err(error: impl std::fmt::Display) -> StoreError {
	format!("store: {error}")
}

/// An API key's record; the key itself is never stored, only its hash.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyRecord {
	/// The key's public id (`k_…`), shown in lists and used to revoke it.
	pub id: String,
	/// The account it spends the credits of (32 bytes, hex).
	pub account: String,
	/// A label its owner chose.
	pub name: String,
	/// When it was issued, Unix ms.
	pub created_ms: u64,
	/// When it stops working, Unix ms.
	pub expires_ms: u64,
	/// Its own daily limit in micro-USD, if any.
	pub daily_limit: Option<u64>,
	/// Whether its account revoked it.
	pub revoked: bool,
}

impl KeyRecord {
	/// The account as an id.
	pub fn account_id(&self) -> Option<AccountId> {
		let bytes = sp_core::bytes::from_hex(&self.account).ok()?;
		<[u8; 32]>::try_from(bytes).ok().map(AccountId::new)
	}
}

/// One served request's usage.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Usage {
	/// The account charged.
	pub account: [u8; 32],
	/// The credit day it was served on.
	pub day: DayIndex,
	/// Its cost.
	pub micro_usd: MicroUsd,
	/// The key it came through.
	pub key_id: String,
}

/// A batch cut from the journal, as `record_usage` takes it.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Batch {
	/// The day of all its usage.
	pub day: DayIndex,
	/// Per account, the sum of its entries, in the order first served.
	pub entries: Vec<([u8; 32], MicroUsd)>,
	/// The first journal entry it holds.
	pub first_seq: u64,
	/// One past the last.
	pub end_seq: u64,
}

/// What [`Store::finalize_below`] forgot.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Finalized {
	/// One past the last journal entry forgotten.
	pub end_seq: u64,
	/// Batches forgotten.
	pub batches: u64,
	/// Their entries (accounts' sums, as recorded on chain).
	pub entries: u64,
}

/// The store.
pub struct Store {
	db: Database,
}

impl Store {
	/// Opens (or creates) the store in `dir`.
	pub fn open(dir: &Path) -> Result<Self, StoreError> {
		std::fs::create_dir_all(dir).map_err(err)?;
		let db = Database::create(dir.join("gateway.redb")).map_err(err)?;
		let txn = db.begin_write().map_err(err)?;
		{
			// Create every table, so readers never meet a missing one.
			txn.open_table(KEYS).map_err(err)?;
			txn.open_table(KEY_IDS).map_err(err)?;
			txn.open_table(KEY_USE).map_err(err)?;
			txn.open_table(JOURNAL).map_err(err)?;
			txn.open_table(BATCHES).map_err(err)?;
			txn.open_table(META).map_err(err)?;
		}
		txn.commit().map_err(err)?;
		Ok(Self { db })
	}

	/// Commits `txn` to disk (durable when this returns).
	fn commit_durably(&self, txn: WriteTransaction) -> Result<(), StoreError> {
		txn.commit().map_err(err)
	}

	/// Commits `txn` without flushing: on disk with the next durable commit.
	fn commit_lazily(mut txn: WriteTransaction) -> Result<(), StoreError> {
		txn.set_durability(Durability::None);
		txn.commit().map_err(err)
	}

	/// Makes every earlier commit durable (redb: a durable commit flushes every lazy one before
	/// it).
	pub fn sync(&self) -> Result<(), StoreError> {
		let txn = self.db.begin_write().map_err(err)?;
		self.commit_durably(txn)
	}

	// ---- keys ----

	/// Stores a new key under its hash.
	pub fn insert_key(&self, hash: &[u8; 32], record: &KeyRecord) -> Result<(), StoreError> {
		let txn = self.db.begin_write().map_err(err)?;
		{
			let json = serde_json::to_vec(record).map_err(err)?;
			txn.open_table(KEYS).map_err(err)?.insert(&hash[..], &json[..]).map_err(err)?;
			txn.open_table(KEY_IDS)
				.map_err(err)?
				.insert(record.id.as_str(), &hash[..])
				.map_err(err)?;
		}
		self.commit_durably(txn)
	}

	/// The key with this hash.
	pub fn key(&self, hash: &[u8; 32]) -> Result<Option<KeyRecord>, StoreError> {
		let txn = self.db.begin_read().map_err(err)?;
		let table = txn.open_table(KEYS).map_err(err)?;
		let Some(json) = table.get(&hash[..]).map_err(err)? else { return Ok(None) };
		serde_json::from_slice(json.value()).map(Some).map_err(err)
	}

	/// Marks the key `id` revoked; `false` if there is no such key of `account`.
	pub fn revoke(&self, id: &str, account: &str) -> Result<bool, StoreError> {
		let txn = self.db.begin_write().map_err(err)?;
		let revoked = {
			let ids = txn.open_table(KEY_IDS).map_err(err)?;
			let Some(hash) = ids.get(id).map_err(err)?.map(|hash| hash.value().to_vec()) else {
				return Ok(false);
			};
			let mut keys = txn.open_table(KEYS).map_err(err)?;
			let record = keys.get(&hash[..]).map_err(err)?.map(|json| json.value().to_vec());
			let Some(mut record) =
				record.and_then(|json| serde_json::from_slice::<KeyRecord>(&json).ok())
			else {
				return Ok(false);
			};
			if record.account != account {
				return Ok(false);
			}
			record.revoked = true;
			let json = serde_json::to_vec(&record).map_err(err)?;
			keys.insert(&hash[..], &json[..]).map_err(err)?;
			true
		};
		self.commit_durably(txn)?;
		Ok(revoked)
	}

	/// The keys of `account` (hex), each with what it served on `day`.
	pub fn keys_of(
		&self,
		account: &str,
		day: DayIndex,
	) -> Result<Vec<(KeyRecord, MicroUsd)>, StoreError> {
		let txn = self.db.begin_read().map_err(err)?;
		let keys = txn.open_table(KEYS).map_err(err)?;
		let usage = txn.open_table(KEY_USE).map_err(err)?;
		let mut found = Vec::new();
		for row in keys.iter().map_err(err)? {
			let (_, json) = row.map_err(err)?;
			let record: KeyRecord = serde_json::from_slice(json.value()).map_err(err)?;
			if record.account == account {
				let used = usage
					.get((record.id.as_str(), day))
					.map_err(err)?
					.map(|v| v.value())
					.unwrap_or(0);
				found.push((record, used));
			}
		}
		found.sort_by_key(|(record, _)| record.created_ms);
		Ok(found)
	}

	/// What the key `id` served on `day`.
	pub fn key_use(&self, id: &str, day: DayIndex) -> Result<MicroUsd, StoreError> {
		let txn = self.db.begin_read().map_err(err)?;
		let usage = txn.open_table(KEY_USE).map_err(err)?;
		Ok(usage.get((id, day)).map_err(err)?.map_or(0, |v| v.value()))
	}

	// ---- the journal ----

	/// Journals usages in one commit (durable when this returns) and returns their sequence
	/// numbers.
	pub fn append(&self, usages: &[Usage]) -> Result<Vec<u64>, StoreError> {
		let txn = self.db.begin_write().map_err(err)?;
		let mut seqs = Vec::with_capacity(usages.len());
		{
			let mut meta = txn.open_table(META).map_err(err)?;
			let mut journal = txn.open_table(JOURNAL).map_err(err)?;
			let mut key_use = txn.open_table(KEY_USE).map_err(err)?;
			let mut seq = meta.get(NEXT_SEQ).map_err(err)?.map_or(0, |v| v.value());
			for usage in usages {
				journal.insert(seq, &usage.encode()[..]).map_err(err)?;
				let key = (usage.key_id.as_str(), usage.day);
				let used = key_use.get(key).map_err(err)?.map_or(0, |v| v.value());
				key_use.insert(key, used.saturating_add(usage.micro_usd)).map_err(err)?;
				seqs.push(seq);
				seq = seq.saturating_add(1);
			}
			meta.insert(NEXT_SEQ, seq).map_err(err)?;
			let final_seq = meta.get(FINAL_SEQ).map_err(err)?.map_or(0, |v| v.value());
			let lowest = journal.first().map_err(err)?.map(|(seq, _)| seq.value());
			if let Some(lowest) = lowest.filter(|lowest| *lowest < final_seq) {
				let end = final_seq.min(lowest.saturating_add(MAX_PRUNE));
				journal.retain_in(lowest..end, |_, _| false).map_err(err)?;
			}
		}
		self.commit_durably(txn)?;
		Ok(seqs)
	}

	/// The journaled entries not yet finalized on chain, by sequence number.
	pub fn journal(&self) -> Result<BTreeMap<u64, Usage>, StoreError> {
		let txn = self.db.begin_read().map_err(err)?;
		let journal = txn.open_table(JOURNAL).map_err(err)?;
		let final_seq = Self::meta_of(&txn, FINAL_SEQ)?;
		let mut entries = BTreeMap::new();
		for row in journal.range(final_seq..).map_err(err)? {
			let (seq, bytes) = row.map_err(err)?;
			let usage = Usage::decode(&mut bytes.value()).map_err(err)?;
			entries.insert(seq.value(), usage);
		}
		Ok(entries)
	}

	/// How many journal entries are not yet finalized.
	pub fn journal_len(&self) -> Result<u64, StoreError> {
		let txn = self.db.begin_read().map_err(err)?;
		let final_seq = Self::meta_of(&txn, FINAL_SEQ)?;
		let journal = txn.open_table(JOURNAL).map_err(err)?;
		Ok(u64::try_from(journal.range(final_seq..).map_err(err)?.count()).unwrap_or(u64::MAX))
	}

	fn meta_of(txn: &redb::ReadTransaction, name: &str) -> Result<u64, StoreError> {
		let meta = txn.open_table(META).map_err(err)?;
		Ok(meta.get(name).map_err(err)?.map_or(0, |v| v.value()))
	}

	// ---- batches ----

	/// Cuts the next batch from the entries not in one yet (committed lazily: it must not be
	/// submitted before a durable commit, e.g. [`Store::sync`], has followed): consecutive entries of the first
	/// one's day, with at most `max_accounts` accounts, if that day is not after `chain_day`
	/// (a batch of a day the chain has not begun would be refused). Returns its index and it.
	pub fn cut_batch(
		&self,
		max_accounts: usize,
		chain_day: DayIndex,
	) -> Result<Option<(u64, Batch)>, StoreError> {
		// Read the entries in a read transaction: the journal writer goes on meanwhile. Only
		// the meter cuts, so what it read is still the next run when it writes.
		let read = self.db.begin_read().map_err(err)?;
		let from = Self::meta_of(&read, BATCHED_UPTO)?;
		let journal = read.open_table(JOURNAL).map_err(err)?;
		let mut batch: Option<Batch> = None;
		let mut position: HashMap<[u8; 32], usize> = HashMap::new();
		for row in journal.range(from..).map_err(err)? {
			let (seq, bytes) = row.map_err(err)?;
			let usage = Usage::decode(&mut bytes.value()).map_err(err)?;
			let batch = batch.get_or_insert_with(|| Batch {
				day: usage.day,
				entries: Vec::new(),
				first_seq: seq.value(),
				end_seq: seq.value(),
			});
			if usage.day != batch.day || usage.day > chain_day {
				break;
			}
			let accounts = batch.entries.len();
			match position.get(&usage.account).and_then(|i| batch.entries.get_mut(*i)) {
				Some((_, total)) => *total = total.saturating_add(usage.micro_usd),
				None if accounts < max_accounts => {
					position.insert(usage.account, batch.entries.len());
					batch.entries.push((usage.account, usage.micro_usd));
				}
				None => break,
			}
			batch.end_seq = seq.value().saturating_add(1);
		}
		drop(journal);
		drop(read);
		let Some(mut batch) = batch.filter(|batch| batch.end_seq > batch.first_seq) else {
			return Ok(None);
		};
		// A zero entry would make the pallet refuse the whole batch (`ZeroUsage`); the journal
		// holds none, but a run of them is passed over rather than stall the meter.
		batch.entries.retain(|(_, total)| *total > 0);

		let txn = self.db.begin_write().map_err(err)?;
		let cut = {
			let mut meta = txn.open_table(META).map_err(err)?;
			meta.insert(BATCHED_UPTO, batch.end_seq).map_err(err)?;
			if batch.entries.is_empty() {
				None
			} else {
				let index = meta.get(NEXT_BATCH).map_err(err)?.map_or(0, |v| v.value());
				txn.open_table(BATCHES)
					.map_err(err)?
					.insert(index, &batch.encode()[..])
					.map_err(err)?;
				meta.insert(NEXT_BATCH, index.saturating_add(1)).map_err(err)?;
				Some((index, batch))
			}
		};
		Self::commit_lazily(txn)?;
		Ok(cut)
	}

	/// The batches kept (cut, not yet finalized), by index.
	pub fn batches(&self) -> Result<BTreeMap<u64, Batch>, StoreError> {
		let txn = self.db.begin_read().map_err(err)?;
		let table = txn.open_table(BATCHES).map_err(err)?;
		let mut batches = BTreeMap::new();
		for row in table.iter().map_err(err)? {
			let (index, bytes) = row.map_err(err)?;
			batches.insert(index.value(), Batch::decode(&mut bytes.value()).map_err(err)?);
		}
		Ok(batches)
	}

	/// The index the next cut batch gets.
	pub fn next_batch(&self) -> Result<u64, StoreError> {
		let txn = self.db.begin_read().map_err(err)?;
		let meta = txn.open_table(META).map_err(err)?;
		Ok(meta.get(NEXT_BATCH).map_err(err)?.map_or(0, |v| v.value()))
	}

	/// Sets the index the next cut batch gets, when the chain expects a later one than this
	/// store knows of (a meter account used before, or a store lost): only ever forwards, and
	/// only with no batch pending.
	pub fn skip_to_batch(&self, index: u64) -> Result<(), StoreError> {
		let txn = self.db.begin_write().map_err(err)?;
		{
			let mut meta = txn.open_table(META).map_err(err)?;
			let next = meta.get(NEXT_BATCH).map_err(err)?.map_or(0, |v| v.value());
			let pending = txn.open_table(BATCHES).map_err(err)?.len().map_err(err)?;
			if index > next && pending == 0 {
				meta.insert(NEXT_BATCH, index).map_err(err)?;
			}
		}
		Self::commit_lazily(txn)
	}

	/// Forgets every batch below `index`: the chain's finalized state has counted them. Their
	/// journal entries are pruned by later journal commits. Returns what was forgotten, if
	/// anything.
	pub fn finalize_below(&self, index: u64) -> Result<Option<Finalized>, StoreError> {
		let read = self.db.begin_read().map_err(err)?;
		let mut done: Option<Finalized> = None;
		let mut indices = Vec::new();
		for row in read.open_table(BATCHES).map_err(err)?.range(..index).map_err(err)? {
			let (i, bytes) = row.map_err(err)?;
			let batch = Batch::decode(&mut bytes.value()).map_err(err)?;
			let before = done.unwrap_or_default();
			done = Some(Finalized {
				end_seq: batch.end_seq,
				batches: before.batches.saturating_add(1),
				entries: before
					.entries
					.saturating_add(u64::try_from(batch.entries.len()).unwrap_or(u64::MAX)),
			});
			indices.push(i.value());
		}
		drop(read);
		let Some(done) = done else { return Ok(None) };
		let txn = self.db.begin_write().map_err(err)?;
		{
			let mut batches = txn.open_table(BATCHES).map_err(err)?;
			for i in indices {
				batches.remove(i).map_err(err)?;
			}
			let mut meta = txn.open_table(META).map_err(err)?;
			let final_seq = meta.get(FINAL_SEQ).map_err(err)?.map_or(0, |v| v.value());
			meta.insert(FINAL_SEQ, final_seq.max(done.end_seq)).map_err(err)?;
		}
		Self::commit_lazily(txn)?;
		Ok(Some(done))
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn usage(account: u8, day: DayIndex, micro_usd: MicroUsd) -> Usage {
		Usage { account: [account; 32], day, micro_usd, key_id: format!("k{account}") }
	}

	#[test]
	fn journaled_usage_survives_a_reopen_and_batches_keep_their_index() {
		let dir = tempfile::tempdir().expect("a temporary directory");
		{
			let store = Store::open(dir.path()).expect("opens");
			assert_eq!(
				store.append(&[usage(1, 5, 10), usage(2, 5, 20)]).expect("appends"),
				vec![0, 1]
			);
			assert_eq!(store.append(&[usage(1, 5, 5)]).expect("appends"), vec![2]);
			let (index, batch) = store.cut_batch(512, 5).expect("cuts").expect("a batch");
			assert_eq!(index, 0);
			assert_eq!(batch.entries, vec![([1; 32], 15), ([2; 32], 20)]);
			assert_eq!((batch.first_seq, batch.end_seq), (0, 3));
		}
		// Reopened (a crash after the cut): the same batch under the same index, the entries
		// still there, and the numbering goes on.
		let store = Store::open(dir.path()).expect("reopens");
		let batches = store.batches().expect("reads");
		assert_eq!(batches.keys().copied().collect::<Vec<_>>(), vec![0]);
		assert_eq!(store.journal().expect("reads").len(), 3);
		assert_eq!(store.append(&[usage(3, 5, 1)]).expect("appends"), vec![3]);
		assert_eq!(
			store.cut_batch(512, 5).expect("cuts").map(|(i, b)| (i, b.first_seq)),
			Some((1, 3))
		);
		assert_eq!(store.key_use("k1", 5).expect("reads"), 15);
		// Finalized: batch 0 and its entries go, batch 1 stays.
		assert_eq!(
			store.finalize_below(1).expect("finalizes"),
			Some(Finalized { end_seq: 3, batches: 1, entries: 2 })
		);
		assert_eq!(store.journal().expect("reads").keys().copied().collect::<Vec<_>>(), vec![3]);
		assert_eq!(store.batches().expect("reads").keys().copied().collect::<Vec<_>>(), vec![1]);
		assert_eq!(store.finalize_below(1).expect("finalizes"), None);
		// The finalized entries are pruned by the next journal commit.
		store.append(&[usage(4, 5, 1)]).expect("appends");
		let txn = store.db.begin_read().expect("reads");
		let kept: Vec<u64> = txn
			.open_table(JOURNAL)
			.expect("opens")
			.iter()
			.expect("reads")
			.map(|row| row.expect("reads").0.value())
			.collect();
		assert_eq!(kept, vec![3, 4]);
	}

	#[test]
	fn a_batch_holds_one_day_at_most_max_accounts_and_no_future_day() {
		let dir = tempfile::tempdir().expect("a temporary directory");
		let store = Store::open(dir.path()).expect("opens");
		store
			.append(&[
				usage(1, 5, 1),
				usage(2, 5, 1),
				usage(1, 5, 1),
				usage(3, 5, 1),
				usage(1, 6, 1),
			])
			.expect("appends");
		// Two accounts at most: entries 0..3 (accounts 1, 2, 1), then 3 (account 3).
		let (_, first) = store.cut_batch(2, 6).expect("cuts").expect("a batch");
		assert_eq!((first.day, first.end_seq, first.entries.len()), (5, 3, 2));
		let (_, second) = store.cut_batch(2, 6).expect("cuts").expect("a batch");
		assert_eq!((second.day, second.first_seq, second.end_seq), (5, 3, 4));
		// Day 6's entry waits while the chain is still on day 5.
		assert!(store.cut_batch(2, 5).expect("cuts").is_none());
		let (index, third) = store.cut_batch(2, 6).expect("cuts").expect("a batch");
		assert_eq!((index, third.day, third.entries.clone()), (2, 6, vec![([1; 32], 1)]));
		assert!(store.cut_batch(2, 6).expect("cuts").is_none());
	}

	#[test]
	fn zero_usage_never_reaches_a_batch() {
		let dir = tempfile::tempdir().expect("a temporary directory");
		let store = Store::open(dir.path()).expect("opens");
		store.append(&[usage(1, 5, 0), usage(2, 5, 0)]).expect("appends");
		assert!(store.cut_batch(512, 5).expect("cuts").is_none());
		store.append(&[usage(3, 5, 0), usage(4, 5, 9)]).expect("appends");
		let (index, batch) = store.cut_batch(512, 5).expect("cuts").expect("a batch");
		assert_eq!((index, batch.entries), (0, vec![([4; 32], 9)]));
	}

	#[test]
	fn keys_are_found_by_hash_and_revoked_only_by_their_account() {
		let dir = tempfile::tempdir().expect("a temporary directory");
		let store = Store::open(dir.path()).expect("opens");
		let record = KeyRecord {
			id: "k_1".into(),
			account: "0xaa".into(),
			name: "laptop".into(),
			created_ms: 1,
			expires_ms: 2,
			daily_limit: Some(5),
			revoked: false,
		};
		store.insert_key(&[7; 32], &record).expect("inserts");
		assert_eq!(store.key(&[7; 32]).expect("reads"), Some(record.clone()));
		assert_eq!(store.key(&[8; 32]).expect("reads"), None);
		assert!(!store.revoke("k_1", "0xbb").expect("revokes"));
		assert!(!store.revoke("k_2", "0xaa").expect("revokes"));
		assert!(store.revoke("k_1", "0xaa").expect("revokes"));
		assert!(store.key(&[7; 32]).expect("reads").is_some_and(|r| r.revoked));
		assert_eq!(store.keys_of("0xaa", 0).expect("lists").len(), 1);
	}

	#[test]
	fn the_batch_numbering_only_skips_forward_and_never_over_a_pending_batch() {
		let dir = tempfile::tempdir().expect("a temporary directory");
		let store = Store::open(dir.path()).expect("opens");
		store.skip_to_batch(7).expect("skips");
		assert_eq!(store.next_batch().expect("reads"), 7);
		store.skip_to_batch(3).expect("skips");
		assert_eq!(store.next_batch().expect("reads"), 7);
		store.append(&[usage(1, 1, 1)]).expect("appends");
		store.cut_batch(10, 1).expect("cuts");
		store.skip_to_batch(20).expect("skips");
		assert_eq!(store.next_batch().expect("reads"), 8);
	}
}
