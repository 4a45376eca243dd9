// RUN: mlc-opt --unroll=factor=4 --check-semantics --split-input-file %s | FileCheck %s
// RUN: mlc-opt --unroll='factor=3 report=true' --check-semantics --split-input-file --verify-diagnostics %s -o /dev/null

// A 1-D tl.loop with a loop-carried sum over 10 elements: 8 in the loop unrolled by 4 (step 4,
// the sum chained through the copies), then a remainder loop from 8 to 10.
// CHECK-LABEL: func.func @main
// CHECK-DAG:     %[[C8:.*]] = arith.constant 8 : index
// CHECK-DAG:     %[[C4:.*]] = arith.constant 4 : index
// CHECK:         %[[S:.*]] = tl.loop (%[[I:.*]]) = (%{{.*}}) to (%[[C8]]) step (%[[C4]]) iterators ["reduction"] iter_args(%[[A:.*]] = %{{.*}}) -> (f32) {
// CHECK-NEXT:      %[[X0:.*]] = tl.load %arg0[%[[I]]] : memref<10xf32>
// CHECK-NEXT:      %[[A0:.*]] = arith.addf %[[A]], %[[X0]] : f32
// CHECK-NEXT:      %[[C1:.*]] = arith.constant 1 : index
// CHECK-NEXT:      %[[I1:.*]] = arith.addi %[[I]], %[[C1]] : index
// CHECK-NEXT:      %[[X1:.*]] = tl.load %arg0[%[[I1]]] : memref<10xf32>
// CHECK-NEXT:      %[[A1:.*]] = arith.addf %[[A0]], %[[X1]] : f32
// CHECK:           tl.yield %{{.*}} : f32
// CHECK:         %[[R:.*]] = tl.loop (%{{.*}}) = (%[[C8]]) to (%{{.*}}) step (%{{.*}}) iterators ["reduction"] iter_args(%{{.*}} = %[[S]]) -> (f32) {
// CHECK:         return %[[R]] : f32
func.func @main(%m: memref<10xf32>) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c10 = arith.constant 10 : index
  %z = arith.constant 0.0 : f32
  %s = tl.loop (%i) = (%c0) to (%c10) step (%c1) iterators ["reduction"] iter_args(%acc = %z) -> (f32) {
    %x = tl.load %m[%i] : memref<10xf32>
    %a = arith.addf %acc, %x : f32
    tl.yield %a : f32
  }
  return %s : f32
}

func.func @left(%m: memref<2x10xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c10 = arith.constant 10 : index
  %z = arith.constant 2.0 : f32
  // expected-remark @+1 {{not unrolled: the factor does not divide its trip count (10) and it has 2 dimensions}}
  tl.loop (%i, %j) = (%c0, %c0) to (%c2, %c10) step (%c1, %c1) iterators ["parallel", "parallel"] {
    tl.store %z, %m[%i, %j] : memref<2x10xf32>
  }
  return
}

// -----

// The last dimension of a 2-D tl.loop (12 = 3 x 4 with factor 4 and 4 x 3 with factor 3) and an
// scf.for (6, by 4: 4 and a remainder loop of 2 iterations, left rolled; by 3: exactly).
// CHECK-LABEL: func.func @main
// CHECK:         tl.loop (%[[I:.*]], %[[J:.*]]) = {{.*}} step (%{{.*}}, %[[C4:.*]]) iterators ["parallel", "parallel"] {
// CHECK-COUNT-4:   tl.store
// CHECK:         scf.for
// CHECK-COUNT-4:   tl.store
// CHECK:         scf.for
// CHECK:           tl.store
// CHECK-NEXT:    }
// CHECK-NEXT:    return
func.func @main(%m: memref<3x12xf32>, %v: memref<6xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %c6 = arith.constant 6 : index
  %c12 = arith.constant 12 : index
  %z = arith.constant 2.0 : f32
  tl.loop (%i, %j) = (%c0, %c0) to (%c3, %c12) step (%c1, %c1) iterators ["parallel", "parallel"] {
    %x = tl.load %m[%i, %j] : memref<3x12xf32>
    %y = arith.mulf %x, %z : f32
    tl.store %y, %m[%i, %j] : memref<3x12xf32>
  }
  scf.for %k = %c0 to %c6 step %c1 {
    %x = tl.load %v[%k] : memref<6xf32>
    %y = arith.addf %x, %z : f32
    tl.store %y, %v[%k] : memref<6xf32>
  }
  return
}
