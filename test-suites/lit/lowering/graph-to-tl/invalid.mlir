// RUN: not mlc-opt --convert-graph-to-tl --split-input-file %s 2>&1 | FileCheck %s

// Unsupported input: a located error per offending op (and function signature), then the pass fails.

// CHECK: invalid.mlir:{{[0-9]+}}:{{[0-9]+}}: error: 'graph.quantize_linear' op cannot be lowered: no lowering to tl is implemented for this op
func.func @main(%x: tensor<4xf32>) -> tensor<4xi8> {
  %q = "graph.quantize_linear"(%x) {scale = 5.0e-01 : f32} : (tensor<4xf32>) -> tensor<4xi8>
  return %q : tensor<4xi8>
}

// -----

// CHECK: invalid.mlir:{{[0-9]+}}:{{[0-9]+}}: error: 'func.func' op cannot be lowered to tl: dynamic shapes are not supported (tensor<?x3xf32>)
// CHECK: invalid.mlir:{{[0-9]+}}:{{[0-9]+}}: error: 'graph.reduce_sum' op cannot be lowered: dynamic shapes are not supported (tensor<?x3xf32>)
func.func @main(%x: tensor<?x3xf32>) -> tensor<3xf32> {
  %r = "graph.reduce_sum"(%x) {axes = [0], keepdims = false} : (tensor<?x3xf32>) -> tensor<3xf32>
  return %r : tensor<3xf32>
}

// -----

// CHECK: invalid.mlir:{{[0-9]+}}:{{[0-9]+}}: error: 'func.func' op cannot be lowered to tl: signed/unsigned integer element types are not supported (tensor<4xui8>)
// CHECK: invalid.mlir:{{[0-9]+}}:{{[0-9]+}}: error: 'graph.add' op cannot be lowered: signed/unsigned integer element types are not supported (tensor<4xui8>)
func.func @main(%x: tensor<4xui8>) -> tensor<4xui8> {
  %r = "graph.add"(%x, %x) : (tensor<4xui8>, tensor<4xui8>) -> tensor<4xui8>
  return %r : tensor<4xui8>
}
