#!/usr/bin/env bash
# Native run times of the example models with this checkout's graph-to-llvm pipeline (vectorize and
# memory-plan included) and, when a baseline checkout is given, with that checkout's launchers.
# Also the tl-level element-wise model with the loop passes bypassed (lowered to scf first: scalar
# loops, memory plan only). Medians and minimums of mlc-run --bench; a shared machine makes the
# medians noisy, so compare minimums too and repeat.
# Usage: bench/loop-passes.sh [RUNS] [BASELINE_CHECKOUT]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-50}"
base="${2:-}"
export MLC_NO_AOT=1
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for m in examples/elementwise.mlir examples/cnn.mlir examples/mlp.mlir; do
  new=$("$here/tools/bin/mlc-run" "$here/$m" --random-inputs --seed 1 --bench "$runs" 2>&1 | grep '^bench')
  echo "$m  this checkout: $new"
  if [ -n "$base" ]; then
    old=$("$base/tools/bin/mlc-run" "$here/$m" --random-inputs --seed 1 --bench "$runs" 2>&1 | grep '^bench')
    echo "$m  baseline:      $old"
  fi
done
"$here/tools/bin/mlc-opt" --convert-graph-to-tl "$here/examples/elementwise.mlir" -o "$tmp/ew.mlir"
scalar=$("$here/tools/bin/mlc-run" "$tmp/ew.mlir" --pipeline='builtin.module(convert-tl-to-scf)' --random-inputs --seed 1 --bench "$runs" 2>&1 | grep '^bench')
echo "examples/elementwise.mlir at tl, scalar loops (no vectorize): $scalar"
