// RUN: mlc-opt --convert-arith-to-llvm %s | FileCheck %s
// RUN: mlc-opt --convert-arith-to-llvm %s | mlc-opt | FileCheck %s

// The function keeps its signature: the semantics check interprets @main before and after.
// CHECK-LABEL: func.func @main(
// CHECK-SAME: %[[A:.*]]: i32, %[[B:.*]]: i32, %[[X:.*]]: f32
// CHECK: %[[C:.*]] = llvm.mlir.constant(7 : i32) : i32
// CHECK: %[[M:.*]] = llvm.mul %[[A]], %[[C]] : i32
// CHECK: %[[S:.*]] = llvm.sub %[[M]], %[[B]] : i32
// CHECK: %[[LT:.*]] = llvm.icmp "slt" %[[A]], %[[B]] : i32
// CHECK: %[[MAX:.*]] = llvm.select %[[LT]], %[[S]], %[[A]] : i1, i32
// CHECK: %[[GT:.*]] = llvm.icmp "sgt" %[[MAX]], %[[B]] : i32
// CHECK: llvm.select %[[GT]], %[[MAX]], %[[B]] : i1, i32
// CHECK: llvm.sitofp %{{.*}} : i32 to f32
// CHECK: llvm.fmul
// CHECK: llvm.fcmp "olt"
// CHECK: llvm.intr.maxnum
// CHECK: llvm.fptosi %{{.*}} : f32 to i32
// CHECK-NOT: arith.
func.func @main(%a: i32, %b: i32, %x: f32) -> i32 {
  %c7 = arith.constant 7 : i32
  %0 = arith.muli %a, %c7 : i32
  %1 = arith.subi %0, %b : i32
  %lt = arith.cmpi slt, %a, %b : i32
  %2 = arith.select %lt, %1, %a : i32
  %3 = arith.maxsi %2, %b : i32
  %f = arith.sitofp %3 : i32 to f32
  %g = arith.mulf %f, %x : f32
  %o = arith.cmpf olt, %g, %x : f32
  %h = arith.maxnumf %g, %x : f32
  %k = arith.fptosi %h : f32 to i32
  %r = arith.select %o, %k, %3 : i32
  return %r : i32
}

// Index values become i64; casts bridge to the unconverted function.
// CHECK-LABEL: func.func @index(
// CHECK: %[[I:.*]] = builtin.unrealized_conversion_cast %{{.*}} : index to i64
// CHECK: %[[C:.*]] = llvm.mlir.constant(3 : i64) : i64
// CHECK: %[[S:.*]] = llvm.add %[[I]], %[[C]] : i64
// CHECK: %[[T:.*]] = llvm.trunc %[[S]] : i64 to i32
// CHECK: return %[[T]] : i32
func.func @index(%i: index) -> i32 {
  %c3 = arith.constant 3 : index
  %s = arith.addi %i, %c3 : index
  %t = arith.index_cast %s : index to i32
  return %t : i32
}
