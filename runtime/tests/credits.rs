//! Compute credits on the assembled `development` chain, with the real `pallet-assets` and
//! `pallet-asset-conversion` (design §9): a user buys DIEM on the DEX and is metered; and the
//! attacks on the "$1 a DIEM a day" promise: a stake placed just in time, DIEM passed between
//! accounts, many minimum stakes for rounding, and the standard pallets' calls on the custody
//! account. The dev chain's credit day is a minute: 30 blocks of 2 s.

#![allow(clippy::unwrap_used, clippy::arithmetic_side_effects)]

mod common;

use common::*;
use diem_runtime::{Assets, Credits, Diem, Runtime, RuntimeCall, System, DIEM_ASSET_ID};
use sp_keyring::Sr25519Keyring::{self, Alice, Bob, Charlie, Dave, Eve, Ferdie};
use sp_runtime::{AccountId32, MultiAddress};

const DIEM: u128 = VVV;
/// $1 in micro-USD.
const USD: u128 = 1_000_000;
/// Blocks in a dev credit day.
const DAY_BLOCKS: u32 = 30;

fn credits(call: pallet_credits::Call<Runtime>) -> RuntimeCall {
	RuntimeCall::Credits(call)
}

fn diem_of(who: &AccountId32) -> u128 {
	Assets::balance(DIEM_ASSET_ID, who)
}

/// Runs blocks until the first block of the next credit day.
fn next_day() {
	let today = Credits::today();
	while Credits::today() == today {
		next_block();
	}
}

/// `who` stakes VVV and mints `diem` DIEM through the curve (minting opened by root).
fn mint_diem(who: Sr25519Keyring, diem: u128) -> AccountId32 {
	let who = account(who);
	let _ = root(RuntimeCall::Diem(pallet_diem::Call::set_minting_open { open: true }));
	signed(&who, RuntimeCall::Staking(pallet_vvv_staking::Call::stake { amount: 100_000 * VVV }))
		.unwrap();
	let max_vvv = Diem::quote_mint(diem).unwrap();
	signed(&who, RuntimeCall::Diem(pallet_diem::Call::mint { diem, max_vvv })).unwrap();
	who
}

/// Ferdie (the dev meter) records `entries`; returns `(covered, uncovered)`.
fn meter(entries: Vec<(AccountId32, u128)>) -> (u128, u128) {
	let ferdie = account(Ferdie);
	let call = pallet_credits::Call::record_usage {
		batch_index: Credits::next_batch(&ferdie),
		day: Credits::today(),
		batch: entries,
	};
	signed(&ferdie, credits(call)).unwrap();
	System::events()
		.into_iter()
		.rev()
		.find_map(|record| match record.event {
			diem_runtime::RuntimeEvent::Credits(pallet_credits::Event::UsageRecorded {
				covered,
				uncovered,
				..
			}) => Some((covered, uncovered)),
			_ => None,
		})
		.unwrap()
}

fn check() {
	Credits::do_try_state().unwrap();
	Diem::do_try_state().unwrap();
}

#[test]
fn a_user_buys_diem_on_the_dex_stakes_it_and_is_metered() {
	dev_chain().execute_with(|| {
		let eve = account(Eve);
		let diem = frame_support::traits::fungible::NativeOrWithId::WithId(DIEM_ASSET_ID);
		signed(
			&eve,
			RuntimeCall::AssetConversion(
				pallet_asset_conversion::Call::swap_tokens_for_exact_tokens {
					path: vec![Box::new(usdc()), Box::new(diem.clone())],
					amount_out: 10 * DIEM,
					amount_in_max: 10_000 * USDC,
					send_to: eve.clone(),
					keep_alive: true,
				},
			),
		)
		.unwrap();
		assert_eq!(diem_of(&eve), 10 * DIEM);
		signed(&eve, credits(pallet_credits::Call::stake_diem { amount: 10 * DIEM })).unwrap();
		assert_eq!(diem_of(&eve), 0);
		assert_eq!(diem_of(&Credits::custody()), 10 * DIEM);
		assert_eq!(meter(vec![(eve.clone(), USD)]), (0, USD), "not before the next day");

		next_day();
		assert_eq!(
			meter(vec![(eve.clone(), 4 * USD), (eve.clone(), 9 * USD)]),
			(10 * USD, 3 * USD)
		);
		let info = Credits::credits(&eve);
		assert_eq!((info.used_today, info.remaining_today), (10 * USD, 0));
		next_day();
		assert_eq!(Credits::credits(&eve).remaining_today, 10 * USD, "renewed");

		// Leave and sell the DIEM back.
		signed(&eve, credits(pallet_credits::Call::unstake_diem { amount: 10 * DIEM })).unwrap();
		assert_eq!(Credits::credits(&eve).remaining_today, 0, "stops counting at once");
		next_day();
		next_day();
		signed(&eve, credits(pallet_credits::Call::withdraw_diem {})).unwrap();
		assert_eq!(diem_of(&eve), 10 * DIEM);
		swap_all(&eve, [diem, usdc()], 10 * DIEM).unwrap();
		assert_eq!(diem_of(&eve), 0);
		check();
	});
}

#[test]
fn a_stake_just_in_time_covers_nothing_today() {
	dev_chain().execute_with(|| {
		let bob = mint_diem(Bob, 50 * DIEM);
		next_day();
		// The last block of the day: stake, and have a large usage metered at once.
		while Credits::credits(&bob).next_renewal_block > System::block_number() + 1 {
			next_block();
		}
		signed(&bob, credits(pallet_credits::Call::stake_diem { amount: 50 * DIEM })).unwrap();
		assert_eq!(meter(vec![(bob.clone(), 50 * USD)]), (0, 50 * USD));
		next_block();
		assert_eq!(meter(vec![(bob.clone(), 50 * USD)]), (50 * USD, 0), "from 00:00");
		check();
	});
}

/// Ferdie records `entries` as a late batch of `day`; returns `(covered, uncovered)`.
fn meter_late(day: u32, entries: Vec<(AccountId32, u128)>) -> (u128, u128) {
	let ferdie = account(Ferdie);
	let call = pallet_credits::Call::record_usage {
		batch_index: Credits::next_batch(&ferdie),
		day,
		batch: entries,
	};
	signed(&ferdie, credits(call)).unwrap();
	match System::events().last().map(|record| record.event.clone()) {
		Some(diem_runtime::RuntimeEvent::Credits(pallet_credits::Event::UsageRecorded {
			covered,
			uncovered,
			..
		})) => (covered, uncovered),
		other => panic!("no usage event: {other:?}"),
	}
}

/// The late-batch path (usage served before midnight, recorded after it) gives no more than
/// the day's allowance: a stake made in the day's last block covers nothing of that day, a
/// replayed batch is refused, and what a late batch covers is gone from that day, not today.
#[test]
fn a_late_batch_covers_only_the_allowance_of_its_day() {
	dev_chain().execute_with(|| {
		let bob = mint_diem(Bob, 20 * DIEM);
		signed(&bob, credits(pallet_credits::Call::stake_diem { amount: 10 * DIEM })).unwrap();
		next_day();
		let day = Credits::today();
		assert_eq!(meter(vec![(bob.clone(), 4 * USD)]), (4 * USD, 0));
		// The day's last block: 10 more DIEM staked, counting from tomorrow only.
		while Credits::credits(&bob).next_renewal_block > System::block_number() + 1 {
			next_block();
		}
		signed(&bob, credits(pallet_credits::Call::stake_diem { amount: 10 * DIEM })).unwrap();
		next_block();
		assert_eq!(Credits::today(), day + 1);
		// A late batch of yesterday: $6 was left of yesterday's $10; the fresh stake adds none.
		assert_eq!(meter_late(day, vec![(bob.clone(), 20 * USD)]), (6 * USD, 14 * USD));
		let ferdie = account(Ferdie);
		let replay = pallet_credits::Call::record_usage {
			batch_index: Credits::next_batch(&ferdie) - 1,
			day,
			batch: vec![(bob.clone(), USD)],
		};
		assert!(signed(&ferdie, credits(replay)).is_err(), "a replay is refused");
		// Today Bob has his whole $20.
		assert_eq!(Credits::credits(&bob).remaining_today, 20 * USD);
		assert_eq!(meter(vec![(bob.clone(), 25 * USD)]), (20 * USD, 5 * USD));
		// Once Bob's ledger has today's use, yesterday's is gone: a late batch covers nothing.
		assert_eq!(meter_late(day, vec![(bob.clone(), USD)]), (0, USD));
		check();
	});
}

#[test]
fn diem_passed_between_accounts_gives_a_dollar_a_day_once() {
	dev_chain().execute_with(|| {
		let bob = mint_diem(Bob, 10 * DIEM);
		let charlie = account(Charlie);
		let dave = account(Dave);
		signed(&bob, credits(pallet_credits::Call::stake_diem { amount: 10 * DIEM })).unwrap();
		next_day();
		let everyone = || {
			vec![(bob.clone(), 100 * USD), (charlie.clone(), 100 * USD), (dave.clone(), 100 * USD)]
		};
		// Bob uses his $10, unstakes, and can neither move the DIEM nor use it again today.
		assert_eq!(meter(everyone()).0, 10 * USD);
		signed(&bob, credits(pallet_credits::Call::unstake_diem { amount: 10 * DIEM })).unwrap();
		assert!(signed(&bob, credits(pallet_credits::Call::withdraw_diem {})).is_err());
		assert_eq!(meter(everyone()).0, 0);
		// After the cooldown: to Charlie, who stakes; to Dave the next day. Each day covers at
		// most the 10 DIEM's $10, in total over all three.
		next_day();
		assert_eq!(meter(everyone()).0, 0, "cooling down");
		next_day();
		signed(&bob, credits(pallet_credits::Call::withdraw_diem {})).unwrap();
		signed(
			&bob,
			RuntimeCall::Assets(pallet_assets::Call::transfer {
				id: DIEM_ASSET_ID.into(),
				target: MultiAddress::Id(charlie.clone()),
				amount: 10 * DIEM,
			}),
		)
		.unwrap();
		signed(&charlie, credits(pallet_credits::Call::stake_diem { amount: 10 * DIEM })).unwrap();
		assert_eq!(meter(everyone()).0, 0, "Charlie's stake counts from tomorrow");
		next_day();
		assert_eq!(meter(everyone()).0, 10 * USD);
		assert_eq!(meter(everyone()).0, 0);
		for record in Credits::day_summary(10) {
			assert!(record.used <= 10 * USD, "day {} used {}", record.day, record.used);
		}
		check();
	});
}

#[test]
fn many_minimum_stakes_round_down_never_up() {
	dev_chain().execute_with(|| {
		let bob = mint_diem(Bob, 10 * DIEM);
		// 0.1 DIEM and 999,999,999,999 planck: 0.100000999… DIEM, $0.100000 each.
		let odd = DIEM / 10 + 999_999_999_999;
		let holders = [Charlie, Dave, Eve, Alice].map(account);
		for holder in &holders {
			signed(
				&bob,
				RuntimeCall::Assets(pallet_assets::Call::transfer {
					id: DIEM_ASSET_ID.into(),
					target: MultiAddress::Id(holder.clone()),
					amount: odd,
				}),
			)
			.unwrap();
			signed(holder, credits(pallet_credits::Call::stake_diem { amount: odd })).unwrap();
		}
		next_day();
		let (covered, _) = meter(holders.iter().map(|h| (h.clone(), USD)).collect());
		assert_eq!(covered, 4 * 100_000);
		assert!(covered * DIEM <= 4 * odd * USD);
		check();
	});
}

#[test]
fn no_standard_call_moves_or_freezes_the_custody_accounts_diem() {
	dev_chain().execute_with(|| {
		let bob = mint_diem(Bob, 10 * DIEM);
		signed(&bob, credits(pallet_credits::Call::stake_diem { amount: 10 * DIEM })).unwrap();
		let custody = Credits::custody();
		let attacker = account(Charlie);
		let sudo = |call: RuntimeCall| {
			root(RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(call) }))
		};
		let id = || DIEM_ASSET_ID.into();
		let attempts = vec![
			RuntimeCall::Assets(pallet_assets::Call::force_transfer {
				id: id(),
				source: MultiAddress::Id(custody.clone()),
				dest: MultiAddress::Id(attacker.clone()),
				amount: DIEM,
			}),
			RuntimeCall::Assets(pallet_assets::Call::freeze {
				id: id(),
				who: MultiAddress::Id(custody.clone()),
			}),
			RuntimeCall::Assets(pallet_assets::Call::block {
				id: id(),
				who: MultiAddress::Id(custody.clone()),
			}),
			RuntimeCall::Assets(pallet_assets::Call::transfer_approved {
				id: id(),
				owner: MultiAddress::Id(custody.clone()),
				destination: MultiAddress::Id(attacker.clone()),
				amount: DIEM,
			}),
		];
		for call in attempts {
			assert!(signed(&attacker, call.clone()).is_err(), "{call:?} signed");
			let _ = sudo(call.clone());
			assert_eq!(diem_of(&custody), 10 * DIEM, "{call:?} by root");
		}
		// No asset can be created by a signed account, so no junk asset can take the custody
		// account's consumer slots.
		assert!(signed(
			&attacker,
			RuntimeCall::Assets(pallet_assets::Call::create {
				id: 77.into(),
				admin: MultiAddress::Id(attacker.clone()),
				min_balance: 1,
			})
		)
		.is_err());
		check();
		// Bob still gets his DIEM back.
		signed(&bob, credits(pallet_credits::Call::unstake_diem { amount: 10 * DIEM })).unwrap();
		next_day();
		next_day();
		signed(&bob, credits(pallet_credits::Call::withdraw_diem {})).unwrap();
		assert_eq!(diem_of(&bob), 10 * DIEM);
	});
}

#[test]
fn the_dev_chain_meters_with_ferdie_on_one_minute_days() {
	dev_chain().execute_with(|| {
		assert_eq!(pallet_credits::DayLength::<Runtime>::get(), 60);
		assert_eq!(
			pallet_credits::Meters::<Runtime>::get(account(Ferdie)),
			Some(pallet_credits::MeterState { registered: true, next_batch: 0 })
		);
		let bob = account(Bob);
		let call = pallet_credits::Call::record_usage {
			batch_index: 0,
			day: Credits::today(),
			batch: vec![(bob.clone(), 1)],
		};
		assert!(signed(&bob, credits(call)).is_err());
		next_day();
		let start = System::block_number();
		next_day();
		assert_eq!(System::block_number() - start, DAY_BLOCKS);
	});
}

/// How many usage entries one 2 s block takes, from the runtime's own weights: full batches
/// of `MAX_USAGE_BATCH` entries, each charged its call, the extrinsic base and the transaction
/// extensions, within the normal class's share of the block.
#[test]
fn usage_entries_per_block() {
	use frame_support::dispatch::{DispatchClass, GetDispatchInfo};
	use sp_runtime::traits::TransactionExtension;
	dev_chain().execute_with(|| {
		let batch_len = diem_runtime::configs::MAX_USAGE_BATCH;
		let call = credits(pallet_credits::Call::record_usage {
			batch_index: 0,
			day: Credits::today(),
			batch: (0..batch_len).map(|i| (AccountId32::new([i as u8; 32]), USD)).collect(),
		});
		let weights = <Runtime as frame_system::Config>::BlockWeights::get();
		let normal = weights.get(DispatchClass::Normal);
		let extension: diem_runtime::TxExtension = (
			frame_system::CheckNonZeroSender::new(),
			frame_system::CheckSpecVersion::new(),
			frame_system::CheckTxVersion::new(),
			frame_system::CheckGenesis::new(),
			frame_system::CheckEra::from(sp_runtime::generic::Era::Immortal),
			frame_system::CheckNonce::from(0),
			frame_system::CheckWeight::new(),
			pallet_transaction_payment::ChargeTransactionPayment::from(0),
			frame_metadata_hash_extension::CheckMetadataHash::new(false),
			frame_system::WeightReclaim::new(),
		);
		let extensions = extension.weight(&call);
		let per_batch = call.get_dispatch_info().call_weight + normal.base_extrinsic + extensions;
		let budget = normal.max_total.unwrap();
		let batches = budget.ref_time() / per_batch.ref_time();
		let entries = batches * u64::from(batch_len);
		println!(
			"record_usage({batch_len}): {} µs a batch with its extension and base weights; \
			 {batches} batches = {entries} entries in a block's {} ms normal budget",
			per_batch.ref_time() / 1_000_000,
			budget.ref_time() / 1_000_000_000
		);
		assert!(entries >= 10_000, "a block meters {entries} entries");
	});
}
