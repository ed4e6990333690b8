//! What a holder signs and how the signer is found: pure functions, no storage.
//!
//! The message names the destination account and the chain's genesis hash, so a signature
//! can neither be redirected to another account nor replayed on another chain:
//!
//! ```text
//! Claim VVV to the DIEM account 0x<dest, 64 hex digits> on the chain 0x<genesis hash>
//! ```
//!
//! followed, when the chain sets a statement, by a blank line and the statement. The wallet
//! signs it with EIP-191 `personal_sign`: the digest is the keccak-256 of
//! `"\x19Ethereum Signed Message:\n"`, the message's length in decimal, and the message.

use crate::{EcdsaSignature, EthereumAddress};
use alloc::vec::Vec;

/// The message's text before the destination.
const BEFORE_DEST: &[u8] = b"Claim VVV to the DIEM account 0x";
/// Between the destination and the genesis hash.
const BEFORE_CHAIN: &[u8] = b" on the chain 0x";
/// Between the genesis hash and the statement.
const BEFORE_STATEMENT: &[u8] = b"\n\n";
/// EIP-191's prefix of a `personal_sign` message.
const PERSONAL_SIGN_PREFIX: &[u8] = b"\x19Ethereum Signed Message:\n";

/// The exact bytes a holder signs to claim to `dest` (its 32 bytes) on the chain whose
/// genesis hash is `genesis`, with the chain's `statement` if it has one.
pub fn claim_message(dest: &[u8], genesis: &[u8], statement: Option<&[u8]>) -> Vec<u8> {
	let statement_len = statement.map_or(0, |s| BEFORE_STATEMENT.len().saturating_add(s.len()));
	let mut message = Vec::with_capacity(
		BEFORE_DEST
			.len()
			.saturating_add(BEFORE_CHAIN.len())
			.saturating_add(dest.len().saturating_mul(2))
			.saturating_add(genesis.len().saturating_mul(2))
			.saturating_add(statement_len),
	);
	message.extend_from_slice(BEFORE_DEST);
	push_hex(&mut message, dest);
	message.extend_from_slice(BEFORE_CHAIN);
	push_hex(&mut message, genesis);
	if let Some(statement) = statement {
		message.extend_from_slice(BEFORE_STATEMENT);
		message.extend_from_slice(statement);
	}
	message
}

/// Lowercase hex digits of `bytes`, appended to `out`.
fn push_hex(out: &mut Vec<u8>, bytes: &[u8]) {
	let digit = |nibble: u8| char::from_digit(u32::from(nibble), 16).map_or(b'0', |c| c as u8);
	for byte in bytes {
		out.extend([digit(byte >> 4), digit(byte & 0x0f)]);
	}
}

/// The digest `personal_sign` signs for `message`.
pub fn personal_sign_digest(message: &[u8]) -> [u8; 32] {
	let mut length = [0u8; 20];
	let length = decimal(message.len(), &mut length);
	let mut prefixed = Vec::with_capacity(
		PERSONAL_SIGN_PREFIX.len().saturating_add(length.len()).saturating_add(message.len()),
	);
	prefixed.extend_from_slice(PERSONAL_SIGN_PREFIX);
	prefixed.extend_from_slice(length);
	prefixed.extend_from_slice(message);
	sp_io::hashing::keccak_256(&prefixed)
}

/// `value` in decimal digits, written at the end of `buffer` (20 digits hold any `u64`).
fn decimal(mut value: usize, buffer: &mut [u8; 20]) -> &[u8] {
	let mut start = buffer.len();
	loop {
		start = start.saturating_sub(1);
		// The remainder is below 10, so the cast loses nothing.
		#[allow(clippy::cast_possible_truncation)]
		let digit = (value % 10) as u8;
		if let Some(slot) = buffer.get_mut(start) {
			*slot = b'0'.saturating_add(digit);
		}
		value /= 10;
		if value == 0 || start == 0 {
			break;
		}
	}
	buffer.get(start..).unwrap_or_default()
}

/// Why a signature names no signer.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct MalformedSignature;

/// The address whose key signed `digest` with `signature`. `v` must be 27 or 28 (as wallets
/// give it) or 0 or 1; the host function would take 2 and 3 too, which no wallet makes.
pub fn recover_signer(
	signature: &EcdsaSignature,
	digest: &[u8; 32],
) -> Result<EthereumAddress, MalformedSignature> {
	let mut normalized = signature.0;
	let v = normalized.get_mut(64).ok_or(MalformedSignature)?;
	*v = match *v {
		0 | 27 => 0,
		1 | 28 => 1,
		_ => return Err(MalformedSignature),
	};
	let public = sp_io::crypto::secp256k1_ecdsa_recover(&normalized, digest)
		.map_err(|_| MalformedSignature)?;
	Ok(address_of(&public))
}

/// The Ethereum address of an uncompressed public key (its 64 bytes without the `0x04` tag).
pub fn address_of(public: &[u8; 64]) -> EthereumAddress {
	let hash = sp_io::hashing::keccak_256(public);
	let mut address = [0u8; 20];
	address.copy_from_slice(hash.get(12..).unwrap_or(&[0u8; 20]));
	EthereumAddress(address)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::arithmetic_side_effects, clippy::indexing_slicing)]
mod tests {
	use super::*;
	use sp_core::{ecdsa, Pair};

	/// The first Hardhat/Anvil test key and its address: public test vectors.
	const HARDHAT_0_KEY: &str = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
	const HARDHAT_0_ADDRESS: &str = "f39fd6e51aad88f6f4ce6ab8827279cfffb92266";

	fn hex(bytes: &[u8]) -> alloc::string::String {
		bytes.iter().map(|b| alloc::format!("{b:02x}")).collect()
	}

	fn pair(secret_hex: &str) -> ecdsa::Pair {
		let mut secret = [0u8; 32];
		for (i, byte) in secret.iter_mut().enumerate() {
			*byte = u8::from_str_radix(&secret_hex[2 * i..2 * i + 2], 16).unwrap();
		}
		ecdsa::Pair::from_seed(&secret)
	}

	#[test]
	fn the_message_names_the_destination_the_chain_and_the_statement() {
		let message = claim_message(&[0xab; 32], &[0x01; 32], None);
		let expected = alloc::format!(
			"Claim VVV to the DIEM account 0x{} on the chain 0x{}",
			"ab".repeat(32),
			"01".repeat(32)
		);
		assert_eq!(message, expected.as_bytes());
		let with_statement = claim_message(&[0xab; 32], &[0x01; 32], Some(b"I agree."));
		assert_eq!(with_statement, alloc::format!("{expected}\n\nI agree.").as_bytes());
	}

	#[test]
	fn the_digest_is_eip_191s() {
		// keccak256("\x19Ethereum Signed Message:\n5hello"), as ethers' `hashMessage("hello")`.
		assert_eq!(
			hex(&personal_sign_digest(b"hello")),
			"50b2c43fd39106bafbba0da34fc430e1f91e3c96ea2acee2bc34119f92b37750"
		);
		let long = [b'x'; 1234];
		let mut prefixed = b"\x19Ethereum Signed Message:\n1234".to_vec();
		prefixed.extend_from_slice(&long);
		assert_eq!(personal_sign_digest(&long), sp_io::hashing::keccak_256(&prefixed));
		assert_eq!(decimal(0, &mut [0; 20]), b"0");
		assert_eq!(decimal(usize::MAX, &mut [0; 20]), usize::MAX.to_string().as_bytes());
	}

	#[test]
	fn a_hardhat_key_recovers_its_known_address_with_any_v_form() {
		let pair = pair(HARDHAT_0_KEY);
		let digest = personal_sign_digest(b"hello");
		let signature = pair.sign_prehashed(&digest);
		let mut raw = signature.0;
		assert!(raw[64] <= 1);
		let address = recover_signer(&EcdsaSignature(raw), &digest).unwrap();
		assert_eq!(hex(&address.0), HARDHAT_0_ADDRESS);
		raw[64] += 27;
		assert_eq!(recover_signer(&EcdsaSignature(raw), &digest), Ok(address));
	}

	#[test]
	fn malformed_signatures_name_no_signer() {
		let digest = personal_sign_digest(b"hello");
		let good = pair(HARDHAT_0_KEY).sign_prehashed(&digest).0;
		for v in [2u8, 3, 26, 29, 30, 255] {
			let mut bad = good;
			bad[64] = v;
			assert_eq!(recover_signer(&EcdsaSignature(bad), &digest), Err(MalformedSignature));
		}
		let mut zero = [0u8; 65];
		zero[64] = 27;
		assert_eq!(recover_signer(&EcdsaSignature(zero), &digest), Err(MalformedSignature));
		// r above the curve's order.
		let mut high = good;
		high[..32].copy_from_slice(&[0xff; 32]);
		assert_eq!(recover_signer(&EcdsaSignature(high), &digest), Err(MalformedSignature));
	}
}
