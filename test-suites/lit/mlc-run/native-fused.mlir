// Fused groups (docs/fusion.md) JIT-compiled through graph-to-llvm (which runs fold-batch-norm and
// fuse first) and compared with the reference interpreter, which runs the unfused graph.
// RUN: mlc-run %s --random-inputs --seed 1 --check-against-interpreter
// RUN: mlc-run %s --random-inputs --seed 2 --check-against-interpreter 2>&1 | FileCheck %s --check-prefix=OK
// RUN: mlc-opt --fold-batch-norm --fuse %s | FileCheck %s
// RUN: mlc-opt --graph-to-llvm %s | FileCheck %s --check-prefix=LLVM
// OK: check-against-interpreter: ok (7 results;
// LLVM: llvm.func @main
// CHECK-NOT:     graph.batch_norm
// CHECK:         graph.fusion
// CHECK-NEXT:      graph.conv2d
// CHECK-NEXT:      graph.hard_swish
// CHECK:         graph.fusion
// CHECK-NEXT:      graph.matmul
// CHECK-NEXT:      graph.add
// CHECK-NEXT:      graph.sigmoid
// CHECK:         graph.fusion
// CHECK-NEXT:      graph.gemm
// CHECK-NEXT:      graph.clip
// CHECK:         graph.fusion
// CHECK-NEXT:      graph.sub
// CHECK-NEXT:      graph.mul
// CHECK-NEXT:      graph.exp
// CHECK-NEXT:      graph.greater
// CHECK-NEXT:      graph.where
// CHECK-NEXT:      graph.cast
// CHECK-NEXT:      graph.yield
// CHECK:         graph.fusion
// CHECK-NEXT:      graph.mul
// CHECK-NEXT:      graph.reduce_mean
// CHECK-NEXT:      graph.add
// CHECK-NEXT:      graph.sqrt
// CHECK:         graph.fusion
// CHECK-NEXT:      graph.div
// CHECK-NEXT:      graph.mul
// CHECK:         graph.fusion
// CHECK-NEXT:      graph.abs
// CHECK-NEXT:      graph.reduce_max
// CHECK-NEXT:      graph.neg
func.func @main(%x: tensor<1x2x6x6xf32>, %a: tensor<3x4xf32>, %w: tensor<4x5xf32>, %b: tensor<5xf32>, %u: tensor<2x3x4xf32>, %v: tensor<4xf32>)
    -> (tensor<1x3x6x6xf32>, tensor<3x5xf32>, tensor<3x5xf32>, tensor<2x3x4xf32>, tensor<2x3x4xi32>, tensor<2x3x4xf32>, tensor<3xf32>) {
  %k = graph.constant dense<[[[[0.1, -0.2, 0.3], [0.4, 0.5, -0.6], [0.7, 0.8, 0.9]], [[0.1, 0.2, 0.3], [0.4, -0.5, 0.6], [0.7, 0.8, 0.9]]],
                             [[[0.9, 0.8, 0.7], [0.6, 0.5, 0.4], [0.3, 0.2, 0.1]], [[-0.9, 0.8, 0.7], [0.6, 0.5, 0.4], [0.3, 0.2, 0.1]]],
                             [[[0.2, 0.1, 0.7], [0.6, -0.5, 0.4], [0.3, 0.2, 0.1]], [[-0.3, 0.8, 0.7], [0.6, 0.5, 0.4], [0.3, 0.2, 0.1]]]]> : tensor<3x2x3x3xf32>
  %kb = graph.constant dense<[0.5, -0.25, 0.125]> : tensor<3xf32>
  %scale = graph.constant dense<[1.5, 0.75, 1.0]> : tensor<3xf32>
  %bias = graph.constant dense<[0.1, -0.1, 0.0]> : tensor<3xf32>
  %mean = graph.constant dense<[0.2, 0.3, -0.1]> : tensor<3xf32>
  %var = graph.constant dense<[0.5, 2.0, 1.0]> : tensor<3xf32>
  %c = graph.conv2d %x, %k, %kb {pads = [1, 1, 1, 1]} : (tensor<1x2x6x6xf32>, tensor<3x2x3x3xf32>, tensor<3xf32>) -> tensor<1x3x6x6xf32>
  %n = graph.batch_norm %c, %scale, %bias, %mean, %var : (tensor<1x3x6x6xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<1x3x6x6xf32>
  %h = graph.hard_swish %n : tensor<1x3x6x6xf32>
  %m = graph.matmul %a, %w : (tensor<3x4xf32>, tensor<4x5xf32>) -> tensor<3x5xf32>
  %mb = graph.add %m, %b : (tensor<3x5xf32>, tensor<5xf32>) -> tensor<3x5xf32>
  %s = graph.sigmoid %mb : tensor<3x5xf32>
  %g = graph.gemm %a, %w, %b {alpha = 2.0 : f32} : (tensor<3x4xf32>, tensor<4x5xf32>, tensor<5xf32>) -> tensor<3x5xf32>
  %gc = graph.clip %g {min = -0.5 : f32, max = 0.5 : f32} : tensor<3x5xf32>
  %d = graph.sub %u, %v : (tensor<2x3x4xf32>, tensor<4xf32>) -> tensor<2x3x4xf32>
  %d2 = graph.mul %d, %d : tensor<2x3x4xf32>
  %e = graph.exp %d2 : tensor<2x3x4xf32>
  %gt = graph.greater %d, %u : (tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xi1>
  %sel = graph.where %gt, %e, %d : (tensor<2x3x4xi1>, tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %ci = graph.cast %gt : (tensor<2x3x4xi1>) -> tensor<2x3x4xi32>
  // layer_norm spelled out over the last axis, and a max of |x| with an epilogue (keepdims = false)
  %mu = graph.reduce_mean %u {axes = [-1]} : (tensor<2x3x4xf32>) -> tensor<2x3x1xf32>
  %dc = graph.sub %u, %mu : (tensor<2x3x4xf32>, tensor<2x3x1xf32>) -> tensor<2x3x4xf32>
  %sq = graph.mul %dc, %dc : tensor<2x3x4xf32>
  %va = graph.reduce_mean %sq {axes = [-1]} : (tensor<2x3x4xf32>) -> tensor<2x3x1xf32>
  %eps = graph.constant dense<1.0e-5> : tensor<f32>
  %ve = graph.add %va, %eps : (tensor<2x3x1xf32>, tensor<f32>) -> tensor<2x3x1xf32>
  %sd = graph.sqrt %ve : tensor<2x3x1xf32>
  %ln = graph.div %dc, %sd : (tensor<2x3x4xf32>, tensor<2x3x1xf32>) -> tensor<2x3x4xf32>
  %lg = graph.mul %ln, %v : (tensor<2x3x4xf32>, tensor<4xf32>) -> tensor<2x3x4xf32>
  %ab = graph.abs %a : tensor<3x4xf32>
  %mx = graph.reduce_max %ab {axes = [1], keepdims = false} : (tensor<3x4xf32>) -> tensor<3xf32>
  %mn = graph.neg %mx : tensor<3xf32>
  return %h, %s, %gc, %sel, %ci, %lg, %mn : tensor<1x3x6x6xf32>, tensor<3x5xf32>, tensor<3x5xf32>, tensor<2x3x4xf32>, tensor<2x3x4xi32>, tensor<2x3x4xf32>, tensor<3xf32>
}
