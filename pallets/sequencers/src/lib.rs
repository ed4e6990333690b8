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
//! Sequencers are accounts, and their validator id is their account id.

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

/// What the sequencer set needs to know of the session keys: whether an account has keys
/// registered for its next session.
pub trait KeyRegistry<AccountId> {
	/// Whether `who` has registered its keys.
	fn has_keys(who: &AccountId) -> bool;

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

		/// The pallet's invariants: the set is within its bounds and has no duplicate; a
		/// session lasts a block at least.
		#[cfg(any(feature = "try-runtime", test))]
		pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
			let set = Sequencers::<T>::get();
			ensure!(set.len() >= T::MinSequencers::get() as usize, "fewer than MinSequencers");
			for (i, who) in set.iter().enumerate() {
				ensure!(!set.iter().skip(i.saturating_add(1)).any(|s| s == who), "a duplicate");
			}
			ensure!(!SessionLength::<T>::get().is_zero(), "a session of no block");
			Ok(())
		}
	}
}

/// Sessions of an hour of 2-second blocks, when genesis names no length.
pub const DEFAULT_SESSION_LENGTH: u32 = 1_800;
