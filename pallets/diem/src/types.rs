//! What the pallet stores and what it asks of the rest of the runtime.

use crate::curve::Balance;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::marker::PhantomData;
use frame_support::traits::{
	fungible::{InspectHold, Mutate, MutateHold},
	tokens::{Fortitude, Precision, Preservation},
	Get,
};
use scale_info::TypeInfo;
use sp_runtime::DispatchResult;

/// An account's DIEM position: the VVV it has locked and the DIEM that locking minted.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Default,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct Position {
	/// VVV (planck) locked as collateral.
	pub locked: Balance,
	/// DIEM (planck) minted against it and not yet repaid.
	pub minted: Balance,
}

/// The collateral DIEM is minted against: an account's staked VVV (design §2, §3).
///
/// The DIEM pallet defines what it needs; the staking pallet implements it. Locked collateral
/// stays the account's (it still earns), but cannot be unstaked until it is unlocked.
pub trait Collateral<AccountId> {
	/// The collateral `who` could lock now: stake not locked yet.
	fn available(who: &AccountId) -> Balance;

	/// Locks `amount` of `who`'s available collateral; fails, changing nothing, if that is more
	/// than [`Self::available`].
	fn lock(who: &AccountId, amount: Balance) -> DispatchResult;

	/// Releases `amount` of `who`'s locked collateral; fails, changing nothing, if less is
	/// locked.
	fn unlock(who: &AccountId, amount: Balance) -> DispatchResult;

	/// Gives `who` `amount` of available collateral, for benchmarks.
	#[cfg(feature = "runtime-benchmarks")]
	fn fund(who: &AccountId, amount: Balance);
}

/// Collateral as a hold on free VVV, under `Reason`: the stand-in until the staking pallet
/// implements [`Collateral`] for staked VVV. "Available" is what the account could spend
/// without being reaped.
pub struct HoldCollateral<Currency, Reason>(PhantomData<(Currency, Reason)>);

impl<AccountId, Currency, Reason> Collateral<AccountId> for HoldCollateral<Currency, Reason>
where
	AccountId: Eq,
	Currency: MutateHold<AccountId, Balance = Balance> + Mutate<AccountId>,
	Reason: Get<<Currency as InspectHold<AccountId>>::Reason>,
{
	fn available(who: &AccountId) -> Balance {
		Currency::reducible_balance(who, Preservation::Preserve, Fortitude::Polite)
	}

	fn lock(who: &AccountId, amount: Balance) -> DispatchResult {
		Currency::hold(&Reason::get(), who, amount)
	}

	fn unlock(who: &AccountId, amount: Balance) -> DispatchResult {
		Currency::release(&Reason::get(), who, amount, Precision::Exact).map(|_| ())
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn fund(who: &AccountId, amount: Balance) {
		let _ = Currency::mint_into(who, amount.saturating_add(Currency::minimum_balance()));
	}
}
