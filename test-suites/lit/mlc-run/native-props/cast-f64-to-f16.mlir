// Found by ElementwiseNativePropertiesTest.cast: f64 -> f16/bf16 became one fptrunc, which LLVM turns into
// a call to __truncdfhf2 that the JIT cannot resolve. Now round-to-odd to f32, then fptrunc (one rounding).
// RUN: mlc-run %s --random-inputs --seed 0 --check-against-interpreter --rtol 0 --atol 0
// RUN: mlc-run %s --random-inputs --seed 3 --check-against-interpreter --rtol 0 --atol 0
// RUN: mlc-opt --graph-to-llvm %s | FileCheck %s
// CHECK-LABEL: llvm.func @main
// CHECK: llvm.fptrunc %{{.*}} : f64 to f32
// CHECK: llvm.fpext
// CHECK: llvm.fcmp "oeq"
// CHECK: llvm.or
// CHECK: llvm.fptrunc %{{.*}} : f32 to f16

func.func @main(%x: tensor<3x5xf64>) -> (tensor<3x5xf16>, tensor<3x5xbf16>) {
  %h = "graph.cast"(%x) : (tensor<3x5xf64>) -> tensor<3x5xf16>
  %b = "graph.cast"(%x) : (tensor<3x5xf64>) -> tensor<3x5xbf16>
  return %h, %b : tensor<3x5xf16>, tensor<3x5xbf16>
}
