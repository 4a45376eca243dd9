// A module of graph-to-tl's differential test (GraphToTlDifferentialTest), run natively
// (graph-to-llvm, JIT) and compared with the reference interpreter on two seeds.
// RUN: mlc-run %s --random-inputs --seed 0 --check-against-interpreter
// RUN: mlc-run %s --random-inputs --seed 5 --check-against-interpreter

func.func @main(%a: tensor<2x3x4xf32>) -> (tensor<2x1x4xf32>, tensor<3xf32>, tensor<1x1x1xf32>, tensor<2x3xf32>) {
%s = "graph.reduce_sum"(%a) {axes = [1]} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
%m = "graph.reduce_mean"(%a) {axes = [0, -1], keepdims = false} : (tensor<2x3x4xf32>) -> tensor<3xf32>
%x = "graph.reduce_max"(%a) : (tensor<2x3x4xf32>) -> tensor<1x1x1xf32>
%n = "graph.reduce_min"(%a) {axes = [2], keepdims = false} : (tensor<2x3x4xf32>) -> tensor<2x3xf32>
return %s, %m, %x, %n : tensor<2x1x4xf32>, tensor<3xf32>, tensor<1x1x1xf32>, tensor<2x3xf32>
}
