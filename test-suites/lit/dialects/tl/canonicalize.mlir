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

// -----

// A loop nest with a dimension known to be empty yields its initial values; a carried value the
// body yields unchanged is its initial value.
// CHECK-LABEL: func.func @loops(%arg0: index, %arg1: f32, %arg2: f32, %arg3: memref<4xf32>) -> (f32, f32, f32)
// CHECK-NEXT:    %[[R:.*]]:2 = tl.loop (%[[I:.*]]) = (%arg0) to (%arg0) step (%arg0) iterators ["reduction"] iter_args(%{{.*}} = %arg1, %[[B:.*]] = %arg2) -> (f32, f32) {
// CHECK-NEXT:      %[[X:.*]] = tl.load %arg3[%[[I]]] : memref<4xf32>
// CHECK-NEXT:      tl.yield %[[X]], %[[B]] : f32, f32
// CHECK-NEXT:    }
// CHECK-NEXT:    return %arg1, %[[R]]#0, %arg2 : f32, f32, f32
func.func @loops(%n: index, %a: f32, %b: f32, %m: memref<4xf32>) -> (f32, f32, f32) {
  %c4 = "test.constant"() {value = 4 : index} : () -> index
  %c2 = "test.constant"() {value = 2 : index} : () -> index
  %e = tl.loop (%i, %j) = (%n, %c4) to (%n, %c2) step (%n, %n) iterators ["parallel", "reduction"] iter_args(%x = %a) -> (f32) {
    %y = tl.load %m[%i] : memref<4xf32>
    tl.yield %y : f32
  }
  %r:2 = tl.loop (%i) = (%n) to (%n) step (%n) iterators ["reduction"] iter_args(%x = %a, %z = %b) -> (f32, f32) {
    %y = tl.load %m[%i] : memref<4xf32>
    tl.yield %y, %z : f32, f32
  }
  return %e, %r#0, %r#1 : f32, f32, f32
}

// -----

// Casts and broadcasts compose; extracting from a scalar broadcast or right after an insert at the
// same indices gives the scalar; a subview of everything is its source.
// CHECK-LABEL: func.func @folds(%arg0: memref<4xf32>, %arg1: f32, %arg2: vector<4xf32>, %arg3: index)
// CHECK-NEXT:    %[[C:.*]] = tl.cast %arg0 : memref<4xf32> to memref<?xf32, strided<[?], offset: ?>>
// CHECK-NEXT:    %[[B:.*]] = tl.broadcast %arg1 : f32 to vector<2x4xf32>
// CHECK-NEXT:    return %arg0, %[[C]], %[[B]], %arg1, %arg1, %arg0
func.func @folds(%m: memref<4xf32>, %s: f32, %v: vector<4xf32>, %i: index)
    -> (memref<4xf32>, memref<?xf32, strided<[?], offset: ?>>, vector<2x4xf32>, f32, f32, memref<4xf32>) {
  %c1 = tl.cast %m : memref<4xf32> to memref<?xf32>
  %back = tl.cast %c1 : memref<?xf32> to memref<4xf32>
  %c2 = tl.cast %c1 : memref<?xf32> to memref<?xf32, strided<[?], offset: ?>>
  %b1 = tl.broadcast %s : f32 to vector<4xf32>
  %b2 = tl.broadcast %b1 : vector<4xf32> to vector<2x4xf32>
  %e1 = tl.extract %b1[%i] : vector<4xf32>
  %n = tl.insert %s, %v[%i] : vector<4xf32>
  %e2 = tl.extract %n[%i] : vector<4xf32>
  %all = tl.subview %m[0] [4] [1] : memref<4xf32> to memref<4xf32>
  return %back, %c2, %b2, %e1, %e2, %all : memref<4xf32>, memref<?xf32, strided<[?], offset: ?>>, vector<2x4xf32>, f32, f32, memref<4xf32>
}

// -----

// Extracting at other indices than the insert's stays.
// CHECK-LABEL: func.func @no_fold
// CHECK:         tl.insert
// CHECK-NEXT:    tl.extract
func.func @no_fold(%s: f32, %v: vector<4xf32>, %i: index, %j: index) -> f32 {
  %n = tl.insert %s, %v[%i] : vector<4xf32>
  %e = tl.extract %n[%j] : vector<4xf32>
  return %e : f32
}

// -----

// shape_cast(shape_cast(x)) back to x's type is x.
// CHECK-LABEL: func.func @shape_casts(%arg0: vector<4x2xf32>)
// CHECK-NEXT:    %[[A:.*]] = tl.shape_cast %arg0 : vector<4x2xf32> to vector<2x4xf32>
// CHECK-NEXT:    return %arg0, %[[A]]
func.func @shape_casts(%v: vector<4x2xf32>) -> (vector<4x2xf32>, vector<2x4xf32>) {
  %a = tl.shape_cast %v : vector<4x2xf32> to vector<8xf32>
  %b = tl.shape_cast %a : vector<8xf32> to vector<4x2xf32>
  %c = tl.shape_cast %a : vector<8xf32> to vector<2x4xf32>
  return %b, %c : vector<4x2xf32>, vector<2x4xf32>
}

// -----

// A slice of everything is the tensor itself.
// CHECK-LABEL: func.func @full_slice(%arg0: tensor<2x3xf32>)
// CHECK-NEXT:    return %arg0
func.func @full_slice(%t: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %s = tl.extract_slice %t[0, 0] [2, 3] [1, 1] : tensor<2x3xf32> to tensor<2x3xf32>
  return %s : tensor<2x3xf32>
}

// -----

// Unused structured ops on tensors only compute values and go away; on buffers they stay.
// CHECK-LABEL: func.func @dead_tensor_ops(%arg0: tensor<2x2xf32>, %arg1: memref<2x2xf32>, %arg2: f32)
// CHECK-NEXT:    tl.matmul ins(%arg1, %arg1 : memref<2x2xf32>, memref<2x2xf32>) outs(%arg1 : memref<2x2xf32>)
// CHECK-NEXT:    return
func.func @dead_tensor_ops(%t: tensor<2x2xf32>, %m: memref<2x2xf32>, %s: f32) {
  %a = tl.matmul ins(%t, %t : tensor<2x2xf32>, tensor<2x2xf32>) outs(%t : tensor<2x2xf32>) -> tensor<2x2xf32>
  %b = tl.fill %s, %t : tensor<2x2xf32>
  %c = tl.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]} outs(%t : tensor<2x2xf32>) {
  ^bb0(%o: f32):
    tl.yield %s : f32
  } -> tensor<2x2xf32>
  tl.matmul ins(%m, %m : memref<2x2xf32>, memref<2x2xf32>) outs(%m : memref<2x2xf32>)
  return
}

// -----

// Dimensions of views, slices, casts and bridges come from the sizes they were given.
// CHECK-LABEL: func.func @dims(%arg0: memref<8x8xf32>, %arg1: tensor<?x4xf32>, %arg2: index, %arg3: index)
// CHECK-NEXT:    %{{.*}} = tl.to_buffer %arg1
// CHECK-NEXT:    %[[C:.*]] = tl.dim %arg1, 0 : tensor<?x4xf32>
// CHECK-NEXT:    %[[D:.*]] = tl.dim %arg1, 0 : tensor<?x4xf32>
// CHECK-NEXT:    return %arg3, %arg2, %[[C]], %[[D]]
func.func @dims(%m: memref<8x8xf32>, %t: tensor<?x4xf32>, %i: index, %n: index) -> (index, index, index, index) {
  %s = tl.subview %m[0, 0] [%i, %n] [1, 1] : memref<8x8xf32> to memref<?x?xf32, strided<[8, 1]>>
  %a = tl.dim %s, 1 : memref<?x?xf32, strided<[8, 1]>>
  %row = tl.extract_slice %t[0, 0] [1, %i] [1, 1] : tensor<?x4xf32> to tensor<?xf32>
  %b = tl.dim %row, 0 : tensor<?xf32>
  %buf = tl.to_buffer %t : tensor<?x4xf32> to memref<?x4xf32>
  %c = tl.dim %buf, 0 : memref<?x4xf32>
  %cast = tl.cast %t : tensor<?x4xf32> to tensor<?x?xf32>
  %d = tl.dim %cast, 0 : tensor<?x?xf32>
  return %a, %b, %c, %d : index, index, index, index
}

// -----

// collapse(expand(x)) and expand(collapse(x)) with the same groups are x.
// CHECK-LABEL: func.func @reassociations(%arg0: tensor<6x4xf32>, %arg1: tensor<2x3x4xf32>)
// CHECK-NEXT:    return %arg0, %arg1
func.func @reassociations(%t: tensor<6x4xf32>, %u: tensor<2x3x4xf32>) -> (tensor<6x4xf32>, tensor<2x3x4xf32>) {
  %e = tl.expand_shape %t [[0, 1], [2]] output_shape [2, 3, 4] : tensor<6x4xf32> into tensor<2x3x4xf32>
  %c = tl.collapse_shape %e [[0, 1], [2]] : tensor<2x3x4xf32> into tensor<6x4xf32>
  %c2 = tl.collapse_shape %u [[0, 1], [2]] : tensor<2x3x4xf32> into tensor<6x4xf32>
  %e2 = tl.expand_shape %c2 [[0, 1], [2]] output_shape [2, 3, 4] : tensor<6x4xf32> into tensor<2x3x4xf32>
  return %c, %e2 : tensor<6x4xf32>, tensor<2x3x4xf32>
}
