// RUN: mlc-opt --split-input-file --allow-unregistered-dialect --loop-invariant-code-motion %s | FileCheck %s
// RUN: mlc-opt --split-input-file --allow-unregistered-dialect --loop-invariant-code-motion --mlir-pass-statistics %s 2>&1 >/dev/null | FileCheck %s --check-prefix=STATS

// A chain of invariant ops moves before the loop, in an order that keeps dominance.
// STATS:      LoopInvariantCodeMotion
// STATS-NEXT:   (S) 2 num-hoisted - Number of ops hoisted out of loops
// CHECK-LABEL: sym_name = "invariant_chain"
// CHECK:         %[[A:.*]] = "test.add"(%arg0, %arg0)
// CHECK-NEXT:    %[[B:.*]] = "test.mul"(%[[A]], %arg0)
// CHECK-NEXT:    "test.loop"
// CHECK-NEXT:    ^bb0(%{{.*}}: index):
// CHECK-NEXT:      "test.use"(%[[B]])
// CHECK-NEXT:      "test.yield"
"test.func"() <{function_type = (i32, index) -> (), sym_name = "invariant_chain"}> ({
^bb0(%x: i32, %n: index):
  "test.loop"(%n, %n, %n) ({
  ^bb0(%iv: index):
    %a = "test.add"(%x, %x) : (i32, i32) -> i32
    %b = "test.mul"(%a, %x) : (i32, i32) -> i32
    "test.use"(%b) : (i32) -> ()
    "test.yield"() : () -> ()
  }) : (index, index, index) -> ()
  "test.return"() : () -> ()
}) : () -> ()

// -----

// Ops with side effects stay, and so do pure ops using their results.
// CHECK-LABEL: sym_name = "side_effects"
// CHECK:         "test.loop"
// CHECK-NEXT:    ^bb0(%{{.*}}: index):
// CHECK-NEXT:      %[[E:.*]] = "test.effect"()
// CHECK-NEXT:      "test.negate"(%[[E]])
"test.func"() <{function_type = (index) -> (), sym_name = "side_effects"}> ({
^bb0(%n: index):
  "test.loop"(%n, %n, %n) ({
  ^bb0(%iv: index):
    %e = "test.effect"() : () -> i32
    %m = "test.negate"(%e) : (i32) -> i32
    "test.yield"() : () -> ()
  }) : (index, index, index) -> ()
  "test.return"() : () -> ()
}) : () -> ()

// -----

// An op that depends on the induction variable stays; its invariant operand moves.
// CHECK-LABEL: sym_name = "uses_iv"
// CHECK:         %[[C:.*]] = "test.constant"() <{value = 4 : index}>
// CHECK-NEXT:    "test.loop"
// CHECK-NEXT:    ^bb0(%[[IV:.*]]: index):
// CHECK-NEXT:      "test.add"(%[[IV]], %[[C]])
"test.func"() <{function_type = (index) -> (), sym_name = "uses_iv"}> ({
^bb0(%n: index):
  "test.loop"(%n, %n, %n) ({
  ^bb0(%iv: index):
    %c = "test.constant"() {value = 4 : index} : () -> index
    %s = "test.add"(%iv, %c) : (index, index) -> index
    "test.yield"() : () -> ()
  }) : (index, index, index) -> ()
  "test.return"() : () -> ()
}) : () -> ()

// -----

// Nested loops: what is invariant in both leaves both; what uses the outer
// induction variable moves out of the inner loop only.
// CHECK-LABEL: sym_name = "nested_loops"
// CHECK:         %[[A:.*]] = "test.mul"(%arg0, %arg0)
// CHECK-NEXT:    "test.loop"
// CHECK-NEXT:    ^bb0(%[[I:.*]]: index):
// CHECK-NEXT:      %[[B:.*]] = "test.add"(%[[I]], %[[I]])
// CHECK-NEXT:      "test.loop"
// CHECK-NEXT:      ^bb0(%[[J:.*]]: index):
// CHECK-NEXT:        "test.use"(%[[A]], %[[B]], %[[J]])
"test.func"() <{function_type = (i32, index) -> (), sym_name = "nested_loops"}> ({
^bb0(%x: i32, %n: index):
  "test.loop"(%n, %n, %n) ({
  ^bb0(%i: index):
    "test.loop"(%n, %n, %n) ({
    ^bb0(%j: index):
      %a = "test.mul"(%x, %x) : (i32, i32) -> i32
      %b = "test.add"(%i, %i) : (index, index) -> index
      "test.use"(%a, %b, %j) : (i32, index, index) -> ()
      "test.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "test.yield"() : () -> ()
  }) : (index, index, index) -> ()
  "test.return"() : () -> ()
}) : () -> ()

// -----

// An op with a region moves when its nested ops are pure and use no loop values.
// CHECK-LABEL: sym_name = "invariant_region_op"
// CHECK:         %[[R:.*]] = "test.if"(%arg0)
// CHECK:         "test.loop"
// CHECK-NEXT:    ^bb0(%[[IV:.*]]: index):
// CHECK-NEXT:      "test.if"(%arg0)
// CHECK-NEXT:        "test.yield"(%[[IV]])
"test.func"() <{function_type = (i1, i32, index) -> (), sym_name = "invariant_region_op"}> ({
^bb0(%c: i1, %x: i32, %n: index):
  "test.loop"(%n, %n, %n) ({
  ^bb0(%iv: index):
    %r = "test.if"(%c) ({
      %d = "test.add"(%x, %x) : (i32, i32) -> i32
      "test.yield"(%d) : (i32) -> ()
    }, {
      "test.yield"(%x) : (i32) -> ()
    }) : (i1) -> i32
    %s = "test.if"(%c) ({
      "test.yield"(%iv) : (index) -> ()
    }, {
      "test.yield"(%n) : (index) -> ()
    }) : (i1) -> index
    "test.use"(%r, %s) : (i32, index) -> ()
    "test.yield"() : () -> ()
  }) : (index, index, index) -> ()
  "test.return"() : () -> ()
}) : () -> ()

// -----

// A region op holding a side effect stays in the loop.
// CHECK-LABEL: sym_name = "region_with_effect"
// CHECK:         "test.loop"
// CHECK-NEXT:    ^bb0(%{{.*}}: index):
// CHECK-NEXT:      "test.if"(%arg0)
// CHECK-NEXT:        "test.effect"
"test.func"() <{function_type = (i1, index) -> (), sym_name = "region_with_effect"}> ({
^bb0(%c: i1, %n: index):
  "test.loop"(%n, %n, %n) ({
  ^bb0(%iv: index):
    "test.if"(%c) ({
      "test.effect"() : () -> ()
      "test.yield"() : () -> ()
    }, {
      "test.yield"() : () -> ()
    }) : (i1) -> ()
    "test.yield"() : () -> ()
  }) : (index, index, index) -> ()
  "test.return"() : () -> ()
}) : () -> ()
