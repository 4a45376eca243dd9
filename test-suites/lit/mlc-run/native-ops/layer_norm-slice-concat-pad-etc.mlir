// A module of graph-to-tl's differential test (GraphToTlDifferentialTest), run natively
// (graph-to-llvm, JIT) and compared with the reference interpreter on two seeds.
// RUN: mlc-run %s --random-inputs --seed 0 --check-against-interpreter
// RUN: mlc-run %s --random-inputs --seed 5 --check-against-interpreter

func.func @main(%x: tensor<2x3x4xf32>, %s: tensor<3x4xf32>, %b: tensor<4xf32>) -> (tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<2x6x4xf32>, tensor<2x2x2xf32>, tensor<3x2x4xf32>, tensor<2x2x2x4xf32>) {
%l = "graph.layer_norm"(%x, %s, %b) {axis = 1 : i64, epsilon = 1.0e-03 : f32} : (tensor<2x3x4xf32>, tensor<3x4xf32>, tensor<4xf32>) -> tensor<2x3x4xf32>
%k = "graph.layer_norm"(%x, %b) : (tensor<2x3x4xf32>, tensor<4xf32>) -> tensor<2x3x4xf32>
%t = "graph.slice"(%x) {starts = [0, 0], ends = [2, 2], axes = [1, 2]} : (tensor<2x3x4xf32>) -> tensor<2x2x2xf32>
%c = "graph.concat"(%x, %x) {axis = 1 : i64} : (tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x6x4xf32>
%r = "graph.slice"(%x) {starts = [-1, 10], ends = [-10, -5], axes = [2, 1], steps = [-2, -1]} : (tensor<2x3x4xf32>) -> tensor<2x3x2xf32>
%p = "graph.pad"(%r) {pads = [1, 0, 0, 0, -1, 2], value = 0.5 : f32} : (tensor<2x3x2xf32>) -> tensor<3x2x4xf32>
%i = "graph.constant"() {value = dense<[[0, -1], [2, 1]]> : tensor<2x2xi64>} : () -> tensor<2x2xi64>
%g = "graph.gather"(%x, %i) {axis = 1 : i64} : (tensor<2x3x4xf32>, tensor<2x2xi64>) -> tensor<2x2x2x4xf32>
return %l, %k, %c, %t, %p, %g : tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<2x6x4xf32>, tensor<2x2x2xf32>, tensor<3x2x4xf32>, tensor<2x2x2x4xf32>
}
