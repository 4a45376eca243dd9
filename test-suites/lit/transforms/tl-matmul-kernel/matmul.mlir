// RUN: mlc-opt --tl-matmul-kernel=kc=16 --split-input-file %s | FileCheck %s

// tl.matmul with edges in every dimension: M = 13 (one 8-row block, then a 5-row kernel), N = 45
// (one full 32-wide panel, then 13 masked columns), K = 37 (k blocks of 16). B is packed into
// 2 panels of 37 x 32, zero-padded; the semantics check interprets @main before and after.
// CHECK-LABEL: func.func @main
// CHECK-SAME:    (%[[A:.*]]: memref<13x37xf32>, %[[B:.*]]: memref<37x45xf32>, %[[C:.*]]: memref<13x45xf32>)
// CHECK:         %[[BP:.*]] = tl.alloc() {alignment = 64 : i64} : memref<2x37x32xf32>
// Packing: full panels with plain vector copies, the last panel masked and zero-filled.
// CHECK:         tl.loop
// CHECK:           tl.vload %[[B]][%{{.*}}, %{{.*}}] : memref<37x45xf32>, vector<16xf32>
// CHECK:           tl.vstore %{{.*}}, %[[BP]][%{{.*}}, %{{.*}}, %{{.*}}] : memref<2x37x32xf32>, vector<16xf32>
// CHECK:         tl.loop
// CHECK:           %[[MASK:.*]] = arith.constant dense<[true, true, true, true, true, true, true, true, true, true, true, true, true, false, false, false]> : vector<16xi1>
// CHECK:           tl.vload %[[B]][%{{.*}}, %{{.*}}], %[[MASK]], %{{.*}} : memref<37x45xf32>, vector<16xf32>
// Blocks of rows (parallel), of k, panels, then the 8-row kernel: 16 accumulators carried through k.
// CHECK:         tl.loop (%{{.*}}) = (%{{.*}}) to (%{{.*}}) step (%{{.*}}) iterators ["parallel"]
// CHECK:           tl.loop (%{{.*}}) = (%{{.*}}) to (%{{.*}}) step (%{{.*}}) iterators ["reduction"]
// CHECK:             %{{.*}}:16 = tl.loop (%[[K:.*]]) = {{.*}} iterators ["reduction"] iter_args(
// CHECK:               tl.vload %[[BP]][%{{.*}}, %[[K]], %{{.*}}] : memref<2x37x32xf32>, vector<16xf32>
// CHECK:               %[[S:.*]] = tl.load %[[A]][%{{.*}}, %[[K]]] : memref<13x37xf32>
// CHECK:               %[[SB:.*]] = tl.broadcast %[[S]] : f32 to vector<16xf32>
// CHECK:               tl.fma %[[SB]], %{{.*}}, %{{.*}} : vector<16xf32>
// CHECK:             tl.vstore %{{.*}}, %[[C]][%{{.*}}, %{{.*}}] : memref<13x45xf32>, vector<16xf32>
// The 13-column edge panel: one vector, masked loads and stores of C.
// CHECK:             %{{.*}}:8 = tl.loop
// CHECK:             tl.vstore %{{.*}}, %[[C]][%{{.*}}, %{{.*}}], %{{.*}} : memref<13x45xf32>, vector<16xf32>
// The last 5 rows: 10 accumulators, then 5.
// CHECK:         %{{.*}}:10 = tl.loop
// CHECK:         %{{.*}}:5 = tl.loop
// CHECK:         tl.dealloc %[[BP]] : memref<2x37x32xf32>
// CHECK-NOT:     tl.matmul
func.func @main(%a: memref<13x37xf32>, %b: memref<37x45xf32>, %c: memref<13x45xf32>) {
  tl.matmul ins(%a, %b : memref<13x37xf32>, memref<37x45xf32>) outs(%c : memref<13x45xf32>)
  return
}

// -----

// The gemm form with transposed B (B[j, k]): packed by scalar copies.
// CHECK-LABEL: func.func @gemm_trans_b
// CHECK:         tl.alloc() {alignment = 64 : i64} : memref<1x20x32xf32>
// CHECK:         tl.load %{{.*}}[%{{.*}}, %{{.*}}] : memref<9x20xf32>
// CHECK:         tl.fma
// CHECK-NOT:     tl.generic
func.func @gemm_trans_b(%a: memref<4x20xf32>, %b: memref<9x20xf32>, %c: memref<4x9xf32>) {
  tl.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1)>],
              iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %b : memref<4x20xf32>, memref<9x20xf32>) outs(%c : memref<4x9xf32>) {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %p = arith.mulf %y, %x : f32
    %s = arith.addf %p, %acc : f32
    tl.yield %s : f32
  }
  return
}

// -----

// A constant B is packed at compile time: a new constant of 1 panel x 2 x 32, no packing loop.
// CHECK-LABEL: func.func @constant_b
// CHECK:         %[[P:.*]] = arith.constant dense<{{.*}}> : tensor<1x2x32xf32>
// CHECK:         %[[BP:.*]] = tl.to_buffer %[[P]] : tensor<1x2x32xf32> to memref<1x2x32xf32>
// CHECK-NOT:     tl.alloc
// CHECK:         tl.vload %[[BP]]
// CHECK:         tl.dealloc %[[BP]]
func.func @constant_b(%a: memref<3x2xf32>, %c: memref<3x3xf32>) {
  %w = arith.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %b = tl.to_buffer %w : tensor<2x3xf32> to memref<2x3xf32>
  tl.matmul ins(%a, %b : memref<3x2xf32>, memref<2x3xf32>) outs(%c : memref<3x3xf32>)
  tl.dealloc %b : memref<2x3xf32>
  return
}
