//! Storage migrations.

/// Version 0 → 1: a meter's entry in [`crate::Meters`] becomes its [`crate::MeterState`]
/// (registered, and the batch index its first `record_usage` of version 1 carries: 0).
/// Version 0 stored `()` for each registered meter and deleted a removed one.
pub mod v1 {
	use crate::{pallet::*, MeterState};
	use frame_support::{
		migrations::VersionedMigration,
		traits::{Get, UncheckedOnRuntimeUpgrade},
		weights::Weight,
	};
	use sp_arithmetic::traits::Saturating;

	/// Rewrites every meter's entry; run it only through [`MigrateToV1`].
	pub struct NumberMeterBatches<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for NumberMeterBatches<T> {
		fn on_runtime_upgrade() -> Weight {
			let mut meters: u64 = 0;
			Meters::<T>::translate::<(), _>(|_, ()| {
				meters.saturating_inc();
				Some(MeterState { registered: true, next_batch: 0 })
			});
			T::DbWeight::get().reads_writes(meters, meters)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
			use codec::Encode;
			Ok((Meters::<T>::iter_keys().count() as u64).encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(before: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			use codec::Decode;
			let count = u64::decode(&mut &before[..]).map_err(|_| "the count does not decode")?;
			let after: alloc::vec::Vec<_> = Meters::<T>::iter_values().collect();
			frame_support::ensure!(after.len() as u64 == count, "a meter was lost");
			frame_support::ensure!(
				after.iter().all(|m| *m == MeterState { registered: true, next_batch: 0 }),
				"a meter is not registered at batch 0"
			);
			Ok(())
		}
	}

	/// The migration to version 1: runs once, on a chain at version 0, and sets version 1.
	pub type MigrateToV1<T> = VersionedMigration<
		0,
		1,
		NumberMeterBatches<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
