//! What the pallet stores per account and per day, and what wallets read of it.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// An amount of DIEM, in planck.
pub type Balance = u128;
/// A credit day: days since 1970-01-01 (UTC days with the default 86,400 s day).
pub type DayIndex = u32;
/// A Unix time in milliseconds, as the Timestamp pallet keeps it.
pub type Moment = u64;
/// An amount of US dollars in millionths: the unit of allowances and usage.
pub type MicroUsd = u128;

/// The time source: the runtime's Timestamp pallet.
pub trait Clock {
	/// The current block's Unix time in milliseconds.
	fn now() -> Moment;

	/// Moves the clock, for benchmarks.
	#[cfg(feature = "runtime-benchmarks")]
	fn set(now: Moment);
}

/// An account's DIEM staked for credits and its use of the current day.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct CreditLedger {
	/// DIEM (planck) in the pallet's custody and not cooling down.
	pub staked: Balance,
	/// What was staked on `fresh_day`: it counts from the day after. On a later day it means
	/// nothing (all of `staked` counts) and is not updated.
	pub fresh: Balance,
	/// The day `fresh` was staked.
	pub fresh_day: DayIndex,
	/// The day `used` and `day_allowance` belong to; on a later day both start again.
	pub usage_day: DayIndex,
	/// The allowance (micro-USD) at the account's first use or unstake of `usage_day`, which is
	/// the day's opening allowance: an allowance only falls during a day.
	pub day_allowance: MicroUsd,
	/// Credits (micro-USD) used on `usage_day`.
	pub used: MicroUsd,
}

/// DIEM on its way out: it no longer counts, and can be withdrawn from `unlock_at` on.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct DiemChunk {
	/// DIEM (planck) unstaked.
	pub amount: Balance,
	/// The first Unix time (ms) at which it can be withdrawn.
	pub unlock_at: Moment,
}

/// DIEM staked today, over all accounts: it counts from tomorrow.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct FreshStake {
	/// The day it was staked.
	pub day: DayIndex,
	/// DIEM (planck).
	pub amount: Balance,
}

/// A meter's state.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct MeterState {
	/// Whether it may record usage now.
	pub registered: bool,
	/// The index the meter's next `record_usage` batch must carry: one more than its last
	/// recorded batch's. A batch is recorded exactly once: a replay (a lower index) is refused
	/// as `BatchAlreadyRecorded`, a gap (a higher one) as `BatchOutOfOrder`.
	pub next_batch: u64,
}

/// A credit day's totals.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct DayRecord {
	/// The day.
	pub day: DayIndex,
	/// DIEM (planck) counting at the day's start.
	pub counting: Balance,
	/// Credits (micro-USD) used: usage the allowances covered.
	pub used: MicroUsd,
	/// Usage (micro-USD) metered beyond the allowances, to be billed elsewhere.
	pub uncovered: MicroUsd,
}

/// An account's credits as a wallet shows them ([`crate::runtime_api::CreditsApi::credits`]).
#[derive(Clone, PartialEq, Eq, Debug, Default, Encode, Decode, TypeInfo)]
pub struct CreditsInfo<BlockNumber> {
	/// DIEM (planck) staked for credits, not cooling down.
	pub staked: Balance,
	/// DIEM (planck) giving credits today.
	pub counting_today: Balance,
	/// DIEM (planck) giving credits tomorrow, if nothing changes.
	pub counting_tomorrow: Balance,
	/// Today's allowance (micro-USD) at the day's start.
	pub allowance_today: MicroUsd,
	/// Credits (micro-USD) used today.
	pub used_today: MicroUsd,
	/// Credits (micro-USD) left today.
	pub remaining_today: MicroUsd,
	/// When the next day starts and the allowance renews, in Unix milliseconds.
	pub next_renewal_at: Moment,
	/// The block expected to be the first of the next day, at the chain's block time.
	pub next_renewal_block: BlockNumber,
	/// Unstaked DIEM cooling down, oldest first.
	pub unlocking: sp_runtime::Vec<DiemChunk>,
}
