// RUN: mlc-opt --interchange=permutation=1,0 --check-semantics %s | FileCheck %s
// RUN: mlc-opt --interchange=permutation=1,0 --convert-tl-to-scf --check-semantics %s | FileCheck %s --check-prefix=SCF
// RUN: not mlc-opt --interchange=permutation=1,1 %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=ERR

// A transposing copy with tl.index: the maps, iterator types and tl.index are renumbered; a
// tl.loop's bounds, steps and induction variables are permuted.
// CHECK-LABEL: func.func @main
// CHECK:         tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d1, d0)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["reduction", "parallel"]}
// CHECK:           tl.index 0 : index
// CHECK:         tl.loop (%[[J:.*]], %[[I:.*]]) = (%{{.*}}, %{{.*}}) to (%[[C5:.*]], %[[C4:.*]]) step
// CHECK-NEXT:      tl.load %arg0[%[[I]], %[[J]]] : memref<4x5xf32>
// SCF-LABEL:   func.func @main
// SCF:           scf.for %{{.*}} = %{{.*}} to %[[C5:.*]] step
// SCF-NEXT:        scf.for %{{.*}} = %{{.*}} to %[[C4:.*]] step
// ERR:         interchange: permutation [1, 1] is not a permutation
func.func @main(%a: memref<4x5xf32>, %b: memref<5x4xf32>) -> f32 {
  tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d1, d0)>],
              iterator_types = ["parallel", "reduction"]} ins(%a : memref<4x5xf32>) outs(%b : memref<5x4xf32>) {
  ^bb0(%x: f32, %o: f32):
    %j = tl.index 1 : index
    %c = arith.index_cast %j : index to i32
    %f = arith.sitofp %c : i32 to f32
    %s = arith.addf %x, %f : f32
    tl.yield %s : f32
  }
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %c5 = arith.constant 5 : index
  %z = arith.constant 0.0 : f32
  %r = tl.loop (%i, %j) = (%c0, %c0) to (%c4, %c5) step (%c1, %c1) iterators ["parallel", "parallel"] iter_args(%acc = %z) -> (f32) {
    %x = tl.load %a[%i, %j] : memref<4x5xf32>
    %s = arith.addf %acc, %x : f32
    tl.yield %s : f32
  }
  return %r : f32
}
