//! Storage migrations.

/// Version 0 → 1: the reference price's parameters get their defaults.
///
/// A chain at version 0 bought at the live pool price. Version 1 buys against a reference price
/// ([`crate::Reference`]), which this migration leaves unset: the next block samples the pool,
/// and the hook buys once a half-life of samples has passed.
pub mod v1 {
	use crate::pallet::*;
	use frame_support::{
		migrations::VersionedMigration,
		traits::{Get, UncheckedOnRuntimeUpgrade},
		weights::Weight,
	};

	/// Writes the genesis defaults of the half-life (an hour), the slippage bound (1%) and the
	/// purchase interval (5 minutes); run it only through [`MigrateToV1`].
	pub struct InitReferenceParameters<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for InitReferenceParameters<T> {
		fn on_runtime_upgrade() -> Weight {
			let defaults = GenesisConfig::<T>::default();
			PriceHalfLife::<T>::put(defaults.price_half_life);
			MaxSlippage::<T>::put(defaults.max_slippage);
			BuyInterval::<T>::put(defaults.buy_interval);
			T::DbWeight::get().writes(3)
		}
	}

	/// The migration to version 1: runs once, on a chain at version 0, and sets version 1.
	pub type MigrateToV1<T> = VersionedMigration<
		0,
		1,
		InitReferenceParameters<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}

/// Version 1 → 2: the stakers' shares of purchases and fees (design §4, "Fee redistribution").
///
/// Epoch records gain the VVV streamed to stakers ([`crate::EpochRecord::streamed`]): the
/// current epoch and every kept record are rewritten with `streamed: 0` (nothing was streamed
/// before). The new parameters [`crate::StakerShare`] and `FeeStakerShare` start at 0
/// (what a production chain has until governance sets them), and [`crate::TotalStreamed`] and
/// [`crate::PendingFeeRewards`] at 0: all of them are written explicitly.
pub mod v2 {
	use super::v3::FeeStakerShare;
	use crate::{impact::Balance, pallet::*, EpochRecord};
	use codec::{Decode, Encode};
	use frame_support::{
		migrations::VersionedMigration,
		traits::{Get, UncheckedOnRuntimeUpgrade},
		weights::Weight,
	};
	use frame_system::pallet_prelude::BlockNumberFor;
	use sp_arithmetic::Perbill;

	/// An epoch record as version 1 stored it: without the VVV streamed.
	#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, Encode, Decode)]
	pub struct EpochRecordV1<BlockNumber> {
		/// The epoch's number.
		pub index: u32,
		/// The block it started at.
		pub started_at: BlockNumber,
		/// The budget it started with.
		pub budget: Balance,
		/// Revenue spent during it.
		pub spent: Balance,
		/// VVV bought and burned during it.
		pub burned: Balance,
	}

	impl<BlockNumber> From<EpochRecordV1<BlockNumber>> for EpochRecord<BlockNumber> {
		fn from(old: EpochRecordV1<BlockNumber>) -> Self {
			EpochRecord {
				index: old.index,
				started_at: old.started_at,
				budget: old.budget,
				spent: old.spent,
				burned: old.burned,
				streamed: 0,
			}
		}
	}

	/// Rewrites the epoch records in the new layout and writes the new parameters and totals;
	/// run it only through [`MigrateToV2`].
	pub struct AddStakerShares<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for AddStakerShares<T> {
		fn on_runtime_upgrade() -> Weight {
			let mut records: u64 = 0;
			// A record that does not decode as version 1 would fail to decode either way; it is
			// dropped rather than kept unreadable (the history is informative only).
			let _ = CurrentEpoch::<T>::translate::<EpochRecordV1<BlockNumberFor<T>>, _>(|old| {
				records = records.saturating_add(1);
				old.map(Into::into)
			});
			History::<T>::translate::<EpochRecordV1<BlockNumberFor<T>>, _>(|_, old| {
				records = records.saturating_add(1);
				Some(old.into())
			});
			StakerShare::<T>::put(Perbill::zero());
			FeeStakerShare::<T>::put(Perbill::zero());
			TotalStreamed::<T>::put(0);
			PendingFeeRewards::<T>::put(0);
			T::DbWeight::get().reads_writes(records, records.saturating_add(4))
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(_: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			Pallet::<T>::do_try_state()
		}
	}

	/// The migration to version 2: runs once, on a chain at version 1, and sets version 2.
	pub type MigrateToV2<T> = VersionedMigration<
		1,
		2,
		AddStakerShares<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}

/// Version 2 → 3: the two fee shares become one value, [`crate::FeeShares`] (design §4).
///
/// Version 2 kept `FeeBurnShare` and `FeeStakerShare` apart, so the fee handler read two
/// values for every fee. The migration moves both into one [`crate::FeeSplit`], unchanged, and
/// removes the old keys.
pub mod v3 {
	use crate::{pallet::*, FeeSplit};
	use frame_support::{
		migrations::VersionedMigration,
		pallet_prelude::ValueQuery,
		storage_alias,
		traits::{Get, UncheckedOnRuntimeUpgrade},
		weights::Weight,
	};
	use sp_arithmetic::Perbill;

	pub use old::{FeeBurnShare, FeeStakerShare};

	// The aliases expand to helper structs of their own, which cannot carry docs.
	#[allow(missing_docs)]
	mod old {
		use super::*;

		/// Version 2's share of each fee burned.
		#[storage_alias]
		pub type FeeBurnShare<T: Config> = StorageValue<Pallet<T>, Perbill, ValueQuery>;

		/// Version 2's share of each fee streamed to stakers.
		#[storage_alias]
		pub type FeeStakerShare<T: Config> = StorageValue<Pallet<T>, Perbill, ValueQuery>;
	}

	/// Moves the two shares into [`FeeShares`]; run it only through [`MigrateToV3`].
	pub struct MergeFeeShares<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for MergeFeeShares<T> {
		fn on_runtime_upgrade() -> Weight {
			let burn = FeeBurnShare::<T>::take();
			let stakers = FeeStakerShare::<T>::take();
			FeeShares::<T>::put(FeeSplit { burn, stakers });
			T::DbWeight::get().reads_writes(2, 3)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
			use codec::Encode;
			Ok((FeeBurnShare::<T>::get(), FeeStakerShare::<T>::get()).encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(before: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			use codec::Decode;
			let (burn, stakers) = <(Perbill, Perbill)>::decode(&mut &before[..])
				.map_err(|_| "the shares before do not decode")?;
			frame_support::ensure!(
				FeeShares::<T>::get() == FeeSplit { burn, stakers },
				"the shares changed"
			);
			frame_support::ensure!(
				!FeeBurnShare::<T>::exists() && !FeeStakerShare::<T>::exists(),
				"an old share is left"
			);
			Pallet::<T>::do_try_state()
		}
	}

	/// The migration to version 3: runs once, on a chain at version 2, and sets version 3.
	pub type MigrateToV3<T> = VersionedMigration<
		2,
		3,
		MergeFeeShares<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
