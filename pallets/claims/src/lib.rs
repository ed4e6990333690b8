//! # Claims: VVV holders on Base bring their tokens
//!
//! VVV is an ERC-20 on Base. A snapshot of its holders becomes claims: an Ethereum address is
//! owed an amount of VVV, of which a part may vest ([`VestingTerms`]). The holder claims by
//! signing, with the Ethereum key that holds the address (MetaMask's `personal_sign`), a
//! message that names the account to pay and this chain ([`message::claim_message`]), and
//! anyone submits [`Pallet::claim`] **unsigned**, so an account without VVV, which could pay
//! no fee, can claim. Design §16 and `docs/claims.md`.
//!
//! ## Why it holds
//!
//! - **One claim per address.** A paid claim moves from [`Claims`] to [`Claimed`]; a second
//!   is refused as [`Error::AlreadyClaimed`].
//! - **No redirection.** The destination is in the signed message: a claim seen in the pool and
//!   resubmitted with another destination recovers another address, [`Error::WrongSignature`].
//!   The genesis hash is in it too, so a signature made for another chain (a testnet) does
//!   nothing here.
//! - **No free spam.** The pool runs the same checks as the dispatch ([`Pallet::check_claim`]):
//!   a bad claim is refused in validation, by name (`InvalidTransaction::Custom` with the
//!   error's index, [`Pallet::pool_code`]), and never reaches a block, so it costs the chain
//!   nothing; a good one provides the tag `("claims", signer)`, so one address has one claim in
//!   the pool, and is valid for [`Config::ClaimLongevity`] blocks.
//! - **Backed one for one.** Every claim's VVV is already in the pot, a keyless account
//!   ([`Pallet::pot`]): genesis mints the genesis claims' total into it, and
//!   [`Pallet::add_claim`] (governance's `operations` track) accepts a claim only if the pot
//!   holds [`Total`] and the new amount. Nothing mints VVV after genesis. `try_state` checks
//!   that the pot holds [`Total`] and that [`Total`] is the claims' sum.
//!
//! A vested claim pays its VVV and adds its schedule to the destination through
//! [`Config::VestingSchedules`] (`pallet-vesting` in the runtime); a destination with no room for
//! another schedule is refused before anything moves ([`Error::VestingLimit`]).

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]
#![deny(clippy::arithmetic_side_effects, clippy::indexing_slicing, clippy::unwrap_used)]

extern crate alloc;

pub mod message;
pub mod runtime_api;
mod types;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use pallet::*;
pub use types::{ClaimRecord, ClaimState, EcdsaSignature, EthereumAddress, VestingTerms};
pub use weights::WeightInfo;

use frame_support::traits::{fungible, Currency, VestingSchedule};
use sp_runtime::DispatchResult as VestingResult;

/// The VVV amounts of a claim.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A claim's vesting terms, in the runtime's balance and block number.
pub type VestingTermsOf<T> =
	VestingTerms<BalanceOf<T>, frame_system::pallet_prelude::BlockNumberFor<T>>;

/// A genesis claim: the address, its VVV, and how it vests if it does.
pub type GenesisClaimOf<T> = (EthereumAddress, BalanceOf<T>, Option<VestingTermsOf<T>>);

/// What a claim's vesting needs of the chain's vesting schedules.
pub trait VestingSchedules<AccountId, Balance, BlockNumber> {
	/// Whether `who` can take a schedule locking `locked`, unlocking `per_block` a block from
	/// `start`.
	fn can_add(
		who: &AccountId,
		locked: Balance,
		per_block: Balance,
		start: BlockNumber,
	) -> VestingResult;
	/// Adds that schedule to `who`, whose balance holds `locked`.
	fn add(
		who: &AccountId,
		locked: Balance,
		per_block: Balance,
		start: BlockNumber,
	) -> VestingResult;
}

/// [`VestingSchedules`] through a pallet implementing `VestingSchedule` (`pallet-vesting`).
pub struct VestingScheduleOf<V>(core::marker::PhantomData<V>);

impl<AccountId, Balance, BlockNumber, V> VestingSchedules<AccountId, Balance, BlockNumber>
	for VestingScheduleOf<V>
where
	V: VestingSchedule<AccountId, Moment = BlockNumber>,
	V::Currency: Currency<AccountId, Balance = Balance>,
{
	fn can_add(
		who: &AccountId,
		locked: Balance,
		per_block: Balance,
		start: BlockNumber,
	) -> VestingResult {
		V::can_add_vesting_schedule(who, locked, per_block, start)
	}

	fn add(
		who: &AccountId,
		locked: Balance,
		per_block: Balance,
		start: BlockNumber,
	) -> VestingResult {
		V::add_vesting_schedule(who, locked, per_block, start)
	}
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{Inspect, Mutate, Unbalanced},
			tokens::{Fortitude, Preservation},
			Contains,
		},
		PalletId,
	};
	use frame_system::pallet_prelude::*;
	use sp_runtime::{
		traits::{AccountIdConversion, CheckedAdd, CheckedDiv, CheckedSub, One, Saturating, Zero},
		SaturatedConversion,
	};

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeCall: From<Call<Self>>> {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// VVV.
		type Currency: Mutate<Self::AccountId>;

		/// The chain's vesting schedules, for vested claims.
		type VestingSchedules: VestingSchedules<
			Self::AccountId,
			BalanceOf<Self>,
			BlockNumberFor<Self>,
		>;

		/// Who adds and removes claims and sets the statement.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The pot's id: its account holds every unclaimed claim's VVV.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// The longest statement.
		#[pallet::constant]
		type MaxStatementLength: Get<u32>;

		/// The blocks a valid claim stays valid in the pool.
		#[pallet::constant]
		type ClaimLongevity: Get<u64>;

		/// A valid claim's priority in the pool.
		#[pallet::constant]
		type ClaimPriority: Get<TransactionPriority>;

		/// Where a removed claim's VVV goes (the treasury): governance that removes a claim
		/// cannot hand its VVV to another.
		type RemovedClaimsTo: Get<Self::AccountId>;

		/// The dispatchables' weights.
		type WeightInfo: WeightInfo;
	}

	/// The VVV each address may still claim.
	#[pallet::storage]
	pub type Claims<T: Config> = StorageMap<_, Identity, EthereumAddress, BalanceOf<T>>;

	/// How each vested claim vests.
	#[pallet::storage]
	pub type Vesting<T: Config> = StorageMap<_, Identity, EthereumAddress, VestingTermsOf<T>>;

	/// The claims paid: to whom, how much, when.
	#[pallet::storage]
	pub type Claimed<T: Config> = StorageMap<
		_,
		Identity,
		EthereumAddress,
		ClaimRecord<T::AccountId, BalanceOf<T>, BlockNumberFor<T>>,
	>;

	/// The VVV of all claims not yet made.
	#[pallet::storage]
	pub type Total<T: Config> = StorageValue<_, BalanceOf<T>, ValueQuery>;

	/// The statement a claim's message ends with, if the chain sets one.
	#[pallet::storage]
	pub type Statement<T: Config> = StorageValue<_, BoundedVec<u8, T::MaxStatementLength>>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The snapshot: each address, its VVV, and how it vests if it does. Their total is
		/// minted into the pot.
		pub claims: Vec<GenesisClaimOf<T>>,
		/// The statement, if the chain sets one.
		pub statement: Option<Vec<u8>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			let mut total = BalanceOf::<T>::zero();
			for (address, amount, vesting) in &self.claims {
				assert!(!Claims::<T>::contains_key(address), "{address:?} is claimed twice");
				if let Err(error) = Pallet::<T>::check_new_claim(*amount, vesting.as_ref()) {
					panic!("the genesis claim of {address:?} is refused: {error:?}");
				}
				Claims::<T>::insert(address, amount);
				if let Some(vesting) = vesting {
					Vesting::<T>::insert(address, vesting);
				}
				total = total.checked_add(amount).expect("the claims' total overflows");
			}
			// With claims, the pot lives for good, whatever it holds: no existential deposit to
			// keep, and a consumer reference (an asset sent to it) cannot strand its last planck.
			let pot = Pallet::<T>::pot();
			if !total.is_zero() {
				frame_system::Pallet::<T>::inc_providers(&pot);
				T::Currency::mint_into(&pot, total)
					.expect("the claims' total is minted into the pot");
				// Unclaimed VVV cannot vote: it leaves the active issuance until it is claimed.
				T::Currency::deactivate(total);
			}
			Total::<T>::put(total);
			if let Some(statement) = &self.statement {
				let statement: BoundedVec<_, _> =
					statement.clone().try_into().expect("the statement is too long");
				Statement::<T>::put(statement);
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// `signer`'s claim paid `amount` to `dest`, of which `vested` is locked in a schedule.
		Claimed {
			/// The Ethereum address that signed.
			signer: EthereumAddress,
			/// The account paid.
			dest: T::AccountId,
			/// The VVV paid.
			amount: BalanceOf<T>,
			/// Of it, the VVV locked in a vesting schedule.
			vested: BalanceOf<T>,
		},
		/// Governance added a claim.
		ClaimAdded {
			/// Its address.
			who: EthereumAddress,
			/// Its VVV.
			amount: BalanceOf<T>,
			/// How it vests, if it does.
			vesting: Option<VestingTermsOf<T>>,
		},
		/// Governance removed an unclaimed claim; its VVV went to `to`.
		ClaimRemoved {
			/// Its address.
			who: EthereumAddress,
			/// Its VVV.
			amount: BalanceOf<T>,
			/// Where the VVV went: [`Config::RemovedClaimsTo`].
			to: T::AccountId,
		},
		/// Governance set the statement (or cleared it).
		StatementSet {
			/// The new statement.
			statement: Option<BoundedVec<u8, T::MaxStatementLength>>,
		},
	}

	/// The errors, in an order that is part of the pool's interface: a refused claim's
	/// `InvalidTransaction::Custom` code is its error's index ([`Pallet::pool_code`]).
	#[pallet::error]
	pub enum Error<T> {
		/// The signature is not a recoverable secp256k1 signature (its `v` is not 27, 28, 0 or
		/// 1, or `r` or `s` is out of range).
		MalformedSignature,
		/// The signature recovers another address than the claim's: it was made by another
		/// key or over another message (another destination, another chain, another
		/// statement).
		WrongSignature,
		/// The address has no claim and never had one.
		UnknownAddress,
		/// The address's claim was already paid.
		AlreadyClaimed,
		/// The destination has as many vesting schedules as it may.
		VestingLimit,
		/// The address already has a claim, or has claimed.
		ClaimExists,
		/// The amount is below the existential deposit.
		BelowMinimum,
		/// The vesting locks nothing, more than the claim, or unlocks over no block.
		InvalidVesting,
		/// The pot cannot pay the claims' total and the new claim (or, for a claim, this one).
		PotShort,
		/// Claims are not dispatched now: the chain is in safe mode.
		Paused,
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Pays `signer`'s claim to `dest`. `signature` is `signer`'s `personal_sign` of
		/// [`Pallet::claim_message`] for `dest`. Unsigned: anyone may submit it.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::claim())]
		pub fn claim(
			origin: OriginFor<T>,
			dest: T::AccountId,
			signer: EthereumAddress,
			signature: EcdsaSignature,
		) -> DispatchResult {
			ensure_none(origin)?;
			let (amount, vesting) = Self::check_claim(&dest, &signer, &signature)?;
			Self::pay(signer, dest, amount, vesting)
		}

		/// Adds a claim of `amount` VVV for `who`, vesting as `vesting` says, backed by VVV
		/// already in the pot beyond the claims' total.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::add_claim())]
		pub fn add_claim(
			origin: OriginFor<T>,
			who: EthereumAddress,
			amount: BalanceOf<T>,
			vesting: Option<VestingTermsOf<T>>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(
				!Claims::<T>::contains_key(who) && !Claimed::<T>::contains_key(who),
				Error::<T>::ClaimExists
			);
			Self::check_new_claim(amount, vesting.as_ref())?;
			let total = Total::<T>::get().checked_add(&amount).ok_or(Error::<T>::PotShort)?;
			ensure!(Self::pot_can_pay() >= total, Error::<T>::PotShort);
			Claims::<T>::insert(who, amount);
			if let Some(vesting) = vesting {
				Vesting::<T>::insert(who, vesting);
			}
			Total::<T>::put(total);
			T::Currency::deactivate(amount);
			Self::deposit_event(Event::ClaimAdded { who, amount, vesting });
			Ok(())
		}

		/// Removes `who`'s unclaimed claim (one nobody can sign for, a contract's). Its VVV goes
		/// to [`Config::RemovedClaimsTo`], the treasury, not to another claim.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::remove_claim())]
		pub fn remove_claim(origin: OriginFor<T>, who: EthereumAddress) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			let amount = Claims::<T>::take(who).ok_or(Error::<T>::UnknownAddress)?;
			Vesting::<T>::remove(who);
			Total::<T>::mutate(|total| *total = total.saturating_sub(amount));
			T::Currency::reactivate(amount);
			let to = T::RemovedClaimsTo::get();
			T::Currency::transfer(&Self::pot(), &to, amount, Preservation::Expendable)?;
			Self::deposit_event(Event::ClaimRemoved { who, amount, to });
			Ok(())
		}

		/// Sets the statement every claim's message must end with, or clears it with `None`.
		/// Signatures over the old message stop being valid.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::set_statement())]
		pub fn set_statement(
			origin: OriginFor<T>,
			statement: Option<BoundedVec<u8, T::MaxStatementLength>>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Statement::<T>::set(statement.clone());
			Self::deposit_event(Event::StatementSet { statement });
			Ok(())
		}
	}

	// `ValidateUnsigned` is deprecated for `#[pallet::authorize]`, which needs general
	// (version 5) transactions; polkadot.js 16.5.6, the dashboard's and the wallets' library,
	// cannot submit those, and a claimant has no account to sign with. docs/claims.md.
	#[allow(deprecated)]
	#[pallet::validate_unsigned]
	impl<T: Config> ValidateUnsigned for Pallet<T> {
		type Call = Call<T>;

		fn validate_unsigned(_source: TransactionSource, call: &Self::Call) -> TransactionValidity {
			let Call::claim { dest, signer, signature } = call else {
				return InvalidTransaction::Call.into();
			};
			// A claim the block would refuse to dispatch (safe mode's filter) is refused here,
			// or it would be included, fail, and stay valid: block space for nothing.
			let runtime_call: <T as frame_system::Config>::RuntimeCall = call.clone().into();
			if !<T as frame_system::Config>::BaseCallFilter::contains(&runtime_call) {
				return InvalidTransaction::Custom(Self::pool_code(&Error::<T>::Paused)).into();
			}
			Self::check_claim(dest, signer, signature)
				.map_err(|error| InvalidTransaction::Custom(Self::pool_code(&error)))?;
			ValidTransaction::with_tag_prefix("claims")
				.priority(T::ClaimPriority::get())
				.and_provides(signer)
				.longevity(T::ClaimLongevity::get())
				.propagate(true)
				.build()
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	impl<T: Config> Pallet<T> {
		/// The pot: the keyless account that holds every unclaimed claim's VVV.
		pub fn pot() -> T::AccountId {
			T::PalletId::get().into_account_truncating()
		}

		/// The exact bytes `signer` signs to claim to `dest` on this chain.
		pub fn claim_message(dest: &T::AccountId) -> Vec<u8> {
			let genesis = frame_system::BlockHash::<T>::get(BlockNumberFor::<T>::zero());
			let statement = Statement::<T>::get();
			message::claim_message(
				&dest.encode(),
				genesis.as_ref(),
				statement.as_ref().map(|statement| statement.as_slice()),
			)
		}

		/// What the chain knows of `who`'s claim.
		pub fn claim_of(
			who: EthereumAddress,
		) -> ClaimState<T::AccountId, BalanceOf<T>, BlockNumberFor<T>> {
			if let Some(ClaimRecord { dest, amount, at }) = Claimed::<T>::get(who) {
				return ClaimState::Claimed { dest, amount, at };
			}
			match Claims::<T>::get(who) {
				Some(amount) => ClaimState::Unclaimed { amount, vesting: Vesting::<T>::get(who) },
				None => ClaimState::None,
			}
		}

		/// Every check of a claim, changing nothing: the pool's and the dispatch's. Reads the
		/// state first, so an address without a claim costs no signature recovery. Gives the
		/// claim's amount and vesting.
		#[allow(clippy::type_complexity)]
		pub fn check_claim(
			dest: &T::AccountId,
			signer: &EthereumAddress,
			signature: &EcdsaSignature,
		) -> Result<(BalanceOf<T>, Option<VestingTermsOf<T>>), Error<T>> {
			ensure!(!Claimed::<T>::contains_key(signer), Error::<T>::AlreadyClaimed);
			let amount = Claims::<T>::get(signer).ok_or(Error::<T>::UnknownAddress)?;
			let digest = message::personal_sign_digest(&Self::claim_message(dest));
			let recovered = message::recover_signer(signature, &digest)
				.map_err(|_| Error::<T>::MalformedSignature)?;
			ensure!(recovered == *signer, Error::<T>::WrongSignature);
			ensure!(Self::pot_can_pay() >= amount, Error::<T>::PotShort);
			let vesting = Vesting::<T>::get(signer);
			if let Some(terms) = &vesting {
				T::VestingSchedules::can_add(
					dest,
					terms.locked,
					Self::per_block(terms),
					terms.start,
				)
				.map_err(|_| Error::<T>::VestingLimit)?;
			}
			Ok((amount, vesting))
		}

		/// What the pot can pay out: its balance less what is frozen in it (a lock someone put
		/// there with a vested transfer).
		pub fn pot_can_pay() -> BalanceOf<T> {
			T::Currency::reducible_balance(
				&Self::pot(),
				Preservation::Expendable,
				Fortitude::Polite,
			)
		}

		/// The code a refused claim has in the pool: its error's index in [`Error`].
		pub fn pool_code(error: &Error<T>) -> u8 {
			error.encode().first().copied().unwrap_or(u8::MAX)
		}

		/// The checks of a new claim's amount and vesting.
		fn check_new_claim(
			amount: BalanceOf<T>,
			vesting: Option<&VestingTermsOf<T>>,
		) -> Result<(), Error<T>> {
			ensure!(amount >= T::Currency::minimum_balance(), Error::<T>::BelowMinimum);
			if let Some(terms) = vesting {
				ensure!(
					!terms.locked.is_zero() && terms.locked <= amount && !terms.length.is_zero(),
					Error::<T>::InvalidVesting
				);
			}
			Ok(())
		}

		/// The VVV a schedule unlocks a block: the locked VVV over the length, rounded up, so
		/// it ends by `start + length` and is never zero.
		pub(crate) fn per_block(terms: &VestingTermsOf<T>) -> BalanceOf<T> {
			let length: u128 = terms.length.saturated_into();
			let length: BalanceOf<T> = length.max(1).saturated_into();
			let whole = terms.locked.checked_div(&length).unwrap_or_default();
			let rest = terms.locked.saturating_sub(whole.saturating_mul(length));
			let per_block = if rest.is_zero() { whole } else { whole.saturating_add(One::one()) };
			per_block.max(One::one())
		}

		/// Pays a checked claim: moves it to [`Claimed`], its VVV from the pot to `dest`, and
		/// its schedule to `dest`'s.
		fn pay(
			signer: EthereumAddress,
			dest: T::AccountId,
			amount: BalanceOf<T>,
			vesting: Option<VestingTermsOf<T>>,
		) -> DispatchResult {
			Claims::<T>::remove(signer);
			Vesting::<T>::remove(signer);
			let total = Total::<T>::get().checked_sub(&amount).ok_or(Error::<T>::PotShort)?;
			Total::<T>::put(total);
			T::Currency::reactivate(amount);
			T::Currency::transfer(&Self::pot(), &dest, amount, Preservation::Expendable)?;
			let vested = match vesting {
				Some(terms) => {
					T::VestingSchedules::add(
						&dest,
						terms.locked,
						Self::per_block(&terms),
						terms.start,
					)?;
					terms.locked
				}
				None => Zero::zero(),
			};
			let at = frame_system::Pallet::<T>::block_number();
			Claimed::<T>::insert(signer, ClaimRecord { dest: dest.clone(), amount, at });
			Self::deposit_event(Event::Claimed { signer, dest, amount, vested });
			Ok(())
		}

		/// The invariants: [`Total`] is the claims' sum and the pot holds it; every vesting is a
		/// claim's and valid; no address is both owed and paid. Iterates the claims: for
		/// `try-runtime` and tests, not for blocks.
		pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
			let mut sum = BalanceOf::<T>::zero();
			for (address, amount) in Claims::<T>::iter() {
				sum = sum.checked_add(&amount).ok_or("the claims' sum overflows")?;
				ensure!(!Claimed::<T>::contains_key(address), "an address is owed and paid");
				Self::check_new_claim(amount, Vesting::<T>::get(address).as_ref())
					.map_err(|_| "a claim is below the minimum or its vesting is invalid")?;
			}
			ensure!(sum == Total::<T>::get(), "Total is not the claims' sum");
			ensure!(Self::pot_can_pay() >= sum, "the pot can pay less than Total");
			for address in Vesting::<T>::iter_keys() {
				ensure!(Claims::<T>::contains_key(address), "a vesting without its claim");
			}
			Ok(())
		}
	}
}
