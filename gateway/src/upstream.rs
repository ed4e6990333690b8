//! The model server: an OpenAI-compatible HTTP upstream (llama.cpp server, vLLM, Ollama, …),
//! or the built-in dev upstream ([`crate::dev_upstream`]). Both answer with a body the gateway
//! reads as it streams.

use bytes::Bytes;
use http_body_util::{combinators::BoxBody, BodyExt, Full};
use hyper::{Request, Response};
use hyper_util::{
	client::legacy::{connect::HttpConnector, Client},
	rt::TokioExecutor,
};

/// A body as the gateway passes it on.
pub type Body = BoxBody<Bytes, std::io::Error>;

/// A body of `bytes`.
pub fn full(bytes: impl Into<Bytes>) -> Body {
	Full::new(bytes.into()).map_err(|never| match never {}).boxed()
}

/// An HTTP/1 client pool (`TCP_NODELAY`, up to `idle` idle connections a host): the upstream's,
/// and the command line's.
pub fn http_client(idle: usize) -> Client<HttpConnector, Full<Bytes>> {
	let mut connector = HttpConnector::new();
	connector.set_nodelay(true);
	Client::builder(TokioExecutor::new()).pool_max_idle_per_host(idle).build(connector)
}

/// A JSON answer with `status`.
pub fn json_response(status: u16, body: &serde_json::Value) -> Response<Body> {
	let mut response = Response::new(full(body.to_string()));
	*response.status_mut() = hyper::StatusCode::from_u16(status).unwrap_or(hyper::StatusCode::OK);
	response
		.headers_mut()
		.insert("content-type", hyper::header::HeaderValue::from_static("application/json"));
	response
}

/// Where requests go.
pub enum Upstream {
	/// An OpenAI-compatible server at `base` (`http://host:port`).
	Http {
		/// The base URL.
		base: String,
		/// A bearer token it wants, if any.
		api_key: Option<String>,
		/// The connection pool.
		client: Box<Client<HttpConnector, Full<Bytes>>>,
	},
	/// The built-in deterministic dev upstream.
	Dev,
}

impl Upstream {
	/// `dev`, or an HTTP upstream at `base`.
	pub fn new(base: &str, api_key: Option<String>) -> Self {
		if base == "dev" {
			return Self::Dev;
		}
		let client = http_client(256);
		Self::Http { base: base.trim_end_matches('/').into(), api_key, client: Box::new(client) }
	}

	/// Sends `body` (JSON) to `path` (`/v1/chat/completions`, …).
	pub async fn send(&self, path: &str, body: Vec<u8>) -> Result<Response<Body>, String> {
		match self {
			Self::Dev => Ok(crate::dev_upstream::answer(path, &body)),
			Self::Http { base, api_key, client } => {
				let mut request = Request::post(format!("{base}{path}"))
					.header("content-type", "application/json");
				if let Some(key) = api_key {
					request = request.header("authorization", format!("Bearer {key}"));
				}
				let request = request
					.body(Full::new(Bytes::from(body)))
					.map_err(|error| error.to_string())?;
				let response = client
					.request(request)
					.await
					.map_err(|error| format!("{base}{path}: {error}"))?;
				Ok(response.map(|body| body.map_err(std::io::Error::other).boxed()))
			}
		}
	}
}
