// The check has a step budget so that large models do not hang mlc-opt: over it, the check is
// skipped (with a warning when asked for).
// REQUIRES: test-semantics
// RUN: mlc-opt --canonicalize --check-semantics-max-steps=5 %s 2>&1 | FileCheck %s
// RUN: mlc-opt --canonicalize --check-semantics --check-semantics-entry=small %s 2>&1 | FileCheck %s --check-prefix=ENTRY

// CHECK: warning: semantics check skipped: interpreting '@main' takes more than 5 steps (the check's budget)
// ENTRY-NOT: warning

func.func @main(%a: i32) -> i32 {
  %c0 = "test.constant"() {value = 0 : index} : () -> index
  %c1 = "test.constant"() {value = 1 : index} : () -> index
  %c100 = "test.constant"() {value = 100 : index} : () -> index
  "test.loop"(%c0, %c100, %c1) ({
  ^bb0(%iv: index):
    %x = "test.add"(%iv, %iv) : (index, index) -> index
    "test.yield"() : () -> ()
  }) : (index, index, index) -> ()
  return %a : i32
}

func.func @small(%a: i32) -> i32 {
  %b = "test.add"(%a, %a) : (i32, i32) -> i32
  return %b : i32
}
