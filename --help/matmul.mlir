func.func @main(%a: tensor<1024x1024xf32> {graph.name = "a"}, %w: tensor<1024x1024xf32> {graph.name = "b"}) -> (tensor<1024x1024xf32> {graph.name = "y"}) {
  %y = "graph.matmul"(%a, %w) : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xf32>
  return %y : tensor<1024x1024xf32>
}
