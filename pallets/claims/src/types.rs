//! The claims' types: an Ethereum address, its signature, a claim's vesting and what a client
//! reads of a claim.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::fmt;
use scale_info::TypeInfo;
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

/// An Ethereum (and Base) address: the last 20 bytes of the keccak-256 of the public key.
/// In JSON (genesis), `0x` and 40 hex digits of any case.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Default,
)]
pub struct EthereumAddress(pub [u8; 20]);

/// `0x` and the lowercase hex digits of `bytes`.
fn write_hex(f: &mut fmt::Formatter<'_>, bytes: &[u8]) -> fmt::Result {
	f.write_str("0x")?;
	bytes.iter().try_for_each(|byte| write!(f, "{byte:02x}"))
}

impl EthereumAddress {
	/// The address `0x` and 40 hex digits of any case name (the checksum is the snapshot
	/// tool's to check), or `None`.
	pub fn from_hex(text: &str) -> Option<Self> {
		parse_address(text)
	}
}

impl fmt::Debug for EthereumAddress {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		write_hex(f, &self.0)
	}
}

impl Serialize for EthereumAddress {
	fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
		serializer.collect_str(&format_args!("{self:?}"))
	}
}

impl<'de> Deserialize<'de> for EthereumAddress {
	fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
		let text = alloc::string::String::deserialize(deserializer)?;
		parse_address(&text)
			.ok_or_else(|| de::Error::custom("an Ethereum address is 0x and 40 hex digits"))
	}
}

/// `0x` and 40 hex digits (any case; the checksum is the snapshot tool's to check).
fn parse_address(text: &str) -> Option<EthereumAddress> {
	let digits = text.strip_prefix("0x")?.as_bytes();
	if digits.len() != 40 {
		return None;
	}
	let mut address = [0u8; 20];
	for (byte, pair) in address.iter_mut().zip(digits.chunks_exact(2)) {
		let (high, low) = match pair {
			[high, low] => (hex_value(*high)?, hex_value(*low)?),
			_ => return None,
		};
		*byte = (high << 4) | low;
	}
	Some(EthereumAddress(address))
}

fn hex_value(digit: u8) -> Option<u8> {
	char::from(digit).to_digit(16).and_then(|value| u8::try_from(value).ok())
}

/// A recoverable secp256k1 signature as `personal_sign` returns it: `r ‖ s ‖ v`.
#[derive(Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo)]
pub struct EcdsaSignature(pub [u8; 65]);

impl fmt::Debug for EcdsaSignature {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		write_hex(f, &self.0)
	}
}

/// How a claim vests: of its VVV, `locked` unlock linearly over `length` blocks from block
/// `start` (the allocation file's `locked`, `cliff_block`, `vesting_blocks`). The rest is free
/// at once.
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
	Serialize,
	Deserialize,
)]
#[serde(deny_unknown_fields)]
pub struct VestingTerms<Balance, BlockNumber> {
	/// The VVV locked at the start, at most the claim.
	pub locked: Balance,
	/// The block the unlocking starts at.
	pub start: BlockNumber,
	/// The blocks the unlocking takes, at least 1.
	pub length: BlockNumber,
}

/// A claim paid.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct ClaimRecord<AccountId, Balance, BlockNumber> {
	/// The account that received it.
	pub dest: AccountId,
	/// The VVV it paid.
	pub amount: Balance,
	/// The block it was paid in.
	pub at: BlockNumber,
}

/// What the runtime API says of an Ethereum address.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub enum ClaimState<AccountId, Balance, BlockNumber> {
	/// No claim, now or before.
	None,
	/// A claim waiting to be made.
	Unclaimed {
		/// Its VVV.
		amount: Balance,
		/// How it vests, if it does.
		vesting: Option<VestingTerms<Balance, BlockNumber>>,
	},
	/// A claim made.
	Claimed {
		/// The account that received it.
		dest: AccountId,
		/// The VVV it paid.
		amount: Balance,
		/// The block it was paid in.
		at: BlockNumber,
	},
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::arithmetic_side_effects, clippy::indexing_slicing)]
mod tests {
	use super::*;

	#[test]
	fn addresses_read_and_write_as_hex() {
		let address: EthereumAddress =
			serde_json::from_str("\"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\"").unwrap();
		assert_eq!(address.0[0], 0xf3);
		assert_eq!(address.0[19], 0x66);
		assert_eq!(
			serde_json::to_string(&address).unwrap(),
			"\"0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266\""
		);
		for bad in [
			"\"f39fd6e51aad88f6f4ce6ab8827279cfffb92266\"",
			"\"0x12\"",
			"\"0xg39fd6e51aad88f6f4ce6ab8827279cfffb92266\"",
			"7",
		] {
			assert!(serde_json::from_str::<EthereumAddress>(bad).is_err(), "{bad}");
		}
	}
}
