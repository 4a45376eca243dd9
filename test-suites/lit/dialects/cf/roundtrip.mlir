// MLIR's custom syntax of cf.br, cf.cond_br, cf.switch and cf.assert reads back to the same IR,
// in custom and generic form (the text is what mlir-opt-19 prints for the same input).
// RUN: mlc-opt --allow-unregistered-dialect %s | FileCheck %s
// RUN: mlc-opt --allow-unregistered-dialect %s | mlc-opt --allow-unregistered-dialect | FileCheck %s
// RUN: mlc-opt --allow-unregistered-dialect --mlir-print-op-generic %s | mlc-opt --allow-unregistered-dialect | FileCheck %s
// RUN: mlc-opt --allow-unregistered-dialect --mlir-print-op-generic %s | FileCheck %s --check-prefix=GENERIC

// CHECK-LABEL: func.func @branches(%arg0: i1, %arg1: i32, %arg2: i8) -> i32 {
// CHECK-NEXT:    cf.assert %arg0, "must hold"
// CHECK-NEXT:    cf.br ^bb1(%arg1, %arg1 : i32, i32) {test.attr}
// CHECK-NEXT:  ^bb1(%[[A:.*]]: i32, %[[B:.*]]: i32):
// CHECK-NEXT:    cf.cond_br %arg0, ^bb2(%[[A]] : i32), ^bb3
// CHECK-NEXT:  ^bb2(%[[C:.*]]: i32):
// CHECK-NEXT:    cf.switch %arg2 : i8, [
// CHECK-NEXT:      default: ^bb3,
// CHECK-NEXT:      255: ^bb2(%arg1 : i32),
// CHECK-NEXT:      200: ^bb4
// CHECK-NEXT:    ]
// CHECK-NEXT:  ^bb3:
// CHECK-NEXT:    cf.switch %arg1 : i32, [
// CHECK-NEXT:      default: ^bb4]
// CHECK-NEXT:  ^bb4:
// CHECK-NEXT:    return %arg1 : i32
// GENERIC:       "cf.assert"(%arg0) <{msg = "must hold"}> : (i1) -> ()
// GENERIC-NEXT:  "cf.br"(%arg1, %arg1)[^bb1] {test.attr} : (i32, i32) -> ()
// GENERIC:       "cf.cond_br"(%arg0, %{{.*}})[^bb2, ^bb3] <{operandSegmentSizes = array<i32: 1, 1, 0>}> : (i1, i32) -> ()
// GENERIC:       "cf.switch"(%arg2, %arg1)[^bb3, ^bb2, ^bb4] <{case_operand_segments = array<i32: 1, 0>, case_values = dense<[-1, -56]> : vector<2xi8>, operandSegmentSizes = array<i32: 1, 0, 1>}> : (i8, i32) -> ()
// GENERIC:       "cf.switch"(%arg1)[^bb4] <{case_operand_segments = array<i32>, operandSegmentSizes = array<i32: 1, 0, 0>}> : (i32) -> ()
func.func @branches(%c: i1, %x: i32, %f: i8) -> i32 {
  cf.assert %c, "must hold"
  cf.br ^bb1(%x, %x : i32, i32) {test.attr}
^bb1(%a: i32, %b: i32):
  cf.cond_br %c, ^bb2(%a : i32), ^bb3
^bb2(%d: i32):
  cf.switch %f : i8, [
    default: ^bb3,
    -1: ^bb2(%x : i32),
    200: ^bb4
  ]
^bb3:
  cf.switch %x : i32, [
    default: ^bb4
  ]
^bb4:
  return %x : i32
}
