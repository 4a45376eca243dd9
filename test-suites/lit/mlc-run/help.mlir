// REQUIRES: test-semantics
// RUN: mlc-run --help | FileCheck %s
// RUN: mlc-run --version | FileCheck %s --check-prefix=VERSION
// RUN: mlc-run %s --interpret --bench 3 | FileCheck %s --check-prefix=BENCH
// RUN: not mlc-run %s --interpret --bench 0 2>&1 | FileCheck %s --check-prefix=BADBENCH

// CHECK: Usage: mlc-run
// CHECK: --interpret
// CHECK: --random-inputs
// VERSION: mlc-run 0.1.0
// BENCH: parse:
// BENCH: bench: median_ms={{[0-9.]+}} min_ms={{[0-9.]+}} runs=3 threads=1
// BADBENCH: mlc-run: error: --bench needs a positive number of runs, got 0

func.func @main() -> i32 {
  %c = "test.constant"() {value = 3 : i32} : () -> i32
  return %c : i32
}
