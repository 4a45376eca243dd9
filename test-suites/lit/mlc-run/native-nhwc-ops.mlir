// NHWC conv2d and pools (layout = "nhwc", docs/layout.md) with pads, strides, dilations, groups,
// ceil_mode and count_include_pad, lowered with graph-to-llvm, JIT-compiled and compared with the
// reference interpreter.
// RUN: mlc-run %s --random-inputs --seed 0 --check-against-interpreter
// RUN: mlc-run %s --random-inputs --seed 4 --check-against-interpreter
func.func @main(%x: tensor<2x7x6x4xf32>, %w: tensor<3x2x2x6xf32>, %b: tensor<6xf32>) -> (tensor<2x4x6x6xf32>, tensor<2x4x4x4xf32>, tensor<2x4x3x4xf32>, tensor<2x2x3x4xf32>) {
  %c = graph.conv2d %x, %w, %b {layout = "nhwc", groups = 2 : i64, pads = [1, 0, 1, 2], strides = [2, 1], dilations = [1, 2]} : (tensor<2x7x6x4xf32>, tensor<3x2x2x6xf32>, tensor<6xf32>) -> tensor<2x4x6x6xf32>
  %m = graph.max_pool2d %x {layout = "nhwc", kernel_shape = [3, 2], strides = [2, 2], pads = [1, 1, 1, 0], ceil_mode = true} : (tensor<2x7x6x4xf32>) -> tensor<2x4x4x4xf32>
  %a = graph.avg_pool2d %x {layout = "nhwc", kernel_shape = [3, 3], strides = [2, 2], pads = [1, 1, 1, 1], count_include_pad = true} : (tensor<2x7x6x4xf32>) -> tensor<2x4x3x4xf32>
  %e = graph.avg_pool2d %x {layout = "nhwc", kernel_shape = [3, 3], strides = [2, 2], pads = [0, 1, 0, 1], dilations = [2, 1]} : (tensor<2x7x6x4xf32>) -> tensor<2x2x3x4xf32>
  return %c, %m, %a, %e : tensor<2x4x6x6xf32>, tensor<2x4x4x4xf32>, tensor<2x4x3x4xf32>, tensor<2x2x3x4xf32>
}
