//! The runtime API wallets and polkadot.js use to price a mint before they sign it
//! (`api.call.diemApi.quoteMint(…)`).

use crate::{curve::Balance, CurveError, Position};
use codec::Codec;

sp_api::decl_runtime_apis! {
	/// Quotes of the DIEM mint curve at the current supply, and positions.
	pub trait DiemApi<AccountId> where AccountId: Codec {
		/// The current mint rate, in planck of VVV per whole DIEM, rounded up.
		fn mint_rate() -> Result<Balance, CurveError>;
		/// The VVV (planck) that minting `diem` DIEM planck would lock now.
		fn quote_mint(diem: Balance) -> Result<Balance, CurveError>;
		/// The DIEM (planck) that locking `vvv` VVV planck would mint now.
		fn quote_mint_for_vvv(vvv: Balance) -> Result<Balance, CurveError>;
		/// `who`'s position: VVV locked and DIEM minted; zero if none.
		fn position(who: AccountId) -> Position;
	}
}
