//! The DIEM guard through every wrapper and every dispatch-as path (design §13): DIEM staked for
//! credits sits in a keyless custody account, and no batch, proxy, multisig, scheduled call,
//! operator motion, `sudo_as` or `dispatch_as` moves it. Every attempt is refused by the call
//! filter by name (`CallFiltered`) and leaves the custody's DIEM where it was.

#![allow(clippy::unwrap_used, clippy::arithmetic_side_effects)]

mod common;

use common::*;
use diem_runtime::{
	call_filter::is_keyless, AccountId, Assets, Credits, OriginCaller, Runtime, RuntimeCall,
	DIEM_ASSET_ID,
};
use frame_support::dispatch::DispatchResultWithPostInfo;
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie, Dave, Eve};
use sp_runtime::MultiAddress;

const DIEM: u128 = VVV;

/// Eve stakes VVV, mints 100 DIEM and stakes it for credits: the custody holds it.
fn custody_with_diem() -> AccountId {
	let eve = account(Eve);
	root(RuntimeCall::Diem(pallet_diem::Call::set_minting_open { open: true })).unwrap();
	signed(&eve, RuntimeCall::Staking(pallet_vvv_staking::Call::stake { amount: 100_000 * VVV }))
		.unwrap();
	let max_vvv = diem_runtime::Diem::quote_mint(100 * DIEM).unwrap();
	signed(&eve, RuntimeCall::Diem(pallet_diem::Call::mint { diem: 100 * DIEM, max_vvv })).unwrap();
	signed(&eve, RuntimeCall::Credits(pallet_credits::Call::stake_diem { amount: 100 * DIEM }))
		.unwrap();
	let custody = Credits::custody();
	assert!(Assets::balance(DIEM_ASSET_ID, &custody) >= 100 * DIEM);
	custody
}

/// The custody's DIEM to Dave, as the custody would sign it.
fn steal() -> RuntimeCall {
	RuntimeCall::Assets(pallet_assets::Call::transfer {
		id: codec::Compact(DIEM_ASSET_ID),
		target: MultiAddress::Id(account(Dave)),
		amount: 100 * DIEM,
	})
}

fn sudo(call: RuntimeCall) -> RuntimeCall {
	RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(call) })
}

fn sudo_as(who: &AccountId, call: RuntimeCall) -> RuntimeCall {
	RuntimeCall::Sudo(pallet_sudo::Call::sudo_as {
		who: MultiAddress::Id(who.clone()),
		call: Box::new(call),
	})
}

fn dispatch_as(who: &AccountId, call: RuntimeCall) -> RuntimeCall {
	RuntimeCall::Utility(pallet_utility::Call::dispatch_as {
		as_origin: Box::new(OriginCaller::system(frame_system::RawOrigin::Signed(who.clone()))),
		call: Box::new(call),
	})
}

fn batch(calls: Vec<RuntimeCall>) -> RuntimeCall {
	RuntimeCall::Utility(pallet_utility::Call::batch { calls })
}

fn filtered(result: DispatchResultWithPostInfo) -> bool {
	result.is_err_and(|e| e.error == frame_system::Error::<Runtime>::CallFiltered.into())
}

#[test]
fn no_wrapper_or_dispatch_as_moves_diem_out_of_the_credits_custody() {
	dev_chain().execute_with(|| {
		let custody = custody_with_diem();
		let held = Assets::balance(DIEM_ASSET_ID, &custody);
		let alice = account(Alice);
		let bob = account(Bob);
		// Bob is Alice's `Any` proxy; Alice and Bob share a 1-of-2 multisig.
		signed(
			&alice,
			RuntimeCall::Proxy(pallet_proxy::Call::add_proxy {
				delegate: MultiAddress::Id(bob.clone()),
				proxy_type: diem_runtime::wrappers::ProxyType::Any,
				delay: 0,
			}),
		)
		.unwrap();
		let force_transfer = RuntimeCall::Assets(pallet_assets::Call::force_transfer {
			id: codec::Compact(DIEM_ASSET_ID),
			source: MultiAddress::Id(custody.clone()),
			dest: MultiAddress::Id(account(Dave)),
			amount: 100 * DIEM,
		});
		let attempts: Vec<(&str, AccountId, RuntimeCall)> = vec![
			("sudo_as", alice.clone(), sudo_as(&custody, steal())),
			("sudo(sudo_as)", alice.clone(), sudo(sudo_as(&custody, steal()))),
			("sudo(dispatch_as)", alice.clone(), sudo(dispatch_as(&custody, steal()))),
			(
				"sudo(dispatch_as_fallible)",
				alice.clone(),
				sudo(RuntimeCall::Utility(pallet_utility::Call::dispatch_as_fallible {
					as_origin: Box::new(OriginCaller::system(frame_system::RawOrigin::Signed(
						custody.clone(),
					))),
					call: Box::new(steal()),
				})),
			),
			("batch(sudo_as)", alice.clone(), batch(vec![sudo_as(&custody, steal())])),
			(
				"sudo(batch_all(dispatch_as))",
				alice.clone(),
				sudo(RuntimeCall::Utility(pallet_utility::Call::batch_all {
					calls: vec![dispatch_as(&custody, steal())],
				})),
			),
			(
				"sudo(force_batch(force_transfer))",
				alice.clone(),
				sudo(RuntimeCall::Utility(pallet_utility::Call::force_batch {
					calls: vec![force_transfer.clone()],
				})),
			),
			(
				"sudo(with_weight(force_transfer))",
				alice.clone(),
				sudo(RuntimeCall::Utility(pallet_utility::Call::with_weight {
					call: Box::new(force_transfer.clone()),
					weight: Default::default(),
				})),
			),
			(
				"if_else(remark, sudo_as)",
				alice.clone(),
				RuntimeCall::Utility(pallet_utility::Call::if_else {
					main: Box::new(RuntimeCall::System(frame_system::Call::remark {
						remark: vec![],
					})),
					fallback: Box::new(sudo_as(&custody, steal())),
				}),
			),
			(
				"as_derivative(sudo_as)",
				alice.clone(),
				RuntimeCall::Utility(pallet_utility::Call::as_derivative {
					index: 0,
					call: Box::new(sudo_as(&custody, steal())),
				}),
			),
			(
				"proxy(sudo_as)",
				bob.clone(),
				RuntimeCall::Proxy(pallet_proxy::Call::proxy {
					real: MultiAddress::Id(alice.clone()),
					force_proxy_type: None,
					call: Box::new(sudo_as(&custody, steal())),
				}),
			),
			(
				"multisig(sudo(force_transfer))",
				alice.clone(),
				RuntimeCall::Multisig(pallet_multisig::Call::as_multi_threshold_1 {
					other_signatories: vec![bob.clone()],
					call: Box::new(sudo(force_transfer.clone())),
				}),
			),
			(
				"sudo(schedule(dispatch_as))",
				alice.clone(),
				sudo(RuntimeCall::Scheduler(pallet_scheduler::Call::schedule {
					when: 5,
					maybe_periodic: None,
					priority: 0,
					call: Box::new(dispatch_as(&custody, steal())),
				})),
			),
			(
				"operator(dispatch_as)",
				account(Charlie),
				RuntimeCall::Operator(pallet_collective::Call::propose {
					threshold: 1,
					proposal: Box::new(dispatch_as(&custody, steal())),
					length_bound: 1_000,
				}),
			),
		];
		for (name, who, call) in attempts {
			assert!(filtered(signed(&who, call)), "{name} was not refused by the filter");
			assert_eq!(Assets::balance(DIEM_ASSET_ID, &custody), held, "{name} moved DIEM");
		}
		// Scheduled attempts would have run by now.
		advance(10);
		assert_eq!(Assets::balance(DIEM_ASSET_ID, &custody), held);
	});
}

#[test]
fn every_keyless_account_is_recognised_and_no_key_holder_is() {
	dev_chain().execute_with(|| {
		use sp_runtime::traits::{AccountIdConversion, TryConvert};
		let pool =
			diem_runtime::configs::PoolIdToAccountId::try_convert(&(native(), usdc())).unwrap();
		assert!(
			Assets::balance(diem_runtime::USDC_ASSET_ID, &pool) > 0,
			"the genesis pool's account"
		);
		for keyless in [
			Credits::custody(),
			diem_runtime::Staking::pot(),
			diem_runtime::configs::treasury_account(),
			diem_runtime::configs::diem_asset_owner(),
			diem_runtime::configs::BuyBurnPalletId::get().into_account_truncating(),
			pool.clone(),
		] {
			assert!(is_keyless(&keyless), "{keyless:?}");
			assert!(filtered(signed(&account(Alice), sudo_as(&keyless, steal()))));
		}
		for key_holder in [Alice, Bob, Charlie, Dave].map(account) {
			assert!(!is_keyless(&key_holder));
		}
		// Sudo still acts as an account with a key.
		let before = diem_runtime::Balances::free_balance(account(Dave));
		signed(
			&account(Alice),
			sudo_as(
				&account(Bob),
				RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
					dest: account(Dave).into(),
					value: VVV,
				}),
			),
		)
		.unwrap();
		assert_eq!(diem_runtime::Balances::free_balance(account(Dave)), before + VVV);
	});
}
