// A module of graph-to-tl's differential test (GraphToTlDifferentialTest), run natively
// (graph-to-llvm, JIT) and compared with the reference interpreter on two seeds.
// RUN: mlc-run %s --random-inputs --seed 0 --check-against-interpreter
// RUN: mlc-run %s --random-inputs --seed 5 --check-against-interpreter

func.func @main(%a: tensor<6xf32>, %i: tensor<6xi32>) -> (tensor<6xi32>, tensor<6xf32>, tensor<6xi64>, tensor<6xf16>) {
%x = "graph.cast"(%a) : (tensor<6xf32>) -> tensor<6xi32>
%y = "graph.cast"(%i) : (tensor<6xi32>) -> tensor<6xf32>
%z = "graph.cast"(%i) : (tensor<6xi32>) -> tensor<6xi64>
%h = "graph.cast"(%a) : (tensor<6xf32>) -> tensor<6xf16>
return %x, %y, %z, %h : tensor<6xi32>, tensor<6xf32>, tensor<6xi64>, tensor<6xf16>
}
