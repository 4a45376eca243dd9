// RUN: mlc-opt --tl-matmul-kernel --check-semantics %s | FileCheck %s
// RUN: mlc-run %s --entry=graph --random-inputs --seed 1 --threads 1 --check-against-interpreter 2>&1 | FileCheck %s --check-prefix=NATIVE
// RUN: mlc-run %s --entry=graph --random-inputs --seed 2 --threads 2 --check-against-interpreter 2>&1 | FileCheck %s --check-prefix=NATIVE

// A depthwise convolution (groups = channels: x[n, m + c, ...] with one input channel c per group),
// 3x3, row stride 2, padded, with its bias initialization and a ReLU epilogue, as fuse and
// convert-graph-to-tl make it: one channel per tile, a row of 64 columns (4 vectors), then the
// 6-column tail (one masked vector); per window point one weight broadcast and one input vector per
// accumulator, from input channel m. mlc-opt checks @main against the interpreter; @graph is the
// same from the graph level, run natively.
// CHECK-LABEL: func.func @main
// CHECK-SAME:    (%{{.*}}: memref<1x5x7x70xf32>, %[[W:.*]]: memref<5x1x3x3xf32>, %[[B:.*]]: memref<5xf32>, %[[Y:.*]]: memref<1x5x4x70xf32>)
// CHECK:         %[[PAD:.*]] = tl.alloc() : memref<1x5x9x72xf32>
// CHECK:         tl.loop (%[[N:.*]], %[[OH:.*]]) = {{.*}} iterators ["parallel", "parallel"]
// CHECK:           tl.loop (%[[M:.*]]) = {{.*}} iterators ["parallel"]
// CHECK:             tl.load %[[B]][%[[M]]]
// CHECK:             %{{.*}}:4 = tl.loop (%[[C:.*]], %[[KH:.*]], %[[KW:.*]]) = {{.*}} iterators ["reduction", "reduction", "reduction"]
// CHECK:               %[[XC:.*]] = arith.addi %[[M]], %[[C]] : index
// CHECK:               tl.vload %[[PAD]][%[[N]], %[[XC]], %{{.*}}, %{{.*}}] : memref<1x5x9x72xf32>, vector<16xf32>
// CHECK:               tl.load %[[W]][%[[M]], %[[C]], %[[KH]], %[[KW]]]
// CHECK-COUNT-4:       tl.fma
// CHECK:             arith.maximumf
// CHECK:             tl.vstore %{{.*}}, %[[Y]][%[[N]], %[[M]], %[[OH]], %{{.*}}] : memref<1x5x4x70xf32>, vector<16xf32>
// CHECK:           %{{.*}} = tl.loop {{.*}} iterators ["reduction", "reduction", "reduction"] iter_args(%{{.*}}) -> (vector<16xf32>)
// CHECK:           tl.vstore %{{.*}}, %[[Y]][%[[N]], %[[M]], %[[OH]], %{{.*}}], %{{.*}} : memref<1x5x4x70xf32>, vector<16xf32>
// CHECK-NOT:     tl.generic
// NATIVE: check-against-interpreter: ok (1 results
func.func @main(%arg0: memref<1x5x7x70xf32>, %arg1: memref<5x1x3x3xf32>, %arg2: memref<5xf32>, %arg3: memref<1x5x4x70xf32>) {
  %0 = tl.alloc() : memref<1x5x9x72xf32>
  %1 = arith.constant 0.000000e+00 : f32
  tl.fill %1, %0 : memref<1x5x9x72xf32>
  %2 = tl.subview %0[0, 0, 1, 1] [1, 5, 7, 70] [1, 1, 1, 1] : memref<1x5x9x72xf32> to memref<1x5x7x70xf32, strided<[3240, 648, 72, 1], offset: 73>>
  tl.copy %arg0, %2 : memref<1x5x7x70xf32> to memref<1x5x7x70xf32, strided<[3240, 648, 72, 1], offset: 73>>
  tl.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg2 : memref<5xf32>) outs(%arg3 : memref<1x5x4x70xf32>) {
  ^bb0(%arg4: f32, %arg5: f32):
    tl.yield %arg4 : f32
  }
  tl.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1 + d4, d2 * 2 + d5, d3 + d6)>, affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d1, d4, d5, d6)>, affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction"]} ins(%0, %arg1 : memref<1x5x9x72xf32>, memref<5x1x3x3xf32>) outs(%arg3 : memref<1x5x4x70xf32>) {
  ^bb0(%arg4: f32, %arg5: f32, %arg6: f32):
    %3 = arith.mulf %arg4, %arg5 : f32
    %4 = arith.addf %arg6, %3 : f32
    tl.yield %4 : f32
  }
  tl.dealloc %0 : memref<1x5x9x72xf32>
  tl.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%arg3 : memref<1x5x4x70xf32>) {
  ^bb0(%arg4: f32):
    %3 = arith.constant 0.000000e+00 : f32
    %4 = arith.maximumf %arg4, %3 : f32
    tl.yield %4 : f32
  }
  return
}
func.func @graph(%x: tensor<1x5x7x70xf32>, %w: tensor<5x1x3x3xf32>, %b: tensor<5xf32>) -> tensor<1x5x4x70xf32> {
  %c = "graph.conv2d"(%x, %w, %b) {groups = 5 : i64, pads = [1, 1, 1, 1], strides = [2, 1]} : (tensor<1x5x7x70xf32>, tensor<5x1x3x3xf32>, tensor<5xf32>) -> tensor<1x5x4x70xf32>
  %r = "graph.relu"(%c) : (tensor<1x5x4x70xf32>) -> tensor<1x5x4x70xf32>
  return %r : tensor<1x5x4x70xf32>
}
