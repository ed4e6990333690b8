//! # Sequencers: the governed set of block producers
//!
//! The chain's blocks are authored by Aura and finalized by GRANDPA, with the keys each
//! sequencer registers through `pallet-session` (`session.setKeys`). This pallet decides *who*
//! the sequencers are (design §14):
//!
//! - [`Pallet::add_sequencer`] and [`Pallet::remove_sequencer`] by `ManagerOrigin` (the
//!   runtime gives it to the `operations` track and root) change the wanted set, bounded by
//!   [`Config::MinSequencers`] and [`Config::MaxSequencers`]. A sequencer must have registered
//!   session keys before it is added, so it can author as soon as its session starts.
//! - Sessions last [`SessionLength`] blocks (a genesis value: an hour on mainnet). At the end
//!   of session `i`, `pallet-session` asks this pallet ([`pallet_session::SessionManager`]) for
//!   the set of session `i + 2`: a change made during session `i` authors from session `i + 2`
//!   on, one to two sessions later. Keys rotated with `setKeys` follow the same rule.
//! - GRANDPA equivocations are reported with key-ownership proofs from `pallet-session`'s
//!   historical tries; the report reaches this pallet as an offence
//!   ([`sp_staking::offence::ReportOffence`]). The offender is removed from the wanted set, as
//!   if by `remove_sequencer`, so it stops voting and authoring one to two sessions later. If
//!   that would leave fewer than `MinSequencers`, it stays (a chain without sequencers stops)
//!   and [`Event::OffenderKept`] tells governance to act. Sequencers are governed, not bonded:
//!   there is no stake to slash, and what else the offender deserves is governance's call.
//!   Each offence is reported once.
//!
//! - [`Pallet::purge_keys`] removes an account's session keys and releases their deposit, but
//!   not a sequencer's, nor one still in the current or queued session's set: without keys it
//!   would be dropped from the set, and with the last one gone the chain would stop. (The
//!   runtime filters out the session pallet's own `purge_keys`.) A sequencer rotates its keys
//!   with `session.setKeys` instead, and leaves through `remove_sequencer` first.
//!
//! Sequencers are accounts, and their validator id is their account id. An offence is
//! remembered for good, so one report removes a sequencer once; governance that re-adds a
//! removed sequencer within the history depth (a week) may see it reported again for another
//! round of the same equivocation.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]
#![deny(clippy::arithmetic_side_effects, clippy::indexing_slicing, clippy::unwrap_used)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
mod offences;
mod session;
#[cfg(test)]
mod tests;
pub mod weights;

pub use pallet::*;
pub use session::{IdentifiedSequencer, NoIdentification};
pub use weights::WeightInfo;

/// What the sequencer set needs of the session keys: whether an account has keys registered
/// for its next session, whether it is in the current or queued session's set, and removing its
/// keys (the session pallet's own `purge_keys` is filtered out of the runtime: only this
/// pallet's [`Pallet::purge_keys`], which refuses a sequencer, reaches it).
pub trait KeyRegistry<AccountId> {
	/// Whether `who` has registered its keys.
	fn has_keys(who: &AccountId) -> bool;

	/// Whether `who` validates in the current session or the queued one.
	fn in_session(who: &AccountId) -> bool;

	/// Removes the keys of `who` and releases their deposit.
	fn purge_keys(who: &AccountId) -> sp_runtime::DispatchResult;

	/// Registers keys of `who`, for benchmarks.
	#[cfg(feature = "runtime-benchmarks")]
	fn register_keys(who: &AccountId);
}

/// The session history kept for key-ownership proofs: old sessions are pruned from it.
pub trait SessionHistory {
	/// Forgets the validator sets of the sessions before `index`.
	fn prune_up_to(index: sp_staking::SessionIndex);
}

impl SessionHistory for () {
	fn prune_up_to(_: sp_staking::SessionIndex) {}
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// Who may add and remove sequencers.
		type ManagerOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The session keys registered by accounts.
		type KeyRegistry: KeyRegistry<Self::AccountId>;

		/// The session history that key-ownership proofs are checked against.
		type SessionHistory: SessionHistory;

		/// The most sequencers the set may have (and Aura and GRANDPA may be given).
		#[pallet::constant]
		type MaxSequencers: Get<u32>;

		/// The fewest sequencers the set may have: at least one, or the chain stops.
		#[pallet::constant]
		type MinSequencers: Get<u32>;

		/// The sessions whose validator sets are kept for key-ownership proofs: an equivocation
		/// older than this cannot be reported.
		#[pallet::constant]
		type HistoryDepth: Get<u32>;

		/// Weights of the calls.
		type WeightInfo: WeightInfo;
	}

	/// The wanted set of sequencers: the set of the next session planned, and of every session
	/// after it until it changes.
	#[pallet::storage]
	pub type Sequencers<T: Config> =
		StorageValue<_, BoundedVec<T::AccountId, T::MaxSequencers>, ValueQuery>;

	/// Whether [`Sequencers`] changed since the last session was planned.
	#[pallet::storage]
	pub type SetChanged<T> = StorageValue<_, bool, ValueQuery>;

	/// The blocks of a session. A genesis value: sessions end at its multiples.
	#[pallet::storage]
	pub type SessionLength<T: Config> = StorageValue<_, BlockNumberFor<T>, ValueQuery>;

	/// The offences already reported, by the hash of their kind, slot and offenders.
	#[pallet::storage]
	pub type ReportedOffences<T: Config> =
		StorageMap<_, Identity, T::Hash, BlockNumberFor<T>, OptionQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The sequencers of the first sessions. Each needs its keys in the session pallet's
		/// genesis; this pallet's genesis must be built before the session pallet's.
		pub sequencers: Vec<T::AccountId>,
		/// The blocks of a session (0: one hour of 2-second blocks, 1,800).
		pub session_length: BlockNumberFor<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			let mut set = Vec::new();
			for who in &self.sequencers {
				assert!(!set.contains(who), "a genesis sequencer is named twice");
				set.push(who.clone());
			}
			// No sequencer at all is a template's genesis (the `production` preset before its
			// allocation): it builds, but produces no block.
			assert!(
				set.is_empty() || set.len() >= T::MinSequencers::get() as usize,
				"fewer genesis sequencers than MinSequencers"
			);
			let set = BoundedVec::<_, T::MaxSequencers>::try_from(set)
				.expect("more genesis sequencers than MaxSequencers");
			Sequencers::<T>::put(set);
			let length = if self.session_length.is_zero() {
				DEFAULT_SESSION_LENGTH.into()
			} else {
				self.session_length
			};
			// A session's first block spends all its weight on the rotation: sessions of a
			// block or two would leave no room for transactions, and the length never changes.
			assert!(
				length >= MIN_SESSION_LENGTH.into(),
				"a session lasts MIN_SESSION_LENGTH blocks at least"
			);
			SessionLength::<T>::put(length);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// `who` joins the set from the session after next.
		SequencerAdded {
			/// The new sequencer.
			who: T::AccountId,
		},
		/// `who` leaves the set from the session after next.
		SequencerRemoved {
			/// The former sequencer.
			who: T::AccountId,
		},
		/// `who` was reported for an offence and leaves the set from the session after next.
		OffenderRemoved {
			/// The offender.
			who: T::AccountId,
		},
		/// `who` was reported for an offence but stays: removing it would leave fewer than
		/// `MinSequencers`. Governance should replace it.
		OffenderKept {
			/// The offender.
			who: T::AccountId,
		},
		/// The set of session `session` was planned with these sequencers.
		SetPlanned {
			/// The session whose set this is.
			session: sp_staking::SessionIndex,
			/// The sequencers.
			sequencers: Vec<T::AccountId>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is a sequencer already.
		AlreadySequencer,
		/// The account is not a sequencer.
		NotSequencer,
		/// The set has `MaxSequencers` sequencers already.
		TooManySequencers,
		/// The set would have fewer than `MinSequencers`.
		TooFewSequencers,
		/// The account has no session keys registered (`session.setKeys`).
		NoSessionKeys,
		/// A sequencer, or an account still in the current or queued session's set, cannot
		/// remove its keys: the set would lose a block producer it counts on.
		StillSequencing,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MinSequencers::get() >= 1, "a chain needs a sequencer");
			assert!(T::MinSequencers::get() <= T::MaxSequencers::get(), "bounds are inverted");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Adds `who` to the set from the session after next. `who` must have registered its
		/// session keys.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::add_sequencer())]
		pub fn add_sequencer(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::ManagerOrigin::ensure_origin(origin)?;
			ensure!(T::KeyRegistry::has_keys(&who), Error::<T>::NoSessionKeys);
			Sequencers::<T>::try_mutate(|set| -> DispatchResult {
				ensure!(!set.contains(&who), Error::<T>::AlreadySequencer);
				set.try_push(who.clone()).map_err(|_| Error::<T>::TooManySequencers)?;
				Ok(())
			})?;
			SetChanged::<T>::put(true);
			Self::deposit_event(Event::SequencerAdded { who });
			Ok(())
		}

		/// Removes `who` from the set from the session after next.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove_sequencer())]
		pub fn remove_sequencer(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::ManagerOrigin::ensure_origin(origin)?;
			Self::do_remove(&who)?;
			Self::deposit_event(Event::SequencerRemoved { who });
			Ok(())
		}

		/// Removes the caller's session keys and releases their deposit, once it is neither in
		/// the wanted set nor in the current or queued session's: a sequencer without keys
		/// would leave the set it is in without a producer (the session pallet drops it, and
		/// the last one's departure would stop the chain).
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::purge_keys())]
		pub fn purge_keys(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(
				!Sequencers::<T>::get().contains(&who) && !T::KeyRegistry::in_session(&who),
				Error::<T>::StillSequencing
			);
			T::KeyRegistry::purge_keys(&who)
		}
	}

	impl<T: Config> Pallet<T> {
		/// Removes `who` from the wanted set, keeping at least `MinSequencers`.
		pub(crate) fn do_remove(who: &T::AccountId) -> DispatchResult {
			Sequencers::<T>::try_mutate(|set| -> DispatchResult {
				let index = set.iter().position(|s| s == who).ok_or(Error::<T>::NotSequencer)?;
				ensure!(set.len() > T::MinSequencers::get() as usize, Error::<T>::TooFewSequencers);
				set.remove(index);
				Ok(())
			})?;
			SetChanged::<T>::put(true);
			Ok(())
		}

		/// The pallet's invariants: the set is within its bounds, has no duplicate, and every
		/// sequencer has keys (adding needs them, and a sequencer cannot purge them); a
		/// session lasts `MIN_SESSION_LENGTH` blocks at least. Public in every build, as the
		/// other pallets' are: the migration check runs it on a live chain's state.
		pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
			let set = Sequencers::<T>::get();
			ensure!(set.len() >= T::MinSequencers::get() as usize, "fewer than MinSequencers");
			for (i, who) in set.iter().enumerate() {
				ensure!(!set.iter().skip(i.saturating_add(1)).any(|s| s == who), "a duplicate");
			}
			for who in set.iter() {
				ensure!(T::KeyRegistry::has_keys(who), "a sequencer without keys");
			}
			ensure!(
				SessionLength::<T>::get() >= MIN_SESSION_LENGTH.into(),
				"a session shorter than MIN_SESSION_LENGTH"
			);
			Ok(())
		}
	}
}

/// Sessions of an hour of 2-second blocks, when genesis names no length.
pub const DEFAULT_SESSION_LENGTH: u32 = 1_800;

/// The shortest session: the rotation fills its first block, so a session of 10 blocks leaves
/// nine of ten for transactions.
pub const MIN_SESSION_LENGTH: u32 = 10;
