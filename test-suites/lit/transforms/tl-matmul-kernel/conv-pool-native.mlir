// The graph-level form of conv-pool.mlir (conv + ReLU + 2x2/2 max pool, whose pooling
// tl-matmul-kernel fuses into the convolution), JIT-compiled by graph-to-llvm, sequential and with
// parallel loops, against the interpreter; then a pooled output 24 wide (not a multiple of the
// 32-column tile: left to the window reduction) and a convolution output that is also returned (not
// fused).
// RUN: mlc-run %s --random-inputs --seed 3 --threads 1 --check-against-interpreter 2>&1 | FileCheck %s
// RUN: mlc-run %s --random-inputs --seed 4 --threads 2 --check-against-interpreter 2>&1 | FileCheck %s
// RUN: mlc-run %s --entry=narrow --random-inputs --seed 5 --check-against-interpreter 2>&1 | FileCheck %s
// RUN: mlc-run %s --entry=both --random-inputs --seed 6 --check-against-interpreter 2>&1 | FileCheck %s --check-prefix=BOTH
// RUN: mlc-opt --pass-pipeline='builtin.module(fuse,convert-graph-to-tl,tl-matmul-kernel)' --mlir-pass-statistics %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=STATS
// CHECK: check-against-interpreter: ok (1 results
// BOTH: check-against-interpreter: ok (2 results
// STATS: 1 num-pools
func.func @main(%x: tensor<1x2x6x34xf32>, %w: tensor<10x2x3x3xf32>, %b: tensor<10xf32>) -> tensor<1x10x2x16xf32> {
  %c = "graph.conv2d"(%x, %w, %b) : (tensor<1x2x6x34xf32>, tensor<10x2x3x3xf32>, tensor<10xf32>) -> tensor<1x10x4x32xf32>
  %r = "graph.relu"(%c) : (tensor<1x10x4x32xf32>) -> tensor<1x10x4x32xf32>
  %p = "graph.max_pool2d"(%r) {kernel_shape = [2, 2], strides = [2, 2]} : (tensor<1x10x4x32xf32>) -> tensor<1x10x2x16xf32>
  return %p : tensor<1x10x2x16xf32>
}
func.func @narrow(%x: tensor<1x2x6x50xf32>, %w: tensor<10x2x3x3xf32>, %b: tensor<10xf32>) -> tensor<1x10x2x24xf32> {
  %c = "graph.conv2d"(%x, %w, %b) : (tensor<1x2x6x50xf32>, tensor<10x2x3x3xf32>, tensor<10xf32>) -> tensor<1x10x4x48xf32>
  %r = "graph.relu"(%c) : (tensor<1x10x4x48xf32>) -> tensor<1x10x4x48xf32>
  %p = "graph.max_pool2d"(%r) {kernel_shape = [2, 2], strides = [2, 2]} : (tensor<1x10x4x48xf32>) -> tensor<1x10x2x24xf32>
  return %p : tensor<1x10x2x24xf32>
}
func.func @both(%x: tensor<1x2x6x34xf32>, %w: tensor<10x2x3x3xf32>, %b: tensor<10xf32>) -> (tensor<1x10x4x32xf32>, tensor<1x10x2x16xf32>) {
  %c = "graph.conv2d"(%x, %w, %b) : (tensor<1x2x6x34xf32>, tensor<10x2x3x3xf32>, tensor<10xf32>) -> tensor<1x10x4x32xf32>
  %r = "graph.relu"(%c) : (tensor<1x10x4x32xf32>) -> tensor<1x10x4x32xf32>
  %p = "graph.max_pool2d"(%r) {kernel_shape = [2, 2], strides = [2, 2]} : (tensor<1x10x4x32xf32>) -> tensor<1x10x2x16xf32>
  return %r, %p : tensor<1x10x4x32xf32>, tensor<1x10x2x16xf32>
}
