//! The runtime API wallets, providers and polkadot.js read credits from
//! (`api.call.creditsApi.credits(…)`).

use crate::{CreditsInfo, DayRecord};
use alloc::vec::Vec;
use codec::Codec;

sp_api::decl_runtime_apis! {
	/// Accounts' credits and the days' totals, at the current block.
	pub trait CreditsApi<AccountId, BlockNumber> where AccountId: Codec, BlockNumber: Codec {
		/// `who`'s stake, what counts today and tomorrow, today's allowance, use and rest, the
		/// next renewal (time and block) and the cooldown chunks; zero if none.
		fn credits(who: AccountId) -> CreditsInfo<BlockNumber>;
		/// The totals (DIEM counting, credits used, usage uncovered) of the last `days` days,
		/// oldest first, today's so far last.
		fn day_summary(days: u32) -> Vec<DayRecord>;
	}
}
