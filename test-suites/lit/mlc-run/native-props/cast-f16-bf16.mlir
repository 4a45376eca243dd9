// Found by ElementwiseNativePropertiesTest.cast: graph.cast between f16 and bf16 (same width) became an
// invalid arith.truncf f16 -> bf16. Now extf to f32 (exact) and truncf (one rounding).
// RUN: mlc-run %s --random-inputs --seed 0 --check-against-interpreter --rtol 0 --atol 0
// RUN: mlc-opt --convert-graph-to-tl %s | FileCheck %s
// CHECK: arith.extf %{{.*}} : f16 to f32
// CHECK: arith.truncf %{{.*}} : f32 to bf16
// CHECK: arith.extf %{{.*}} : bf16 to f32
// CHECK: arith.truncf %{{.*}} : f32 to f16

func.func @main(%x: tensor<4xf16>, %y: tensor<4xbf16>) -> (tensor<4xbf16>, tensor<4xf16>) {
  %a = "graph.cast"(%x) : (tensor<4xf16>) -> tensor<4xbf16>
  %b = "graph.cast"(%y) : (tensor<4xbf16>) -> tensor<4xf16>
  return %a, %b : tensor<4xbf16>, tensor<4xf16>
}
