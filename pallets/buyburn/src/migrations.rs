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
