//! What the pallet records and what it asks of the runtime.

use crate::impact::Balance;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_arithmetic::{FixedU128, Perbill};
use sp_runtime::{DispatchError, DispatchResult};

/// How each transaction fee is split (design §4, "Fee redistribution"): `burn` of it is
/// burned, `stakers` of it streamed to stakers, the rest paid to the treasury; the two add up
/// to at most the whole fee. One storage value, read once a fee.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Default,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct FeeSplit {
	/// The share burned.
	pub burn: Perbill,
	/// The share streamed to stakers.
	pub stakers: Perbill,
}

/// One epoch's account: what it could spend, what it spent, what that burned and streamed to
/// stakers.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Default,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct EpochRecord<BlockNumber> {
	/// The epoch's number, from 0 at genesis.
	pub index: u32,
	/// The block it started at.
	pub started_at: BlockNumber,
	/// The budget it started with, carried budget included.
	pub budget: Balance,
	/// Revenue spent on VVV during it.
	pub spent: Balance,
	/// VVV (planck) bought and burned during it.
	pub burned: Balance,
	/// VVV (planck) bought and streamed to stakers during it (storage version 2 on).
	pub streamed: Balance,
}

/// Why the hook did not buy in a block although it had budget.
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
pub enum SkipReason {
	/// There is no revenue/VVV pool, or it is empty.
	NoPool,
	/// The pool is so thin that the price-impact cap allows no purchase.
	ThinLiquidity,
	/// The swap or the burn failed; nothing moved.
	SwapFailed(DispatchError),
	/// There is no reference price yet, or it has not been sampled for a half-life.
	NoReferencePrice,
	/// The pool's price is above `reference × (1 + MaxSlippage)`, or so close to it that the
	/// swap fee leaves nothing to buy within that limit.
	PriceAboveReference,
	/// Buying now would leave the pot less of the revenue asset than its minimum balance,
	/// which the DEX would take along for nothing; the budget waits for more revenue.
	WouldLeaveDust,
}

/// The reference price of the revenue/VVV pool ([`crate::reference`]), sampled every block
/// before any transaction runs.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Default,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct ReferencePrice<BlockNumber> {
	/// The moving average of the pool price: revenue units per whole VVV (10¹⁸ planck).
	pub price: FixedU128,
	/// The pool price at the start of this block, before any transaction.
	pub open: FixedU128,
	/// The pool's revenue reserve at the lower of the two prices, with the invariant sampled
	/// with them: the depth purchases are sized from.
	pub depth: Balance,
	/// The block of the first sample; the hook buys once a half-life has passed since (at
	/// once if that is genesis).
	pub since: BlockNumber,
}

impl<BlockNumber> ReferencePrice<BlockNumber> {
	/// The price the hook buys against: the lower of the average and the block's opening
	/// price, neither of which a transaction of the block can move.
	pub fn buy_price(&self) -> FixedU128 {
		self.price.min(self.open)
	}
}

/// The reserves of the pool the hook buys from.
pub trait PoolReserves {
	/// `(revenue, VVV)` in the pool, `None` if there is no pool or it is empty.
	fn reserves() -> Option<(Balance, Balance)>;
}

/// The stakers' reward stream, which the stakers' shares of purchases and fees are paid into
/// (in the runtime: the staking pallet's `do_distribute_rewards`). The buy-burn pallet knows
/// nothing else of staking.
pub trait StakerRewards<AccountId> {
	/// Moves `amount` VVV (planck) of `from`'s free balance into the stakers' rewards, keeping
	/// `from` alive; or fails and changes nothing — e.g. when nothing is staked, so no one could
	/// receive it. The caller burns what is refused.
	fn distribute(from: &AccountId, amount: Balance) -> DispatchResult;
}

/// No stakers' stream: every distribution is refused, so every share is burned.
impl<AccountId> StakerRewards<AccountId> for () {
	fn distribute(_: &AccountId, _: Balance) -> DispatchResult {
		Err(DispatchError::Other("no stakers' reward stream"))
	}
}

/// The buy-burn state as a wallet shows it ([`crate::runtime_api::BuyBurnApi::summary`]).
#[derive(Clone, PartialEq, Eq, Debug, Default, Encode, Decode, TypeInfo)]
pub struct BuyBurnSummary<BlockNumber> {
	/// Revenue in the pot, budgeted or not.
	pub pot: Balance,
	/// Revenue the hook may still spend.
	pub budget: Balance,
	/// The epoch in progress.
	pub current_epoch: EpochRecord<BlockNumber>,
	/// The block it closes at.
	pub next_epoch_at: BlockNumber,
	/// Revenue spent since genesis.
	pub total_spent: Balance,
	/// VVV (planck) burned since genesis.
	pub total_burned: Balance,
	/// Blocks between epoch closes.
	pub burn_period: BlockNumber,
	/// The share of the pot an epoch budgets.
	pub burn_share: Perbill,
	/// The most one purchase may move the pool price.
	pub max_price_impact: Perbill,
	/// The reference price, once sampled.
	pub reference: Option<ReferencePrice<BlockNumber>>,
	/// The pool's price now, revenue units per whole VVV; `None` without a pool.
	pub spot_price: Option<FixedU128>,
	/// The half-life of the reference price, in blocks.
	pub price_half_life: BlockNumber,
	/// How far above the reference the hook may pay.
	pub max_slippage: Perbill,
	/// The fewest blocks between two purchases.
	pub buy_interval: BlockNumber,
	/// The block of the last purchase, if any.
	pub last_purchase_at: Option<BlockNumber>,
	/// VVV (planck) bought and streamed to stakers since genesis.
	pub total_streamed: Balance,
	/// The share of the VVV bought that is streamed to stakers.
	pub staker_share: Perbill,
	/// The share of each fee burned.
	pub fee_burn_share: Perbill,
	/// The share of each fee streamed to stakers.
	pub fee_staker_share: Perbill,
}
