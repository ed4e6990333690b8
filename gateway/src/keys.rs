//! API keys: an account proves itself by signing a one-time challenge (sr25519 or ed25519,
//! raw or wrapped in `<Bytes>…</Bytes>` as the browser extensions sign), and gets a random
//! key `sk-diem-<id>-<secret>`. Only the key's BLAKE2-256 hash is stored: a stolen store
//! yields no usable key. The same proof lists and revokes the account's keys.

use crate::{
	error::ApiError,
	store::{KeyRecord, Store},
	AccountId,
};
use rand::RngCore;
use sp_core::{crypto::Ss58Codec, ed25519, sr25519, Pair};
use std::{collections::HashMap, sync::Mutex};

/// How long a challenge may be answered, in milliseconds.
pub const CHALLENGE_TTL_MS: u64 = 5 * 60 * 1000;
/// The most challenges open at once, in all and per account: a flood of challenge requests
/// cannot grow the gateway's memory without bound.
pub const MAX_OPEN_CHALLENGES: usize = 10_000;
/// The most challenges one account may have open.
pub const MAX_OPEN_PER_ACCOUNT: usize = 4;
/// The prefix of every key.
pub const KEY_PREFIX: &str = "sk-diem-";

/// The challenges handed out and not yet answered.
#[derive(Default)]
pub struct Challenges {
	open: Mutex<HashMap<String, (AccountId, u64)>>,
}

impl Challenges {
	/// A new challenge for `account`, valid until the returned time (Unix ms); refused when
	/// too many are open.
	pub fn issue(
		&self,
		account: &AccountId,
		gateway: &str,
		now_ms: u64,
	) -> Result<(String, u64), ApiError> {
		let mut nonce = [0u8; 16];
		rand::thread_rng().fill_bytes(&mut nonce);
		let expires = now_ms.saturating_add(CHALLENGE_TTL_MS);
		let text = format!(
			"diem-gateway: {} proves it holds {} (nonce {}, valid until {})",
			gateway,
			account.to_ss58check(),
			sp_core::bytes::to_hex(&nonce, false),
			crate::time::rfc3339(expires)
		);
		let mut open = self.open.lock().map_err(|_| ApiError::TooManyChallenges)?;
		if open.len() >= MAX_OPEN_CHALLENGES {
			open.retain(|_, (_, until)| *until > now_ms);
		}
		let of_account =
			open.values().filter(|(to, until)| to == account && *until > now_ms).count();
		if open.len() >= MAX_OPEN_CHALLENGES || of_account >= MAX_OPEN_PER_ACCOUNT {
			return Err(ApiError::TooManyChallenges);
		}
		open.insert(text.clone(), (account.clone(), expires));
		Ok((text, expires))
	}

	/// Checks a proof: `challenge` was issued to `account`, is unexpired and unused, and
	/// `signature` (hex) is `account`'s over it. The challenge is used up either way.
	pub fn verify(
		&self,
		account: &AccountId,
		challenge: &str,
		signature: &str,
		now_ms: u64,
	) -> Result<(), ApiError> {
		let issued = self.open.lock().ok().and_then(|mut open| open.remove(challenge));
		let Some((issued_to, until)) = issued else {
			return Err(ApiError::InvalidSignature("unknown or already used challenge".into()));
		};
		if &issued_to != account {
			return Err(ApiError::InvalidSignature(
				"the challenge was issued to another account".into(),
			));
		}
		if until <= now_ms {
			return Err(ApiError::InvalidSignature("the challenge has expired".into()));
		}
		if signed_by(account, challenge.as_bytes(), signature) {
			Ok(())
		} else {
			Err(ApiError::InvalidSignature("the signature is not the account's".into()))
		}
	}
}

/// Whether `signature` (hex, 64 bytes; a leading `0x00`/`0x01` type byte of a
/// `MultiSignature` is accepted) is `account`'s sr25519 or ed25519 signature of `message`,
/// or of `<Bytes>message</Bytes>`.
pub fn signed_by(account: &AccountId, message: &[u8], signature: &str) -> bool {
	let Ok(bytes) = sp_core::bytes::from_hex(signature) else { return false };
	let raw: &[u8] = match bytes.len() {
		64 => &bytes,
		65 => bytes.get(1..).unwrap_or_default(),
		_ => return false,
	};
	let Ok(raw) = <[u8; 64]>::try_from(raw) else { return false };
	let public: &[u8; 32] = account.as_ref();
	let wrapped = [b"<Bytes>".as_slice(), message, b"</Bytes>".as_slice()].concat();
	[message, wrapped.as_slice()].iter().any(|message| {
		sr25519::Pair::verify(
			&sr25519::Signature::from_raw(raw),
			message,
			&sr25519::Public::from_raw(*public),
		) || ed25519::Pair::verify(
			&ed25519::Signature::from_raw(raw),
			message,
			&ed25519::Public::from_raw(*public),
		)
	})
}

/// The hash a key is stored under.
pub fn key_hash(key: &str) -> [u8; 32] {
	<sp_runtime::traits::BlakeTwo256 as sp_runtime::traits::Hash>::hash(key.as_bytes()).0
}

/// A new key for `account`: the key (shown once) and its record.
pub fn new_key(
	account: &AccountId,
	name: &str,
	seconds: u64,
	daily_limit: Option<u64>,
	now_ms: u64,
) -> (String, KeyRecord) {
	let mut id = [0u8; 6];
	let mut secret = [0u8; 24];
	rand::thread_rng().fill_bytes(&mut id);
	rand::thread_rng().fill_bytes(&mut secret);
	let id = format!("k_{}", sp_core::bytes::to_hex(&id, false).trim_start_matches("0x"));
	let key = format!(
		"{KEY_PREFIX}{id}-{}",
		sp_core::bytes::to_hex(&secret, false).trim_start_matches("0x")
	);
	let record = KeyRecord {
		id,
		account: sp_core::bytes::to_hex(account.as_ref(), false),
		name: name.chars().take(64).collect(),
		created_ms: now_ms,
		expires_ms: now_ms.saturating_add(seconds.saturating_mul(1_000)),
		daily_limit,
		revoked: false,
	};
	(key, record)
}

/// The key in an `Authorization` header's value, checked against the store: its record, or
/// the named reason it is refused.
pub fn authenticate(
	store: &Store,
	authorization: Option<&str>,
	now_ms: u64,
) -> Result<KeyRecord, ApiError> {
	let key = authorization
		.and_then(|value| value.strip_prefix("Bearer ").or_else(|| value.strip_prefix("bearer ")))
		.map(str::trim)
		.ok_or(ApiError::MissingApiKey)?;
	if !key.starts_with(KEY_PREFIX) {
		return Err(ApiError::InvalidApiKey);
	}
	let record =
		store.key(&key_hash(key)).map_err(ApiError::Store)?.ok_or(ApiError::InvalidApiKey)?;
	if record.revoked {
		return Err(ApiError::ApiKeyRevoked);
	}
	if record.expires_ms <= now_ms {
		return Err(ApiError::ApiKeyExpired);
	}
	Ok(record)
}

#[cfg(test)]
mod tests {
	use super::*;

	fn alice() -> sr25519::Pair {
		sr25519::Pair::from_string("//Alice", None).expect("a dev seed")
	}

	#[test]
	fn a_challenge_signed_by_its_account_is_accepted_once() {
		let challenges = Challenges::default();
		let pair = alice();
		let account = AccountId::from(pair.public());
		let (text, _) = challenges.issue(&account, "gw", 1_000).expect("issued");
		let signature = sp_core::bytes::to_hex(&pair.sign(text.as_bytes()).0, false);
		assert_eq!(challenges.verify(&account, &text, &signature, 2_000), Ok(()));
		// Used up.
		assert!(matches!(
			challenges.verify(&account, &text, &signature, 2_000),
			Err(ApiError::InvalidSignature(_))
		));
	}

	#[test]
	fn forged_expired_and_borrowed_proofs_are_refused() {
		let challenges = Challenges::default();
		let pair = alice();
		let account = AccountId::from(pair.public());
		let bob = sr25519::Pair::from_string("//Bob", None).expect("a dev seed");
		// Bob signs Alice's challenge.
		let (text, _) = challenges.issue(&account, "gw", 0).expect("issued");
		let forged = sp_core::bytes::to_hex(&bob.sign(text.as_bytes()).0, false);
		assert!(challenges.verify(&account, &text, &forged, 1).is_err());
		// Expired.
		let (text, until) = challenges.issue(&account, "gw", 0).expect("issued");
		let signature = sp_core::bytes::to_hex(&pair.sign(text.as_bytes()).0, false);
		assert!(challenges.verify(&account, &text, &signature, until).is_err());
		// Issued to Alice, presented for Bob.
		let (text, _) = challenges.issue(&account, "gw", 0).expect("issued");
		let signature = sp_core::bytes::to_hex(&bob.sign(text.as_bytes()).0, false);
		assert!(challenges.verify(&AccountId::from(bob.public()), &text, &signature, 1).is_err());
		// Garbage.
		assert!(!signed_by(&account, b"x", "0x1234"));
		assert!(!signed_by(&account, b"x", "not hex"));
	}

	#[test]
	fn open_challenges_are_bounded_per_account() {
		let challenges = Challenges::default();
		let account = AccountId::from(alice().public());
		for _ in 0..MAX_OPEN_PER_ACCOUNT {
			challenges.issue(&account, "gw", 0).expect("issued");
		}
		assert_eq!(challenges.issue(&account, "gw", 0), Err(ApiError::TooManyChallenges));
		// Another account is not held up; once they expire, the account gets more.
		let bob = AccountId::from(
			sr25519::Pair::from_string("//Bob", None).expect("a dev seed").public(),
		);
		assert!(challenges.issue(&bob, "gw", 0).is_ok());
		assert!(challenges.issue(&account, "gw", CHALLENGE_TTL_MS).is_ok());
	}

	#[test]
	fn extension_wrapped_and_ed25519_signatures_verify() {
		let pair = alice();
		let account = AccountId::from(pair.public());
		let wrapped = pair.sign(b"<Bytes>hello</Bytes>");
		assert!(signed_by(&account, b"hello", &sp_core::bytes::to_hex(&wrapped.0, false)));
		let ed = ed25519::Pair::from_string("//Alice", None).expect("a dev seed");
		let ed_account = AccountId::from(ed.public());
		let signature = ed.sign(b"hello");
		// As a MultiSignature (type byte 0x00 = ed25519).
		let multi = [&[0u8][..], &signature.0[..]].concat();
		assert!(signed_by(&ed_account, b"hello", &sp_core::bytes::to_hex(&multi, false)));
		assert!(!signed_by(&account, b"hello", &sp_core::bytes::to_hex(&signature.0, false)));
	}

	#[test]
	fn keys_are_checked_by_hash_and_refused_by_name() {
		let dir = tempfile::tempdir().expect("a temporary directory");
		let store = Store::open(dir.path()).expect("opens");
		let account = AccountId::from(alice().public());
		let (key, record) = new_key(&account, "test", 86_400, None, 1_000);
		assert!(key.starts_with("sk-diem-k_"));
		store.insert_key(&key_hash(&key), &record).expect("stores");
		let bearer = format!("Bearer {key}");
		assert_eq!(authenticate(&store, Some(&bearer), 2_000).map(|r| r.id), Ok(record.id.clone()));
		assert_eq!(authenticate(&store, None, 2_000), Err(ApiError::MissingApiKey));
		let last = if key.ends_with('0') { '1' } else { '0' };
		let forged = format!("Bearer {}{last}", &key[..key.len() - 1]);
		assert_eq!(authenticate(&store, Some(&forged), 2_000), Err(ApiError::InvalidApiKey));
		assert_eq!(
			authenticate(&store, Some("Bearer sk-other"), 2_000),
			Err(ApiError::InvalidApiKey)
		);
		assert_eq!(
			authenticate(&store, Some(&bearer), 1_000 + 86_400_000),
			Err(ApiError::ApiKeyExpired)
		);
		store.revoke(&record.id, &record.account).expect("revokes");
		assert_eq!(authenticate(&store, Some(&bearer), 2_000), Err(ApiError::ApiKeyRevoked));
		// The store holds the hash, never the key.
		let raw = std::fs::read(dir.path().join("gateway.redb")).expect("reads");
		assert!(!raw.windows(key.len()).any(|window| window == key.as_bytes()));
	}
}
