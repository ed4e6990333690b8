#!/usr/bin/env bash
# The long run of the runtime's randomised invariant suite (runtime/tests/invariants.rs):
# `scripts/fuzz-runtime.sh [seed] [steps] [preset]` (defaults: a seed from the clock, 1,000,000
# steps, `development`). Runs sequences of 2,000 steps from the seed on; on a broken invariant
# it prints the failing seed and its shortest failing sequence, and exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
diem_install_system_deps
seed=${1:-$(date +%s)}
steps=${2:-1000000}
preset=${3:-development}
echo "seed $seed, $steps steps, preset $preset"
DIEM_FUZZ_SEED=$seed DIEM_FUZZ_STEPS=$steps DIEM_FUZZ_PRESET=$preset \
	cargo test --locked -p diem-runtime --test invariants -- --ignored --nocapture long_run
