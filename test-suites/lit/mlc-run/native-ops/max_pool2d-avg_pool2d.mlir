// A module of graph-to-tl's differential test (GraphToTlDifferentialTest), run natively
// (graph-to-llvm, JIT) and compared with the reference interpreter on two seeds.
// RUN: mlc-run %s --random-inputs --seed 0 --check-against-interpreter
// RUN: mlc-run %s --random-inputs --seed 5 --check-against-interpreter

func.func @main(%x: tensor<2x3x7x6xf32>) -> (tensor<2x3x4x3xf32>, tensor<2x3x4x3xf32>, tensor<2x3x4x3xf32>, tensor<2x3x3x2xf32>) {
%m = "graph.max_pool2d"(%x) {kernel_shape = [3, 2], strides = [2, 2], pads = [1, 0, 1, 0], ceil_mode = true} : (tensor<2x3x7x6xf32>) -> tensor<2x3x4x3xf32>
%a = "graph.avg_pool2d"(%x) {kernel_shape = [3, 2], strides = [2, 2], pads = [1, 0, 1, 0], ceil_mode = true} : (tensor<2x3x7x6xf32>) -> tensor<2x3x4x3xf32>
%c = "graph.avg_pool2d"(%x) {kernel_shape = [3, 2], strides = [2, 2], pads = [1, 0, 1, 0], ceil_mode = true, count_include_pad = true} : (tensor<2x3x7x6xf32>) -> tensor<2x3x4x3xf32>
%d = "graph.max_pool2d"(%x) {kernel_shape = [2, 2], strides = [2, 2], dilations = [2, 2]} : (tensor<2x3x7x6xf32>) -> tensor<2x3x3x2xf32>
return %m, %a, %c, %d : tensor<2x3x4x3xf32>, tensor<2x3x4x3xf32>, tensor<2x3x4x3xf32>, tensor<2x3x3x2xf32>
}
