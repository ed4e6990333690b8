//! A deterministic model for dev chains and tests: no model server needed. It repeats the last
//! user message back and says so (its model is `dev-echo`); tokens are words. The same
//! answers are served over HTTP by `diem-gateway stub-upstream`, the stub the tests and the
//! benchmark put behind a gateway.

use crate::upstream::{full, json_response, Body};
use hyper::Response;
use serde_json::{json, Value};

/// The dev upstream's model name: what it is, in its name.
pub const MODEL: &str = "dev-echo";

fn words(text: &str) -> u64 {
	u64::try_from(text.split_whitespace().count()).unwrap_or(u64::MAX)
}

fn text_of(value: &Value) -> String {
	match value {
		Value::String(text) => text.clone(),
		Value::Array(parts) => parts.iter().map(text_of).collect::<Vec<_>>().join(" "),
		Value::Object(part) => {
			part.get("text").or_else(|| part.get("content")).map(text_of).unwrap_or_default()
		}
		_ => String::new(),
	}
}

fn error(status: u16, message: &str) -> Response<Body> {
	let body = json!({ "error": { "message": message, "type": "invalid_request_error", "code": Value::Null, "param": Value::Null } });
	json_response(status, &body)
}

/// The answer to a request `body` at `path`.
pub fn answer(path: &str, body: &[u8]) -> Response<Body> {
	let Ok(request) = serde_json::from_slice::<Value>(body) else {
		return error(400, "the body is not JSON");
	};
	let model = request["model"].as_str().unwrap_or(MODEL).to_string();
	let stream = request["stream"].as_bool().unwrap_or(false);
	let include_usage = request["stream_options"]["include_usage"].as_bool().unwrap_or(false);
	let (prompt, object) = match path {
		"/v1/chat/completions" => {
			let Some(messages) = request["messages"].as_array() else {
				return error(400, "`messages` is required");
			};
			let prompt: Vec<String> = messages.iter().map(|m| text_of(&m["content"])).collect();
			(prompt.join(" "), "chat.completion")
		}
		"/v1/completions" => (text_of(&request["prompt"]), "text_completion"),
		"/v1/embeddings" => {
			let input = text_of(&request["input"]);
			let tokens = words(&input);
			let vector: Vec<f64> =
				(0..8).map(|i| (tokens.wrapping_add(i) % 7) as f64 / 7.0).collect();
			let body = json!({
				"object": "list",
				"model": model,
				"data": [{ "object": "embedding", "index": 0, "embedding": vector }],
				"usage": { "prompt_tokens": tokens, "total_tokens": tokens },
			});
			return json_response(200, &body);
		}
		_ => return error(404, "no such endpoint"),
	};
	let reply = format!(
		"dev upstream (no model): you said: {}",
		prompt.split_whitespace().last().unwrap_or("")
	);
	let usage = json!({
		"prompt_tokens": words(&prompt),
		"completion_tokens": words(&reply),
		"total_tokens": words(&prompt).saturating_add(words(&reply)),
	});
	let chat = object == "chat.completion";
	if !stream {
		let choice = if chat {
			json!({ "index": 0, "message": { "role": "assistant", "content": reply }, "finish_reason": "stop" })
		} else {
			json!({ "index": 0, "text": reply, "finish_reason": "stop" })
		};
		return json_response(
			200,
			&json!({
				"id": "dev-1", "object": object, "created": 0, "model": model,
				"choices": [choice], "usage": usage,
			}),
		);
	}
	let chunk_object = if chat { "chat.completion.chunk" } else { "text_completion" };
	let mut events = String::new();
	let pieces: Vec<&str> = reply.split_inclusive(' ').collect();
	for (i, piece) in pieces.iter().enumerate() {
		let last = i.saturating_add(1) == pieces.len();
		let choice = if chat {
			json!({ "index": 0, "delta": { "content": piece }, "finish_reason": if last { json!("stop") } else { Value::Null } })
		} else {
			json!({ "index": 0, "text": piece, "finish_reason": if last { json!("stop") } else { Value::Null } })
		};
		let chunk = json!({ "id": "dev-1", "object": chunk_object, "created": 0, "model": model, "choices": [choice] });
		events.push_str(&format!("data: {chunk}\n\n"));
	}
	if include_usage {
		let chunk = json!({ "id": "dev-1", "object": chunk_object, "created": 0, "model": model, "choices": [], "usage": usage });
		events.push_str(&format!("data: {chunk}\n\n"));
	}
	events.push_str("data: [DONE]\n\n");
	Response::builder()
		.header("content-type", "text/event-stream")
		.body(full(events))
		.unwrap_or_else(|_| Response::new(full("")))
}
