//! The holes a read of the assembled runtime found (issue 10), each as an attack on the
//! `development` chain with the real `pallet-assets`, `pallet-asset-conversion` and
//! `pallet-balances`: every test failed on the runtime before the fix.

#![allow(clippy::unwrap_used, clippy::arithmetic_side_effects)]

mod common;

use common::*;
use diem_runtime::{
	Assets, Balances, BuyBurn, Diem, Runtime, RuntimeCall, Staking, DIEM_ASSET_ID,
	EXISTENTIAL_DEPOSIT, USDC_ASSET_ID,
};
use frame_support::traits::{fungible::Inspect, fungibles::Inspect as _};
use sp_keyring::Sr25519Keyring::{Alice, Charlie, Dave, Eve};
use sp_runtime::{MultiAddress, Perbill};

const DIEM: u128 = VVV;

fn sudo(call: RuntimeCall) -> RuntimeCall {
	RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(call) })
}

/// Charlie stakes 10,000 VVV and mints 10 DIEM.
fn charlie_mints() -> sp_runtime::AccountId32 {
	let charlie = account(Charlie);
	root(RuntimeCall::Diem(pallet_diem::Call::set_minting_open { open: true })).unwrap();
	signed(
		&charlie,
		RuntimeCall::Staking(pallet_vvv_staking::Call::stake { amount: 10_000 * VVV }),
	)
	.unwrap();
	let max_vvv = Diem::quote_mint(10 * DIEM).unwrap();
	signed(&charlie, RuntimeCall::Diem(pallet_diem::Call::mint { diem: 10 * DIEM, max_vvv }))
		.unwrap();
	charlie
}

fn assets(call: pallet_assets::Call<Runtime, pallet_assets::Instance1>) -> RuntimeCall {
	RuntimeCall::Assets(call)
}

fn filtered(result: frame_support::dispatch::DispatchResultWithPostInfo) -> bool {
	result.is_err_and(|e| e.error == frame_system::Error::<Runtime>::CallFiltered.into())
}

#[test]
fn diem_cannot_be_burned_frozen_or_destroyed_outside_the_diem_pallet() {
	dev_chain().execute_with(|| {
		let charlie = charlie_mints();
		let alice = account(Alice);
		let id = codec::Compact(DIEM_ASSET_ID);
		let who = MultiAddress::Id(charlie.clone());
		// The holder's own path to burning: touch, then refund with burn.
		let _ = signed(&charlie, assets(pallet_assets::Call::touch { id }));
		assert!(filtered(signed(
			&charlie,
			assets(pallet_assets::Call::refund { id, allow_burn: true })
		)));
		// Root's paths, through sudo.
		for call in [
			pallet_assets::Call::force_asset_status {
				id,
				owner: MultiAddress::Id(alice.clone()),
				issuer: MultiAddress::Id(alice.clone()),
				admin: MultiAddress::Id(alice.clone()),
				freezer: MultiAddress::Id(alice.clone()),
				min_balance: 1,
				is_sufficient: false,
				is_frozen: true,
			},
			pallet_assets::Call::start_destroy { id },
			pallet_assets::Call::freeze_asset { id },
			pallet_assets::Call::force_transfer {
				id,
				source: who.clone(),
				dest: MultiAddress::Id(alice.clone()),
				amount: DIEM,
			},
			pallet_assets::Call::burn { id, who: who.clone(), amount: DIEM },
			pallet_assets::Call::mint { id, beneficiary: who.clone(), amount: DIEM },
		] {
			assert!(filtered(signed(&alice, sudo(assets(call.clone())))), "{call:?}");
		}
		// The same calls on USDC are not refused by the filter.
		let usdc = codec::Compact(USDC_ASSET_ID);
		assert!(!filtered(signed(
			&alice,
			sudo(assets(pallet_assets::Call::freeze_asset { id: usdc }))
		)));
		// A holder's own transfers of DIEM are fine, and the supply is still the positions'.
		let dave = account(Dave);
		signed(
			&charlie,
			assets(pallet_assets::Call::transfer {
				id,
				target: MultiAddress::Id(dave),
				amount: DIEM,
			}),
		)
		.unwrap();
		assert_eq!(
			Assets::total_issuance(DIEM_ASSET_ID),
			pallet_diem::TotalMinted::<Runtime>::get()
		);
		Diem::do_try_state().unwrap();
		// And the position can be repaid in full.
		signed(&charlie, RuntimeCall::Diem(pallet_diem::Call::repay { diem: 9 * DIEM })).unwrap();
		assert_eq!(pallet_diem::Positions::<Runtime>::get(&charlie).unwrap().minted, DIEM);
	});
}

#[test]
fn no_account_lives_on_an_asset_balance_without_a_vvv_deposit() {
	dev_chain().execute_with(|| {
		let charlie = charlie_mints();
		let fresh = sp_runtime::AccountId32::new([7u8; 32]);
		let id = codec::Compact(DIEM_ASSET_ID);
		// One planck of DIEM (or USDC) to an account without VVV does not create it.
		let to_fresh = |id| {
			assets(pallet_assets::Call::transfer {
				id,
				target: MultiAddress::Id(fresh.clone()),
				amount: 1,
			})
		};
		assert!(signed(&charlie, to_fresh(id)).is_err());
		assert!(signed(&charlie, to_fresh(codec::Compact(USDC_ASSET_ID))).is_err());
		assert!(!frame_system::Account::<Runtime>::contains_key(&fresh));
		// A `touch` of an LP token costs the same deposit as any asset account.
		let lp_token =
			pallet_asset_conversion::Pools::<Runtime>::get((native(), usdc())).unwrap().lp_token;
		let reserved = Balances::reserved_balance(&charlie);
		signed(&charlie, RuntimeCall::PoolAssets(pallet_assets::Call::touch { id: lp_token }))
			.unwrap();
		let deposit = Balances::reserved_balance(&charlie) - reserved;
		assert!(deposit >= EXISTENTIAL_DEPOSIT, "touch deposit {deposit}");
	});
}

#[test]
fn a_stake_placed_before_a_large_distribution_takes_only_its_blocks_share() {
	dev_chain().execute_with(|| {
		let (charlie, eve, dave) = (account(Charlie), account(Eve), account(Dave));
		let stake = |who: &sp_runtime::AccountId32, amount| {
			signed(who, RuntimeCall::Staking(pallet_vvv_staking::Call::stake { amount })).unwrap()
		};
		stake(&charlie, 1_000 * VVV);
		next_block();
		// Eve stakes 9,000 VVV just before Dave distributes 10,000 VVV, and leaves next block.
		stake(&eve, 9_000 * VVV);
		// Her share of the stake (with Charlie's and the dev genesis stake).
		let share = (9_000 * VVV) as f64 / pallet_vvv_staking::TotalStaked::<Runtime>::get() as f64;
		let distribute = pallet_vvv_staking::Call::distribute_rewards { amount: 10_000 * VVV };
		signed(&dave, RuntimeCall::Staking(distribute)).unwrap();
		next_block();
		let unstake = pallet_vvv_staking::Call::unstake { amount: 9_000 * VVV };
		signed(&eve, RuntimeCall::Staking(unstake)).unwrap();
		advance(20);
		let eve_rewards = Staking::staker(&eve).pending_rewards as f64;
		// One block of the 10-block stream at her share (plus a block's emission), not the
		// 10,000 VVV × her share an instant credit gave.
		let one_block = (1_000 * VVV) as f64 * share;
		assert!(eve_rewards < one_block * 10.0 / 9.0, "{eve_rewards} for {one_block}");
		assert!(eve_rewards > one_block * 8.0 / 9.0, "{eve_rewards} for {one_block}");
		Staking::do_try_state().unwrap();
	});
}

#[test]
fn the_buy_burn_budget_never_exceeds_the_pot() {
	dev_chain().execute_with(|| {
		let dave = account(Dave);
		let set = |impact: Option<Perbill>, share: Option<Perbill>| {
			root(RuntimeCall::BuyBurn(pallet_buyburn::Call::set_parameters {
				burn_period: None,
				burn_share: share,
				max_price_impact: impact,
				fee_burn_share: None,
				staker_share: None,
				fee_staker_share: None,
			}))
			.unwrap()
		};
		let deposit = |amount| {
			signed(&dave, RuntimeCall::BuyBurn(pallet_buyburn::Call::deposit_revenue { amount }))
				.unwrap()
		};
		// A purchase of about 1,500 units would leave the pot 800 units, below USDC's minimum
		// balance of 1,000, which the DEX would take along for nothing (and the budget, which
		// fell only by the spend, would exceed the pot).
		set(Some(Perbill::from_parts(1)), Some(Perbill::one()));
		deposit(1_800);
		root(RuntimeCall::BuyBurn(pallet_buyburn::Call::force_epoch {})).unwrap();
		deposit(500);
		next_block();
		// The purchase left the pot exactly its minimum balance: 1,300 spent, nothing given.
		assert_eq!(BuyBurn::pot_revenue(), 1_000);
		assert_eq!(pallet_buyburn::TotalSpent::<Runtime>::get(), 1_300);
		assert_eq!(pallet_buyburn::Budget::<Runtime>::get(), 500);
		// The 500 left of the budget would leave 500 units: it waits for more revenue.
		let mut skipped = vec![];
		for _ in 0..8 {
			for event in next_block() {
				if let pallet_buyburn::Event::BuySkipped { reason } = event {
					skipped.push(reason);
				}
			}
			let (budget, pot) = (pallet_buyburn::Budget::<Runtime>::get(), BuyBurn::pot_revenue());
			assert!(budget <= pot, "budget {budget} > pot {pot}");
			BuyBurn::do_try_state().unwrap();
		}
		assert!(skipped.contains(&pallet_buyburn::SkipReason::WouldLeaveDust), "{skipped:?}");
		assert_eq!(BuyBurn::pot_revenue(), 1_000, "nothing was given away");
	});
}

#[test]
fn staking_leaves_enough_free_vvv_for_the_next_fees() {
	dev_chain().execute_with(|| {
		let charlie = account(Charlie);
		let free = Balances::balance(&charlie);
		let everything = pallet_vvv_staking::Call::stake { amount: free - EXISTENTIAL_DEPOSIT };
		let error = signed(&charlie, RuntimeCall::Staking(everything)).unwrap_err().error;
		assert_eq!(error, pallet_vvv_staking::Error::<Runtime>::NoFeeReserve.into());
		let reserve = 10 * EXISTENTIAL_DEPOSIT;
		let most = pallet_vvv_staking::Call::stake { amount: free - EXISTENTIAL_DEPOSIT - reserve };
		signed(&charlie, RuntimeCall::Staking(most)).unwrap();
		assert_eq!(Balances::balance(&charlie), EXISTENTIAL_DEPOSIT + reserve);
	});
}

#[test]
fn small_holes_answer_with_the_right_error() {
	dev_chain().execute_with(|| {
		let (charlie, dave) = (account(Charlie), account(Dave));
		// All of an account's USDC can be paid in as revenue.
		let all = Assets::balance(USDC_ASSET_ID, &dave);
		let deposit = pallet_buyburn::Call::deposit_revenue { amount: all };
		signed(&dave, RuntimeCall::BuyBurn(deposit)).unwrap();
		assert_eq!(Assets::balance(USDC_ASSET_ID, &dave), 0);
		// Withdrawing with no chunk at all says there is nothing to withdraw.
		let stake = pallet_vvv_staking::Call::stake { amount: VVV };
		signed(&charlie, RuntimeCall::Staking(stake)).unwrap();
		let withdraw = pallet_vvv_staking::Call::withdraw_unstaked {};
		let error = signed(&charlie, RuntimeCall::Staking(withdraw)).unwrap_err().error;
		assert_eq!(error, pallet_vvv_staking::Error::<Runtime>::NothingToWithdraw.into());
	});
}
