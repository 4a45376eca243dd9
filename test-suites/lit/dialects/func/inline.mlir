// The generic passes work on func: calls to private functions are inlined and the callees erased.
// RUN: mlc-opt --allow-unregistered-dialect --inline %s | FileCheck %s

// CHECK-LABEL: func.func @main(%arg0: i32) -> i32 {
// CHECK-NEXT:    %[[R:.*]] = "test.double"(%arg0) : (i32) -> i32
// CHECK-NEXT:    return %[[R]] : i32
// CHECK-NOT:   func.func private @double
func.func @main(%x: i32) -> i32 {
  %0 = call @double(%x) : (i32) -> i32
  return %0 : i32
}
func.func private @double(%y: i32) -> i32 {
  %0 = "test.double"(%y) : (i32) -> i32
  return %0 : i32
}
