#!/bin/sh
# f32 vs int8 latency of a 784-512-512-10 MLP (batch 64 by default), side by side, with mlc-run --bench.
# Usage: bench/quant-mlp.sh [RUNS] [BATCH]   (after `mvn -B -o -q package -DskipTests`)
set -e
here=$(cd "$(dirname "$0")" && pwd)
runs=${1:-50}
batch=${2:-64}
model=${TMPDIR:-/tmp}/mlc-quant-mlp-b$batch.mlir
python3 "$here/gen_mlp.py" "$model" "$batch"
echo "== f32"
"$here/../tools/bin/mlc-run" "$model" --random-inputs --seed 1 --bench "$runs" --no-cache | grep -E 'bench:'
echo "== int8 (calibrated on 4 random samples)"
"$here/../tools/bin/mlc-run" "$model" --random-inputs --seed 1 --bench "$runs" --no-cache --quantize --calibration-samples 4 | grep -E 'bench:|max_abs_error'
