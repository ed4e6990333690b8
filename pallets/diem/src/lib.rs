//! # DIEM pallet
//!
//! Staked VVV is locked to mint DIEM along a fixed-point exponential curve whose rate rises
//! with the DIEM supply; repaying DIEM burns it and releases the VVV (design §3). 1 DIEM is $1 of
//! compute credit every day, so DIEM is what the chain's stakers hold to use the platform.
//!
//! - [`Pallet::mint`] locks `cost(S, Δ)` of the caller's collateral and mints `Δ` DIEM, where
//!   `S` is the DIEM supply and the cost the integral of the rate (see [`curve`]): minting in
//!   one call or in many costs the same. `max_vvv` guards against the rate moving first.
//! - [`Pallet::mint_for_vvv`] locks exactly `vvv` and mints the most DIEM it buys.
//! - [`Pallet::repay`] burns DIEM from the caller (any DIEM, minted or bought) up to the
//!   caller's position and releases `locked × diem / minted` of its collateral, rounded down;
//!   the last repay releases the rest exactly.
//! - [`Pallet::set_curve`] and [`Pallet::set_minting_open`] are for `AdminOrigin`: minting is
//!   closed until the launch, so nobody can mint at the launch rate before everyone can.
//! - [`Pallet::set_target_supply`] moves the curve's target supply alone: `AdminOrigin` to any
//!   value the curve accepts, `OperatorOrigin` (the operator, design §13) by at most
//!   `OperatorTargetStep` of the current target, once per `OperatorTargetPeriod` blocks. The
//!   operator's lever is bounded here, in the pallet, so no configuration of origins elsewhere
//!   can widen it.
//!
//! Rounding always favours the protocol: the VVV locked is never below the exact integral and
//! a repay never releases more than was locked.
//!
//! The pallet is generic over where the money is: DIEM is any `fungible::Mutate` (the runtime
//! passes its DIEM asset), the collateral any [`Collateral`] (the staking pallet), and the
//! pricing policy any [`curve::MintCurve`].
//!
//! The curve prices on the supply this pallet counts, [`TotalMinted`], never on the DIEM
//! asset's issuance: whatever another path could do to the asset, it cannot move the price.
//! (The runtime also refuses every `pallet-assets` call that would create, destroy, freeze or
//! take over DIEM, so the two stay equal.)
//!
//! Genesis may open positions (`GenesisConfig::positions`): minted through the curve as
//! `mint` mints, against collateral that must exist by then (the runtime stakes it in the
//! staking pallet's genesis, built first), so a chain can start with DIEM in circulation (a
//! DEX pool, design §5) and the invariants below hold from genesis on.
//!
//! Invariants (design §7.3), checked by the tests after every step of random call sequences and
//! by [`Pallet::do_try_state`]: the DIEM supply equals the sum of positions' minted DIEM, and
//! the sum of positions' locked VVV equals [`TotalLocked`] and the collateral the
//! [`Collateral`] holds.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]
#![deny(clippy::arithmetic_side_effects, clippy::indexing_slicing, clippy::unwrap_used)]

extern crate alloc;

pub mod curve;
mod dispatchable_impls;
pub mod migrations;
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

pub use curve::{CurveError, CurveParams, MintCurve};
pub use pallet::*;
pub use types::{Collateral, HoldCollateral, Position};
pub use weights::WeightInfo;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use crate::curve::Balance;
	use frame_support::{pallet_prelude::*, traits::fungible};
	use frame_system::pallet_prelude::*;

	/// Version 1 added [`TotalMinted`] ([`crate::migrations::v1`]).
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// DIEM: minted to and burned from accounts by this pallet only.
		type Diem: fungible::Mutate<Self::AccountId, Balance = Balance>;

		/// The staked VVV that DIEM is minted against.
		type Collateral: Collateral<Self::AccountId>;

		/// The pricing policy: [`curve::ExponentialCurve`] for design §3.
		type Curve: MintCurve;

		/// The natural log of the largest multiple of the base rate the rate may rise to
		/// ([`curve::LN_1E9`] for 10⁹, design §3's example); a mint that would take the supply
		/// further is refused. At most [`curve::MAX_EXPONENT_CAP`].
		#[pallet::constant]
		type MaxRateExponent: Get<sp_arithmetic::FixedU128>;

		/// Who may change the curve and open or close minting.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Who may move the target supply within the bounds below (and nothing else).
		type OperatorOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The largest share of the current target supply the operator may move it by at once.
		#[pallet::constant]
		type OperatorTargetStep: Get<sp_runtime::Perbill>;

		/// Blocks that must pass between two of the operator's steps.
		#[pallet::constant]
		type OperatorTargetPeriod: Get<BlockNumberFor<Self>>;

		/// Weights of the calls, from this pallet's benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// A hold reason, for runtimes that back [`Collateral`] with a hold on VVV
	/// ([`HoldCollateral`]).
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// VVV locked as DIEM collateral.
		Collateral,
	}

	/// The curve's parameters.
	#[pallet::storage]
	pub type Curve<T> = StorageValue<_, CurveParams, ValueQuery>;

	/// Whether `mint` and `mint_for_vvv` are open; `repay` always is.
	#[pallet::storage]
	pub type MintingOpen<T> = StorageValue<_, bool, ValueQuery>;

	/// Each account's position: VVV locked, DIEM minted.
	#[pallet::storage]
	pub type Positions<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Position, OptionQuery>;

	/// The VVV locked in all positions together.
	#[pallet::storage]
	pub type TotalLocked<T> = StorageValue<_, Balance, ValueQuery>;

	/// The DIEM minted by all positions together: the supply the curve prices at.
	#[pallet::storage]
	pub type TotalMinted<T> = StorageValue<_, Balance, ValueQuery>;

	/// The block of the operator's last target-supply step; none yet if empty.
	#[pallet::storage]
	pub type OperatorLastStep<T: Config> = StorageValue<_, BlockNumberFor<T>, OptionQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The curve at genesis: the launch parameters by default.
		pub curve: CurveParams,
		/// Whether minting is open at genesis: closed by default.
		pub minting_open: bool,
		/// DIEM (planck) minted to each account at genesis, in order, as [`Pallet::mint`]
		/// would mint it whether minting is open or not: its cost on the genesis curve at the
		/// supply so far is locked from the account's collateral (which must be there, e.g.
		/// staked at genesis) and the position recorded. None by default.
		pub positions: alloc::vec::Vec<(T::AccountId, Balance)>,
		#[serde(skip)]
		#[doc(hidden)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			assert!(self.curve.validate().is_ok(), "the genesis curve is outside the domain");
			Curve::<T>::put(self.curve);
			MintingOpen::<T>::put(self.minting_open);
			for (who, diem) in &self.positions {
				if let Err(error) = Pallet::<T>::genesis_mint(who.clone(), *diem) {
					panic!(
						"the genesis position of {diem} DIEM planck for {who:?} failed: {error:?}"
					);
				}
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// DIEM was minted against locked collateral.
		Minted {
			/// The minter.
			who: T::AccountId,
			/// DIEM minted (planck).
			diem: Balance,
			/// VVV locked (planck).
			vvv_locked: Balance,
		},
		/// DIEM was repaid and collateral released.
		Repaid {
			/// The repayer.
			who: T::AccountId,
			/// DIEM burned (planck).
			diem: Balance,
			/// VVV released (planck).
			vvv_released: Balance,
		},
		/// The curve changed.
		CurveSet {
			/// The new parameters.
			params: CurveParams,
		},
		/// Minting was opened or closed.
		MintingOpenSet {
			/// Whether minting is open now.
			open: bool,
		},
		/// The target supply was moved.
		TargetSupplySet {
			/// The new target supply (DIEM planck).
			target_supply: Balance,
			/// Whether the operator moved it (within its bounds) rather than `AdminOrigin`.
			by_operator: bool,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// An amount is zero.
		ZeroAmount,
		/// Minting is closed.
		MintingClosed,
		/// The cost exceeds `max_vvv`, or the DIEM minted would be below `min_diem`: the rate
		/// moved.
		SlippageExceeded,
		/// The cost exceeds the caller's available collateral (free stake).
		InsufficientCollateral,
		/// The mint would take the rate beyond the cap (`e^MaxRateExponent` × base rate).
		RateCapExceeded,
		/// An amount is too large for the curve's arithmetic.
		Overflow,
		/// The curve parameters are outside the domain (see `curve::CurveParams::validate`).
		InvalidCurveParameters,
		/// The budget does not buy a single planck of DIEM.
		BudgetTooSmall,
		/// The caller has no position to repay.
		NoPosition,
		/// The repay exceeds the DIEM the caller's position minted.
		RepayExceedsPosition,
		/// The caller holds less DIEM than the repay.
		InsufficientDiem,
		/// The operator's step is larger than `OperatorTargetStep` of the current target.
		OperatorStepTooLarge,
		/// The operator already stepped within the last `OperatorTargetPeriod` blocks.
		OperatorStepTooSoon,
	}

	impl<T> From<CurveError> for Error<T> {
		fn from(error: CurveError) -> Self {
			match error {
				CurveError::InvalidParameters => Error::InvalidCurveParameters,
				CurveError::RateCapExceeded => Error::RateCapExceeded,
				CurveError::Overflow => Error::Overflow,
			}
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(
				T::MaxRateExponent::get() <= curve::MAX_EXPONENT_CAP,
				"MaxRateExponent is above what the curve supports"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Mint `diem` DIEM planck, locking its cost of the caller's collateral; fails if the
		/// cost is above `max_vvv`.
		///
		/// Charged the worst case of the curve math (a supply at the rate cap).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::mint(100))]
		pub fn mint(origin: OriginFor<T>, diem: Balance, max_vvv: Balance) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_mint(who, diem, max_vvv)
		}

		/// Lock exactly `vvv` VVV planck of the caller's collateral and mint the most DIEM it
		/// buys; fails if that is below `min_diem`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::mint_for_vvv(100))]
		pub fn mint_for_vvv(
			origin: OriginFor<T>,
			vvv: Balance,
			min_diem: Balance,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_mint_for_vvv(who, vvv, min_diem)
		}

		/// Burn `diem` DIEM planck from the caller, up to the caller's position, and release
		/// the matching share of its collateral.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::repay())]
		pub fn repay(origin: OriginFor<T>, diem: Balance) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_repay(who, diem)
		}

		/// Set the curve: base rate `B` (planck of VVV per DIEM), target supply `T` (DIEM
		/// planck), adjustment power `k` and exponent `n`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::set_curve())]
		pub fn set_curve(
			origin: OriginFor<T>,
			base_rate: Balance,
			target_supply: Balance,
			adjustment_power: sp_arithmetic::FixedU128,
			exponent: u8,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			let params = CurveParams { base_rate, target_supply, adjustment_power, exponent };
			params.validate().map_err(Error::<T>::from)?;
			Curve::<T>::put(params);
			Self::deposit_event(Event::CurveSet { params });
			Ok(())
		}

		/// Move the curve's target supply to `target_supply` (DIEM planck), the other
		/// parameters unchanged: `AdminOrigin` to any value the curve accepts; `OperatorOrigin`
		/// by at most `OperatorTargetStep` of the current target, once per
		/// `OperatorTargetPeriod`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::set_target_supply())]
		pub fn set_target_supply(origin: OriginFor<T>, target_supply: Balance) -> DispatchResult {
			let by_operator = match T::AdminOrigin::try_origin(origin) {
				Ok(_) => false,
				Err(origin) => {
					T::OperatorOrigin::ensure_origin(origin)?;
					true
				}
			};
			Self::do_set_target_supply(target_supply, by_operator)
		}

		/// Open or close minting.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::set_minting_open())]
		pub fn set_minting_open(origin: OriginFor<T>, open: bool) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			MintingOpen::<T>::put(open);
			Self::deposit_event(Event::MintingOpenSet { open });
			Ok(())
		}
	}
}
