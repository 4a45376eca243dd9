// RUN: mlc-opt --convert-graph-to-tl --split-input-file %s | FileCheck %s

// conv_transpose2d, stride 2: x is scattered with stride 2 into a zero buffer at offset
// (K-1)·d - pad = 1, the weights are transposed (C x M/G -> M x C/G) and flipped, then a stride-1
// convolution writes the out-parameter.
// CHECK-LABEL: func.func @main(%arg0: memref<1x2x3x3xf32>, %arg1: memref<2x1x2x2xf32>, %arg2: memref<1x1x6x6xf32>) {
// CHECK:         %[[XD:.*]] = tl.alloc() : memref<1x2x7x7xf32>
// CHECK:         tl.fill %{{.*}}, %[[XD]]
// CHECK:         %[[DST:.*]] = tl.subview %[[XD]][0, 0, 1, 1] [1, 2, 3, 3] [1, 1, 2, 2]
// CHECK:         tl.copy %{{.*}}, %[[DST]]
// CHECK:         %[[WT:.*]] = tl.alloc() : memref<1x2x2x2xf32>
// CHECK:         affine_map<(d0, d1, d2, d3) -> (d0 * 2 + d1, d0 mod 1, d2 * -1 + 1, d3 * -1 + 1)>
// CHECK:         tl.fill %{{.*}}, %arg2
// CHECK:         tl.generic {{.*}}iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction"]} ins(%[[XD]], %[[WT]] : memref<1x2x7x7xf32>, memref<1x2x2x2xf32>) outs(%arg2 : memref<1x1x6x6xf32>)
// CHECK:         tl.dealloc %[[WT]]
// CHECK:         tl.dealloc %[[XD]]
func.func @main(%x: tensor<1x2x3x3xf32>, %w: tensor<2x1x2x2xf32>) -> tensor<1x1x6x6xf32> {
  %y = "graph.conv_transpose2d"(%x, %w) {strides = [2, 2]} : (tensor<1x2x3x3xf32>, tensor<2x1x2x2xf32>) -> tensor<1x1x6x6xf32>
  return %y : tensor<1x1x6x6xf32>
}

// -----

// An element-wise graph.fusion becomes one generic: no intermediate buffer (docs/fusion.md).
// CHECK-LABEL: func.func @main(%arg0: memref<4xf32>, %arg1: memref<4xf32>) {
// CHECK-NOT:     tl.alloc
// CHECK:         ins(%arg0 : memref<4xf32>) outs(%arg1 : memref<4xf32>)
// CHECK:           arith.negf
// CHECK-NEXT:      math.exp
// CHECK-NOT:     graph.
func.func @main(%a: tensor<4xf32>) -> tensor<4xf32> {
  %r = "graph.fusion"(%a) ({
  ^bb0(%x: tensor<4xf32>):
    %s = "graph.neg"(%x) : (tensor<4xf32>) -> tensor<4xf32>
    %t = "graph.exp"(%s) : (tensor<4xf32>) -> tensor<4xf32>
    "graph.yield"(%t) : (tensor<4xf32>) -> ()
  }) : (tensor<4xf32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}
