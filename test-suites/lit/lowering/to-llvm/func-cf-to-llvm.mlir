// RUN: mlc-opt --convert-scf-to-cf --convert-to-llvm %s | FileCheck %s
// RUN: mlc-opt --convert-scf-to-cf --convert-to-llvm %s | mlc-opt | FileCheck %s

// CHECK-LABEL: llvm.func @sum(
// CHECK-SAME: %[[N:.*]]: i64) -> i64
// CHECK: llvm.br ^bb1(%{{.*}}, %{{.*}} : i64, i64)
// CHECK: ^bb1(%[[I:.*]]: i64, %[[ACC:.*]]: i64):
// CHECK: %[[C:.*]] = llvm.icmp "slt" %[[I]], %[[N]] : i64
// CHECK: llvm.cond_br %[[C]], ^bb2, ^bb3
// CHECK: ^bb2:
// CHECK: llvm.br ^bb1(
// CHECK: ^bb3:
// CHECK: llvm.return %[[ACC]] : i64
func.func @sum(%n: index) -> index {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%a = %c0) -> (index) {
    %s = arith.addi %a, %i : index
    scf.yield %s : index
  }
  return %r : index
}

// CHECK-LABEL: llvm.func @caller(
// CHECK: %[[R:.*]] = llvm.call @sum(%{{.*}}) : (i64) -> i64
// CHECK: llvm.switch %{{.*}} : i32, ^bb2 [
// CHECK: llvm.return
func.func @caller(%n: index, %k: i32) -> index {
  %r = func.call @sum(%n) : (index) -> index
  cf.switch %k : i32, [
    default: ^bb2,
    1: ^bb1
  ]
^bb1:
  return %r : index
^bb2:
  return %n : index
}

// Buffers: a memref argument expands into (allocated, aligned, offset, sizes, strides).
// CHECK-LABEL: llvm.func @buffers(
// CHECK-SAME: %[[AL:.*]]: !llvm.ptr, %[[AP:.*]]: !llvm.ptr, %[[OFF:.*]]: i64, %[[S0:.*]]: i64, %[[S1:.*]]: i64, %[[ST0:.*]]: i64, %[[ST1:.*]]: i64, %[[I:.*]]: i64
// CHECK: %[[M0:.*]] = llvm.mul %[[I]], %[[ST0]] : i64
// CHECK: %[[A0:.*]] = llvm.add %[[OFF]], %[[M0]] : i64
// CHECK: %[[M1:.*]] = llvm.mul %[[I]], %[[ST1]] : i64
// CHECK: %[[A1:.*]] = llvm.add %[[A0]], %[[M1]] : i64
// CHECK: %[[P:.*]] = llvm.getelementptr %[[AP]][%[[A1]]] : (!llvm.ptr, i64) -> !llvm.ptr, f32
// CHECK: llvm.load %[[P]] : !llvm.ptr -> f32
// CHECK: llvm.call @malloc(
// CHECK: llvm.insertvalue
// CHECK: llvm.extractvalue %{{.*}}[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
// CHECK: llvm.call @free(
func.func @buffers(%m: memref<?x4xf32>, %i: index) -> f32 {
  %v = tl.load %m[%i, %i] : memref<?x4xf32>
  %t = tl.alloc(%i) : memref<?xf32>
  tl.store %v, %t[%i] : memref<?xf32>
  tl.dealloc %t : memref<?xf32>
  return %v : f32
}

// As upstream: external linkage, the visibility kept.
// CHECK-LABEL: llvm.func @priv(
// CHECK-SAME: attributes {sym_visibility = "private"}
// CHECK: llvm.func @ext(f32) -> f32 attributes {sym_visibility = "private"}
func.func private @priv(%a: i32) -> i32 {
  return %a : i32
}
func.func private @ext(f32) -> f32
