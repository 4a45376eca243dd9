func.func @main(%a: tensor<37x53xf32> {graph.name = "a"}, %w: tensor<53x45xf32> {graph.name = "b"}) -> (tensor<37x45xf32> {graph.name = "y"}) {
  %y = "graph.matmul"(%a, %w) : (tensor<37x53xf32>, tensor<53x45xf32>) -> tensor<37x45xf32>
  return %y : tensor<37x45xf32>
}
