//! The runtime API the dashboard and wallets read claims through
//! (`api.call.claimsApi.claimOf(…)`, `api.call.claimsApi.claimMessage(…)`).

use crate::{ClaimState, EthereumAddress};
use alloc::vec::Vec;
use codec::Codec;

sp_api::decl_runtime_apis! {
	/// Claims of Ethereum addresses, at the current block.
	pub trait ClaimsApi<AccountId, Balance, BlockNumber>
	where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
	{
		/// The exact bytes to sign (EIP-191 `personal_sign`) to claim to `dest`.
		fn claim_message(dest: AccountId) -> Vec<u8>;
		/// Whether `who` has a claim, of how much and how it vests, or whom it paid.
		fn claim_of(who: EthereumAddress) -> ClaimState<AccountId, Balance, BlockNumber>;
	}
}
