// RUN: mlc-opt --canonicalize %s | FileCheck %s

// CHECK-LABEL: "test.func"() <{function_type = (i32) -> i32, sym_name = "f"}>
// CHECK:         %[[C3:.*]] = "test.constant"() <{value = 3 : i32}>
// CHECK-NEXT:    %[[R:.*]] = "test.add"(%arg0, %[[C3]])
// CHECK-NEXT:    "test.return"(%[[R]])
"test.func"() <{function_type = (i32) -> i32, sym_name = "f"}> ({
^bb0(%x: i32):
  %c1 = "test.constant"() {value = 1 : i32} : () -> i32
  %c2 = "test.constant"() {value = 2 : i32} : () -> i32
  %s = "test.add"(%c1, %c2) : (i32, i32) -> i32
  %n = "test.negate"(%x) : (i32) -> i32
  %nn = "test.negate"(%n) : (i32) -> i32
  %dead = "test.mul"(%x, %x) : (i32, i32) -> i32
  %r = "test.add"(%nn, %s) : (i32, i32) -> i32
  "test.return"(%r) : (i32) -> ()
}) : () -> ()
