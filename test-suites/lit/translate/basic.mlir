// mlc-translate --mlir-to-llvmir: functions, arguments, blocks and block arguments as phis.
// RUN: mlc-translate --mlir-to-llvmir %s | FileCheck %s
// RUN: mlc-translate -mlir-to-llvmir - < %s | FileCheck %s

// CHECK-LABEL: define i32 @add(i32 %0, i32 %1)
// CHECK-NEXT:    %3 = add nsw i32 %0, %1
// CHECK-NEXT:    %4 = mul i32 %3, %1
// CHECK-NEXT:    ret i32 %4
llvm.func @add(%a: i32, %b: i32) -> i32 {
  %0 = llvm.add %a, %b overflow<nsw> : i32
  %1 = llvm.mul %0, %b : i32
  llvm.return %1 : i32
}

// CHECK-LABEL: define i64 @sum(i64 %0)
// CHECK:         br label %[[HEAD:[0-9]+]]
// CHECK:       [[HEAD]]:
// CHECK-NEXT:    %[[I:[0-9]+]] = phi i64 [ 0, %1 ], [ %[[I2:[0-9]+]], %[[BODY:[0-9]+]] ]
// CHECK-NEXT:    %[[ACC:[0-9]+]] = phi i64 [ 0, %1 ], [ %[[ACC2:[0-9]+]], %[[BODY]] ]
// CHECK-NEXT:    %[[C:[0-9]+]] = icmp sge i64 %[[I]], %0
// CHECK-NEXT:    br i1 %[[C]], label %[[EXIT:[0-9]+]], label %[[BODY]]
// CHECK:       [[BODY]]:
// CHECK-NEXT:    %[[ACC2]] = add i64 %[[ACC]], %[[I]]
// CHECK-NEXT:    %[[I2]] = add i64 %[[I]], 1
// CHECK-NEXT:    br label %[[HEAD]]
// CHECK:       [[EXIT]]:
// CHECK-NEXT:    ret i64 %[[ACC]]
llvm.func @sum(%n: i64) -> i64 {
  %c0 = llvm.mlir.constant(0 : i64) : i64
  %c1 = llvm.mlir.constant(1 : i64) : i64
  llvm.br ^loop(%c0, %c0 : i64, i64)
^loop(%i: i64, %acc: i64):
  %done = llvm.icmp "sge" %i, %n : i64
  llvm.cond_br %done, ^exit, ^body
^body:
  %acc2 = llvm.add %acc, %i : i64
  %i2 = llvm.add %i, %c1 : i64
  llvm.br ^loop(%i2, %acc2 : i64, i64)
^exit:
  llvm.return %acc : i64
}

// CHECK-LABEL: define internal void @nothing()
// CHECK-NEXT:    ret void
llvm.func internal @nothing() {
  llvm.return
}

// CHECK: declare ptr @malloc(i64)
llvm.func @malloc(i64) -> !llvm.ptr
