// RUN: mlc-opt --fold-constants --split-input-file %s | FileCheck %s
// RUN: mlc-opt --fold-constants=max-elements=3 --split-input-file %s | FileCheck %s --check-prefix=LIMIT
// Whole constant subgraphs are evaluated (contractions included, unlike canonicalize), the inputs
// left without users are erased; mlc-opt's semantics check compares @main before and after.

// A transposed weight times a constant, reshaped, then used with the argument.
// CHECK-LABEL: func.func @main(%arg0: tensor<2x2xf32>) -> tensor<2x2xf32> {
// CHECK-NEXT:    %0 = graph.constant dense<{{\[\[}}4.000000e+00, 7.000000e+00], [6.000000e+00, 1.000000e+01]]> : tensor<2x2xf32>
// CHECK-NEXT:    %1 = graph.add %arg0, %0
// CHECK-NEXT:    return %1
// LIMIT-LABEL: func.func @main
// LIMIT:         graph.matmul
func.func @main(%x: tensor<2x2xf32>) -> tensor<2x2xf32> {
  %w = graph.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %e = graph.constant dense<[[1.0, 1.0], [1.0, 2.0]]> : tensor<2x2xf32>
  %t = graph.transpose %w {perm = [1, 0]} : (tensor<2x2xf32>) -> tensor<2x2xf32>
  %m = graph.matmul %t, %e : (tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<2x2xf32>
  %r = graph.reshape %m : (tensor<2x2xf32>) -> tensor<4xf32>
  %r2 = graph.reshape %r : (tensor<4xf32>) -> tensor<2x2xf32>
  %y = graph.add %x, %r2 : tensor<2x2xf32>
  return %y : tensor<2x2xf32>
}

// -----

// A constant still used elsewhere stays; a conv2d of constants folds.
// CHECK-LABEL: func.func @main(%arg0: tensor<2xf32>) -> (tensor<2xf32>, tensor<1x1x1x1xf32>) {
// CHECK-NEXT:    %0 = graph.constant dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>
// CHECK-NEXT:    %1 = graph.constant dense<[2.000000e+00, 4.000000e+00]> : tensor<2xf32>
// CHECK-NEXT:    %2 = graph.mul %arg0, %0
// CHECK-NEXT:    %3 = graph.add %2, %1
// CHECK-NEXT:    %4 = graph.constant dense<1.000000e+01> : tensor<1x1x1x1xf32>
// CHECK-NEXT:    return %3, %4
func.func @main(%x: tensor<2xf32>) -> (tensor<2xf32>, tensor<1x1x1x1xf32>) {
  %c = graph.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %d = graph.add %c, %c : tensor<2xf32>
  %m = graph.mul %x, %c : tensor<2xf32>
  %y = graph.add %m, %d : tensor<2xf32>
  %i = graph.constant dense<[[[[1.0, 2.0], [3.0, 4.0]]]]> : tensor<1x1x2x2xf32>
  %k = graph.constant dense<1.0> : tensor<1x1x2x2xf32>
  %o = graph.conv2d %i, %k : (tensor<1x1x2x2xf32>, tensor<1x1x2x2xf32>) -> tensor<1x1x1x1xf32>
  return %y, %o : tensor<2xf32>, tensor<1x1x1x1xf32>
}
