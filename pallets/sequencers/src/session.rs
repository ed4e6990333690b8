//! The pallet as `pallet-session` sees it: when sessions end, and who sequences the next.

use crate::{pallet::*, SessionHistory};
use alloc::vec::Vec;
use frame_support::{
	pallet_prelude::*,
	traits::{EstimateNextSessionRotation, Get},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{Convert, Saturating, Zero},
	Permill,
};
use sp_staking::SessionIndex;

impl<T: Config> pallet_session::ShouldEndSession<BlockNumberFor<T>> for Pallet<T> {
	/// A session ends at every multiple of [`SessionLength`].
	fn should_end_session(now: BlockNumberFor<T>) -> bool {
		!now.is_zero() && Pallet::<T>::into_session(now).is_some_and(|into| into.is_zero())
	}
}

impl<T: Config> EstimateNextSessionRotation<BlockNumberFor<T>> for Pallet<T> {
	fn average_session_length() -> BlockNumberFor<T> {
		SessionLength::<T>::get()
	}

	fn estimate_current_session_progress(now: BlockNumberFor<T>) -> (Option<Permill>, Weight) {
		let length = SessionLength::<T>::get();
		// A session ends in its last block: block `length` ends the first session, complete.
		let progress = Pallet::<T>::into_session(now).map(|into| {
			let into = if into.is_zero() { length } else { into };
			Permill::from_rational(into, length)
		});
		(progress, T::DbWeight::get().reads(1))
	}

	fn estimate_next_session_rotation(
		now: BlockNumberFor<T>,
	) -> (Option<BlockNumberFor<T>>, Weight) {
		let length = SessionLength::<T>::get();
		let next = Pallet::<T>::into_session(now)
			.map(|into| now.saturating_sub(into).saturating_add(length));
		(next, T::DbWeight::get().reads(1))
	}
}

impl<T: Config> Pallet<T> {
	/// The blocks from the start of the session of block `now` (0 at a session's end): `None`
	/// if sessions have no length (a genesis without this pallet's config).
	fn into_session(now: BlockNumberFor<T>) -> Option<BlockNumberFor<T>> {
		let length = SessionLength::<T>::get();
		// A remainder by a length that is not zero neither overflows nor panics.
		#[allow(clippy::arithmetic_side_effects)]
		(!length.is_zero()).then(|| now % length)
	}

	/// The set of a new session if it changed since the last was planned; prunes the session
	/// history that no proof may refer to any more.
	fn plan(new_index: SessionIndex, genesis: bool) -> Option<Vec<T::AccountId>> {
		T::SessionHistory::prune_up_to(new_index.saturating_sub(T::HistoryDepth::get()));
		if !genesis && !SetChanged::<T>::take() {
			return None;
		}
		let set: Vec<T::AccountId> = Sequencers::<T>::get().into_inner();
		// Every sequencer has keys: adding needs them and a sequencer cannot purge them.
		Self::deposit_event(Event::SetPlanned { session: new_index, sequencers: set.clone() });
		Some(set)
	}
}

impl<T: Config> pallet_session::SessionManager<T::AccountId> for Pallet<T> {
	fn new_session(new_index: SessionIndex) -> Option<Vec<T::AccountId>> {
		Self::plan(new_index, false)
	}

	fn new_session_genesis(new_index: SessionIndex) -> Option<Vec<T::AccountId>> {
		Self::plan(new_index, true)
	}

	fn end_session(_: SessionIndex) {}

	fn start_session(_: SessionIndex) {}
}

/// A sequencer as the session history identifies it: by its account alone (there is no
/// exposure or stake to record).
pub type IdentifiedSequencer<AccountId> = (AccountId, ());

impl<T: Config> pallet_session::historical::SessionManager<T::AccountId, ()> for Pallet<T> {
	fn new_session(new_index: SessionIndex) -> Option<Vec<(T::AccountId, ())>> {
		Self::plan(new_index, false).map(|set| set.into_iter().map(|who| (who, ())).collect())
	}

	fn new_session_genesis(new_index: SessionIndex) -> Option<Vec<(T::AccountId, ())>> {
		Self::plan(new_index, true).map(|set| set.into_iter().map(|who| (who, ())).collect())
	}

	fn start_session(_: SessionIndex) {}

	fn end_session(_: SessionIndex) {}
}

/// The full identification of a sequencer in the session history: nothing beyond its id.
pub struct NoIdentification;

impl<AccountId> Convert<AccountId, Option<()>> for NoIdentification {
	fn convert(_: AccountId) -> Option<()> {
		Some(())
	}
}
