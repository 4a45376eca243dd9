func.func @main(%x: tensor<64x784xf32>, %w1: tensor<784x512xf32>, %b1: tensor<512xf32>, %w2: tensor<512x512xf32>, %b2: tensor<512xf32>, %w3: tensor<512x10xf32>, %b3: tensor<10xf32>) -> tensor<64x10xf32> {
  %h1 = graph.gemm %x, %w1, %b1 : (tensor<64x784xf32>, tensor<784x512xf32>, tensor<512xf32>) -> tensor<64x512xf32>
  %r1 = graph.relu %h1 : tensor<64x512xf32>
  %h2 = graph.gemm %r1, %w2, %b2 : (tensor<64x512xf32>, tensor<512x512xf32>, tensor<512xf32>) -> tensor<64x512xf32>
  %r2 = graph.relu %h2 : tensor<64x512xf32>
  %h3 = graph.gemm %r2, %w3, %b3 : (tensor<64x512xf32>, tensor<512x10xf32>, tensor<10xf32>) -> tensor<64x10xf32>
  return %h3 : tensor<64x10xf32>
}
