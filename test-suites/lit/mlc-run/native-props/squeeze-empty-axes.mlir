// Found by ShapeNativePropertiesTest.reshapeFamily: the interpreter treated squeeze's `axes = []` as absent
// (squeezing every size-1 dimension) while the verifier infers that it removes nothing.
// RUN: mlc-run %s --interpret --random-inputs --print-outputs | FileCheck %s
// RUN: mlc-run %s --random-inputs --check-against-interpreter
// CHECK: out0: tensor<1x2x1xf32> =

func.func @main(%x: tensor<1x2x1xf32>) -> tensor<1x2x1xf32> {
  %r = "graph.squeeze"(%x) {axes = []} : (tensor<1x2x1xf32>) -> tensor<1x2x1xf32>
  return %r : tensor<1x2x1xf32>
}
