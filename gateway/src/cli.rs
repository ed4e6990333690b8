//! The command line's client side: keys for scripts (`diem-gateway key …`), the HTTP stub
//! upstream (`stub-upstream`) and the load benchmark (`bench`).

use crate::upstream::full;
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::{service::service_fn, Request};
use hyper_util::{
	client::legacy::{connect::HttpConnector, Client},
	rt::TokioIo,
};
use serde_json::{json, Value};
use sp_core::{crypto::Ss58Codec, sr25519, Pair};
use std::{net::SocketAddr, sync::Arc, time::Instant};

type HttpClient = Client<HttpConnector, Full<Bytes>>;

fn client() -> HttpClient {
	crate::upstream::http_client(1024)
}

async fn post(
	client: &HttpClient,
	url: &str,
	bearer: Option<&str>,
	body: &Value,
) -> Result<(u16, Value), String> {
	let mut request = Request::post(url).header("content-type", "application/json");
	if let Some(key) = bearer {
		request = request.header("authorization", format!("Bearer {key}"));
	}
	let request =
		request.body(Full::new(Bytes::from(body.to_string()))).map_err(|e| e.to_string())?;
	let response = client.request(request).await.map_err(|e| format!("{url}: {e}"))?;
	let status = response.status().as_u16();
	let bytes = response.into_body().collect().await.map_err(|e| e.to_string())?.to_bytes();
	Ok((status, serde_json::from_slice(&bytes).unwrap_or(Value::Null)))
}

/// Proves `suri`'s account to the gateway at `gateway`: `{account, challenge, signature}`.
async fn proof(client: &HttpClient, gateway: &str, suri: &str) -> Result<Value, String> {
	let pair =
		sr25519::Pair::from_string(suri, None).map_err(|e| format!("the secret URI: {e:?}"))?;
	let account = crate::AccountId::from(pair.public()).to_ss58check();
	let (status, answer) =
		post(client, &format!("{gateway}/v1/keys/challenge"), None, &json!({ "account": account }))
			.await?;
	let challenge = answer["challenge"]
		.as_str()
		.filter(|_| status == 200)
		.ok_or(format!("challenge: {status} {answer}"))?;
	let signature = sp_core::bytes::to_hex(&pair.sign(challenge.as_bytes()).0, false);
	Ok(json!({ "account": account, "challenge": challenge, "signature": signature }))
}

/// `key new`: a new key for `suri`'s account; prints the gateway's answer (with the key).
#[allow(clippy::arithmetic_side_effects)] // a dollar amount from the command line
pub async fn key_new(
	gateway: &str,
	suri: &str,
	name: &str,
	daily_limit_usd: Option<f64>,
	days: Option<u64>,
) -> Result<Value, String> {
	let client = client();
	let mut body = proof(&client, gateway, suri).await?;
	body["name"] = json!(name);
	if let Some(limit) = daily_limit_usd {
		body["daily_limit_micro_usd"] = json!((limit * 1e6).round() as u64);
	}
	if let Some(days) = days {
		body["expires_in_seconds"] = json!(days.saturating_mul(86_400));
	}
	let (status, answer) = post(&client, &format!("{gateway}/v1/keys"), None, &body).await?;
	if status == 201 {
		Ok(answer)
	} else {
		Err(format!("{status}: {answer}"))
	}
}

/// `key list`: the account's keys and their use today.
pub async fn key_list(gateway: &str, suri: &str) -> Result<Value, String> {
	let client = client();
	let body = proof(&client, gateway, suri).await?;
	let (status, answer) = post(&client, &format!("{gateway}/v1/keys/list"), None, &body).await?;
	if status == 200 {
		Ok(answer)
	} else {
		Err(format!("{status}: {answer}"))
	}
}

/// `key revoke`: revokes the key `id` of the account.
pub async fn key_revoke(gateway: &str, suri: &str, id: &str) -> Result<Value, String> {
	let client = client();
	let mut body = proof(&client, gateway, suri).await?;
	body["id"] = json!(id);
	let (status, answer) = post(&client, &format!("{gateway}/v1/keys/revoke"), None, &body).await?;
	if status == 200 {
		Ok(answer)
	} else {
		Err(format!("{status}: {answer}"))
	}
}

/// `stub-upstream`: the dev upstream over HTTP, an OpenAI-compatible server the tests and the
/// benchmark put behind a gateway.
pub async fn stub_upstream(listen: SocketAddr) -> Result<(), String> {
	let listener =
		tokio::net::TcpListener::bind(listen).await.map_err(|e| format!("{listen}: {e}"))?;
	eprintln!("stub upstream on http://{}", listener.local_addr().map_err(|e| e.to_string())?);
	loop {
		let Ok((stream, _)) = listener.accept().await else { continue };
		let _ = stream.set_nodelay(true);
		tokio::spawn(async move {
			let service = service_fn(|request: Request<hyper::body::Incoming>| async move {
				let path = request.uri().path().to_string();
				let body =
					request.into_body().collect().await.map(|b| b.to_bytes()).unwrap_or_default();
				let response = if path == "/v1/models" {
					hyper::Response::new(full(json!({"object": "list", "data": [{"id": crate::dev_upstream::MODEL, "object": "model"}]}).to_string()))
				} else {
					crate::dev_upstream::answer(&path, &body)
				};
				Ok::<_, std::convert::Infallible>(response)
			});
			let _ = hyper::server::conn::http1::Builder::new()
				.serve_connection(TokioIo::new(stream), service)
				.await;
		});
	}
}

/// What `bench` measured.
#[derive(Debug, serde::Serialize)]
pub struct BenchReport {
	/// Requests sent.
	pub requests: u64,
	/// Requests answered 200.
	pub ok: u64,
	/// Requests per second over the run.
	pub requests_per_second: f64,
	/// Median latency, milliseconds.
	pub p50_ms: f64,
	/// 99th percentile latency, milliseconds.
	pub p99_ms: f64,
}

/// `bench`: `requests` non-streamed chat completions to `base` (a gateway, or the upstream
/// directly to measure what the gateway adds), `concurrency` at a time, at most `rate` a
/// second (0: as fast as they are answered). With `accounts` > 0,
/// first gets a key for each of that many accounts (`//bench/0`, `//bench/1`, …) and sends
/// the requests from them in turn, so every batch records many accounts.
#[allow(clippy::arithmetic_side_effects)] // a load generator's timing statistics, floats
pub async fn bench(
	base: &str,
	key: Option<String>,
	accounts: u64,
	model: &str,
	requests: u64,
	concurrency: u64,
	rate: f64,
) -> Result<BenchReport, String> {
	let client = client();
	let mut keys: Vec<Option<String>> = Vec::new();
	for i in 0..accounts {
		let answer = key_new(base, &format!("//bench/{i}"), "bench", None, None).await?;
		keys.push(answer["key"].as_str().map(str::to_string));
	}
	if keys.is_empty() {
		keys.push(key);
	}
	let keys = Arc::new(keys);
	let url = format!("{base}/v1/chat/completions");
	let body = json!({ "model": model, "messages": [{ "role": "user", "content": "how many tokens is this prompt" }] });
	let next = Arc::new(std::sync::atomic::AtomicU64::new(0));
	let start = Instant::now();
	let rate = rate.max(0.0);
	let mut workers = Vec::new();
	for _ in 0..concurrency.max(1) {
		let (client, url, body, keys, next) =
			(client.clone(), url.clone(), body.clone(), keys.clone(), next.clone());
		workers.push(tokio::spawn(async move {
			let mut latencies = Vec::new();
			let mut ok = 0u64;
			loop {
				let n = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
				if n >= requests {
					break;
				}
				if rate > 0.0 {
					// Request n leaves at n / rate seconds: a steady load, not a burst.
					let due = start + std::time::Duration::from_secs_f64(n as f64 / rate);
					tokio::time::sleep_until(due.into()).await;
				}
				let key = keys
					.get(usize::try_from(n).unwrap_or(0) % keys.len().max(1))
					.cloned()
					.flatten();
				let sent = Instant::now();
				if let Ok((200, _)) = post(&client, &url, key.as_deref(), &body).await {
					ok = ok.saturating_add(1);
				}
				latencies.push(sent.elapsed().as_secs_f64() * 1e3);
			}
			(ok, latencies)
		}));
	}
	let mut latencies = Vec::new();
	let mut ok = 0u64;
	for worker in workers {
		let (worker_ok, worker_latencies) = worker.await.map_err(|e| e.to_string())?;
		ok = ok.saturating_add(worker_ok);
		latencies.extend(worker_latencies);
	}
	let elapsed = start.elapsed().as_secs_f64();
	latencies.sort_by(|a, b| a.total_cmp(b));
	let at = |q: f64| {
		latencies.get(((latencies.len() as f64 - 1.0) * q).round() as usize).copied().unwrap_or(0.0)
	};
	Ok(BenchReport {
		requests,
		ok,
		requests_per_second: requests as f64 / elapsed,
		p50_ms: at(0.5),
		p99_ms: at(0.99),
	})
}
