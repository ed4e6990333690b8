//! Governance on the assembled runtime (design §13): referenda on each track enact their calls,
//! a call on the wrong track fails by name, staked and DIEM-locked VVV vote and stay locked
//! after unstaking, the operator steps the target supply within its bound and no further,
//! the treasury spends, and safe mode stops everything but governance.
//!
//! The dev chain's governance day is 5 blocks, so its referenda run block by block; the
//! production preset's day is 43,200 blocks, so those tests jump over the empty blocks
//! (the scheduler catches up on every agenda it skipped).

#![allow(clippy::unwrap_used, clippy::arithmetic_side_effects)]

mod common;

use codec::Encode;
use common::*;
use diem_runtime::{
	governance::{origins::Origin as TrackOrigin, tracks, TREASURY_TRACK_MAX_SPEND},
	AccountId, Balance, Balances, Diem, Executive, OriginCaller, Preimage, Runtime, RuntimeCall,
	RuntimeEvent, Staking, System,
};
use frame_support::traits::{fungible::Inspect, schedule::DispatchTime, StorePreimage};
use pallet_conviction_voting::{AccountVote, Conviction, Vote};
use pallet_referenda::ReferendumInfo;
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie, Dave, Eve, Ferdie};
use sp_runtime::{traits::Hash as _, DispatchError, TokenError};

/// The referendum index the next `submit` gets.
fn next_index() -> u32 {
	pallet_referenda::ReferendumCount::<Runtime>::get()
}

/// `who` submits `call` on the track of `origin`, enacted as soon as the track allows, and
/// places its decision deposit; returns its index.
fn propose(who: &AccountId, origin: OriginCaller, call: RuntimeCall) -> u32 {
	let proposal = Preimage::bound(call).unwrap();
	let index = next_index();
	signed(
		who,
		RuntimeCall::Referenda(pallet_referenda::Call::submit {
			proposal_origin: Box::new(origin),
			proposal,
			enactment_moment: DispatchTime::After(0),
		}),
	)
	.unwrap();
	signed(who, RuntimeCall::Referenda(pallet_referenda::Call::place_decision_deposit { index }))
		.unwrap();
	index
}

/// `who` votes aye on `index` with `balance` at 1× conviction.
fn vote_aye(who: &AccountId, index: u32, balance: Balance) {
	let vote = AccountVote::Standard {
		vote: Vote { aye: true, conviction: Conviction::Locked1x },
		balance,
	};
	signed(
		who,
		RuntimeCall::ConvictionVoting(pallet_conviction_voting::Call::vote {
			poll_index: index,
			vote,
		}),
	)
	.unwrap();
}

/// Runs blocks until `done` holds, at most `max`; the events of those blocks.
fn run_until(max: u32, mut done: impl FnMut(&[RuntimeEvent]) -> bool) -> Vec<RuntimeEvent> {
	let mut seen = Vec::new();
	for _ in 0..max {
		let events = next_block_events();
		let finished = done(&events);
		seen.extend(events);
		if finished {
			return seen;
		}
	}
	panic!("not done within {max} blocks; events: {seen:?}");
}

/// The scheduler's name of referendum `index`'s enactment.
fn enactment_id(index: u32) -> [u8; 32] {
	(*b"assembly", "enactment", index).using_encoded(sp_io::hashing::blake2_256)
}

/// The results of the enactments of referendum `index` in `events` (the scheduler also
/// dispatches the referenda's own alarms, unnamed).
fn dispatched(index: u32, events: &[RuntimeEvent]) -> Vec<Result<(), DispatchError>> {
	events
		.iter()
		.filter_map(|event| match event {
			RuntimeEvent::Scheduler(pallet_scheduler::Event::Dispatched {
				id: Some(id),
				result,
				..
			}) if *id == enactment_id(index) => Some(*result),
			_ => None,
		})
		.collect()
}

/// Whether `index` was approved.
fn approved(index: u32) -> bool {
	matches!(
		pallet_referenda::ReferendumInfoFor::<Runtime>::get(index),
		Some(ReferendumInfo::Approved(..))
	)
}

/// Dev voters' aye with their whole VVV, staked included: enough support for any track within
/// its decision period.
fn dev_voters_back(index: u32) {
	for voter in [Alice, Bob, Dave, Eve] {
		let who = account(voter);
		vote_aye(&who, index, Balances::total_balance(&who));
	}
}

/// Runs the dev chain until `index` is approved and its call dispatched; that call's result.
fn enact_on_dev(index: u32) -> Result<(), DispatchError> {
	let mut was_approved = false;
	let events = run_until(200, |events| {
		was_approved |= approved(index);
		was_approved && !dispatched(index, events).is_empty()
	});
	*dispatched(index, &events).last().unwrap()
}

fn set_target_supply(target_supply: Balance) -> RuntimeCall {
	RuntimeCall::Diem(pallet_diem::Call::set_target_supply { target_supply })
}

fn economics() -> OriginCaller {
	OriginCaller::Origins(TrackOrigin::Economics)
}

fn operations() -> OriginCaller {
	OriginCaller::Origins(TrackOrigin::Operations)
}

#[test]
fn an_economics_referendum_with_staked_votes_moves_the_target_supply() {
	dev_chain().execute_with(|| {
		let alice = account(Alice);
		// Alice's VVV is staked and partly DIEM collateral at genesis; she votes with all of it.
		let staked_before = Staking::staker(&alice).staked;
		assert!(staked_before > 0 && Diem::position(&alice).locked > 0);
		let target = pallet_diem::Curve::<Runtime>::get().target_supply;
		let index = propose(&account(Ferdie), economics(), set_target_supply(target * 2));
		dev_voters_back(index);
		assert_eq!(Staking::staker(&alice).staked, staked_before, "voting unstakes nothing");
		assert!(pallet_balances::Locks::<Runtime>::get(&alice)
			.iter()
			.any(|lock| lock.id == *b"pyconvot" && lock.amount == Balances::total_balance(&alice)));

		assert_eq!(enact_on_dev(index), Ok(()));
		assert_eq!(pallet_diem::Curve::<Runtime>::get().target_supply, target * 2);
	});
}

#[test]
fn an_operations_referendum_adds_a_meter_and_a_treasury_referendum_spends() {
	dev_chain().execute_with(|| {
		let meter = account(Dave);
		let index = propose(
			&account(Ferdie),
			operations(),
			RuntimeCall::Credits(pallet_credits::Call::add_meter { meter: meter.clone() }),
		);
		dev_voters_back(index);
		assert_eq!(enact_on_dev(index), Ok(()));
		assert!(pallet_credits::Meters::<Runtime>::contains_key(&meter));

		// The treasury holds the fees' share; the treasury track spends from it.
		let treasury = diem_runtime::configs::treasury_account();
		let amount = 1_000 * VVV;
		// (Ferdie proposes and does not vote: his VVV is not locked.)
		signed(
			&account(Ferdie),
			RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
				dest: treasury.clone().into(),
				value: 10 * amount,
			}),
		)
		.unwrap();
		let beneficiary = account(Charlie);
		let index = propose(
			&account(Ferdie),
			OriginCaller::Origins(TrackOrigin::Treasurer),
			RuntimeCall::Treasury(pallet_treasury::Call::spend {
				asset_kind: Box::new(()),
				amount,
				beneficiary: Box::new(beneficiary.clone()),
				valid_from: None,
			}),
		);
		dev_voters_back(index);
		assert_eq!(enact_on_dev(index), Ok(()));
		let before = Balances::balance(&beneficiary);
		let spend = pallet_treasury::SpendCount::<Runtime>::get() - 1;
		signed(
			&account(Eve),
			RuntimeCall::Treasury(pallet_treasury::Call::payout { index: spend }),
		)
		.unwrap();
		assert_eq!(Balances::balance(&beneficiary), before + amount);

		// Above the track's bound, the spend fails when enacted.
		let index = propose(
			&account(Ferdie),
			OriginCaller::Origins(TrackOrigin::Treasurer),
			RuntimeCall::Treasury(pallet_treasury::Call::spend {
				asset_kind: Box::new(()),
				amount: TREASURY_TRACK_MAX_SPEND + 1,
				beneficiary: Box::new(beneficiary),
				valid_from: None,
			}),
		);
		dev_voters_back(index);
		assert_eq!(
			enact_on_dev(index),
			Err(pallet_treasury::Error::<Runtime>::InsufficientPermission.into())
		);
	});
}

#[test]
fn a_call_on_the_wrong_track_fails_by_name() {
	dev_chain().execute_with(|| {
		let target = pallet_diem::Curve::<Runtime>::get().target_supply;
		// Operations may not move the curve; economics may not add meters or upgrade.
		for (origin, call) in [
			(operations(), set_target_supply(target * 2)),
			(
				economics(),
				RuntimeCall::Credits(pallet_credits::Call::add_meter { meter: account(Dave) }),
			),
			(
				economics(),
				RuntimeCall::System(frame_system::Call::authorize_upgrade {
					code_hash: [7; 32].into(),
				}),
			),
		] {
			let index = propose(&account(Ferdie), origin, call);
			dev_voters_back(index);
			assert_eq!(enact_on_dev(index), Err(DispatchError::BadOrigin));
		}
		assert_eq!(pallet_diem::Curve::<Runtime>::get().target_supply, target);
		// A signed origin has no track: it cannot be a referendum's origin.
		let signed_origin = OriginCaller::system(frame_system::RawOrigin::Signed(account(Eve)));
		assert_eq!(
			signed(
				&account(Eve),
				RuntimeCall::Referenda(pallet_referenda::Call::submit {
					proposal_origin: Box::new(signed_origin),
					proposal: Preimage::bound(set_target_supply(1)).unwrap(),
					enactment_moment: DispatchTime::After(0),
				}),
			)
			.unwrap_err()
			.error,
			pallet_referenda::Error::<Runtime>::NoTrack.into()
		);
	});
}

#[test]
fn a_vote_stays_locked_after_unstaking_and_withdrawing() {
	dev_chain().execute_with(|| {
		let bob = account(Bob);
		let total = Balances::total_balance(&bob);
		signed(&bob, RuntimeCall::Staking(pallet_vvv_staking::Call::stake { amount: total / 2 }))
			.unwrap();
		let index = propose(&account(Ferdie), economics(), set_target_supply(1_000_000 * VVV));
		let vote = AccountVote::Standard {
			vote: Vote { aye: true, conviction: Conviction::Locked3x },
			balance: total - VVV,
		};
		signed(
			&bob,
			RuntimeCall::ConvictionVoting(pallet_conviction_voting::Call::vote {
				poll_index: index,
				vote,
			}),
		)
		.unwrap();
		for voter in [Alice, Dave, Eve] {
			let who = account(voter);
			vote_aye(&who, index, Balances::total_balance(&who));
		}
		assert_eq!(enact_on_dev(index), Ok(()));

		// Bob unstakes everything and withdraws it after the cooldown.
		let staked = Staking::staker(&bob).staked;
		signed(&bob, RuntimeCall::Staking(pallet_vvv_staking::Call::unstake { amount: staked }))
			.unwrap();
		advance(30);
		signed(&bob, RuntimeCall::Staking(pallet_vvv_staking::Call::withdraw_unstaked {})).unwrap();
		assert_eq!(Staking::staker(&bob).staked, 0);
		// The vote's lock holds what he voted with: he cannot sell it.
		let sold = signed(
			&bob,
			RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
				dest: account(Eve).into(),
				value: total / 2,
			}),
		);
		assert_eq!(sold.unwrap_err().error, TokenError::Frozen.into());
		// Removing the vote does not lift the lock before the conviction's period ends.
		signed(
			&bob,
			RuntimeCall::ConvictionVoting(pallet_conviction_voting::Call::remove_vote {
				class: Some(tracks::ECONOMICS),
				index,
			}),
		)
		.unwrap();
		signed(
			&bob,
			RuntimeCall::ConvictionVoting(pallet_conviction_voting::Call::unlock {
				class: tracks::ECONOMICS,
				target: bob.clone().into(),
			}),
		)
		.unwrap();
		assert!(pallet_balances::Locks::<Runtime>::get(&bob)
			.iter()
			.any(|lock| lock.id == *b"pyconvot"));
		// 3× conviction: four vote-locking periods (7 governance days each) after the end.
		advance(4 * tracks::vote_locking_period());
		signed(
			&bob,
			RuntimeCall::ConvictionVoting(pallet_conviction_voting::Call::unlock {
				class: tracks::ECONOMICS,
				target: bob.clone().into(),
			}),
		)
		.unwrap();
		assert!(!pallet_balances::Locks::<Runtime>::get(&bob)
			.iter()
			.any(|lock| lock.id == *b"pyconvot"));
	});
}

/// The operator (Charlie on the dev chain) proposes `call`: a collective of one executes it at
/// once; the call's own result.
fn operator(call: RuntimeCall) -> Result<(), DispatchError> {
	let length_bound = call.encoded_size() as u32;
	signed(
		&account(Charlie),
		RuntimeCall::Operator(pallet_collective::Call::propose {
			threshold: 1,
			proposal: Box::new(call),
			length_bound,
		}),
	)
	.unwrap();
	System::events()
		.into_iter()
		.rev()
		.find_map(|record| match record.event {
			RuntimeEvent::Operator(pallet_collective::Event::Executed { result, .. }) => {
				Some(result)
			}
			_ => None,
		})
		.expect("the operator's motion executed")
}

#[test]
fn the_operator_steps_the_target_supply_within_its_bound_and_no_further() {
	dev_chain().execute_with(|| {
		let target = pallet_diem::Curve::<Runtime>::get().target_supply;
		assert_eq!(
			operator(set_target_supply(target + target / 10 + 1)),
			Err(pallet_diem::Error::<Runtime>::OperatorStepTooLarge.into())
		);
		assert_eq!(operator(set_target_supply(target + target / 10)), Ok(()));
		let stepped = target + target / 10;
		assert_eq!(pallet_diem::Curve::<Runtime>::get().target_supply, stepped);
		advance(1);
		assert_eq!(
			operator(set_target_supply(stepped + 1)),
			Err(pallet_diem::Error::<Runtime>::OperatorStepTooSoon.into())
		);
		// The operator has no other economic lever.
		assert_eq!(
			operator(RuntimeCall::Diem(pallet_diem::Call::set_minting_open { open: true })),
			Err(DispatchError::BadOrigin)
		);
		// A week later, the next step.
		advance(diem_runtime::governance::OperatorTargetPeriod::get());
		assert_eq!(operator(set_target_supply(stepped - stepped / 10)), Ok(()));
		// Meters are the operator's too.
		assert_eq!(
			operator(RuntimeCall::Credits(pallet_credits::Call::add_meter { meter: account(Eve) })),
			Ok(())
		);
		// Someone outside the collective cannot propose.
		assert!(signed(
			&account(Dave),
			RuntimeCall::Operator(pallet_collective::Call::propose {
				threshold: 1,
				proposal: Box::new(set_target_supply(stepped)),
				length_bound: 100,
			}),
		)
		.is_err());
	});
}

#[test]
fn the_operators_safe_mode_stops_transfers_until_governance_or_time_ends_it() {
	dev_chain().execute_with(|| {
		// Ferdie proposes and does not vote, so his VVV is never locked.
		let transfer = || {
			signed(
				&account(Ferdie),
				RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
					dest: account(Eve).into(),
					value: VVV,
				}),
			)
		};
		assert_eq!(operator(RuntimeCall::SafeMode(pallet_safe_mode::Call::force_enter {})), Ok(()));
		assert_eq!(
			transfer().unwrap_err().error,
			frame_system::Error::<Runtime>::CallFiltered.into()
		);
		// Governance still runs: a referendum can be submitted and voted on.
		let index = propose(
			&account(Ferdie),
			operations(),
			RuntimeCall::SafeMode(pallet_safe_mode::Call::force_exit {}),
		);
		dev_voters_back(index);
		// The operator cannot exit it itself.
		assert_eq!(
			operator(RuntimeCall::SafeMode(pallet_safe_mode::Call::force_exit {})),
			Err(DispatchError::BadOrigin)
		);
		assert_eq!(enact_on_dev(index), Ok(()));
		assert!(transfer().is_ok());
		// Entered again, it ends by itself after a governance day.
		assert_eq!(operator(RuntimeCall::SafeMode(pallet_safe_mode::Call::force_enter {})), Ok(()));
		assert!(transfer().is_err());
		advance(diem_runtime::governance::SafeModeOperatorDuration::get() + 1);
		assert!(transfer().is_ok());
	});
}

/// Reads any code as the current runtime with the next `spec_version`: the native tests have
/// no Wasm executor, and the check `set_code` makes is on the version only.
struct NextVersion;

impl sp_core::traits::ReadRuntimeVersion for NextVersion {
	fn read_runtime_version(
		&self,
		_code: &[u8],
		_ext: &mut dyn sp_core::traits::Externalities,
	) -> Result<Vec<u8>, String> {
		let mut version = diem_runtime::VERSION;
		version.spec_version += 1;
		Ok(version.encode())
	}
}

/// Ends the current block and starts block `number`, skipping the blocks between.
fn jump_to(number: u32) -> Vec<RuntimeEvent> {
	Executive::finalize_block();
	System::set_block_number(number - 1);
	start_block(number);
	let mut events = Vec::new();
	// The scheduler catches up on the agendas it skipped within the next blocks.
	for _ in 0..3 {
		events.extend(next_block_events());
	}
	events
}

#[test]
fn on_the_production_configuration_staked_holders_upgrade_the_runtime_and_move_the_target() {
	let mut ext = genesis(diem_runtime::genesis_config_presets::PRODUCTION_RUNTIME_PRESET);
	ext.register_extension(sp_core::traits::ReadRuntimeVersionExt::new(NextVersion));
	ext.execute_with(|| {
		let day = diem_runtime::configs::DAYS;
		assert_eq!(diem_runtime::governance::origins::DayLength::<Runtime>::get(), day);
		// The allocation genesis (issue 22) funds the holders; here root does.
		let holders = [Alice, Bob, Charlie, Dave].map(account);
		for who in &holders {
			root(RuntimeCall::Balances(pallet_balances::Call::force_set_balance {
				who: who.clone().into(),
				new_free: 1_000_000 * VVV,
			}))
			.unwrap();
			signed(
				who,
				RuntimeCall::Staking(pallet_vvv_staking::Call::stake { amount: 900_000 * VVV }),
			)
			.unwrap();
		}
		let vote_all = |index: u32| {
			for who in &holders {
				vote_aye(who, index, Balances::total_balance(who) - VVV);
			}
		};

		// The root track authorises the new runtime's hash; anyone then applies the code.
		let code = b"\0asm the next runtime".to_vec();
		let code_hash = <Runtime as frame_system::Config>::Hashing::hash(&code);
		let upgrade = propose(
			&holders[0],
			OriginCaller::system(frame_system::RawOrigin::Root),
			RuntimeCall::System(frame_system::Call::authorize_upgrade { code_hash }),
		);
		// And the economics track doubles the target supply.
		let target = pallet_diem::Curve::<Runtime>::get().target_supply;
		let double = propose(&holders[1], economics(), set_target_supply(target * 2));
		vote_all(upgrade);
		vote_all(double);

		// Prepare (a day at most), confirm (a day) and enactment (a day) later, both are done.
		let start = System::block_number();
		let mut events = Vec::new();
		for step in 1..=4 {
			events.extend(jump_to(start + step * day + 1));
		}
		assert!(approved(upgrade) && approved(double));
		assert_eq!(dispatched(upgrade, &events), vec![Ok(())]);
		assert_eq!(dispatched(double, &events), vec![Ok(())]);
		assert_eq!(pallet_diem::Curve::<Runtime>::get().target_supply, target * 2);
		signed(
			&holders[2],
			RuntimeCall::System(frame_system::Call::apply_authorized_upgrade {
				code: code.clone(),
			}),
		)
		.unwrap();
		assert_eq!(sp_io::storage::get(sp_core::storage::well_known_keys::CODE).unwrap(), code);
	});
}

#[test]
fn no_track_but_root_reaches_diem_in_a_keyless_account() {
	dev_chain().execute_with(|| {
		// `operations` may force asset transfers, but not of DIEM: its enactment is filtered.
		let index = propose(
			&account(Ferdie),
			operations(),
			RuntimeCall::Assets(pallet_assets::Call::force_transfer {
				id: codec::Compact(diem_runtime::DIEM_ASSET_ID),
				source: diem_runtime::Credits::custody().into(),
				dest: account(Dave).into(),
				amount: 1,
			}),
		);
		dev_voters_back(index);
		assert_eq!(enact_on_dev(index), Err(frame_system::Error::<Runtime>::CallFiltered.into()));
		// Nor may it act as the custody.
		let index = propose(
			&account(Ferdie),
			operations(),
			RuntimeCall::Utility(pallet_utility::Call::dispatch_as {
				as_origin: Box::new(OriginCaller::system(frame_system::RawOrigin::Signed(
					diem_runtime::Credits::custody(),
				))),
				call: Box::new(RuntimeCall::System(frame_system::Call::remark { remark: vec![] })),
			}),
		);
		dev_voters_back(index);
		assert_eq!(enact_on_dev(index), Err(frame_system::Error::<Runtime>::CallFiltered.into()));
	});
}

#[test]
fn only_the_development_presets_have_a_sudo_key_and_short_days() {
	for (preset, sudo, day) in [
		(sp_genesis_builder::DEV_RUNTIME_PRESET, true, 5),
		(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET, true, 5),
		(diem_runtime::genesis_config_presets::PRODUCTION_RUNTIME_PRESET, false, 43_200),
	] {
		genesis(preset).execute_with(|| {
			assert_eq!(pallet_sudo::Key::<Runtime>::get().is_some(), sudo, "{preset}");
			assert_eq!(diem_runtime::governance::origins::DayLength::<Runtime>::get(), day);
			// Every economic admin call is a track's: none is signed, on any preset.
			let target = pallet_diem::Curve::<Runtime>::get().target_supply;
			assert_eq!(
				signed(&account(Alice), set_target_supply(target)).unwrap_err().error,
				DispatchError::BadOrigin
			);
		});
	}
}

#[test]
fn on_the_production_configuration_the_operator_needs_two_thirds_and_steps_within_its_bound() {
	genesis(diem_runtime::genesis_config_presets::PRODUCTION_RUNTIME_PRESET).execute_with(|| {
		let members = [Charlie, Dave, Eve].map(account);
		for who in &members {
			root(RuntimeCall::Balances(pallet_balances::Call::force_set_balance {
				who: who.clone().into(),
				new_free: 1_000 * VVV,
			}))
			.unwrap();
		}
		// Governance (root) names the operator's members.
		root(RuntimeCall::Operator(pallet_collective::Call::set_members {
			new_members: members.to_vec(),
			prime: None,
			old_count: 0,
		}))
		.unwrap();
		let target = pallet_diem::Curve::<Runtime>::get().target_supply;
		let motion = |call: RuntimeCall, ayes: &[AccountId]| -> Option<Result<(), DispatchError>> {
			let length_bound = call.encoded_size() as u32;
			let hash = <Runtime as frame_system::Config>::Hashing::hash_of(&call);
			let index = pallet_collective::ProposalCount::<
				Runtime,
				diem_runtime::governance::OperatorCollective,
			>::get();
			signed(
				&ayes[0],
				RuntimeCall::Operator(pallet_collective::Call::propose {
					threshold: 2,
					proposal: Box::new(call),
					length_bound,
				}),
			)
			.unwrap();
			// The proposer votes too: proposing is not voting.
			for who in ayes {
				signed(
					who,
					RuntimeCall::Operator(pallet_collective::Call::vote {
						proposal: hash,
						index,
						approve: true,
					}),
				)
				.unwrap();
			}
			let closed = signed(
				&ayes[0],
				RuntimeCall::Operator(pallet_collective::Call::close {
					proposal_hash: hash,
					index,
					proposal_weight_bound: frame_support::weights::Weight::from_parts(
						10_000_000_000,
						100_000,
					),
					length_bound,
				}),
			);
			closed.ok()?;
			System::events().into_iter().rev().find_map(|record| match record.event {
				RuntimeEvent::Operator(pallet_collective::Event::Executed { result, .. }) => {
					Some(result)
				}
				_ => None,
			})
		};
		// One member alone cannot close a motion of two.
		assert_eq!(motion(set_target_supply(target + target / 20), &members[..1]), None);
		assert_eq!(pallet_diem::Curve::<Runtime>::get().target_supply, target);
		// Two of three step the target by 10%; the next step waits a week (302,400 blocks).
		assert_eq!(motion(set_target_supply(target + target / 10), &members[..2]), Some(Ok(())));
		assert_eq!(pallet_diem::Curve::<Runtime>::get().target_supply, target + target / 10);
		assert_eq!(diem_runtime::governance::OperatorTargetPeriod::get(), 7 * 43_200);
		assert_eq!(
			motion(set_target_supply(target), &members[1..]),
			Some(Err(pallet_diem::Error::<Runtime>::OperatorStepTooSoon.into()))
		);
	});
}
