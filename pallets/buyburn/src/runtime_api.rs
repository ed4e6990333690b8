//! The runtime API wallets and polkadot.js read the buy-burn from
//! (`api.call.buyBurnApi.summary()`).

use crate::{BuyBurnSummary, EpochRecord};
use alloc::vec::Vec;
use codec::Codec;

sp_api::decl_runtime_apis! {
	/// The pot, the budget, the totals, and the recorded epochs.
	pub trait BuyBurnApi<BlockNumber> where BlockNumber: Codec {
		/// The pot, budget, current epoch, totals and parameters.
		fn summary() -> BuyBurnSummary<BlockNumber>;
		/// The recorded closed epochs, oldest first.
		fn history() -> Vec<EpochRecord<BlockNumber>>;
	}
}
