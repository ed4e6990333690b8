//! The runtime API wallets and polkadot.js read stakers and the APR from
//! (`api.call.stakingApi.staker(…)`).

use crate::{StakerInfo, StakingSummary};
use codec::Codec;

sp_api::decl_runtime_apis! {
	/// Stakers and the pool, with rewards settled to the current block.
	pub trait StakingApi<AccountId, BlockNumber> where AccountId: Codec, BlockNumber: Codec {
		/// `who`'s stake, locked part, claimable rewards and cooldown chunks; zero if none.
		fn staker(who: AccountId) -> StakerInfo<BlockNumber>;
		/// Total stake and locked stake, the emission, and the APR it implies.
		fn summary() -> StakingSummary;
	}
}
