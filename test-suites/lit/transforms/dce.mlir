// RUN: mlc-opt %s --allow-unregistered-dialect --split-input-file --dce | FileCheck %s
// RUN: mlc-opt %s --allow-unregistered-dialect --split-input-file --dce=remove-blocks=false | FileCheck %s --check-prefix=KEEP
// RUN: mlc-opt %s --allow-unregistered-dialect --split-input-file --dce --mlir-pass-statistics 2>&1 >/dev/null | FileCheck %s --check-prefix=STATS

// A dead chain goes in one run; what the result needs stays.
// CHECK-LABEL: sym_name = "dead_chain"
// CHECK-NEXT:  ^bb0(%[[X:.*]]: i32):
// CHECK-NEXT:    %[[N:.*]] = "test.negate"(%[[X]])
// CHECK-NEXT:    "test.return"(%[[N]])
// STATS:       DeadCodeElimination
// STATS-NEXT:    (S) 3 num-dce'd - Number of operations DCE'd
"test.func"() <{function_type = (i32) -> i32, sym_name = "dead_chain"}> ({
^bb0(%x: i32):
  %n = "test.negate"(%x) : (i32) -> i32
  %a = "test.add"(%x, %n) : (i32, i32) -> i32
  %b = "test.mul"(%a, %a) : (i32, i32) -> i32
  %c = "test.negate"(%b) : (i32) -> i32
  "test.return"(%n) : (i32) -> ()
}) : () -> ()

// -----

// Ops with side effects stay, unused or not, and so do their operands; so do unregistered ops.
// CHECK-LABEL: sym_name = "effects"
// CHECK-NEXT:  ^bb0(%[[X:.*]]: i32):
// CHECK-NEXT:    %[[A:.*]] = "test.add"(%[[X]], %[[X]])
// CHECK-NEXT:    "test.effect"(%[[A]])
// CHECK-NEXT:    "test.unknown"()
// CHECK-NEXT:    "test.return"()
"test.func"() <{function_type = (i32) -> (), sym_name = "effects"}> ({
^bb0(%x: i32):
  %a = "test.add"(%x, %x) : (i32, i32) -> i32
  %e = "test.effect"(%a) : (i32) -> i32
  %u = "test.unknown"() : () -> i32
  "test.return"() : () -> ()
}) : () -> ()

// -----

// Unreachable blocks go (even when they branch to each other), then what only they used.
// CHECK-LABEL: sym_name = "unreachable"
// CHECK-NEXT:  ^bb0(%[[X:.*]]: i32):
// CHECK-NEXT:    "test.br"()[^bb1]
// CHECK-NEXT:  ^bb1:
// CHECK-NEXT:    "test.return"(%[[X]])
// CHECK-NOT:   ^bb
// KEEP-LABEL:  sym_name = "unreachable"
// KEEP:          "test.negate"
// KEEP-COUNT-3:  "test.br"
"test.func"() <{function_type = (i32) -> i32, sym_name = "unreachable"}> ({
^bb0(%x: i32):
  %n = "test.negate"(%x) : (i32) -> i32
  "test.br"()[^bb3] : () -> ()
^bb1:
  "test.effect"(%n) : (i32) -> ()
  "test.br"()[^bb2] : () -> ()
^bb2:
  "test.br"()[^bb1] : () -> ()
^bb3:
  "test.return"(%x) : (i32) -> ()
}) : () -> ()

// -----

// Dead ops in nested regions go; the region-holding op (it has effects) stays.
// CHECK-LABEL: sym_name = "nested"
// CHECK:         "test.loop"
// CHECK-NEXT:    ^bb0(%{{.*}}: index):
// CHECK-NEXT:      "test.yield"()
// CHECK-NEXT:    })
"test.func"() <{function_type = (index) -> (), sym_name = "nested"}> ({
^bb0(%n: index):
  "test.loop"(%n, %n, %n) ({
  ^bb0(%iv: index):
    %0 = "test.add"(%iv, %n) : (index, index) -> index
    "test.yield"() : () -> ()
  }) : (index, index, index) -> ()
  "test.return"() : () -> ()
}) : () -> ()

// -----

// No liveness analysis: a dead use-def cycle in a graph region stays.
// CHECK-LABEL: sym_name = "cycle"
// CHECK:         "test.graph_region"
// CHECK-NEXT:      "test.add"
// CHECK-NEXT:      "test.add"
"test.func"() <{function_type = (i32) -> (), sym_name = "cycle"}> ({
^bb0(%x: i32):
  "test.graph_region"() ({
    %a = "test.add"(%x, %b) : (i32, i32) -> i32
    %b = "test.add"(%x, %a) : (i32, i32) -> i32
  }) : () -> ()
  "test.return"() : () -> ()
}) : () -> ()
