#!/bin/sh
# fp32 vs int8 (mlc-run --quantize: the AVX-512 VNNI kernels of tl-matmul-kernel) on the shared benchmark
# models, side by side: for each model and thread count, the f32 and the int8 run alternate ROUNDS times
# (mlc-run --bench RUNS each, --no-cache), and the medians of the per-run medians and minima are printed.
# Usage: bench/int8.sh [RUNS] [ROUNDS] [MODELS_DIR]   (after `mvn -B -o -q package -DskipTests`)
# Calibration uses 4 random samples (speed, not accuracy: the accuracy line is printed once per model).
set -e
here=$(cd "$(dirname "$0")" && pwd)
runs=${1:-30}
rounds=${2:-3}
models=${3:-/work/shared/bench/models}
run="$here/../tools/bin/mlc-run"
med() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "-"; else if (NR % 2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }
echo "load: $(uptime | sed 's/.*load average: //')"
printf '%-28s %7s  %-20s %-20s %s\n' model threads "f32 median/min ms" "int8 median/min ms" "f32/int8 (median)"
for m in mlp_784_512_512_10_b64 cnn_small; do
  f="$models/$m.onnx"
  [ -f "$f" ] || { echo "missing $f"; continue; }
  acc=""
  for t in 1 2; do
    : > /tmp/mlc-int8-f32.$$; : > /tmp/mlc-int8-q.$$
    i=0
    while [ $i -lt "$rounds" ]; do
      "$run" "$f" --random-inputs --seed 1 --bench "$runs" --threads "$t" --no-cache | grep 'bench:' >> /tmp/mlc-int8-f32.$$
      out=$("$run" "$f" --random-inputs --seed 1 --bench "$runs" --threads "$t" --no-cache --quantize --calibration-samples 4)
      echo "$out" | grep 'bench:' >> /tmp/mlc-int8-q.$$
      [ -n "$acc" ] || acc=$(echo "$out" | grep 'max_abs_error')
      i=$((i + 1))
    done
    fm=$(sed 's/.*median_ms=\([0-9.]*\).*/\1/' /tmp/mlc-int8-f32.$$ | med); fn=$(sed 's/.*min_ms=\([0-9.]*\).*/\1/' /tmp/mlc-int8-f32.$$ | med)
    qm=$(sed 's/.*median_ms=\([0-9.]*\).*/\1/' /tmp/mlc-int8-q.$$ | med); qn=$(sed 's/.*min_ms=\([0-9.]*\).*/\1/' /tmp/mlc-int8-q.$$ | med)
    printf '%-28s %7s  %-20s %-20s %s\n' "$m" "$t" "$fm / $fn" "$qm / $qn" "$(awk -v a="$fm" -v b="$qm" 'BEGIN {printf "%.2fx", a / b}')"
  done
  echo "  int8 accuracy ($m): $acc"
done
rm -f /tmp/mlc-int8-f32.$$ /tmp/mlc-int8-q.$$
