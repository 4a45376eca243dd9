// Loop-invariant code motion on tl.loop: pure invariant ops (vector broadcasts, views, an inner
// pure loop nest) move before the loop; loads and stores stay.
// RUN: mlc-opt --loop-invariant-code-motion %s | FileCheck %s

// CHECK-LABEL: func.func @hoist(%arg0: memref<8xf32>, %arg1: index, %arg2: index, %arg3: f32)
// CHECK-NEXT:    %[[B:.*]] = tl.broadcast %arg3 : f32 to vector<4xf32>
// CHECK-NEXT:    %[[S:.*]] = tl.subview %arg0[%arg1] [4] [1]
// CHECK-NEXT:    %[[R:.*]] = tl.loop (%{{.*}}) = (%arg1) to (%arg2) step (%arg2) iterators ["reduction"] iter_args(%{{.*}} = %arg3) -> (f32) {
// CHECK:         tl.loop (%[[I:.*]]) = (%arg1) to (%arg2) step (%arg2) iterators ["parallel"] {
// CHECK-NEXT:      %[[X:.*]] = tl.load %arg0[%[[I]]] : memref<8xf32>
// CHECK-NEXT:      %[[V:.*]] = tl.vload %[[S]][%arg1] : memref<4xf32, strided<[1], offset: ?>>, vector<4xf32>
// CHECK-NEXT:      %[[F:.*]] = tl.fma %[[V]], %[[B]], %[[B]] : vector<4xf32>
// CHECK-NEXT:      tl.vstore %[[F]], %[[S]][%arg1] : memref<4xf32, strided<[1], offset: ?>>, vector<4xf32>
// CHECK-NEXT:      tl.store %[[X]], %arg0[%[[I]]] : memref<8xf32>
// CHECK-NEXT:    }
func.func @hoist(%m: memref<8xf32>, %lo: index, %hi: index, %s: f32) {
  tl.loop (%i) = (%lo) to (%hi) step (%hi) iterators ["parallel"] {
    %b = tl.broadcast %s : f32 to vector<4xf32>
    %x = tl.load %m[%i] : memref<8xf32>
    %w = tl.subview %m[%lo] [4] [1] : memref<8xf32> to memref<4xf32, strided<[1], offset: ?>>
    %v = tl.vload %w[%lo] : memref<4xf32, strided<[1], offset: ?>>, vector<4xf32>
    %f = tl.fma %v, %b, %b : vector<4xf32>
    tl.vstore %f, %w[%lo] : memref<4xf32, strided<[1], offset: ?>>, vector<4xf32>
    %r = tl.loop (%k) = (%lo) to (%hi) step (%hi) iterators ["reduction"] iter_args(%a = %s) -> (f32) {
      tl.yield %a : f32
    }
    tl.store %x, %m[%i] : memref<8xf32>
    tl.yield
  }
  return
}
