// RUN: mlc-opt --tl-matmul-kernel=mr=4 %s | FileCheck %s
// RUN: mlc-opt --tl-matmul-kernel='conv2d=false report-skipped=true' %s 2>&1 | FileCheck %s --check-prefix=OFF

// The convolution generic of convert-graph-to-tl (one group: the channel's group term is 0): a
// direct convolution, 4 output channels x 32 output columns per kernel, the k loops (c, kh, kw)
// carrying the accumulators; 6 channels = one 4-row tile and a 2-row one; 40 columns = one panel
// and 8 masked columns. The input row segments are read directly (unit width stride).
// CHECK-LABEL: func.func @main
// CHECK-SAME:    (%[[X:.*]]: memref<1x3x10x42xf32>, %[[W:.*]]: memref<6x3x3x3xf32>, %[[Y:.*]]: memref<1x6x8x40xf32>)
// CHECK-NOT:     tl.alloc
// CHECK:         tl.loop (%[[N:.*]], %[[OH:.*]]) = {{.*}} iterators ["parallel", "parallel"]
// CHECK:           %{{.*}}:8 = tl.loop (%[[C:.*]], %[[KH:.*]], %[[KW:.*]]) = {{.*}} iterators ["reduction", "reduction", "reduction"] iter_args(
// CHECK:             tl.vload %[[X]][%[[N]], %[[C]], %{{.*}}, %{{.*}}] : memref<1x3x10x42xf32>, vector<16xf32>
// CHECK:             tl.load %[[W]][%{{.*}}, %[[C]], %[[KH]], %[[KW]]] : memref<6x3x3x3xf32>
// CHECK:             tl.fma
// CHECK:           tl.vstore %{{.*}}, %[[Y]][%[[N]], %{{.*}}, %[[OH]], %{{.*}}] : memref<1x6x8x40xf32>, vector<16xf32>
// CHECK:         %{{.*}}:4 = tl.loop
// CHECK-NOT:     tl.generic
// With conv2d=false the generic stays, and a remark says why the matmul form does not apply.
// OFF: remark: not rewritten: a loop other than the last is a reduction
// OFF: tl.generic
func.func @main(%x: memref<1x3x10x42xf32>, %w: memref<6x3x3x3xf32>, %y: memref<1x6x8x40xf32>) {
  tl.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, (d1 floordiv 6) * 3 + d4, d2 + d5, d3 + d6)>,
                               affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d1, d4, d5, d6)>, affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d2, d3)>],
              iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction"]}
      ins(%x, %w : memref<1x3x10x42xf32>, memref<6x3x3x3xf32>) outs(%y : memref<1x6x8x40xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %acc, %p : f32
    tl.yield %s : f32
  }
  return
}
