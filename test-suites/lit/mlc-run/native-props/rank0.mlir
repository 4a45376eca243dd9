// Found by ElementwiseNativePropertiesTest and ShapeNativePropertiesTest: a tl.generic over rank-0 buffers
// (graph ops on tensor<f32>) crashed convert-tl-to-scf. Now a one-trip loop.
// RUN: mlc-run %s --random-inputs --seed 2 --check-against-interpreter --rtol 0 --atol 0
// RUN: mlc-opt --convert-graph-to-tl --convert-tl-to-scf %s | FileCheck %s
// CHECK: scf.for
// CHECK: tl.load %{{.*}}[] : memref<f32>

func.func @main(%a: tensor<f32>, %b: tensor<f32>) -> tensor<f32> {
  %r = "graph.add"(%a, %b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
  return %r : tensor<f32>
}
