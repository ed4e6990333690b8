//! A node's JSON-RPC, over plain HTTP/1.1 on `std::net`: the few safe `state_*` and `chain_*`
//! methods a snapshot needs, without an async runtime or a WebSocket library in the explorer.
//! A Substrate node serves HTTP and WebSocket on the same port, so `ws://host:port` is read as
//! `http://host:port`. TLS (`wss://`, `https://`) is not spoken: run the explorer beside the
//! node, or through a tunnel.

use serde_json::{json, Value};
use std::{
	io::{Read, Write},
	net::TcpStream,
	time::Duration,
};

/// How long one request may take: a snapshot's largest is a page of 512 values.
const TIMEOUT: Duration = Duration::from_secs(60);

/// A node's RPC endpoint.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rpc {
	/// `host:port`.
	address: String,
	/// The request path, `/` unless the URL names one.
	path: String,
}

impl Rpc {
	/// The endpoint at `url`: `ws://` or `http://`, a host and a port (default 9944).
	pub fn new(url: &str) -> Result<Self, String> {
		let rest =
			url.strip_prefix("ws://").or_else(|| url.strip_prefix("http://")).ok_or_else(|| {
				format!("`{url}`: the explorer speaks ws:// and http:// (no TLS), e.g. ws://127.0.0.1:9944")
			})?;
		let (authority, path) = match rest.find('/') {
			Some(i) => (&rest[..i], &rest[i..]),
			None => (rest, "/"),
		};
		if authority.is_empty() {
			return Err(format!("`{url}` names no host"));
		}
		// A port after the host, or after an IPv6 address's closing bracket.
		let host_end = authority.rfind(']').unwrap_or(0);
		let address = if authority[host_end..].contains(':') {
			authority.to_owned()
		} else {
			format!("{authority}:9944")
		};
		Ok(Self { address, path: path.to_owned() })
	}

	/// Calls `method` with `params`; its `result`, or the node's error as text.
	pub fn call(&self, method: &str, params: Value) -> Result<Value, String> {
		let body =
			json!({ "jsonrpc": "2.0", "id": 1, "method": method, "params": params }).to_string();
		let request = format!(
			"POST {} HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
			self.path,
			self.address,
			body.len()
		);
		let fail = |e: std::io::Error| format!("{method} at {}: {e}", self.address);
		let mut stream = TcpStream::connect(&self.address).map_err(fail)?;
		stream.set_read_timeout(Some(TIMEOUT)).map_err(fail)?;
		stream.write_all(request.as_bytes()).map_err(fail)?;
		let mut response = Vec::new();
		stream.read_to_end(&mut response).map_err(fail)?;
		let body = http_body(&response).map_err(|e| format!("{method}: {e}"))?;
		let reply: Value = serde_json::from_slice(&body)
			.map_err(|e| format!("{method}: the node's reply is not JSON: {e}"))?;
		if let Some(error) = reply.get("error") {
			return Err(format!("{method}: {error}"));
		}
		reply.get("result").cloned().ok_or_else(|| format!("{method}: a reply without a result"))
	}

	/// `method`'s result as bytes from its `0x…` hex; `None` for a JSON `null`.
	pub fn call_bytes(&self, method: &str, params: Value) -> Result<Option<Vec<u8>>, String> {
		match self.call(method, params)? {
			Value::Null => Ok(None),
			Value::String(hex) => from_hex(&hex).map(Some),
			other => Err(format!("{method}: expected hex, got {other}")),
		}
	}
}

/// An HTTP/1.1 response's body: status 200 required, `Content-Length` or chunked.
fn http_body(response: &[u8]) -> Result<Vec<u8>, String> {
	let end = response
		.windows(4)
		.position(|w| w == b"\r\n\r\n")
		.ok_or("a response without headers' end")?;
	let head = String::from_utf8_lossy(&response[..end]).to_ascii_lowercase();
	let status = head.lines().next().unwrap_or_default();
	if status.split_whitespace().nth(1).is_none_or(|code| code != "200") {
		return Err(format!("the node answered `{status}`"));
	}
	let body = &response[end + 4..];
	if !head.contains("transfer-encoding: chunked") {
		return Ok(body.to_vec());
	}
	let mut out = Vec::new();
	let mut rest = body;
	loop {
		let line = rest.windows(2).position(|w| w == b"\r\n").ok_or("a truncated chunk")?;
		let size = std::str::from_utf8(&rest[..line])
			.ok()
			.and_then(|s| {
				usize::from_str_radix(s.split(';').next().unwrap_or_default().trim(), 16).ok()
			})
			.ok_or("a malformed chunk size")?;
		rest = &rest[line + 2..];
		if size == 0 {
			return Ok(out);
		}
		let chunk = rest.get(..size).ok_or("a truncated chunk")?;
		out.extend_from_slice(chunk);
		rest = rest.get(size + 2..).ok_or("a truncated chunk")?;
	}
}

/// Bytes from `0x…` hex.
pub fn from_hex(hex: &str) -> Result<Vec<u8>, String> {
	let digits = hex.strip_prefix("0x").unwrap_or(hex);
	if !digits.is_ascii() {
		return Err(format!("`{hex}` is not hex"));
	}
	if !digits.len().is_multiple_of(2) {
		return Err(format!("`{hex}`: an odd number of hex digits"));
	}
	(0..digits.len())
		.step_by(2)
		.map(|i| {
			u8::from_str_radix(&digits[i..i + 2], 16).map_err(|_| format!("`{hex}` is not hex"))
		})
		.collect()
}

/// `0x…` hex of `bytes`.
pub fn to_hex(bytes: &[u8]) -> String {
	let mut out = String::with_capacity(2 + 2 * bytes.len());
	out.push_str("0x");
	for byte in bytes {
		out.push_str(&format!("{byte:02x}"));
	}
	out
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn urls() {
		assert_eq!(
			Rpc::new("ws://127.0.0.1:9944").unwrap(),
			Rpc { address: "127.0.0.1:9944".into(), path: "/".into() }
		);
		assert_eq!(
			Rpc::new("http://node/rpc").unwrap(),
			Rpc { address: "node:9944".into(), path: "/rpc".into() }
		);
		assert_eq!(Rpc::new("ws://[::1]").unwrap().address, "[::1]:9944");
		assert_eq!(Rpc::new("ws://[::1]:9950").unwrap().address, "[::1]:9950");
		assert!(Rpc::new("wss://node:443").unwrap_err().contains("no TLS"));
		assert!(Rpc::new("ws://").unwrap_err().contains("no host"));
	}

	#[test]
	fn bodies() {
		let plain = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}";
		assert_eq!(http_body(plain).unwrap(), b"{}");
		let chunked =
			b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\n{\"a\r\n4\r\n\":1}\r\n0\r\n\r\n";
		assert_eq!(http_body(chunked).unwrap(), b"{\"a\":1}");
		assert!(http_body(b"HTTP/1.1 403 Forbidden\r\n\r\n").unwrap_err().contains("403"));
		assert!(http_body(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab")
			.unwrap_err()
			.contains("truncated"));
	}

	#[test]
	fn hex_round_trip() {
		assert_eq!(from_hex("0x00ff10").unwrap(), vec![0, 255, 16]);
		assert_eq!(to_hex(&[0, 255, 16]), "0x00ff10");
		assert!(from_hex("0x0").is_err());
		assert!(from_hex("0xzz").is_err());
	}
}
