// RUN: mlc-opt --tl-accumulate-reductions=vectorize-windows=false --split-input-file %s | FileCheck %s
// RUN: mlc-opt --tl-accumulate-reductions='report-skipped=true vectorize-windows=false' --split-input-file %s 2>&1 | FileCheck %s --check-prefix=SKIP

// A max pool (2x2 window, stride 2, the window buffer only gives the kernel loops their extent):
// one load of the output element, the window loops carry the maximum, one store; the window
// buffer is never read.
// CHECK-LABEL: func.func @main
// CHECK-SAME:    (%[[X:.*]]: memref<1x2x6x8xf32>, %[[WIN:.*]]: memref<2x2xf32>, %[[Y:.*]]: memref<1x2x3x4xf32>)
// CHECK:         tl.loop (%[[N:.*]], %[[C:.*]], %[[H:.*]], %[[W:.*]]) = {{.*}} iterators ["parallel", "parallel", "parallel", "parallel"] {
// CHECK-NEXT:      %[[INIT:.*]] = tl.load %[[Y]][%[[N]], %[[C]], %[[H]], %[[W]]] : memref<1x2x3x4xf32>
// CHECK:           %[[R:.*]] = tl.loop (%{{.*}}, %{{.*}}) = {{.*}} iterators ["reduction", "reduction"] iter_args(%[[ACC:.*]] = %[[INIT]]) -> (f32) {
// CHECK-NOT:         tl.load %[[WIN]]
// CHECK:             %[[V:.*]] = tl.load %[[X]][%[[N]], %[[C]], %{{.*}}, %{{.*}}] : memref<1x2x6x8xf32>
// CHECK-NEXT:        %[[M:.*]] = arith.maximumf %[[ACC]], %[[V]] : f32
// CHECK-NEXT:        tl.yield %[[M]] : f32
// CHECK:           tl.store %[[R]], %[[Y]][%[[N]], %[[C]], %[[H]], %[[W]]] : memref<1x2x3x4xf32>
// CHECK-NOT:     tl.generic
func.func @main(%x: memref<1x2x6x8xf32>, %win: memref<2x2xf32>, %y: memref<1x2x3x4xf32>) {
  tl.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2 * 2 + d4, d3 * 2 + d5)>, affine_map<(d0, d1, d2, d3, d4, d5) -> (d4, d5)>,
                               affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>],
              iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
      ins(%x, %win : memref<1x2x6x8xf32>, memref<2x2xf32>) outs(%y : memref<1x2x3x4xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.maximumf %acc, %a : f32
    tl.yield %m : f32
  }
  return
}

// -----

// A full reduction into a kept-dims output (global average pooling's sum): the output index is constant.
// CHECK-LABEL: func.func @sum_all
// CHECK:         tl.loop (%{{.*}}, %{{.*}}) = {{.*}} iterators ["parallel", "parallel"] {
// CHECK:           tl.load %{{.*}}[%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}] : memref<2x3x1x1xf32>
// CHECK:           tl.loop (%{{.*}}, %{{.*}}) = {{.*}} iterators ["reduction", "reduction"] iter_args(
// CHECK:             arith.addf
func.func @sum_all(%x: memref<2x3x5x7xf32>, %y: memref<2x3x1x1xf32>) {
  tl.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, 0)>],
              iterator_types = ["parallel", "parallel", "reduction", "reduction"]}
      ins(%x : memref<2x3x5x7xf32>) outs(%y : memref<2x3x1x1xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %s = arith.addf %acc, %a : f32
    tl.yield %s : f32
  }
  return
}

// -----

// Not rewritten: an element-wise generic (nothing to say), an index with mod, an output that is also an input.
// CHECK-LABEL: func.func @skipped
// CHECK-COUNT-3: tl.generic
// SKIP: remark: not rewritten: an index uses floordiv, ceildiv or mod
// SKIP: remark: not rewritten: an output shares a buffer with an input
func.func @skipped(%x: memref<4x6xf32>, %y: memref<4xf32>) {
  tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]}
      ins(%x : memref<4x6xf32>) outs(%x : memref<4x6xf32>) {
  ^bb0(%a: f32, %b: f32):
    %s = arith.addf %a, %a : f32
    tl.yield %s : f32
  }
  tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1 mod 3)>, affine_map<(d0, d1) -> (d0)>],
              iterator_types = ["parallel", "reduction"]}
      ins(%x, %x : memref<4x6xf32>, memref<4x6xf32>) outs(%y : memref<4xf32>) {
  ^bb0(%a: f32, %c: f32, %acc: f32):
    %p = arith.mulf %a, %c : f32
    %s = arith.addf %acc, %p : f32
    tl.yield %s : f32
  }
  %v = tl.subview %x[0, 0] [4, 1] [1, 1] : memref<4x6xf32> to memref<4xf32, strided<[6]>>
  tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>], iterator_types = ["parallel", "reduction"]}
      ins(%x : memref<4x6xf32>) outs(%v : memref<4xf32, strided<[6]>>) {
  ^bb0(%a: f32, %acc: f32):
    %s = arith.addf %acc, %a : f32
    tl.yield %s : f32
  }
  return
}
