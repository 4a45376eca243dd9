// Found by ElementwiseNativePropertiesTest.unary: math.tanh/erf on f16 and bf16 had no llvm lowering
// ("failed to legalize operation 'math.tanh'"). Now the f32 libm function on widened operands, rounded back.
// RUN: mlc-run %s --random-inputs --seed 0 --check-against-interpreter --rtol 8e-3 --atol 8e-3
// RUN: mlc-opt --graph-to-llvm %s | FileCheck %s
// CHECK: llvm.func @erff(f32) -> f32
// CHECK: llvm.func @tanhf(f32) -> f32
// CHECK: llvm.fpext %{{.*}} : f16 to f32
// CHECK: llvm.call @tanhf
// CHECK: llvm.fptrunc %{{.*}} : f32 to f16

func.func @main(%x: tensor<6xf16>, %y: tensor<6xbf16>) -> (tensor<6xf16>, tensor<6xbf16>) {
  %a = "graph.tanh"(%x) : (tensor<6xf16>) -> tensor<6xf16>
  %b = "graph.erf"(%y) : (tensor<6xbf16>) -> tensor<6xbf16>
  return %a, %b : tensor<6xf16>, tensor<6xbf16>
}
