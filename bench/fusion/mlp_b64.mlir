// MLP 784-512-512-10, batch 64 (the shape of shared/bench/models/mlp_784_512_512_10_b64.onnx), weights as arguments:
//   tools/bin/mlc-run bench/fusion/mlp_b64.mlir --random-inputs --seed 1 --bench 20
func.func @main(%x: tensor<64x784xf32>, %w1: tensor<784x512xf32>, %b1: tensor<512xf32>, %w2: tensor<512x512xf32>, %b2: tensor<512xf32>, %w3: tensor<512x10xf32>, %b3: tensor<10xf32>) -> tensor<64x10xf32> {
  %h1 = graph.gemm %x, %w1, %b1 : (tensor<64x784xf32>, tensor<784x512xf32>, tensor<512xf32>) -> tensor<64x512xf32>
  %r1 = graph.relu %h1 : tensor<64x512xf32>
  %h2 = graph.gemm %r1, %w2, %b2 : (tensor<64x512xf32>, tensor<512x512xf32>, tensor<512xf32>) -> tensor<64x512xf32>
  %r2 = graph.relu %h2 : tensor<64x512xf32>
  %h3 = graph.gemm %r2, %w3, %b3 : (tensor<64x512xf32>, tensor<512x10xf32>, tensor<10xf32>) -> tensor<64x10xf32>
  return %h3 : tensor<64x10xf32>
}
