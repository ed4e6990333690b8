#!/usr/bin/env python3
"""The real `openai` Python client against diem-gateway, for gateway.test.mjs.

    openai_client.py BASE_URL API_KEY OPERATIONS_JSON

BASE_URL is the gateway's OpenAI base URL (`http://127.0.0.1:PORT/v1`); OPERATIONS_JSON a JSON
list of operations, run in order, each an object:

    {"op": "chat", "model": "dev-echo", "messages": [...], "stream": false}
    {"op": "chat", "model": "dev-echo", "messages": [...], "stream": true, "include_usage": true}
    {"op": "models"}

any of them with "key" to use another API key than API_KEY. Prints one JSON list, a result per
operation: `ok`, and for a success what the client parsed (content, usage, model, chunks) and
the gateway's credit headers (`with_raw_response`); for a refusal what the client raised
(`openai.APIStatusError`: the exception's class, status, `code`, `type`, message, body and
headers). The client never retries here (max_retries=0): one request is one request, so the
test can account for every micro-dollar charged.
"""

import json
import sys

import openai
from openai import OpenAI

CREDIT_HEADERS = (
    "x-diem-credits-remaining-usd",
    "x-diem-credits-allowance-usd",
    "x-diem-credits-renew-at",
    "x-diem-request-cost-usd",
)


def credit_headers(headers):
    return {name: headers.get(name) for name in CREDIT_HEADERS}


def usage_of(usage):
    if usage is None:
        return None
    parsed = {
        "prompt_tokens": usage.prompt_tokens,
        "completion_tokens": usage.completion_tokens,
        "total_tokens": usage.total_tokens,
    }
    # The gateway adds the request's cost to a streamed answer's usage (its headers went out
    # before the usage was known); the client keeps unknown fields.
    cost = (usage.model_extra or {}).get("cost_usd")
    if cost is not None:
        parsed["cost_usd"] = cost
    return parsed


def chat(client, op):
    kwargs = {"model": op["model"], "messages": op["messages"]}
    if not op.get("stream"):
        raw = client.chat.completions.with_raw_response.create(**kwargs)
        completion = raw.parse()
        return {
            "ok": True,
            "status": raw.status_code,
            "model": completion.model,
            "content": completion.choices[0].message.content,
            "usage": usage_of(completion.usage),
            "headers": credit_headers(raw.headers),
        }
    kwargs["stream"] = True
    if op.get("include_usage"):
        kwargs["stream_options"] = {"include_usage": True}
    raw = client.chat.completions.with_raw_response.create(**kwargs)
    content = []
    usage = None
    chunks = 0
    models = set()
    for chunk in raw.parse():
        chunks += 1
        models.add(chunk.model)
        for choice in chunk.choices:
            if choice.delta is not None and choice.delta.content:
                content.append(choice.delta.content)
        if getattr(chunk, "usage", None) is not None:
            usage = usage_of(chunk.usage)
    return {
        "ok": True,
        "status": raw.status_code,
        "models": sorted(models),
        "content": "".join(content),
        "usage": usage,
        "chunks": chunks,
        "headers": credit_headers(raw.headers),
    }


def run(base_url, default_key, op):
    client = OpenAI(base_url=base_url, api_key=op.get("key", default_key), max_retries=0, timeout=30)
    try:
        if op["op"] == "models":
            return {"ok": True, "ids": [model.id for model in client.models.list()]}
        if op["op"] == "chat":
            return chat(client, op)
        return {"ok": False, "unknown_op": op["op"]}
    except openai.APIStatusError as error:
        body = error.body if isinstance(error.body, dict) else None
        return {
            "ok": False,
            "exception": type(error).__name__,
            "status": error.status_code,
            "code": error.code,
            "type": error.type,
            "message": body.get("message") if body else str(error),
            "body": body,
            "headers": credit_headers(error.response.headers),
        }
    except openai.APIError as error:
        # A stream's error event (the gateway could not journal the usage), or no answer.
        return {"ok": False, "exception": type(error).__name__, "status": None, "message": str(error)}


def main():
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    base_url, key, operations = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    print(json.dumps([run(base_url, key, op) for op in operations]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
