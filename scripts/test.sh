#!/usr/bin/env bash
# Runs every test: formatting, the node build, unit tests, the polkadot.js end-to-end suite
# against a freshly started dev node, the dashboard in a headless browser, and clippy. Prints
# how long each step took.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
diem_install_system_deps

step() {
	local name=$1
	shift
	local start=$SECONDS
	echo "==> $name"
	"$@"
	echo "<== $name: $((SECONDS - start)) s"
}

step "cargo fmt" cargo fmt --all -- --check
step "build node and runtime" cargo build --locked --workspace
step "unit tests" cargo test --locked --workspace
# The pallets' benchmarks, run once each as tests against their mocks.
step "benchmark tests" cargo test --locked -p pallet-diem -p pallet-vvv-staking -p pallet-buyburn -p pallet-credits -p pallet-sequencers -p pallet-claims \
	--features runtime-benchmarks benchmarking
# The explorer on a small scenario: two seeded runs of 60 days with design §7 checked after every
# block, its CSV, plots and summary written.
step "explorer (small scenario)" cargo run --locked -q -p diem-sim -- sim/scenarios/small.toml --check --quiet \
	--out "$CARGO_TARGET_DIR/sim/small"
# The upgrade rehearsal in it also runs chopsticks (its own package: it needs Node 22); the
# gateway's suite drives the real `openai` Python client (a venv outside the clone). The
# dev-node suite and the suites that start their own nodes run side by side (e2e/all.mjs).
step "e2e (polkadot.js)" bash -c 'source scripts/env.sh && diem_install_chopsticks && diem_install_openai \
	&& cd e2e && npm ci --no-audit --no-fund --loglevel=error && npm test'
# The dashboard: type check, build, unit tests, and the browser tests in headless Chromium
# against a fresh dev node (screenshots in app/test-results/).
step "dashboard (browser)" bash -c 'cd app && npm ci --no-audit --no-fund --loglevel=error && npm test'
# The runtime's Wasm is already built and checked above; clippy lints the native code, with
# the runtime's `try-runtime` feature on (the `TryRuntime` API, every pallet's `try_state` hook
# and migration checks, as try-runtime tooling builds it): one check of the graph serves both.
step "clippy (with try-runtime)" env SKIP_WASM_BUILD=1 \
	cargo clippy --locked --workspace --all-targets --features diem-runtime/try-runtime -- -D warnings
step "clippy (benchmarks)" env SKIP_WASM_BUILD=1 \
	cargo clippy --locked -p pallet-diem -p pallet-vvv-staking -p pallet-buyburn -p pallet-credits -p pallet-sequencers -p pallet-claims \
	--features runtime-benchmarks \
	--all-targets -- -D warnings
echo "all checks passed in $SECONDS s"
