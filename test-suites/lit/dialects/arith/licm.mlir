// RUN: mlc-opt %s --loop-invariant-code-motion | FileCheck %s
// Divisions and shifts are free of side effects but undefined for some operands: they leave a
// loop (which may run zero times) only when their divisor or shift amount is a safe constant, as
// MLIR's conditionally speculatable ops do. Everything else invariant leaves it.

// CHECK-LABEL: func.func @hoist
// CHECK:      %[[C3:.*]] = arith.constant 3 : i32
// CHECK-NEXT: %[[C40:.*]] = arith.constant 40 : i32
// CHECK-NEXT: %[[M1:.*]] = arith.constant -1 : i32
// CHECK-NEXT: %[[ADD:.*]] = arith.addi %arg0, %arg1 : i32
// CHECK-NEXT: %[[DIV3:.*]] = arith.divsi %arg0, %[[C3]] : i32
// CHECK-NEXT: %[[REM3:.*]] = arith.remui %arg0, %[[C3]] : i32
// CHECK-NEXT: %[[SHL3:.*]] = arith.shli %arg0, %[[C3]] : i32
// CHECK-NEXT: %[[DIVU:.*]] = arith.divui %arg0, %[[M1]] : i32
// CHECK-NEXT: "test.loop"
// CHECK:        arith.divsi %arg0, %arg1 : i32
// CHECK:        arith.shli %arg0, %[[C40]] : i32
// CHECK:        arith.divsi %arg0, %[[M1]] : i32
// CHECK:        "test.use"
func.func @hoist(%x: i32, %y: i32, %n: index) {
  "test.loop"(%n, %n, %n) ({
  ^bb0(%iv: index):
    %c3 = arith.constant 3 : i32
    %c40 = arith.constant 40 : i32
    %m1 = arith.constant -1 : i32
    %add = arith.addi %x, %y : i32
    %div = arith.divsi %x, %y : i32
    %div3 = arith.divsi %x, %c3 : i32
    %rem3 = arith.remui %x, %c3 : i32
    %shl = arith.shli %x, %c40 : i32
    %shl3 = arith.shli %x, %c3 : i32
    %divm1 = arith.divsi %x, %m1 : i32
    %divu = arith.divui %x, %m1 : i32
    "test.use"(%add, %div, %div3, %rem3, %shl, %shl3, %divm1, %divu) : (i32, i32, i32, i32, i32, i32, i32, i32) -> ()
    "test.yield"() : () -> ()
  }) : (index, index, index) -> ()
  return
}
