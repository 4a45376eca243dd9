// A module of graph-to-tl's differential test (GraphToTlDifferentialTest), run natively
// (graph-to-llvm, JIT) and compared with the reference interpreter on two seeds.
// RUN: mlc-run %s --random-inputs --seed 0 --check-against-interpreter
// RUN: mlc-run %s --random-inputs --seed 5 --check-against-interpreter

func.func @main(%a: tensor<2x3x4xf32>) -> (tensor<6x4xf32>, tensor<2x12xf32>, tensor<4x2x3xf32>, tensor<4x3x2xf32>, tensor<2x3x1x4xf32>) {
%r = "graph.reshape"(%a) : (tensor<2x3x4xf32>) -> tensor<6x4xf32>
%f = "graph.flatten"(%a) {axis = 1 : i64} : (tensor<2x3x4xf32>) -> tensor<2x12xf32>
%t = "graph.transpose"(%a) {perm = [2, 0, 1]} : (tensor<2x3x4xf32>) -> tensor<4x2x3xf32>
%d = "graph.transpose"(%a) : (tensor<2x3x4xf32>) -> tensor<4x3x2xf32>
%u = "graph.unsqueeze"(%a) {axes = [0, 3]} : (tensor<2x3x4xf32>) -> tensor<1x2x3x1x4xf32>
%s = "graph.squeeze"(%u) {axes = [0]} : (tensor<1x2x3x1x4xf32>) -> tensor<2x3x1x4xf32>
return %r, %f, %t, %d, %s : tensor<6x4xf32>, tensor<2x12xf32>, tensor<4x2x3xf32>, tensor<4x3x2xf32>, tensor<2x3x1x4xf32>
}
