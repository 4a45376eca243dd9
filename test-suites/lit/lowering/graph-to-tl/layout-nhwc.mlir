// RUN: mlc-opt --convert-graph-to-tl --split-input-file %s | FileCheck %s
// NHWC conv2d and pools (docs/layout.md): the window generic has the channel dimension last and
// parallel, contiguous in the output (and in the kH×kW×C×M weight), so the innermost loop runs over channels.

// CHECK-LABEL: func.func @main(%arg0: memref<1x4x4x2xf32>, %arg1: memref<3x3x2x8xf32>, %arg2: memref<8xf32>, %arg3: memref<1x2x2x8xf32>)
// CHECK:         %[[P:.*]] = tl.alloc() : memref<1x6x6x2xf32>
// CHECK:         %[[V:.*]] = tl.subview %[[P]][0, 1, 1, 0] [1, 4, 4, 2] [1, 1, 1, 1]
// CHECK-NEXT:    tl.copy %arg0, %[[V]]
// CHECK-NEXT:    tl.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>]
// CHECK:         tl.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1 * 2 + d3, d2 * 2 + d4, d5)>, affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d3, d4, d5, d6)>, affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d2, d6)>], iterator_types = ["parallel", "parallel", "parallel", "reduction", "reduction", "reduction", "parallel"]} ins(%[[P]], %arg1 : memref<1x6x6x2xf32>, memref<3x3x2x8xf32>) outs(%arg3 : memref<1x2x2x8xf32>)
// CHECK:         tl.dealloc %[[P]]
func.func @main(%x: tensor<1x4x4x2xf32>, %w: tensor<3x3x2x8xf32>, %b: tensor<8xf32>) -> tensor<1x2x2x8xf32> {
  %c = graph.conv2d %x, %w, %b {layout = "nhwc", pads = [1, 1, 1, 1], strides = [2, 2]} : (tensor<1x4x4x2xf32>, tensor<3x3x2x8xf32>, tensor<8xf32>) -> tensor<1x2x2x8xf32>
  return %c : tensor<1x2x2x8xf32>
}

// -----

// Groups: the input channel is g(m)·C/G + c, through floordiv.
// CHECK-LABEL: func.func @main
// CHECK:         tl.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1 + d3, d2 + d4, d6 floordiv 2 * 2 + d5)>, affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d3, d4, d5, d6)>, affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d2, d6)>]
func.func @main(%x: tensor<1x3x3x4xf32>, %w: tensor<1x1x2x4xf32>) -> tensor<1x3x3x4xf32> {
  %c = graph.conv2d %x, %w {layout = "nhwc", groups = 2 : i64} : (tensor<1x3x3x4xf32>, tensor<1x1x2x4xf32>) -> tensor<1x3x3x4xf32>
  return %c : tensor<1x3x3x4xf32>
}

// -----

// max_pool2d: a −∞ fill, the window generic over (n, oh, ow, kh, kw, c).
// CHECK-LABEL: func.func @main
// CHECK:         tl.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1 * 2 + d3, d2 * 2 + d4, d5)>, affine_map<(d0, d1, d2, d3, d4, d5) -> (d3, d4)>, affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d5)>], iterator_types = ["parallel", "parallel", "parallel", "reduction", "reduction", "parallel"]}
// CHECK:           arith.maximumf
func.func @main(%x: tensor<1x4x4x8xf32>) -> tensor<1x2x2x8xf32> {
  %p = graph.max_pool2d %x {layout = "nhwc", kernel_shape = [2, 2], strides = [2, 2]} : (tensor<1x4x4x8xf32>) -> tensor<1x2x2x8xf32>
  return %p : tensor<1x2x2x8xf32>
}

// -----

// avg_pool2d: the divisor is counted over (oh, ow) and broadcast over n and c.
// CHECK-LABEL: func.func @main
// CHECK:         arith.addf
// CHECK:         tl.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>]
// CHECK:           arith.divf
func.func @main(%x: tensor<1x4x4x8xf32>) -> tensor<1x2x2x8xf32> {
  %p = graph.avg_pool2d %x {layout = "nhwc", kernel_shape = [3, 3], strides = [2, 2], pads = [1, 1, 0, 0]} : (tensor<1x4x4x8xf32>) -> tensor<1x2x2x8xf32>
  return %p : tensor<1x2x2x8xf32>
}
