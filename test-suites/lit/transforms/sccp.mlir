// RUN: mlc-opt --split-input-file --allow-unregistered-dialect --sccp %s | FileCheck %s
// RUN: mlc-opt --split-input-file --allow-unregistered-dialect --pass-pipeline='builtin.module(test.func(sccp))' %s | FileCheck %s --check-prefix=FUNC

// Constants fold forward through ops with no control flow; the folded ops are erased.
// CHECK-LABEL: sym_name = "straight_line"
// CHECK:         %[[C:.*]] = "test.constant"() <{value = 12 : i32}>
// CHECK-NEXT:    %[[M:.*]] = "test.mul"(%[[C]], %arg0)
// CHECK-NEXT:    "test.return"(%[[C]], %[[M]])
"test.func"() <{function_type = (i32) -> (i32, i32), sym_name = "straight_line"}> ({
^bb0(%x: i32):
  %c3 = "test.constant"() {value = 3 : i32} : () -> i32
  %c4 = "test.constant"() {value = 4 : i32} : () -> i32
  %p = "test.mul"(%c3, %c4) : (i32, i32) -> i32
  %q = "test.mul"(%p, %x) : (i32, i32) -> i32
  "test.return"(%p, %q) : (i32, i32) -> ()
}) : () -> ()

// -----

// Only the taken edge of a constant branch feeds the block argument.
// CHECK-LABEL: sym_name = "taken_edge"
// CHECK:         %[[C:.*]] = "test.constant"() <{value = 1 : i32}>
// CHECK:       ^bb2(%{{.*}}: i32):
// CHECK-NEXT:    "test.return"(%[[C]])
"test.func"() <{function_type = (i32) -> i32, sym_name = "taken_edge"}> ({
^bb0(%x: i32):
  %true = "test.constant"() {value = true} : () -> i1
  %one = "test.constant"() {value = 1 : i32} : () -> i32
  "test.cond_br"(%true, %x) [^bb1, ^bb2] {num_true = 0} : (i1, i32) -> ()
^bb1:
  "test.br"(%one) [^bb2] : (i32) -> ()
^bb2(%a: i32):
  "test.return"(%a) : (i32) -> ()
}) : () -> ()

// -----

// An unreachable block does not contribute to a merge, and its own values stay as they are.
// CHECK-LABEL: sym_name = "unreachable_pred"
// CHECK:         %[[C:.*]] = "test.constant"() <{value = 5 : i32}>
// CHECK:       ^bb1:
// CHECK-NEXT:    %[[D:.*]] = "test.add"(%arg0, %arg0)
// CHECK-NEXT:    "test.br"(%[[D]])
// CHECK:       ^bb2(%{{.*}}: i32):
// CHECK-NEXT:    "test.return"(%[[C]])
"test.func"() <{function_type = (i32) -> i32, sym_name = "unreachable_pred"}> ({
^bb0(%x: i32):
  %c5 = "test.constant"() {value = 5 : i32} : () -> i32
  "test.br"(%c5) [^bb2] : (i32) -> ()
^bb1:
  %d = "test.add"(%x, %x) : (i32, i32) -> i32
  "test.br"(%d) [^bb2] : (i32) -> ()
^bb2(%a: i32):
  "test.return"(%a) : (i32) -> ()
}) : () -> ()

// -----

// Equal constants merge into a constant block argument, whatever the branch condition.
// CHECK-LABEL: sym_name = "merge_equal"
// CHECK:         %[[S:.*]] = "test.constant"() <{value = 14 : i32}>
// CHECK:       ^bb1(%{{.*}}: i32):
// CHECK-NEXT:    "test.return"(%[[S]])
"test.func"() <{function_type = (i1) -> i32, sym_name = "merge_equal"}> ({
^bb0(%c: i1):
  %a = "test.constant"() {value = 7 : i32} : () -> i32
  %b = "test.constant"() {value = 7 : i32} : () -> i32
  "test.cond_br"(%c, %a, %b) [^bb1, ^bb1] {num_true = 1} : (i1, i32, i32) -> ()
^bb1(%m: i32):
  %s = "test.add"(%m, %m) : (i32, i32) -> i32
  "test.return"(%s) : (i32) -> ()
}) : () -> ()

// -----

// Different constants merge to overdefined: the argument stays.
// CHECK-LABEL: sym_name = "merge_different"
// CHECK:       ^bb1(%[[M:.*]]: i32):
// CHECK-NEXT:    "test.return"(%[[M]])
"test.func"() <{function_type = (i1) -> i32, sym_name = "merge_different"}> ({
^bb0(%c: i1):
  %a = "test.constant"() {value = 1 : i32} : () -> i32
  %b = "test.constant"() {value = 2 : i32} : () -> i32
  "test.cond_br"(%c, %a, %b) [^bb1, ^bb1] {num_true = 1} : (i1, i32, i32) -> ()
^bb1(%m: i32):
  "test.return"(%m) : (i32) -> ()
}) : () -> ()

// -----

// A terminator without the branch interface makes its successors' arguments overdefined.
// CHECK-LABEL: sym_name = "unknown_terminator"
// CHECK:       ^bb2(%[[M:.*]]: i32):
// CHECK-NEXT:    "test.return"(%[[M]])
"test.func"() <{function_type = () -> i32, sym_name = "unknown_terminator"}> ({
  %a = "test.constant"() {value = 1 : i32} : () -> i32
  "foo.br"() [^bb1, ^bb2] : () -> ()
^bb1:
  "test.br"(%a) [^bb2] : (i32) -> ()
^bb2(%m: i32):
  "test.return"(%m) : (i32) -> ()
}) : () -> ()

// -----

// A loop in the CFG: the back edge carries the same constant, so the argument is constant.
// CHECK-LABEL: sym_name = "cfg_loop"
// CHECK:         %[[C:.*]] = "test.constant"() <{value = 1 : i32}>
// CHECK:       ^bb1(%{{.*}}: i32):
// CHECK-NEXT:    %[[K:.*]] = "test.cond"()
// CHECK-NEXT:    "test.cond_br"(%[[K]], %[[C]], %[[C]])
// CHECK:       ^bb2(%{{.*}}: i32):
// CHECK-NEXT:    "test.return"(%[[C]])
"test.func"() <{function_type = () -> i32, sym_name = "cfg_loop"}> ({
  %one = "test.constant"() {value = 1 : i32} : () -> i32
  %zero = "test.constant"() {value = 0 : i32} : () -> i32
  "test.br"(%one) [^bb1] : (i32) -> ()
^bb1(%iv: i32):
  %next = "test.add"(%iv, %zero) : (i32, i32) -> i32
  %k = "test.cond"() : () -> i1
  "test.cond_br"(%k, %next, %next) [^bb1, ^bb2] {num_true = 1} : (i1, i32, i32) -> ()
^bb2(%r: i32):
  "test.return"(%r) : (i32) -> ()
}) : () -> ()

// -----

// A back edge with a changing value makes the loop argument overdefined.
// CHECK-LABEL: sym_name = "cfg_loop_overdefined"
// CHECK:       ^bb1(%[[IV:.*]]: i32):
// CHECK-NEXT:    %[[N:.*]] = "test.add"(%[[IV]], %{{.*}})
// CHECK:       ^bb2(%[[R:.*]]: i32):
// CHECK-NEXT:    "test.return"(%[[R]])
"test.func"() <{function_type = () -> i32, sym_name = "cfg_loop_overdefined"}> ({
  %one = "test.constant"() {value = 1 : i32} : () -> i32
  "test.br"(%one) [^bb1] : (i32) -> ()
^bb1(%iv: i32):
  %next = "test.add"(%iv, %one) : (i32, i32) -> i32
  %k = "test.cond"() : () -> i1
  "test.cond_br"(%k, %next, %next) [^bb1, ^bb2] {num_true = 1} : (i1, i32, i32) -> ()
^bb2(%r: i32):
  "test.return"(%r) : (i32) -> ()
}) : () -> ()

// -----

// Inside a region loop, constants fold; the induction variable is not a constant.
// CHECK-LABEL: sym_name = "region_loop"
// CHECK:         %[[C:.*]] = "test.constant"() <{value = 6 : i32}>
// CHECK:         "test.loop"
// CHECK-NEXT:    ^bb0(%[[IV:.*]]: index):
// CHECK-NEXT:      "test.use"(%[[C]], %[[IV]])
"test.func"() <{function_type = (index) -> (), sym_name = "region_loop"}> ({
^bb0(%n: index):
  %c0 = "test.constant"() {value = 0 : index} : () -> index
  %c1 = "test.constant"() {value = 1 : index} : () -> index
  %c3 = "test.constant"() {value = 3 : i32} : () -> i32
  "test.loop"(%c0, %n, %c1) ({
  ^bb0(%iv: index):
    %s = "test.add"(%c3, %c3) : (i32, i32) -> i32
    "test.use"(%s, %iv) : (i32, index) -> ()
    "test.yield"() : () -> ()
  }) : (index, index, index) -> ()
  "test.return"() : () -> ()
}) : () -> ()

// -----

// The body of a loop that never runs is not executable: nothing in it is replaced.
// CHECK-LABEL: sym_name = "zero_trip_loop"
// CHECK:         "test.loop"
// CHECK-NEXT:    ^bb0(%{{.*}}: index):
// CHECK-NEXT:      %[[S:.*]] = "test.add"
// CHECK-NEXT:      "test.use"(%[[S]])
"test.func"() <{function_type = () -> (), sym_name = "zero_trip_loop"}> ({
  %c1 = "test.constant"() {value = 1 : index} : () -> index
  %c3 = "test.constant"() {value = 3 : i32} : () -> i32
  "test.loop"(%c1, %c1, %c1) ({
  ^bb0(%iv: index):
    %s = "test.add"(%c3, %c3) : (i32, i32) -> i32
    "test.use"(%s) : (i32) -> ()
    "test.yield"() : () -> ()
  }) : (index, index, index) -> ()
  "test.return"() : () -> ()
}) : () -> ()

// -----

// A region branch with a constant condition takes the result of the region it runs.
// CHECK-LABEL: sym_name = "region_if"
// CHECK:         %[[C:.*]] = "test.constant"() <{value = 10 : i32}>
// CHECK:         "test.return"(%[[C]], %[[R:.*]])
"test.func"() <{function_type = (i1, i32) -> (i32, i32), sym_name = "region_if"}> ({
^bb0(%c: i1, %x: i32):
  %false = "test.constant"() {value = false} : () -> i1
  %ten = "test.constant"() {value = 10 : i32} : () -> i32
  %a = "test.if"(%false) ({
    "test.yield"(%x) : (i32) -> ()
  }, {
    "test.yield"(%ten) : (i32) -> ()
  }) : (i1) -> i32
  %b = "test.if"(%c) ({
    "test.yield"(%x) : (i32) -> ()
  }, {
    "test.yield"(%ten) : (i32) -> ()
  }) : (i1) -> i32
  "test.return"(%a, %b) : (i32, i32) -> ()
}) : () -> ()

// -----

// Interprocedural: a private callee's arguments come from its call sites and its returns
// flow into the calls; a public callee's arguments are unknown, but its returns still flow.
// CHECK-LABEL: sym_name = "private_callee"
// CHECK:         %[[C:.*]] = "test.constant"() <{value = 2 : i32}>
// CHECK:         "test.return"(%[[C]])
// CHECK-LABEL: sym_name = "public_callee"
// CHECK:         "test.return"(%{{.*}}, %arg0)
// CHECK-LABEL: sym_name = "caller"
// CHECK:         %[[TWO:.*]] = "test.constant"() <{value = 2 : i32}>
// CHECK:         %[[FIVE:.*]] = "test.constant"() <{value = 5 : i32}>
// CHECK:         %[[P:.*]]:2 = "test.call"
// CHECK:         "test.return"(%[[TWO]], %[[FIVE]], %[[P]]#1)
// Run on each function alone, calls leave the analysis and their results are unknown.
// FUNC-LABEL: sym_name = "caller"
// FUNC:         %[[R:.*]] = "test.call"
// FUNC-NEXT:    %[[P:.*]]:2 = "test.call"
// FUNC-NEXT:    "test.return"(%[[R]], %[[P]]#0, %[[P]]#1)
"test.func"() <{function_type = (i32) -> i32, sym_name = "private_callee", sym_visibility = "private"}> ({
^bb0(%a: i32):
  "test.return"(%a) : (i32) -> ()
}) : () -> ()
"test.func"() <{function_type = (i32) -> (i32, i32), sym_name = "public_callee"}> ({
^bb0(%a: i32):
  %five = "test.constant"() {value = 5 : i32} : () -> i32
  "test.return"(%five, %a) : (i32, i32) -> ()
}) : () -> ()
"test.func"() <{function_type = () -> (i32, i32, i32), sym_name = "caller"}> ({
  %two = "test.constant"() {value = 2 : i32} : () -> i32
  %r = "test.call"(%two) {callee = @private_callee} : (i32) -> i32
  %p:2 = "test.call"(%two) {callee = @public_callee} : (i32) -> (i32, i32)
  "test.return"(%r, %p#0, %p#1) : (i32, i32, i32) -> ()
}) : () -> ()

// -----

// Call sites passing different constants make the private callee's argument overdefined;
// a private callable nothing calls is not executable, so nothing in it is replaced.
// CHECK-LABEL: sym_name = "conflicting"
// CHECK:         ^bb0(%[[A:.*]]: i32):
// CHECK-NEXT:      "test.return"(%[[A]])
// CHECK-LABEL: sym_name = "never_called"
// CHECK:         "test.add"
"test.func"() <{function_type = (i32) -> i32, sym_name = "conflicting", sym_visibility = "private"}> ({
^bb0(%a: i32):
  "test.return"(%a) : (i32) -> ()
}) : () -> ()
"test.func"() <{function_type = () -> i32, sym_name = "never_called", sym_visibility = "private"}> ({
  %c = "test.constant"() {value = 1 : i32} : () -> i32
  %s = "test.add"(%c, %c) : (i32, i32) -> i32
  "test.return"(%s) : (i32) -> ()
}) : () -> ()
"test.func"() <{function_type = () -> (i32, i32), sym_name = "two_calls"}> ({
  %one = "test.constant"() {value = 1 : i32} : () -> i32
  %two = "test.constant"() {value = 2 : i32} : () -> i32
  %r1 = "test.call"(%one) {callee = @conflicting} : (i32) -> i32
  %r2 = "test.call"(%two) {callee = @conflicting} : (i32) -> i32
  "test.return"(%r1, %r2) : (i32, i32) -> ()
}) : () -> ()

// -----

// Ops the analysis cannot simulate (unregistered, or with side effects) give overdefined results.
// CHECK-LABEL: sym_name = "opaque_ops"
// CHECK:         %[[U:.*]] = "foo.op"(%{{.*}})
// CHECK:         "test.return"(%[[U]])
"test.func"() <{function_type = () -> i32, sym_name = "opaque_ops"}> ({
  %c = "test.constant"() {value = 1 : i32} : () -> i32
  %u = "foo.op"(%c) : (i32) -> i32
  "test.return"(%u) : (i32) -> ()
}) : () -> ()
