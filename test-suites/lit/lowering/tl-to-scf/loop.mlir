// RUN: mlc-opt --convert-tl-to-scf --check-semantics --split-input-file %s | FileCheck %s
// RUN: mlc-opt --convert-tl-to-scf=parallel-loops=true --check-semantics --split-input-file %s | FileCheck %s --check-prefix=PAR

// A 2-D nest with a reduction iter_arg: one scf.for per dimension, outermost first, the carried
// values threaded through both levels. With parallel-loops, loops with carried values stay scf.for.
// CHECK-LABEL: func.func @main
// CHECK-SAME:    (%[[BUF:.*]]: memref<6x4xf32>)
// CHECK:         %[[R:.*]]:2 = scf.for %[[I:.*]] = %{{.*}} to %{{.*}} step %{{.*}} iter_args(%[[A0:.*]] = %{{.*}}, %[[N0:.*]] = %{{.*}}) -> (f32, index) {
// CHECK-NEXT:      %[[IN:.*]]:2 = scf.for %[[J:.*]] = %{{.*}} to %{{.*}} step %{{.*}} iter_args(%[[A1:.*]] = %[[A0]], %[[N1:.*]] = %[[N0]]) -> (f32, index) {
// CHECK-NEXT:        %[[X:.*]] = tl.load %[[BUF]][%[[I]], %[[J]]] : memref<6x4xf32>
// CHECK-NEXT:        %[[S:.*]] = arith.addf %[[A1]], %[[X]] : f32
// CHECK-NEXT:        %[[M:.*]] = arith.addi %[[N1]], %[[J]] : index
// CHECK-NEXT:        scf.yield %[[S]], %[[M]] : f32, index
// CHECK-NEXT:      }
// CHECK-NEXT:      scf.yield %[[IN]]#0, %[[IN]]#1 : f32, index
// CHECK-NEXT:    }
// CHECK-NEXT:    return %[[R]]#0, %[[R]]#1 : f32, index
// CHECK-NOT:     tl.loop
// PAR-LABEL:   func.func @main
// PAR-NOT:       scf.parallel
// PAR:           scf.for
// PAR-NEXT:        scf.for
func.func @main(%buf: memref<6x4xf32>) -> (f32, index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c4 = arith.constant 4 : index
  %c6 = arith.constant 6 : index
  %zero = arith.constant 0.0 : f32
  %r:2 = tl.loop (%i, %j) = (%c0, %c0) to (%c6, %c4) step (%c1, %c2) iterators ["parallel", "reduction"] iter_args(%acc = %zero, %n = %c0) -> (f32, index) {
    %x = tl.load %buf[%i, %j] : memref<6x4xf32>
    %s = arith.addf %acc, %x : f32
    %m = arith.addi %n, %j : index
    tl.yield %s, %m : f32, index
  }
  return %r#0, %r#1 : f32, index
}

// -----

// Without carried values: scf.for nests with implied yields; with parallel-loops, the leading
// parallel dimensions become one scf.parallel and the rest nest inside it as scf.for.
// CHECK-LABEL: func.func @main
// CHECK:         scf.for %[[I:.*]] = %[[C1:.*]] to %[[C5:.*]] step %[[C1]] {
// CHECK-NEXT:      scf.for %[[J:.*]] = %[[C0:.*]] to %[[C3:.*]] step %[[C1]] {
// CHECK-NEXT:        scf.for %[[K:.*]] = %[[C0]] to %[[C3]] step %[[C1]] {
// CHECK-NEXT:          %{{.*}} = arith.addi %[[I]], %[[J]] : index
// CHECK:               tl.store %{{.*}}, %{{.*}}[%[[I]], %[[J]]] : memref<5x3xindex>
// CHECK-NEXT:        }
// CHECK-NEXT:      }
// CHECK-NEXT:    }
// PAR-LABEL:   func.func @main
// PAR:           scf.parallel (%[[I:.*]], %[[J:.*]]) = (%[[C1:.*]], %[[C0:.*]]) to (%{{.*}}, %{{.*}}) step (%[[C1]], %[[C1]]) {
// PAR-NEXT:        scf.for %[[K:.*]] = %[[C0]] to %{{.*}} step %[[C1]] {
// PAR:               tl.store %{{.*}}, %{{.*}}[%[[I]], %[[J]]] : memref<5x3xindex>
// PAR-NEXT:        }
// PAR-NEXT:        scf.reduce
// PAR-NEXT:      }
func.func @main(%out: memref<5x3xindex>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %c5 = arith.constant 5 : index
  tl.loop (%i, %j, %k) = (%c1, %c0, %c0) to (%c5, %c3, %c3) step (%c1, %c1, %c1) iterators ["parallel", "parallel", "reduction"] {
    %s = arith.addi %i, %j : index
    %t = arith.muli %s, %k : index
    tl.store %t, %out[%i, %j] : memref<5x3xindex>
  }
  return
}

// -----

// Nested tl.loops lower from the outside in; an empty range runs nothing and keeps the initial value.
// CHECK-LABEL: func.func @main
// CHECK:         scf.for
// CHECK:           scf.for
// CHECK-NOT:     tl.loop
func.func @main(%n: index) -> index {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %r = tl.loop (%i) = (%c0) to (%c3) step (%c1) iterators ["reduction"] iter_args(%a = %c0) -> (index) {
    %inner = tl.loop (%j) = (%c0) to (%n) step (%c1) iterators ["reduction"] iter_args(%b = %a) -> (index) {
      %s = arith.addi %b, %j : index
      tl.yield %s : index
    }
    %t = arith.addi %inner, %i : index
    tl.yield %t : index
  }
  %e = tl.loop (%i) = (%c3) to (%c0) step (%c1) iterators ["reduction"] iter_args(%a = %r) -> (index) {
    %s = arith.addi %a, %c3 : index
    tl.yield %s : index
  }
  return %e : index
}

// -----

// A tiled matmul: a tl.loop over 2x2 tiles of C around a tl.generic on strided subviews.
// CHECK-LABEL: func.func @main
// CHECK:         scf.for %[[I:.*]] =
// CHECK-NEXT:      scf.for %[[J:.*]] =
// CHECK-NEXT:        %[[SA:.*]] = tl.subview
// CHECK-NEXT:        tl.subview
// CHECK-NEXT:        %[[SC:.*]] = tl.subview
// CHECK:             scf.for %[[II:.*]] =
// CHECK-NEXT:          scf.for %[[JJ:.*]] =
// CHECK-NEXT:            scf.for %[[K:.*]] =
// CHECK-NEXT:              tl.load %[[SA]][%[[II]], %[[K]]] : memref<2x6xf32, strided<[6, 1], offset: ?>>
// CHECK:                   tl.store %{{.*}}, %[[SC]][%[[II]], %[[JJ]]] : memref<2x2xf32, strided<[4, 1], offset: ?>>
// PAR-LABEL:   func.func @main
// PAR:           scf.parallel (%{{.*}}, %{{.*}}) =
// PAR:             scf.parallel (%{{.*}}, %{{.*}}) =
// PAR-NEXT:          scf.for
func.func @main(%a: memref<4x6xf32>, %b: memref<6x4xf32>, %c: memref<4x4xf32>) {
  %c0 = arith.constant 0 : index
  %c2 = arith.constant 2 : index
  %c4 = arith.constant 4 : index
  tl.loop (%i, %j) = (%c0, %c0) to (%c4, %c4) step (%c2, %c2) iterators ["parallel", "parallel"] {
    %sa = tl.subview %a[%i, 0] [2, 6] [1, 1] : memref<4x6xf32> to memref<2x6xf32, strided<[6, 1], offset: ?>>
    %sb = tl.subview %b[0, %j] [6, 2] [1, 1] : memref<6x4xf32> to memref<6x2xf32, strided<[4, 1], offset: ?>>
    %sc = tl.subview %c[%i, %j] [2, 2] [1, 1] : memref<4x4xf32> to memref<2x2xf32, strided<[4, 1], offset: ?>>
    tl.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>],
                iterator_types = ["parallel", "parallel", "reduction"]}
        ins(%sa, %sb : memref<2x6xf32, strided<[6, 1], offset: ?>>, memref<6x2xf32, strided<[4, 1], offset: ?>>) outs(%sc : memref<2x2xf32, strided<[4, 1], offset: ?>>) {
    ^bb0(%x: f32, %y: f32, %acc: f32):
      %j2 = tl.index 1 : index
      %p = arith.mulf %x, %y : f32
      %s = arith.addf %acc, %p : f32
      tl.yield %s : f32
    }
  }
  return
}
