#!/usr/bin/env bash
# Builds the node with the `benchmark` subcommands and regenerates, on this machine, `weights.rs`
# of each of the chain's pallets and the runtime's base block and extrinsic weights
# (`runtime/src/weights/`): `scripts/benchmark.sh [pallet_name ... | overhead]` (default: all).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
diem_install_system_deps

STEPS=${STEPS:-50}
REPEAT=${REPEAT:-20}
pallets=("$@")
[ ${#pallets[@]} -gt 0 ] || pallets=(pallet_diem pallet_vvv_staking pallet_buyburn overhead)

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
	case "$pallet" in
	pallet_vvv_staking) dir=pallets/staking ;;
	*) dir="pallets/${pallet#pallet_}" ;;
	esac
	"$node" benchmark pallet \
		--runtime "$wasm" \
		--genesis-builder=runtime --genesis-builder-preset=development \
		--pallet "$pallet" --extrinsic '*' \
		--steps "$STEPS" --repeat "$REPEAT" \
		--wasm-execution compiled \
		--template scripts/weight-template.hbs \
		--output "$dir/src/weights.rs"
done
