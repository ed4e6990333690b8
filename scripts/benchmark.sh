#!/usr/bin/env bash
# Builds the node with the `benchmark` subcommands and regenerates `weights.rs` of each of the
# chain's pallets on this machine: `scripts/benchmark.sh [pallet_name ...]` (default: all).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
diem_install_system_deps

STEPS=${STEPS:-50}
REPEAT=${REPEAT:-20}
pallets=("$@")
[ ${#pallets[@]} -gt 0 ] || pallets=(pallet_diem pallet_vvv_staking pallet_buyburn)

cargo build --locked --release --features runtime-benchmarks -p diem-node
node="$CARGO_TARGET_DIR/release/diem-node"
for pallet in "${pallets[@]}"; do
	case "$pallet" in
	pallet_vvv_staking) dir=pallets/staking ;;
	*) dir="pallets/${pallet#pallet_}" ;;
	esac
	"$node" benchmark pallet \
		--runtime "$CARGO_TARGET_DIR/release/wbuild/diem-runtime/diem_runtime.compact.compressed.wasm" \
		--genesis-builder=runtime --genesis-builder-preset=development \
		--pallet "$pallet" --extrinsic '*' \
		--steps "$STEPS" --repeat "$REPEAT" \
		--wasm-execution compiled \
		--template scripts/weight-template.hbs \
		--output "$dir/src/weights.rs"
done
