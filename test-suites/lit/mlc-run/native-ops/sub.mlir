// A module of graph-to-tl's differential test (GraphToTlDifferentialTest), run natively
// (graph-to-llvm, JIT) and compared with the reference interpreter on two seeds.
// RUN: mlc-run %s --random-inputs --seed 0 --check-against-interpreter
// RUN: mlc-run %s --random-inputs --seed 5 --check-against-interpreter

func.func @main(%a: tensor<2x1x4xf32>, %b: tensor<3x1xf32>) -> tensor<2x3x4xf32> {
%r = "graph.sub"(%a, %b) : (tensor<2x1x4xf32>, tensor<3x1xf32>) -> tensor<2x3x4xf32>
return %r : tensor<2x3x4xf32>
}
