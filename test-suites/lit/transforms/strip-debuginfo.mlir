// RUN: mlc-opt %s --split-input-file --strip-debuginfo --mlir-print-debuginfo | FileCheck %s --implicit-check-not='loc("'
// RUN: mlc-opt %s --split-input-file --mlir-print-debuginfo | FileCheck %s --check-prefix=KEEP

// Op, block-argument and top-level locations of every kind become unknown.
// CHECK-LABEL: sym_name = "f"
// CHECK-NEXT:  ^bb0(%{{.*}}: i32 loc(unknown)):
// CHECK-NEXT:    "test.negate"{{.*}} loc(unknown)
// CHECK-NEXT:    "test.effect"{{.*}} loc(unknown)
// CHECK-NEXT:    "test.return"{{.*}} loc(unknown)
// CHECK-NEXT:  }) : () -> () loc(unknown)
// KEEP:        "test.negate"{{.*}} loc("model.mlir":3:7)
"test.func"() <{function_type = (i32) -> i32, sym_name = "f"}> ({
^bb0(%x: i32 loc("args.py":1:2)):
  %0 = "test.negate"(%x) : (i32) -> i32 loc("model.mlir":3:7)
  "test.effect"(%0) : (i32) -> () loc(fused["a.py":1:1, "conv1"("b.py":2:2)])
  "test.return"(%0) : (i32) -> () loc(callsite("callee.py":4:1 at "caller.py":9:3))
}) : () -> () loc("top.mlir":1:1)

// -----

// Nested regions and non-entry blocks too.
// CHECK-LABEL: sym_name = "g"
// CHECK:         "test.loop"
// CHECK-NEXT:    ^bb0(%{{.*}}: index loc(unknown)):
// CHECK:         ^bb1(%{{.*}}: index loc(unknown)):
"test.func"() <{function_type = (index) -> (), sym_name = "g"}> ({
^bb0(%n: index):
  "test.loop"(%n, %n, %n) ({
  ^bb0(%iv: index loc("iv.py":5:5)):
    "test.yield"() : () -> () loc("yield.py":6:6)
  }) : (index, index, index) -> () loc("loop.py":7:7)
  "test.br"(%n)[^bb1] : (index) -> ()
^bb1(%m: index loc("bb1.py":8:8)):
  "test.return"() : () -> () loc("ret.py":9:9)
}) : () -> ()
