//! The HTTP API: the OpenAI-compatible inference routes, the key routes, the caller's credits
//! and health. Built on hyper 1 directly: a handful of routes need no framework, and hyper is
//! already in the node's build graph.

use crate::{
	chain::Chain,
	config::{Config, Model},
	credits::{Allowance, Credits, Reservation, Spender},
	error::ApiError,
	journal::Journal,
	keys::{self, Challenges},
	meter::MeterStatus,
	store::{KeyRecord, Store, Usage},
	time::{rfc3339, usd, Clock},
	upstream::{full, json_response, Body, Upstream},
	AccountId, MicroUsd,
};
use bytes::Bytes;
use http_body_util::{BodyExt, Limited, StreamBody};
use hyper::{
	body::Frame, body::Incoming, header::HeaderValue, Method, Request, Response, StatusCode,
};
use serde_json::{json, Value};
use sp_core::crypto::Ss58Codec;
use std::{convert::Infallible, sync::Arc};

/// The most active (unrevoked, unexpired) keys an account may hold.
pub const MAX_KEYS_PER_ACCOUNT: usize = 32;

/// The largest request body accepted.
const MAX_BODY: usize = 4 * 1024 * 1024;

/// Everything a request needs.
pub struct Gateway {
	/// The provider's configuration.
	pub config: Config,
	/// The chain.
	pub chain: Arc<Chain>,
	/// The store.
	pub store: Arc<Store>,
	/// What accounts may spend.
	pub credits: Arc<Credits>,
	/// The usage journal.
	pub journal: Journal,
	/// Open key challenges.
	pub challenges: Challenges,
	/// The model server.
	pub upstream: Upstream,
	/// The clock.
	pub clock: Clock,
	/// The meter's report.
	pub meter_status: Arc<std::sync::Mutex<MeterStatus>>,
}

/// The kinds of inference request.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
	Chat,
	Completion,
	Embedding,
}

impl Kind {
	fn path(self) -> &'static str {
		match self {
			Self::Chat => "/v1/chat/completions",
			Self::Completion => "/v1/completions",
			Self::Embedding => "/v1/embeddings",
		}
	}
}

/// Answers one request.
pub async fn handle(
	gateway: Arc<Gateway>,
	request: Request<Incoming>,
) -> Result<Response<Body>, Infallible> {
	let path = request.uri().path().to_string();
	let method = request.method().clone();
	let response = match (method.clone(), path.as_str()) {
		(Method::OPTIONS, _) => Ok(empty(StatusCode::NO_CONTENT)),
		(Method::GET, "/health") => Ok(health(&gateway)),
		(Method::GET, "/v1/models") => models(&gateway, &request),
		(Method::GET, "/v1/credits") => credits(&gateway, &request).await,
		(Method::POST, "/v1/chat/completions") => infer(&gateway, request, Kind::Chat).await,
		(Method::POST, "/v1/completions") => infer(&gateway, request, Kind::Completion).await,
		(Method::POST, "/v1/embeddings") => infer(&gateway, request, Kind::Embedding).await,
		(Method::POST, "/v1/keys/challenge") => key_challenge(&gateway, request).await,
		(Method::POST, "/v1/keys") => key_new(&gateway, request).await,
		(Method::POST, "/v1/keys/list") => key_list(&gateway, request).await,
		(Method::GET, "/v1/keys") => key_list_by_key(&gateway, &request),
		(Method::POST, "/v1/keys/revoke") => key_revoke(&gateway, request).await,
		_ => Err(ApiError::NotFound),
	};
	let mut response = response.unwrap_or_else(|error| error_response(&error, None));
	// The dashboard calls from another origin; keys are bearer tokens, not cookies.
	let headers = response.headers_mut();
	headers.insert("access-control-allow-origin", HeaderValue::from_static("*"));
	headers.insert(
		"access-control-allow-headers",
		HeaderValue::from_static("authorization, content-type"),
	);
	headers.insert("access-control-expose-headers", HeaderValue::from_static("*"));
	Ok(response)
}

fn empty(status: StatusCode) -> Response<Body> {
	let mut response = Response::new(full(Bytes::new()));
	*response.status_mut() = status;
	response
}

/// The chain as the meter last read it; none yet is `chain_unavailable`.
fn chain_view(gateway: &Gateway) -> Result<crate::credits::ChainView, ApiError> {
	gateway
		.credits
		.view()
		.ok_or_else(|| ApiError::ChainUnavailable("the chain has not been read yet".into()))
}

fn error_response(error: &ApiError, allowance: Option<&Allowance>) -> Response<Body> {
	let mut response = json_response(error.status(), &error.body());
	if let Some(allowance) = allowance {
		credit_headers(&mut response, allowance);
	}
	response
}

/// The headers every metered response carries.
fn credit_headers(response: &mut Response<Body>, allowance: &Allowance) {
	let headers = response.headers_mut();
	let mut set = |name: &'static str, value: String| {
		if let Ok(value) = HeaderValue::from_str(&value) {
			headers.insert(name, value);
		}
	};
	set("x-diem-credits-remaining-usd", usd(allowance.remaining));
	set("x-diem-credits-allowance-usd", usd(allowance.allowance));
	set("x-diem-credits-renew-at", rfc3339(allowance.renews_at_ms));
}

fn health(gateway: &Gateway) -> Response<Body> {
	let view = gateway.credits.view();
	let status = gateway.meter_status.lock().map(|status| status.clone()).unwrap_or_default();
	json_response(
		200,
		&json!({
			"meter": gateway.chain.meter().to_ss58check(),
			"registered": view.map(|view| view.registered),
			"chain_day": view.map(|view| view.chain_day),
			"next_batch": view.map(|view| view.next_batch),
			"finalized_next_batch": view.map(|view| view.finalized_next_batch),
			"kept_batches": gateway.store.batches().map(|b| b.len()).unwrap_or(0),
			"kept_entries": gateway.store.journal_len().unwrap_or(0),
			"meter_status": status,
		}),
	)
}

fn authorization(request: &Request<Incoming>) -> Option<&str> {
	request.headers().get("authorization").and_then(|value| value.to_str().ok())
}

fn models(gateway: &Gateway, request: &Request<Incoming>) -> Result<Response<Body>, ApiError> {
	keys::authenticate(&gateway.store, authorization(request), gateway.clock.now_ms())?;
	let data: Vec<Value> = gateway
		.config
		.models
		.iter()
		.map(|model| {
			json!({
				"id": model.id, "object": "model", "created": 0, "owned_by": "diem-gateway",
				"pricing": {
					"input_usd_per_million_tokens": usd(u128::from(model.input_micro_usd_per_mtok)),
					"output_usd_per_million_tokens": usd(u128::from(model.output_micro_usd_per_mtok)),
				},
			})
		})
		.collect();
	Ok(json_response(200, &json!({ "object": "list", "data": data })))
}

async fn credits(
	gateway: &Gateway,
	request: &Request<Incoming>,
) -> Result<Response<Body>, ApiError> {
	let now = gateway.clock.now_ms();
	let key = keys::authenticate(&gateway.store, authorization(request), now)?;
	let account = key.account_id().ok_or(ApiError::InvalidApiKey)?;
	let allowance = gateway
		.credits
		.allowance(&gateway.chain, &account, now)
		.await
		.map_err(ApiError::ChainUnavailable)?;
	let key_used = gateway.store.key_use(&key.id, allowance.day).map_err(ApiError::Store)?;
	let mut response = json_response(
		200,
		&json!({
			"account": account.to_ss58check(),
			"allowance_usd": usd(allowance.allowance),
			"used_usd": usd(allowance.used()),
			"remaining_usd": usd(allowance.remaining),
			"renews_at": rfc3339(allowance.renews_at_ms),
			"key": { "id": key.id, "used_today_usd": usd(key_used) },
		}),
	);
	credit_headers(&mut response, &allowance);
	Ok(response)
}

async fn read_json(request: Request<Incoming>) -> Result<Value, ApiError> {
	let body = Limited::new(request.into_body(), MAX_BODY)
		.collect()
		.await
		.map_err(|_| {
			ApiError::InvalidRequest(format!(
				"the body could not be read (at most {MAX_BODY} bytes)"
			))
		})?
		.to_bytes();
	let value: Value = serde_json::from_slice(&body)
		.map_err(|error| ApiError::InvalidRequest(format!("the body is not JSON: {error}")))?;
	if !value.is_object() {
		return Err(ApiError::InvalidRequest("the body must be a JSON object".into()));
	}
	Ok(value)
}

/// Tokens in a text, when the upstream does not say: about four characters a token, rounded
/// up, so an unreported usage is never free.
fn estimate_tokens(chars: usize) -> u64 {
	u64::try_from(chars.div_ceil(4)).unwrap_or(u64::MAX)
}

/// The characters a request's tokens are estimated from when the upstream does not say: the
/// whole request (tools, schemas and images count), not only the messages.
fn prompt_chars(body: &Value) -> usize {
	body.to_string().len()
}

/// The output tokens the worst case of a request is reserved for when it names no limit.
const DEFAULT_OUTPUT_RESERVE: u64 = 1_024;

/// The most batches kept (cut, not yet final on chain) before requests are refused: past it,
/// the meter is not keeping up (its account out of funds, the node down) and what is served
/// could reach the chain too late to be covered.
const MAX_KEPT_BATCHES: usize = 64;

fn check_request(kind: Kind, body: &Value) -> Result<(), ApiError> {
	let missing = |field: &str| ApiError::InvalidRequest(format!("`{field}` is required"));
	match kind {
		Kind::Chat => {
			let messages = body["messages"].as_array().ok_or_else(|| missing("messages"))?;
			if messages.is_empty() {
				return Err(ApiError::InvalidRequest("`messages` is empty".into()));
			}
			if messages.iter().any(|m| !m["role"].is_string()) {
				return Err(ApiError::InvalidRequest("every message needs a `role`".into()));
			}
		}
		Kind::Completion => {
			if body["prompt"].is_null() {
				return Err(missing("prompt"));
			}
		}
		Kind::Embedding => {
			if body["input"].is_null() {
				return Err(missing("input"));
			}
		}
	}
	if !(body["stream_options"].is_null() || body["stream_options"].is_object()) {
		return Err(ApiError::InvalidRequest("`stream_options` must be an object".into()));
	}
	for field in ["max_tokens", "max_completion_tokens"] {
		if !(body[field].is_null() || body[field].as_u64().is_some_and(|n| n > 0)) {
			return Err(ApiError::InvalidRequest(format!("`{field}` must be a positive integer")));
		}
	}
	if !(body["stream"].is_null() || body["stream"].is_boolean()) {
		return Err(ApiError::InvalidRequest("`stream` must be a boolean".into()));
	}
	if kind == Kind::Embedding && body["stream"].as_bool() == Some(true) {
		return Err(ApiError::InvalidRequest("embeddings do not stream".into()));
	}
	Ok(())
}

/// Tokens (input, output) from an OpenAI `usage` object.
fn usage_tokens(usage: &Value) -> Option<(u64, u64)> {
	let input = usage["prompt_tokens"].as_u64()?;
	Some((input, usage["completion_tokens"].as_u64().unwrap_or(0)))
}

async fn infer(
	gateway: &Arc<Gateway>,
	request: Request<Incoming>,
	kind: Kind,
) -> Result<Response<Body>, ApiError> {
	let now = gateway.clock.now_ms();
	let key = keys::authenticate(&gateway.store, authorization(&request), now)?;
	let account = key.account_id().ok_or(ApiError::InvalidApiKey)?;
	let mut body = read_json(request).await?;
	let model_id = body["model"]
		.as_str()
		.ok_or_else(|| ApiError::InvalidRequest("`model` is required".into()))?
		.to_string();
	let model = gateway
		.config
		.model(&model_id)
		.ok_or_else(|| ApiError::ModelNotFound(model_id.clone()))?
		.clone();
	check_request(kind, &body)?;

	let view = chain_view(gateway)?;
	if !view.registered {
		return Err(ApiError::ChainUnavailable(format!(
			"this gateway's meter {} is not registered on chain, so usage cannot be recorded",
			gateway.chain.meter().to_ss58check()
		)));
	}
	if gateway.credits.kept_batches() > MAX_KEPT_BATCHES {
		return Err(ApiError::ChainUnavailable(
			"usage is not reaching the chain (the meter is behind)".into(),
		));
	}
	let allowance = gateway
		.credits
		.allowance(&gateway.chain, &account, now)
		.await
		.map_err(ApiError::ChainUnavailable)?;
	let account_spender = Spender::Account(account.clone());
	let key_spender = Spender::Key(key.id.clone());
	if let Some(limit) = key.daily_limit {
		let used = gateway.store.key_use(&key.id, allowance.day).map_err(ApiError::Store)?;
		if used.saturating_add(gateway.credits.in_flight(&key_spender)) >= u128::from(limit) {
			let error = ApiError::KeyDailyLimitReached {
				limit: u128::from(limit),
				resets_at: rfc3339(allowance.renews_at_ms),
			};
			return Err(error);
		}
	}
	// What requests of the account already in flight may cost is held back: with one cent
	// left, a burst of requests does not all pass on that cent.
	let held = gateway.credits.in_flight(&account_spender);
	if allowance.remaining <= held && !gateway.config.usd_billing {
		let error = if allowance.remaining == 0 {
			ApiError::CreditsExhausted {
				used: allowance.used(),
				allowance: allowance.allowance,
				renews_at: rfc3339(allowance.renews_at_ms),
			}
		} else {
			ApiError::CreditsHeldInFlight { remaining: allowance.remaining }
		};
		let mut response = error_response(&error, Some(&allowance));
		if error.status() == 429 {
			response.headers_mut().insert("retry-after", HeaderValue::from_static("1"));
		}
		return Ok(response);
	}
	let prompt_estimate = estimate_tokens(prompt_chars(&body));
	let output_limit =
		body["max_completion_tokens"].as_u64().or_else(|| body["max_tokens"].as_u64());
	let worst_case = model.cost(
		prompt_estimate,
		if kind == Kind::Embedding { 0 } else { output_limit.unwrap_or(DEFAULT_OUTPUT_RESERVE) },
	);
	let reservation = gateway.credits.reserve(vec![account_spender, key_spender], worst_case);

	let stream = body["stream"].as_bool().unwrap_or(false);
	let client_wants_usage = body["stream_options"]["include_usage"].as_bool().unwrap_or(false);
	body["model"] = json!(model.upstream_name());
	if stream {
		body["stream_options"]["include_usage"] = json!(true);
	}
	let upstream = gateway
		.upstream
		.send(kind.path(), body.to_string().into_bytes())
		.await
		.map_err(ApiError::Upstream)?;
	let (parts, upstream_body) = upstream.into_parts();
	if !parts.status.is_success() {
		// The model server refused: its answer is passed on, nothing is charged.
		let bytes = upstream_body
			.collect()
			.await
			.map_err(|e| ApiError::Upstream(e.to_string()))?
			.to_bytes();
		let mut response = Response::new(full(bytes));
		*response.status_mut() = parts.status;
		response.headers_mut().insert("content-type", HeaderValue::from_static("application/json"));
		credit_headers(&mut response, &allowance);
		return Ok(response);
	}
	let charge = Charge {
		gateway: gateway.clone(),
		account,
		key_id: key.id.clone(),
		model,
		model_id,
		_reservation: reservation,
	};
	if stream {
		Ok(stream_response(charge, upstream_body, client_wants_usage, prompt_estimate, allowance))
	} else {
		let bytes = upstream_body
			.collect()
			.await
			.map_err(|e| ApiError::Upstream(e.to_string()))?
			.to_bytes();
		let mut answer: Value = serde_json::from_slice(&bytes)
			.ok()
			.filter(Value::is_object)
			.ok_or_else(|| ApiError::Upstream("its answer is not a JSON object".into()))?;
		let tokens = usage_tokens(&answer["usage"]).unwrap_or_else(|| {
			let output = answer["choices"].to_string().len();
			(prompt_estimate, if kind == Kind::Embedding { 0 } else { estimate_tokens(output) })
		});
		let cost = charge.journal(tokens).await?;
		answer["model"] = json!(charge.model_id);
		let mut response = json_response(200, &answer);
		let after = Allowance { remaining: allowance.remaining.saturating_sub(cost), ..allowance };
		credit_headers(&mut response, &after);
		if let Ok(value) = HeaderValue::from_str(&usd(cost)) {
			response.headers_mut().insert("x-diem-request-cost-usd", value);
		}
		Ok(response)
	}
}

/// Who pays for a request, and with which model's prices; it holds the request's reservation
/// until it is dropped, after its usage is journaled.
struct Charge {
	gateway: Arc<Gateway>,
	account: AccountId,
	key_id: String,
	model: Model,
	model_id: String,
	_reservation: Reservation,
}

impl Charge {
	/// Journals the usage of `tokens` (input, output); its cost once it is on disk.
	async fn journal(&self, tokens: (u64, u64)) -> Result<MicroUsd, ApiError> {
		let cost = self.model.cost(tokens.0, tokens.1);
		if cost == 0 {
			// Nothing to record (a free model, or no tokens); the pallet refuses a zero entry.
			return Ok(0);
		}
		let account: &[u8; 32] = self.account.as_ref();
		let usage =
			Usage { account: *account, day: 0, micro_usd: cost, key_id: self.key_id.clone() };
		self.gateway.journal.record(usage).await.map_err(ApiError::Store)?;
		Ok(cost)
	}
}

/// A streamed answer: events are passed on as they come; the usage (the upstream's final
/// usage event, else counted) is journaled before `[DONE]` is sent.
fn stream_response(
	charge: Charge,
	mut upstream: Body,
	client_wants_usage: bool,
	prompt_estimate: u64,
	allowance: Allowance,
) -> Response<Body> {
	let (sender, receiver) = tokio::sync::mpsc::channel::<Result<Frame<Bytes>, std::io::Error>>(64);
	tokio::spawn(async move {
		let mut buffer: Vec<u8> = Vec::new();
		let mut usage: Option<(u64, u64)> = None;
		let mut output_chars = 0usize;
		// The client may go away; the upstream is read to its end all the same, and what it
		// served is charged.
		let mut client = Some(sender);
		/// A client that reads nothing for this long is gone: the rest of the answer is read
		/// from the upstream and charged without it.
		const CLIENT_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);
		async fn send(client: &mut Option<Sender>, bytes: Bytes) {
			if let Some(open) = client.as_ref() {
				let sent =
					tokio::time::timeout(CLIENT_TIMEOUT, open.send(Ok(Frame::data(bytes)))).await;
				if !matches!(sent, Ok(Ok(()))) {
					*client = None;
				}
			}
		}
		while let Some(frame) = upstream.frame().await {
			let Ok(frame) = frame else { break };
			let Ok(data) = frame.into_data() else { continue };
			// Events end at a blank line; CRLF line ends are read as LF.
			buffer.extend(data.iter().copied().filter(|byte| *byte != b'\r'));
			while let Some(end) = buffer.windows(2).position(|w| w == b"\n\n") {
				let event: Vec<u8> = buffer.drain(..end.saturating_add(2)).collect();
				let text = String::from_utf8_lossy(&event);
				let payload = text.trim().strip_prefix("data:").map(str::trim).unwrap_or("");
				if payload == "[DONE]" {
					continue;
				}
				let mut forward = true;
				if let Ok(mut chunk) = serde_json::from_str::<Value>(payload) {
					if let Some(tokens) = usage_tokens(&chunk["usage"]) {
						usage = Some(tokens);
						// What the request costs, beside its usage (the headers went out first).
						if chunk["usage"].is_object() {
							chunk["usage"]["cost_usd"] =
								json!(usd(charge.model.cost(tokens.0, tokens.1)));
						}
						if !client_wants_usage
							&& chunk["choices"].as_array().is_some_and(|c| c.is_empty())
						{
							forward = false;
						}
					}
					for choice in chunk["choices"].as_array().into_iter().flatten() {
						// All of the delta counts (tool calls, reasoning), not only its text.
						output_chars = output_chars
							.saturating_add(choice["delta"].to_string().len())
							.saturating_add(choice["text"].as_str().map_or(0, str::len));
					}
					if forward && chunk.is_object() {
						chunk["model"] = json!(charge.model_id);
						send(&mut client, Bytes::from(format!("data: {chunk}\n\n"))).await;
					}
				} else if !payload.is_empty() {
					send(&mut client, Bytes::from(event)).await;
				}
			}
		}
		let tokens = usage.unwrap_or((prompt_estimate, estimate_tokens(output_chars)));
		let end = match charge.journal(tokens).await {
			Ok(_) => "data: [DONE]\n\n".to_string(),
			Err(error) => format!("data: {}\n\n", error.body()),
		};
		if let Some(client) = client {
			let _ = client.send(Ok(Frame::data(Bytes::from(end)))).await;
		}
	});
	let body = StreamBody::new(tokio_stream_from(receiver));
	let mut response = Response::new(BodyExt::boxed(body));
	let headers = response.headers_mut();
	headers.insert("content-type", HeaderValue::from_static("text/event-stream"));
	headers.insert("cache-control", HeaderValue::from_static("no-cache"));
	credit_headers(&mut response, &allowance);
	response
}

/// Where a streamed answer's frames go.
type Sender = tokio::sync::mpsc::Sender<Result<Frame<Bytes>, std::io::Error>>;

/// A stream of a channel's items.
fn tokio_stream_from<T: Send + 'static>(
	mut receiver: tokio::sync::mpsc::Receiver<T>,
) -> impl futures::Stream<Item = T> + Send + 'static {
	futures::stream::poll_fn(move |cx| receiver.poll_recv(cx))
}

// ---- keys ----

fn account_of(body: &Value) -> Result<AccountId, ApiError> {
	let text = body["account"]
		.as_str()
		.ok_or_else(|| ApiError::InvalidRequest("`account` is required".into()))?;
	if let Ok(account) = AccountId::from_ss58check(text) {
		return Ok(account);
	}
	sp_core::bytes::from_hex(text)
		.ok()
		.and_then(|bytes| <[u8; 32]>::try_from(bytes).ok())
		.map(AccountId::new)
		.ok_or_else(|| {
			ApiError::InvalidRequest("`account` is not an SS58 address or 32 bytes of hex".into())
		})
}

/// Checks `{account, challenge, signature}`: the account, proven.
fn proven_account(gateway: &Gateway, body: &Value) -> Result<AccountId, ApiError> {
	let account = account_of(body)?;
	let field = |name: &str| {
		body[name].as_str().ok_or_else(|| ApiError::InvalidRequest(format!("`{name}` is required")))
	};
	gateway.challenges.verify(
		&account,
		field("challenge")?,
		field("signature")?,
		gateway.clock.now_ms(),
	)?;
	Ok(account)
}

async fn key_challenge(
	gateway: &Gateway,
	request: Request<Incoming>,
) -> Result<Response<Body>, ApiError> {
	let body = read_json(request).await?;
	let account = account_of(&body)?;
	let (challenge, expires) = gateway.challenges.issue(
		&account,
		&gateway.chain.meter().to_ss58check(),
		gateway.clock.now_ms(),
	)?;
	Ok(json_response(200, &json!({ "challenge": challenge, "expires_at": rfc3339(expires) })))
}

fn key_json(record: &KeyRecord, used_today: MicroUsd) -> Value {
	json!({
		"id": record.id,
		"name": record.name,
		"created_at": rfc3339(record.created_ms),
		"expires_at": rfc3339(record.expires_ms),
		"revoked": record.revoked,
		"daily_limit_usd": record.daily_limit.map(|limit| usd(u128::from(limit))),
		"used_today_usd": usd(used_today),
	})
}

async fn key_new(
	gateway: &Gateway,
	request: Request<Incoming>,
) -> Result<Response<Body>, ApiError> {
	let body = read_json(request).await?;
	let account = proven_account(gateway, &body)?;
	let longest = gateway.config.key_max_days.saturating_mul(86_400);
	let seconds =
		match &body["expires_in_seconds"] {
			Value::Null => longest,
			value => value.as_u64().filter(|seconds| (1..=longest).contains(seconds)).ok_or_else(
				|| ApiError::InvalidRequest(format!("`expires_in_seconds` must be 1 to {longest}")),
			)?,
		};
	let daily_limit = match &body["daily_limit_micro_usd"] {
		Value::Null => None,
		value => Some(value.as_u64().filter(|limit| *limit > 0).ok_or_else(|| {
			ApiError::InvalidRequest("`daily_limit_micro_usd` must be a positive integer".into())
		})?),
	};
	let name = body["name"].as_str().unwrap_or("");
	// Keys cost the gateway a record each: only stakers get them (unless it bills USD), and
	// at most MAX_KEYS_PER_ACCOUNT active ones.
	if !gateway.config.usd_billing {
		let view = chain_view(gateway)?;
		let credits =
			gateway.chain.credits(&account, view.best).await.map_err(ApiError::ChainUnavailable)?;
		if credits.staked == 0 {
			return Err(ApiError::NoDiemStaked);
		}
	}
	let now = gateway.clock.now_ms();
	let hex = sp_core::bytes::to_hex(account.as_ref(), false);
	let active = gateway
		.store
		.keys_of(&hex, 0)
		.map_err(ApiError::Store)?
		.iter()
		.filter(|(key, _)| !key.revoked && key.expires_ms > now)
		.count();
	if active >= MAX_KEYS_PER_ACCOUNT {
		return Err(ApiError::TooManyKeys(MAX_KEYS_PER_ACCOUNT));
	}
	let (key, record) = keys::new_key(&account, name, seconds, daily_limit, gateway.clock.now_ms());
	gateway.store.insert_key(&keys::key_hash(&key), &record).map_err(ApiError::Store)?;
	let mut answer = key_json(&record, 0);
	answer["key"] = json!(key);
	answer["account"] = json!(account.to_ss58check());
	Ok(json_response(201, &answer))
}

fn keys_answer(gateway: &Gateway, account: &AccountId) -> Result<Response<Body>, ApiError> {
	let day = gateway
		.credits
		.view()
		.map(|view| crate::time::day_of(gateway.clock.now_ms(), view.day_length))
		.unwrap_or(0);
	let hex = sp_core::bytes::to_hex(account.as_ref(), false);
	let keys = gateway.store.keys_of(&hex, day).map_err(ApiError::Store)?;
	let keys: Vec<Value> = keys.iter().map(|(record, used)| key_json(record, *used)).collect();
	Ok(json_response(200, &json!({ "account": account.to_ss58check(), "keys": keys })))
}

async fn key_list(
	gateway: &Gateway,
	request: Request<Incoming>,
) -> Result<Response<Body>, ApiError> {
	let body = read_json(request).await?;
	let account = proven_account(gateway, &body)?;
	keys_answer(gateway, &account)
}

fn key_list_by_key(
	gateway: &Gateway,
	request: &Request<Incoming>,
) -> Result<Response<Body>, ApiError> {
	let key = keys::authenticate(&gateway.store, authorization(request), gateway.clock.now_ms())?;
	keys_answer(gateway, &key.account_id().ok_or(ApiError::InvalidApiKey)?)
}

async fn key_revoke(
	gateway: &Gateway,
	request: Request<Incoming>,
) -> Result<Response<Body>, ApiError> {
	let bearer = authorization(&request).map(str::to_string);
	let body = read_json(request).await?;
	let id =
		body["id"].as_str().ok_or_else(|| ApiError::InvalidRequest("`id` is required".into()))?;
	// A key may revoke itself; any key of an account with the account's proof.
	let account_hex = if body["signature"].is_string() {
		sp_core::bytes::to_hex(proven_account(gateway, &body)?.as_ref(), false)
	} else {
		let key = keys::authenticate(&gateway.store, bearer.as_deref(), gateway.clock.now_ms())?;
		if key.id != id {
			return Err(ApiError::InvalidRequest(
				"a key revokes only itself; sign a challenge to revoke another of the account's keys".into(),
			));
		}
		key.account
	};
	if !gateway.store.revoke(id, &account_hex).map_err(ApiError::Store)? {
		return Err(ApiError::KeyNotFound(id.to_string()));
	}
	Ok(json_response(200, &json!({ "id": id, "revoked": true })))
}
