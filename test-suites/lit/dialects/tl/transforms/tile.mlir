// RUN: mlc-opt --tile='sizes=4,8' --check-semantics --split-input-file %s | FileCheck %s
// RUN: mlc-opt --tile='sizes=4,8 report=true' --split-input-file --verify-diagnostics %s -o /dev/null
// RUN: mlc-opt --tile='sizes=4,8' --tile='sizes=2,3' --check-semantics --split-input-file %s | FileCheck %s --check-prefix=TWO
// RUN: mlc-opt --tile='sizes=4,8,2 interchange=2,0,1' --check-semantics --split-input-file %s | FileCheck %s --check-prefix=INTER
// RUN: mlc-opt --tile='sizes=4,8' --vectorize=vector-bits=256 --convert-tl-to-scf --check-semantics --split-input-file %s -o /dev/null
// RUN: mlc-opt --tile='sizes=4,8 loops=true' --check-semantics --split-input-file %s | FileCheck %s --check-prefix=LOOPS

// Element-wise with a broadcast operand and tl.index: 10x20 in 4x8 tiles; the edge tiles are
// partial (min(4, 10 - i), min(8, 20 - j)); tl.index 1 becomes the tile offset plus the index.
// CHECK-LABEL: func.func @main
// CHECK-DAG:     %[[C10:.*]] = arith.constant 10 : index
// CHECK-DAG:     %[[C20:.*]] = arith.constant 20 : index
// CHECK-DAG:     %[[C4:.*]] = arith.constant 4 : index
// CHECK-DAG:     %[[C8:.*]] = arith.constant 8 : index
// CHECK:         tl.loop (%[[I:.*]], %[[J:.*]]) = (%{{.*}}, %{{.*}}) to (%[[C10]], %[[C20]]) step (%[[C4]], %[[C8]]) iterators ["parallel", "parallel"] {
// CHECK:           %[[LI:.*]] = arith.subi %[[C10]], %[[I]] : index
// CHECK:           %[[SI:.*]] = arith.minsi %[[C4]], %[[LI]] : index
// CHECK:           %[[LJ:.*]] = arith.subi %[[C20]], %[[J]] : index
// CHECK:           %[[SJ:.*]] = arith.minsi %[[C8]], %[[LJ]] : index
// CHECK:           %[[A:.*]] = tl.subview %arg0[%[[I]], %[[J]]] [%[[SI]], %[[SJ]]] [1, 1] : memref<10x20xf32> to memref<?x?xf32, strided<[20, 1], offset: ?>>
// CHECK:           %[[B:.*]] = tl.subview %arg1[%[[J]]] [%[[SJ]]] [1] : memref<20xf32> to memref<?xf32, strided<[1], offset: ?>>
// CHECK:           %[[C:.*]] = tl.subview %arg2[%[[I]], %[[J]]] [%[[SI]], %[[SJ]]] [1, 1]
// CHECK:           tl.generic {{.*}} ins(%[[A]], %[[B]] : {{.*}}) outs(%[[C]] : {{.*}}) {
// CHECK:             %[[X:.*]] = tl.index 1 : index
// CHECK-NEXT:        arith.addi %[[X]], %[[J]] : index
// TWO-LABEL:   func.func @main
// TWO:           tl.loop
// TWO:             tl.loop
// TWO:               tl.generic
func.func @main(%a: memref<10x20xf32>, %b: memref<20xf32>, %c: memref<10x20xf32>) {
  tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>],
              iterator_types = ["parallel", "parallel"]} ins(%a, %b : memref<10x20xf32>, memref<20xf32>) outs(%c : memref<10x20xf32>) {
  ^bb0(%x: f32, %y: f32, %o: f32):
    %i = tl.index 1 : index
    %ii = arith.index_cast %i : index to i32
    %fi = arith.sitofp %ii : i32 to f32
    %s = arith.addf %x, %y : f32
    %t = arith.addf %s, %fi : f32
    tl.yield %t : f32
  }
  return
}

// -----

// A matmul (the reduction dimension tiled too, by 2 with the third run; sizes that divide the
// loops give static tiles) and a 2-D convolution window: the input's subview covers
// tile + kernel - 1 rows and columns.
// CHECK-LABEL: func.func @main
// CHECK:         tl.loop (%[[I:.*]], %[[J:.*]]) = {{.*}} iterators ["parallel", "parallel"] {
// CHECK:           tl.subview %arg0[%[[I]], 0] [4, 6] [1, 1] : memref<8x6xf32> to memref<4x6xf32, strided<[6, 1], offset: ?>>
// CHECK:           tl.subview %arg1[0, %[[J]]] [6, 8] [1, 1] : memref<6x16xf32> to memref<6x8xf32, strided<[16, 1], offset: ?>>
// CHECK:           tl.generic
// CHECK:         tl.loop (%[[P:.*]], %[[Q:.*]]) = {{.*}} iterators ["parallel", "parallel"] {
// CHECK:           tl.subview %arg3[%[[P]], %[[Q]]] [6, 10] [1, 1] : memref<10x18xf32> to memref<6x10xf32, strided<[18, 1], offset: ?>>
// CHECK:           tl.subview %arg4[0, 0] [3, 3] [1, 1]
// CHECK:           tl.subview %arg5[%[[P]], %[[Q]]] [4, 8] [1, 1]
// INTER-LABEL: func.func @main
// INTER:         tl.loop (%[[K:.*]], %[[I:.*]], %[[J:.*]]) = {{.*}} iterators ["reduction", "parallel", "parallel"] {
// INTER:           tl.subview %arg0[%[[I]], %[[K]]] [4, 2] [1, 1]
func.func @main(%a: memref<8x6xf32>, %b: memref<6x16xf32>, %c: memref<8x16xf32>, %img: memref<10x18xf32>, %w: memref<3x3xf32>, %o: memref<8x16xf32>) {
  tl.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>],
              iterator_types = ["parallel", "parallel", "reduction"]} ins(%a, %b : memref<8x6xf32>, memref<6x16xf32>) outs(%c : memref<8x16xf32>) {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %acc, %p : f32
    tl.yield %s : f32
  }
  tl.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0 + d2, d1 + d3)>, affine_map<(d0, d1, d2, d3) -> (d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1)>],
              iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%img, %w : memref<10x18xf32>, memref<3x3xf32>) outs(%o : memref<8x16xf32>) {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %acc, %p : f32
    tl.yield %s : f32
  }
  return
}

// -----

// What is left untiled, and why.
func.func @left(%a: memref<3x4xf32>, %b: memref<16x16xf32>, %c: memref<16x8xf32>) {
  // expected-remark @+1 {{not tiled: no dimension is larger than its tile size}}
  tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%a : memref<3x4xf32>) {
  ^bb0(%x: f32):
    %s = arith.addf %x, %x : f32
    tl.yield %s : f32
  }
  // expected-remark @+1 {{not tiled: index d1 floordiv 2 of operand #0 is not a sum of dimensions times constants}}
  tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1 floordiv 2)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]}
      ins(%c : memref<16x8xf32>) outs(%b : memref<16x16xf32>) {
  ^bb0(%x: f32, %y: f32):
    tl.yield %x : f32
  }
  return
}

// -----

// With loops=true a tl.loop nest is tiled too: a loop over tiles (step 4 x 1, 8 x 1) around a loop
// over the tile up to min(t + 4, 10), min(u + 8, 20); the carried sum flows through both.
// LOOPS-LABEL: func.func @main
// LOOPS:         %[[T4:.*]] = arith.muli %{{.*}}, %{{.*}} : index
// LOOPS:         %[[T8:.*]] = arith.muli %{{.*}}, %{{.*}} : index
// LOOPS:         %[[R:.*]] = tl.loop (%[[T:.*]], %[[U:.*]]) = {{.*}} step (%[[T4]], %[[T8]]) iterators ["reduction", "reduction"] iter_args(%[[A:.*]] = %{{.*}}) -> (f32) {
// LOOPS:           %[[E1:.*]] = arith.addi %[[T]], %[[T4]] : index
// LOOPS:           %[[M1:.*]] = arith.minsi %[[E1]], %{{.*}} : index
// LOOPS:           %[[E2:.*]] = arith.addi %[[U]], %[[T8]] : index
// LOOPS:           %[[M2:.*]] = arith.minsi %[[E2]], %{{.*}} : index
// LOOPS:           %[[S:.*]] = tl.loop (%{{.*}}, %{{.*}}) = (%[[T]], %[[U]]) to (%[[M1]], %[[M2]]) step ({{.*}}) iterators ["reduction", "reduction"] iter_args(%{{.*}} = %[[A]]) -> (f32) {
// LOOPS:             tl.load
// LOOPS:           tl.yield %[[S]] : f32
// LOOPS:         return %[[R]] : f32
func.func @main(%m: memref<10x20xf32>) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c10 = arith.constant 10 : index
  %c20 = arith.constant 20 : index
  %z = arith.constant 0.0 : f32
  %s = tl.loop (%i, %j) = (%c0, %c0) to (%c10, %c20) step (%c1, %c1) iterators ["reduction", "reduction"] iter_args(%acc = %z) -> (f32) {
    %x = tl.load %m[%i, %j] : memref<10x20xf32>
    %k = arith.index_cast %j : index to i32
    %f = arith.sitofp %k : i32 to f32
    %p = arith.mulf %x, %f : f32
    %a = arith.addf %acc, %p : f32
    tl.yield %a : f32
  }
  return %s : f32
}
