// RUN: mlc-opt --memory-plan --check-semantics %s | FileCheck %s
// RUN: mlc-opt --memory-plan='forward-copies=false' %s | FileCheck %s --check-prefix=OFF
// RUN: mlc-opt --memory-plan --mlir-pass-statistics %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=STATS
// RUN: mlc-run %s --random-inputs --seed 1 --check-against-interpreter 2>&1 | FileCheck %s --check-prefix=NATIVE
// RUN: mlc-run %s --random-inputs --seed 2 --threads 2 --check-against-interpreter 2>&1 | FileCheck %s --check-prefix=NATIVE

// A convolution's zero padding: %t is computed, then copied into the interior of the zero-filled
// %pad and freed. Forwarded, the padded buffer's allocation, fill and subview move up to where %t
// was allocated, the generic writes the subview directly, and the copy and %t are gone. The second
// copy (@keep) is not forwarded: its source is read after the copy.
// CHECK-LABEL: func.func @main
// CHECK-SAME:    (%[[A:.*]]: memref<2x4x4xf32>)
// CHECK-NEXT:    %[[PAD:.*]] = tl.alloc() : memref<2x6x6xf32>
// CHECK-NEXT:    %[[Z:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-NEXT:    tl.fill %[[Z]], %[[PAD]] : memref<2x6x6xf32>
// CHECK-NEXT:    %[[SV:.*]] = tl.subview %[[PAD]][0, 1, 1] [2, 4, 4] [1, 1, 1]
// CHECK-NEXT:    tl.generic {{.*}} ins(%[[A]] : memref<2x4x4xf32>) outs(%[[SV]] : memref<2x4x4xf32, strided<[36, 6, 1], offset: 7>>)
// CHECK-NOT:     tl.copy
// CHECK:         tl.dealloc %[[PAD]]
// CHECK-LABEL: func.func @keep
// CHECK:         tl.copy
// OFF-LABEL:   func.func @main
// OFF:           tl.copy
// STATS:         1 num-forwarded
// NATIVE:        check-against-interpreter: ok (1 results
#id = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
func.func @main(%a: memref<2x4x4xf32>) -> f32 {
  %t = tl.alloc() : memref<2x4x4xf32>
  tl.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel"]} ins(%a : memref<2x4x4xf32>) outs(%t : memref<2x4x4xf32>) {
  ^bb0(%x: f32, %o: f32):
    %y = arith.mulf %x, %x : f32
    tl.yield %y : f32
  }
  %pad = tl.alloc() : memref<2x6x6xf32>
  %z = arith.constant 0.0 : f32
  tl.fill %z, %pad : memref<2x6x6xf32>
  %sv = tl.subview %pad[0, 1, 1] [2, 4, 4] [1, 1, 1] : memref<2x6x6xf32> to memref<2x4x4xf32, strided<[36, 6, 1], offset: 7>>
  tl.copy %t, %sv : memref<2x4x4xf32> to memref<2x4x4xf32, strided<[36, 6, 1], offset: 7>>
  tl.dealloc %t : memref<2x4x4xf32>
  %c0w = arith.constant 0 : index
  %c1w = arith.constant 1 : index
  %c2w = arith.constant 2 : index
  %c6w = arith.constant 6 : index
  %zw = arith.constant 0.0 : f32
  %s = tl.loop (%i, %j, %k) = (%c0w, %c0w, %c0w) to (%c2w, %c6w, %c6w) step (%c1w, %c1w, %c1w) iterators ["reduction", "reduction", "reduction"] iter_args(%acc = %zw) -> (f32) {
    %xw = tl.load %pad[%i, %j, %k] : memref<2x6x6xf32>
    %n = arith.index_cast %k : index to i32
    %f = arith.sitofp %n : i32 to f32
    %w = arith.mulf %xw, %f : f32
    %r = arith.addf %acc, %w : f32
    tl.yield %r : f32
  }
  tl.dealloc %pad : memref<2x6x6xf32>
  return %s : f32
}
func.func @keep(%a: memref<2x4x4xf32>) -> f32 {
  %t = tl.alloc() : memref<2x4x4xf32>
  tl.copy %a, %t : memref<2x4x4xf32> to memref<2x4x4xf32>
  %pad = tl.alloc() : memref<2x6x6xf32>
  %z = arith.constant 0.0 : f32
  tl.fill %z, %pad : memref<2x6x6xf32>
  %sv = tl.subview %pad[0, 1, 1] [2, 4, 4] [1, 1, 1] : memref<2x6x6xf32> to memref<2x4x4xf32, strided<[36, 6, 1], offset: 7>>
  tl.copy %t, %sv : memref<2x4x4xf32> to memref<2x4x4xf32, strided<[36, 6, 1], offset: 7>>
  %c0 = arith.constant 0 : index
  %x = tl.load %t[%c0, %c0, %c0] : memref<2x4x4xf32>
  tl.dealloc %t : memref<2x4x4xf32>
  %c0w = arith.constant 0 : index
  %c1w = arith.constant 1 : index
  %c2w = arith.constant 2 : index
  %c6w = arith.constant 6 : index
  %zw = arith.constant 0.0 : f32
  %s = tl.loop (%i, %j, %k) = (%c0w, %c0w, %c0w) to (%c2w, %c6w, %c6w) step (%c1w, %c1w, %c1w) iterators ["reduction", "reduction", "reduction"] iter_args(%acc = %zw) -> (f32) {
    %xw = tl.load %pad[%i, %j, %k] : memref<2x6x6xf32>
    %n = arith.index_cast %k : index to i32
    %f = arith.sitofp %n : i32 to f32
    %w = arith.mulf %xw, %f : f32
    %r = arith.addf %acc, %w : f32
    tl.yield %r : f32
  }
  tl.dealloc %pad : memref<2x6x6xf32>
  %r = arith.addf %s, %x : f32
  return %r : f32
}
