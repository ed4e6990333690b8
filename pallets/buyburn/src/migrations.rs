//! Storage migrations.

/// Version 0 → 1: the reference price's parameters get their defaults.
///
/// A chain at version 0 bought at the live pool price. Version 1 buys against a reference price
/// ([`crate::Reference`]), which this migration leaves unset: the next block samples the pool,
/// and the hook buys once a half-life of samples has passed.
pub mod v1 {
	use crate::{pallet::*, DEFAULT_BUY_INTERVAL, DEFAULT_PRICE_HALF_LIFE};
	use frame_support::{
		migrations::VersionedMigration,
		traits::{Get, UncheckedOnRuntimeUpgrade},
		weights::Weight,
	};
	use sp_arithmetic::Perbill;

	/// Writes the default half-life (an hour), slippage bound (1%) and purchase interval
	/// (5 minutes); run it only through [`MigrateToV1`].
	pub struct InitReferenceParameters<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for InitReferenceParameters<T> {
		fn on_runtime_upgrade() -> Weight {
			PriceHalfLife::<T>::put(frame_system::pallet_prelude::BlockNumberFor::<T>::from(
				DEFAULT_PRICE_HALF_LIFE,
			));
			MaxSlippage::<T>::put(Perbill::from_percent(1));
			BuyInterval::<T>::put(frame_system::pallet_prelude::BlockNumberFor::<T>::from(
				DEFAULT_BUY_INTERVAL,
			));
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
