//! What the pool rules read of this runtime's transactions: the signer and the tip.

use diem_runtime::UncheckedExtrinsic;
use sp_runtime::{generic::Preamble, traits::LazyExtrinsic, OpaqueExtrinsic};

use super::{InspectTransaction, Signer};

/// Reads the signer and tip of the DIEM runtime's signed transactions.
pub struct DiemTransactions;

impl InspectTransaction<OpaqueExtrinsic> for DiemTransactions {
	fn signer(&self, xt: &OpaqueExtrinsic) -> Option<Signer> {
		// A transaction that does not decode is refused by validation; here it is unsigned.
		let xt = UncheckedExtrinsic::decode_unprefixed(xt.inner()).ok()?;
		match xt.preamble {
			Preamble::Signed(address, _, extension) => Some(Signer {
				account: codec::Encode::encode(&address),
				// `ChargeTransactionPayment` is the eighth of `TxExtension`'s checks. The
				// priority it gives is (tip + 1) × a constant for a normal call, so a tip is
				// what lifts a transaction above the floor; an operational call (root's) is
				// boosted too, but reaches the pool only through governance's own accounts.
				tipped: extension.7.tip() > 0,
				// `CheckNonce` is the sixth.
				nonce: extension.5 .0.into(),
			}),
			_ => None,
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use codec::Encode;
	use diem_runtime::{RuntimeCall, TxExtension};
	use sp_keyring::Sr25519Keyring;
	use sp_runtime::generic::Era;

	fn signed(tip: u128) -> OpaqueExtrinsic {
		let call = RuntimeCall::System(frame_system::Call::remark { remark: vec![7; 10] });
		let extension: TxExtension = (
			frame_system::CheckNonZeroSender::new(),
			frame_system::CheckSpecVersion::new(),
			frame_system::CheckTxVersion::new(),
			frame_system::CheckGenesis::new(),
			frame_system::CheckEra::from(Era::Immortal),
			frame_system::CheckNonce::from(3),
			frame_system::CheckWeight::new(),
			pallet_transaction_payment::ChargeTransactionPayment::from(tip),
			frame_metadata_hash_extension::CheckMetadataHash::new(false),
			frame_system::WeightReclaim::new(),
		);
		// The signature is never checked here: any bytes of the right shape do.
		let signature = Sr25519Keyring::Bob.sign(b"not checked by the rules");
		let xt = UncheckedExtrinsic::new_signed(
			call,
			Sr25519Keyring::Bob.to_account_id().into(),
			signature.into(),
			extension,
		);
		OpaqueExtrinsic::try_from_encoded_extrinsic(&xt.encode()).expect("an extrinsic's bytes")
	}

	#[test]
	fn reads_the_signer_and_whether_it_tips() {
		let bob = diem_runtime::Address::from(Sr25519Keyring::Bob.to_account_id()).encode();
		assert_eq!(
			DiemTransactions.signer(&signed(0)),
			Some(Signer { account: bob.clone(), tipped: false, nonce: 3 })
		);
		assert_eq!(
			DiemTransactions.signer(&signed(1)),
			Some(Signer { account: bob, tipped: true, nonce: 3 })
		);
		assert_eq!(DiemTransactions.signer(&OpaqueExtrinsic::from_blob(vec![1, 2, 3])), None);
	}
}
