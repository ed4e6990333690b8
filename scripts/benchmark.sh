#!/usr/bin/env bash
# Builds the node with the `benchmark` subcommands and regenerates, on this machine, every weight
# the runtime charges: `weights.rs` of each of the chain's pallets, and in `runtime/src/weights/`
# the standard pallets' and transaction extensions' weights, the database's read and write
# weights (`storage`) and the base block and extrinsic weights (`overhead`):
# `scripts/benchmark.sh [pallet_name ... | storage | overhead]` (default: all).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
diem_install_system_deps

STEPS=${STEPS:-50}
REPEAT=${REPEAT:-20}
pallets=("$@")
# The runtime's standard pallets and the `frame_system` transaction extensions.
standard=(frame_system frame_system_extensions pallet_balances pallet_timestamp pallet_sudo
	pallet_transaction_payment pallet_assets pallet_asset_conversion
	pallet_scheduler pallet_preimage pallet_referenda pallet_conviction_voting pallet_treasury
	pallet_collective pallet_safe_mode pallet_utility pallet_proxy pallet_multisig pallet_vesting)
[ ${#pallets[@]} -gt 0 ] || pallets=(storage "${standard[@]}" pallet_diem pallet_vvv_staking
	pallet_buyburn pallet_credits pallet_sequencers pallet_claims overhead)

cargo build --locked --release --features runtime-benchmarks -p diem-node
node="$CARGO_TARGET_DIR/release/diem-node"
wasm="$CARGO_TARGET_DIR/release/wbuild/diem-runtime/diem_runtime.compact.compressed.wasm"
for pallet in "${pallets[@]}"; do
	if [ "$pallet" = overhead ]; then
		# An empty block (the hooks every block runs) and a no-op extrinsic.
		"$node" benchmark overhead --runtime "$wasm" \
			--genesis-builder=runtime --genesis-builder-preset=development \
			--warmup 10 --repeat 100 --weight-path runtime/src/weights
		# The CLI's template leaves a leading blank line; the project's format check wants none.
		cargo fmt -- runtime/src/weights/block_weights.rs runtime/src/weights/extrinsic_weights.rs
		continue
	fi
	if [ "$pallet" = storage ]; then
		# ParityDB's read and write costs, on a dev chain's state grown by a load run (1,000
		# accounts that stake, mint DIEM and transfer): a fresh chain's hundred keys would all
		# sit in the cache. Measure again on a grown state before a launch.
		db=$(mktemp -d)
		"$node" --dev --base-path "$db" --rpc-port 9961 --port 30961 --no-prometheus \
			>"$db/node.log" 2>&1 &
		pid=$!
		until (exec 3<>/dev/tcp/127.0.0.1/9961) 2>/dev/null; do sleep 1; done
		[ -d e2e/node_modules ] || (cd e2e && npm ci --no-audit --no-fund --loglevel=error)
		(cd e2e && node load/load.mjs --ws ws://127.0.0.1:9961 --kind mix --senders 1000 \
			--per-sender 2) >"$db/load.log"
		kill "$pid"
		wait "$pid" || true
		"$node" benchmark storage --dev --base-path "$db" --state-version 1 --batch-size 100 \
			--weight-path runtime/src/weights
		cargo fmt -- runtime/src/weights/paritydb_weights.rs
		rm -rf "$db"
		continue
	fi
	if [ "$pallet" = frame_system_extensions ] || [ "$pallet" = pallet_transaction_payment ]; then
		# The transaction extensions: their execution is in the base extrinsic weight (see the
		# template), only their database accesses are charged on top.
		output="runtime/src/weights/$pallet.rs"
		template=(--template scripts/extension-weight-template.hbs)
	elif [[ " ${standard[*]} " == *" $pallet "* ]]; then
		# A standard pallet: the CLI's own template, a `WeightInfo<T>` of the runtime.
		output="runtime/src/weights/$pallet.rs"
		template=()
	else
		case "$pallet" in
		pallet_vvv_staking) dir=pallets/staking ;;
		*) dir="pallets/${pallet#pallet_}" ;;
		esac
		output="$dir/src/weights.rs"
		template=(--template scripts/weight-template.hbs)
	fi
	"$node" benchmark pallet \
		--runtime "$wasm" \
		--genesis-builder=runtime --genesis-builder-preset=development \
		--pallet "$pallet" --extrinsic '*' \
		--steps "$STEPS" --repeat "$REPEAT" \
		--wasm-execution compiled \
		"${template[@]}" \
		--output "$output"
done
