// Found by ElementwiseNativePropertiesTest.powMixedExponent: graph.pow with an exponent of another element
// type became math.powf on mixed types, which does not verify. Now an integer or narrower exponent is
// converted to the base's type, and a wider float exponent widens the base (one rounding at the end).
// RUN: mlc-run %s --random-inputs --seed 0 --check-against-interpreter
// RUN: mlc-run %s --random-inputs --seed 4 --check-against-interpreter
// RUN: mlc-opt --convert-graph-to-tl %s | FileCheck %s
// CHECK: arith.sitofp %{{.*}} : i32 to f32
// CHECK: math.powf %{{.*}} : f32
// CHECK: arith.extf %{{.*}} : f32 to f64
// CHECK: math.powf %{{.*}} : f64
// CHECK: arith.truncf %{{.*}} : f64 to f32

func.func @main(%x: tensor<2x3xf32>, %n: tensor<3xi32>, %y: tensor<2x1xf64>) -> (tensor<2x3xf32>, tensor<2x3xf32>) {
  %a = "graph.pow"(%x, %n) : (tensor<2x3xf32>, tensor<3xi32>) -> tensor<2x3xf32>
  %b = "graph.pow"(%x, %y) : (tensor<2x3xf32>, tensor<2x1xf64>) -> tensor<2x3xf32>
  return %a, %b : tensor<2x3xf32>, tensor<2x3xf32>
}
