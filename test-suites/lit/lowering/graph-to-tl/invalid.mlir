// RUN: not mlc-opt --convert-graph-to-tl --split-input-file %s 2>&1 | FileCheck %s

// Unsupported input: a located error per offending op (and function signature), then the pass fails.

// CHECK: invalid.mlir:{{[0-9]+}}:{{[0-9]+}}: error: 'graph.resize' op cannot be lowered: resize with antialias is not supported
func.func @main(%x: tensor<1x1x2x2xf32>) -> tensor<1x1x4x4xf32> {
  %r = "graph.resize"(%x) {scales = [1.0, 1.0, 2.0, 2.0], antialias = 1 : i64} : (tensor<1x1x2x2xf32>) -> tensor<1x1x4x4xf32>
  return %r : tensor<1x1x4x4xf32>
}

// -----

// CHECK: invalid.mlir:{{[0-9]+}}:{{[0-9]+}}: error: 'func.func' op cannot be lowered to tl: dynamic shapes are not supported (tensor<?x3xf32>)
// CHECK: invalid.mlir:{{[0-9]+}}:{{[0-9]+}}: error: 'graph.reduce_sum' op cannot be lowered: dynamic shapes are not supported (tensor<?x3xf32>)
func.func @main(%x: tensor<?x3xf32>) -> tensor<3xf32> {
  %r = "graph.reduce_sum"(%x) {axes = [0], keepdims = false} : (tensor<?x3xf32>) -> tensor<3xf32>
  return %r : tensor<3xf32>
}

// -----

// CHECK: invalid.mlir:{{[0-9]+}}:{{[0-9]+}}: error: 'graph.add' op cannot be lowered: signed/unsigned integer element types are not supported (tensor<4xui8>)
func.func @main(%x: tensor<4xui8>) -> tensor<4xui8> {
  %r = "graph.add"(%x, %x) : (tensor<4xui8>, tensor<4xui8>) -> tensor<4xui8>
  return %r : tensor<4xui8>
}

// -----

// Ops inside a graph.fusion are checked where they are.
// CHECK: invalid.mlir:[[@LINE+5]]:{{[0-9]+}}: error: 'graph.add' op cannot be lowered: signed/unsigned integer element types are not supported (tensor<4xsi32>)
func.func @main(%a: tensor<4xf32>) -> tensor<4xf32> {
  %r = "graph.fusion"(%a) ({
  ^bb0(%x: tensor<4xf32>):
    %c = "graph.constant"() {value = dense<1> : tensor<4xsi32>} : () -> tensor<4xsi32>
    %s = "graph.add"(%c, %c) : (tensor<4xsi32>, tensor<4xsi32>) -> tensor<4xsi32>
    "graph.yield"(%x) : (tensor<4xf32>) -> ()
  }) : (tensor<4xf32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}
