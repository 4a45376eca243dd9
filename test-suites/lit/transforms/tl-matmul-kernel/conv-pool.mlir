// RUN: mlc-opt --tl-matmul-kernel %s | FileCheck %s
// RUN: mlc-opt --tl-matmul-kernel --mlir-pass-statistics %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=STATS
// RUN: mlc-opt --tl-matmul-kernel='pools=false' %s | FileCheck %s --check-prefix=OFF
// RUN: mlc-opt --tl-matmul-kernel='mr=4' --check-semantics %s -o /dev/null
// (conv-pool-native.mlir runs the graph-level form natively.)

// conv 3x3 (bias initialization, ReLU epilogue) + 2x2/2 max pool into the out-parameter, as fuse and
// convert-graph-to-tl make it: the pooling is computed in the convolution's kernel (rows 2 ph and
// 2 ph + 1 of 32 columns, the column pairs reduced with two shuffles and a maximum each), and only
// the pooled rows are stored; the 1x10x4x32 convolution output, its dealloc and the -inf fill of
// the output are gone. 10 channels: one full tile of mr = 8 rows and a 2-row tail (mr=4 in the
// semantics check: two full tiles and a tail). mlc-opt checks @main against the interpreter.
// CHECK-LABEL: func.func @main
// CHECK-SAME:    (%{{.*}}: memref<1x2x6x34xf32>, %{{.*}}: memref<10x2x3x3xf32>, %[[B:.*]]: memref<10xf32>, %[[OUT:.*]]: memref<1x10x2x16xf32>)
// CHECK-NOT:     tl.alloc() : memref<1x10x4x32xf32>
// CHECK:         tl.loop (%[[N:.*]], %[[PH:.*]]) = {{.*}} iterators ["parallel", "parallel"]
// CHECK:           tl.load %[[B]]
// CHECK:           tl.loop {{.*}} iterators ["reduction", "reduction", "reduction"]
// CHECK:           %[[E:.*]] = tl.shuffle %{{.*}}, %{{.*}}, [0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30]
// CHECK-NEXT:      %[[O:.*]] = tl.shuffle %{{.*}}, %{{.*}}, [1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31]
// CHECK-NEXT:      %[[P1:.*]] = arith.maximumf %[[E]], %[[O]] : vector<16xf32>
// CHECK:           tl.loop {{.*}} iterators ["reduction", "reduction", "reduction"]
// CHECK:           %[[H:.*]] = arith.maximumf %[[P1]], %{{.*}} : vector<16xf32>
// CHECK:           tl.vstore %[[H]], %[[OUT]][%[[N]], %{{.*}}, %[[PH]], %{{.*}}] : memref<1x10x2x16xf32>, vector<16xf32>
// CHECK-NOT:     tl.fill %{{.*}}, %[[OUT]]
// CHECK-NOT:     tl.generic
// CHECK-NOT:     tl.dealloc %{{.*}} : memref<1x10x4x32xf32>
// CHECK:         return
// STATS:         1 num-pools
// OFF:           tl.fill %{{.*}}, %{{.*}} : memref<1x10x2x16xf32>
// OFF:           tl.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]
func.func @main(%arg0: memref<1x2x6x34xf32>, %arg1: memref<10x2x3x3xf32>, %arg2: memref<10xf32>, %arg3: memref<1x10x2x16xf32>) {
  %0 = tl.alloc() : memref<1x10x4x32xf32>
  tl.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg2 : memref<10xf32>) outs(%0 : memref<1x10x4x32xf32>) {
  ^bb0(%arg4: f32, %arg5: f32):
    tl.yield %arg4 : f32
  }
  tl.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1 floordiv 10 * 2 + d4, d2 + d5, d3 + d6)>, affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d1, d4, d5, d6)>, affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction"]} ins(%arg0, %arg1 : memref<1x2x6x34xf32>, memref<10x2x3x3xf32>) outs(%0 : memref<1x10x4x32xf32>) {
  ^bb0(%arg4: f32, %arg5: f32, %arg6: f32):
    %1 = arith.mulf %arg4, %arg5 : f32
    %2 = arith.addf %arg6, %1 : f32
    tl.yield %2 : f32
  }
  tl.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%0 : memref<1x10x4x32xf32>) {
  ^bb0(%arg4: f32):
    %1 = arith.constant 0.000000e+00 : f32
    %2 = arith.maximumf %arg4, %1 : f32
    tl.yield %2 : f32
  }
  %1 = arith.constant 0xFF800000 : f32
  tl.fill %1, %arg3 : memref<1x10x2x16xf32>
  %2 = tl.alloc() : memref<2x2xf32>
  %3 = arith.constant 0.000000e+00 : f32
  tl.fill %3, %2 : memref<2x2xf32>
  tl.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2 * 2 + d4, d3 * 2 + d5)>, affine_map<(d0, d1, d2, d3, d4, d5) -> (d4, d5)>, affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%0, %2 : memref<1x10x4x32xf32>, memref<2x2xf32>) outs(%arg3 : memref<1x10x2x16xf32>) {
  ^bb0(%arg4: f32, %arg5: f32, %arg6: f32):
    %4 = arith.maximumf %arg6, %arg4 : f32
    tl.yield %4 : f32
  }
  tl.dealloc %2 : memref<2x2xf32>
  tl.dealloc %0 : memref<1x10x4x32xf32>
  return
}
