#!/usr/bin/env bash
# The gateway's speed on this machine (docs/gateway.md): requests/s through diem-gateway with the
# stub upstream and metering on, the latency it adds over the stub alone (p50/p99), and the
# entries the chain records at that rate. A release gateway, a fresh dev node, the HTTP stub.
#
#   scripts/gateway-bench.sh          # 20,000 requests at 1,000/s, then 20,000 flat out; 1,000 accounts
#   REQUESTS=2000 ACCOUNTS=50 scripts/gateway-bench.sh
#
# Latency is measured at a steady RATE (what a request waits at that load, the stub alone and
# through the gateway: the difference is what the gateway adds); throughput flat out, CONCURRENCY
# requests at once.
#
# The bench accounts hold no DIEM, so the gateway runs with usd_billing: every request is served
# and recorded as uncovered usage, the same batches and entries as covered usage.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
REQUESTS=${REQUESTS:-20000}
CONCURRENCY=${CONCURRENCY:-32}
RATE=${RATE:-1000}
ACCOUNTS=${ACCOUNTS:-1000}

SKIP_WASM_BUILD=1 cargo build --locked --release -p diem-gateway
GATEWAY=$CARGO_TARGET_DIR/release/diem-gateway
NODE=${DIEM_NODE:-$CARGO_TARGET_DIR/debug/diem-node}
[ -x "$NODE" ] || { echo "no node at $NODE: cargo build --workspace (or set DIEM_NODE)"; exit 2; }

work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
# The node's database in memory when it can be: a provider's node is another machine, and on
# this one its database writes would share the disk the gateway's journal flushes to.
node_tmp=${NODE_TMPDIR:-$([ -d /dev/shm ] && echo /dev/shm || echo "${TMPDIR:-/tmp}")}
TMPDIR=$node_tmp "$NODE" --dev --tmp --rpc-port 9988 --port 30988 >"$work/node.log" 2>&1 &
"$GATEWAY" stub-upstream --listen 127.0.0.1:8991 >"$work/stub.log" 2>&1 &
cat >"$work/gateway.toml" <<TOML
listen = "127.0.0.1:8992"
chain = "ws://127.0.0.1:9988"
meter_suri = "//Ferdie"
store = "$work/store"
upstream = "http://127.0.0.1:8991"
usd_billing = true
[[models]]
id = "dev-echo"
input_micro_usd_per_mtok = 150000
output_micro_usd_per_mtok = 600000
TOML
for _ in $(seq 60); do
	curl -sf -H 'content-type: application/json' -d '{"id":1,"jsonrpc":"2.0","method":"system_health"}' \
		http://127.0.0.1:9988 >/dev/null && break
	sleep 1
done
"$GATEWAY" serve --config "$work/gateway.toml" >"$work/gateway.log" 2>&1 &
for _ in $(seq 60); do
	curl -sf http://127.0.0.1:8992/health | grep -q '"chain_day":[0-9]' && break
	sleep 1
done

echo "==> the stub upstream alone, $RATE requests/s"
"$GATEWAY" bench --url http://127.0.0.1:8991 --requests "$REQUESTS" --concurrency "$CONCURRENCY" --rate "$RATE"
echo "==> through the gateway, metering on, $RATE requests/s ($ACCOUNTS accounts in turn)"
start=$(date +%s.%N)
"$GATEWAY" bench --url http://127.0.0.1:8992 --accounts "$ACCOUNTS" --requests "$REQUESTS" --concurrency "$CONCURRENCY" --rate "$RATE"
echo "==> through the gateway, flat out ($CONCURRENCY at a time)"
"$GATEWAY" bench --url http://127.0.0.1:8992 --accounts "$ACCOUNTS" --requests "$REQUESTS" --concurrency "$CONCURRENCY"
served=$(date +%s.%N)
echo "==> until the chain has finalized every batch"
for _ in $(seq 300); do
	health=$(curl -sf http://127.0.0.1:8992/health)
	echo "$health" | grep -q '"kept_entries":0,' && break
	sleep 0.5
done
done_at=$(date +%s.%N)
echo "$health"
python3 - "$health" "$start" "$served" "$done_at" <<'PY'
import json, sys
health, start, served, done = json.loads(sys.argv[1]), *map(float, sys.argv[2:])
status = health["meter_status"]
print(f"batches finalized {status['batches_finalized']}, entries {status['entries_finalized']}; "
      f"serving took {served - start:.1f} s, finality of the last batch {done - served:.1f} s after; "
      f"{status['entries_finalized'] / (done - start):.0f} entries/s recorded and finalized")
PY
