// RUN: mlc-opt %s --allow-unregistered-dialect --canonicalize | FileCheck %s
// An op that uses its own result (legal where dominance does not apply) is left alone rather
// than rewritten forever.

// CHECK-LABEL: func.func @self_use
// CHECK: %[[ADD:.*]] = arith.addi %[[ADD]], %{{.*}} : i64
// CHECK: %[[SEL:.*]] = arith.select %{{.*}}, %[[SEL]], %{{.*}} : i64
func.func @self_use(%c: i1, %x: i64) {
  "foo.region"() ({
    %c1 = arith.constant 1 : i64
    %add = arith.addi %add, %c1 : i64
    %sel = arith.select %c, %sel, %x : i64
    "foo.use"(%add, %sel) : (i64, i64) -> ()
  }) : () -> ()
  return
}
