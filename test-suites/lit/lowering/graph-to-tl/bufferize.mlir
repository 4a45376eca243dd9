// RUN: mlc-opt --convert-graph-to-tl %s | FileCheck %s
// RUN: mlc-opt --convert-graph-to-tl %s | mlc-opt | FileCheck %s

// Tensor arguments become memrefs, the result becomes an out-parameter appended to the arguments
// (with the result's attributes); the constant is a buffer filled once; each intermediate is
// allocated before its producer and freed right after its last user; the returned value is computed
// in place into the out-parameter.

// CHECK-LABEL: func.func @main(%arg0: memref<2x3xf32> {graph.name = "x"}, %arg1: memref<3xf32>, %arg2: memref<2x3xf32> {graph.name = "y"}) {
// CHECK-NEXT:    %[[CST:.*]] = arith.constant dense<2.000000e+00> : tensor<3xf32>
// CHECK-NEXT:    %[[C:.*]] = tl.to_buffer %[[CST]] : tensor<3xf32> to memref<3xf32>
// CHECK-NEXT:    %[[S:.*]] = tl.alloc() : memref<2x3xf32>
// CHECK-NEXT:    tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%arg0, %arg1 : memref<2x3xf32>, memref<3xf32>) outs(%[[S]] : memref<2x3xf32>) {
// CHECK:           arith.addf
// CHECK:         %[[M:.*]] = tl.alloc() : memref<2x3xf32>
// CHECK-NEXT:    tl.generic {{.*}} ins(%[[S]], %[[C]] : memref<2x3xf32>, memref<3xf32>) outs(%[[M]] : memref<2x3xf32>) {
// CHECK:           arith.mulf
// CHECK:         }
// CHECK-NEXT:    tl.dealloc %[[S]] : memref<2x3xf32>
// CHECK-NEXT:    tl.dealloc %[[C]] : memref<3xf32>
// CHECK-NEXT:    tl.generic {{.*}} ins(%[[M]] : memref<2x3xf32>) outs(%arg2 : memref<2x3xf32>) {
// CHECK:           arith.maximumf
// CHECK:         }
// CHECK-NEXT:    tl.dealloc %[[M]] : memref<2x3xf32>
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @main(%x: tensor<2x3xf32> {graph.name = "x"}, %b: tensor<3xf32>) -> (tensor<2x3xf32> {graph.name = "y"}) {
  %c = "graph.constant"() {value = dense<2.0> : tensor<3xf32>} : () -> tensor<3xf32>
  %s = "graph.add"(%x, %b) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %m = "graph.mul"(%s, %c) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %r = "graph.relu"(%m) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %r : tensor<2x3xf32>
}
