// RUN: mlc-opt --fold-batch-norm --split-input-file %s | FileCheck %s
// batch_norm with constant parameters folds into the constant weights of the conv2d/gemm/matmul
// before it; mlc-opt's semantics check compares @main before and after on random inputs.

// conv2d without bias: W' = a·W per output channel, B' = s (a = scale/sqrt(var+eps), s = bias - mean·a).
// CHECK-LABEL: func.func @main(%arg0: tensor<1x1x3x3xf32>) -> tensor<1x2x2x2xf32> {
// CHECK-NEXT:    %0 = graph.constant dense<{{\[\[\[\[}}2.000000e+00, 2.000000e+00], [2.000000e+00, 2.000000e+00]]], {{\[\[\[}}5.000000e-01, 5.000000e-01], [5.000000e-01, 5.000000e-01]]]]> : tensor<2x1x2x2xf32>
// CHECK-NEXT:    %1 = graph.constant dense<[-1.000000e+00, 1.500000e+00]> : tensor<2xf32>
// CHECK-NEXT:    %2 = graph.conv2d %arg0, %0, %1
// CHECK-NEXT:    return %2
func.func @main(%x: tensor<1x1x3x3xf32>) -> tensor<1x2x2x2xf32> {
  %w = graph.constant dense<1.0> : tensor<2x1x2x2xf32>
  %scale = graph.constant dense<[2.0, 1.0]> : tensor<2xf32>
  %bias = graph.constant dense<[1.0, 1.0]> : tensor<2xf32>
  %mean = graph.constant dense<[1.0, -1.0]> : tensor<2xf32>
  %var = graph.constant dense<[1.0, 4.0]> : tensor<2xf32>
  %y = graph.conv2d %x, %w : (tensor<1x1x3x3xf32>, tensor<2x1x2x2xf32>) -> tensor<1x2x2x2xf32>
  %n = graph.batch_norm %y, %scale, %bias, %mean, %var {epsilon = 0.0 : f32} : (tensor<1x2x2x2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x2x2xf32>
  return %n : tensor<1x2x2x2xf32>
}

// -----

// conv2d with bias and the default epsilon: B' = a·B + s.
// CHECK-LABEL: func.func @main
// CHECK-NOT:     graph.batch_norm
// CHECK:         graph.conv2d %arg0, %{{.*}}, %{{.*}} {pads = [1, 1, 1, 1]}
func.func @main(%x: tensor<1x3x4x4xf32>) -> tensor<1x2x4x4xf32> {
  %w = graph.constant dense<[[[[0.1, -0.2, 0.3], [0.4, 0.5, -0.6], [0.7, 0.8, 0.9]], [[0.1, 0.2, 0.3], [0.4, -0.5, 0.6], [0.7, 0.8, 0.9]], [[0.1, 0.2, -0.3], [0.4, 0.5, 0.6], [0.7, 0.8, 0.9]]],
                               [[[0.9, 0.8, 0.7], [0.6, 0.5, 0.4], [0.3, 0.2, 0.1]], [[-0.9, 0.8, 0.7], [0.6, 0.5, 0.4], [0.3, 0.2, 0.1]], [[0.9, 0.8, 0.7], [0.6, -0.5, 0.4], [0.3, 0.2, 0.1]]]]> : tensor<2x3x3x3xf32>
  %b = graph.constant dense<[0.5, -0.25]> : tensor<2xf32>
  %scale = graph.constant dense<[1.5, 0.75]> : tensor<2xf32>
  %bias = graph.constant dense<[0.1, -0.1]> : tensor<2xf32>
  %mean = graph.constant dense<[0.2, 0.3]> : tensor<2xf32>
  %var = graph.constant dense<[0.5, 2.0]> : tensor<2xf32>
  %y = graph.conv2d %x, %w, %b {pads = [1, 1, 1, 1]} : (tensor<1x3x4x4xf32>, tensor<2x3x3x3xf32>, tensor<2xf32>) -> tensor<1x2x4x4xf32>
  %n = graph.batch_norm %y, %scale, %bias, %mean, %var : (tensor<1x2x4x4xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x4x4xf32>
  return %n : tensor<1x2x4x4xf32>
}

// -----

// gemm with trans_b and beta: B' scaled per row of B (column of the result), C' = a·beta·C + s, beta' = 1.
// CHECK-LABEL: func.func @main
// CHECK-NOT:     graph.batch_norm
// CHECK:         graph.gemm %arg0, %{{.*}}, %{{.*}} {beta = 1.000000e+00 : f32, trans_b = true}
func.func @main(%x: tensor<2x3xf32>) -> tensor<2x2xf32> {
  %w = graph.constant dense<[[0.1, -0.2, 0.3], [0.4, 0.5, -0.6]]> : tensor<2x3xf32>
  %c = graph.constant dense<[0.5, -0.25]> : tensor<2xf32>
  %scale = graph.constant dense<[1.5, 0.75]> : tensor<2xf32>
  %bias = graph.constant dense<[0.1, -0.1]> : tensor<2xf32>
  %mean = graph.constant dense<[0.2, 0.3]> : tensor<2xf32>
  %var = graph.constant dense<[0.5, 2.0]> : tensor<2xf32>
  %y = graph.gemm %x, %w, %c {trans_b = true, beta = 0.5 : f32} : (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2xf32>) -> tensor<2x2xf32>
  %n = graph.batch_norm %y, %scale, %bias, %mean, %var : (tensor<2x2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<2x2xf32>
  return %n : tensor<2x2xf32>
}

// -----

// matmul + add(bias) + batch_norm -> matmul(x, W') + b'.
// CHECK-LABEL: func.func @main
// CHECK-NOT:     graph.batch_norm
// CHECK:         %[[M:.*]] = graph.matmul %arg0, %{{.*}}
// CHECK-NEXT:    %[[A:.*]] = graph.add %[[M]], %{{.*}} : (tensor<2x2xf32>, tensor<2xf32>) -> tensor<2x2xf32>
// CHECK-NEXT:    return %[[A]]
func.func @main(%x: tensor<2x3xf32>) -> tensor<2x2xf32> {
  %w = graph.constant dense<[[0.1, -0.2], [0.3, 0.4], [0.5, -0.6]]> : tensor<3x2xf32>
  %b = graph.constant dense<[0.5, -0.25]> : tensor<2xf32>
  %scale = graph.constant dense<[1.5, 0.75]> : tensor<2xf32>
  %bias = graph.constant dense<[0.1, -0.1]> : tensor<2xf32>
  %mean = graph.constant dense<[0.2, 0.3]> : tensor<2xf32>
  %var = graph.constant dense<[0.5, 2.0]> : tensor<2xf32>
  %y = graph.matmul %x, %w : (tensor<2x3xf32>, tensor<3x2xf32>) -> tensor<2x2xf32>
  %yb = graph.add %y, %b : (tensor<2x2xf32>, tensor<2xf32>) -> tensor<2x2xf32>
  %n = graph.batch_norm %yb, %scale, %bias, %mean, %var : (tensor<2x2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<2x2xf32>
  return %n : tensor<2x2xf32>
}

// -----

// Not folded: the parameters are not constants, or the conv2d's value has another use.
// CHECK-LABEL: func.func @main
// CHECK:         graph.batch_norm
// CHECK:         graph.batch_norm
func.func @main(%x: tensor<1x1x3x3xf32>, %scale: tensor<2xf32>) -> (tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>) {
  %w = graph.constant dense<1.0> : tensor<2x1x2x2xf32>
  %p = graph.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %y = graph.conv2d %x, %w : (tensor<1x1x3x3xf32>, tensor<2x1x2x2xf32>) -> tensor<1x2x2x2xf32>
  %n = graph.batch_norm %y, %scale, %p, %p, %p : (tensor<1x2x2x2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x2x2xf32>
  %z = graph.conv2d %x, %w : (tensor<1x1x3x3xf32>, tensor<2x1x2x2xf32>) -> tensor<1x2x2x2xf32>
  %m = graph.batch_norm %z, %p, %p, %p, %p : (tensor<1x2x2x2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x2x2xf32>
  return %n, %m, %z : tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>
}

// -----

// One channel, a rank-0 bias: b' = a·b + s.
// CHECK-LABEL: func.func @main
// CHECK-NOT:     graph.batch_norm
// CHECK:         graph.add %{{.*}}, %{{.*}} : (tensor<3x1xf32>, tensor<1xf32>) -> tensor<3x1xf32>
func.func @main(%x: tensor<3x2xf32>) -> tensor<3x1xf32> {
  %w = graph.constant dense<[[0.5], [-1.5]]> : tensor<2x1xf32>
  %b = graph.constant dense<0.25> : tensor<f32>
  %p = graph.constant dense<[0.5]> : tensor<1xf32>
  %y = graph.matmul %x, %w : (tensor<3x2xf32>, tensor<2x1xf32>) -> tensor<3x1xf32>
  %yb = graph.add %y, %b : (tensor<3x1xf32>, tensor<f32>) -> tensor<3x1xf32>
  %n = graph.batch_norm %yb, %p, %p, %p, %p : (tensor<3x1xf32>, tensor<1xf32>, tensor<1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<3x1xf32>
  return %n : tensor<3x1xf32>
}
