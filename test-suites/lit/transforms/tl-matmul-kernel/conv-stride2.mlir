// Width stride 2: a 3x3 stride-2 convolution (the first one of PaddleOCR's models) and a depthwise
// one with strides [1, 2] run through the direct convolution kernel: each input vector is two
// contiguous loads (the second masked so nothing past the last needed column is read: 39 and 20
// output columns leave masked tails) and a shuffle of their even lanes. Natively against the
// interpreter, sequential and with parallel loops.
// RUN: mlc-opt --pass-pipeline='builtin.module(fuse,convert-graph-to-tl,tl-matmul-kernel)' %s | FileCheck %s
// RUN: mlc-run %s --random-inputs --seed 1 --threads 1 --check-against-interpreter 2>&1 | FileCheck %s --check-prefix=NATIVE
// RUN: mlc-run %s --random-inputs --seed 2 --threads 2 --check-against-interpreter 2>&1 | FileCheck %s --check-prefix=NATIVE
// RUN: mlc-run %s --entry=dw --random-inputs --seed 3 --threads 1 --check-against-interpreter 2>&1 | FileCheck %s --check-prefix=NATIVE
// RUN: mlc-run %s --entry=dw --random-inputs --seed 4 --threads 2 --check-against-interpreter 2>&1 | FileCheck %s --check-prefix=NATIVE
// CHECK-LABEL: func.func @main
// CHECK:         tl.loop {{.*}} iterators ["reduction", "reduction", "reduction"]
// CHECK:           %[[LO:.*]] = tl.vload %{{.*}} : memref<1x3x11x79xf32>, vector<16xf32>
// CHECK:           %[[HI:.*]] = tl.vload %{{.*}} : memref<1x3x11x79xf32>, vector<16xf32>
// CHECK:           tl.shuffle %[[LO]], %[[HI]], [0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30]
// CHECK-NOT:     tl.generic
// CHECK-LABEL: func.func @dw
// CHECK:           tl.shuffle
// CHECK-NOT:     tl.generic {{.*}} "reduction"
// NATIVE: check-against-interpreter: ok (1 results
func.func @main(%x: tensor<1x3x9x77xf32>, %w: tensor<10x3x3x3xf32>, %b: tensor<10xf32>) -> tensor<1x10x5x39xf32> {
  %c = "graph.conv2d"(%x, %w, %b) {pads = [1, 1, 1, 1], strides = [2, 2]} : (tensor<1x3x9x77xf32>, tensor<10x3x3x3xf32>, tensor<10xf32>) -> tensor<1x10x5x39xf32>
  %r = "graph.relu"(%c) : (tensor<1x10x5x39xf32>) -> tensor<1x10x5x39xf32>
  return %r : tensor<1x10x5x39xf32>
}
func.func @dw(%x: tensor<1x6x5x40xf32>, %w: tensor<6x1x3x3xf32>, %b: tensor<6xf32>) -> tensor<1x6x5x20xf32> {
  %c = "graph.conv2d"(%x, %w, %b) {groups = 6 : i64, pads = [1, 1, 1, 1], strides = [1, 2]} : (tensor<1x6x5x40xf32>, tensor<6x1x3x3xf32>, tensor<6xf32>) -> tensor<1x6x5x20xf32>
  return %c : tensor<1x6x5x20xf32>
}
