#!/usr/bin/env bash
# Load test on a release node: `scripts/load.sh [kind] [senders] [per-sender]` (defaults:
# transfer 200 100). kind is transfer (balances.transferKeepAlive), mint (diem.mint) or mix
# (transfers, mints, stakes and repays).
#
# With $DIEM_NODE set, that binary is used as it is; otherwise the release node is built with
# the `benchmark` subcommands, the same build as scripts/benchmark.sh. The harness
# (e2e/load/load.mjs) starts the node itself (`--dev --tmp`, transaction pool limits left at
# the node's defaults), funds and stakes the senders, signs every transaction up front, then
# submits them and follows the chain. It prints the figures and writes them as JSON to
# e2e/logs/load-<kind>-<senders>x<per-sender>-<time>.json (the node's log: e2e/logs/load-node.log).
# The exit code is non-zero when an accepted transaction was never included.
#
# More harness options after the three: e.g. `scripts/load.sh transfer 200 100 --concurrency 64`,
# `--node-arg=--pool-limit=20000`, `--chain-spec FILE` (run that spec instead of --dev), or
# `--ws ws://127.0.0.1:9944` to load a node that is already running. See
# `node e2e/load/load.mjs --help`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

kind=${1:-transfer}
senders=${2:-200}
per_sender=${3:-100}
shift $(($# < 3 ? $# : 3))

if [ -z "${DIEM_NODE:-}" ]; then
	diem_install_system_deps
	cargo build --locked --release --features runtime-benchmarks -p diem-node
	export DIEM_NODE="$CARGO_TARGET_DIR/release/diem-node"
fi
[ -d e2e/node_modules ] || (cd e2e && npm ci --no-audit --no-fund)

mkdir -p e2e/logs
out="e2e/logs/load-${kind}-${senders}x${per_sender}-$(date +%Y%m%d-%H%M%S).json"
(cd e2e && exec node load/load.mjs --kind "$kind" --senders "$senders" --per-sender "$per_sender" \
	--json "../$out" "$@")
