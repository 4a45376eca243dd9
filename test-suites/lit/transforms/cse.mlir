// RUN: mlc-opt %s --allow-unregistered-dialect --split-input-file --cse | FileCheck %s
// RUN: mlc-opt %s --allow-unregistered-dialect --split-input-file --cse --mlir-pass-statistics 2>&1 >/dev/null | FileCheck %s --check-prefix=STATS

// Unused pure ops met on the way are erased and counted as DCE'd.
// CHECK-LABEL: sym_name = "dead"
// CHECK-NEXT:  ^bb0(%[[X:.*]]: i32):
// CHECK-NEXT:    %[[N:.*]] = "test.negate"(%[[X]])
// CHECK-NEXT:    "test.return"(%[[N]], %[[N]])
// STATS:       CSE
// STATS-NEXT:  (S) 1 num-cse'd - Number of operations CSE'd
// STATS-NEXT:  (S) 2 num-dce'd - Number of operations DCE'd
"test.func"() <{function_type = (i32) -> (i32, i32), sym_name = "dead"}> ({
^bb0(%x: i32):
  %0 = "test.mul"(%x, %x) : (i32, i32) -> i32
  %1 = "test.negate"(%x) : (i32) -> i32
  %2 = "test.negate"(%x) : (i32) -> i32
  %3 = "test.add"(%x, %x) : (i32, i32) -> i32
  "test.return"(%1, %2) : (i32, i32) -> ()
}) : () -> ()

// -----

// Identical constants: the second one goes.
// CHECK-LABEL: sym_name = "simple_constant"
// CHECK-NEXT:    %[[C:.*]] = "test.constant"() <{value = 1 : i32}>
// CHECK-NEXT:    "test.return"(%[[C]], %[[C]])
"test.func"() <{function_type = () -> (i32, i32), sym_name = "simple_constant"}> ({
  %0 = "test.constant"() {value = 1 : i32} : () -> i32
  %1 = "test.constant"() {value = 1 : i32} : () -> i32
  "test.return"(%0, %1) : (i32, i32) -> ()
}) : () -> ()

// -----

// Merging one level makes the next level identical: the whole tree collapses in one run.
// CHECK-LABEL: sym_name = "chain"
// CHECK-NEXT:  ^bb0(%[[X:.*]]: i32, %[[Y:.*]]: i32):
// CHECK-NEXT:    %[[A:.*]] = "test.add"(%[[X]], %[[Y]])
// CHECK-NEXT:    %[[B:.*]] = "test.mul"(%[[A]], %[[A]])
// CHECK-NEXT:    "test.return"(%[[B]], %[[B]])
"test.func"() <{function_type = (i32, i32) -> (i32, i32), sym_name = "chain"}> ({
^bb0(%x: i32, %y: i32):
  %a = "test.add"(%x, %y) : (i32, i32) -> i32
  %b = "test.add"(%x, %y) : (i32, i32) -> i32
  %c = "test.mul"(%a, %a) : (i32, i32) -> i32
  %d = "test.mul"(%b, %b) : (i32, i32) -> i32
  "test.return"(%c, %d) : (i32, i32) -> ()
}) : () -> ()

// -----

// Different attributes, result types or operands keep ops apart.
// CHECK-LABEL: sym_name = "different"
// CHECK-COUNT-4: "test.constant"
// CHECK-NEXT:    "test.return"
"test.func"() <{function_type = () -> (i32, i32, i64, i32), sym_name = "different"}> ({
  %0 = "test.constant"() {value = 1 : i32} : () -> i32
  %1 = "test.constant"() {value = 2 : i32} : () -> i32
  %2 = "test.constant"() {value = 1 : i32} : () -> i64
  %3 = "test.constant"() {value = 1 : i32, note = "x"} : () -> i32
  "test.return"(%0, %1, %2, %3) : (i32, i32, i64, i32) -> ()
}) : () -> ()

// -----

// test.add is commutative: operand order does not matter.
// CHECK-LABEL: sym_name = "commutative"
// CHECK-NEXT:  ^bb0(%[[X:.*]]: i32, %[[Y:.*]]: i32):
// CHECK-NEXT:    %[[A:.*]] = "test.add"(%[[X]], %[[Y]])
// CHECK-NEXT:    "test.return"(%[[A]], %[[A]])
"test.func"() <{function_type = (i32, i32) -> (i32, i32), sym_name = "commutative"}> ({
^bb0(%x: i32, %y: i32):
  %a = "test.add"(%x, %y) : (i32, i32) -> i32
  %b = "test.add"(%y, %x) : (i32, i32) -> i32
  "test.return"(%a, %b) : (i32, i32) -> ()
}) : () -> ()

// -----

// Ops with side effects, and unregistered ops (effects unknown), are never merged.
// CHECK-LABEL: sym_name = "side_effects"
// CHECK-COUNT-2: "test.effect"
// CHECK-COUNT-2: "test.unknown"
"test.func"() <{function_type = () -> (i32, i32, i32, i32), sym_name = "side_effects"}> ({
  %0 = "test.effect"() : () -> i32
  %1 = "test.effect"() : () -> i32
  %2 = "test.unknown"() : () -> i32
  %3 = "test.unknown"() : () -> i32
  "test.return"(%0, %1, %2, %3) : (i32, i32, i32, i32) -> ()
}) : () -> ()

// -----

// A definition in a dominating block replaces one in a dominated block.
// CHECK-LABEL: sym_name = "down_propagate"
// CHECK:         %[[C:.*]] = "test.constant"() <{value = 7 : i32}>
// CHECK-NOT:     "test.constant"
// CHECK:         "test.return"(%[[C]])
"test.func"() <{function_type = () -> i32, sym_name = "down_propagate"}> ({
  %0 = "test.constant"() {value = 7 : i32} : () -> i32
  "test.effect"(%0) : (i32) -> ()
  "test.br"()[^bb1] : () -> ()
^bb1:
  %1 = "test.constant"() {value = 7 : i32} : () -> i32
  "test.return"(%1) : (i32) -> ()
}) : () -> ()

// -----

// Sibling blocks do not dominate each other, nor does either dominate the join block.
// CHECK-LABEL: sym_name = "no_up_propagate"
// CHECK:       ^bb1:
// CHECK-NEXT:    %[[A:.*]] = "test.constant"() <{value = 7 : i32}>
// CHECK-NEXT:    "test.br"(%[[A]])[^bb3]
// CHECK:       ^bb2:
// CHECK-NEXT:    %[[B:.*]] = "test.constant"() <{value = 7 : i32}>
// CHECK-NEXT:    "test.br"(%[[B]])[^bb3]
// CHECK:       ^bb3(%{{.*}}: i32):
// CHECK-NEXT:    %[[C:.*]] = "test.constant"() <{value = 7 : i32}>
"test.func"() <{function_type = (i1) -> (i32, i32), sym_name = "no_up_propagate"}> ({
^bb0(%c: i1):
  "test.cond_br"(%c)[^bb1, ^bb2] {num_true = 0} : (i1) -> ()
^bb1:
  %0 = "test.constant"() {value = 7 : i32} : () -> i32
  "test.br"(%0)[^bb3] : (i32) -> ()
^bb2:
  %1 = "test.constant"() {value = 7 : i32} : () -> i32
  "test.br"(%1)[^bb3] : (i32) -> ()
^bb3(%phi: i32):
  %2 = "test.constant"() {value = 7 : i32} : () -> i32
  "test.return"(%phi, %2) : (i32, i32) -> ()
}) : () -> ()

// -----

// Nested regions see the ops of their parents; ops inside a region are not visible after it.
// CHECK-LABEL: sym_name = "nested_region"
// CHECK:         %[[C:.*]] = "test.constant"() <{value = 3 : index}>
// CHECK:         "test.loop"
// CHECK-NEXT:    ^bb0(%[[IV:.*]]: index):
// CHECK-NEXT:      %[[N:.*]] = "test.constant"() <{value = 5 : index}>
// CHECK-NEXT:      "test.effect"(%[[C]], %[[N]])
// CHECK:         %[[N2:.*]] = "test.constant"() <{value = 5 : index}>
// CHECK-NEXT:    "test.return"(%[[N2]])
"test.func"() <{function_type = (index, index) -> index, sym_name = "nested_region"}> ({
^bb0(%lb: index, %ub: index):
  %c3 = "test.constant"() {value = 3 : index} : () -> index
  "test.loop"(%lb, %ub, %c3) ({
  ^bb0(%iv: index):
    %c3_inner = "test.constant"() {value = 3 : index} : () -> index
    %c5 = "test.constant"() {value = 5 : index} : () -> index
    "test.effect"(%c3_inner, %c5) : (index, index) -> ()
    "test.yield"() : () -> ()
  }) : (index, index, index) -> ()
  %c5_after = "test.constant"() {value = 5 : index} : () -> index
  "test.return"(%c5_after) : (index) -> ()
}) : () -> ()

// -----

// Nothing crosses into a region isolated from above, nor into an unregistered op's region
// (it may be isolated); separate functions are separate too.
// CHECK-LABEL: sym_name = "isolated"
// CHECK:         "test.constant"() <{value = 1 : i32}>
// CHECK:         "test.isolated_region"
// CHECK-NEXT:      "test.constant"() <{value = 1 : i32}>
// CHECK:         "test.unknown_region"
// CHECK-NEXT:      "test.constant"() <{value = 1 : i32}>
// CHECK-LABEL: sym_name = "other"
// CHECK-NEXT:    "test.constant"() <{value = 1 : i32}>
"test.func"() <{function_type = () -> i32, sym_name = "isolated"}> ({
  %0 = "test.constant"() {value = 1 : i32} : () -> i32
  "test.isolated_region"() ({
    %1 = "test.constant"() {value = 1 : i32} : () -> i32
    "test.effect"(%1) : (i32) -> ()
  }) : () -> ()
  "test.unknown_region"() ({
    %2 = "test.constant"() {value = 1 : i32} : () -> i32
    "test.effect"(%2) : (i32) -> ()
  }) : () -> ()
  "test.return"(%0) : (i32) -> ()
}) : () -> ()
"test.func"() <{function_type = () -> i32, sym_name = "other"}> ({
  %0 = "test.constant"() {value = 1 : i32} : () -> i32
  "test.return"(%0) : (i32) -> ()
}) : () -> ()

// -----

// In a graph region a use may come before the definition: both constants stay defined for it.
// CHECK-LABEL: sym_name = "use_before_def"
// CHECK:         "test.graph_region"
// CHECK-NEXT:      %[[A:.*]] = "test.add"(%[[C1:[0-9]+]], %[[C2:[0-9]+]])
// CHECK-NEXT:      %[[C1]] = "test.constant"() <{value = 1 : i32}>
// CHECK-NEXT:      %[[C2]] = "test.constant"() <{value = 1 : i32}>
// CHECK-NEXT:      "test.effect"(%[[A]])
"test.func"() <{function_type = () -> (), sym_name = "use_before_def"}> ({
  "test.graph_region"() ({
    %0 = "test.add"(%1, %2) : (i32, i32) -> i32
    %1 = "test.constant"() {value = 1 : i32} : () -> i32
    %2 = "test.constant"() {value = 1 : i32} : () -> i32
    "test.effect"(%0) : (i32) -> ()
  }) : () -> ()
  "test.return"() : () -> ()
}) : () -> ()
