//! # DIEM compute credits
//!
//! What DIEM is for (design §9): each DIEM staked here gives $1 of compute credit every day,
//! renewed at the start of every day, never carried over. Inference providers are registered
//! meters and record what accounts use; the allowance covers it, and the rest is reported as
//! uncovered, to be billed elsewhere.
//!
//! - [`Pallet::stake_diem`] moves DIEM into the pallet's custody account. It counts from the
//!   **next** day on: DIEM that gave credits today to one account cannot give them again today
//!   to another. An account's stake is zero or at least `MinStakeForCredits`.
//! - [`Pallet::unstake_diem`] stops the amount counting **at once** (today's allowance falls
//!   with it; credits already used stay used) and puts it in a cooldown chunk of its own,
//!   withdrawable after [`CooldownDays`] days: a later unstake never restarts an earlier
//!   chunk's cooldown. DIEM staked today leaves first, so an unstake by mistake costs none of
//!   today's allowance. [`Pallet::withdraw_diem`] returns the matured chunks;
//!   [`Pallet::cancel_unstake_diem`] stakes a chunk again, counting from the next day like any
//!   stake.
//! - [`Pallet::record_usage`] by a meter ([`Pallet::add_meter`], [`Pallet::remove_meter`] by
//!   `MeterOrigin`) takes a bounded batch of `(account, micro-USD)` entries, the day its usage
//!   was served on and the batch's index. Each entry is covered up to what is left of the
//!   account's allowance that day; the event reports the covered total and each uncovered rest.
//!
//! ## Metering exactly once
//! A meter numbers its batches 0, 1, 2, … and the pallet keeps the next index it expects
//! ([`MeterState::next_batch`]): a batch is recorded only under that index, so a meter that
//! crashed and resubmits what it cannot tell was included gets `BatchAlreadyRecorded` for a
//! batch already on chain, and a batch lost in between makes the next one `BatchOutOfOrder`;
//! nothing is counted twice or skipped. The counter survives the meter's removal, so a meter
//! registered again continues its numbering.
//!
//! ## Late batches: usage belongs to the day it was served
//! A batch names its day. Today's is covered by today's allowances. Usage served before
//! midnight reaches the chain after it when the batch was cut at 23:59:59.9: a batch of
//! **yesterday**, recorded in the first hour of today (1/24 of a day,
//! [`day::LATE_BATCH_GRACE_PARTS`]), is covered by each account's allowance of yesterday, when
//! that is still known exactly: the account's ledger has not changed today (no stake, unstake
//! or use since midnight), so what counted yesterday and what was used then are still in it.
//! Otherwise the entry is reported uncovered, never charged to today; after that hour, every
//! entry (a batch labelled yesterday then could carry yesterday's unused credit into today). Yesterday's totals in [`History`] take
//! the late batch. A batch of an earlier day is recorded (its index used) with every entry
//! uncovered; a batch of a future day (the meter's clock ahead of the chain's) is refused as
//! `FutureDay`, to be sent again once the chain's day has begun.
//!
//! ## Days
//! A credit day is `now / DayLength` of the Timestamp pallet's Unix time: with the default
//! 86,400 s, a UTC day from 00:00 to 24:00 (dev chains use a minute). `DayLength` is set at
//! genesis only: changing it would renumber the days every record refers to.
//!
//! ## Accounting, O(1) per entry
//! An account's [`CreditLedger`] keeps its stake, the part of it staked today (`fresh`, which
//! does not count yet), and its use of one day: the day, the credits used and the day's
//! opening allowance. A ledger of an earlier day is read as unused, so nothing is reset by a
//! loop at midnight. The day's totals ([`Today`]) are opened by the first block or call of the
//! day with the DIEM counting then, which is what counts all day at most: during a day, DIEM
//! only stops counting (stakes wait for tomorrow). The closed days go to a bounded
//! [`History`].
//!
//! Why one DIEM gives at most $1 a day whichever accounts it passes through: the DIEM counting
//! on a day was all in custody when the day started, each planck counts for one account, and
//! an account's usage is covered only up to its current allowance, which never rises during
//! the day. A DIEM unstaked and withdrawn, transferred and staked again counts for its new
//! owner from the next day only.
//!
//! Invariants (design §7.6), checked by `try_state` and after every step of the randomised
//! tests: the custody account holds every staked and cooling DIEM; the stakes add up to
//! [`TotalStaked`]; each account's credits used today are at most its opening allowance, and
//! the day's credits used are at most $1 per DIEM counting at the day's start.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]
#![deny(clippy::arithmetic_side_effects, clippy::indexing_slicing, clippy::unwrap_used)]

extern crate alloc;

pub mod day;
mod dispatchable_impls;
pub mod migrations;
pub mod runtime_api;
mod try_state;
mod types;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use pallet::*;
pub use types::{
	Balance, Clock, CreditLedger, CreditsInfo, DayIndex, DayRecord, DiemChunk, FreshStake,
	MeterState, MicroUsd, Moment,
};
pub use weights::WeightInfo;

/// Unix seconds in a UTC day: the mainnet credit day.
pub const DEFAULT_DAY_LENGTH: u64 = 86_400;
/// Days an unstaked chunk cools down by default.
pub const DEFAULT_COOLDOWN_DAYS: u32 = 1;
/// The longest cooldown the admin may set: a month.
pub const MAX_COOLDOWN_DAYS: u32 = 30;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{pallet_prelude::*, traits::fungible, PalletId};
	use frame_system::pallet_prelude::*;

	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// DIEM: staked by a transfer into the custody account.
		type Diem: fungible::Mutate<Self::AccountId, Balance = Balance>;

		/// The time days are counted in.
		type Clock: Clock;

		/// The custody account's id.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// One DIEM in planck: the stake that gives $1 a day.
		#[pallet::constant]
		type DiemUnit: Get<Balance>;

		/// The smallest stake that gives credits (0.1 DIEM): an account's stake is zero or at
		/// least this.
		#[pallet::constant]
		type MinStakeForCredits: Get<Balance>;

		/// The most cooldown chunks an account may have.
		#[pallet::constant]
		type MaxUnlockingChunks: Get<u32>;

		/// The most entries a `record_usage` batch may carry.
		#[pallet::constant]
		type MaxUsageBatch: Get<u32>;

		/// The closed days whose totals are kept.
		#[pallet::constant]
		type HistoryDays: Get<u32>;

		/// The chain's block time in milliseconds, to tell wallets the renewal's block.
		#[pallet::constant]
		type BlockTime: Get<Moment>;

		/// Who sets the cooldown.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Who adds and removes meters.
		type MeterOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Weights of the calls and the hook, from this pallet's benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// Each staker's ledger.
	#[pallet::storage]
	pub type Ledgers<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, CreditLedger>;

	/// Each staker's cooldown chunks, oldest first (apart from the ledger, so metering does not
	/// read them).
	#[pallet::storage]
	pub type Unlocking<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<DiemChunk, T::MaxUnlockingChunks>,
		ValueQuery,
	>;

	/// DIEM staked and not cooling down, over all accounts.
	#[pallet::storage]
	pub type TotalStaked<T> = StorageValue<_, Balance, ValueQuery>;

	/// The part of [`TotalStaked`] staked on the latest day anything was staked.
	#[pallet::storage]
	pub type Fresh<T> = StorageValue<_, FreshStake, ValueQuery>;

	/// The meters (inference providers): registered ones, and removed ones, whose batch
	/// numbering is kept (version 0 stored `()` for a registered meter).
	#[pallet::storage]
	pub type Meters<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, MeterState>;

	/// The current day's totals, so far.
	#[pallet::storage]
	pub type Today<T> = StorageValue<_, DayRecord, ValueQuery>;

	/// The closed days' totals, oldest first, at most `HistoryDays` of them.
	#[pallet::storage]
	pub type History<T: Config> =
		StorageValue<_, BoundedVec<DayRecord, T::HistoryDays>, ValueQuery>;

	/// The mainnet day, for a chain that adds the pallet by an upgrade (no genesis).
	#[pallet::type_value]
	pub fn DefaultDayLength() -> u64 {
		DEFAULT_DAY_LENGTH
	}

	/// The default cooldown, for a chain that adds the pallet by an upgrade (no genesis).
	#[pallet::type_value]
	pub fn DefaultCooldownDays() -> u32 {
		DEFAULT_COOLDOWN_DAYS
	}

	/// A credit day's length in seconds: 86,400 (a UTC day) by default. Set at genesis.
	#[pallet::storage]
	pub type DayLength<T> = StorageValue<_, u64, ValueQuery, DefaultDayLength>;

	/// Days an unstaked chunk waits before it can be withdrawn.
	#[pallet::storage]
	pub type CooldownDays<T> = StorageValue<_, u32, ValueQuery, DefaultCooldownDays>;

	#[pallet::genesis_config]
	pub struct GenesisConfig<T: Config> {
		/// The credit day in seconds: 86,400 by default.
		pub day_length: u64,
		/// The cooldown in days: 1 by default.
		pub cooldown_days: u32,
		/// The meters registered at genesis.
		pub meters: Vec<T::AccountId>,
	}

	impl<T: Config> Default for GenesisConfig<T> {
		fn default() -> Self {
			Self {
				day_length: DEFAULT_DAY_LENGTH,
				cooldown_days: DEFAULT_COOLDOWN_DAYS,
				meters: Vec::new(),
			}
		}
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			assert!(self.day_length > 0, "a credit day lasts a second at least");
			assert!(self.cooldown_days <= MAX_COOLDOWN_DAYS, "the cooldown is too long");
			DayLength::<T>::put(self.day_length);
			CooldownDays::<T>::put(self.cooldown_days);
			for meter in &self.meters {
				Meters::<T>::insert(meter, MeterState { registered: true, next_batch: 0 });
			}
			Pallet::<T>::ensure_custody_account();
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// DIEM was staked for credits.
		Staked {
			/// The staker.
			who: T::AccountId,
			/// DIEM (planck).
			amount: Balance,
			/// The first day it counts.
			counts_from: DayIndex,
		},
		/// DIEM stopped counting and entered its cooldown.
		Unstaked {
			/// The staker.
			who: T::AccountId,
			/// DIEM (planck).
			amount: Balance,
			/// When it can be withdrawn (Unix ms).
			unlock_at: Moment,
		},
		/// Matured chunks were returned.
		Withdrawn {
			/// The staker.
			who: T::AccountId,
			/// DIEM (planck).
			amount: Balance,
		},
		/// A cooldown chunk was staked again.
		UnstakeCancelled {
			/// The staker.
			who: T::AccountId,
			/// DIEM (planck).
			amount: Balance,
			/// The first day it counts.
			counts_from: DayIndex,
		},
		/// A meter recorded a batch of usage.
		UsageRecorded {
			/// The meter.
			meter: T::AccountId,
			/// The batch's index in the meter's numbering.
			batch_index: u64,
			/// The day the usage was served on: today, or an earlier day for a late batch.
			day: DayIndex,
			/// Entries in the batch.
			entries: u32,
			/// Usage (micro-USD) the allowances covered.
			covered: MicroUsd,
			/// Usage (micro-USD) they did not.
			uncovered: MicroUsd,
			/// Each entry with an uncovered rest, and the rest: to be billed elsewhere.
			uncovered_by_account: Vec<(T::AccountId, MicroUsd)>,
		},
		/// A meter was registered.
		MeterAdded {
			/// The meter.
			meter: T::AccountId,
		},
		/// A meter was removed.
		MeterRemoved {
			/// The meter.
			meter: T::AccountId,
		},
		/// The cooldown changed; chunks already unstaked keep theirs.
		CooldownDaysSet {
			/// Days.
			days: u32,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// An amount is zero.
		ZeroAmount,
		/// The amount exceeds the DIEM the account can spend.
		InsufficientBalance,
		/// The stake would be below `MinStakeForCredits` (and not zero).
		BelowMinimumStake,
		/// The account has no DIEM staked for credits.
		NotStaker,
		/// The amount exceeds the account's stake.
		InsufficientStake,
		/// The account has `MaxUnlockingChunks` chunks already.
		TooManyChunks,
		/// No cooldown chunk has that index.
		UnknownChunk,
		/// There is no cooldown chunk to withdraw.
		NothingToWithdraw,
		/// No chunk has finished its cooldown.
		CooldownNotElapsed,
		/// The caller is not a registered meter.
		NotMeter,
		/// The account is a meter already.
		AlreadyMeter,
		/// The batch has no entry.
		EmptyBatch,
		/// The batch has more than `MaxUsageBatch` entries.
		BatchTooLarge,
		/// An entry's usage is zero.
		ZeroUsage,
		/// An amount is beyond what `u128` counts.
		Overflow,
		/// The meter recorded a batch with this index already: a replay.
		BatchAlreadyRecorded,
		/// The batch's index is beyond the meter's next one: a batch before it is missing.
		BatchOutOfOrder,
		/// The batch's day has not begun on chain yet.
		FutureDay,
		/// The cooldown would exceed `MAX_COOLDOWN_DAYS`.
		CooldownTooLong,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Opens the day's totals in the first block of a day, so every day has its record.
		fn on_initialize(_: BlockNumberFor<T>) -> Weight {
			Self::open_day(Self::today());
			T::WeightInfo::on_initialize()
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}

		fn integrity_test() {
			assert!(T::DiemUnit::get() > 0, "a DIEM has planck");
			assert!(T::MaxUnlockingChunks::get() > 0, "unstaking needs a chunk");
			assert!(T::MaxUsageBatch::get() > 0, "a batch has an entry");
			assert!(T::HistoryDays::get() > 0, "the history keeps a day");
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Stake `amount` DIEM planck for credits; it counts from the next day.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::stake_diem())]
		pub fn stake_diem(origin: OriginFor<T>, amount: Balance) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_stake(who, amount)
		}

		/// Stop `amount` of the stake counting now and start its cooldown.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::unstake_diem(T::MaxUnlockingChunks::get()))]
		pub fn unstake_diem(origin: OriginFor<T>, amount: Balance) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let chunks = Self::do_unstake(who, amount)?;
			Ok(Some(T::WeightInfo::unstake_diem(chunks)).into())
		}

		/// Return every chunk whose cooldown is over.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::withdraw_diem(T::MaxUnlockingChunks::get()))]
		pub fn withdraw_diem(origin: OriginFor<T>) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let chunks = Self::do_withdraw(who)?;
			Ok(Some(T::WeightInfo::withdraw_diem(chunks)).into())
		}

		/// Stake cooldown chunk `chunk` (its index, oldest first) again, counting from the next
		/// day.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::cancel_unstake_diem(T::MaxUnlockingChunks::get()))]
		pub fn cancel_unstake_diem(origin: OriginFor<T>, chunk: u32) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let chunks = Self::do_cancel_unstake(who, chunk)?;
			Ok(Some(T::WeightInfo::cancel_unstake_diem(chunks)).into())
		}

		/// Record usage, by a meter: batch `batch_index` of the meter's numbering (exactly
		/// its next one), of usage served on `day` (today, or late: see the crate docs). Each
		/// `(account, micro-USD)` entry is covered up to the account's remaining allowance
		/// that day; the event reports the uncovered rests. At most `MaxUsageBatch` entries.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::record_usage(
			u32::try_from(batch.len()).unwrap_or(u32::MAX).min(T::MaxUsageBatch::get())
		))]
		pub fn record_usage(
			origin: OriginFor<T>,
			batch_index: u64,
			day: DayIndex,
			batch: Vec<(T::AccountId, MicroUsd)>,
		) -> DispatchResult {
			let meter = ensure_signed(origin)?;
			Self::do_record_usage(meter, batch_index, day, batch)
		}

		/// Register `meter` as an inference provider that may record usage.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::add_meter())]
		pub fn add_meter(origin: OriginFor<T>, meter: T::AccountId) -> DispatchResult {
			T::MeterOrigin::ensure_origin(origin)?;
			let mut state = Meters::<T>::get(&meter).unwrap_or_default();
			ensure!(!state.registered, Error::<T>::AlreadyMeter);
			state.registered = true;
			Meters::<T>::insert(&meter, state);
			Self::deposit_event(Event::MeterAdded { meter });
			Ok(())
		}

		/// Remove a meter.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::remove_meter())]
		pub fn remove_meter(origin: OriginFor<T>, meter: T::AccountId) -> DispatchResult {
			T::MeterOrigin::ensure_origin(origin)?;
			let mut state = Meters::<T>::get(&meter).unwrap_or_default();
			ensure!(state.registered, Error::<T>::NotMeter);
			// The numbering stays: registered again, the meter continues it.
			state.registered = false;
			Meters::<T>::insert(&meter, state);
			Self::deposit_event(Event::MeterRemoved { meter });
			Ok(())
		}

		/// Set the cooldown to `days` (at most `MAX_COOLDOWN_DAYS`) for chunks unstaked from
		/// now on.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::set_cooldown_days())]
		pub fn set_cooldown_days(origin: OriginFor<T>, days: u32) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(days <= MAX_COOLDOWN_DAYS, Error::<T>::CooldownTooLong);
			CooldownDays::<T>::put(days);
			Self::deposit_event(Event::CooldownDaysSet { days });
			Ok(())
		}
	}
}
