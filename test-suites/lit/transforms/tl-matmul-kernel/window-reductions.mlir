// RUN: mlc-opt --tl-accumulate-reductions --split-input-file %s | FileCheck %s

// A max pool 2x2, stride 2, over 40 output columns (two full runs of 16 and a run of 8): per window
// point two contiguous loads (the second masked to 15 lanes) and a shuffle of the even lanes; the
// last run's output accesses are masked to 8 lanes and its input loads to the 2*8 - 1 = 15 lanes it needs
// (no second load: zeros stand for it). mlc-opt checks
// @main against the interpreter before and after.
// CHECK-LABEL: func.func @main
// CHECK-SAME:    (%[[X:.*]]: memref<1x2x6x80xf32>, %[[WIN:.*]]: memref<2x2xf32>, %[[Y:.*]]: memref<1x2x3x40xf32>)
// CHECK:         tl.loop (%[[N:.*]], %[[C:.*]], %[[H:.*]]) = {{.*}} iterators ["parallel", "parallel", "parallel"] {
// CHECK:           tl.loop (%[[W:.*]]) = {{.*}} iterators ["parallel"] {
// CHECK:             %[[INIT:.*]] = tl.vload %[[Y]][%[[N]], %[[C]], %[[H]], %[[W]]] : memref<1x2x3x40xf32>, vector<16xf32>
// CHECK:             %[[LO:.*]] = tl.vload %[[X]][{{.*}}] : memref<1x2x6x80xf32>, vector<16xf32>
// CHECK:             %[[HI:.*]] = tl.vload %[[X]][{{.*}}], %{{.*}}, %{{.*}} : memref<1x2x6x80xf32>, vector<16xf32>
// CHECK:             %[[S:.*]] = tl.shuffle %[[LO]], %[[HI]], [0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30] : vector<16xf32>, vector<16xf32> to vector<16xf32>
// CHECK:             arith.maximumf %[[INIT]], %[[S]] : vector<16xf32>
// CHECK-COUNT-3:     tl.shuffle
// CHECK:             tl.vstore %{{.*}}, %[[Y]][%[[N]], %[[C]], %[[H]], %[[W]]] : memref<1x2x3x40xf32>, vector<16xf32>
// CHECK:           }
// CHECK:           tl.vload %[[Y]][{{.*}}], %{{.*}}, %{{.*}} : memref<1x2x3x40xf32>, vector<16xf32>
// CHECK-COUNT-4:   tl.shuffle
// CHECK:           tl.vstore %{{.*}}, %[[Y]][{{.*}}], %{{.*}} : memref<1x2x3x40xf32>, vector<16xf32>
// CHECK-NOT:     tl.load %[[WIN]]
// CHECK-NOT:     tl.generic
func.func @main(%x: memref<1x2x6x80xf32>, %win: memref<2x2xf32>, %y: memref<1x2x3x40xf32>) {
  tl.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2 * 2 + d4, d3 * 2 + d5)>, affine_map<(d0, d1, d2, d3, d4, d5) -> (d4, d5)>,
                               affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>],
              iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
      ins(%x, %win : memref<1x2x6x80xf32>, memref<2x2xf32>) outs(%y : memref<1x2x3x40xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.maximumf %acc, %a : f32
    tl.yield %m : f32
  }
  return
}

// -----

// A sum pool 3x3, unit stride, dilation 2 (the average pool's sum), 7 output columns: one masked run,
// one masked load per window point, no shuffle, input before accumulator kept in that order.
// CHECK-LABEL: func.func @sum_pool
// CHECK-NOT:     tl.shuffle
// CHECK-COUNT-9: arith.addf %{{.*}}, %{{.*}} : vector<16xf32>
// CHECK-NOT:     tl.generic
func.func @sum_pool(%x: memref<2x3x9x11xf32>, %win: memref<3x3xf32>, %y: memref<2x3x5x7xf32>) {
  tl.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2 + d4 * 2, d3 + d5 * 2)>, affine_map<(d0, d1, d2, d3, d4, d5) -> (d4, d5)>,
                               affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>],
              iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
      ins(%x, %win : memref<2x3x9x11xf32>, memref<3x3xf32>) outs(%y : memref<2x3x5x7xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %s = arith.addf %a, %acc : f32
    tl.yield %s : f32
  }
  return
}

// -----

// A 5x5 window (25 points > 16): the window loops stay a tl.loop carrying the vector accumulator.
// CHECK-LABEL: func.func @big_window
// CHECK:         tl.loop (%{{.*}}, %{{.*}}) = {{.*}} iterators ["reduction", "reduction"] iter_args(%{{.*}} = %{{.*}}) -> (vector<16xf32>)
// CHECK:           tl.shuffle
// CHECK:           arith.maximumf %{{.*}}, %{{.*}} : vector<16xf32>
func.func @big_window(%x: memref<1x1x9x41xf32>, %win: memref<5x5xf32>, %y: memref<1x1x5x19xf32>) {
  tl.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2 + d4, d3 * 2 + d5)>, affine_map<(d0, d1, d2, d3, d4, d5) -> (d4, d5)>,
                               affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>],
              iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
      ins(%x, %win : memref<1x1x9x41xf32>, memref<5x5xf32>) outs(%y : memref<1x1x5x19xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.maximumf %acc, %a : f32
    tl.yield %m : f32
  }
  return
}

// -----

// Stride 3 is left to the scalar form.
// CHECK-LABEL: func.func @stride3
// CHECK-NOT:     tl.shuffle
// CHECK:         iter_args(%{{.*}} = %{{.*}}) -> (f32)
func.func @stride3(%x: memref<1x1x6x12xf32>, %win: memref<2x2xf32>, %y: memref<1x1x3x4xf32>) {
  tl.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2 * 2 + d4, d3 * 3 + d5)>, affine_map<(d0, d1, d2, d3, d4, d5) -> (d4, d5)>,
                               affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>],
              iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
      ins(%x, %win : memref<1x1x6x12xf32>, memref<2x2xf32>) outs(%y : memref<1x1x3x4xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.maximumf %acc, %a : f32
    tl.yield %m : f32
  }
  return
}
