//! # Treasury buy-burn
//!
//! Platform revenue, paid on-chain in a revenue asset (USDC), buys VVV on the chain's DEX and
//! burns it (SPEC §4).
//!
//! - [`Pallet::deposit_revenue`] (anyone) moves revenue into the pot, this pallet's account.
//! - Every `BurnPeriod` blocks an epoch closes: `BurnShare` of the pot's revenue that is not
//!   budgeted yet joins the budget, and the closed epoch is recorded in [`History`] (the
//!   last `MaxHistory` epochs) — [`Pallet::force_epoch`] closes one at once.
//! - Each block the hook spends part of the budget on VVV through `Config::Swap` (the
//!   `pallet-asset-conversion` swap trait) and burns every VVV it bought, so total issuance
//!   falls by exactly that. A purchase spends at most what moves the pool price by
//!   `MaxPriceImpact` (see [`impact`]); the rest of the budget waits for the next block.
//! - Without a pool, with too little liquidity, or when the swap fails, nothing moves: the
//!   budget stays in the pot, [`Event::BuySkipped`] says why, and the next block tries again.
//! - Optionally [`BurnFees`] burns `FeeBurnShare` of every transaction fee and pays the rest
//!   to a beneficiary (the runtime's treasury).
//!
//! The hook runs in `on_idle`, after the block's transactions, and only when the block has
//! room for its benchmarked worst case (closing an epoch, rotating the history, a swap and a
//! burn); otherwise it waits for the next block.
//!
//! Invariants (SPEC §7.1, §7.5), checked after every block of random sequences: the VVV
//! burned is the VVV bought, the budget never exceeds the pot, and unspent budget carries.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]
#![deny(clippy::arithmetic_side_effects, clippy::indexing_slicing, clippy::unwrap_used)]

extern crate alloc;

mod fees;
mod hook;
pub mod impact;
pub mod runtime_api;
mod types;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use fees::BurnFees;
pub use impact::Balance;
pub use pallet::*;
pub use types::{BuyBurnSummary, EpochRecord, PoolReserves, SkipReason};
pub use weights::WeightInfo;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible,
			tokens::{Fortitude, Preservation},
		},
		PalletId,
	};
	use frame_system::pallet_prelude::*;
	use pallet_asset_conversion::Swap;
	use sp_arithmetic::Perbill;
	use sp_runtime::traits::AccountIdConversion;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// VVV: bought and burned.
		type Native: fungible::Mutate<Self::AccountId, Balance = Balance>
			+ fungible::Balanced<Self::AccountId>;

		/// The revenue asset (USDC) the pot holds and spends.
		type Revenue: fungible::Mutate<Self::AccountId, Balance = Balance>;

		/// The DEX: swaps revenue for VVV along `[RevenueKind, NativeKind]`.
		type Swap: Swap<Self::AccountId, Balance = Balance, AssetKind = Self::AssetKind>;

		/// How the DEX names assets.
		type AssetKind: Clone;

		/// The revenue asset's name on the DEX.
		type RevenueKind: Get<Self::AssetKind>;

		/// VVV's name on the DEX.
		type NativeKind: Get<Self::AssetKind>;

		/// The reserves of the revenue/VVV pool, for sizing purchases.
		type Reserves: PoolReserves;

		/// The pot's id, from which its account is derived.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// Epochs kept in [`History`].
		#[pallet::constant]
		type MaxHistory: Get<u32>;

		/// Who may set the parameters and force an epoch.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Weights of the calls and the hook, from this pallet's benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// Blocks between epoch closes.
	#[pallet::storage]
	pub type BurnPeriod<T: Config> = StorageValue<_, BlockNumberFor<T>, ValueQuery>;

	/// The share of the pot's unbudgeted revenue an epoch close adds to the budget.
	#[pallet::storage]
	pub type BurnShare<T> = StorageValue<_, Perbill, ValueQuery>;

	/// The most one purchase may raise the pool price.
	#[pallet::storage]
	pub type MaxPriceImpact<T> = StorageValue<_, Perbill, ValueQuery>;

	/// The share of each transaction fee [`BurnFees`] burns.
	#[pallet::storage]
	pub type FeeBurnShare<T> = StorageValue<_, Perbill, ValueQuery>;

	/// Revenue (in the pot) the hook may still spend; the rest of the pot is not budgeted yet.
	#[pallet::storage]
	pub type Budget<T> = StorageValue<_, Balance, ValueQuery>;

	/// The block at which the current epoch closes.
	#[pallet::storage]
	pub type NextEpochAt<T: Config> = StorageValue<_, BlockNumberFor<T>, ValueQuery>;

	/// The epoch in progress.
	#[pallet::storage]
	pub type CurrentEpoch<T: Config> = StorageValue<_, EpochRecord<BlockNumberFor<T>>, ValueQuery>;

	/// Closed epochs by index: the last `MaxHistory` of them.
	#[pallet::storage]
	pub type History<T: Config> = StorageMap<_, Twox64Concat, u32, EpochRecord<BlockNumberFor<T>>>;

	/// Revenue spent on VVV since genesis.
	#[pallet::storage]
	pub type TotalSpent<T> = StorageValue<_, Balance, ValueQuery>;

	/// VVV bought and burned since genesis.
	#[pallet::storage]
	pub type TotalBurned<T> = StorageValue<_, Balance, ValueQuery>;

	#[pallet::genesis_config]
	pub struct GenesisConfig<T: Config> {
		/// Blocks between epoch closes: 30 days of 2 s blocks by default.
		pub burn_period: BlockNumberFor<T>,
		/// The share of the pot an epoch budgets: 50% by default.
		pub burn_share: Perbill,
		/// The most one purchase may move the price: 1% by default.
		pub max_price_impact: Perbill,
		/// The share of fees burned: 50% by default.
		pub fee_burn_share: Perbill,
	}

	impl<T: Config> Default for GenesisConfig<T> {
		fn default() -> Self {
			Self {
				burn_period: (30 * 43_200u32).into(),
				burn_share: Perbill::from_percent(50),
				max_price_impact: Perbill::from_percent(1),
				fee_burn_share: Perbill::from_percent(50),
			}
		}
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			assert!(!self.burn_period.is_zero(), "the burn period is at least a block");
			BurnPeriod::<T>::put(self.burn_period);
			BurnShare::<T>::put(self.burn_share);
			MaxPriceImpact::<T>::put(self.max_price_impact);
			FeeBurnShare::<T>::put(self.fee_burn_share);
			NextEpochAt::<T>::put(self.burn_period);
			// The pot keeps VVV's existential deposit, so it can receive any purchase and
			// burn all of it.
			let reserve = <T::Native as fungible::Inspect<_>>::minimum_balance();
			assert!(
				<T::Native as fungible::Mutate<_>>::mint_into(&Pallet::<T>::pot(), reserve).is_ok(),
				"the buy-burn pot cannot be created"
			);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Revenue entered the pot.
		RevenueDeposited {
			/// Who paid it.
			who: T::AccountId,
			/// Revenue units.
			amount: Balance,
		},
		/// An epoch closed and the next one's budget was set.
		EpochClosed {
			/// The closed epoch's record.
			record: EpochRecord<BlockNumberFor<T>>,
			/// The budget of the epoch that starts: the carried budget plus the new share.
			budget: Balance,
		},
		/// Revenue bought VVV, all of which was burned.
		Burned {
			/// Revenue spent.
			spent: Balance,
			/// VVV (planck) bought and burned.
			burned: Balance,
			/// Revenue units per whole VVV, rounded up.
			average_price: Balance,
		},
		/// The hook had budget but did not buy this block.
		BuySkipped {
			/// Why.
			reason: SkipReason,
		},
		/// Parameters changed; these are all of them now.
		ParametersSet {
			/// Blocks between epoch closes.
			burn_period: BlockNumberFor<T>,
			/// The share of the pot an epoch budgets.
			burn_share: Perbill,
			/// The most one purchase may move the price.
			max_price_impact: Perbill,
			/// The share of fees burned.
			fee_burn_share: Perbill,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// An amount is zero.
		ZeroAmount,
		/// The amount exceeds what the caller can pay.
		InsufficientBalance,
		/// The burn period must be at least one block.
		ZeroBurnPeriod,
		/// The price-impact cap must be above zero, or nothing could ever be bought.
		ZeroPriceImpact,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_idle(now: BlockNumberFor<T>, remaining: Weight) -> Weight {
			Self::tick(now, remaining)
		}

		fn integrity_test() {
			assert!(T::MaxHistory::get() > 0, "the history keeps an epoch");
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Pay `amount` of the revenue asset into the pot.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::deposit_revenue())]
		pub fn deposit_revenue(origin: OriginFor<T>, amount: Balance) -> DispatchResult {
			use fungible::{Inspect, Mutate};
			let who = ensure_signed(origin)?;
			ensure!(amount > 0, Error::<T>::ZeroAmount);
			let spendable =
				T::Revenue::reducible_balance(&who, Preservation::Preserve, Fortitude::Polite);
			ensure!(amount <= spendable, Error::<T>::InsufficientBalance);
			T::Revenue::transfer(&who, &Self::pot(), amount, Preservation::Preserve)?;
			Self::deposit_event(Event::RevenueDeposited { who, amount });
			Ok(())
		}

		/// Set any of the parameters; `None` keeps one as it is. The burn period applies from
		/// the next epoch on.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::set_parameters())]
		pub fn set_parameters(
			origin: OriginFor<T>,
			burn_period: Option<BlockNumberFor<T>>,
			burn_share: Option<Perbill>,
			max_price_impact: Option<Perbill>,
			fee_burn_share: Option<Perbill>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(burn_period.is_none_or(|p| !p.is_zero()), Error::<T>::ZeroBurnPeriod);
			ensure!(max_price_impact.is_none_or(|m| !m.is_zero()), Error::<T>::ZeroPriceImpact);
			if let Some(period) = burn_period {
				BurnPeriod::<T>::put(period);
			}
			if let Some(share) = burn_share {
				BurnShare::<T>::put(share);
			}
			if let Some(impact) = max_price_impact {
				MaxPriceImpact::<T>::put(impact);
			}
			if let Some(share) = fee_burn_share {
				FeeBurnShare::<T>::put(share);
			}
			Self::deposit_event(Event::ParametersSet {
				burn_period: BurnPeriod::<T>::get(),
				burn_share: BurnShare::<T>::get(),
				max_price_impact: MaxPriceImpact::<T>::get(),
				fee_burn_share: FeeBurnShare::<T>::get(),
			});
			Ok(())
		}

		/// Close the current epoch now; the next closes `BurnPeriod` blocks later.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::force_epoch())]
		pub fn force_epoch(origin: OriginFor<T>) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::close_epoch(frame_system::Pallet::<T>::block_number());
			Ok(())
		}
	}

	impl<T: Config> Pallet<T> {
		/// The pot: holds the revenue, receives and burns the VVV bought.
		pub fn pot() -> T::AccountId {
			T::PalletId::get().into_account_truncating()
		}
	}
}
