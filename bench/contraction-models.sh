#!/usr/bin/env bash
# The shared benchmark models as graph-dialect files (bench/models/gen_models.py, made-up weights):
# first checked natively against the interpreter at small shapes, then timed at full size with
# mlc-run --bench (medians and minimums of N runs after a warm-up, one thread).
#
#   bench/contraction-models.sh [N]     (default 20; needs a package build: mvn -o -q package -DskipTests)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-20}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
python3 "$root/bench/models/gen_models.py" "$tmp/small" --small
python3 "$root/bench/models/gen_models.py" "$tmp/full"
for m in matmul matmul_const mlp cnn; do
  printf '%-14s check (small): %s\n' "$m" "$("$root/tools/bin/mlc-run" "$tmp/small/$m.mlir" --random-inputs --seed 1 --check-against-interpreter 2>&1 | grep check-against)"
done
for m in matmul matmul_const mlp cnn; do
  printf '%-14s %s\n' "$m" "$("$root/tools/bin/mlc-run" "$tmp/full/$m.mlir" --random-inputs --seed 1 --bench "$runs" | grep '^bench:')"
done
