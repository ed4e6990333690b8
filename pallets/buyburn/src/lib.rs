//! # Treasury buy-burn
//!
//! Platform revenue, paid on-chain in a revenue asset (USDC), buys VVV on the chain's DEX and
//! burns it (design §4).
//!
//! - [`Pallet::deposit_revenue`] (anyone) moves revenue into the pot, this pallet's account.
//! - Every `BurnPeriod` blocks an epoch closes: `BurnShare` of the pot's revenue that is not
//!   budgeted yet joins the budget, and the closed epoch is recorded in [`History`] (the
//!   last `MaxHistory` epochs) — [`Pallet::force_epoch`] closes one at once.
//! - The hook spends part of the budget on VVV through `Config::Swap` (the
//!   `pallet-asset-conversion` swap trait) and burns every VVV it bought, so total issuance
//!   falls by exactly that. It never pays more than a price no transaction can move within a
//!   block: [`ReferencePrice`], a moving average of the pool price sampled in `on_initialize`
//!   before any transaction runs, with a half-life of [`PriceHalfLife`] blocks, each sample
//!   counting at most `MaxSlippage` above it (see [`reference`]). It buys only while the
//!   pool's price is at most `min(reference, the block's opening price) × (1 + MaxSlippage)`,
//!   passes that limit to the swap as its `amount_out_min`,
//!   and sizes a purchase from the depth the reference implies, so that it moves the price by
//!   at most `MaxPriceImpact` (see [`impact`]); purchases are at least [`BuyInterval`] blocks
//!   apart, so arbitrage can bring the price back between them. The rest of the budget waits.
//! - Without a pool or a reference price, with too little liquidity, with the pool's price
//!   above the limit, or when the swap fails, nothing moves: the budget stays in the pot,
//!   [`Event::BuySkipped`] says why, and the next block tries again.
//! - Optionally [`BurnFees`] burns the `burn` share of [`FeeShares`] of every transaction fee and pays the rest
//!   to a beneficiary (the runtime's treasury).
//!
//! ## Fee redistribution: the stakers' share
//!
//! Stakers' second source of yield (design §4, "Fee redistribution"): two governed shares, 0 on
//! a production chain until governance sets them ([`Pallet::set_parameters`]).
//!
//! - [`StakerShare`] of the VVV each purchase buys goes to the stakers' reward stream through
//!   `Config::StakerRewards` (in the runtime, the staking pallet's `do_distribute_rewards`),
//!   the rest is burned. `streamed = floor(StakerShare × bought)`, `burned = bought −
//!   streamed`: the rounding remainder (under a planck) is burned, so stakers never get more
//!   than their share. [`Event::Burned`] reports the two amounts separately, [`TotalBurned`]
//!   and [`TotalStreamed`] count them, and each epoch's record keeps both.
//! - The `stakers` share of [`FeeShares`] of every transaction fee (and tip) is set aside by [`BurnFees`] in the
//!   pot ([`PendingFeeRewards`]) and handed to the stakers' stream by the hook at the end of the
//!   block ([`Event::FeeRewardsForwarded`]): one distribution a block rather than one a
//!   transaction. Of a fee, `floor(burn × fee)` is burned, `floor(stakers × fee)` goes to stakers and the remainder to the treasury; the two shares add up to at most
//!   100% ([`Error::FeeSharesAboveWhole`]).
//! - When the stakers' stream refuses the VVV (nothing is staked: `NoStakers`, or any other
//!   error), it is burned instead, in the same block: nothing is lost and nothing stays
//!   stranded in the pot. A purchase's `Burned` event then shows `streamed: 0`.
//! - The buy-burn pallet never reads the staking pallet's storage: it only calls
//!   [`StakerRewards::distribute`]; `()` refuses every distribution (so all of it is burned).
//!
//! Streaming is a transfer, not a burn: only burns lower the total issuance (design §7.1).
//!
//! The hook runs in `on_idle`, after the block's transactions, and only when the block has
//! room for its benchmarked worst case (closing an epoch, rotating the history, a swap and a
//! burn); otherwise it waits for the next block.
//!
//! Invariants (design §7.1, §7.5), checked after every block of random sequences: the VVV
//! bought is the VVV burned plus the VVV streamed to stakers, the budget never exceeds the pot,
//! unspent budget carries, the pot holds the fee share it has not forwarded yet, and a
//! purchase's average price is at most `reference × (1 + MaxSlippage)`.
//!
//! What an attacker can and cannot do is in the README (Buy-burn); the sandwich tests against
//! the real `pallet-asset-conversion` are in the runtime's tests.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]
#![deny(clippy::arithmetic_side_effects, clippy::indexing_slicing, clippy::unwrap_used)]

extern crate alloc;

mod fees;
mod hook;
pub mod impact;
pub mod migrations;
pub mod reference;
pub mod runtime_api;
mod try_state;
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
pub use types::{
	BuyBurnSummary, EpochRecord, FeeSplit, PoolReserves, ReferencePrice, SkipReason, StakerRewards,
};
pub use weights::WeightInfo;

/// The reference price's default half-life: an hour of 2 s blocks.
pub const DEFAULT_PRICE_HALF_LIFE: u32 = 1_800;
/// The default fewest blocks between purchases: 5 minutes of 2 s blocks.
pub const DEFAULT_BUY_INTERVAL: u32 = 150;

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
	use sp_arithmetic::{Perbill, Permill};
	use sp_runtime::traits::AccountIdConversion;

	/// Version 1 added the reference price and its parameters ([`crate::migrations::v1`]);
	/// version 2 the stakers' shares, and the VVV streamed in every epoch record
	/// ([`crate::migrations::v2`]).
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(3);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
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

		/// The reserves of the revenue/VVV pool, for the reference price and the limits.
		type Reserves: PoolReserves;

		/// The stakers' reward stream, which receives [`StakerShare`] of every purchase and
		/// the stakers' share of [`FeeShares`] of every fee; what it refuses is burned.
		type StakerRewards: StakerRewards<Self::AccountId>;

		/// The DEX's swap fee, so a purchase is sized to meet its price limit.
		#[pallet::constant]
		type PoolFee: Get<Permill>;

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

	/// The shares of each transaction fee [`BurnFees`] burns and streams to stakers (at most
	/// the whole fee together). Version 3 keeps them in one value: the fee handler reads it
	/// once a fee (version 2 had `FeeBurnShare` and `FeeStakerShare`).
	#[pallet::storage]
	pub type FeeShares<T> = StorageValue<_, FeeSplit, ValueQuery>;

	/// The share of the VVV each purchase buys that goes to the stakers' reward stream instead
	/// of the burn (rounded down; the rest is burned).
	#[pallet::storage]
	pub type StakerShare<T> = StorageValue<_, Perbill, ValueQuery>;

	/// The stakers' share of this block's fees: VVV in the pot, which the hook forwards to the
	/// stakers' stream (or burns) at the end of the block.
	#[pallet::storage]
	pub type PendingFeeRewards<T> = StorageValue<_, Balance, ValueQuery>;

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

	/// VVV bought and streamed to stakers since genesis: VVV bought = [`TotalBurned`] + this.
	#[pallet::storage]
	pub type TotalStreamed<T> = StorageValue<_, Balance, ValueQuery>;

	/// The half-life of the reference price, in blocks.
	#[pallet::storage]
	pub type PriceHalfLife<T: Config> = StorageValue<_, BlockNumberFor<T>, ValueQuery>;

	/// How far above the reference price a purchase may pay on average.
	#[pallet::storage]
	pub type MaxSlippage<T> = StorageValue<_, Perbill, ValueQuery>;

	/// The fewest blocks between two purchases.
	#[pallet::storage]
	pub type BuyInterval<T: Config> = StorageValue<_, BlockNumberFor<T>, ValueQuery>;

	/// The reference price of the pool, sampled in `on_initialize`; `None` until the pool has
	/// been seen.
	#[pallet::storage]
	pub type Reference<T: Config> = StorageValue<_, ReferencePrice<BlockNumberFor<T>>>;

	/// The block of the last purchase; the first is not held back.
	#[pallet::storage]
	pub type LastPurchaseAt<T: Config> = StorageValue<_, BlockNumberFor<T>>;

	#[pallet::genesis_config]
	pub struct GenesisConfig<T: Config> {
		/// Blocks between epoch closes: 30 days of 2 s blocks by default.
		pub burn_period: BlockNumberFor<T>,
		/// The share of the pot an epoch budgets: 50% by default.
		pub burn_share: Perbill,
		/// The most one purchase may move the price: 0.5% by default, below the 0.6% a round
		/// trip through a 0.3%-fee pool costs, so sandwiching a purchase loses money.
		pub max_price_impact: Perbill,
		/// The share of fees burned: 50% by default.
		pub fee_burn_share: Perbill,
		/// The reference price's half-life: an hour of 2 s blocks by default.
		pub price_half_life: BlockNumberFor<T>,
		/// How far above the reference a purchase may pay: 1% by default.
		pub max_slippage: Perbill,
		/// The fewest blocks between purchases: 5 minutes of 2 s blocks by default.
		pub buy_interval: BlockNumberFor<T>,
		/// The share of the VVV bought that is streamed to stakers: 0 by default.
		pub staker_share: Perbill,
		/// The share of fees streamed to stakers: 0 by default; with `fee_burn_share` at most
		/// 100%.
		pub fee_staker_share: Perbill,
	}

	impl<T: Config> Default for GenesisConfig<T> {
		fn default() -> Self {
			Self {
				burn_period: (30 * 43_200u32).into(),
				burn_share: Perbill::from_percent(50),
				max_price_impact: Perbill::from_parts(5_000_000),
				fee_burn_share: Perbill::from_percent(50),
				price_half_life: DEFAULT_PRICE_HALF_LIFE.into(),
				max_slippage: Perbill::from_percent(1),
				buy_interval: DEFAULT_BUY_INTERVAL.into(),
				staker_share: Perbill::zero(),
				fee_staker_share: Perbill::zero(),
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
			NextEpochAt::<T>::put(self.burn_period);
			assert!(!self.price_half_life.is_zero(), "the price half-life is at least a block");
			assert!(!self.max_slippage.is_zero(), "the slippage bound is above zero");
			PriceHalfLife::<T>::put(self.price_half_life);
			MaxSlippage::<T>::put(self.max_slippage);
			BuyInterval::<T>::put(self.buy_interval);
			assert!(
				Pallet::<T>::fee_shares_fit(self.fee_burn_share, self.fee_staker_share),
				"the fee shares add up to at most 100%"
			);
			StakerShare::<T>::put(self.staker_share);
			FeeShares::<T>::put(FeeSplit {
				burn: self.fee_burn_share,
				stakers: self.fee_staker_share,
			});
			// A pool that exists at genesis is the first sample: the chain's creators set it.
			Pallet::<T>::sample_price(Zero::zero());
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
		/// Revenue bought VVV: `burned + streamed` of it, the stakers' share streamed to them
		/// and the rest burned.
		Burned {
			/// Revenue spent.
			spent: Balance,
			/// VVV (planck) bought and burned.
			burned: Balance,
			/// VVV (planck) bought and streamed to stakers: `StakerShare` of the purchase,
			/// rounded down, or 0 if the stream refused it (then it was burned).
			streamed: Balance,
			/// Revenue units per whole VVV bought (`burned + streamed`), rounded up.
			average_price: Balance,
			/// The reference price it was bought against, revenue units per whole VVV, rounded
			/// down; the average is at most `reference × (1 + MaxSlippage)`.
			reference_price: Balance,
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
			/// The share of the VVV bought that is streamed to stakers.
			staker_share: Perbill,
			/// The share of fees streamed to stakers.
			fee_staker_share: Perbill,
		},
		/// The stakers' share of fees set aside in the pot was forwarded: to the stakers'
		/// stream, or burned if the stream refused it (nothing staked).
		FeeRewardsForwarded {
			/// VVV (planck) streamed to stakers.
			streamed: Balance,
			/// VVV (planck) burned because the stream refused it.
			burned: Balance,
		},
		/// The reference price's parameters changed; these are all of them now.
		ReferenceParametersSet {
			/// The half-life of the reference price, in blocks.
			price_half_life: BlockNumberFor<T>,
			/// How far above the reference a purchase may pay.
			max_slippage: Perbill,
			/// The fewest blocks between purchases.
			buy_interval: BlockNumberFor<T>,
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
		/// The reference price's half-life must be at least one block.
		ZeroHalfLife,
		/// The slippage bound must be above zero, or the swap fee would leave nothing to buy.
		ZeroSlippage,
		/// The shares of a fee burned and streamed to stakers add up to more than 100%.
		FeeSharesAboveWhole,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::sample_price(now);
			T::WeightInfo::on_initialize_sample()
		}

		fn on_idle(now: BlockNumberFor<T>, remaining: Weight) -> Weight {
			Self::tick(now, remaining)
		}

		fn integrity_test() {
			assert!(T::MaxHistory::get() > 0, "the history keeps an epoch");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
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
			// All of it may go: what keeps an account alive is its VVV, not its revenue asset.
			let spendable =
				T::Revenue::reducible_balance(&who, Preservation::Expendable, Fortitude::Polite);
			ensure!(amount <= spendable, Error::<T>::InsufficientBalance);
			T::Revenue::transfer(&who, &Self::pot(), amount, Preservation::Expendable)?;
			Self::deposit_event(Event::RevenueDeposited { who, amount });
			Ok(())
		}

		/// Set any of the parameters; `None` keeps one as it is. The burn period applies from
		/// the next epoch on; the stakers' shares from the next purchase and the next fee.
		/// `fee_burn_share` and `fee_staker_share` as they will be must add up to at most 100%.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::set_parameters())]
		pub fn set_parameters(
			origin: OriginFor<T>,
			burn_period: Option<BlockNumberFor<T>>,
			burn_share: Option<Perbill>,
			max_price_impact: Option<Perbill>,
			fee_burn_share: Option<Perbill>,
			staker_share: Option<Perbill>,
			fee_staker_share: Option<Perbill>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(burn_period.is_none_or(|p| !p.is_zero()), Error::<T>::ZeroBurnPeriod);
			ensure!(max_price_impact.is_none_or(|m| !m.is_zero()), Error::<T>::ZeroPriceImpact);
			let current = FeeShares::<T>::get();
			let fee_shares = FeeSplit {
				burn: fee_burn_share.unwrap_or(current.burn),
				stakers: fee_staker_share.unwrap_or(current.stakers),
			};
			ensure!(
				Self::fee_shares_fit(fee_shares.burn, fee_shares.stakers),
				Error::<T>::FeeSharesAboveWhole
			);
			if let Some(period) = burn_period {
				BurnPeriod::<T>::put(period);
			}
			if let Some(share) = burn_share {
				BurnShare::<T>::put(share);
			}
			if let Some(impact) = max_price_impact {
				MaxPriceImpact::<T>::put(impact);
			}
			FeeShares::<T>::put(fee_shares);
			if let Some(share) = staker_share {
				StakerShare::<T>::put(share);
			}
			Self::deposit_event(Event::ParametersSet {
				burn_period: BurnPeriod::<T>::get(),
				burn_share: BurnShare::<T>::get(),
				max_price_impact: MaxPriceImpact::<T>::get(),
				fee_burn_share: fee_shares.burn,
				staker_share: StakerShare::<T>::get(),
				fee_staker_share: fee_shares.stakers,
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

		/// Set any of the reference price's parameters; `None` keeps one as it is. A new
		/// half-life applies from the next sample on.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::set_reference_parameters())]
		pub fn set_reference_parameters(
			origin: OriginFor<T>,
			price_half_life: Option<BlockNumberFor<T>>,
			max_slippage: Option<Perbill>,
			buy_interval: Option<BlockNumberFor<T>>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(price_half_life.is_none_or(|h| !h.is_zero()), Error::<T>::ZeroHalfLife);
			ensure!(max_slippage.is_none_or(|s| !s.is_zero()), Error::<T>::ZeroSlippage);
			if let Some(half_life) = price_half_life {
				PriceHalfLife::<T>::put(half_life);
			}
			if let Some(slippage) = max_slippage {
				MaxSlippage::<T>::put(slippage);
			}
			if let Some(interval) = buy_interval {
				BuyInterval::<T>::put(interval);
			}
			Self::deposit_event(Event::ReferenceParametersSet {
				price_half_life: PriceHalfLife::<T>::get(),
				max_slippage: MaxSlippage::<T>::get(),
				buy_interval: BuyInterval::<T>::get(),
			});
			Ok(())
		}
	}

	impl<T: Config> Pallet<T> {
		/// The pot: holds the revenue, receives and burns the VVV bought.
		pub fn pot() -> T::AccountId {
			T::PalletId::get().into_account_truncating()
		}

		/// Whether a fee's burned and staked shares add up to at most the whole fee.
		pub(crate) fn fee_shares_fit(burn: Perbill, stakers: Perbill) -> bool {
			burn.deconstruct()
				.checked_add(stakers.deconstruct())
				.is_some_and(|sum| sum <= Perbill::one().deconstruct())
		}
	}
}
