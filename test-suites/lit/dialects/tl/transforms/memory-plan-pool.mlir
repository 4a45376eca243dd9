// RUN: mlc-opt --memory-plan='pool-bytes=256' --check-semantics %s | FileCheck %s
// RUN: mlc-opt --memory-plan='pool-bytes=0' %s | FileCheck %s --check-prefix=NOPOOL
// RUN: mlc-opt --memory-plan='pool-bytes=256' --convert-tl-to-scf --convert-scf-to-cf --convert-to-llvm %s | FileCheck %s --check-prefix=LLVM
// Natively, with the default threshold (64 KiB: the 128x128 buffers are pooled), run three times
// through the pool (the second and third calls reuse the blocks the first released):
// RUN: mlc-run %s --random-inputs --seed 1 --bench 2 --check-against-interpreter 2>&1 | FileCheck %s --check-prefix=NATIVE
// RUN: mlc-run %s --random-inputs --seed 1 --bench 2 --threads 2 --check-against-interpreter 2>&1 | FileCheck %s --check-prefix=NATIVE

// The arena (two 128x128 buffers whose lifetimes overlap: 128 KiB) and %p (used through a subview,
// so not planned, 64 KiB) are at least pool-bytes big: they and their deallocs are marked
// tl.pooled and lower to the runtime's buffer pool. %q (16 bytes, alone of its type) keeps malloc.
// CHECK-LABEL: func.func @main
// CHECK:         %[[ARENA:.*]] = tl.alloc() {alignment = 64 : i64, tl.pooled} : memref<32768xf32>
// CHECK:         %[[P:.*]] = tl.alloc() {tl.pooled} : memref<128x128xf32>
// CHECK:         %[[Q:.*]] = tl.alloc() : memref<4xi32>
// CHECK:         tl.dealloc %[[Q]] : memref<4xi32>
// CHECK:         tl.dealloc %[[P]] {tl.pooled} : memref<128x128xf32>
// CHECK:         tl.dealloc %[[ARENA]] {tl.pooled} : memref<32768xf32>
// CHECK-NEXT:    return
// NOPOOL-NOT:    tl.pooled
// LLVM-DAG:      llvm.func @mlc_buffer_acquire(i64) -> !llvm.ptr
// LLVM-DAG:      llvm.func @mlc_buffer_release(!llvm.ptr, i64)
// LLVM:          llvm.call @mlc_buffer_acquire
// LLVM:          llvm.call @mlc_buffer_acquire
// LLVM:          llvm.call @malloc
// LLVM:          llvm.call @free
// LLVM:          llvm.call @mlc_buffer_release
// LLVM:          llvm.call @mlc_buffer_release
// NATIVE:        check-against-interpreter: ok (1 results
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @main(%a: memref<128x128xf32>, %out: memref<128x128xf32>) -> f32 {
  %t1 = tl.alloc() : memref<128x128xf32>
  tl.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%a : memref<128x128xf32>) outs(%t1 : memref<128x128xf32>) {
  ^bb0(%x: f32, %o: f32):
    %y = arith.mulf %x, %x : f32
    tl.yield %y : f32
  }
  %t2 = tl.alloc() : memref<128x128xf32>
  tl.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]} ins(%t1, %a : memref<128x128xf32>, memref<128x128xf32>) outs(%t2 : memref<128x128xf32>) {
  ^bb0(%x: f32, %z: f32, %o: f32):
    %y = arith.addf %x, %z : f32
    tl.yield %y : f32
  }
  tl.dealloc %t1 : memref<128x128xf32>
  %p = tl.alloc() : memref<128x128xf32>
  %zero = arith.constant 0.5 : f32
  tl.fill %zero, %p : memref<128x128xf32>
  %v = tl.subview %p[0, 0] [64, 128] [1, 1] : memref<128x128xf32> to memref<64x128xf32, strided<[128, 1]>>
  tl.fill %zero, %v : memref<64x128xf32, strided<[128, 1]>>
  %q = tl.alloc() : memref<4xi32>
  %c7 = arith.constant 7 : i32
  tl.fill %c7, %q : memref<4xi32>
  tl.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]} ins(%t2, %p : memref<128x128xf32>, memref<128x128xf32>) outs(%out : memref<128x128xf32>) {
  ^bb0(%x: f32, %z: f32, %o: f32):
    %y = arith.mulf %x, %z : f32
    tl.yield %y : f32
  }
  tl.dealloc %q : memref<4xi32>
  tl.dealloc %p : memref<128x128xf32>
  tl.dealloc %t2 : memref<128x128xf32>
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c128 = arith.constant 128 : index
  %z = arith.constant 0.0 : f32
  %sum = tl.loop (%i, %j) = (%c0, %c0) to (%c128, %c128) step (%c1, %c1) iterators ["reduction", "reduction"] iter_args(%acc = %z) -> (f32) {
    %x = tl.load %out[%i, %j] : memref<128x128xf32>
    %k = arith.index_cast %j : index to i32
    %f = arith.sitofp %k : i32 to f32
    %w = arith.mulf %x, %f : f32
    %s = arith.addf %acc, %w : f32
    tl.yield %s : f32
  }
  return %sum : f32
}
