// RUN: mlc-opt --profile-graph-ops --mlir-print-debuginfo --no-check-semantics %s | FileCheck %s
// RUN: mlc-opt --profile-graph-ops --convert-graph-to-tl --profile-instrument --no-check-semantics %s | FileCheck %s --check-prefix=TL
// RUN: mlc-opt --profile-graph-ops --convert-graph-to-tl --profile-instrument --graph-to-llvm --no-check-semantics %s | FileCheck %s --check-prefix=LLVM

// profile-graph-ops numbers each graph op but graph.constant in its location and names them in a
// module attribute (a named location gives its name, an ONNX node's, say; otherwise file:line:col).
// CHECK:       module attributes {mlc.profile_ops = {{\[\["graph.matmul", "mm1"\], \["graph.relu", "profile-graph-ops.mlir:[0-9]+:[0-9]+"\]\]}}}
// CHECK:         graph.constant
// CHECK-NOT:       mlc.profile
// CHECK-SAME:      loc("{{.*}}profile-graph-ops.mlir":{{[0-9]+}}:{{[0-9]+}})
// CHECK:         graph.matmul
// CHECK-SAME:      loc("mlc.profile.0"("mm1"))
// CHECK:         graph.relu
// CHECK-SAME:      loc("mlc.profile.1"("{{.*}}profile-graph-ops.mlir":{{[0-9]+}}:{{[0-9]+}}))

// profile-instrument brackets the ops each graph op became with the runtime calls.
// TL-DAG:      llvm.func @mlc_profile_begin(i64)
// TL-DAG:      llvm.func @mlc_profile_end(i64)
// TL-LABEL:    func.func @main
// TL:            %[[ID0:.*]] = llvm.mlir.constant(0 : i64) : i64
// TL-NEXT:       llvm.call @mlc_profile_begin(%[[ID0]]) : (i64) -> ()
// TL-NEXT:       tl.alloc
// TL:            tl.generic
// TL:            llvm.call @mlc_profile_end
// TL:            llvm.call @mlc_profile_begin
// TL:            tl.generic
// TL:            arith.maximumf
// TL:            llvm.call @mlc_profile_end
// TL-NEXT:       return
// TL-NOT:      mlc.profile.

// The calls stay around the loops of their op through the lowering.
// LLVM-LABEL: llvm.func @main
// LLVM:         llvm.call @mlc_profile_begin
// LLVM:         llvm.intr.fma
// LLVM:         llvm.call @mlc_profile_end
// LLVM:         llvm.call @mlc_profile_begin
// LLVM:         llvm.intr.maximum
// LLVM:         llvm.call @mlc_profile_end
func.func @main(%x: tensor<2x3xf32>) -> tensor<2x2xf32> {
  %w = "graph.constant"() {value = dense<0.5> : tensor<3x2xf32>} : () -> tensor<3x2xf32>
  %m = "graph.matmul"(%x, %w) : (tensor<2x3xf32>, tensor<3x2xf32>) -> tensor<2x2xf32> loc("mm1")
  %r = "graph.relu"(%m) : (tensor<2x2xf32>) -> tensor<2x2xf32>
  return %r : tensor<2x2xf32>
}
