//! Storage migrations.

/// Version 0 → 1: distributions are streamed over [`crate::DistributionPeriod`], which starts
/// at a day. Version 0 credited a distribution at once, so nothing is pending.
pub mod v1 {
	use crate::{pallet::*, DEFAULT_DISTRIBUTION_PERIOD};
	use frame_support::{
		migrations::VersionedMigration,
		traits::{Get, UncheckedOnRuntimeUpgrade},
		weights::Weight,
	};

	/// Writes the default distribution period; run it only through [`MigrateToV1`].
	pub struct InitDistributionPeriod<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for InitDistributionPeriod<T> {
		fn on_runtime_upgrade() -> Weight {
			DistributionPeriod::<T>::put(frame_system::pallet_prelude::BlockNumberFor::<T>::from(
				DEFAULT_DISTRIBUTION_PERIOD,
			));
			T::DbWeight::get().writes(1)
		}
	}

	/// The migration to version 1: runs once, on a chain at version 0, and sets version 1.
	pub type MigrateToV1<T> = VersionedMigration<
		0,
		1,
		InitDistributionPeriod<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
