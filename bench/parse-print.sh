#!/usr/bin/env bash
# Whole-process parse + verify + print throughput of mlc-opt against upstream mlir-opt-19, on the
# large generated files of ../shared/bench/gen_mlir.py (generic form in and out).
#
#   bench/parse-print.sh [RUNS] [OPS]      (defaults: 5 runs, 1000000 ops)
#
# Runs the two tools alternately (the machines are shared and noisy), and prints, per file, the
# median wall time, CPU time (user + system) and peak resident memory of each, and the ratios. Needs
# mlir-opt-19 (Debian package mlir-19-tools) and a built MLC (mvn -DskipTests package at the root).
# On a loaded machine the wall times mean little; the CPU times show the work each tool does. The
# load average is printed before and after; last, the script checks that mlc-opt's output does not
# depend on the number of threads.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-5}"
ops="${2:-1000000}"
shared="${MLC_SHARED:-$root/../shared}"
work="${MLC_BENCH_DIR:-/tmp/mlc-bench}"
mkdir -p "$work"
command -v mlir-opt-19 >/dev/null || { echo "bench: mlir-opt-19 not found (apt-get install mlir-19-tools)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time not found (apt-get install time)" >&2; exit 1; }
for kind in chain funcs; do
  f="$work/$kind-$ops.mlir"
  [ -f "$f" ] || python3 "$shared/bench/gen_mlir.py" -o "$f" "$kind" "$ops"
done
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
measure() {  # tool-name command... ; appends "seconds kbytes cpu-seconds" to $work/$name.times
  local name="$1"; shift
  /usr/bin/time -f "%e %M %U %S" -o "$work/one.time" "$@" > /dev/null
  awk '{printf "%s %s %.2f\n", $1, $2, $3 + $4}' "$work/one.time" > "$work/one.cpu" && mv "$work/one.cpu" "$work/one.time"
  cat "$work/one.time" >> "$work/$name.times"
}
echo "load before: $(uptime)"
printf '%-8s %-10s %10s %10s %12s\n' file tool median_s cpu_s peak_MiB
for kind in chain funcs; do
  f="$work/$kind-$ops.mlir"
  rm -f "$work"/*.times
  "$root/tools/bin/mlc-opt" --allow-unregistered-dialect --mlir-print-op-generic "$f" -o /dev/null  # warm the class-data archive
  for i in $(seq "$runs"); do
    measure mlir mlir-opt-19 --allow-unregistered-dialect --mlir-print-op-generic "$f" -o /dev/null
    measure mlc "$root/tools/bin/mlc-opt" --allow-unregistered-dialect --mlir-print-op-generic "$f" -o /dev/null
  done
  for t in mlir mlc; do
    s=$(cut -d' ' -f1 "$work/$t.times" | median)
    m=$(cut -d' ' -f2 "$work/$t.times" | median)
    c=$(cut -d' ' -f3 "$work/$t.times" | median)
    printf '%-8s %-10s %10.3f %10.2f %12.1f\n' "$kind" "$t" "$s" "$c" "$(echo "$m / 1024" | bc -l)"
    eval "${t}_s=$s; ${t}_m=$m"
  done
  printf '%-8s speedup (mlir-opt-19 time / mlc-opt time): %.2fx; memory ratio (mlc/mlir): %.2f\n' \
    "$kind" "$(echo "$mlir_s / $mlc_s" | bc -l)" "$(echo "$mlc_m / $mlir_m" | bc -l)"
done
# The output must not depend on the thread count (parse, verify, numbering and print run on several
# threads where the IR is large): one thread against all of them, byte for byte.
for kind in chain funcs; do
  f="$work/$kind-$ops.mlir"
  "$root/tools/bin/mlc-opt" --allow-unregistered-dialect --mlir-print-op-generic "$f" -o "$work/out-all.mlir"
  MLC_JAVA_OPTS="${MLC_JAVA_OPTS:-} -XX:ActiveProcessorCount=1" "$root/tools/bin/mlc-opt" --allow-unregistered-dialect \
    --mlir-print-op-generic "$f" -o "$work/out-one.mlir"
  if cmp -s "$work/out-all.mlir" "$work/out-one.mlir"; then echo "$kind: output identical on 1 and $(nproc) threads"
  else echo "$kind: OUTPUT DIFFERS between 1 and $(nproc) threads" >&2; exit 1; fi
  rm -f "$work/out-all.mlir" "$work/out-one.mlir"
done
echo "load after: $(uptime)"
