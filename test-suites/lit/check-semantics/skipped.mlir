// The check applies silently where it can; asked for with --check-semantics (or one of its
// settings), it warns when it cannot.
// REQUIRES: test-semantics
// RUN: mlc-opt --split-input-file --canonicalize %s 2>&1 | FileCheck %s --check-prefix=SILENT
// RUN: mlc-opt --split-input-file --canonicalize --check-semantics %s 2>&1 | FileCheck %s
// RUN: not mlc-opt --check-semantics --no-check-semantics --canonicalize %s 2>&1 | FileCheck %s --check-prefix=BOTH

// SILENT-NOT: warning

// CHECK: warning: semantics check skipped: the module has no function '@main'
// CHECK: skipped.mlir:20:1: warning: semantics check skipped: op 'test.effect' has no interpreter implementation (at {{.*}}skipped.mlir:21:3)
// CHECK: skipped.mlir:27:1: warning: semantics check skipped: argument #0 of '@main' cannot be generated: it has a dynamic shape
// CHECK: skipped.mlir:33:1: warning: semantics check skipped: interpreting '@main' on the random inputs (seed 0) faults: 'test.div' op integer division by zero
// BOTH: mlc-opt: error: --check-semantics and --no-check-semantics contradict each other

func.func @f() { return }

// -----

func.func @main() {
  "test.effect"() : () -> ()
  return
}

// -----

func.func @main(%t: tensor<?xf32>) -> tensor<?xf32> {
  return %t : tensor<?xf32>
}

// -----

func.func @main(%a: i32) -> i32 {
  %z = "test.constant"() {value = 0 : i32} : () -> i32
  %q = "test.div"(%a, %z) : (i32, i32) -> i32
  return %q : i32
}
