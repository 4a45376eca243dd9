// RUN: mlc-opt --convert-to-llvm %s | FileCheck %s
// arith.floordivsi/ceildivsi are expanded as upstream's arith-expand does (sdiv, srem, a sign
// test and a select); tl.reshape of a contiguous buffer is a new descriptor on the same data.
// (Checked against the interpreter by NativeRunTest.)

// CHECK-LABEL: llvm.func @floordiv
// CHECK: %[[Q:.*]] = llvm.sdiv %arg0, %arg1 : i32
// CHECK: %[[R:.*]] = llvm.srem %arg0, %arg1 : i32
// CHECK: %[[NZ:.*]] = llvm.icmp "ne" %[[R]], %{{.*}} : i32
// CHECK: llvm.xor
// CHECK: %[[M:.*]] = llvm.sub %[[Q]], %{{.*}} : i32
// CHECK: llvm.select %{{.*}}, %[[M]], %[[Q]] : i1, i32
func.func @floordiv(%a: i32, %b: i32) -> i32 {
  %q = arith.floordivsi %a, %b : i32
  return %q : i32
}

// CHECK-LABEL: llvm.func @ceildiv
// CHECK: %[[Q:.*]] = llvm.sdiv %arg0, %arg1 : i64
// CHECK: %[[P:.*]] = llvm.add %[[Q]], %{{.*}} : i64
// CHECK: llvm.select %{{.*}}, %[[P]], %[[Q]] : i1, i64
func.func @ceildiv(%a: index, %b: index) -> index {
  %q = arith.ceildivsi %a, %b : index
  return %q : index
}

// CHECK-LABEL: llvm.func @reshape
// CHECK: llvm.mlir.undef : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
// CHECK: llvm.insertvalue %arg0, %{{.*}}[0]
// CHECK: llvm.insertvalue %arg1, %{{.*}}[1]
// CHECK: llvm.insertvalue %arg2, %{{.*}}[2]
// CHECK: llvm.load %{{.*}} : !llvm.ptr -> f32
func.func @reshape(%m: memref<2x3xf32>, %i: index) -> f32 {
  %r = tl.reshape %m : memref<2x3xf32> to memref<6xf32>
  %v = tl.load %r[%i] : memref<6xf32>
  return %v : f32
}
