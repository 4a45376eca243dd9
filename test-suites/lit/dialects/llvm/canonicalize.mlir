// The llvm dialect's folds are MLIR 19's: bitcast chains, zero-index getelementptr, extractvalue of
// insertvalue, icmp eq/ne of a value with itself, zext of a constant (llvm.add of constants stays).
// RUN: mlc-opt --canonicalize %s | FileCheck %s

// CHECK-LABEL: llvm.func @folds(
// CHECK-SAME: %[[A:[^:]*]]: i32, %[[X:[^:]*]]: f32, %[[P:[^:]*]]: !llvm.ptr, %[[S:[^:]*]]: !llvm.struct<(i32, f32)>)
llvm.func @folds(%a: i32, %x: f32, %p: !llvm.ptr, %s: !llvm.struct<(i32, f32)>) {
  // CHECK-DAG: %[[ONE64:.*]] = llvm.mlir.constant(1 : i64) : i64
  // CHECK-DAG: %[[TRUE:.*]] = llvm.mlir.constant(true) : i1
  // CHECK-DAG: %[[FALSE:.*]] = llvm.mlir.constant(false) : i1
  // CHECK-DAG: %[[C1:.*]] = llvm.mlir.constant(1 : i32) : i32
  // CHECK-DAG: %[[C2:.*]] = llvm.mlir.constant(2 : i32) : i32
  // CHECK: %[[SUM:.*]] = llvm.add %[[C1]], %[[C2]] : i32
  // CHECK: %[[F1:.*]] = llvm.extractvalue %[[S]][1] : !llvm.struct<(i32, f32)>
  // CHECK: %[[SLT:.*]] = llvm.icmp "slt" %[[A]], %[[A]] : i32
  // CHECK: llvm.call @use(%[[SUM]], %[[X]], %[[X]], %[[P]], %[[A]], %[[F1]], %[[TRUE]], %[[FALSE]], %[[SLT]], %[[ONE64]])
  %c1 = llvm.mlir.constant(1 : i32) : i32
  %c2 = llvm.mlir.constant(2 : i32) : i32
  %0 = llvm.add %c1, %c2 : i32
  %1 = llvm.bitcast %x : f32 to f32
  %2 = llvm.bitcast %x : f32 to i32
  %3 = llvm.bitcast %2 : i32 to f32
  %4 = llvm.getelementptr %p[0] : (!llvm.ptr) -> !llvm.ptr, i32
  %5 = llvm.insertvalue %a, %s[0] : !llvm.struct<(i32, f32)>
  %6 = llvm.extractvalue %5[0] : !llvm.struct<(i32, f32)>
  %7 = llvm.extractvalue %5[1] : !llvm.struct<(i32, f32)>
  %8 = llvm.icmp "eq" %a, %a : i32
  %9 = llvm.icmp "ne" %a, %a : i32
  %10 = llvm.zext %c1 : i32 to i64
  %11 = llvm.icmp "slt" %a, %a : i32
  llvm.call @use(%0, %1, %3, %4, %6, %7, %8, %9, %11, %10) : (i32, f32, f32, !llvm.ptr, i32, f32, i1, i1, i1, i64) -> ()
  llvm.return
}
llvm.func @use(i32, f32, f32, !llvm.ptr, i32, f32, i1, i1, i1, i64)

// CHECK-LABEL: llvm.func @zext_negative()
// CHECK: llvm.mlir.constant(4294967295 : i64) : i64
// CHECK-NOT: llvm.zext
llvm.func @zext_negative() -> i64 {
  %c = llvm.mlir.constant(-1 : i32) : i32
  %0 = llvm.zext %c : i32 to i64
  llvm.return %0 : i64
}

// undef, poison and zero fold to #llvm.undef/#llvm.poison/#llvm.zero: duplicates merge.
// CHECK-LABEL: llvm.func @undef_dedup(
// CHECK-DAG: %[[U:.*]] = llvm.mlir.undef : i32
// CHECK-DAG: %[[Z:.*]] = llvm.mlir.zero : i32
// CHECK-NOT: llvm.mlir.undef
// CHECK: %[[S:.*]] = llvm.add %[[U]], %[[U]] : i32
// CHECK: llvm.add %[[S]], %[[Z]] : i32
llvm.func @undef_dedup(%a: i32) -> i32 {
  %u = llvm.mlir.undef : i32
  %u2 = llvm.mlir.undef : i32
  %z = llvm.mlir.zero : i32
  %s = llvm.add %u, %u2 : i32
  %t = llvm.add %s, %z : i32
  llvm.return %t : i32
}
