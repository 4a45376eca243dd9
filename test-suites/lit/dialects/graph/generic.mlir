// RUN: mlc-opt %s | FileCheck %s
// RUN: mlc-opt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
// RUN: mlc-opt %s --mlir-print-op-generic | mlc-opt --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
// The spec's example in the generic form: it parses, prints in the custom form, and prints back unchanged in the generic form.

// CHECK-LABEL: func.func @main
// CHECK-NEXT:    %[[W:.*]] = graph.constant dense<{{\[\[}}1.000000e+00, 0.000000e+00], [0.000000e+00, 1.000000e+00], [1.000000e+00, 1.000000e+00], [5.000000e-01, -5.000000e-01]]> : tensor<4x2xf32>
// CHECK-NEXT:    %[[B:.*]] = graph.constant dense<[1.000000e-01, -1.000000e-01]> : tensor<2xf32>
// CHECK-NEXT:    %[[M:.*]] = graph.matmul %arg0, %[[W]] : (tensor<1x4xf32>, tensor<4x2xf32>) -> tensor<1x2xf32>
// CHECK-NEXT:    %[[A:.*]] = graph.add %[[M]], %[[B]] : (tensor<1x2xf32>, tensor<2xf32>) -> tensor<1x2xf32>
// CHECK-NEXT:    %[[R:.*]] = graph.relu %[[A]] : tensor<1x2xf32>
// CHECK-NEXT:    %[[C:.*]] = graph.conv2d %arg1, %arg2 {pads = [1, 1, 1, 1]} : (tensor<1x1x3x3xf32>, tensor<2x1x3x3xf32>) -> tensor<1x2x3x3xf32>
// CHECK-NEXT:    %[[P:.*]] = graph.max_pool2d %[[C]] {ceil_mode = true, kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x2x3x3xf32>) -> tensor<1x2x2x2xf32>
// CHECK-NEXT:    %[[F:.*]]:2 = graph.fusion(%[[X:.*]] = %[[R]], %[[Y:.*]] = %[[P]]) : (tensor<1x2xf32>, tensor<1x2x2x2xf32>) -> (tensor<1x2xf32>, tensor<1x2x2x2xf32>) {
// CHECK-NEXT:      %[[S:.*]] = graph.sigmoid %[[X]] : tensor<1x2xf32>
// CHECK-NEXT:      graph.yield %[[S]], %[[Y]] : tensor<1x2xf32>, tensor<1x2x2x2xf32>
// CHECK-NEXT:    }
// CHECK-NEXT:    return %[[F]]#0 : tensor<1x2xf32>

// GENERIC-LABEL: "func.func"()
// GENERIC:         %[[W:.*]] = "graph.constant"() {value = dense<{{\[\[}}1.000000e+00, 0.000000e+00], [0.000000e+00, 1.000000e+00], [1.000000e+00, 1.000000e+00], [5.000000e-01, -5.000000e-01]]> : tensor<4x2xf32>} : () -> tensor<4x2xf32>
// GENERIC:         %[[M:.*]] = "graph.matmul"(%arg0, %[[W]]) : (tensor<1x4xf32>, tensor<4x2xf32>) -> tensor<1x2xf32>
// GENERIC:         "graph.add"(%[[M]], %{{.*}}) : (tensor<1x2xf32>, tensor<2xf32>) -> tensor<1x2xf32>
// GENERIC:         "graph.relu"(%{{.*}}) : (tensor<1x2xf32>) -> tensor<1x2xf32>
// GENERIC:         "graph.conv2d"(%arg1, %arg2) {pads = [1, 1, 1, 1]} : (tensor<1x1x3x3xf32>, tensor<2x1x3x3xf32>) -> tensor<1x2x3x3xf32>
// GENERIC:         "graph.max_pool2d"(%{{.*}}) {ceil_mode = true, kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x2x3x3xf32>) -> tensor<1x2x2x2xf32>
// GENERIC:         "graph.fusion"(%{{.*}}, %{{.*}}) ({
// GENERIC-NEXT:    ^bb0(%[[X:.*]]: tensor<1x2xf32>, %[[Y:.*]]: tensor<1x2x2x2xf32>):
// GENERIC-NEXT:      %[[S:.*]] = "graph.sigmoid"(%[[X]]) : (tensor<1x2xf32>) -> tensor<1x2xf32>
// GENERIC-NEXT:      "graph.yield"(%[[S]], %[[Y]]) : (tensor<1x2xf32>, tensor<1x2x2x2xf32>) -> ()
// GENERIC-NEXT:    }) : (tensor<1x2xf32>, tensor<1x2x2x2xf32>) -> (tensor<1x2xf32>, tensor<1x2x2x2xf32>)
func.func @main(%x: tensor<1x4xf32>, %img: tensor<1x1x3x3xf32>, %k: tensor<2x1x3x3xf32>) -> tensor<1x2xf32> {
  %w = "graph.constant"() {value = dense<[[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [0.5, -0.5]]> : tensor<4x2xf32>} : () -> tensor<4x2xf32>
  %b = "graph.constant"() {value = dense<[0.1, -0.1]> : tensor<2xf32>} : () -> tensor<2xf32>
  %m = "graph.matmul"(%x, %w) : (tensor<1x4xf32>, tensor<4x2xf32>) -> tensor<1x2xf32>
  %a = "graph.add"(%m, %b) : (tensor<1x2xf32>, tensor<2xf32>) -> tensor<1x2xf32>
  %r = "graph.relu"(%a) : (tensor<1x2xf32>) -> tensor<1x2xf32>
  %c = "graph.conv2d"(%img, %k) {pads = [1, 1, 1, 1]} : (tensor<1x1x3x3xf32>, tensor<2x1x3x3xf32>) -> tensor<1x2x3x3xf32>
  %p = "graph.max_pool2d"(%c) {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>, ceil_mode = true} : (tensor<1x2x3x3xf32>) -> tensor<1x2x2x2xf32>
  %f:2 = "graph.fusion"(%r, %p) ({
  ^bb0(%fx: tensor<1x2xf32>, %fy: tensor<1x2x2x2xf32>):
    %s = "graph.sigmoid"(%fx) : (tensor<1x2xf32>) -> tensor<1x2xf32>
    "graph.yield"(%s, %fy) : (tensor<1x2xf32>, tensor<1x2x2x2xf32>) -> ()
  }) : (tensor<1x2xf32>, tensor<1x2x2x2xf32>) -> (tensor<1x2xf32>, tensor<1x2x2x2xf32>)
  func.return %f#0 : tensor<1x2xf32>
}
