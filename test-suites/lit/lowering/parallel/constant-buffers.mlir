// RUN: mlc-opt --outline-parallel-loops --no-check-semantics %s | FileCheck %s
// RUN: mlc-opt --outline-parallel-loops --convert-scf-to-cf --convert-to-llvm --no-check-semantics %s | FileCheck %s --check-prefix=LLVM
// RUN: mlc-run %s --pipeline='builtin.module(convert-tl-to-scf{parallel-loops=true})' --random-inputs --seed 1 --threads 2 --check-against-interpreter 2>&1 | FileCheck %s --check-prefix=NATIVE

// A constant buffer (packed weights: tl.to_buffer of a dense constant) that a parallel loop only
// reads is cloned into the outlined body like a scalar constant, not captured in the context struct:
// convert-to-llvm then sees a read-only constant buffer and reads the global in place (captured, it
// was a fresh copy of the global, a memcpy per call). Both loops read the same constant: one global,
// and none for the original buffer, which is only freed now.
// CHECK-LABEL: func.func @main
// CHECK:         %[[KB0:.*]] = tl.to_buffer
// CHECK-NOT:     builtin.unrealized_conversion_cast %[[KB0]]
// CHECK:         return
// CHECK-LABEL: func.func private @main_parallel0_body(
// CHECK:         %[[K:.*]] = arith.constant dense<[1.{{.*}}]> : tensor<8xf32>
// CHECK-NEXT:    %[[KB:.*]] = tl.to_buffer %[[K]] : tensor<8xf32> to memref<8xf32>
// CHECK:         tl.load %[[KB]]
// LLVM-COUNT-1:  llvm.mlir.global private constant @__constant_0(dense<[1.{{.*}}]> : tensor<8xf32>)
// LLVM-NOT:      llvm.mlir.global private constant @__constant_1(dense<[1.{{.*}}]>
// LLVM-NOT:      llvm.intr.memcpy
// LLVM-LABEL:    llvm.func @main(
// NATIVE: check-against-interpreter: ok (1 results
func.func @main(%a: memref<8xf32>) -> f32 {
  %k = arith.constant dense<[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0]> : tensor<8xf32>
  %kb = tl.to_buffer %k : tensor<8xf32> to memref<8xf32>
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %t = tl.alloc() : memref<8xf32>
  scf.parallel (%i) = (%c0) to (%c8) step (%c1) {
    %x = tl.load %a[%i] : memref<8xf32>
    %y = tl.load %kb[%i] : memref<8xf32>
    %p = arith.mulf %x, %y : f32
    tl.store %p, %t[%i] : memref<8xf32>
    scf.reduce
  }
  scf.parallel (%i) = (%c0) to (%c8) step (%c1) {
    %x = tl.load %t[%i] : memref<8xf32>
    %y = tl.load %kb[%i] : memref<8xf32>
    %p = arith.addf %x, %y : f32
    tl.store %p, %t[%i] : memref<8xf32>
    scf.reduce
  }
  %z = arith.constant 0.0 : f32
  %s = scf.for %i = %c0 to %c8 step %c1 iter_args(%acc = %z) -> (f32) {
    %x = tl.load %t[%i] : memref<8xf32>
    %n = arith.addf %acc, %x : f32
    scf.yield %n : f32
  }
  tl.dealloc %t : memref<8xf32>
  tl.dealloc %kb : memref<8xf32>
  return %s : f32
}
