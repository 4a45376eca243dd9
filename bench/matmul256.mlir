// A 256x256x256 fp32 matmul in the graph dialect, for `mlc-run bench/matmul256.mlir --random-inputs --bench 20 --threads T`.
func.func @main(%a: tensor<256x256xf32> {graph.name = "a"}, %b: tensor<256x256xf32> {graph.name = "b"}) -> (tensor<256x256xf32> {graph.name = "c"}) {
  %c = "graph.matmul"(%a, %b) : (tensor<256x256xf32>, tensor<256x256xf32>) -> tensor<256x256xf32>
  return %c : tensor<256x256xf32>
}
