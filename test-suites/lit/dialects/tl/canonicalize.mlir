// Folds of tl ops, and the generic passes on tl: CSE merges pure ops (views, vectors) but not
// memory reads; DCE drops unused pure ops and pure loop nests, never stores.
// RUN: mlc-opt --split-input-file --canonicalize %s | FileCheck %s
// RUN: mlc-opt --split-input-file --cse %s | FileCheck %s --check-prefix=CSE

// The size of a dynamic dimension of a fresh allocation is the allocation's size operand; then the
// allocation, used only by a dealloc, goes away.
// CHECK-LABEL: func.func @dim_of_alloc(%arg0: index, %arg1: index) -> (index, index)
// CHECK-NEXT:    return %arg1, %arg0 : index, index
func.func @dim_of_alloc(%n: index, %k: index) -> (index, index) {
  %m = tl.alloc(%n, %k) : memref<?x4x?xf32>
  %d = tl.dim %m, 2 : memref<?x4x?xf32>
  %t = tl.empty(%n) : tensor<?x4xf32>
  %e = tl.dim %t, 0 : tensor<?x4xf32>
  tl.dealloc %m : memref<?x4x?xf32>
  return %d, %e : index, index
}

// -----

// A dimension of an argument of unknown size stays.
// CHECK-LABEL: func.func @dim_unknown
// CHECK-NEXT:    %[[D:.*]] = tl.dim %arg0, 0 : memref<?xf32>
// CHECK-NEXT:    return %[[D]]
func.func @dim_unknown(%m: memref<?xf32>) -> index {
  %d = tl.dim %m, 0 : memref<?xf32>
  return %d : index
}

// -----

// cast(x : T to T) -> x; unused views and pure loops disappear, stores stay.
// CHECK-LABEL: func.func @dead(%arg0: memref<4xf32>, %arg1: index, %arg2: f32) -> memref<4xf32>
// CHECK-NEXT:    tl.loop (%[[I:.*]]) = (%arg1) to (%arg1) step (%arg1) iterators ["parallel"] {
// CHECK-NEXT:      tl.store %arg2, %arg0[%[[I]]] : memref<4xf32>
// CHECK-NEXT:      tl.yield
// CHECK-NEXT:    }
// CHECK-NEXT:    return %arg0 : memref<4xf32>
func.func @dead(%m: memref<4xf32>, %i: index, %v: f32) -> memref<4xf32> {
  %c = tl.cast %m : memref<4xf32> to memref<4xf32>
  %s = tl.subview %m[1] [2] [1] : memref<4xf32> to memref<2xf32, strided<[1], offset: 1>>
  %b = tl.broadcast %v : f32 to vector<4xf32>
  %r = tl.loop (%j) = (%i) to (%i) step (%i) iterators ["reduction"] iter_args(%a = %v) -> (f32) {
    tl.yield %a : f32
  }
  tl.loop (%j) = (%i) to (%i) step (%i) iterators ["parallel"] {
    tl.store %v, %m[%j] : memref<4xf32>
    tl.yield
  }
  return %c : memref<4xf32>
}

// -----

// An allocation with another use stays.
// CHECK-LABEL: func.func @live_alloc
// CHECK-NEXT:    %[[M:.*]] = tl.alloc() : memref<4xf32>
// CHECK-NEXT:    tl.store %arg0, %[[M]][%arg1] : memref<4xf32>
// CHECK-NEXT:    tl.dealloc %[[M]] : memref<4xf32>
func.func @live_alloc(%v: f32, %i: index) {
  %m = tl.alloc() : memref<4xf32>
  tl.store %v, %m[%i] : memref<4xf32>
  tl.dealloc %m : memref<4xf32>
  return
}

// -----

// CSE-LABEL: func.func @cse
// CSE-NEXT:    %[[S:.*]] = tl.subview %arg0[1] [2] [1]
// CSE-NEXT:    %[[B:.*]] = tl.broadcast %arg2 : f32 to vector<4xf32>
// CSE-NEXT:    %[[L1:.*]] = tl.load %arg0[%arg1]
// CSE-NEXT:    %[[L2:.*]] = tl.load %arg0[%arg1]
// CSE-NEXT:    return %[[S]], %[[S]], %[[B]], %[[B]], %[[L1]], %[[L2]]
func.func @cse(%m: memref<4xf32>, %i: index, %v: f32) -> (memref<2xf32, strided<[1], offset: 1>>, memref<2xf32, strided<[1], offset: 1>>, vector<4xf32>, vector<4xf32>, f32, f32) {
  %s1 = tl.subview %m[1] [2] [1] : memref<4xf32> to memref<2xf32, strided<[1], offset: 1>>
  %s2 = tl.subview %m[1] [2] [1] : memref<4xf32> to memref<2xf32, strided<[1], offset: 1>>
  %b1 = tl.broadcast %v : f32 to vector<4xf32>
  %b2 = tl.broadcast %v : f32 to vector<4xf32>
  %l1 = tl.load %m[%i] : memref<4xf32>
  %l2 = tl.load %m[%i] : memref<4xf32>
  return %s1, %s2, %b1, %b2, %l1, %l2 : memref<2xf32, strided<[1], offset: 1>>, memref<2xf32, strided<[1], offset: 1>>, vector<4xf32>, vector<4xf32>, f32, f32
}
