//! The set's rules, the session boundaries, and offences.

#![allow(clippy::unwrap_used, clippy::arithmetic_side_effects, clippy::indexing_slicing)]

use crate::{mock::*, pallet::*, NoIdentification};
use frame_support::{
	assert_noop, assert_ok,
	traits::{EstimateNextSessionRotation, Hooks},
};
use frame_system::RawOrigin;
use pallet_session::{historical, SessionManager as _, ShouldEndSession};
use sp_runtime::{traits::Convert, BuildStorage, DispatchError, Perbill, Permill};
use sp_staking::{
	offence::{Offence, OffenceError, ReportOffence},
	SessionIndex,
};

fn root() -> RuntimeOrigin {
	RawOrigin::Root.into()
}

fn set() -> Vec<AccountId> {
	Sequencers::<Test>::get().into_inner()
}

fn last_event() -> RuntimeEvent {
	System::events().pop().unwrap().event
}

/// An equivocation by `offenders` in `slot`.
struct Equivocation {
	offenders: Vec<AccountId>,
	slot: u64,
}

impl Offence<(AccountId, ())> for Equivocation {
	const ID: sp_staking::offence::Kind = *b"test:equivocate!";
	type Slot = u64;
	fn offenders(&self) -> Vec<(AccountId, ())> {
		self.offenders.iter().map(|who| (*who, ())).collect()
	}
	fn session_index(&self) -> SessionIndex {
		0
	}
	fn validator_set_count(&self) -> u32 {
		3
	}
	fn slot(&self) -> u64 {
		self.slot
	}
	fn slash_fraction(&self, _: u32) -> Perbill {
		Perbill::zero()
	}
}

fn report(offenders: Vec<AccountId>, slot: u64) -> Result<(), OffenceError> {
	<SequencerSet as ReportOffence<_, _, _>>::report_offence(
		vec![],
		Equivocation { offenders, slot },
	)
}

#[test]
fn genesis_sets_the_first_sessions() {
	new_test_ext(vec![1, 2]).execute_with(|| {
		assert_eq!(set(), vec![1, 2]);
		assert_eq!(SessionLength::<Test>::get(), LENGTH);
		assert_eq!(SequencerSet::new_session_genesis(0), Some(vec![1, 2]));
		assert!(SequencerSet::do_try_state().is_ok());
	});
}

#[test]
fn adding_takes_keys_a_free_seat_and_a_new_account() {
	new_test_ext(vec![1, 2]).execute_with(|| {
		assert_noop!(
			SequencerSet::add_sequencer(RuntimeOrigin::signed(1), 3),
			DispatchError::BadOrigin
		);
		assert_noop!(SequencerSet::add_sequencer(root(), 42), Error::<Test>::NoSessionKeys);
		assert_noop!(SequencerSet::add_sequencer(root(), 2), Error::<Test>::AlreadySequencer);
		assert_ok!(SequencerSet::add_sequencer(root(), 3));
		assert_eq!(last_event(), Event::<Test>::SequencerAdded { who: 3 }.into());
		assert_ok!(SequencerSet::add_sequencer(root(), 4));
		assert_noop!(SequencerSet::add_sequencer(root(), 5), Error::<Test>::TooManySequencers);
		assert_eq!(set(), vec![1, 2, 3, 4]);
		assert!(SetChanged::<Test>::get());
	});
}

#[test]
fn removing_keeps_the_minimum() {
	new_test_ext(vec![1, 2]).execute_with(|| {
		assert_noop!(
			SequencerSet::remove_sequencer(RuntimeOrigin::signed(1), 2),
			DispatchError::BadOrigin
		);
		assert_noop!(SequencerSet::remove_sequencer(root(), 3), Error::<Test>::NotSequencer);
		assert_ok!(SequencerSet::remove_sequencer(root(), 1));
		assert_eq!(last_event(), Event::<Test>::SequencerRemoved { who: 1 }.into());
		assert_noop!(SequencerSet::remove_sequencer(root(), 2), Error::<Test>::TooFewSequencers);
		assert_eq!(set(), vec![2]);
	});
}

#[test]
fn a_change_is_planned_once_at_the_next_session_end() {
	new_test_ext(vec![1, 2]).execute_with(|| {
		// Nothing changed: the session pallet keeps the set it has.
		assert_eq!(SequencerSet::new_session(2), None);
		assert_ok!(SequencerSet::add_sequencer(root(), 3));
		assert_ok!(SequencerSet::remove_sequencer(root(), 1));
		assert_eq!(SequencerSet::new_session(3), Some(vec![2, 3]));
		assert_eq!(
			last_event(),
			Event::<Test>::SetPlanned { session: 3, sequencers: vec![2, 3] }.into()
		);
		assert_eq!(SequencerSet::new_session(4), None);
		// The historical manager plans the same sets, identified by nothing more.
		assert_ok!(SequencerSet::add_sequencer(root(), 4));
		assert_eq!(
			<SequencerSet as historical::SessionManager<_, _>>::new_session(5),
			Some(vec![(2, ()), (3, ()), (4, ())])
		);
		assert_eq!(NoIdentification::convert(7u64), Some(()));
	});
}

#[test]
fn planning_prunes_the_history_beyond_its_depth() {
	new_test_ext(vec![1]).execute_with(|| {
		SequencerSet::new_session(2);
		assert_eq!(PRUNED.with(|p| *p.borrow()), 0);
		SequencerSet::new_session(10);
		assert_eq!(PRUNED.with(|p| *p.borrow()), 10 - DEPTH);
	});
}

#[test]
fn sessions_end_at_multiples_of_their_length() {
	new_test_ext(vec![1]).execute_with(|| {
		let ends: Vec<u64> = (0..=30).filter(|n| SequencerSet::should_end_session(*n)).collect();
		assert_eq!(ends, vec![10, 20, 30]);
		assert_eq!(SequencerSet::average_session_length(), LENGTH);
		assert_eq!(SequencerSet::estimate_next_session_rotation(0).0, Some(10));
		assert_eq!(SequencerSet::estimate_next_session_rotation(13).0, Some(20));
		assert_eq!(
			SequencerSet::estimate_current_session_progress(13).0,
			Some(Permill::from_percent(30))
		);
		assert_eq!(SequencerSet::estimate_current_session_progress(20).0, Some(Permill::one()));
	});
}

#[test]
fn an_offender_leaves_the_set_once() {
	new_test_ext(vec![1, 2, 3]).execute_with(|| {
		assert!(!<SequencerSet as ReportOffence<AccountId, _, Equivocation>>::is_known_offence(
			&[(2, ())],
			&7
		));
		assert_ok!(report(vec![2], 7));
		assert_eq!(last_event(), Event::<Test>::OffenderRemoved { who: 2 }.into());
		assert_eq!(set(), vec![1, 3]);
		assert!(<SequencerSet as ReportOffence<AccountId, _, Equivocation>>::is_known_offence(
			&[(2, ())],
			&7
		));
		assert_eq!(report(vec![2], 7), Err(OffenceError::DuplicateReport));
		// Another slot is another offence; the offender is gone already and nothing changes.
		assert_ok!(report(vec![2], 8));
		assert_eq!(set(), vec![1, 3]);
		assert_eq!(SequencerSet::new_session(3), Some(vec![1, 3]));
	});
}

#[test]
fn the_last_sequencer_stays_when_reported() {
	new_test_ext(vec![1]).execute_with(|| {
		assert_ok!(report(vec![1], 1));
		assert_eq!(last_event(), Event::<Test>::OffenderKept { who: 1 }.into());
		assert_eq!(set(), vec![1]);
		assert!(SequencerSet::do_try_state().is_ok());
	});
}

#[test]
fn the_bounds_are_sound() {
	new_test_ext(vec![1]).execute_with(|| {
		<SequencerSet as Hooks<u64>>::integrity_test();
	});
}

#[test]
fn only_an_account_out_of_every_set_purges_its_keys() {
	new_test_ext(vec![1, 2]).execute_with(|| {
		assert_noop!(
			SequencerSet::purge_keys(RuntimeOrigin::signed(1)),
			Error::<Test>::StillSequencing
		);
		// Removed from the wanted set, but still in the queued session's.
		assert_ok!(SequencerSet::remove_sequencer(root(), 1));
		IN_SESSION.with(|s| s.borrow_mut().insert(1));
		assert_noop!(
			SequencerSet::purge_keys(RuntimeOrigin::signed(1)),
			Error::<Test>::StillSequencing
		);
		IN_SESSION.with(|s| s.borrow_mut().remove(&1));
		assert_ok!(SequencerSet::purge_keys(RuntimeOrigin::signed(1)));
		assert!(!KEYS.with(|k| k.borrow().contains(&1)));
		assert!(SequencerSet::do_try_state().is_ok());
	});
}

#[test]
#[should_panic(expected = "a session lasts MIN_SESSION_LENGTH blocks at least")]
fn a_session_of_one_block_is_refused_at_genesis() {
	let _ = RuntimeGenesisConfig {
		system: Default::default(),
		sequencer_set: crate::GenesisConfig { sequencers: vec![1], session_length: 1 },
	}
	.build_storage();
}
