// RUN: mlc-opt --convert-to-llvm %s | FileCheck %s
// (The output is accepted by mlir-opt-19, checked by hand.)
// Constant buffers (tl.to_buffer of a dense arith.constant, as convert-graph-to-tl makes them)
// become private constant globals. A buffer that is only read is the global itself (its dealloc
// is dropped); a buffer that is written is a fresh allocation filled from the global.

// CHECK-DAG: llvm.mlir.global private constant @[[G0:__constant_[0-9]+]](dense<{{\[\[}}1.000000e+00, 2.000000e+00], [3.000000e+00, 4.000000e+00]]> : tensor<2x2xf32>) {{.*}}: !llvm.array<2 x array<2 x f32>>
// CHECK-DAG: llvm.mlir.global private constant @[[G1:__constant_[0-9]+]](dense<7> : tensor<3xi32>) {{.*}}: !llvm.array<3 x i32>

// CHECK-LABEL: llvm.func @read
// CHECK: %[[P:.*]] = llvm.mlir.addressof @[[G0]] : !llvm.ptr
// CHECK: llvm.insertvalue %[[P]], %{{.*}}[0]
// CHECK: llvm.insertvalue %[[P]], %{{.*}}[1]
// CHECK-NOT: llvm.call @free
// CHECK-NOT: llvm.call @malloc
// CHECK: llvm.return
func.func @read(%i: index, %j: index) -> f32 {
  %c = arith.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %b = tl.to_buffer %c : tensor<2x2xf32> to memref<2x2xf32>
  %v = tl.load %b[%i, %j] : memref<2x2xf32>
  tl.dealloc %b : memref<2x2xf32>
  return %v : f32
}

// CHECK-LABEL: llvm.func @written
// CHECK: llvm.mlir.addressof @[[G1]] : !llvm.ptr
// CHECK: llvm.call @malloc
// CHECK: "llvm.intr.memcpy"
// CHECK: llvm.store
// CHECK: llvm.call @free
func.func @written(%i: index, %x: i32) -> i32 {
  %c = arith.constant dense<7> : tensor<3xi32>
  %b = tl.to_buffer %c : tensor<3xi32> to memref<3xi32>
  tl.store %x, %b[%i] : memref<3xi32>
  %c0 = arith.constant 0 : index
  %v = tl.load %b[%c0] : memref<3xi32>
  tl.dealloc %b : memref<3xi32>
  return %v : i32
}
