#!/usr/bin/env bash
# Matrix product, side by side: MLC (graph.matmul through the graph-to-llvm pipeline, JIT, mlc-run
# --bench) against OpenBLAS cblas_sgemm (a tiny C driver compiled here with gcc; one thread) on the
# same shape, medians of N timed runs after a warm-up, with GFLOP/s.
#
#   bench/matmul.sh [SIZE [N]]     (default 1024 20; needs a package build: mvn -o -q package -DskipTests,
#                                   gcc and libopenblas-dev: apt-get install -y libopenblas-dev)
# MLC_THREADS (default 1) is passed to OpenBLAS as OPENBLAS_NUM_THREADS.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
size="${1:-1024}"
runs="${2:-20}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cat > "$tmp/sgemm.c" <<'C'
#include <cblas.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec * 1e3 + t.tv_nsec / 1e6; }
static int cmp(const void *a, const void *b) { double x = *(const double *)a, y = *(const double *)b; return (x > y) - (x < y); }
int main(int argc, char **argv) {
  int n = atoi(argv[1]), runs = atoi(argv[2]);
  float *a = malloc(sizeof(float) * n * n), *b = malloc(sizeof(float) * n * n), *c = malloc(sizeof(float) * n * n);
  for (long i = 0; i < (long)n * n; i++) { a[i] = (float)rand() / RAND_MAX - 0.5f; b[i] = (float)rand() / RAND_MAX - 0.5f; }
  double *t = malloc(sizeof(double) * runs);
  cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, n, n, n, 1.0f, a, n, b, n, 0.0f, c, n);
  for (int r = 0; r < runs; r++) {
    double s = now();
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, n, n, n, 1.0f, a, n, b, n, 0.0f, c, n);
    t[r] = now() - s;
  }
  qsort(t, runs, sizeof(double), cmp);
  printf("%.3f %.3f\n", t[runs / 2], t[0]);
  return 0;
}
C
gcc -O2 -o "$tmp/sgemm" "$tmp/sgemm.c" -lopenblas

cat > "$tmp/matmul.mlir" <<M
func.func @main(%a: tensor<${size}x${size}xf32>, %b: tensor<${size}x${size}xf32>) -> tensor<${size}x${size}xf32> {
  %y = "graph.matmul"(%a, %b) : (tensor<${size}x${size}xf32>, tensor<${size}x${size}xf32>) -> tensor<${size}x${size}xf32>
  return %y : tensor<${size}x${size}xf32>
}
M

flops=$(python3 -c "print(2 * $size ** 3)")
gf() { python3 -c "print('%.1f' % ($flops / ($1 * 1e6)))"; }

mlc_line=$("$root/tools/bin/mlc-run" "$tmp/matmul.mlir" --random-inputs --seed 1 --bench "$runs" | grep '^bench:')
mlc_ms=$(sed -E 's/.*median_ms=([0-9.]+).*/\1/' <<< "$mlc_line")
read -r blas_ms blas_min < <(OPENBLAS_NUM_THREADS="${MLC_THREADS:-1}" "$tmp/sgemm" "$size" "$runs")

printf '%-22s %10s %10s\n' "matmul ${size}^3 f32" "median ms" "GFLOP/s"
printf '%-22s %10s %10s\n' "MLC (1 thread)" "$mlc_ms" "$(gf "$mlc_ms")"
printf '%-22s %10s %10s\n' "OpenBLAS sgemm" "$blas_ms" "$(gf "$blas_ms")"
python3 -c "print('ratio MLC/OpenBLAS time: %.2f' % ($mlc_ms / $blas_ms))"
