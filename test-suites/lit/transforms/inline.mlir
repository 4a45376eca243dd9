// RUN: mlc-opt --split-input-file --allow-unregistered-dialect --inline="default-pipeline=''" %s | FileCheck %s
// RUN: mlc-opt --split-input-file --allow-unregistered-dialect --inline %s | FileCheck %s --check-prefix=SIMPLIFY
// RUN: mlc-opt --split-input-file --allow-unregistered-dialect --inline="default-pipeline=''" --mlir-print-debuginfo %s | FileCheck %s --check-prefix=LOC
// RUN: mlc-opt --split-input-file --allow-unregistered-dialect --inline="default-pipeline=''" --mlir-pass-statistics %s 2>&1 >/dev/null | FileCheck %s --check-prefix=STATS

// A public callee is inlined and kept; the inlined ops get call-site locations.
// CHECK: sym_name = "double"
// CHECK-LABEL: sym_name = "inline_with_arg"
// CHECK-NEXT:  ^bb0(%[[X:.*]]: i32):
// CHECK-NEXT:    %[[S:.*]] = "test.add"(%[[X]], %[[X]])
// CHECK-NEXT:    "test.return"(%[[S]])
// STATS:      Inliner
// STATS-NEXT:   (S) 1 num-inlined-calls - Number of inlined calls
// STATS-NEXT:   (S) 0 num-erased-callables - Number of dead private callables erased
// LOC: "test.add"{{.*}} loc(callsite({{.*}}:[[# @LINE + 3]]:{{[0-9]+}} at {{.*}}:[[# @LINE + 8]]:{{[0-9]+}}))
"test.func"() <{function_type = (i32) -> i32, sym_name = "double"}> ({
^bb0(%a: i32):
  %s = "test.add"(%a, %a) : (i32, i32) -> i32
  "test.return"(%s) : (i32) -> ()
}) : () -> ()
"test.func"() <{function_type = (i32) -> i32, sym_name = "inline_with_arg"}> ({
^bb0(%x: i32):
  %r = "test.call"(%x) {callee = @double} : (i32) -> i32
  "test.return"(%r) : (i32) -> ()
}) : () -> ()

// -----

// A private callee that no call refers to any more is erased.
// CHECK-NOT: sym_name = "private_callee"
// STATS:      Inliner
// STATS-NEXT:   (S) 1 num-inlined-calls - Number of inlined calls
// STATS-NEXT:   (S) 1 num-erased-callables - Number of dead private callables erased
// CHECK-LABEL: sym_name = "erase_private"
// CHECK-NEXT:  ^bb0(%[[X:.*]]: i32):
// CHECK-NEXT:    "test.return"(%[[X]])
"test.func"() <{function_type = (i32) -> i32, sym_name = "private_callee", sym_visibility = "private"}> ({
^bb0(%a: i32):
  "test.return"(%a) : (i32) -> ()
}) : () -> ()
"test.func"() <{function_type = (i32) -> i32, sym_name = "erase_private"}> ({
^bb0(%x: i32):
  %r = "test.call"(%x) {callee = @private_callee} : (i32) -> i32
  "test.return"(%r) : (i32) -> ()
}) : () -> ()

// -----

// Calls through several levels are all inlined, callees first; a private callable still
// referenced by a live op that is not a call is kept.
// CHECK: sym_name = "level_a"
// CHECK-NOT: sym_name = "level_b"
// CHECK-LABEL: sym_name = "multilevel"
// CHECK-NOT: test.call
// CHECK: "test.effect"() {level = "a"}
// CHECK-NEXT: "test.effect"() {level = "b"}
// CHECK-NEXT: "test.return"
"test.func"() <{function_type = () -> (), sym_name = "level_a", sym_visibility = "private"}> ({
  "test.effect"() {level = "a"} : () -> ()
  "test.return"() : () -> ()
}) : () -> ()
"test.func"() <{function_type = () -> (), sym_name = "level_b", sym_visibility = "private"}> ({
  "test.call"() {callee = @level_a} : () -> ()
  "test.effect"() {level = "b"} : () -> ()
  "test.return"() : () -> ()
}) : () -> ()
"test.func"() <{function_type = () -> (), sym_name = "multilevel"}> ({
  "test.call"() {callee = @level_b} : () -> ()
  "test.return"() : () -> ()
}) : () -> ()
"test.keep"() {uses = [@level_a]} : () -> ()

// -----

// Recursive calls are not inlined: neither self-recursion nor mutual recursion.
// CHECK-LABEL: sym_name = "self"
// CHECK: "test.call"() <{callee = @self}>
// CHECK-LABEL: sym_name = "ping"
// CHECK: "test.call"() <{callee = @pong}>
// CHECK-LABEL: sym_name = "pong"
// CHECK: "test.call"() <{callee = @ping}>
"test.func"() <{function_type = () -> (), sym_name = "self"}> ({
  "test.call"() {callee = @self} : () -> ()
  "test.return"() : () -> ()
}) : () -> ()
"test.func"() <{function_type = () -> (), sym_name = "ping"}> ({
  "test.call"() {callee = @pong} : () -> ()
  "test.return"() : () -> ()
}) : () -> ()
"test.func"() <{function_type = () -> (), sym_name = "pong"}> ({
  "test.call"() {callee = @ping} : () -> ()
  "test.return"() : () -> ()
}) : () -> ()

// -----

// A call to a declaration stays, and the private declaration too.
// CHECK: sym_name = "external"
// CHECK-LABEL: sym_name = "call_declaration"
// CHECK: "test.call"() <{callee = @external}> : () -> i32
"test.func"() <{function_type = () -> i32, sym_name = "external", sym_visibility = "private"}> ({
}) : () -> ()
"test.func"() <{function_type = () -> i32, sym_name = "call_declaration"}> ({
  %r = "test.call"() {callee = @external} : () -> i32
  "test.return"(%r) : (i32) -> ()
}) : () -> ()

// -----

// Every result of the call is replaced by the matching returned value.
// CHECK-LABEL: sym_name = "multi_result"
// CHECK-NEXT:  ^bb0(%[[X:.*]]: i32, %[[Y:.*]]: i32):
// CHECK-NEXT:    %[[P:.*]] = "test.mul"(%[[X]], %[[Y]])
// CHECK-NEXT:    "test.return"(%[[P]], %[[Y]], %[[X]])
"test.func"() <{function_type = (i32, i32) -> (i32, i32, i32), sym_name = "three", sym_visibility = "private"}> ({
^bb0(%a: i32, %b: i32):
  %p = "test.mul"(%a, %b) : (i32, i32) -> i32
  "test.return"(%b, %p, %a) : (i32, i32, i32) -> ()
}) : () -> ()
"test.func"() <{function_type = (i32, i32) -> (i32, i32, i32), sym_name = "multi_result"}> ({
^bb0(%x: i32, %y: i32):
  %r:3 = "test.call"(%x, %y) {callee = @three} : (i32, i32) -> (i32, i32, i32)
  "test.return"(%r#1, %r#0, %r#2) : (i32, i32, i32) -> ()
}) : () -> ()

// -----

// A callee holding an op its dialect refuses to inline, or an op of a dialect without an
// inliner interface, stays called.
// CHECK-LABEL: sym_name = "illegal_ops"
// CHECK: "test.call"() <{callee = @refused}>
// CHECK: "test.call"() <{callee = @foreign}>
"test.func"() <{function_type = () -> (), sym_name = "refused", sym_visibility = "private"}> ({
  "test.not_inlinable"() : () -> ()
  "test.return"() : () -> ()
}) : () -> ()
"test.func"() <{function_type = () -> (), sym_name = "foreign", sym_visibility = "private"}> ({
  "foreign.op"() : () -> ()
  "test.return"() : () -> ()
}) : () -> ()
"test.func"() <{function_type = () -> (), sym_name = "illegal_ops"}> ({
  "test.call"() {callee = @refused} : () -> ()
  "test.call"() {callee = @foreign} : () -> ()
  "test.return"() : () -> ()
}) : () -> ()

// -----

// A callee with several blocks splits the caller's block; its returns branch to the rest.
// CHECK-LABEL: sym_name = "multi_block"
// CHECK:         "test.effect"() {before}
// CHECK-NEXT:    "test.cond_br"(%{{.*}})[^[[T:bb[0-9]+]], ^[[F:bb[0-9]+]]]
// CHECK:       ^[[T]]:
// CHECK-NEXT:    %[[ONE:.*]] = "test.constant"() <{value = 1 : i32}>
// CHECK-NEXT:    "test.br"(%[[ONE]])[^[[POST:bb[0-9]+]]]
// CHECK:       ^[[F]]:
// CHECK-NEXT:    %[[TWO:.*]] = "test.constant"() <{value = 2 : i32}>
// CHECK-NEXT:    "test.br"(%[[TWO]])[^[[POST]]]
// CHECK:       ^[[POST]](%[[R:.*]]: i32):
// CHECK-NEXT:    "test.effect"() {after}
// CHECK-NEXT:    "test.return"(%[[R]])
"test.func"() <{function_type = (i1) -> i32, sym_name = "select", sym_visibility = "private"}> ({
^bb0(%c: i1):
  "test.cond_br"(%c) [^bb1, ^bb2] : (i1) -> ()
^bb1:
  %one = "test.constant"() {value = 1 : i32} : () -> i32
  "test.return"(%one) : (i32) -> ()
^bb2:
  %two = "test.constant"() {value = 2 : i32} : () -> i32
  "test.return"(%two) : (i32) -> ()
}) : () -> ()
"test.func"() <{function_type = (i1) -> i32, sym_name = "multi_block"}> ({
^bb0(%c: i1):
  "test.effect"() {before} : () -> ()
  %r = "test.call"(%c) {callee = @select} : (i1) -> i32
  "test.effect"() {after} : () -> ()
  "test.return"(%r) : (i32) -> ()
}) : () -> ()

// -----

// Not into a region that may hold one block only, or a graph region; a one-block callee is fine there.
// CHECK-LABEL: sym_name = "into_loop"
// CHECK:       "test.loop"
// CHECK-NEXT:  ^bb0(%{{.*}}: index):
// CHECK-NEXT:    "test.call"(%{{.*}}) <{callee = @two_blocks}>
// CHECK-NEXT:    "test.effect"() {inlined}
// CHECK-NEXT:    "test.yield"
// CHECK:       "test.graph_region"
// CHECK-NEXT:    "test.call"(%{{.*}}) <{callee = @two_blocks}>
// CHECK-NEXT:  })
"test.func"() <{function_type = (i1) -> (), sym_name = "two_blocks", sym_visibility = "private"}> ({
^bb0(%c: i1):
  "test.br"() [^bb1] : () -> ()
^bb1:
  "test.return"() : () -> ()
}) : () -> ()
"test.func"() <{function_type = () -> (), sym_name = "one_block", sym_visibility = "private"}> ({
  "test.effect"() {inlined} : () -> ()
  "test.return"() : () -> ()
}) : () -> ()
"test.func"() <{function_type = (index, i1) -> (), sym_name = "into_loop"}> ({
^bb0(%n: index, %c: i1):
  "test.loop"(%n, %n, %n) ({
  ^bb0(%iv: index):
    "test.call"(%c) {callee = @two_blocks} : (i1) -> ()
    "test.call"() {callee = @one_block} : () -> ()
    "test.yield"() : () -> ()
  }) : (index, index, index) -> ()
  "test.graph_region"() ({
    "test.call"(%c) {callee = @two_blocks} : (i1) -> ()
  }) : () -> ()
  "test.return"() : () -> ()
}) : () -> ()

// -----

// A call whose operand types differ from the callee's arguments is left alone.
// CHECK-LABEL: sym_name = "type_mismatch"
// CHECK: "test.call"(%{{.*}}) <{callee = @takes_i64}> : (i32) -> ()
"test.func"() <{function_type = (i64) -> (), sym_name = "takes_i64", sym_visibility = "private"}> ({
^bb0(%a: i64):
  "test.return"() : () -> ()
}) : () -> ()
"test.func"() <{function_type = (i32) -> (), sym_name = "type_mismatch"}> ({
^bb0(%x: i32):
  "test.call"(%x) {callee = @takes_i64} : (i32) -> ()
  "test.return"() : () -> ()
}) : () -> ()

// -----

// The default pipeline (canonicalize) simplifies after inlining: constants fold across the call.
// SIMPLIFY-LABEL: sym_name = "simplify"
// SIMPLIFY-NEXT:    %[[C:.*]] = "test.constant"() <{value = 7 : i32}>
// SIMPLIFY-NEXT:    "test.return"(%[[C]])
"test.func"() <{function_type = (i32) -> i32, sym_name = "add_four", sym_visibility = "private"}> ({
^bb0(%a: i32):
  %c4 = "test.constant"() {value = 4 : i32} : () -> i32
  %s = "test.add"(%a, %c4) : (i32, i32) -> i32
  "test.return"(%s) : (i32) -> ()
}) : () -> ()
"test.func"() <{function_type = () -> i32, sym_name = "simplify"}> ({
  %c3 = "test.constant"() {value = 3 : i32} : () -> i32
  %r = "test.call"(%c3) {callee = @add_four} : (i32) -> i32
  "test.return"(%r) : (i32) -> ()
}) : () -> ()
