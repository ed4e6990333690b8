//! Sequencing on the assembled runtime (design §14): the `local_testnet` chain's two
//! sequencers, a third registering keys and joining by the `operations` track, a key rotation,
//! a removal, each effective at the second session boundary after it; the bounds; a GRANDPA
//! equivocation reported with a real key-ownership proof, which removes the offender; and the
//! review's attacks: a sequencer dropping its keys, vesting VVV minted into DIEM.
//!
//! Sessions on the dev presets last 10 blocks: session 1 starts at block 10, session 2 at 20.

#![allow(clippy::unwrap_used, clippy::arithmetic_side_effects)]

mod common;

use codec::Encode;
use common::*;
use diem_runtime::{
	consensus::KeyDeposit, governance::origins::Origin as TrackOrigin, AccountId, Balances, Diem,
	Executive, Grandpa, Historical, OriginCaller, Runtime, RuntimeCall, RuntimeEvent,
	RuntimeOrigin, Session, SessionKeys, Staking, System, UncheckedExtrinsic, UNIT,
};
use frame_support::traits::{fungible::InspectHold, KeyOwnerProofSystem};
use pallet_sequencers::{Error, Sequencers};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_core::{crypto::UncheckedFrom, Pair, H256};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};
use sp_keystore::{testing::MemoryKeystore, KeystoreExt};
use sp_runtime::{traits::Dispatchable, DispatchError};
use std::sync::Arc;

/// The `local_testnet` chain at block 1, with a keystore for generating session keys.
fn local_chain() -> sp_io::TestExternalities {
	let mut ext = genesis_state(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET);
	ext.register_extension(KeystoreExt(Arc::new(MemoryKeystore::new())));
	ext.execute_with(|| start_block(1));
	ext
}

/// `who` generates fresh session keys in the keystore and registers them with their
/// ownership proof, as `author_rotateKeysWithOwner` and `session.setKeys` do.
fn rotate_keys(who: &AccountId) -> SessionKeys {
	let generated = SessionKeys::generate(&who.encode(), None);
	let call = RuntimeCall::Session(pallet_session::Call::set_keys {
		keys: generated.keys.clone(),
		proof: generated.proof.encode(),
	});
	signed(who, call).unwrap();
	generated.keys
}

/// Dispatches `call` with the origin of the `operations` track, as its referendum enacts it.
fn operations(call: RuntimeCall) -> Result<(), DispatchError> {
	call.dispatch(OriginCaller::Origins(TrackOrigin::Operations).into())
		.map(|_| ())
		.map_err(|e| e.error)
}

/// Runs blocks until block `number` has started. A session's first block gives Aura its new
/// authorities in `on_initialize` and GRANDPA its new ones in `on_finalize`: run to the block
/// after to see both.
fn run_to(number: u32) {
	while System::block_number() < number {
		next_block_events();
	}
}

fn aura_keys() -> Vec<AuraId> {
	pallet_aura::Authorities::<Runtime>::get().into_inner()
}

fn grandpa_keys() -> Vec<GrandpaId> {
	Grandpa::grandpa_authorities().into_iter().map(|(id, _)| id).collect()
}

fn dev_aura(k: Sr25519Keyring) -> AuraId {
	k.public().into()
}

fn dev_grandpa(k: Ed25519Keyring) -> GrandpaId {
	k.public().into()
}

#[test]
fn genesis_sequencers_author_and_vote() {
	local_chain().execute_with(|| {
		let (alice, bob) = (account(Sr25519Keyring::Alice), account(Sr25519Keyring::Bob));
		assert_eq!(Sequencers::<Runtime>::get().into_inner(), vec![alice.clone(), bob.clone()]);
		assert_eq!(Session::validators(), vec![alice, bob]);
		assert_eq!(
			aura_keys(),
			vec![dev_aura(Sr25519Keyring::Alice), dev_aura(Sr25519Keyring::Bob)]
		);
		assert_eq!(
			grandpa_keys(),
			vec![dev_grandpa(Ed25519Keyring::Alice), dev_grandpa(Ed25519Keyring::Bob)]
		);
	});
}

#[test]
fn a_sequencer_joins_rotates_and_leaves_at_session_boundaries() {
	local_chain().execute_with(|| {
		let alice = account(Sr25519Keyring::Alice);
		let charlie = account(Sr25519Keyring::Charlie);
		let add = RuntimeCall::Sequencers(pallet_sequencers::Call::add_sequencer {
			who: charlie.clone(),
		});

		// Without keys, Charlie cannot be added; a signed account and the economics track
		// cannot add anyone.
		assert_eq!(operations(add.clone()), Err(Error::<Runtime>::NoSessionKeys.into()));
		let keys = rotate_keys(&charlie);
		assert_eq!(Balances::total_balance_on_hold(&charlie), KeyDeposit::get());
		assert_eq!(
			signed(&charlie, add.clone()).map_err(|e| e.error),
			Err(DispatchError::BadOrigin)
		);
		assert_eq!(
			add.clone()
				.dispatch(OriginCaller::Origins(TrackOrigin::Economics).into())
				.map_err(|e| e.error),
			Err(DispatchError::BadOrigin)
		);

		// Added in session 0: planned at the end of session 0 for session 2.
		operations(add.clone()).unwrap();
		assert_eq!(operations(add), Err(Error::<Runtime>::AlreadySequencer.into()));
		run_to(10);
		assert_eq!(aura_keys().len(), 2, "session 1 keeps the genesis set");
		run_to(21);
		assert_eq!(Session::current_index(), 2);
		assert_eq!(aura_keys().len(), 3);
		assert_eq!(aura_keys()[2], keys.aura);
		assert_eq!(grandpa_keys()[2], keys.grandpa);

		// Alice rotates her keys in session 2: they sign from session 4.
		let new_keys = rotate_keys(&alice);
		run_to(30);
		assert_eq!(aura_keys()[0], dev_aura(Sr25519Keyring::Alice));
		run_to(41);
		assert_eq!(aura_keys()[0], new_keys.aura);
		assert_eq!(grandpa_keys()[0], new_keys.grandpa);

		// Removed in session 4: gone from session 6.
		operations(RuntimeCall::Sequencers(pallet_sequencers::Call::remove_sequencer {
			who: alice,
		}))
		.unwrap();
		run_to(61);
		assert_eq!(Session::validators(), vec![account(Sr25519Keyring::Bob), charlie]);
		assert_eq!(aura_keys().len(), 2);
		assert!(!grandpa_keys().contains(&new_keys.grandpa));
	});
}

#[test]
fn the_last_sequencer_cannot_be_removed() {
	genesis(sp_genesis_builder::DEV_RUNTIME_PRESET).execute_with(|| {
		let remove = RuntimeCall::Sequencers(pallet_sequencers::Call::remove_sequencer {
			who: account(Sr25519Keyring::Alice),
		});
		assert_eq!(operations(remove), Err(Error::<Runtime>::TooFewSequencers.into()));
	});
}

/// Bob's GRANDPA key signs two different prevotes in one round of `set_id`.
fn bob_equivocates(set_id: u64) -> sp_consensus_grandpa::EquivocationProof<H256, u32> {
	let round = 1;
	let sign = |target: H256| {
		let prevote = finality_grandpa::Prevote { target_hash: target, target_number: 1u32 };
		let message = finality_grandpa::Message::Prevote(prevote.clone());
		let payload = sp_consensus_grandpa::localized_payload(round, set_id, &message);
		let signature = Ed25519Keyring::Bob.pair().sign(&payload);
		(prevote, sp_consensus_grandpa::AuthoritySignature::unchecked_from(signature.0))
	};
	sp_consensus_grandpa::EquivocationProof::new(
		set_id,
		sp_consensus_grandpa::Equivocation::Prevote(finality_grandpa::Equivocation {
			round_number: round,
			identity: dev_grandpa(Ed25519Keyring::Bob),
			first: sign(H256::repeat_byte(1)),
			second: sign(H256::repeat_byte(2)),
		}),
	)
}

#[test]
fn an_equivocating_sequencer_is_reported_and_leaves_the_set() {
	local_chain().execute_with(|| {
		let bob = account(Sr25519Keyring::Bob);
		// Past a session boundary, so the proof is checked against a stored session.
		run_to(12);
		let set_id = Grandpa::current_set_id();
		let key_owner_proof =
			Historical::prove((sp_consensus_grandpa::KEY_TYPE, dev_grandpa(Ed25519Keyring::Bob)))
				.unwrap();
		let report = RuntimeCall::Grandpa(pallet_grandpa::Call::report_equivocation_unsigned {
			equivocation_proof: Box::new(bob_equivocates(set_id)),
			key_owner_proof: key_owner_proof.clone(),
		});
		// As the node submits it: an unsigned extrinsic, validated before it is applied.
		let xt = UncheckedExtrinsic::new_bare(report.clone());
		Executive::apply_extrinsic(xt.clone()).unwrap().unwrap();
		let events: Vec<RuntimeEvent> =
			System::events().into_iter().map(|record| record.event).collect();
		assert!(events.contains(&RuntimeEvent::Sequencers(
			pallet_sequencers::Event::OffenderRemoved { who: bob.clone() }
		)));
		assert_eq!(Sequencers::<Runtime>::get().into_inner(), vec![account(Sr25519Keyring::Alice)]);

		// The same report again is refused before it is applied.
		assert!(Executive::apply_extrinsic(xt).is_err());

		// Bob leaves Aura's and GRANDPA's sets at the second boundary after the report.
		run_to(31);
		assert_eq!(aura_keys(), vec![dev_aura(Sr25519Keyring::Alice)]);
		assert_eq!(grandpa_keys(), vec![dev_grandpa(Ed25519Keyring::Alice)]);
	});
}

#[test]
fn a_forged_equivocation_is_refused() {
	local_chain().execute_with(|| {
		run_to(12);
		let set_id = Grandpa::current_set_id();
		// A proof of Alice's key ownership, attached to Bob's equivocation.
		let wrong_owner =
			Historical::prove((sp_consensus_grandpa::KEY_TYPE, dev_grandpa(Ed25519Keyring::Alice)))
				.unwrap();
		let report = RuntimeCall::Grandpa(pallet_grandpa::Call::report_equivocation_unsigned {
			equivocation_proof: Box::new(bob_equivocates(set_id)),
			key_owner_proof: wrong_owner,
		});
		assert!(Executive::apply_extrinsic(UncheckedExtrinsic::new_bare(report)).is_err());
		// Nobody signs a report: a signed one is refused too.
		let proof =
			Historical::prove((sp_consensus_grandpa::KEY_TYPE, dev_grandpa(Ed25519Keyring::Bob)))
				.unwrap();
		let report = RuntimeCall::Grandpa(pallet_grandpa::Call::report_equivocation_unsigned {
			equivocation_proof: Box::new(bob_equivocates(set_id)),
			key_owner_proof: proof,
		});
		assert!(report.dispatch(RuntimeOrigin::signed(account(Sr25519Keyring::Eve))).is_err());
		assert_eq!(Sequencers::<Runtime>::get().len(), 2);
	});
}

/// Review finding: the last sequencer purging its keys would have emptied Aura's set for good.
/// `session.purge_keys` is filtered out, at any depth of wrapping, and `sequencers.purge_keys`
/// refuses a sequencer and anyone still in the current or queued session's set.
#[test]
fn no_sequencer_drops_its_keys() {
	local_chain().execute_with(|| {
		let alice = account(Sr25519Keyring::Alice);
		let direct = RuntimeCall::Session(pallet_session::Call::purge_keys {});
		let batched =
			RuntimeCall::Utility(pallet_utility::Call::batch { calls: vec![direct.clone()] });
		assert_eq!(
			signed(&alice, direct).map_err(|e| e.error),
			Err(frame_system::Error::<Runtime>::CallFiltered.into())
		);
		assert_eq!(
			signed(&alice, batched).map_err(|e| e.error),
			Err(frame_system::Error::<Runtime>::CallFiltered.into())
		);
		assert!(pallet_session::NextKeys::<Runtime>::contains_key(&alice));
		let purge = RuntimeCall::Sequencers(pallet_sequencers::Call::purge_keys {});
		assert_eq!(
			signed(&alice, purge.clone()).map_err(|e| e.error),
			Err(Error::<Runtime>::StillSequencing.into())
		);

		// Removed, Alice still sequences the queued session: refused until she is out of it.
		operations(RuntimeCall::Sequencers(pallet_sequencers::Call::remove_sequencer {
			who: alice.clone(),
		}))
		.unwrap();
		run_to(10);
		assert_eq!(
			signed(&alice, purge.clone()).map_err(|e| e.error),
			Err(Error::<Runtime>::StillSequencing.into())
		);
		run_to(21);
		assert_eq!(Session::validators(), vec![account(Sr25519Keyring::Bob)]);
		signed(&alice, purge).unwrap();
		assert!(!pallet_session::NextKeys::<Runtime>::contains_key(&alice));
		// An account that never sequenced gets its key deposit back.
		let charlie = account(Sr25519Keyring::Charlie);
		rotate_keys(&charlie);
		assert_eq!(Balances::total_balance_on_hold(&charlie), KeyDeposit::get());
		signed(&charlie, RuntimeCall::Sequencers(pallet_sequencers::Call::purge_keys {})).unwrap();
		assert_eq!(Balances::total_balance_on_hold(&charlie), 0, "the key deposit is released");
		// Bob sequences on, alone.
		run_to(41);
		assert_eq!(aura_keys(), vec![dev_aura(Sr25519Keyring::Bob)]);
	});
}

/// Review finding: VVV still vesting could be staked and minted into DIEM, sold before its
/// cliff. Staking it is allowed; backing DIEM only once vested.
#[test]
fn vesting_vvv_backs_no_diem_until_it_vests() {
	genesis(sp_genesis_builder::DEV_RUNTIME_PRESET).execute_with(|| {
		let alice = account(Sr25519Keyring::Alice);
		let seed = account(Sr25519Keyring::Ferdie);
		root(RuntimeCall::Diem(pallet_diem::Call::set_minting_open { open: true })).unwrap();
		// Ferdie stakes all but 100 VVV of his 10M, then receives 1M VVV vesting in full at
		// block 21 (a cliff at block 11, then 10 blocks linear).
		let stake = 10_000_000 * UNIT - 100 * UNIT;
		signed(&seed, RuntimeCall::Staking(pallet_vvv_staking::Call::stake { amount: stake }))
			.unwrap();
		let schedule = pallet_vesting::VestingInfo::new(1_000_000 * UNIT, 100_000 * UNIT, 11);
		signed(
			&alice,
			RuntimeCall::Vesting(pallet_vesting::Call::vested_transfer {
				target: seed.clone().into(),
				schedule,
			}),
		)
		.unwrap();
		// The 1M vesting VVV can be staked: the hold overlaps the lock.
		signed(
			&seed,
			RuntimeCall::Staking(pallet_vvv_staking::Call::stake { amount: 1_000_000 * UNIT }),
		)
		.unwrap();
		let available = <Staking as pallet_diem::Collateral<AccountId>>::available(&seed);
		assert_eq!(available, stake, "the vesting million backs no DIEM");
		// Minting against all of it fails by name, and changes nothing.
		let diem = 1_000 * UNIT;
		let max_vvv = Diem::quote_mint(diem).unwrap();
		assert!(max_vvv > 90_000 * UNIT);
		let everything = RuntimeCall::Diem(pallet_diem::Call::mint_for_vvv {
			vvv: stake + 1_000_000 * UNIT,
			min_diem: 1,
		});
		assert!(signed(&seed, everything.clone()).is_err());
		assert_eq!(Diem::position(&seed).minted, 0);
		// Once vested, it does.
		run_to(22);
		assert_eq!(
			<Staking as pallet_diem::Collateral<AccountId>>::available(&seed),
			stake + 1_000_000 * UNIT
		);
		signed(&seed, everything).unwrap();
		assert!(Diem::position(&seed).minted > 0);
	});
}
