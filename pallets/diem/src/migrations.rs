//! Storage migrations.

/// Version 0 → 1: [`crate::TotalMinted`], the supply the curve prices at, starts as the DIEM
/// asset's issuance. At version 0 the pallet priced on that issuance, and every DIEM in it had
/// been minted by a position.
pub mod v1 {
	use crate::pallet::*;
	use frame_support::{
		migrations::VersionedMigration,
		traits::{fungible::Inspect, Get, UncheckedOnRuntimeUpgrade},
		weights::Weight,
	};

	/// Writes [`TotalMinted`]; run it only through [`MigrateToV1`].
	pub struct InitTotalMinted<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for InitTotalMinted<T> {
		fn on_runtime_upgrade() -> Weight {
			TotalMinted::<T>::put(T::Diem::total_issuance());
			T::DbWeight::get().reads_writes(1, 1)
		}
	}

	/// The migration to version 1: runs once, on a chain at version 0, and sets version 1.
	pub type MigrateToV1<T> = VersionedMigration<
		0,
		1,
		InitTotalMinted<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
