//! Offences reported against sequencers (GRANDPA equivocations, through `pallet-grandpa`'s
//! report system and the session history's key-ownership proofs).

use crate::pallet::*;
use alloc::vec::Vec;
use codec::Encode;
use sp_runtime::traits::Hash;
use sp_staking::offence::{Offence, OffenceError, ReportOffence};

impl<T: Config> Pallet<T> {
	/// The key an offence is remembered by: its kind, its slot and its offenders.
	fn offence_key<S: Encode>(kind: &[u8], slot: &S, offenders: &[T::AccountId]) -> T::Hash {
		T::Hashing::hash_of(&(kind, slot, offenders))
	}
}

impl<T: Config, O> ReportOffence<T::AccountId, (T::AccountId, ()), O> for Pallet<T>
where
	O: Offence<(T::AccountId, ())>,
{
	/// Removes each offender from the wanted set (keeping `MinSequencers`); a second report
	/// of the same offence is refused.
	fn report_offence(_reporters: Vec<T::AccountId>, offence: O) -> Result<(), OffenceError> {
		let offenders: Vec<T::AccountId> =
			offence.offenders().into_iter().map(|(who, ())| who).collect();
		let key = Self::offence_key(&O::ID, &offence.slot(), &offenders);
		if ReportedOffences::<T>::contains_key(key) {
			return Err(OffenceError::DuplicateReport);
		}
		ReportedOffences::<T>::insert(key, frame_system::Pallet::<T>::block_number());
		for who in offenders {
			match Self::do_remove(&who) {
				Ok(()) => Self::deposit_event(Event::OffenderRemoved { who }),
				Err(e) if e == Error::<T>::TooFewSequencers.into() => {
					Self::deposit_event(Event::OffenderKept { who })
				}
				// Not in the wanted set any more: already removed, nothing to do.
				Err(_) => {}
			}
		}
		Ok(())
	}

	fn is_known_offence(offenders: &[(T::AccountId, ())], slot: &O::Slot) -> bool {
		let offenders: Vec<T::AccountId> = offenders.iter().map(|(who, ())| who.clone()).collect();
		ReportedOffences::<T>::contains_key(Self::offence_key(&O::ID, slot, &offenders))
	}
}
