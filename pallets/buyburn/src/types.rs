//! What the pallet records and what it asks of the runtime.

use crate::impact::Balance;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_arithmetic::Perbill;
use sp_runtime::DispatchError;

/// One epoch's account: what it could spend, what it spent, what that burned.
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
}

/// The reserves of the pool the hook buys from.
pub trait PoolReserves {
	/// `(revenue, VVV)` in the pool, `None` if there is no pool or it is empty.
	fn reserves() -> Option<(Balance, Balance)>;
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
}
