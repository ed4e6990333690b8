//! The claims' tests: a good claim pays once, every bad one is refused by name in the pool and
//! in the dispatch and changes nothing, governance's calls keep every claim backed.

#![allow(clippy::unwrap_used, clippy::arithmetic_side_effects, clippy::indexing_slicing)]
#![allow(deprecated)] // `ValidateUnsigned`: see the pallet.

use crate::{
	message, mock::*, ClaimState, Claimed, EcdsaSignature, Error, EthereumAddress, Event, Pallet,
	Total, VestingTerms,
};
use codec::Encode;
use frame_support::{
	assert_noop, assert_ok,
	pallet_prelude::{InvalidTransaction, TransactionSource, TransactionValidityError},
	traits::fungible::{Inspect, Mutate},
	unsigned::ValidateUnsigned,
};
use proptest::prelude::*;
use sp_runtime::{BoundedVec, DispatchError, StateVersion};

fn pot_balance() -> Balance {
	Balances::balance(&Claims::pot())
}

/// The storage root: equal before and after a refused call means it changed nothing.
fn root() -> Vec<u8> {
	sp_io::storage::root(StateVersion::V1)
}

/// What the pool says of a claim.
fn pool(
	dest: AccountId,
	signer: EthereumAddress,
	signature: EcdsaSignature,
) -> TransactionValidity {
	Claims::validate_unsigned(
		TransactionSource::External,
		&crate::Call::claim { dest, signer, signature },
	)
}

use frame_support::pallet_prelude::TransactionValidity;

/// Asserts that the claim is refused with `error` in the pool and in the dispatch, and that
/// neither changed the state.
fn assert_refused(
	dest: AccountId,
	signer: EthereumAddress,
	signature: EcdsaSignature,
	error: Error<Test>,
) {
	let before = root();
	let code = Claims::pool_code(&error);
	assert_eq!(
		pool(dest, signer, signature.clone()),
		Err(TransactionValidityError::Invalid(InvalidTransaction::Custom(code)))
	);
	assert_noop!(Claims::claim(RuntimeOrigin::none(), dest, signer, signature), error);
	assert_eq!(root(), before);
}

#[test]
fn genesis_mints_the_claims_into_the_pot() {
	new_test_ext().execute_with(|| {
		assert_eq!(pot_balance(), 1_500);
		assert_eq!(Total::<Test>::get(), 1_500);
		assert_eq!(crate::Claims::<Test>::get(address(&key(1))), Some(1_000));
		assert_eq!(
			Claims::claim_of(address(&key(2))),
			ClaimState::Unclaimed {
				amount: 500,
				vesting: Some(VestingTerms { locked: 400, start: 10, length: 100 })
			}
		);
		assert_eq!(Claims::claim_of(address(&key(9))), ClaimState::None);
		Claims::do_try_state().unwrap();
	});
}

#[test]
fn a_claim_pays_once_to_the_destination_it_names() {
	new_test_ext().execute_with(|| {
		let signer = address(&key(1));
		let signature = sign_claim(&key(1), 7);
		let valid = pool(7, signer, signature.clone()).unwrap();
		assert_eq!(valid.provides, vec![("claims", signer).encode()]);
		assert_eq!((valid.priority, valid.longevity, valid.propagate), (100, 64, true));

		assert_ok!(Claims::claim(RuntimeOrigin::none(), 7, signer, signature.clone()));
		assert_eq!(Balances::balance(&7), 1_000);
		assert_eq!(pot_balance(), 500);
		assert_eq!(Total::<Test>::get(), 500);
		assert_eq!(Claims::claim_of(signer), ClaimState::Claimed { dest: 7, amount: 1_000, at: 1 });
		System::assert_last_event(
			Event::Claimed { signer, dest: 7, amount: 1_000, vested: 0 }.into(),
		);
		Claims::do_try_state().unwrap();

		assert_refused(7, signer, signature, Error::AlreadyClaimed);
	});
}

#[test]
fn a_vested_claim_locks_its_schedule_on_the_destination() {
	new_test_ext().execute_with(|| {
		let signer = address(&key(2));
		assert_ok!(Claims::claim(RuntimeOrigin::none(), 8, signer, sign_claim(&key(2), 8)));
		System::assert_last_event(
			Event::Claimed { signer, dest: 8, amount: 500, vested: 400 }.into(),
		);
		assert_eq!(Balances::balance(&8), 500);
		let schedules = pallet_vesting::Vesting::<Test>::get(8).unwrap();
		assert_eq!(schedules.len(), 1);
		assert_eq!(
			(schedules[0].locked(), schedules[0].per_block(), schedules[0].starting_block()),
			(400, 4, 10)
		);
		// 100 free now, all of it by block 110.
		assert_eq!(
			<Vesting as frame_support::traits::VestingSchedule<_>>::vesting_balance(&8),
			Some(400)
		);
		System::set_block_number(60);
		assert_eq!(
			<Vesting as frame_support::traits::VestingSchedule<_>>::vesting_balance(&8),
			Some(200)
		);
		System::set_block_number(110);
		assert_eq!(
			<Vesting as frame_support::traits::VestingSchedule<_>>::vesting_balance(&8),
			Some(0)
		);
		Claims::do_try_state().unwrap();
	});
}

#[test]
fn an_uneven_schedule_rounds_up_and_ends_in_time() {
	let terms = VestingTerms { locked: 401u64, start: 0u64, length: 100 };
	assert_eq!(Pallet::<Test>::per_block(&terms), 5);
	// 401 planck at 5 a block is unlocked after 81 blocks, within the 100.
	let terms = VestingTerms { locked: 3u64, start: 0u64, length: 100 };
	assert_eq!(Pallet::<Test>::per_block(&terms), 1);
	let terms = VestingTerms { locked: 400u64, start: 0u64, length: 100 };
	assert_eq!(Pallet::<Test>::per_block(&terms), 4);
}

#[test]
fn a_signature_by_another_key_is_wrong() {
	new_test_ext().execute_with(|| {
		assert_refused(7, address(&key(1)), sign_claim(&key(3), 7), Error::WrongSignature);
	});
}

#[test]
fn a_signature_for_another_chain_is_wrong() {
	new_test_ext().execute_with(|| {
		let other_chain = message::claim_message(&7u64.encode(), &[1u8; 32], None);
		let signature = personal_sign(&key(1), &other_chain);
		assert_refused(7, address(&key(1)), signature, Error::WrongSignature);
	});
}

#[test]
fn a_claim_cannot_be_redirected_in_flight() {
	new_test_ext().execute_with(|| {
		// Seen in the pool for 7, resubmitted for 9.
		assert_refused(9, address(&key(1)), sign_claim(&key(1), 7), Error::WrongSignature);
	});
}

#[test]
fn an_address_without_a_claim_is_unknown() {
	new_test_ext().execute_with(|| {
		assert_refused(7, address(&key(5)), sign_claim(&key(5), 7), Error::UnknownAddress);
	});
}

#[test]
fn malformed_signatures_are_refused() {
	new_test_ext().execute_with(|| {
		let signer = address(&key(1));
		let mut bad_v = sign_claim(&key(1), 7);
		bad_v.0[64] = 5;
		assert_refused(7, signer, bad_v, Error::MalformedSignature);
		let mut zero = [0u8; 65];
		zero[64] = 27;
		assert_refused(7, signer, EcdsaSignature(zero), Error::MalformedSignature);
	});
}

#[test]
fn only_unsigned_claims_dispatch_and_the_pool_takes_no_other_call() {
	new_test_ext().execute_with(|| {
		let signer = address(&key(1));
		assert_noop!(
			Claims::claim(RuntimeOrigin::signed(1), 7, signer, sign_claim(&key(1), 7)),
			DispatchError::BadOrigin
		);
		assert_eq!(
			Claims::validate_unsigned(
				TransactionSource::External,
				&crate::Call::remove_claim { who: signer }
			),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Call))
		);
	});
}

#[test]
fn a_statement_the_chain_sets_must_be_signed() {
	ext_with(genesis_claims(), Some(b"I am not a US person.".to_vec())).execute_with(|| {
		let signer = address(&key(1));
		let message = Claims::claim_message(&7);
		assert!(message.ends_with(b"\n\nI am not a US person."));
		let without = message::claim_message(&7u64.encode(), &[69u8; 32], None);
		assert_refused(7, signer, personal_sign(&key(1), &without), Error::WrongSignature);
		assert_ok!(Claims::claim(
			RuntimeOrigin::none(),
			7,
			signer,
			personal_sign(&key(1), &message)
		));
	});
}

#[test]
fn a_destination_with_no_room_for_a_schedule_is_refused_before_anything_moves() {
	new_test_ext().execute_with(|| {
		use frame_support::traits::VestingSchedule;
		Balances::set_balance(&8, 1_000);
		for _ in 0..MAX_SCHEDULES {
			Vesting::add_vesting_schedule(&8, 100, 1, 0).unwrap();
		}
		assert_refused(8, address(&key(2)), sign_claim(&key(2), 8), Error::VestingLimit);
		// A claim without vesting still reaches it.
		assert_ok!(Claims::claim(
			RuntimeOrigin::none(),
			8,
			address(&key(1)),
			sign_claim(&key(1), 8)
		));
	});
}

#[test]
fn pool_codes_are_the_documented_error_indices() {
	let codes = [
		(Error::<Test>::MalformedSignature, 0),
		(Error::WrongSignature, 1),
		(Error::UnknownAddress, 2),
		(Error::AlreadyClaimed, 3),
		(Error::VestingLimit, 4),
		(Error::ClaimExists, 5),
		(Error::BelowMinimum, 6),
		(Error::InvalidVesting, 7),
		(Error::PotShort, 8),
		(Error::Paused, 9),
	];
	for (error, code) in codes {
		assert_eq!(Claims::pool_code(&error), code);
	}
}

#[test]
fn governance_adds_claims_only_backed_by_the_pot() {
	new_test_ext().execute_with(|| {
		let who = address(&key(4));
		assert_noop!(
			Claims::add_claim(RuntimeOrigin::signed(1), who, 100, None),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Claims::add_claim(RuntimeOrigin::root(), who, 100, None),
			Error::<Test>::PotShort
		);
		Balances::mint_into(&Claims::pot(), 100).unwrap();
		assert_noop!(
			Claims::add_claim(RuntimeOrigin::root(), who, ED - 1, None),
			Error::<Test>::BelowMinimum
		);
		for bad in [
			VestingTerms { locked: 0, start: 0, length: 10 },
			VestingTerms { locked: 101, start: 0, length: 10 },
			VestingTerms { locked: 50, start: 0, length: 0 },
		] {
			assert_noop!(
				Claims::add_claim(RuntimeOrigin::root(), who, 100, Some(bad)),
				Error::<Test>::InvalidVesting
			);
		}
		let vesting = Some(VestingTerms { locked: 50, start: 5, length: 10 });
		assert_ok!(Claims::add_claim(RuntimeOrigin::root(), who, 100, vesting));
		System::assert_last_event(Event::ClaimAdded { who, amount: 100, vesting }.into());
		assert_eq!(Total::<Test>::get(), 1_600);
		Claims::do_try_state().unwrap();
		assert_noop!(
			Claims::add_claim(RuntimeOrigin::root(), who, 100, None),
			Error::<Test>::ClaimExists
		);
		// A paid address cannot be owed again.
		let paid = address(&key(1));
		assert_ok!(Claims::claim(RuntimeOrigin::none(), 7, paid, sign_claim(&key(1), 7)));
		Balances::mint_into(&Claims::pot(), 1_000).unwrap();
		assert_noop!(
			Claims::add_claim(RuntimeOrigin::root(), paid, 100, None),
			Error::<Test>::ClaimExists
		);
		// The new claim is made like a genesis one.
		assert_ok!(Claims::claim(RuntimeOrigin::none(), 9, who, sign_claim(&key(4), 9)));
		assert_eq!(Balances::balance(&9), 100);
		Claims::do_try_state().unwrap();
	});
}

#[test]
fn governance_removes_a_claim_whose_vvv_stays_in_the_pot() {
	new_test_ext().execute_with(|| {
		let who = address(&key(2));
		assert_noop!(
			Claims::remove_claim(RuntimeOrigin::root(), address(&key(5))),
			Error::<Test>::UnknownAddress
		);
		assert_ok!(Claims::remove_claim(RuntimeOrigin::root(), who));
		System::assert_last_event(Event::ClaimRemoved { who, amount: 500, to: TREASURY }.into());
		assert_eq!((Total::<Test>::get(), pot_balance()), (1_000, 1_000));
		assert_eq!(Balances::balance(&TREASURY), 500);
		assert_eq!(Claims::claim_of(who), ClaimState::None);
		assert!(crate::Vesting::<Test>::get(who).is_none());
		assert_refused(8, who, sign_claim(&key(2), 8), Error::UnknownAddress);
		// Governance cannot hand the removed VVV to another claim: it is not in the pot.
		assert_noop!(
			Claims::add_claim(RuntimeOrigin::root(), address(&key(6)), 500, None),
			Error::<Test>::PotShort
		);
		Claims::do_try_state().unwrap();
	});
}

#[test]
fn governance_sets_and_clears_the_statement() {
	new_test_ext().execute_with(|| {
		let statement: BoundedVec<u8, _> = b"terms".to_vec().try_into().unwrap();
		assert_noop!(
			Claims::set_statement(RuntimeOrigin::signed(1), Some(statement.clone())),
			DispatchError::BadOrigin
		);
		let before = Claims::claim_message(&7);
		assert_ok!(Claims::set_statement(RuntimeOrigin::root(), Some(statement.clone())));
		System::assert_last_event(Event::StatementSet { statement: Some(statement) }.into());
		assert_eq!(Claims::claim_message(&7), [before.as_slice(), b"\n\nterms"].concat());
		assert_ok!(Claims::set_statement(RuntimeOrigin::root(), None));
		assert_eq!(Claims::claim_message(&7), before);
	});
}

#[test]
fn claims_are_refused_in_the_pool_while_the_call_filter_pauses_them() {
	new_test_ext().execute_with(|| {
		let (signer, signature) = (address(&key(1)), sign_claim(&key(1), 7));
		PAUSED.with(|paused| paused.set(true));
		assert_eq!(
			pool(7, signer, signature.clone()),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Custom(Claims::pool_code(
				&Error::Paused
			))))
		);
		PAUSED.with(|paused| paused.set(false));
		assert!(pool(7, signer, signature).is_ok());
	});
}

#[test]
fn unclaimed_vvv_is_not_active_issuance_until_claimed() {
	new_test_ext().execute_with(|| {
		let inactive = || Balances::total_issuance() - Balances::active_issuance();
		assert_eq!(inactive(), 1_500);
		assert_ok!(Claims::claim(
			RuntimeOrigin::none(),
			7,
			address(&key(1)),
			sign_claim(&key(1), 7)
		));
		assert_eq!(inactive(), 500);
		Balances::mint_into(&Claims::pot(), 100).unwrap();
		assert_ok!(Claims::add_claim(RuntimeOrigin::root(), address(&key(4)), 100, None));
		assert_eq!(inactive(), 600);
		assert_ok!(Claims::remove_claim(RuntimeOrigin::root(), address(&key(4))));
		assert_eq!(inactive(), 500);
	});
}

#[test]
fn a_reference_on_the_pot_does_not_strand_the_last_claim() {
	new_test_ext().execute_with(|| {
		// Something (an asset sent to it) takes a consumer reference on the pot: the pot's own
		// provider reference still lets it pay out everything.
		frame_system::Pallet::<Test>::inc_consumers(&Claims::pot()).unwrap();
		assert_ok!(Claims::claim(
			RuntimeOrigin::none(),
			7,
			address(&key(1)),
			sign_claim(&key(1), 7)
		));
		assert_ok!(Claims::claim(
			RuntimeOrigin::none(),
			8,
			address(&key(2)),
			sign_claim(&key(2), 8)
		));
		assert_eq!((pot_balance(), Total::<Test>::get()), (0, 0));
		Claims::do_try_state().unwrap();
	});
}

#[test]
fn a_claim_the_pot_cannot_pay_is_refused_in_the_pool() {
	new_test_ext().execute_with(|| {
		use frame_support::traits::{LockableCurrency, WithdrawReasons};
		// A lock on the pot (as a vested transfer to it would leave) freezes what it covers.
		<Balances as LockableCurrency<_>>::set_lock(
			*b"testlock",
			&Claims::pot(),
			1_000,
			WithdrawReasons::all(),
		);
		assert_eq!(Claims::pot_can_pay(), 500);
		assert!(Claims::do_try_state().is_err());
		assert_refused(7, address(&key(1)), sign_claim(&key(1), 7), Error::PotShort);
		// The smaller claim is still paid.
		assert_ok!(Claims::claim(
			RuntimeOrigin::none(),
			8,
			address(&key(2)),
			sign_claim(&key(2), 8)
		));
	});
}

#[test]
#[should_panic(expected = "is refused")]
fn genesis_refuses_a_claim_below_the_minimum() {
	ext_with(vec![(address(&key(1)), ED - 1, None)], None);
}

/// One step of the randomised sequences.
#[derive(Clone, Debug)]
enum Step {
	/// Key `key` claims to `dest`, signing correctly or over a corrupted message.
	Claim { key: u8, dest: AccountId, corrupt: Option<(usize, u8)> },
	/// Governance funds the pot and adds a claim for `key`.
	Add { key: u8, amount: Balance, vested: bool },
	/// Governance removes `key`'s claim.
	Remove { key: u8 },
}

fn step() -> impl Strategy<Value = Step> {
	prop_oneof![
		4 => (1u8..8, 20u64..30, proptest::option::weighted(0.3, (0usize..200, 1u8..=255)))
			.prop_map(|(key, dest, corrupt)| Step::Claim { key, dest, corrupt }),
		2 => (1u8..8, ED..5_000, any::<bool>())
			.prop_map(|(key, amount, vested)| Step::Add { key, amount, vested }),
		1 => (1u8..8).prop_map(|key| Step::Remove { key }),
	]
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(64))]

	/// Random keys claim, sign wrong messages, are added and removed: a claim pays exactly
	/// when signed over this chain's message for its destination by an address owed and not
	/// yet paid, and the invariants hold after every step.
	#[test]
	fn random_claims_keep_every_claim_backed(steps in proptest::collection::vec(step(), 1..24)) {
		new_test_ext().execute_with(|| {
			for step in steps {
				match step {
					Step::Claim { key: seed, dest, corrupt } => {
						let signer = address(&key(seed));
						let mut message = Claims::claim_message(&dest);
						if let Some((at, delta)) = corrupt {
							let at = at % message.len();
							message[at] = message[at].wrapping_add(delta);
						}
						let owed = crate::Claims::<Test>::get(signer);
						let was_paid = Claimed::<Test>::contains_key(signer);
						let paid_before = Balances::balance(&dest);
						let result = Claims::claim(
							RuntimeOrigin::none(), dest, signer, personal_sign(&key(seed), &message),
						);
						let expected = match (was_paid, owed, corrupt) {
							(true, _, _) => Err(Error::<Test>::AlreadyClaimed.into()),
							(false, None, _) => Err(Error::<Test>::UnknownAddress.into()),
							(false, Some(_), Some(_)) => Err(Error::<Test>::WrongSignature.into()),
							(false, Some(_), None) => Ok(()),
						};
						// A vested claim to a full destination is the one other refusal.
						if result != Err(Error::<Test>::VestingLimit.into()) {
							prop_assert_eq!(result, expected);
						}
						if result.is_ok() {
							prop_assert_eq!(Balances::balance(&dest), paid_before + owed.unwrap());
						} else {
							prop_assert_eq!(Balances::balance(&dest), paid_before);
						}
					}
					Step::Add { key: seed, amount, vested } => {
						Balances::mint_into(&Claims::pot(), amount).unwrap();
						let vesting = vested.then_some(VestingTerms { locked: amount / 2 + 1, start: 3, length: 7 });
						let _ = Claims::add_claim(RuntimeOrigin::root(), address(&key(seed)), amount, vesting);
					}
					Step::Remove { key: seed } => {
						let _ = Claims::remove_claim(RuntimeOrigin::root(), address(&key(seed)));
					}
				}
				prop_assert_eq!(Claims::do_try_state(), Ok(()));
			}
			Ok(())
		})?;
	}
}
