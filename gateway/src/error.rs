//! The API's errors: each has a name (`code`), an HTTP status and a message saying what to do,
//! in the OpenAI error shape `{"error": {"message", "type", "code", "param"}}` that its
//! clients raise as typed exceptions.

use serde_json::{json, Value};

/// Why a request was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ApiError {
	/// No `Authorization: Bearer` header.
	MissingApiKey,
	/// A key this gateway never issued (or a forged one).
	InvalidApiKey,
	/// A key its account revoked.
	ApiKeyRevoked,
	/// A key past its expiry.
	ApiKeyExpired,
	/// The account's DIEM credits of today are used up (details in the message).
	CreditsExhausted {
		/// Credits used today, counting what this gateway has not recorded yet (micro-USD).
		used: u128,
		/// Today's allowance (micro-USD).
		allowance: u128,
		/// When they renew, RFC 3339.
		renews_at: String,
	},
	/// The account's credits left today are held by its requests in flight: retry when they
	/// complete.
	CreditsHeldInFlight {
		/// Credits left today, before what the requests in flight will cost (micro-USD).
		remaining: u128,
	},
	/// No such key of the account.
	KeyNotFound(String),
	/// The key's own daily limit is reached.
	KeyDailyLimitReached {
		/// The limit (micro-USD).
		limit: u128,
		/// When it resets, RFC 3339.
		resets_at: String,
	},
	/// A malformed request: the message says what.
	InvalidRequest(String),
	/// A model this gateway does not serve.
	ModelNotFound(String),
	/// No such route.
	NotFound,
	/// A key request whose challenge or signature does not hold.
	InvalidSignature(String),
	/// A key request of an account with no DIEM staked for credits, at a gateway that bills
	/// only credits.
	NoDiemStaked,
	/// An account with the most active keys allowed.
	TooManyKeys(usize),
	/// Too many challenges open (for the account, or in all).
	TooManyChallenges,
	/// The model server failed.
	Upstream(String),
	/// The chain cannot be read, so credits cannot be checked.
	ChainUnavailable(String),
	/// The store failed: nothing is served that could not be journaled.
	Store(String),
}

impl ApiError {
	/// The HTTP status.
	pub fn status(&self) -> u16 {
		match self {
			Self::MissingApiKey
			| Self::InvalidApiKey
			| Self::ApiKeyRevoked
			| Self::ApiKeyExpired => 401,
			Self::CreditsExhausted { .. } => 402,
			Self::InvalidSignature(_) | Self::NoDiemStaked => 403,
			Self::TooManyKeys(_) => 409,
			Self::TooManyChallenges => 429,
			Self::KeyDailyLimitReached { .. } | Self::CreditsHeldInFlight { .. } => 429,
			Self::KeyNotFound(_) => 404,
			Self::InvalidRequest(_) => 400,
			Self::ModelNotFound(_) | Self::NotFound => 404,
			Self::Upstream(_) => 502,
			Self::ChainUnavailable(_) | Self::Store(_) => 503,
		}
	}

	/// The error's name (`error.code`).
	pub fn code(&self) -> &'static str {
		match self {
			Self::MissingApiKey => "missing_api_key",
			Self::InvalidApiKey => "invalid_api_key",
			Self::ApiKeyRevoked => "api_key_revoked",
			Self::ApiKeyExpired => "api_key_expired",
			Self::CreditsExhausted { .. } => "credits_exhausted",
			Self::KeyDailyLimitReached { .. } => "key_daily_limit_reached",
			Self::CreditsHeldInFlight { .. } => "credits_held_in_flight",
			Self::KeyNotFound(_) => "key_not_found",
			Self::InvalidRequest(_) => "invalid_request",
			Self::ModelNotFound(_) => "model_not_found",
			Self::NotFound => "not_found",
			Self::InvalidSignature(_) => "invalid_signature",
			Self::NoDiemStaked => "no_diem_staked",
			Self::TooManyKeys(_) => "too_many_keys",
			Self::TooManyChallenges => "too_many_challenges",
			Self::Upstream(_) => "upstream_error",
			Self::ChainUnavailable(_) => "chain_unavailable",
			Self::Store(_) => "store_unavailable",
		}
	}

	/// The error's class (`error.type`), as OpenAI's clients group them.
	fn kind(&self) -> &'static str {
		match self {
			Self::MissingApiKey
			| Self::InvalidApiKey
			| Self::ApiKeyRevoked
			| Self::ApiKeyExpired => "authentication_error",
			Self::CreditsExhausted { .. } => "insufficient_credits",
			Self::KeyDailyLimitReached { .. } | Self::CreditsHeldInFlight { .. } => {
				"rate_limit_error"
			}
			Self::KeyNotFound(_) => "invalid_request_error",
			Self::InvalidSignature(_) | Self::NoDiemStaked => "permission_error",
			Self::TooManyKeys(_) => "invalid_request_error",
			Self::TooManyChallenges => "rate_limit_error",
			Self::InvalidRequest(_) | Self::ModelNotFound(_) | Self::NotFound => {
				"invalid_request_error"
			}
			Self::Upstream(_) | Self::ChainUnavailable(_) | Self::Store(_) => "server_error",
		}
	}

	/// What happened and what to do.
	pub fn message(&self) -> String {
		use crate::time::usd;
		match self {
			Self::MissingApiKey =>
				"no API key: send `Authorization: Bearer <key>`; get a key with `diem-gateway key new` or the dashboard".into(),
			Self::InvalidApiKey => "this API key was not issued by this gateway".into(),
			Self::ApiKeyRevoked => "this API key was revoked by its account".into(),
			Self::ApiKeyExpired => "this API key has expired: get a new one".into(),
			Self::CreditsExhausted { used, allowance, renews_at } => format!(
				"DIEM compute credits exhausted (not an authentication problem): used ${} of ${} today; credits renew at {renews_at}. Stake more DIEM for a larger daily allowance.",
				usd(*used),
				usd(*allowance)
			),
			Self::KeyDailyLimitReached { limit, resets_at } => format!(
				"this API key's daily limit of ${} is reached; it resets at {resets_at}",
				usd(*limit)
			),
			Self::CreditsHeldInFlight { remaining } => format!(
				"the ${} of credits left today may all be used by this account's requests in flight: retry when they complete",
				usd(*remaining)
			),
			Self::KeyNotFound(id) => format!("no key `{id}` of this account"),
			Self::InvalidRequest(why) => format!("invalid request: {why}"),
			Self::ModelNotFound(model) => format!("the model `{model}` is not served here: see GET /v1/models"),
			Self::NotFound => "no such endpoint".into(),
			Self::InvalidSignature(why) => format!("the account proof does not hold: {why}"),
			Self::NoDiemStaked =>
				"this account has no DIEM staked for credits (credits.stakeDiem): this gateway serves credits only".into(),
			Self::TooManyKeys(most) => format!("the account has {most} active keys, the most allowed: revoke one first"),
			Self::TooManyChallenges => "too many open challenges: answer one, or try again in a few minutes".into(),
			Self::Upstream(why) => format!("the model server failed: {why}"),
			Self::ChainUnavailable(why) => format!("the chain cannot be read, so credits cannot be checked: {why}"),
			Self::Store(why) => format!("the usage journal cannot be written: {why}"),
		}
	}

	/// The JSON body.
	pub fn body(&self) -> Value {
		let mut error = json!({
			"message": self.message(),
			"type": self.kind(),
			"code": self.code(),
			"param": Value::Null,
		});
		if let Self::CreditsExhausted { used, allowance, renews_at } = self {
			error["used_usd"] = json!(crate::time::usd(*used));
			error["allowance_usd"] = json!(crate::time::usd(*allowance));
			error["renews_at"] = json!(renews_at);
		}
		json!({ "error": error })
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn credits_exhausted_says_it_is_not_an_authentication_failure() {
		let error = ApiError::CreditsExhausted {
			used: 1_000_000,
			allowance: 1_000_000,
			renews_at: "2026-12-07T00:00:00Z".into(),
		};
		assert_eq!(error.status(), 402);
		let body = error.body();
		assert_eq!(body["error"]["code"], "credits_exhausted");
		assert_eq!(body["error"]["renews_at"], "2026-12-07T00:00:00Z");
		let message = body["error"]["message"].as_str().unwrap_or_default();
		assert!(message.contains("used $1.000000 of $1.000000 today"), "{message}");
		assert!(message.contains("not an authentication problem"), "{message}");
	}

	#[test]
	fn every_key_failure_is_a_401_with_its_own_name() {
		let errors = [
			ApiError::MissingApiKey,
			ApiError::InvalidApiKey,
			ApiError::ApiKeyRevoked,
			ApiError::ApiKeyExpired,
		];
		let mut codes: Vec<_> = errors.iter().map(|error| (error.status(), error.code())).collect();
		codes.dedup();
		assert_eq!(codes.len(), 4);
		assert!(codes.iter().all(|(status, _)| *status == 401));
	}
}
