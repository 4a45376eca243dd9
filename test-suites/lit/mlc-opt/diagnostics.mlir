// Diagnostics name the file, line and column, show the source line and a caret, and never a Java trace.
// RUN: not mlc-opt %s 2>&1 | FileCheck %s
// RUN: not mlc-opt --diagnostics-format=json %s 2>&1 | FileCheck %s --check-prefix=JSON

// CHECK: diagnostics.mlir:[[# @LINE + 6]]:12: error: use of undeclared SSA value name
// CHECK-NEXT: {{^}}"test.use"(%undefined) : (i32) -> (){{$}}
// CHECK-NEXT: {{^}}           ^{{$}}
// CHECK-NOT: at dev.mlc
// JSON: {"severity":"error","file":"{{.*}}diagnostics.mlir","line":[[# @LINE + 2]],"column":12,"message":"use of undeclared SSA value name"}
"test.fine"() : () -> ()
"test.use"(%undefined) : (i32) -> ()
