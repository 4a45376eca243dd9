// IR dumps, timing and statistics belong to the pass manager.
// RUN: mlc-opt --canonicalize --mlir-print-ir-before=canonicalize --mlir-print-ir-after-all %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=DUMP
// RUN: mlc-opt --canonicalize --mlir-timing --mlir-pass-statistics %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=TIMING
// RUN: mlc-opt --pass-pipeline='builtin.module(canonicalize{max-iterations=3})' %s | FileCheck %s --check-prefix=OUT
// RUN: not mlc-opt --pass-pipeline='builtin.module(no-such-pass)' %s 2>&1 | FileCheck %s --check-prefix=BAD
// RUN: not mlc-opt --canonicalize='no-such-option=1' %s 2>&1 | FileCheck %s --check-prefix=BADOPT

// DUMP: // -----// IR Dump Before Canonicalizer (canonicalize) //----- //
// DUMP: "test.add"
// DUMP: // -----// IR Dump After Canonicalizer (canonicalize) //----- //
// DUMP-NOT: "test.add"
// DUMP: "test.return"

// TIMING: ... Execution time report ...
// TIMING: Parser
// TIMING: Canonicalizer
// TIMING: Output
// TIMING: Total
// TIMING: ... Pass statistics report ...
// TIMING: Canonicalizer
// TIMING-NEXT: (S) {{[0-9]+}} num-rewrites

// OUT: "test.constant"() <{value = 5 : i32}>
// BAD: 'no-such-pass' does not refer to a registered pass or pass pipeline
// BADOPT: no such option 'no-such-option' for pass 'canonicalize'

"test.func"() <{function_type = () -> i32, sym_name = "f"}> ({
  %a = "test.constant"() {value = 2 : i32} : () -> i32
  %b = "test.constant"() {value = 3 : i32} : () -> i32
  %c = "test.add"(%a, %b) : (i32, i32) -> i32
  "test.return"(%c) : (i32) -> ()
}) : () -> ()
