//! The fee handler: an `OnUnbalanced` handler for transaction fees that burns a share, sets the
//! stakers' share aside for their reward stream, and pays the rest to a beneficiary.

use crate::{pallet::Pallet, Config, FeeShares, PendingFeeRewards};
use core::marker::PhantomData;
use frame_support::traits::{
	fungible::{Balanced, Credit},
	Get, Imbalance, OnUnbalanced,
};
use sp_arithmetic::traits::Saturating;

/// Splits each fee (and tip) three ways ([`FeeShares`]): burns `floor(burn × fee)`, sets
/// `floor(stakers × fee)` aside in the pot for the stakers (the hook streams it to them
/// at the end of the block, or burns it if nothing is staked), and pays the rest — rounding
/// remainders included — to `Beneficiary`. If the beneficiary cannot receive its part (an
/// amount below the existential deposit into a new account), that part is burned too; so is
/// the stakers' part if the pot cannot receive it (it always can: it keeps its deposit).
pub struct BurnFees<T, Beneficiary>(PhantomData<(T, Beneficiary)>);

impl<T, Beneficiary> OnUnbalanced<Credit<T::AccountId, T::Native>> for BurnFees<T, Beneficiary>
where
	T: Config,
	Beneficiary: Get<T::AccountId>,
{
	fn on_nonzero_unbalanced(fee: Credit<T::AccountId, T::Native>) {
		let whole = fee.peek();
		let shares = FeeShares::<T>::get();
		let burn = shares.burn.mul_floor(whole);
		let stake = shares.stakers.mul_floor(whole);
		let (burned, rest) = fee.split(burn);
		let (stakers, treasury) = rest.split(stake);
		// Dropping a credit burns it: total issuance falls by its amount. So does the rest if
		// the beneficiary refuses it.
		drop(burned);
		let staked = stakers.peek();
		if staked > 0 && T::Native::resolve(&Pallet::<T>::pot(), stakers).is_ok() {
			PendingFeeRewards::<T>::mutate(|pending| pending.saturating_accrue(staked));
		}
		let _ = T::Native::resolve(&Beneficiary::get(), treasury);
	}
}
