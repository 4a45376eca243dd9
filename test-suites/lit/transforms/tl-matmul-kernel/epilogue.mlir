// RUN: mlc-opt --tl-matmul-kernel='kc=16 mr=4' --split-input-file %s | FileCheck %s
// RUN: mlc-opt --tl-matmul-kernel='kc=16 mr=4 epilogues=false' --split-input-file %s | FileCheck %s --check-prefix=OFF

// A gemm's bias add and a ReLU (fuse's in-place epilogues, a dealloc between them) applied to each
// register tile before its store; K = 40 > kc = 16, so the last k block is peeled and only it
// applies the epilogue. mlc-opt checks @main against the interpreter before and after.
// CHECK-LABEL: func.func @main
// CHECK-SAME:    (%[[A:.*]]: memref<9x40xf32>, %[[B:.*]]: memref<40x37xf32>, %[[BIAS:.*]]: memref<37xf32>, %[[C:.*]]: memref<9x37xf32>)
// CHECK:         tl.loop {{.*}} iterators ["reduction"] {
// CHECK-NOT:       arith.maximumf
// CHECK:           tl.vstore
// CHECK:         }
// CHECK:         %[[BV:.*]] = tl.vload %[[BIAS]][%{{.*}}] : memref<37xf32>, vector<16xf32>
// CHECK-NEXT:    %[[S:.*]] = arith.addf %{{.*}}, %[[BV]] : vector<16xf32>
// CHECK:         %[[R:.*]] = arith.maximumf %[[S]], %{{.*}} : vector<16xf32>
// CHECK-NEXT:    tl.vstore %[[R]], %[[C]]
// CHECK-NOT:     tl.generic
// CHECK:         tl.dealloc %[[BIAS]]
// OFF-COUNT-2:   tl.generic {{.*}} iterator_types = ["parallel", "parallel"]
func.func @main(%a: memref<9x40xf32>, %b: memref<40x37xf32>, %bias: memref<37xf32>, %c: memref<9x37xf32>) {
  %zero = arith.constant 0.0 : f32
  tl.fill %zero, %c : memref<9x37xf32>
  tl.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>],
              iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %b : memref<9x40xf32>, memref<40x37xf32>) outs(%c : memref<9x37xf32>) {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %acc, %p : f32
    tl.yield %s : f32
  }
  tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]}
      ins(%bias : memref<37xf32>) outs(%c : memref<9x37xf32>) {
  ^bb0(%v: f32, %acc: f32):
    %s = arith.addf %acc, %v : f32
    tl.yield %s : f32
  }
  tl.dealloc %bias : memref<37xf32>
  tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%c : memref<9x37xf32>) {
  ^bb0(%acc: f32):
    %r = arith.maximumf %acc, %zero : f32
    tl.yield %r : f32
  }
  return
}

// -----

// A convolution with a per-channel scale read along rows (a scalar broadcast) and a clip computed
// with a constant inside the body (relu6): one vector ops sequence per tile, no generic left.
// CHECK-LABEL: func.func @conv
// CHECK:         tl.load %{{.*}}[%{{.*}}] : memref<5xf32>
// CHECK:         tl.broadcast %{{.*}} : f32 to vector<16xf32>
// CHECK:         arith.mulf %{{.*}}, %{{.*}} : vector<16xf32>
// CHECK:         arith.minimumf %{{.*}}, %{{.*}} : vector<16xf32>
// CHECK-NOT:     tl.generic
func.func @conv(%x: memref<1x3x7x20xf32>, %w: memref<5x3x3x3xf32>, %scale: memref<5xf32>, %y: memref<1x5x5x18xf32>) {
  tl.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d4, d2 + d5, d3 + d6)>, affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d1, d4, d5, d6)>,
                               affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d2, d3)>],
              iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction"]}
      ins(%x, %w : memref<1x3x7x20xf32>, memref<5x3x3x3xf32>) outs(%y : memref<1x5x5x18xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %acc, %p : f32
    tl.yield %s : f32
  }
  tl.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>],
              iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%scale : memref<5xf32>) outs(%y : memref<1x5x5x18xf32>) {
  ^bb0(%v: f32, %acc: f32):
    %six = arith.constant 6.0 : f32
    %m = arith.mulf %acc, %v : f32
    %r = arith.minimumf %m, %six : f32
    tl.yield %r : f32
  }
  return
}

// -----

// A convolution initialized with its bias right before it (a dealloc between, moved after the
// kernel): the accumulators start from the broadcast bias instead of a pass over the output, and
// the ReLU after it is applied before the store. mlc-opt checks @main before and after.
// CHECK-LABEL: func.func @main
// CHECK-SAME:    (%[[X:.*]]: memref<1x3x7x20xf32>, %[[W:.*]]: memref<5x3x3x3xf32>, %[[BIAS:.*]]: memref<5xf32>, %[[Y:.*]]: memref<1x5x5x18xf32>)
// CHECK-NOT:     tl.generic
// CHECK-NOT:     tl.vload %[[Y]]
// CHECK:         tl.load %[[BIAS]][%{{.*}}] : memref<5xf32>
// CHECK:         tl.broadcast
// CHECK:         tl.fma
// CHECK:         arith.maximumf %{{.*}}, %{{.*}} : vector<16xf32>
// CHECK:         tl.dealloc %[[BIAS]]
// CHECK-NOT:     tl.generic
func.func @main(%x: memref<1x3x7x20xf32>, %w: memref<5x3x3x3xf32>, %bias: memref<5xf32>, %y: memref<1x5x5x18xf32>) {
  %zero = arith.constant 0.0 : f32
  tl.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>],
              iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%bias : memref<5xf32>) outs(%y : memref<1x5x5x18xf32>) {
  ^bb0(%v: f32, %acc: f32):
    tl.yield %v : f32
  }
  tl.dealloc %bias : memref<5xf32>
  tl.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d4, d2 + d5, d3 + d6)>, affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d1, d4, d5, d6)>,
                               affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d2, d3)>],
              iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction"]}
      ins(%x, %w : memref<1x3x7x20xf32>, memref<5x3x3x3xf32>) outs(%y : memref<1x5x5x18xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %acc, %p : f32
    tl.yield %s : f32
  }
  tl.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%y : memref<1x5x5x18xf32>) {
  ^bb0(%acc: f32):
    %r = arith.maximumf %acc, %zero : f32
    tl.yield %r : f32
  }
  return
}
