// RUN: mlc-opt --convert-graph-to-tl --split-input-file %s | FileCheck %s

// Linear resize: per interpolated axis, lower/upper index tables and f64 fractions (constant
// buffers read through the output index); the body loads the 4 corners and sums them in f64.
// Unscaled axes read the output index (tl.index).
// CHECK-LABEL: func.func @main(%arg0: memref<1x1x2x3xf32>, %arg1: memref<1x1x4x6xf32>) {
// CHECK:         arith.constant dense<[0, 0, 0, 1]> : tensor<4xi64>
// CHECK:         arith.constant dense<1> : tensor<4xi64>
// CHECK:         arith.constant dense<[0.000000e+00, 2.500000e-01, 7.500000e-01, 0.000000e+00]> : tensor<4xf64>
// CHECK:         tl.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d2)>, affine_map<(d0, d1, d2, d3) -> (d2)>, affine_map<(d0, d1, d2, d3) -> (d2)>, affine_map<(d0, d1, d2, d3) -> (d3)>, affine_map<(d0, d1, d2, d3) -> (d3)>, affine_map<(d0, d1, d2, d3) -> (d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>]
// CHECK:           %[[N:.*]] = tl.index 0 : index
// CHECK:           %[[C:.*]] = tl.index 1 : index
// CHECK-COUNT-4:   tl.load %arg0[%[[N]], %[[C]], %{{.*}}, %{{.*}}] : memref<1x1x2x3xf32>
// CHECK:           arith.truncf %{{.*}} : f64 to f32
// CHECK-COUNT-6: tl.dealloc
// CHECK-NEXT:    return
func.func @main(%x: tensor<1x1x2x3xf32>) -> tensor<1x1x4x6xf32> {
  %r = "graph.resize"(%x) {scales = [1.0, 1.0, 2.0, 2.0], mode = "linear"} : (tensor<1x1x2x3xf32>) -> tensor<1x1x4x6xf32>
  return %r : tensor<1x1x4x6xf32>
}

// -----

// Nearest resize (asymmetric, floor): one index table per scaled axis, one load.
// CHECK-LABEL: func.func @main(%arg0: memref<2x3xf32>, %arg1: memref<2x6xf32>) {
// CHECK:         arith.constant dense<[0, 0, 1, 1, 2, 2]> : tensor<6xi64>
// CHECK:         tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>]
// CHECK:           tl.index 0 : index
// CHECK:           arith.index_cast
// CHECK:           tl.load %arg0
// CHECK-NOT:       tl.load
func.func @main(%x: tensor<2x3xf32>) -> tensor<2x6xf32> {
  %r = "graph.resize"(%x) {scales = [1.0, 2.0], coordinate_transformation_mode = "asymmetric", nearest_mode = "floor"} : (tensor<2x3xf32>) -> tensor<2x6xf32>
  return %r : tensor<2x6xf32>
}

// -----

// Split: each result is an out-parameter, written by copying its subview of the input.
// CHECK-LABEL: func.func @main(%arg0: memref<2x6xf32>, %arg1: memref<2x2xf32>, %arg2: memref<2x4xf32>) {
// CHECK:         %[[A:.*]] = tl.subview %arg0[0, 0] [2, 2] [1, 1]
// CHECK:         tl.copy %[[A]], %arg1
// CHECK:         %[[B:.*]] = tl.subview %arg0[0, 2] [2, 4] [1, 1]
// CHECK:         tl.copy %[[B]], %arg2
// CHECK-NEXT:    return
func.func @main(%x: tensor<2x6xf32>) -> (tensor<2x2xf32>, tensor<2x4xf32>) {
  %a:2 = "graph.split"(%x) {axis = 1 : i64, split = [2, 4]} : (tensor<2x6xf32>) -> (tensor<2x2xf32>, tensor<2x4xf32>)
  return %a#0, %a#1 : tensor<2x2xf32>, tensor<2x4xf32>
}

// -----

// DepthToSpace (DCR): the input viewed as N x b x b x C' x H x W, the output as N x C' x H x b x W x b.
// CHECK-LABEL: func.func @main(%arg0: memref<1x8x2x3xf32>, %arg1: memref<1x2x4x6xf32>) {
// CHECK:         %[[X:.*]] = tl.reshape %arg0 : memref<1x8x2x3xf32> to memref<1x2x2x2x2x3xf32>
// CHECK:         %[[O:.*]] = tl.reshape %arg1 : memref<1x2x4x6xf32> to memref<1x2x2x2x3x2xf32>
// CHECK:         tl.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d3, d5, d1, d2, d4)>, affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3, d4, d5)>]{{.*}} ins(%[[X]] : memref<1x2x2x2x2x3xf32>) outs(%[[O]] : memref<1x2x2x2x3x2xf32>)
func.func @main(%x: tensor<1x8x2x3xf32>) -> tensor<1x2x4x6xf32> {
  %a = "graph.depth_to_space"(%x) {blocksize = 2 : i64} : (tensor<1x8x2x3xf32>) -> tensor<1x2x4x6xf32>
  return %a : tensor<1x2x4x6xf32>
}

// -----

// SpaceToDepth: the input viewed as N x C x H' x b x W' x b, the output as N x b x b x C x H' x W'.
// CHECK-LABEL: func.func @main(%arg0: memref<1x3x4x6xf32>, %arg1: memref<1x12x2x3xf32>) {
// CHECK:         tl.reshape %arg0 : memref<1x3x4x6xf32> to memref<1x3x2x2x3x2xf32>
// CHECK:         tl.reshape %arg1 : memref<1x12x2x3xf32> to memref<1x2x2x3x2x3xf32>
// CHECK:         affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d3, d4, d1, d5, d2)>
func.func @main(%y: tensor<1x3x4x6xf32>) -> tensor<1x12x2x3xf32> {
  %c = "graph.space_to_depth"(%y) {blocksize = 2 : i64} : (tensor<1x3x4x6xf32>) -> tensor<1x12x2x3xf32>
  return %c : tensor<1x12x2x3xf32>
}
