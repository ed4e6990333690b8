//! # VVV staking
//!
//! Stakers put VVV under a hold and earn a fixed yearly emission pro rata, every block; they
//! leave through a cooldown. Their stake is the collateral the DIEM pallet mints against
//! (design §2).
//!
//! - [`Pallet::stake`] holds free VVV (reason [`HoldReason::Staked`], so wallets show it as
//!   reserved); it earns from the next block's emission on.
//! - [`Pallet::unstake`] moves free (not locked) stake into a cooldown chunk that stops
//!   earning; [`Pallet::withdraw_unstaked`] releases the matured chunks,
//!   [`Pallet::cancel_unstake`] puts a chunk back to work. An account has at most
//!   `MaxUnlockingChunks` chunks; unstakes in the same block share one.
//! - [`Pallet::claim_rewards`] pays the rewards to free balance, [`Pallet::compound`] stakes
//!   them.
//! - [`Pallet::distribute_rewards`] lets anyone add VVV to the stakers' rewards. It is
//!   streamed: paid out block by block over [`DistributionPeriod`] (a day by default), split
//!   like the emission, so a stake placed just before a large distribution earns only its
//!   share of the blocks it stays for (no just-in-time capture).
//!   A distribution joining a stream still running cannot stall it (see
//!   [Distributions](#distributions)).
//! - `AdminOrigin` may lower the emission ([`Pallet::set_annual_emission`], a ratchet: never
//!   up) and set the cooldown and the treasury's share of locked stake's yield.
//!
//! ## Emission
//! Every block, `on_initialize` mints `AnnualEmission / BlocksPerYear` (the remainder
//! carried, so a year mints the annual emission exactly) into the pallet's pot and adds it to
//! the reward index: total issuance is right at every block. The accounting is in
//! [`rewards`]: an index of reward per staked planck with 128 fractional bits, no loop over
//! stakers, nothing lost to rounding. With nothing staked, the block's emission is the
//! treasury's.
//!
//! ## Distributions
//! [`Stream`] holds what distributions have put in the pot and not paid yet (`pending`) and
//! the block that pays the last of it (`ends_at`). Each block pays an equal share of
//! `pending` for every block left, rounded down, and the last block the rest: a straight line
//! to `ends_at`, everything paid by then. A distribution of `amount` alone ends
//! [`DistributionPeriod`] (`period`) blocks from now. Joining a stream with `pending` left
//! over the `left` blocks after this one, the stream ends at the amount-weighted mean of the
//! two ends ([`RewardStream::merge`]):
//!
//! ```text
//! ends_at' = now + ⌊(pending × left + amount × period) / (pending + amount)⌋
//! ```
//!
//! so the end moves by at most `amount × period / (pending + amount)` blocks: as far as the
//! distribution's own size justifies (design §12). Restarting the period for everything
//! pending, as this pallet once did, let a planck a block turn the straight line into a
//! geometric decay (37% still pending a period on). Now such a planck moves the end not at
//! all, because the mean is rounded down: rounded up, each planck would push the end a block
//! and the stall would be back. The stored layout did not change, so there is no migration
//! and the storage version stays 1.
//!
//! ## Locked stake and the treasury
//! The DIEM pallet locks stake through this pallet's [`pallet_diem::Collateral`]
//! implementation. Locked stake keeps earning, but `LockedYieldToTreasury` of its emission
//! goes to `TreasuryAccount`: the treasury is one more participant whose weight is
//! `total_locked × share`. The treasury's reward is transferred to it in the next
//! `on_initialize`; `distribute_rewards` is split the same way as the emission.
//!
//! The pot keeps the existential deposit (minted at genesis) so it never disappears.
//!
//! Genesis may stake for accounts (`GenesisConfig::stakers`) exactly as [`Pallet::stake`]
//! does, so that a genesis DIEM position has collateral to lock.
//!
//! A stake leaves the staker at least `FeeReserve` of free VVV above the existential deposit,
//! so it can always pay for its next claim, unstake or DIEM repay.
//!
//! Invariants (design §7.1, §7.2, §7.4), checked by the tests after every step of random call
//! sequences: the sum of stakes is [`TotalStaked`], each account's held VVV is its stake
//! plus its cooldown chunks, locked ≤ staked, and the pot holds every reward not yet paid.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]
#![deny(clippy::arithmetic_side_effects, clippy::indexing_slicing, clippy::unwrap_used)]

extern crate alloc;

mod collateral;
mod dispatchable_impls;
pub mod migrations;
pub mod rewards;
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

pub use pallet::*;
pub use rewards::{Balance, Earned, RewardIndex, RewardPool};
pub use types::{Ledger, RewardStream, StakerInfo, StakingSummary, UnlockChunk};
pub use weights::WeightInfo;

/// VVV of an account that is still vesting: it may be staked (a hold overlaps the lock) but
/// must not back DIEM, which would turn VVV locked until a cliff into a token sold today.
pub trait Unvested<AccountId> {
	/// The VVV of `who` that has not vested yet.
	fn unvested(who: &AccountId) -> Balance;
}

/// No vesting: nothing is unvested.
impl<AccountId> Unvested<AccountId> for () {
	fn unvested(_: &AccountId) -> Balance {
		0
	}
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::{fungible, tokens::Preservation},
		PalletId,
	};
	use frame_system::pallet_prelude::*;
	use sp_arithmetic::Perbill;

	/// Version 1 streams distributions ([`crate::migrations::v1`]).
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// VVV: staked under a hold, minted as emission.
		type Currency: fungible::Mutate<Self::AccountId, Balance = Balance>
			+ fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// The pot's id: emissions are minted to its account and paid out from it.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// Where the locked stake's yield share goes.
		type TreasuryAccount: Get<Self::AccountId>;

		/// The VVV still vesting, which staking accepts but DIEM's collateral does not.
		type Unvested: Unvested<Self::AccountId>;

		/// Blocks in a year: the annual emission is minted over this many blocks.
		#[pallet::constant]
		type BlocksPerYear: Get<u32>;

		/// The most cooldown chunks an account may have.
		#[pallet::constant]
		type MaxUnlockingChunks: Get<u32>;

		/// Free VVV a stake must leave above the existential deposit, for the staker's fees.
		#[pallet::constant]
		type FeeReserve: Get<Balance>;

		/// Who may lower the emission and set the cooldown and the treasury's share.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Weights of the calls and the hook, from this pallet's benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// Why this pallet holds VVV.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// Staked, or unstaked and in its cooldown.
		Staked,
	}

	/// Each staker's ledger.
	#[pallet::storage]
	pub type Ledgers<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, Ledger<T>>;

	/// VVV staked and earning, over all accounts (cooldown chunks excluded).
	#[pallet::storage]
	pub type TotalStaked<T> = StorageValue<_, Balance, ValueQuery>;

	/// The part of [`TotalStaked`] locked as DIEM collateral.
	#[pallet::storage]
	pub type TotalLocked<T> = StorageValue<_, Balance, ValueQuery>;

	/// The reward indices and what they carry.
	#[pallet::storage]
	pub type Pool<T> = StorageValue<_, RewardPool, ValueQuery>;

	/// VVV minted a year.
	#[pallet::storage]
	pub type AnnualEmission<T> = StorageValue<_, Balance, ValueQuery>;

	/// VVV minted as emission since genesis.
	#[pallet::storage]
	pub type TotalEmitted<T> = StorageValue<_, Balance, ValueQuery>;

	/// Blocks an unstaked chunk waits before it can be withdrawn.
	#[pallet::storage]
	pub type UnbondingPeriod<T: Config> = StorageValue<_, BlockNumberFor<T>, ValueQuery>;

	/// The share of locked stake's emission that goes to the treasury.
	#[pallet::storage]
	pub type LockedYieldToTreasury<T> = StorageValue<_, Perbill, ValueQuery>;

	/// Blocks a distribution is paid out over.
	#[pallet::storage]
	pub type DistributionPeriod<T: Config> = StorageValue<_, BlockNumberFor<T>, ValueQuery>;

	/// Distributed VVV in the pot not paid into the rewards yet, and until when it is paid.
	#[pallet::storage]
	pub type Stream<T: Config> = StorageValue<_, RewardStream<BlockNumberFor<T>>, ValueQuery>;

	#[pallet::genesis_config]
	pub struct GenesisConfig<T: Config> {
		/// VVV (planck) minted a year: 6,000,000 VVV by default.
		pub annual_emission: Balance,
		/// Cooldown in blocks: 7 days of 2 s blocks by default.
		pub unbonding_period: BlockNumberFor<T>,
		/// The treasury's share of locked stake's yield: 50% by default.
		pub locked_yield_to_treasury: Perbill,
		/// Blocks a distribution is paid out over: a day of 2 s blocks by default.
		pub distribution_period: BlockNumberFor<T>,
		/// VVV (planck) each account stakes at genesis, as [`Pallet::stake`] would stake it
		/// (the account needs the free VVV, the existential deposit and the fee reserve):
		/// none by default. A genesis DIEM position locks this stake.
		pub stakers: alloc::vec::Vec<(T::AccountId, Balance)>,
	}

	impl<T: Config> Default for GenesisConfig<T> {
		fn default() -> Self {
			Self {
				annual_emission: DEFAULT_ANNUAL_EMISSION,
				unbonding_period: DEFAULT_UNBONDING_PERIOD.into(),
				locked_yield_to_treasury: Perbill::from_percent(50),
				distribution_period: DEFAULT_DISTRIBUTION_PERIOD.into(),
				stakers: Default::default(),
			}
		}
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			AnnualEmission::<T>::put(self.annual_emission);
			UnbondingPeriod::<T>::put(self.unbonding_period);
			LockedYieldToTreasury::<T>::put(self.locked_yield_to_treasury);
			assert!(!self.distribution_period.is_zero(), "a distribution takes a block at least");
			DistributionPeriod::<T>::put(self.distribution_period);
			let pot = Pallet::<T>::pot();
			let reserve = <T::Currency as fungible::Inspect<_>>::minimum_balance();
			assert!(
				<T::Currency as fungible::Mutate<_>>::mint_into(&pot, reserve).is_ok(),
				"the staking pot cannot be created"
			);
			// Staked as a `stake` call stakes: held, a ledger from the current reward index,
			// counted in `TotalStaked`.
			for (who, amount) in &self.stakers {
				if let Err(error) = Pallet::<T>::do_stake(who.clone(), *amount) {
					panic!("the genesis stake of {amount} planck by {who:?} failed: {error:?}");
				}
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// VVV was staked.
		Staked {
			/// The staker.
			who: T::AccountId,
			/// VVV (planck).
			amount: Balance,
		},
		/// Stake entered its cooldown.
		Unstaked {
			/// The staker.
			who: T::AccountId,
			/// VVV (planck).
			amount: Balance,
			/// The first block it can be withdrawn.
			unlock_at: BlockNumberFor<T>,
		},
		/// Matured chunks were released to free balance.
		Withdrawn {
			/// The staker.
			who: T::AccountId,
			/// VVV (planck).
			amount: Balance,
		},
		/// A cooldown chunk went back to stake.
		UnstakeCancelled {
			/// The staker.
			who: T::AccountId,
			/// VVV (planck).
			amount: Balance,
		},
		/// Rewards were paid to free balance.
		RewardsClaimed {
			/// The staker.
			who: T::AccountId,
			/// VVV (planck).
			amount: Balance,
		},
		/// Rewards were staked.
		Compounded {
			/// The staker.
			who: T::AccountId,
			/// VVV (planck).
			amount: Balance,
		},
		/// VVV was added to the stakers' rewards, paid out block by block until `until`.
		RewardsDistributed {
			/// Who paid it.
			who: T::AccountId,
			/// VVV (planck).
			amount: Balance,
			/// The last block of the stream, which carries what was not paid yet too.
			until: BlockNumberFor<T>,
		},
		/// The annual emission was cut.
		AnnualEmissionSet {
			/// VVV (planck) a year from now on.
			emission: Balance,
		},
		/// The cooldown changed; chunks already unstaked keep theirs.
		UnbondingPeriodSet {
			/// Blocks.
			blocks: BlockNumberFor<T>,
		},
		/// The treasury's share of locked stake's yield changed.
		LockedYieldToTreasurySet {
			/// The share.
			share: Perbill,
		},
		/// The distribution period changed.
		DistributionPeriodSet {
			/// Blocks a distribution is paid out over.
			blocks: BlockNumberFor<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// An amount is zero.
		ZeroAmount,
		/// The amount exceeds the free balance that can be staked or paid.
		InsufficientBalance,
		/// The account has no stake.
		NotStaker,
		/// The amount exceeds the account's stake.
		InsufficientStake,
		/// The amount exceeds the account's free stake: the rest is locked as DIEM collateral.
		StakeLocked,
		/// The account has `MaxUnlockingChunks` chunks already.
		TooManyChunks,
		/// No cooldown chunk has that index.
		UnknownChunk,
		/// No chunk has finished its cooldown.
		CooldownNotElapsed,
		/// There is no whole planck of reward to claim or compound.
		NoRewards,
		/// Nothing is staked, so there is nobody to distribute to.
		NoStakers,
		/// The annual emission may only be lowered.
		EmissionNotLowered,
		/// An amount is beyond the reward arithmetic (more than `u128` can count).
		Overflow,
		/// The collateral to unlock exceeds what is locked.
		UnlockExceedsLocked,
		/// There is no cooldown chunk to withdraw.
		NothingToWithdraw,
		/// The stake would leave less free VVV than the fee reserve above the existential
		/// deposit: the account could not pay for its next transaction.
		NoFeeReserve,
		/// A distribution period must be at least one block.
		ZeroDistributionPeriod,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(_: BlockNumberFor<T>) -> Weight {
			Self::emit();
			T::WeightInfo::on_initialize()
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}

		fn integrity_test() {
			assert!(T::BlocksPerYear::get() > 0, "a year has blocks");
			assert!(T::MaxUnlockingChunks::get() > 0, "unstaking needs a chunk");
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Stake `amount` VVV planck of free balance.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::stake())]
		pub fn stake(origin: OriginFor<T>, amount: Balance) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_stake(who, amount)
		}

		/// Move `amount` of free stake into a cooldown chunk; it stops earning.
		///
		/// Charged for a full set of chunks; the fee for the chunks not there is refunded.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::unstake(T::MaxUnlockingChunks::get()))]
		pub fn unstake(origin: OriginFor<T>, amount: Balance) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let chunks = Self::do_unstake(who, amount)?;
			Ok(Some(T::WeightInfo::unstake(chunks)).into())
		}

		/// Release every chunk whose cooldown is over to free balance.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::withdraw_unstaked(T::MaxUnlockingChunks::get()))]
		pub fn withdraw_unstaked(origin: OriginFor<T>) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let chunks = Self::do_withdraw_unstaked(who)?;
			Ok(Some(T::WeightInfo::withdraw_unstaked(chunks)).into())
		}

		/// Put cooldown chunk `chunk` (its index, oldest first) back to stake.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::cancel_unstake(T::MaxUnlockingChunks::get()))]
		pub fn cancel_unstake(origin: OriginFor<T>, chunk: u32) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let chunks = Self::do_cancel_unstake(who, chunk)?;
			Ok(Some(T::WeightInfo::cancel_unstake(chunks)).into())
		}

		/// Pay the caller's rewards to its free balance.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::claim_rewards())]
		pub fn claim_rewards(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_claim(who, Payout::Claim)
		}

		/// Stake the caller's rewards.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::compound())]
		pub fn compound(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_claim(who, Payout::Compound)
		}

		/// Add `amount` VVV planck of the caller's free balance to the stakers' rewards.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::distribute_rewards())]
		pub fn distribute_rewards(origin: OriginFor<T>, amount: Balance) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_distribute_rewards(who, amount, Preservation::Preserve)
		}

		/// Cut the annual emission to `emission` VVV planck; it can never go back up.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::set_annual_emission())]
		pub fn set_annual_emission(origin: OriginFor<T>, emission: Balance) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(emission < AnnualEmission::<T>::get(), Error::<T>::EmissionNotLowered);
			AnnualEmission::<T>::put(emission);
			Self::deposit_event(Event::AnnualEmissionSet { emission });
			Ok(())
		}

		/// Set the cooldown to `blocks` for chunks unstaked from now on.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::set_unbonding_period())]
		pub fn set_unbonding_period(
			origin: OriginFor<T>,
			blocks: BlockNumberFor<T>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			UnbondingPeriod::<T>::put(blocks);
			Self::deposit_event(Event::UnbondingPeriodSet { blocks });
			Ok(())
		}

		/// Set the share of locked stake's emission that goes to the treasury, from the next
		/// reward on.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::set_locked_yield_to_treasury())]
		pub fn set_locked_yield_to_treasury(
			origin: OriginFor<T>,
			share: Perbill,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			LockedYieldToTreasury::<T>::put(share);
			Self::deposit_event(Event::LockedYieldToTreasurySet { share });
			Ok(())
		}

		/// Set the blocks a distribution is paid out over, from the next distribution on.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::set_distribution_period())]
		pub fn set_distribution_period(
			origin: OriginFor<T>,
			blocks: BlockNumberFor<T>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(!blocks.is_zero(), Error::<T>::ZeroDistributionPeriod);
			DistributionPeriod::<T>::put(blocks);
			Self::deposit_event(Event::DistributionPeriodSet { blocks });
			Ok(())
		}
	}
}

/// Where `claim_rewards` and `compound` send the rewards.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Payout {
	/// To free balance.
	Claim,
	/// Back to stake.
	Compound,
}

/// Design §2's emission: 6,000,000 VVV a year, in planck.
pub const DEFAULT_ANNUAL_EMISSION: Balance = 6_000_000_000_000_000_000_000_000;

/// 7 days of 2 s blocks.
pub const DEFAULT_UNBONDING_PERIOD: u32 = 7 * 43_200;

/// A day of 2 s blocks.
pub const DEFAULT_DISTRIBUTION_PERIOD: u32 = 43_200;
