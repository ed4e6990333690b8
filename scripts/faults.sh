#!/usr/bin/env bash
# Fault tests: nodes killed with SIGKILL and restarted on their databases.
# `scripts/faults.sh [restart|network ...]` (default: both; see e2e/faults/faults.mjs):
#   restart  a --dev node is killed and restarted on its base path: the finalized block and a
#            balance survive, and the chain goes on producing and finalizing;
#   network  --chain local with Alice, Bob and a full node: Bob is killed, Alice keeps producing
#            in her slots and the full node follows while finality stalls; Bob restarts on his
#            base path and finality resumes, all three on the same finalized chain.
# The scenarios start their own nodes on free ports: $DIEM_NODE if set, else the debug build
# (built here if needed). Node logs: e2e/logs/faults-*.log. About a minute per scenario on the
# debug node.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

if [ -z "${DIEM_NODE:-}" ]; then
	diem_install_system_deps
	# The same build as scripts/test.sh's, so that one reuses the other's: `-p diem-node` alone
	# resolves some dependencies' features differently (miniz_oxide, through the explorer's
	# plotting crates), and after a `--workspace` build it compiled the node's graph again.
	cargo build --locked --workspace
fi
[ -d e2e/node_modules ] || (cd e2e && npm ci --no-audit --no-fund --loglevel=error)
cd e2e
exec node faults/faults.mjs "$@"
