// RUN: mlc-opt %s | mlc-opt | FileCheck %s
// RUN: mlc-opt --mlir-print-op-generic %s | mlc-opt | FileCheck %s
// MLIR's custom form of builtin.unrealized_conversion_cast (what mlir-opt-19 prints), 1:1, N:M and 0:1.

// CHECK-LABEL: func.func @casts
// CHECK: %[[A:.*]] = builtin.unrealized_conversion_cast %arg0 : tensor<4xf32> to memref<4xf32>
// CHECK: %[[B:.*]]:2 = builtin.unrealized_conversion_cast %arg0, %arg1 : tensor<4xf32>, index to i64, i32 {note = "x"}
// CHECK: %[[C:.*]] = builtin.unrealized_conversion_cast to i8
func.func @casts(%t: tensor<4xf32>, %i: index) -> (memref<4xf32>, i64, i32, i8) {
  %0 = builtin.unrealized_conversion_cast %t : tensor<4xf32> to memref<4xf32>
  %1:2 = "builtin.unrealized_conversion_cast"(%t, %i) {note = "x"} : (tensor<4xf32>, index) -> (i64, i32)
  %2 = builtin.unrealized_conversion_cast to i8
  return %0, %1#0, %1#1, %2 : memref<4xf32>, i64, i32, i8
}
