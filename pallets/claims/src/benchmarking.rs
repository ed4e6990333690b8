//! Benchmarks of the calls: the claim at its worst (vested, to a destination with one
//! schedule's room left, under the longest statement), governance's calls as they are.

#![allow(clippy::arithmetic_side_effects, clippy::unwrap_used, clippy::indexing_slicing)]

use super::*;
use alloc::vec;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{
		fungible::{Inspect, Mutate},
		EnsureOrigin, Get,
	},
	BoundedVec,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_runtime::{traits::One, KeyTypeId};

/// The benchmarks' keystore's key type.
const BENCH_KEY: KeyTypeId = KeyTypeId(*b"clbn");

/// A fresh secp256k1 key in the keystore (the benchmark CLI provides one) and its address.
fn holder() -> Result<(sp_core_ecdsa::Public, EthereumAddress), BenchmarkError> {
	let public = sp_io::crypto::ecdsa_generate(BENCH_KEY, None);
	let digest = [1u8; 32];
	let signature = sign(&public, &digest);
	let recovered = sp_io::crypto::secp256k1_ecdsa_recover(&signature.0, &digest)
		.map_err(|_| BenchmarkError::Stop("the keystore's signature recovers no key"))?;
	Ok((public, message::address_of(&recovered)))
}

/// The sp-core ECDSA types, as sp-io names them.
mod sp_core_ecdsa {
	pub use sp_runtime::app_crypto::ecdsa::Public;
}

/// `public`'s signature of `digest`, `v` as wallets give it.
fn sign(public: &sp_core_ecdsa::Public, digest: &[u8; 32]) -> EcdsaSignature {
	let signature = sp_io::crypto::ecdsa_sign_prehashed(BENCH_KEY, public, digest).unwrap();
	let mut raw = [0u8; 65];
	raw.copy_from_slice(signature.as_ref());
	raw[64] += 27;
	EcdsaSignature(raw)
}

/// VVV enough for anything here.
fn plenty<T: Config>() -> BalanceOf<T> {
	T::Currency::minimum_balance() * 1_000_000u32.into()
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn claim() -> Result<(), BenchmarkError> {
		let statement = vec![b'x'; T::MaxStatementLength::get() as usize];
		Statement::<T>::put(BoundedVec::try_from(statement).unwrap());
		let (public, signer) = holder()?;
		let amount = plenty::<T>();
		T::Currency::mint_into(&Pallet::<T>::pot(), amount)?;
		Claims::<T>::insert(signer, amount);
		Total::<T>::mutate(|total| *total += amount);
		let terms = VestingTerms {
			locked: amount,
			start: BlockNumberFor::<T>::one(),
			length: 1_000u32.into(),
		};
		Vesting::<T>::insert(signer, terms);
		// The destination has every schedule it may but one: find how many on a probe account.
		let dest: T::AccountId = account("dest", 0, 0);
		let probe: T::AccountId = account("probe", 0, 0);
		T::Currency::mint_into(&probe, plenty::<T>())?;
		let mut room = 0u32;
		while room < 256
			&& T::VestingSchedules::can_add(&probe, 1_000u32.into(), 1u32.into(), One::one())
				.is_ok()
		{
			T::VestingSchedules::add(&probe, 1_000u32.into(), 1u32.into(), One::one())?;
			room += 1;
		}
		T::Currency::mint_into(&dest, plenty::<T>())?;
		for _ in 1..room {
			T::VestingSchedules::add(&dest, 1_000u32.into(), 1u32.into(), One::one())?;
		}
		let digest = message::personal_sign_digest(&Pallet::<T>::claim_message(&dest));
		let signature = sign(&public, &digest);

		#[extrinsic_call]
		_(RawOrigin::None, dest.clone(), signer, signature);

		assert!(Claimed::<T>::contains_key(signer));
		Ok(())
	}

	#[benchmark]
	fn add_claim() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let amount = plenty::<T>();
		T::Currency::mint_into(&Pallet::<T>::pot(), amount)?;
		let who = EthereumAddress([9; 20]);
		let vesting =
			Some(VestingTerms { locked: amount, start: One::one(), length: 1_000u32.into() });

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who, amount, vesting);

		assert_eq!(Claims::<T>::get(who), Some(amount));
		Ok(())
	}

	#[benchmark]
	fn remove_claim() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let amount = plenty::<T>();
		let who = EthereumAddress([9; 20]);
		T::Currency::mint_into(&Pallet::<T>::pot(), amount)?;
		Claims::<T>::insert(who, amount);
		Total::<T>::mutate(|total| *total += amount);
		Vesting::<T>::insert(
			who,
			VestingTerms { locked: amount, start: One::one(), length: 1_000u32.into() },
		);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who);

		assert!(!Claims::<T>::contains_key(who));
		Ok(())
	}

	#[benchmark]
	fn set_statement() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let statement = vec![b'x'; T::MaxStatementLength::get() as usize];
		let statement = Some(BoundedVec::try_from(statement).unwrap());

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, statement.clone());

		assert_eq!(Statement::<T>::get(), statement);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
