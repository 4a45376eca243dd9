// IR dumps: only after a change, module scope, before a named pass; verification can be turned off.
// RUN: mlc-opt --cse --canonicalize --mlir-print-ir-after-change %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=CHANGE
// RUN: mlc-opt --pass-pipeline='builtin.module(test.func(canonicalize))' --mlir-print-ir-after-all --mlir-print-ir-module-scope %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=SCOPE
// RUN: mlc-opt --cse --canonicalize --mlir-print-ir-before=canonicalize %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=BEFORE
// RUN: mlc-opt --cse --no-verify-each %s | FileCheck %s --check-prefix=OUT

// CSE changes nothing here (no duplicates), canonicalize folds: only canonicalize is dumped.
// CHANGE-NOT: IR Dump After CSE
// CHANGE: // -----// IR Dump After Canonicalizer (canonicalize) //----- //
// CHANGE: "test.constant"() <{value = 5 : i32}>

// Module scope: each function's dump shows the whole module.
// SCOPE: // -----// IR Dump After Canonicalizer (canonicalize) //----- //
// SCOPE-NEXT: module {
// SCOPE: sym_name = "f"
// SCOPE: sym_name = "g"

// BEFORE-NOT: IR Dump Before CSE
// BEFORE: // -----// IR Dump Before Canonicalizer (canonicalize) //----- //
// BEFORE: "test.add"

// OUT: "test.add"
"test.func"() <{function_type = () -> i32, sym_name = "f"}> ({
  %a = "test.constant"() {value = 2 : i32} : () -> i32
  %b = "test.constant"() {value = 3 : i32} : () -> i32
  %c = "test.add"(%a, %b) : (i32, i32) -> i32
  "test.return"(%c) : (i32) -> ()
}) : () -> ()
"test.func"() <{function_type = () -> i32, sym_name = "g"}> ({
  %a = "test.constant"() {value = 7 : i32} : () -> i32
  "test.return"(%a) : (i32) -> ()
}) : () -> ()
