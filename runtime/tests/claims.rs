//! Claims on the assembled chain (design §16): the dev snapshot's Hardhat keys claim with
//! unsigned extrinsics as the node receives them; every bad claim is refused by the pool's
//! validation by name and never applies; no dispatch as the keyless pot reaches its VVV.

#![allow(clippy::unwrap_used, clippy::arithmetic_side_effects, clippy::indexing_slicing)]

mod common;

use codec::Encode;
use common::*;
use diem_runtime::{
	genesis_config_presets::DEV_CLAIMS, AccountId, Balances, Claims, Executive, OriginCaller,
	Runtime, RuntimeCall, System, UncheckedExtrinsic,
};
use frame_support::{
	storage::{with_transaction, TransactionOutcome},
	traits::{fungible::Inspect, VestingSchedule},
};
use pallet_claims::{message, ClaimState, EcdsaSignature, EthereumAddress};
use sp_core::{ecdsa, Pair};
use sp_keyring::Sr25519Keyring::{Alice, Dave};
use sp_runtime::{
	transaction_validity::{
		InvalidTransaction, TransactionSource, TransactionValidity, TransactionValidityError,
	},
	DispatchError, MultiAddress,
};

/// The Hardhat/Anvil test keys the dev snapshot gives claims to, in [`DEV_CLAIMS`]'s order.
const HARDHAT_KEYS: [&str; 4] = [
	"ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
	"59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
	"5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
	"7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
];

fn hardhat(index: usize) -> ecdsa::Pair {
	let hex = HARDHAT_KEYS[index];
	let seed: Vec<u8> =
		(0..32).map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).unwrap()).collect();
	ecdsa::Pair::from_seed_slice(&seed).unwrap()
}

/// The address of `key`, recovered from a signature as the chain recovers it.
fn address(key: &ecdsa::Pair) -> EthereumAddress {
	let digest = [3u8; 32];
	let public = sp_io::crypto::secp256k1_ecdsa_recover(&key.sign_prehashed(&digest).0, &digest)
		.ok()
		.unwrap();
	message::address_of(&public)
}

/// `key`'s `personal_sign` of `message`, `v` 27 or 28 as MetaMask gives it.
fn personal_sign(key: &ecdsa::Pair, message: &[u8]) -> EcdsaSignature {
	let mut signature = key.sign_prehashed(&message::personal_sign_digest(message)).0;
	signature[64] += 27;
	EcdsaSignature(signature)
}

/// A claim as the node receives it: an unsigned extrinsic.
fn claim_xt(
	dest: &AccountId,
	signer: EthereumAddress,
	signature: EcdsaSignature,
) -> UncheckedExtrinsic {
	UncheckedExtrinsic::new_bare(RuntimeCall::Claims(pallet_claims::Call::claim {
		dest: dest.clone(),
		signer,
		signature,
	}))
}

/// What the pool says of `xt`, changing nothing.
fn pool(xt: UncheckedExtrinsic) -> TransactionValidity {
	with_transaction(|| {
		let validity =
			Executive::validate_transaction(TransactionSource::External, xt, System::parent_hash());
		TransactionOutcome::Rollback(Ok::<_, DispatchError>(validity))
	})
	.unwrap()
}

/// A fresh account that holds nothing, so it could pay no fee.
fn newcomer(seed: u8) -> AccountId {
	AccountId::new([seed; 32])
}

/// The claims' state and every balance: what a refused claim must leave as it was.
fn claims_state() -> (Vec<u8>, Vec<(AccountId, u128)>) {
	let claims = [
		pallet_claims::Claims::<Runtime>::iter().collect::<Vec<_>>().encode(),
		pallet_claims::Claimed::<Runtime>::iter().collect::<Vec<_>>().encode(),
		pallet_claims::Total::<Runtime>::get().encode(),
	]
	.concat();
	let balances =
		frame_system::Account::<Runtime>::iter().map(|(who, info)| (who, info.data.free)).collect();
	(claims, balances)
}

/// Asserts `xt` is refused in the pool with `error`'s code, and refused again if a block
/// applies it anyway, with nothing of the claims or balances changed.
fn assert_refused(xt: UncheckedExtrinsic, error: pallet_claims::Error<Runtime>) {
	let code = pallet_claims::Pallet::<Runtime>::pool_code(&error);
	let before = claims_state();
	assert_eq!(
		pool(xt.clone()),
		Err(TransactionValidityError::Invalid(InvalidTransaction::Custom(code))),
		"{error:?}"
	);
	assert_eq!(
		Executive::apply_extrinsic(xt),
		Err(TransactionValidityError::Invalid(InvalidTransaction::Custom(code)))
	);
	assert_eq!(claims_state(), before);
}

#[test]
fn the_dev_snapshot_is_the_hardhat_keys_and_backed_by_the_pot() {
	dev_chain().execute_with(|| {
		let total: u128 = DEV_CLAIMS.iter().map(|(_, amount, _)| amount).sum();
		assert_eq!(pallet_claims::Total::<Runtime>::get(), total);
		assert_eq!(Balances::balance(&Claims::pot()), total);
		for (index, (_, amount, vesting)) in DEV_CLAIMS.iter().enumerate() {
			assert_eq!(
				Claims::claim_of(address(&hardhat(index))),
				ClaimState::Unclaimed { amount: *amount, vesting: *vesting }
			);
		}
		Claims::do_try_state().unwrap();
	});
}

#[test]
fn an_account_without_vvv_claims_with_an_unsigned_extrinsic() {
	dev_chain().execute_with(|| {
		let dest = newcomer(0xd1);
		let key = hardhat(0);
		let message = Claims::claim_message(&dest);
		// The message names the destination and this chain, in the documented words.
		let expected = format!(
			"Claim VVV to the DIEM account 0x{} on the chain 0x{}",
			hex(dest.as_ref()),
			hex(System::block_hash(0).as_ref())
		);
		assert_eq!(message, expected.as_bytes());
		let xt = claim_xt(&dest, address(&key), personal_sign(&key, &message));
		let valid = pool(xt.clone()).unwrap();
		assert_eq!(valid.longevity, 64);
		Executive::apply_extrinsic(xt.clone()).unwrap().unwrap();
		assert_eq!(Balances::balance(&dest), DEV_CLAIMS[0].1);
		assert!(matches!(
			Claims::claim_of(address(&key)),
			ClaimState::Claimed { dest: paid, amount, .. } if paid == dest && amount == DEV_CLAIMS[0].1
		));
		Claims::do_try_state().unwrap();
		// Replayed, it is refused by name.
		assert_refused(xt, pallet_claims::Error::AlreadyClaimed);
	});
}

#[test]
fn a_vested_claim_locks_what_the_snapshot_says() {
	dev_chain().execute_with(|| {
		let dest = newcomer(0xd2);
		let key = hardhat(1);
		let (_, amount, vesting) = DEV_CLAIMS[1];
		let vesting = vesting.unwrap();
		let xt = claim_xt(&dest, address(&key), personal_sign(&key, &Claims::claim_message(&dest)));
		Executive::apply_extrinsic(xt).unwrap().unwrap();
		assert_eq!(Balances::balance(&dest), amount);
		assert_eq!(
			<diem_runtime::Vesting as VestingSchedule<AccountId>>::vesting_balance(&dest),
			Some(vesting.locked)
		);
		// The locked part cannot leave: only what is free moves.
		let free = amount - vesting.locked;
		let too_much = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: MultiAddress::Id(account(Alice)),
			value: free + diem_runtime::UNIT,
		});
		assert!(signed(&dest, too_much).is_err());
		Claims::do_try_state().unwrap();
	});
}

#[test]
fn every_bad_claim_is_refused_in_the_pool_by_name() {
	use pallet_claims::Error;
	dev_chain().execute_with(|| {
		let dest = newcomer(0xd3);
		let key = hardhat(2);
		let signer = address(&key);
		let good = personal_sign(&key, &Claims::claim_message(&dest));

		// Signed by another key.
		let other = personal_sign(&hardhat(3), &Claims::claim_message(&dest));
		assert_refused(claim_xt(&dest, signer, other), Error::WrongSignature);
		// Signed for another chain.
		let elsewhere = message::claim_message(dest.as_ref(), &[7u8; 32], None);
		assert_refused(
			claim_xt(&dest, signer, personal_sign(&key, &elsewhere)),
			Error::WrongSignature,
		);
		// Seen in the pool and redirected to the attacker.
		assert_refused(claim_xt(&account(Dave), signer, good.clone()), Error::WrongSignature);
		// An address the snapshot does not name.
		let stranger = ecdsa::Pair::from_seed(&[42u8; 32]);
		let stranger_signature = personal_sign(&stranger, &Claims::claim_message(&dest));
		assert_refused(
			claim_xt(&dest, address(&stranger), stranger_signature),
			Error::UnknownAddress,
		);
		// Malformed: a `v` no wallet makes, and nothing at all.
		let mut bad_v = good.clone();
		bad_v.0[64] = 5;
		assert_refused(claim_xt(&dest, signer, bad_v), Error::MalformedSignature);
		assert_refused(claim_xt(&dest, signer, EcdsaSignature([0; 65])), Error::MalformedSignature);

		// The good one still stands.
		Executive::apply_extrinsic(claim_xt(&dest, signer, good)).unwrap().unwrap();
		assert_eq!(Balances::balance(&dest), DEV_CLAIMS[2].1);
	});
}

#[test]
fn no_dispatch_as_the_pot_reaches_its_vvv() {
	dev_chain().execute_with(|| {
		let pot = Claims::pot();
		let before = Balances::balance(&pot);
		let steal = RuntimeCall::Balances(pallet_balances::Call::transfer_all {
			dest: MultiAddress::Id(account(Dave)),
			keep_alive: false,
		});
		let as_pot = RuntimeCall::Utility(pallet_utility::Call::dispatch_as {
			as_origin: Box::new(OriginCaller::system(frame_system::RawOrigin::Signed(pot.clone()))),
			call: Box::new(steal.clone()),
		});
		// Signed, through any wrapper, the filter refuses it (root may do anything, by design).
		let filtered = Err(frame_system::Error::<Runtime>::CallFiltered.into());
		assert_eq!(signed(&account(Alice), as_pot).map_err(|e| e.error), filtered);
		let sudo_as = RuntimeCall::Sudo(pallet_sudo::Call::sudo_as {
			who: MultiAddress::Id(pot.clone()),
			call: Box::new(steal),
		});
		assert_eq!(signed(&account(Alice), sudo_as).map_err(|e| e.error), filtered);
		assert_eq!(Balances::balance(&pot), before);
		// Governance's `add_claim` cannot conjure VVV: the pot holds exactly the claims.
		let add = RuntimeCall::Claims(pallet_claims::Call::add_claim {
			who: EthereumAddress([1; 20]),
			amount: diem_runtime::UNIT,
			vesting: None,
		});
		assert_eq!(
			root(add).map_err(|e| e.error),
			Err(pallet_claims::Error::<Runtime>::PotShort.into())
		);
		Claims::do_try_state().unwrap();
	});
}

fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn the_operations_track_adds_a_claim_once_the_pot_holds_it() {
	use diem_runtime::{governance::origins::Origin as TrackOrigin, RuntimeOrigin};
	use frame_support::traits::UnfilteredDispatchable;
	dev_chain().execute_with(|| {
		let holder = ecdsa::Pair::from_seed(&[77u8; 32]);
		let add = pallet_claims::Call::<Runtime>::add_claim {
			who: address(&holder),
			amount: 250 * diem_runtime::UNIT,
			vesting: None,
		};
		let as_track = |track: TrackOrigin| RuntimeOrigin::from(OriginCaller::Origins(track));
		// Another track, or an account, may not.
		for origin in [as_track(TrackOrigin::Economics), RuntimeOrigin::signed(account(Alice))] {
			assert_eq!(
				add.clone().dispatch_bypass_filter(origin).map_err(|e| e.error),
				Err(DispatchError::BadOrigin)
			);
		}
		// The track may, once someone (a treasury spend, here Alice) has put the VVV in the pot.
		let fund = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: MultiAddress::Id(Claims::pot()),
			value: 250 * diem_runtime::UNIT,
		});
		signed(&account(Alice), fund).unwrap();
		add.dispatch_bypass_filter(as_track(TrackOrigin::Operations)).unwrap();
		Claims::do_try_state().unwrap();
		let dest = newcomer(0xd4);
		let xt = claim_xt(
			&dest,
			address(&holder),
			personal_sign(&holder, &Claims::claim_message(&dest)),
		);
		Executive::apply_extrinsic(xt).unwrap().unwrap();
		assert_eq!(Balances::balance(&dest), 250 * diem_runtime::UNIT);
		Claims::do_try_state().unwrap();
	});
}

#[test]
fn in_safe_mode_a_claim_is_refused_in_the_pool_not_failed_in_a_block() {
	dev_chain().execute_with(|| {
		let dest = newcomer(0xd5);
		let key = hardhat(0);
		let xt = claim_xt(&dest, address(&key), personal_sign(&key, &Claims::claim_message(&dest)));
		root(RuntimeCall::SafeMode(pallet_safe_mode::Call::force_enter {})).unwrap();
		assert_refused(xt.clone(), pallet_claims::Error::Paused);
		root(RuntimeCall::SafeMode(pallet_safe_mode::Call::force_exit {})).unwrap();
		Executive::apply_extrinsic(xt).unwrap().unwrap();
		assert_eq!(Balances::balance(&dest), DEV_CLAIMS[0].1);
	});
}
