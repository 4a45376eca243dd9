// A module of graph-to-tl's differential test (GraphToTlDifferentialTest), run natively
// (graph-to-llvm, JIT) and compared with the reference interpreter on two seeds.
// RUN: mlc-run %s --random-inputs --seed 0 --check-against-interpreter
// RUN: mlc-run %s --random-inputs --seed 5 --check-against-interpreter

func.func @main(%x: tensor<1x4x7x6xf32>, %w: tensor<6x2x3x2xf32>, %b: tensor<6xf32>) -> (tensor<1x6x4x5xf32>, tensor<1x6x5x5xf32>) {
%y = "graph.conv2d"(%x, %w, %b) {strides = [2, 1], pads = [1, 0, 2, 1], dilations = [1, 2], groups = 2 : i64} : (tensor<1x4x7x6xf32>, tensor<6x2x3x2xf32>, tensor<6xf32>) -> tensor<1x6x4x5xf32>
%z = "graph.conv2d"(%x, %w) {groups = 2 : i64} : (tensor<1x4x7x6xf32>, tensor<6x2x3x2xf32>) -> tensor<1x6x5x5xf32>
return %y, %z : tensor<1x6x4x5xf32>, tensor<1x6x5x5xf32>
}
