// A module of graph-to-tl's differential test (GraphToTlDifferentialTest), run natively
// (graph-to-llvm, JIT) and compared with the reference interpreter on two seeds.
// RUN: mlc-run %s --random-inputs --seed 0 --check-against-interpreter
// RUN: mlc-run %s --random-inputs --seed 5 --check-against-interpreter

func.func @main(%a: tensor<4x5xf32>) -> tensor<4x5xf32> {
%r = "graph.leaky_relu"(%a) : (tensor<4x5xf32>) -> tensor<4x5xf32>
return %r : tensor<4x5xf32>
}
