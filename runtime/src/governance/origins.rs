//! The origins a referendum on a non-root track enacts its call with, and the length of a
//! governance day.
//!
//! A pallet only because FRAME needs one to add an origin to the runtime and a value to
//! genesis: it has no calls.
//!
//! - [`Origin`]: `Economics`, `Operations` and `Treasurer`, one per track besides `root`
//!   (which enacts as `frame_system`'s `Root`). Each pallet's admin origin names the tracks
//!   that may act on it (`runtime/src/governance/mod.rs`).
//! - [`DayLength`]: how many blocks a governance day lasts. Every period of the tracks, of
//!   vote locking and of the operator's bounds is written in days and hours of it: a mainnet
//!   day is [`crate::configs::DAYS`] blocks; the development presets make it a few blocks, so a
//!   referendum passes in a minute or two on a dev chain. Constants in the metadata follow
//!   the chain's state; the metadata hash (RFC-78) covers types and extensions only, so it is
//!   the same on every chain.

pub use pallet::*;

#[frame_support::pallet]
pub mod pallet {
	use frame_support::pallet_prelude::*;

	/// The origins' pallet: configured by nothing but `frame_system`.
	#[pallet::config]
	pub trait Config: frame_system::Config {}

	/// Version 0: [`DayLength`] as genesis sets it.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::hooks]
	impl<T: Config> Hooks<frame_system::pallet_prelude::BlockNumberFor<T>> for Pallet<T> {
		/// A governance day lasts at least one block: every period is a multiple of it.
		#[cfg(feature = "try-runtime")]
		fn try_state(
			_: frame_system::pallet_prelude::BlockNumberFor<T>,
		) -> Result<(), sp_runtime::TryRuntimeError> {
			frame_support::ensure!(DayLength::<T>::get() > 0, "a governance day of no blocks");
			Ok(())
		}
	}

	/// The origin of a call a referendum on a non-root track enacts.
	#[derive(
		PartialEq, Eq, Clone, MaxEncodedLen, Encode, Decode, DecodeWithMemTracking, TypeInfo, Debug,
	)]
	#[pallet::origin]
	pub enum Origin {
		/// The `economics` track: the curve, the emission, the buy-burn, staking and credits
		/// parameters, the locked-yield share.
		Economics,
		/// The `operations` track: meters, assets, the DEX's admin, safe mode.
		Operations,
		/// The `treasury` track: spends up to the track's bound.
		Treasurer,
	}

	/// Blocks in a governance day: what "a day" means in every governance period.
	#[pallet::storage]
	pub type DayLength<T> = StorageValue<_, u32, ValueQuery, MainnetDay>;

	/// A governance day of a mainnet: 24 hours of blocks.
	pub struct MainnetDay;
	impl Get<u32> for MainnetDay {
		fn get() -> u32 {
			crate::configs::DAYS
		}
	}

	#[pallet::genesis_config]
	pub struct GenesisConfig<T: Config> {
		/// Blocks in a governance day (at least one): [`crate::configs::DAYS`] on a mainnet.
		pub day_length: u32,
		#[serde(skip)]
		#[doc(hidden)]
		pub _config: core::marker::PhantomData<T>,
	}

	impl<T: Config> Default for GenesisConfig<T> {
		fn default() -> Self {
			Self { day_length: crate::configs::DAYS, _config: Default::default() }
		}
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			assert!(self.day_length > 0, "a governance day lasts at least one block");
			DayLength::<T>::put(self.day_length);
		}
	}
}

/// `EnsureOrigin` for one of [`Origin`]'s variants, succeeding with `()`.
macro_rules! ensure_track_origin {
	($name:ident, $variant:ident) => {
		#[doc = concat!("Ensures the `", stringify!($variant), "` origin: a referendum on its track.")]
		pub struct $name;
		impl<O: Into<Result<Origin, O>> + From<Origin>> frame_support::traits::EnsureOrigin<O>
			for $name
		{
			type Success = ();

			fn try_origin(o: O) -> Result<Self::Success, O> {
				o.into().and_then(|o| match o {
					Origin::$variant => Ok(()),
					other => Err(O::from(other)),
				})
			}

			#[cfg(feature = "runtime-benchmarks")]
			fn try_successful_origin() -> Result<O, ()> {
				Ok(O::from(Origin::$variant))
			}
		}
	};
}

ensure_track_origin!(Economics, Economics);
ensure_track_origin!(Operations, Operations);

/// Ensures the `Treasurer` origin, succeeding with the most it may spend at once
/// ([`crate::governance::TREASURY_TRACK_MAX_SPEND`]).
pub struct Treasurer;
impl<O: Into<Result<Origin, O>> + From<Origin>> frame_support::traits::EnsureOrigin<O>
	for Treasurer
{
	type Success = crate::Balance;

	fn try_origin(o: O) -> Result<Self::Success, O> {
		o.into().and_then(|o| match o {
			Origin::Treasurer => Ok(super::TREASURY_TRACK_MAX_SPEND),
			other => Err(O::from(other)),
		})
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin() -> Result<O, ()> {
		Ok(O::from(Origin::Treasurer))
	}
}

/// `n` governance days in blocks.
pub fn days(n: u32) -> u32 {
	DayLength::<crate::Runtime>::get().saturating_mul(n)
}

/// `n` governance hours in blocks, at least one block.
pub fn hours(n: u32) -> u32 {
	diem_config::governance::hours_in_blocks(DayLength::<crate::Runtime>::get(), n)
}
