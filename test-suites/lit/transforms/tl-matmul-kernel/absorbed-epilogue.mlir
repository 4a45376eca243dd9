// A residual epilogue (bias, then + y) reads three buffers, so the kernel pass collected it as a
// candidate too; it is absorbed (and erased) by the matmul before it, and must then be skipped, not
// matched (this crashed the pass on PaddleOCR recognition).
// RUN: mlc-run %s --random-inputs --seed 1 --check-against-interpreter --threads 1 --no-cache 2>&1 | FileCheck %s
// RUN: mlc-opt --fold-batch-norm --fuse --convert-graph-to-tl --tl-matmul-kernel=epilogues=true --no-check-semantics --mlir-pass-statistics %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=STATS
// CHECK: check-against-interpreter: ok (2 results
// STATS: MatmulKernel
// STATS-NEXT: 2 num-rewritten
// STATS-NEXT: 2 num-epilogues
func.func @main(%x: tensor<1x40x64xf32>, %y: tensor<1x40x128xf32>) -> (tensor<1x40x128xf32>, tensor<1x40x128xf32>) {
  %w = "graph.constant"() {value = dense<0.03125> : tensor<64x128xf32>} : () -> tensor<64x128xf32>
  %b = "graph.constant"() {value = dense<0.25> : tensor<128xf32>} : () -> tensor<128xf32>
  %m = "graph.matmul"(%x, %w) : (tensor<1x40x64xf32>, tensor<64x128xf32>) -> tensor<1x40x128xf32>
  %a = "graph.add"(%m, %b) : (tensor<1x40x128xf32>, tensor<128xf32>) -> tensor<1x40x128xf32>
  %s = "graph.sigmoid"(%a) : (tensor<1x40x128xf32>) -> tensor<1x40x128xf32>
  %h = "graph.mul"(%a, %s) : (tensor<1x40x128xf32>, tensor<1x40x128xf32>) -> tensor<1x40x128xf32>
  %m2 = "graph.matmul"(%x, %w) : (tensor<1x40x64xf32>, tensor<64x128xf32>) -> tensor<1x40x128xf32>
  %a2 = "graph.add"(%m2, %b) : (tensor<1x40x128xf32>, tensor<128xf32>) -> tensor<1x40x128xf32>
  %r2 = "graph.add"(%a2, %y) : (tensor<1x40x128xf32>, tensor<1x40x128xf32>) -> tensor<1x40x128xf32>
  return %h, %r2 : tensor<1x40x128xf32>, tensor<1x40x128xf32>
}
