#!/usr/bin/env bash
# mlc-filecheck against LLVM's FileCheck-19 on a 100,000-line input with a few hundred checks,
# whole process, medians of RUNS runs each (alternating).   bench/filecheck.sh [RUNS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-5}"
work="${MLC_BENCH_DIR:-/tmp/mlc-bench}"
mkdir -p "$work"
python3 - "$work" <<'PY'
import sys
w = sys.argv[1]
with open(w + "/fc-input.txt", "w") as f, open(w + "/fc-checks.txt", "w") as c:
    for i in range(100000):
        if i % 1000 == 0:
            f.write("function f%d:\n" % (i // 1000)); c.write("CHECK-LABEL: function f%d:\n" % (i // 1000))
        f.write("  %%%d = add i32 %%%d, %d\n" % (i, max(0, i - 1), i % 7))
        if i % 1000 == 500:
            c.write("CHECK: %%[[V%d:[0-9]+]] = add i32 %%{{[0-9]+}}, %d\n" % (i, i % 7))
            c.write("CHECK-NOT: sub\n")
PY
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
rm -f "$work"/fc-*.times
for i in $(seq "$runs"); do
  /usr/bin/time -f "%e" -a -o "$work/fc-llvm.times" FileCheck-19 "$work/fc-checks.txt" --input-file "$work/fc-input.txt"
  /usr/bin/time -f "%e" -a -o "$work/fc-mlc.times" "$root/tools/bin/mlc-filecheck" "$work/fc-checks.txt" --input-file "$work/fc-input.txt"
done
l=$(median < "$work/fc-llvm.times"); m=$(median < "$work/fc-mlc.times")
printf 'FileCheck-19 %.3f s, mlc-filecheck %.3f s (ratio mlc/llvm %.2f)\n' "$l" "$m" "$(echo "$m / $l" | bc -l)"
