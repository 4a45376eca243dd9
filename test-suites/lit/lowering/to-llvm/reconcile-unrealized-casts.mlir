// RUN: mlc-opt --reconcile-unrealized-casts --split-input-file %s | FileCheck %s

// A round trip of casts folds to its input; unused casts go.
// CHECK-LABEL: func.func @main(
// CHECK-SAME: %[[A:.*]]: i64
// CHECK-NEXT: %[[S:.*]] = llvm.add %[[A]], %[[A]] : i64
// CHECK-NEXT: return %[[S]] : i64
func.func @main(%a: i64) -> i64 {
  %0 = builtin.unrealized_conversion_cast %a : i64 to index
  %1 = builtin.unrealized_conversion_cast %0 : index to i64
  %2 = llvm.add %1, %1 : i64
  %3 = builtin.unrealized_conversion_cast %2 : i64 to index
  return %2 : i64
}

// -----

// A chain through several types folds too.
// CHECK-LABEL: func.func @chain(
// CHECK-NEXT: return %arg0 : i32
func.func @chain(%a: i32) -> i32 {
  %0 = builtin.unrealized_conversion_cast %a : i32 to index
  %1 = builtin.unrealized_conversion_cast %0 : index to i64
  %2 = builtin.unrealized_conversion_cast %1 : i64 to i32
  return %2 : i32
}
