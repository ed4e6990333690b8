#!/usr/bin/env bash
# Builds the node (installing what the build needs) and starts a dev chain:
# one node, Alice sequencing 2-second blocks, RPC on ws://127.0.0.1:9944.
# Extra arguments go to the node, e.g. `scripts/dev.sh --tmp`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
diem_install_system_deps
# The same build as scripts/test.sh's, so that one reuses the other's: `-p diem-node` alone
# resolves some dependencies' features differently (miniz_oxide, through the explorer's
# plotting crates), and after a `--workspace` build it compiled the node's graph again.
cargo build --locked --workspace
exec "$CARGO_TARGET_DIR/debug/diem-node" --dev "$@"
