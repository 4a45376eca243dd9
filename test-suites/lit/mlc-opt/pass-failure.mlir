// A failing or crashing pass is named, and the crash reproducer holds the input and the pipeline.
// RUN: not mlc-opt --canonicalize --test-pass-failure %s 2>&1 | FileCheck %s --check-prefix=FAIL
// RUN: not mlc-opt --test-pass-crash %s 2>&1 | FileCheck %s --check-prefix=CRASH
// RUN: not mlc-opt --canonicalize --test-pass-failure --mlir-pass-pipeline-crash-reproducer=%t.repro.mlir %s 2>&1 | FileCheck %s --check-prefix=NOTE
// RUN: FileCheck %s --check-prefix=REPRO --input-file=%t.repro.mlir
// RUN: not mlc-opt --run-reproducer %t.repro.mlir 2>&1 | FileCheck %s --check-prefix=FAIL

// FAIL: error: test-pass-failure: failing on purpose
// FAIL-NOT: failed on
// CRASH: error: pass 'test-pass-crash' crashed: java.lang.IllegalStateException: test-pass-crash: crashing on purpose
// CRASH: rerun with --debug for the Java stack trace
// CRASH-NOT: Exception in thread
// NOTE: reproducer written to {{.*}}repro.mlir
// REPRO: "test.add"
// REPRO: mlir_reproducer: {
// REPRO-NEXT: pipeline: "builtin.module(canonicalize{{.*}},test-pass-failure)"

"test.func"() <{function_type = () -> i32, sym_name = "f"}> ({
  %a = "test.constant"() {value = 2 : i32} : () -> i32
  %c = "test.add"(%a, %a) : (i32, i32) -> i32
  "test.return"(%c) : (i32) -> ()
}) : () -> ()
