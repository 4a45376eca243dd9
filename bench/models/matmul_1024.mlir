// The graph counterpart of ../../../shared/bench/models/matmul_1024.onnx with the weight as a second
// input (so B is packed at run time, the harder case). Run:
//   tools/bin/mlc-run bench/models/matmul_1024.mlir --random-inputs --seed 1 --bench 20
func.func @main(%a: tensor<1024x1024xf32> {graph.name = "a"}, %b: tensor<1024x1024xf32> {graph.name = "b"}) -> (tensor<1024x1024xf32> {graph.name = "y"}) {
  %y = "graph.matmul"(%a, %b) : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xf32>
  return %y : tensor<1024x1024xf32>
}
