#!/usr/bin/env bash
# Builds the node (installing what the build needs) and starts a dev chain:
# one node, Alice sequencing 2-second blocks, RPC on ws://127.0.0.1:9944.
# Extra arguments go to the node, e.g. `scripts/dev.sh --tmp`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
diem_install_system_deps
cargo build --locked -p diem-node
exec "$CARGO_TARGET_DIR/debug/diem-node" --dev "$@"
