// RUN: mlc-opt --convert-graph-to-tl --split-input-file %s | FileCheck %s

// Broadcast dimensions read index 0 (a constant map result).
// CHECK-LABEL: func.func @main
// CHECK:         tl.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, 0, d2)>, affine_map<(d0, d1, d2) -> (d1, 0)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>]
// CHECK:           arith.subf
func.func @main(%a: tensor<2x1x4xf32>, %b: tensor<3x1xf32>) -> tensor<2x3x4xf32> {
  %r = "graph.sub"(%a, %b) : (tensor<2x1x4xf32>, tensor<3x1xf32>) -> tensor<2x3x4xf32>
  return %r : tensor<2x3x4xf32>
}

// -----

// matmul: zero the output, then one reduction generic.
// CHECK-LABEL: func.func @main
// CHECK:         tl.fill %{{.*}}, %arg2 : memref<3x5xf32>
// CHECK:         tl.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]}
// CHECK:           arith.mulf
// CHECK:           arith.addf
func.func @main(%a: tensor<3x4xf32>, %b: tensor<4x5xf32>) -> tensor<3x5xf32> {
  %r = "graph.matmul"(%a, %b) : (tensor<3x4xf32>, tensor<4x5xf32>) -> tensor<3x5xf32>
  return %r : tensor<3x5xf32>
}

// -----

// reduce_sum keeping dims: the reduced dimension maps to 0 in the output.
// CHECK-LABEL: func.func @main
// CHECK:         tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, 0)>], iterator_types = ["parallel", "reduction"]}
func.func @main(%a: tensor<3x4xf32>) -> tensor<3x1xf32> {
  %r = "graph.reduce_sum"(%a) {axes = [1]} : (tensor<3x4xf32>) -> tensor<3x1xf32>
  return %r : tensor<3x1xf32>
}

// -----

// softmax: max and sum in temporaries freed after their last use.
// CHECK-LABEL: func.func @main
// CHECK:         %[[MAX:.*]] = tl.alloc() : memref<2x1xf32>
// CHECK:         arith.maximumf
// CHECK:         math.exp
// CHECK:         tl.dealloc %[[MAX]]
// CHECK:         %[[SUM:.*]] = tl.alloc() : memref<2x1xf32>
// CHECK:         arith.divf
// CHECK:         }
// CHECK-NEXT:    tl.dealloc %[[SUM]]
// CHECK-NEXT:    return
func.func @main(%a: tensor<2x4xf32>) -> tensor<2x4xf32> {
  %r = "graph.softmax"(%a) : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return %r : tensor<2x4xf32>
}

// -----

// conv2d with pads: a zero-padded copy, freed after the convolution; groups through floordiv.
// CHECK-LABEL: func.func @main
// CHECK:         %[[P:.*]] = tl.alloc() : memref<1x4x7x7xf32>
// CHECK:         %[[V:.*]] = tl.subview %[[P]][0, 0, 1, 1] [1, 4, 5, 5] [1, 1, 1, 1]
// CHECK-NEXT:    tl.copy %arg0, %[[V]]
// CHECK:         tl.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1 floordiv 2 * 2 + d4, d2 * 2 + d5, d3 * 2 + d6)>, affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d1, d4, d5, d6)>, affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction"]}
// CHECK:         }
// CHECK-NEXT:    tl.dealloc %[[P]]
func.func @main(%x: tensor<1x4x5x5xf32>, %w: tensor<4x2x3x3xf32>) -> tensor<1x4x3x3xf32> {
  %r = "graph.conv2d"(%x, %w) {strides = [2, 2], pads = [1, 1, 1, 1], groups = 2 : i64} : (tensor<1x4x5x5xf32>, tensor<4x2x3x3xf32>) -> tensor<1x4x3x3xf32>
  return %r : tensor<1x4x3x3xf32>
}
