// A module of graph-to-tl's differential test (GraphToTlDifferentialTest), run natively
// (graph-to-llvm, JIT) and compared with the reference interpreter on two seeds.
// RUN: mlc-run %s --random-inputs --seed 0 --check-against-interpreter
// RUN: mlc-run %s --random-inputs --seed 5 --check-against-interpreter

func.func @main(%x: tensor<2x3x4x5xf32>, %s: tensor<3xf32>, %b: tensor<3xf32>, %m: tensor<3xf32>, %v: tensor<3xf32>) -> (tensor<2x3x4x5xf32>, tensor<2x3x4x5xf32>, tensor<2x3x1x1xf32>) {
%sm = "graph.softmax"(%x) {axis = 1 : i64} : (tensor<2x3x4x5xf32>) -> tensor<2x3x4x5xf32>
%va = "graph.abs"(%v) : (tensor<3xf32>) -> tensor<3xf32>
%bn = "graph.batch_norm"(%x, %s, %b, %m, %va) {epsilon = 1.0e-03 : f32} : (tensor<2x3x4x5xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3x4x5xf32>
%g = "graph.global_avg_pool"(%x) : (tensor<2x3x4x5xf32>) -> tensor<2x3x1x1xf32>
return %sm, %bn, %g : tensor<2x3x4x5xf32>, tensor<2x3x4x5xf32>, tensor<2x3x1x1xf32>
}
