// A module of graph-to-tl's differential test (GraphToTlDifferentialTest), run natively
// (graph-to-llvm, JIT) and compared with the reference interpreter on two seeds.
// RUN: mlc-run %s --random-inputs --seed 0 --check-against-interpreter
// RUN: mlc-run %s --random-inputs --seed 5 --check-against-interpreter

func.func @main() -> (tensor<8xi32>, tensor<8xi8>, tensor<8xi64>) {
%c = "graph.constant"() {value = dense<[0x7FC00000, 0x7F800000, 0xFF800000, 3.0e+09, -3.0e+09, 2.7, -2.7, 300.0]> : tensor<8xf32>} : () -> tensor<8xf32>
%h = "graph.cast"(%c) : (tensor<8xf32>) -> tensor<8xf16>
%i = "graph.cast"(%c) : (tensor<8xf32>) -> tensor<8xi32>
%j = "graph.cast"(%c) : (tensor<8xf32>) -> tensor<8xi8>
%k = "graph.cast"(%h) : (tensor<8xf16>) -> tensor<8xi64>
return %i, %j, %k : tensor<8xi32>, tensor<8xi8>, tensor<8xi64>
}
