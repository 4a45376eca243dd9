// RUN: mlc-opt --memory-plan --check-semantics %s | FileCheck %s
// RUN: mlc-opt --memory-plan=report=true --verify-diagnostics %s -o /dev/null
// RUN: mlc-opt --memory-plan --mlir-pass-statistics %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=STATS
// RUN: mlc-opt --memory-plan --convert-tl-to-scf --convert-scf-to-cf --convert-to-llvm %s | FileCheck %s --check-prefix=LLVM

// A chain a -> t1 -> t3 -> t4 -> out with a vector t2 used by all: t1 dies before t4 is made, so t4
// reuses its bytes (offset 0); t3 (live with both) goes at 64 floats, t2 (8 floats, aligned to 64
// bytes) at 128. The arena is 576 bytes for 4 buffers of 800 bytes in all. %p is used by a subview,
// so it keeps its own allocation.
// CHECK-LABEL: func.func @main
// CHECK:         %[[ARENA:.*]] = tl.alloc() {alignment = 64 : i64} : memref<144xf32>
// CHECK:         %[[T1:.*]] = tl.reinterpret_cast %[[ARENA]] to offset: [0], sizes: [8, 8], strides: [8, 1] : memref<144xf32> to memref<8x8xf32, strided<[8, 1]>>
// CHECK:         %[[T2:.*]] = tl.reinterpret_cast %[[ARENA]] to offset: [128], sizes: [8], strides: [1] : memref<144xf32> to memref<8xf32, strided<[1], offset: 128>>
// CHECK:         %[[T3:.*]] = tl.reinterpret_cast %[[ARENA]] to offset: [64], sizes: [8, 8]
// CHECK:         %[[T4:.*]] = tl.reinterpret_cast %[[ARENA]] to offset: [0], sizes: [8, 8]
// CHECK:         %[[P:.*]] = tl.alloc() : memref<4x4xf32>
// CHECK:         tl.dealloc %[[P]]
// CHECK-NEXT:    tl.dealloc %[[ARENA]] : memref<144xf32>
// CHECK-NEXT:    return
// STATS:         MemoryPlan
// STATS:           4 num-planned
// STATS:           576 peak-bytes
// STATS:           800 sum-bytes
// LLVM:          llvm.call @aligned_alloc
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d1)>
func.func @main(%a: memref<8x8xf32>, %out: memref<8x8xf32>) {
  // expected-remark @-1 {{memory plan: 4 buffers in 576 bytes (800 bytes as separate allocations)}}
  %t1 = tl.alloc() : memref<8x8xf32>
  tl.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%a : memref<8x8xf32>) outs(%t1 : memref<8x8xf32>) {
  ^bb0(%x: f32, %o: f32):
    %y = arith.mulf %x, %x : f32
    tl.yield %y : f32
  }
  %t2 = tl.alloc() : memref<8xf32>
  %z = arith.constant 1.5 : f32
  tl.fill %z, %t2 : memref<8xf32>
  %t3 = tl.alloc() : memref<8x8xf32>
  tl.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%t1, %t2 : memref<8x8xf32>, memref<8xf32>) outs(%t3 : memref<8x8xf32>) {
  ^bb0(%x: f32, %w: f32, %o: f32):
    %y = arith.addf %x, %w : f32
    tl.yield %y : f32
  }
  tl.dealloc %t1 : memref<8x8xf32>
  %t4 = tl.alloc() : memref<8x8xf32>
  tl.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%t3, %t2 : memref<8x8xf32>, memref<8xf32>) outs(%t4 : memref<8x8xf32>) {
  ^bb0(%x: f32, %w: f32, %o: f32):
    %y = arith.mulf %x, %w : f32
    tl.yield %y : f32
  }
  tl.dealloc %t3 : memref<8x8xf32>
  tl.dealloc %t2 : memref<8xf32>
  tl.copy %t4, %out : memref<8x8xf32> to memref<8x8xf32>
  tl.dealloc %t4 : memref<8x8xf32>
  %p = tl.alloc() : memref<4x4xf32>
  %v = tl.subview %p[0, 0] [2, 2] [1, 1] : memref<4x4xf32> to memref<2x2xf32, strided<[4, 1]>>
  tl.fill %z, %v : memref<2x2xf32, strided<[4, 1]>>
  tl.dealloc %p : memref<4x4xf32>
  return
}
