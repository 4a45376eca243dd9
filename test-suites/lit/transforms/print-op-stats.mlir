// RUN: mlc-opt %s --allow-unregistered-dialect --print-op-stats -o /dev/null 2>&1 | FileCheck %s --strict-whitespace --match-full-lines
// RUN: mlc-opt %s --allow-unregistered-dialect --print-op-stats=json -o /dev/null 2>&1 | FileCheck %s --check-prefix=JSON --strict-whitespace --match-full-lines
// RUN: mlc-opt %s --allow-unregistered-dialect --pass-pipeline='builtin.module(test.func(print-op-stats{json}))' -o /dev/null 2>&1 | FileCheck %s --check-prefix=NESTED
// RUN: mlc-opt %s --allow-unregistered-dialect --print-op-stats 2>/dev/null | FileCheck %s --check-prefix=IR

// Counted by name, sorted, the anchor op included; names aligned on the dialect prefix.
//      CHECK:Operations encountered:
// CHECK-NEXT:-----------------------
// CHECK-NEXT:  builtin.module   , 1
// CHECK-NEXT:      foo.bar      , 1
// CHECK-NEXT:     test.add      , 3
// CHECK-NEXT:     test.constant , 1
// CHECK-NEXT:     test.func     , 2
// CHECK-NEXT:     test.return   , 2
// CHECK-NEXT:   xyzzyx.q        , 1

//      JSON:{
// JSON-NEXT:  "builtin.module" : 1,
// JSON-NEXT:  "foo.bar" : 1,
// JSON-NEXT:  "test.add" : 3,
// JSON-NEXT:  "test.constant" : 1,
// JSON-NEXT:  "test.func" : 2,
// JSON-NEXT:  "test.return" : 2,
// JSON-NEXT:  "xyzzyx.q" : 1
// JSON-NEXT:}

// Nested under each function, in function order.
//      NESTED:{
// NESTED-NEXT:  "test.add" : 3,
// NESTED-NEXT:  "test.constant" : 1,
// NESTED-NEXT:  "test.func" : 1,
// NESTED-NEXT:  "test.return" : 1
// NESTED-NEXT:}
// NESTED-NEXT:{
// NESTED-NEXT:  "foo.bar" : 1,
// NESTED-NEXT:  "test.func" : 1,
// NESTED-NEXT:  "test.return" : 1
// NESTED-NEXT:}

// The IR is left as it was.
// IR-COUNT-3: "test.add"
"test.func"() <{function_type = (i32) -> i32, sym_name = "f"}> ({
^bb0(%x: i32):
  %c = "test.constant"() {value = 1 : i32} : () -> i32
  %0 = "test.add"(%x, %c) : (i32, i32) -> i32
  %1 = "test.add"(%0, %c) : (i32, i32) -> i32
  %2 = "test.add"(%1, %c) : (i32, i32) -> i32
  "test.return"(%2) : (i32) -> ()
}) : () -> ()
"test.func"() <{function_type = () -> (), sym_name = "g"}> ({
  "foo.bar"() : () -> ()
  "test.return"() : () -> ()
}) : () -> ()
"xyzzyx.q"() : () -> ()
