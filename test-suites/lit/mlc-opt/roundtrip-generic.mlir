// RUN: mlc-opt --allow-unregistered-dialect %s | FileCheck %s
// RUN: mlc-opt --allow-unregistered-dialect --mlir-print-op-generic %s | mlc-opt --allow-unregistered-dialect | FileCheck %s

// CHECK-LABEL: module {
// CHECK-NEXT:    %[[A:.*]]:2 = "foo.op"() {attr = 1 : i64} : () -> (i32, f32)
// CHECK-NEXT:    "foo.use"(%[[A]]#1, %[[A]]#0) : (f32, i32) -> ()
%a:2 = "foo.op"() {attr = 1} : () -> (i32, f32)
"foo.use"(%a#1, %a#0) : (f32, i32) -> ()
