// RUN: mlc-opt --convert-graph-to-tl %s | FileCheck %s
// RUN: mlc-run %s --random-inputs --seed 1 --check-against-interpreter 2>&1 | FileCheck %s --check-prefix=NATIVE

// A dense_resource weight (as the ONNX importer writes large initializers) lowers to the dense
// constant of its blob's bytes.

// CHECK-LABEL: func.func @main
// CHECK:         arith.constant dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00]> : tensor<4xf32>
// NATIVE: check-against-interpreter: ok
func.func @main(%a: tensor<4xf32>) -> tensor<4xf32> {
  %w = "graph.constant"() {value = dense_resource<w> : tensor<4xf32>} : () -> tensor<4xf32>
  %r = "graph.mul"(%a, %w) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}

{-#
  dialect_resources: {
    builtin: {
      w: "0x040000000000803F000000400000404000008040"
    }
  }
#-}
