//! What the pallet stores per staker, and what wallets read of it.

use crate::{
	rewards::{Balance, Earned, RewardIndex},
	Config,
};
use codec::{Decode, Encode, MaxEncodedLen};
use frame_support::{BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;
use sp_arithmetic::traits::AtLeast32BitUnsigned;
use sp_core::U256;

/// Stake on its way out: it no longer earns, and can be withdrawn from `unlock_at` on.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct UnlockChunk<BlockNumber> {
	/// VVV (planck) unstaked.
	pub amount: Balance,
	/// The first block at which it can be withdrawn.
	pub unlock_at: BlockNumber,
}

/// A staker's ledger. All of `staked` and of the chunks is held on the account under
/// `HoldReason::Staked`.
#[derive(
	CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, Encode, Decode, MaxEncodedLen, TypeInfo,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct Ledger<T: Config> {
	/// VVV (planck) staked and earning.
	pub staked: Balance,
	/// The part of `staked` locked as DIEM collateral: it earns, but cannot be unstaked.
	pub locked: Balance,
	/// Rewards settled and not claimed.
	pub earned: Earned,
	/// The reward index at the last settlement.
	pub snapshot: RewardIndex,
	/// Unstaked VVV in its cooldown, oldest first.
	pub unlocking: BoundedVec<UnlockChunk<BlockNumberFor<T>>, T::MaxUnlockingChunks>,
}

impl<T: Config> Default for Ledger<T> {
	fn default() -> Self {
		Self {
			staked: 0,
			locked: 0,
			earned: Earned::default(),
			snapshot: RewardIndex::default(),
			unlocking: BoundedVec::new(),
		}
	}
}

impl<T: Config> Ledger<T> {
	/// VVV in the cooldown.
	pub fn unlocking_total(&self) -> Balance {
		self.unlocking.iter().fold(0, |sum, chunk| sum.saturating_add(chunk.amount))
	}

	/// Whether nothing is left: no stake, no chunk, no whole planck of reward.
	pub fn is_empty(&self) -> bool {
		self.staked == 0 && self.unlocking.is_empty() && self.earned.planck == 0
	}
}

/// A staker as a wallet shows it ([`crate::runtime_api::StakingApi::staker`]).
#[derive(Clone, PartialEq, Eq, Debug, Default, Encode, Decode, TypeInfo)]
pub struct StakerInfo<BlockNumber> {
	/// VVV (planck) staked and earning.
	pub staked: Balance,
	/// The part of it locked as DIEM collateral.
	pub locked: Balance,
	/// Rewards claimable now.
	pub pending_rewards: Balance,
	/// Unstaked VVV in its cooldown: `(amount, first block it can be withdrawn)`.
	pub unlocking: sp_runtime::Vec<UnlockChunk<BlockNumber>>,
}

/// The pool as a wallet shows it ([`crate::runtime_api::StakingApi::summary`]).
#[derive(Clone, PartialEq, Eq, Debug, Default, Encode, Decode, TypeInfo)]
pub struct StakingSummary {
	/// VVV (planck) staked.
	pub total_staked: Balance,
	/// The part of it locked as DIEM collateral.
	pub total_locked: Balance,
	/// VVV (planck) emitted a year.
	pub annual_emission: Balance,
	/// The yearly return of free stake the emission implies now (`annual_emission /
	/// total_staked`), `None` with nothing staked (or so little that the APR is beyond
	/// `FixedU128`). Locked stake earns `1 − locked_yield_to_treasury` of it.
	pub apr: Option<sp_arithmetic::FixedU128>,
	/// The share of locked stake's emission that goes to the treasury.
	pub locked_yield_to_treasury: sp_arithmetic::Perbill,
}

/// Distributed VVV being paid into the rewards block by block: each block pays an equal share
/// of `pending` for each block left up to `ends_at`, which pays the rest.
#[derive(Clone, Copy, PartialEq, Eq, Default, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct RewardStream<BlockNumber> {
	/// VVV (planck) in the pot not paid into the rewards yet.
	pub pending: Balance,
	/// The block that pays the last of it.
	pub ends_at: BlockNumber,
}

impl<BlockNumber: AtLeast32BitUnsigned + Copy> RewardStream<BlockNumber> {
	/// The stream once `amount` more is distributed in block `now` over `period` blocks.
	///
	/// With nothing pending, or a stream that has ended, it ends at `now + period`. Otherwise
	/// the end is the amount-weighted mean of the two: with `pending` paid over the `left =
	/// ends_at − now` blocks after this one,
	///
	/// ```text
	/// ends_at' = now + ⌊(pending × left + amount × period) / (pending + amount)⌋
	/// ```
	///
	/// so a distribution moves the end by at most `amount × period / (pending + amount)`
	/// blocks: as far as its share of what is streaming justifies, and a planck added to a
	/// large stream not at all. Rounding down is what makes that so: rounding up would move
	/// the end a block for every planck-sized call. The end never passes the later of the
	/// current end and `now + period`, and never comes before the earlier of them.
	///
	/// `None` when the amounts are beyond `u128`.
	pub fn merge(self, amount: Balance, now: BlockNumber, period: BlockNumber) -> Option<Self> {
		let pending = self.pending.checked_add(amount)?;
		if self.pending == 0 || self.ends_at <= now {
			return Some(Self { pending, ends_at: now.saturating_add(period) });
		}
		let left: u128 = self.ends_at.saturating_sub(now).unique_saturated_into();
		let period: u128 = period.unique_saturated_into();
		let weighted = U256::from(self.pending)
			.checked_mul(U256::from(left))?
			.checked_add(U256::from(amount).checked_mul(U256::from(period))?)?;
		// A mean of `left` and `period`, so it fits a block number as they do.
		let blocks = u128::try_from(weighted.checked_div(U256::from(pending))?).ok()?;
		Some(Self {
			pending,
			ends_at: now.saturating_add(BlockNumber::unique_saturated_from(blocks)),
		})
	}
}
