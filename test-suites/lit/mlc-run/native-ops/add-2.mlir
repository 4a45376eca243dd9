// A module of graph-to-tl's differential test (GraphToTlDifferentialTest), run natively
// (graph-to-llvm, JIT) and compared with the reference interpreter on two seeds.
// RUN: mlc-run %s --random-inputs --seed 0 --check-against-interpreter
// RUN: mlc-run %s --random-inputs --seed 5 --check-against-interpreter

func.func @main(%a: tensor<3x4xi32>, %b: tensor<4xi32>) -> tensor<3x4xi32> {
%r = "graph.add"(%a, %b) : (tensor<3x4xi32>, tensor<4xi32>) -> tensor<3x4xi32>
return %r : tensor<3x4xi32>
}
