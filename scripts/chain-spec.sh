#!/usr/bin/env bash
# Checks a network's launch allocation file and writes its raw chain spec, the file every node
# of the network starts with (`--chain`): scripts/chain-spec.sh <allocation.json> [out.json].
# The default output is the allocation file's path with `.raw.json` for `.json`. See
# docs/launch.md; docs/allocation.example.json is a worked example.
#
# Builds the node first if it is not built yet, or if it is too old to know the command.
set -euo pipefail
if [ $# -lt 1 ] || [ $# -gt 2 ]; then
	echo "usage: $0 <allocation.json> [out.json]" >&2
	exit 2
fi
# Paths are the caller's: make them absolute before moving to the repository.
allocation="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
if [ ! -f "$allocation" ]; then
	echo "$1: no such file" >&2
	exit 2
fi
if [ $# -eq 2 ]; then
	out_dir="$(cd "$(dirname "$2")" && pwd)"
	out="$out_dir/$(basename "$2")"
else
	out="${allocation%.json}.raw.json"
fi

cd "$(dirname "$0")/.."
source scripts/env.sh
node="$CARGO_TARGET_DIR/debug/diem-node"
if ! [ -x "$node" ] || ! "$node" chain-spec-from-allocation --help >/dev/null 2>&1; then
	diem_install_system_deps
	# The same build as scripts/dev.sh's and scripts/test.sh's, so that each reuses the others'.
	cargo build --locked --workspace
fi

# Raw: the runtime builds the genesis storage now, so a `parameters` field it does not know,
# or a genesis a pallet refuses, fails here rather than when the first node starts.
"$node" chain-spec-from-allocation "$allocation" --raw --output "$out"
echo "Start every node of the network with --chain $out"
