// MLIR's custom syntax of func.func, func.return and func.call reads back to the same IR, in
// custom and generic form.
// RUN: mlc-opt --allow-unregistered-dialect %s | FileCheck %s
// RUN: mlc-opt --allow-unregistered-dialect %s | mlc-opt --allow-unregistered-dialect | FileCheck %s
// RUN: mlc-opt --allow-unregistered-dialect --mlir-print-op-generic %s | mlc-opt --allow-unregistered-dialect | FileCheck %s
// RUN: mlc-opt --allow-unregistered-dialect --mlir-print-op-generic %s | FileCheck %s --check-prefix=GENERIC

// CHECK-LABEL: func.func @add(%arg0: i32, %arg1: i32 {test.name = "b"}) -> i32 attributes {inline} {
// CHECK-NEXT:    %[[S:.*]] = "foo.addi"(%arg0, %arg1) : (i32, i32) -> i32
// CHECK-NEXT:    %[[T:.*]] = call @twice(%[[S]]) : (i32) -> i32
// CHECK-NEXT:    return %[[T]] : i32
// CHECK-NEXT:  }
// GENERIC: "func.func"() <{arg_attrs = [{}, {test.name = "b"}], function_type = (i32, i32) -> i32, sym_name = "add"}> ({
// GENERIC: "func.call"(%{{.*}}) <{callee = @twice}> : (i32) -> i32
// GENERIC: "func.return"(%{{.*}}) : (i32) -> ()
func.func @add(%a: i32, %b: i32 {test.name = "b"}) -> i32 attributes {inline} {
  %0 = "foo.addi"(%a, %b) : (i32, i32) -> i32
  %1 = func.call @twice(%0) : (i32) -> i32
  return %1 : i32
}

// CHECK: func.func private @twice(i32) -> i32
func.func private @twice(i32) -> i32

// CHECK-LABEL: func.func @multi() -> (i32 {res.x}, f32) {
// CHECK:         return %{{.*}}, %{{.*}} : i32, f32
func.func @multi() -> (i32 {res.x}, f32) {
  %0 = "foo.a"() : () -> i32
  %1 = "foo.b"() : () -> f32
  func.return %0, %1 : i32, f32
}

// CHECK-LABEL: func.func nested @empty() {
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func nested @empty() {
  return
}
