//! Fee redistribution on the assembled runtime (design §4, "Fee redistribution"): the stakers'
//! second source of yield. On the `development` chain (20% of every purchase and of every fee
//! to stakers):
//! - an epoch's purchase splits into burned and streamed VVV exactly, total issuance falls by
//!   the burned part only, and the staking pallet's stream receives the streamed part;
//! - two stakers with different stakes receive the streamed part pro rata, to a planck or two;
//! - a signed transaction's fee share reaches the stakers' stream at the end of its block.
//!
//! And the production preset streams nothing until governance sets the shares; with nothing
//! staked the runtime's stream refuses, so the buy-burn burns the share instead.

#![allow(clippy::unwrap_used, clippy::arithmetic_side_effects, clippy::indexing_slicing)]

mod common;

use codec::Encode;
use common::*;
use diem_runtime::{
	Balances, BuyBurn, Executive, Runtime, RuntimeCall, RuntimeEvent, Staking, System,
};
use frame_support::traits::fungible::Inspect;
use pallet_buyburn::{Event as BuyBurnEvent, StakerRewards};
use sp_keyring::Sr25519Keyring::{self, Bob, Charlie, Dave, Eve, Ferdie};
use sp_runtime::{MultiAddress, MultiSignature, Perbill};

/// Ends the current block (`on_idle`, `on_finalize`) without starting the next: every event
/// of the block.
fn finish_block() -> Vec<RuntimeEvent> {
	Executive::finalize_block();
	System::events().into_iter().map(|record| record.event).collect()
}

/// Starts the block after the one [`finish_block`] ended.
fn start_next_block() {
	start_block(System::block_number() + 1);
}

/// What the staking pallet's stream received from the buy-burn pot in `events`.
fn streamed_into_staking(events: &[RuntimeEvent]) -> u128 {
	let pot = BuyBurn::pot();
	events
		.iter()
		.filter_map(|event| match event {
			RuntimeEvent::Staking(pallet_vvv_staking::Event::RewardsDistributed {
				who,
				amount,
				..
			}) if *who == pot => Some(*amount),
			_ => None,
		})
		.sum()
}

/// `who`'s rewards not claimed yet.
fn rewards_of(who: Sr25519Keyring) -> u128 {
	Staking::staker(&account(who)).pending_rewards
}

#[test]
fn the_presets_shares() {
	for preset in
		[sp_genesis_builder::DEV_RUNTIME_PRESET, sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET]
	{
		genesis_state(preset).execute_with(|| {
			assert_eq!(pallet_buyburn::StakerShare::<Runtime>::get(), Perbill::from_percent(20));
			assert_eq!(
				pallet_buyburn::FeeShares::<Runtime>::get().stakers,
				Perbill::from_percent(20)
			);
			assert_eq!(pallet_buyburn::FeeShares::<Runtime>::get().burn, Perbill::from_percent(50));
		});
	}
	genesis_state(diem_runtime::genesis_config_presets::PRODUCTION_RUNTIME_PRESET).execute_with(
		|| {
			assert_eq!(pallet_buyburn::StakerShare::<Runtime>::get(), Perbill::zero());
			assert_eq!(pallet_buyburn::FeeShares::<Runtime>::get().stakers, Perbill::zero());
		},
	);
}

#[test]
fn an_epochs_purchase_is_burned_and_streamed_to_stakers_pro_rata() {
	dev_chain().execute_with(|| {
		let (bob, charlie, dave) = (account(Bob), account(Charlie), account(Dave));
		// Only the stream pays rewards from here on, and one epoch only.
		root(RuntimeCall::Staking(pallet_vvv_staking::Call::set_annual_emission { emission: 0 }))
			.unwrap();
		root(RuntimeCall::BuyBurn(pallet_buyburn::Call::set_parameters {
			burn_period: Some(1_000_000),
			burn_share: None,
			max_price_impact: None,
			fee_burn_share: None,
			staker_share: None,
			fee_staker_share: None,
		}))
		.unwrap();
		// Bob stakes three times what Charlie stakes.
		let stake = |who: &_, amount| {
			signed(who, RuntimeCall::Staking(pallet_vvv_staking::Call::stake { amount })).unwrap()
		};
		stake(&bob, 300_000 * VVV);
		stake(&charlie, 100_000 * VVV);
		next_block();
		let (bob_before, charlie_before) = (rewards_of(Bob), rewards_of(Charlie));

		// 14,000 USDC of revenue: a 7,000 USDC budget, one purchase within the impact cap
		// (7,490.64 USDC on the genesis pool).
		let deposit = pallet_buyburn::Call::deposit_revenue { amount: 14_000 * USDC };
		signed(&dave, RuntimeCall::BuyBurn(deposit)).unwrap();
		root(RuntimeCall::BuyBurn(pallet_buyburn::Call::force_epoch {})).unwrap();
		let (issuance, pool_vvv) = (Balances::total_issuance(), pool().1);
		let staking_pot = Balances::balance(&Staking::pot());
		let events = finish_block();
		let purchases: Vec<_> = events
			.iter()
			.filter_map(|event| match event {
				RuntimeEvent::BuyBurn(BuyBurnEvent::Burned { spent, burned, streamed, .. }) => {
					Some((*spent, *burned, *streamed))
				}
				_ => None,
			})
			.collect();
		let [(spent, burned, streamed)] = purchases[..] else { panic!("{events:?}") };
		let bought = pool_vvv - pool().1;
		assert_eq!(spent, 7_000 * USDC);
		assert_eq!(burned + streamed, bought, "VVV bought = burned + streamed");
		assert_eq!(streamed, Perbill::from_percent(20).mul_floor(bought), "the remainder burns");
		assert!(streamed > 400 * VVV, "about 2,300 VVV bought: {bought}");
		// §7.1: only the burn lowers the issuance; the stream is a transfer to staking's pot.
		assert_eq!(issuance - Balances::total_issuance(), burned);
		assert_eq!(Balances::balance(&Staking::pot()) - staking_pot, streamed);
		assert_eq!(streamed_into_staking(&events), streamed);
		assert_eq!(Balances::balance(&BuyBurn::pot()), diem_runtime::EXISTENTIAL_DEPOSIT);
		let epoch = pallet_buyburn::CurrentEpoch::<Runtime>::get();
		assert_eq!((epoch.spent, epoch.burned, epoch.streamed), (spent, burned, streamed));
		assert_eq!(pallet_buyburn::TotalStreamed::<Runtime>::get(), streamed);
		start_next_block();

		// The stream's period (and a block for its end), then every planck of it was paid.
		let mut blocks = 0;
		while pallet_vvv_staking::Stream::<Runtime>::get().pending > 0 {
			next_block();
			blocks += 1;
			assert!(blocks < 100, "the stream ends");
		}
		let period = pallet_vvv_staking::DistributionPeriod::<Runtime>::get();
		assert!(blocks <= period + 1, "{blocks} blocks for a period of {period}");
		let (bob_got, charlie_got) =
			(rewards_of(Bob) - bob_before, rewards_of(Charlie) - charlie_before);
		// Pro rata: the stream splits over the whole stake (the treasury's part of locked stake
		// included), as the emission does.
		let total = pallet_vvv_staking::TotalStaked::<Runtime>::get();
		let expected = |stake: u128| {
			sp_runtime::helpers_128bit::multiply_by_rational_with_rounding(
				streamed,
				stake,
				total,
				sp_runtime::Rounding::Down,
			)
			.unwrap()
		};
		println!(
			"{streamed} streamed of {bought} bought: Bob {bob_got}, Charlie {charlie_got}, of a \
			 total stake of {total}"
		);
		assert!(bob_got.abs_diff(expected(300_000 * VVV)) <= 2, "Bob got {bob_got}");
		assert!(charlie_got.abs_diff(expected(100_000 * VVV)) <= 2, "Charlie got {charlie_got}");
		assert!(bob_got.abs_diff(3 * charlie_got) <= 3, "{bob_got} ≠ 3 × {charlie_got}");
		// Claimed, it is theirs.
		let free = vvv_of(&bob);
		signed(&bob, RuntimeCall::Staking(pallet_vvv_staking::Call::claim_rewards {})).unwrap();
		assert_eq!(vvv_of(&bob) - free, bob_before + bob_got);
		Staking::do_try_state().unwrap();
		BuyBurn::do_try_state().unwrap();
	});
}

/// Eve signs `call` with her next nonce; the extrinsic the node would include.
fn signed_extrinsic(call: RuntimeCall) -> diem_runtime::UncheckedExtrinsic {
	let eve = account(Eve);
	let nonce = System::account_nonce(&eve);
	let extension: diem_runtime::TxExtension = (
		frame_system::CheckNonZeroSender::new(),
		frame_system::CheckSpecVersion::new(),
		frame_system::CheckTxVersion::new(),
		frame_system::CheckGenesis::new(),
		frame_system::CheckEra::from(sp_runtime::generic::Era::Immortal),
		frame_system::CheckNonce::from(nonce),
		frame_system::CheckWeight::new(),
		pallet_transaction_payment::ChargeTransactionPayment::from(0),
		frame_metadata_hash_extension::CheckMetadataHash::new(false),
		frame_system::WeightReclaim::new(),
	);
	let payload = diem_runtime::SignedPayload::new(call.clone(), extension.clone()).unwrap();
	let signature = payload.using_encoded(|bytes| Eve.sign(bytes));
	diem_runtime::UncheckedExtrinsic::new_signed(
		call,
		MultiAddress::Id(eve),
		MultiSignature::Sr25519(signature),
		extension,
	)
}

#[test]
fn a_transactions_fee_share_reaches_the_stakers_stream() {
	dev_chain().execute_with(|| {
		let treasury = diem_runtime::configs::treasury_account();
		let (treasury_before, issuance) = (vvv_of(&treasury), Balances::total_issuance());
		let pending_before = pallet_vvv_staking::Stream::<Runtime>::get().pending;
		let call = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: MultiAddress::Id(account(Ferdie)),
			value: VVV,
		});
		let applied = Executive::apply_extrinsic(signed_extrinsic(call)).unwrap();
		assert!(applied.is_ok(), "{applied:?}");
		let fee = System::events()
			.into_iter()
			.find_map(|record| match record.event {
				RuntimeEvent::TransactionPayment(
					pallet_transaction_payment::Event::TransactionFeePaid { actual_fee, .. },
				) => Some(actual_fee),
				_ => None,
			})
			.unwrap();
		assert!(fee > 0);
		// Half burned, a fifth set aside for stakers (both rounded down), the rest to the
		// treasury.
		let to_stakers = Perbill::from_percent(20).mul_floor(fee);
		let burned = Perbill::from_percent(50).mul_floor(fee);
		assert_eq!(pallet_buyburn::PendingFeeRewards::<Runtime>::get(), to_stakers);
		assert_eq!(issuance - Balances::total_issuance(), burned);
		assert_eq!(vvv_of(&treasury) - treasury_before, fee - burned - to_stakers);
		println!("a transfer's fee: {fee} planck, {to_stakers} of it to stakers");

		let events = finish_block();
		assert!(events.contains(&RuntimeEvent::BuyBurn(BuyBurnEvent::FeeRewardsForwarded {
			streamed: to_stakers,
			burned: 0,
		})));
		assert_eq!(streamed_into_staking(&events), to_stakers);
		assert_eq!(
			pallet_vvv_staking::Stream::<Runtime>::get().pending,
			pending_before + to_stakers
		);
		assert_eq!(pallet_buyburn::PendingFeeRewards::<Runtime>::get(), 0);
		assert_eq!(Balances::balance(&BuyBurn::pot()), diem_runtime::EXISTENTIAL_DEPOSIT);
		start_next_block();
		BuyBurn::do_try_state().unwrap();
	});
}

#[test]
fn with_nothing_staked_the_stream_refuses_and_nothing_moves() {
	genesis(diem_runtime::genesis_config_presets::PRODUCTION_RUNTIME_PRESET).execute_with(|| {
		assert_eq!(pallet_vvv_staking::TotalStaked::<Runtime>::get(), 0);
		let pot = BuyBurn::pot();
		let _ = <Balances as frame_support::traits::fungible::Mutate<_>>::mint_into(&pot, VVV);
		let root = sp_io::storage::root(sp_runtime::StateVersion::V1);
		let refused = diem_runtime::configs::StakingRewardStream::distribute(&pot, VVV / 2);
		assert_eq!(refused, Err(pallet_vvv_staking::Error::<Runtime>::NoStakers.into()));
		assert_eq!(sp_io::storage::root(sp_runtime::StateVersion::V1), root);
		// The buy-burn then burns the share: that path is the pallet's tests'.
		assert_eq!(Balances::balance(&pot), diem_runtime::EXISTENTIAL_DEPOSIT + VVV);
	});
}
