// A module of graph-to-tl's differential test (GraphToTlDifferentialTest), run natively
// (graph-to-llvm, JIT) and compared with the reference interpreter on two seeds.
// RUN: mlc-run %s --random-inputs --seed 0 --check-against-interpreter
// RUN: mlc-run %s --random-inputs --seed 5 --check-against-interpreter

func.func @main(%a: tensor<4x5xf32>) -> (tensor<4x5xf32>, tensor<4x5xf32>, tensor<4x5xf32>, tensor<4x5xf32>) {
%p = "graph.abs"(%a) : (tensor<4x5xf32>) -> tensor<4x5xf32>
%l = "graph.log"(%p) : (tensor<4x5xf32>) -> tensor<4x5xf32>
%s = "graph.sqrt"(%p) : (tensor<4x5xf32>) -> tensor<4x5xf32>
%c = "graph.clip"(%a) {min = -0.5 : f32, max = 0.25 : f32} : (tensor<4x5xf32>) -> tensor<4x5xf32>
%g = "graph.gelu"(%a) {approximate = "tanh"} : (tensor<4x5xf32>) -> tensor<4x5xf32>
return %l, %s, %c, %g : tensor<4x5xf32>, tensor<4x5xf32>, tensor<4x5xf32>, tensor<4x5xf32>
}
