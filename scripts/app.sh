#!/usr/bin/env bash
# Serves the token dashboard (app/) on http://127.0.0.1:5173, next to the dev node of
# `scripts/dev.sh`. The page connects to ws://127.0.0.1:9944, or to the node in its URL:
# http://127.0.0.1:5173/?rpc=ws://host:port. Extra arguments go to Vite.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
diem_install_system_deps
cd app
npm ci --no-audit --no-fund --loglevel=error
exec npx vite "$@"
