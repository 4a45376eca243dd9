// A 1024x1024x1024 fp32 matmul in the graph dialect, for `mlc-run bench/matmul1024.mlir --random-inputs --bench 20 --threads T`.
func.func @main(%a: tensor<1024x1024xf32> {graph.name = "a"}, %b: tensor<1024x1024xf32> {graph.name = "b"}) -> (tensor<1024x1024xf32> {graph.name = "c"}) {
  %c = "graph.matmul"(%a, %b) : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xf32>
  return %c : tensor<1024x1024xf32>
}
