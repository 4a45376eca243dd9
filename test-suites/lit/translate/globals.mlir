// Globals with initializer attributes and regions (folded to constants), linkage and constness.
// RUN: mlc-translate --mlir-to-llvmir %s | FileCheck %s

// CHECK-DAG: @table = internal constant [3 x i32] [i32 1, i32 2, i32 3]
llvm.mlir.global internal constant @table(dense<[1, 2, 3]> : tensor<3xi32>) {addr_space = 0 : i32} : !llvm.array<3 x i32>
// CHECK-DAG: @matrix = private global [2 x [2 x float]] {{\[}}[2 x float] [float 1.000000e+00, float 2.000000e+00], [2 x float] [float 3.000000e+00, float 4.000000e+00]]
llvm.mlir.global private @matrix(dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>) {addr_space = 0 : i32} : !llvm.array<2 x array<2 x f32>>
// CHECK-DAG: @msg = private constant [6 x i8] c"hello\00"
llvm.mlir.global private constant @msg("hello\00") {addr_space = 0 : i32}
// CHECK-DAG: @counter = global i64 42, align 8
llvm.mlir.global external @counter(42 : i64) {addr_space = 0 : i32, alignment = 8 : i64} : i64
// CHECK-DAG: @second = global ptr getelementptr ([3 x i32], ptr @table, i32 0, i32 1)
llvm.mlir.global external @second() {addr_space = 0 : i32} : !llvm.ptr {
  %0 = llvm.mlir.addressof @table : !llvm.ptr
  %1 = llvm.getelementptr %0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<3 x i32>
  llvm.return %1 : !llvm.ptr
}
// CHECK-DAG: @pair = global { i32, ptr } { i32 7, ptr @f }
llvm.mlir.global external @pair() {addr_space = 0 : i32} : !llvm.struct<(i32, ptr)> {
  %u = llvm.mlir.undef : !llvm.struct<(i32, ptr)>
  %c = llvm.mlir.constant(7 : i32) : i32
  %f = llvm.mlir.addressof @f : !llvm.ptr
  %s0 = llvm.insertvalue %c, %u[0] : !llvm.struct<(i32, ptr)>
  %s1 = llvm.insertvalue %f, %s0[1] : !llvm.struct<(i32, ptr)>
  llvm.return %s1 : !llvm.struct<(i32, ptr)>
}
// CHECK-DAG: @ext = external global i32
llvm.mlir.global external @ext() {addr_space = 0 : i32} : i32

llvm.func @f() -> i32 {
  // CHECK: load i32, ptr getelementptr inbounds {{.*}}@table{{.*}}, align 4
  %p = llvm.mlir.addressof @table : !llvm.ptr
  %q = llvm.getelementptr inbounds %p[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<3 x i32>
  %v = llvm.load %q : !llvm.ptr -> i32
  llvm.return %v : i32
}
