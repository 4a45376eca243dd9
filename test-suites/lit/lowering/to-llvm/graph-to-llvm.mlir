// RUN: mlc-opt --graph-to-llvm %s | FileCheck %s
// RUN: mlc-opt --pass-pipeline='builtin.module(graph-to-llvm)' %s | FileCheck %s
// The named pipeline graph-to-llvm: graph -> tl (out-parameters) -> scf -> cf -> llvm; the constant
// becomes a global, the result an out-parameter passed as a descriptor.

// CHECK: llvm.mlir.global private constant @__constant_0(dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>)
// CHECK-LABEL: llvm.func @main(%arg0: !llvm.ptr, %arg1: !llvm.ptr, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: !llvm.ptr, %arg6: !llvm.ptr, %arg7: i64, %arg8: i64, %arg9: i64)
// CHECK-NOT: {{graph|tl|scf|cf|arith|math|func}}\.
// CHECK: llvm.fadd
// CHECK-NOT: {{graph|tl|scf|cf|arith|math|func}}\.
// CHECK: llvm.return
func.func @main(%x: tensor<2xf32>) -> tensor<2xf32> {
  %c = "graph.constant"() {value = dense<[1.0, 2.0]> : tensor<2xf32>} : () -> tensor<2xf32>
  %y = "graph.add"(%x, %c) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  return %y : tensor<2xf32>
}
