// Functions whose bodies hold tl ops (regions included) inline into their callers.
// RUN: mlc-opt --inline %s | FileCheck %s

// CHECK-LABEL: func.func @caller(%arg0: memref<4xf32>, %arg1: index, %arg2: f32)
// CHECK-NEXT:    tl.loop (%[[I:.*]]) = (%arg1) to (%arg1) step (%arg1) iterators ["parallel"] {
// CHECK-NEXT:      tl.store %arg2, %arg0[%[[I]]] : memref<4xf32>
// CHECK-NEXT:    }
// CHECK-NEXT:    return
func.func @caller(%m: memref<4xf32>, %i: index, %v: f32) {
  call @fill(%m, %i, %v) : (memref<4xf32>, index, f32) -> ()
  return
}

func.func private @fill(%m: memref<4xf32>, %i: index, %v: f32) {
  tl.loop (%j) = (%i) to (%i) step (%i) iterators ["parallel"] {
    tl.store %v, %m[%j] : memref<4xf32>
    tl.yield
  }
  return
}
