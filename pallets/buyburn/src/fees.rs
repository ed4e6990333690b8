//! The optional fee burn: an `OnUnbalanced` handler for transaction fees.

use crate::{Config, FeeBurnShare};
use core::marker::PhantomData;
use frame_support::traits::{
	fungible::{Balanced, Credit},
	Get, Imbalance, OnUnbalanced,
};

/// Burns `FeeBurnShare` of each fee (and tip) and pays the rest to `Beneficiary`. If the
/// beneficiary cannot receive it (an amount below the existential deposit into a new
/// account), that rest is burned too.
pub struct BurnFees<T, Beneficiary>(PhantomData<(T, Beneficiary)>);

impl<T, Beneficiary> OnUnbalanced<Credit<T::AccountId, T::Native>> for BurnFees<T, Beneficiary>
where
	T: Config,
	Beneficiary: Get<T::AccountId>,
{
	fn on_nonzero_unbalanced(fee: Credit<T::AccountId, T::Native>) {
		let burn = FeeBurnShare::<T>::get().mul_floor(fee.peek());
		let (burned, rest) = fee.split(burn);
		// Dropping a credit burns it: total issuance falls by its amount. So does the rest if
		// the beneficiary refuses it.
		drop(burned);
		let _ = T::Native::resolve(&Beneficiary::get(), rest);
	}
}
