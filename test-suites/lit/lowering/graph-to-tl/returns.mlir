// RUN: mlc-opt --convert-graph-to-tl %s | FileCheck %s

// A returned argument and a value returned twice are copied into their out-parameters; the first
// return position of a computed value is written in place.

// CHECK-LABEL: func.func @main(%arg0: memref<4xf32>, %arg1: memref<4xf32>, %arg2: memref<4xf32>, %arg3: memref<4xf32>) {
// CHECK-NEXT:    tl.generic {{.*}} ins(%arg0 : memref<4xf32>) outs(%arg2 : memref<4xf32>) {
// CHECK:           math.exp
// CHECK:         }
// CHECK-NEXT:    tl.copy %arg0, %arg1 : memref<4xf32> to memref<4xf32>
// CHECK-NEXT:    tl.copy %arg2, %arg3 : memref<4xf32> to memref<4xf32>
// CHECK-NEXT:    return
// CHECK-NOT:     tl.alloc
func.func @main(%a: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) {
  %e = "graph.exp"(%a) : (tensor<4xf32>) -> tensor<4xf32>
  return %a, %e, %e : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>
}
