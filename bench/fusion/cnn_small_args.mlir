// The shape of shared/bench/models/cnn_small.onnx with the weights as arguments (random inputs):
// conv 3x3 (3->32, pads 1) + relu, max_pool 2x2, conv 3x3 (32->64, pads 1) + relu, global_avg_pool,
// flatten, gemm (64->10). For before/after measurements of fusion:
//   tools/bin/mlc-run bench/fusion/cnn_small_args.mlir --random-inputs --seed 1 --bench 5
func.func @main(%x: tensor<1x3x224x224xf32>, %w1: tensor<32x3x3x3xf32>, %b1: tensor<32xf32>, %w2: tensor<64x32x3x3xf32>, %b2: tensor<64xf32>,
                %wf: tensor<64x10xf32>, %bf: tensor<10xf32>) -> tensor<1x10xf32> {
  %c1 = graph.conv2d %x, %w1, %b1 {pads = [1, 1, 1, 1]} : (tensor<1x3x224x224xf32>, tensor<32x3x3x3xf32>, tensor<32xf32>) -> tensor<1x32x224x224xf32>
  %r1 = graph.relu %c1 : tensor<1x32x224x224xf32>
  %p1 = graph.max_pool2d %r1 {kernel_shape = [2, 2], strides = [2, 2]} : (tensor<1x32x224x224xf32>) -> tensor<1x32x112x112xf32>
  %c2 = graph.conv2d %p1, %w2, %b2 {pads = [1, 1, 1, 1]} : (tensor<1x32x112x112xf32>, tensor<64x32x3x3xf32>, tensor<64xf32>) -> tensor<1x64x112x112xf32>
  %r2 = graph.relu %c2 : tensor<1x64x112x112xf32>
  %g = graph.global_avg_pool %r2 : (tensor<1x64x112x112xf32>) -> tensor<1x64x1x1xf32>
  %f = graph.flatten %g {axis = 1 : i64} : (tensor<1x64x1x1xf32>) -> tensor<1x64xf32>
  %l = graph.gemm %f, %wf, %bf : (tensor<1x64xf32>, tensor<64x10xf32>, tensor<10xf32>) -> tensor<1x10xf32>
  return %l : tensor<1x10xf32>
}
