// An expected diagnostic that is not produced, and one that is produced but not expected, both fail.
// RUN: not mlc-opt --allow-unregistered-dialect --verify-diagnostics %s 2>&1 | FileCheck %s

// CHECK-DAG: verify-diagnostics-failures.mlir:[[# @LINE + 2]]:{{[0-9]+}}: error: unexpected error: use of undeclared SSA value name
// CHECK-DAG: verify-diagnostics-failures.mlir:[[# @LINE + 2]]:{{[0-9]+}}: error: expected error "this never happens" was not produced
"foo.use"(%nope) : (i32) -> ()
// expected-error @+1 {{this never happens}}
"foo.fine"() : () -> ()
