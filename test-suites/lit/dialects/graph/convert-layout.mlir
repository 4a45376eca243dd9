// RUN: mlc-opt --convert-layout --check-semantics --split-input-file %s | FileCheck %s
// RUN: not mlc-opt --convert-layout=layout=nchwc --split-input-file %s 2>&1 | FileCheck %s --check-prefix=ERR
// --convert-layout=layout=nhwc (docs/layout.md): conv2d/pools/global_avg_pool/batch_norm compute in
// NHWC, constant weights are permuted at compile time, and the transposes sink through element-wise
// ops and cancel; mlc-opt's semantics check compares @main before and after on random inputs.
// ERR: error: 'convert-layout' supports layout=nhwc only, but got layout=nchwc

// A chain: one transpose in, the exit transpose of each op cancels the entry transpose of the next,
// the broadcast bias [4,1,1] is permuted to [1,1,1,4] at compile time, the weight that is an argument
// gets a runtime transpose, the pooled 1x1x1xC result leaves through a reshape (no transpose out).
// CHECK-LABEL: func.func @main(%arg0: tensor<1x3x8x8xf32>, %arg1: tensor<4x2x3x3xf32>) -> tensor<1x4xf32> {
// CHECK:         %[[X:.*]] = graph.transpose %arg0 {perm = [0, 2, 3, 1]} : (tensor<1x3x8x8xf32>) -> tensor<1x8x8x3xf32>
// CHECK:         %[[W1:.*]] = graph.constant dense<{{\[\[\[\[}}1.000000e-01, -1.000000e-01], [5.000000e-01, 5.000000e-01], [0.899999976, -0.899999976]], {{.*}} : tensor<2x2x3x2xf32>
// CHECK:         %[[C1:.*]] = graph.conv2d %[[X]], %[[W1]], %{{.*}} {layout = "nhwc", pads = [1, 1, 0, 0]} : (tensor<1x8x8x3xf32>, tensor<2x2x3x2xf32>, tensor<2xf32>) -> tensor<1x8x8x2xf32>
// CHECK-NEXT:    %[[R1:.*]] = graph.relu %[[C1]] : tensor<1x8x8x2xf32>
// CHECK-NEXT:    %[[P1:.*]] = graph.max_pool2d %[[R1]] {kernel_shape = [2, 2], layout = "nhwc", strides = [2, 2]} : (tensor<1x8x8x2xf32>) -> tensor<1x4x4x2xf32>
// CHECK-NEXT:    %[[W2:.*]] = graph.transpose %arg1 {perm = [2, 3, 1, 0]} : (tensor<4x2x3x3xf32>) -> tensor<3x3x2x4xf32>
// CHECK-NEXT:    %[[C2:.*]] = graph.conv2d %[[P1]], %[[W2]] {layout = "nhwc", pads = [1, 1, 1, 1], strides = [2, 2]} : (tensor<1x4x4x2xf32>, tensor<3x3x2x4xf32>) -> tensor<1x2x2x4xf32>
// CHECK-NEXT:    %[[B:.*]] = graph.constant dense<{{\[\[\[\[}}2.500000e-01, -2.500000e-01, 5.000000e-01, -5.000000e-01]]]]> : tensor<1x1x1x4xf32>
// CHECK-NEXT:    %[[A:.*]] = graph.add %[[C2]], %[[B]] : (tensor<1x2x2x4xf32>, tensor<1x1x1x4xf32>) -> tensor<1x2x2x4xf32>
// CHECK-NEXT:    %[[R2:.*]] = graph.relu %[[A]] : tensor<1x2x2x4xf32>
// CHECK-NEXT:    %[[G:.*]] = graph.reduce_mean %[[R2]] {axes = [1, 2], keepdims = true} : (tensor<1x2x2x4xf32>) -> tensor<1x1x1x4xf32>
// CHECK-NEXT:    %[[RS:.*]] = graph.reshape %[[G]] : (tensor<1x1x1x4xf32>) -> tensor<1x4x1x1xf32>
// CHECK-NEXT:    %[[F:.*]] = graph.flatten %[[RS]] {axis = 1 : i64}
// CHECK-NEXT:    return %[[F]]
// CHECK-NOT:     graph.transpose
func.func @main(%x: tensor<1x3x8x8xf32>, %w2: tensor<4x2x3x3xf32>) -> tensor<1x4xf32> {
  %w1 = graph.constant dense<[[[[0.1, -0.2], [0.3, 0.4]], [[0.5, 0.6], [-0.7, 0.8]], [[0.9, -1.0], [1.1, 1.2]]], [[[-0.1, 0.2], [0.3, -0.4]], [[0.5, -0.6], [0.7, 0.8]], [[-0.9, 1.0], [1.1, -1.2]]]]> : tensor<2x3x2x2xf32>
  %b1 = graph.constant dense<[0.5, -0.5]> : tensor<2xf32>
  %c1 = graph.conv2d %x, %w1, %b1 {pads = [1, 1, 0, 0]} : (tensor<1x3x8x8xf32>, tensor<2x3x2x2xf32>, tensor<2xf32>) -> tensor<1x2x8x8xf32>
  %r1 = graph.relu %c1 : tensor<1x2x8x8xf32>
  %p1 = graph.max_pool2d %r1 {kernel_shape = [2, 2], strides = [2, 2]} : (tensor<1x2x8x8xf32>) -> tensor<1x2x4x4xf32>
  %c2 = graph.conv2d %p1, %w2 {pads = [1, 1, 1, 1], strides = [2, 2]} : (tensor<1x2x4x4xf32>, tensor<4x2x3x3xf32>) -> tensor<1x4x2x2xf32>
  %bb = graph.constant dense<[[[0.25]], [[-0.25]], [[0.5]], [[-0.5]]]> : tensor<4x1x1xf32>
  %a2 = graph.add %c2, %bb : (tensor<1x4x2x2xf32>, tensor<4x1x1xf32>) -> tensor<1x4x2x2xf32>
  %r2 = graph.relu %a2 : tensor<1x4x2x2xf32>
  %g = graph.global_avg_pool %r2 : (tensor<1x4x2x2xf32>) -> tensor<1x4x1x1xf32>
  %f = graph.flatten %g {axis = 1 : i64} : (tensor<1x4x1x1xf32>) -> tensor<1x4xf32>
  return %f : tensor<1x4xf32>
}

// -----

// batch_norm becomes x·a + s per channel (the entry transpose sinks below it, so it runs on the
// NCHW input with [1,4,1,1] constants); avg_pool2d with pads and count_include_pad; a grouped 1x1
// conv2d; the result leaves through one transpose.
// CHECK-LABEL: func.func @main(%arg0: tensor<1x4x5x5xf32>) -> tensor<1x4x3x3xf32> {
// CHECK-NOT:     graph.batch_norm
// CHECK:         graph.mul %arg0, %{{.*}} : (tensor<1x4x5x5xf32>, tensor<1x4x1x1xf32>) -> tensor<1x4x5x5xf32>
// CHECK:         %[[N:.*]] = graph.add
// CHECK-NEXT:    %[[T:.*]] = graph.transpose %[[N]] {perm = [0, 2, 3, 1]} : (tensor<1x4x5x5xf32>) -> tensor<1x5x5x4xf32>
// CHECK-NEXT:    %[[P:.*]] = graph.avg_pool2d %[[T]] {count_include_pad = true, kernel_shape = [3, 3], layout = "nhwc", pads = [1, 1, 1, 1], strides = [2, 2]} : (tensor<1x5x5x4xf32>) -> tensor<1x3x3x4xf32>
// CHECK-NEXT:    %[[W:.*]] = graph.constant dense<{{\[\[\[\[}}1.000000e+00, -1.000000e+00, 2.500000e-01, 3.000000e+00], [2.000000e+00, 5.000000e-01, 1.000000e+00, -2.000000e+00]]]]> : tensor<1x1x2x4xf32>
// CHECK-NEXT:    %[[C:.*]] = graph.conv2d %[[P]], %[[W]] {groups = 2 : i64, layout = "nhwc"} : (tensor<1x3x3x4xf32>, tensor<1x1x2x4xf32>) -> tensor<1x3x3x4xf32>
// CHECK-NEXT:    %[[S:.*]] = graph.sigmoid %[[C]] : tensor<1x3x3x4xf32>
// CHECK-NEXT:    %[[O:.*]] = graph.transpose %[[S]] {perm = [0, 3, 1, 2]} : (tensor<1x3x3x4xf32>) -> tensor<1x4x3x3xf32>
// CHECK-NEXT:    return %[[O]]
func.func @main(%x: tensor<1x4x5x5xf32>) -> tensor<1x4x3x3xf32> {
  %scale = graph.constant dense<[1.5, 0.75, 1.0, 2.0]> : tensor<4xf32>
  %bias = graph.constant dense<[0.1, -0.1, 0.0, 0.2]> : tensor<4xf32>
  %mean = graph.constant dense<[0.2, 0.3, -0.1, 0.0]> : tensor<4xf32>
  %var = graph.constant dense<[0.5, 2.0, 1.0, 0.25]> : tensor<4xf32>
  %n = graph.batch_norm %x, %scale, %bias, %mean, %var : (tensor<1x4x5x5xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<1x4x5x5xf32>
  %p = graph.avg_pool2d %n {kernel_shape = [3, 3], strides = [2, 2], pads = [1, 1, 1, 1], count_include_pad = true} : (tensor<1x4x5x5xf32>) -> tensor<1x4x3x3xf32>
  %w = graph.constant dense<[[[[1.0]], [[2.0]]], [[[-1.0]], [[0.5]]], [[[0.25]], [[1.0]]], [[[3.0]], [[-2.0]]]]> : tensor<4x2x1x1xf32>
  %c = graph.conv2d %p, %w {groups = 2 : i64} : (tensor<1x4x3x3xf32>, tensor<4x2x1x1xf32>) -> tensor<1x4x3x3xf32>
  %s = graph.sigmoid %c : tensor<1x4x3x3xf32>
  return %s : tensor<1x4x3x3xf32>
}

// -----

// Cancellation alone: transpose∘transpose composes, an identity transpose is removed, a transpose
// sinks through a binary op whose operands are transposed alike (each used only there).
// CHECK-LABEL: func.func @main(%arg0: tensor<2x3x4xf32>, %arg1: tensor<2x3x4xf32>) -> (tensor<4x2x3xf32>, tensor<2x3x4xf32>) {
// CHECK-NEXT:    %[[M:.*]] = graph.mul %arg0, %arg1 : tensor<2x3x4xf32>
// CHECK-NEXT:    %[[T:.*]] = graph.transpose %[[M]] {perm = [2, 0, 1]} : (tensor<2x3x4xf32>) -> tensor<4x2x3xf32>
// CHECK-NEXT:    return %[[T]], %arg0
func.func @main(%x: tensor<2x3x4xf32>, %y: tensor<2x3x4xf32>) -> (tensor<4x2x3xf32>, tensor<2x3x4xf32>) {
  %a = graph.transpose %x {perm = [1, 2, 0]} : (tensor<2x3x4xf32>) -> tensor<3x4x2xf32>
  %b = graph.transpose %a {perm = [1, 2, 0]} : (tensor<3x4x2xf32>) -> tensor<4x2x3xf32>
  %c = graph.transpose %y {perm = [2, 0, 1]} : (tensor<2x3x4xf32>) -> tensor<4x2x3xf32>
  %m = graph.mul %b, %c : (tensor<4x2x3xf32>, tensor<4x2x3xf32>) -> tensor<4x2x3xf32>
  %i = graph.transpose %x {perm = [0, 1, 2]} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return %m, %i : tensor<4x2x3xf32>, tensor<2x3x4xf32>
}

// -----

// Already-NHWC ops and integer convolutions are left alone; a transpose used twice does not sink.
// CHECK-LABEL: func.func @main
// CHECK-NEXT:    graph.conv2d %arg0, %arg1 {layout = "nhwc"}
// CHECK-NEXT:    graph.transpose %arg2 {perm = [0, 2, 3, 1]}
// CHECK-NEXT:    graph.relu
// CHECK-NEXT:    graph.exp
// CHECK-NEXT:    return
func.func @main(%x: tensor<1x4x4x2xf32>, %w: tensor<1x1x2x3xf32>, %z: tensor<1x2x3x3xf32>) -> (tensor<1x4x4x3xf32>, tensor<1x3x3x2xf32>, tensor<1x3x3x2xf32>) {
  %c = graph.conv2d %x, %w {layout = "nhwc"} : (tensor<1x4x4x2xf32>, tensor<1x1x2x3xf32>) -> tensor<1x4x4x3xf32>
  %t = graph.transpose %z {perm = [0, 2, 3, 1]} : (tensor<1x2x3x3xf32>) -> tensor<1x3x3x2xf32>
  %r = graph.relu %t : tensor<1x3x3x2xf32>
  %e = graph.exp %t : tensor<1x3x3x2xf32>
  return %c, %r, %e : tensor<1x4x4x3xf32>, tensor<1x3x3x2xf32>, tensor<1x3x3x2xf32>
}

// -----

// A transpose that only moves size-1 dimensions is a reshape; with a dynamic dimension it stays.
// CHECK-LABEL: func.func @main
// CHECK-NEXT:    graph.reshape %arg0 : (tensor<1x5x1x3xf32>) -> tensor<1x1x5x3xf32>
// CHECK-NEXT:    graph.transpose %arg1 {perm = [0, 2, 1, 3]} : (tensor<1x?x1x3xf32>) -> tensor<1x1x?x3xf32>
func.func @main(%x: tensor<1x5x1x3xf32>, %y: tensor<1x?x1x3xf32>) -> (tensor<1x1x5x3xf32>, tensor<1x1x?x3xf32>) {
  %a = graph.transpose %x {perm = [0, 2, 1, 3]} : (tensor<1x5x1x3xf32>) -> tensor<1x1x5x3xf32>
  %b = graph.transpose %y {perm = [0, 2, 1, 3]} : (tensor<1x?x1x3xf32>) -> tensor<1x1x?x3xf32>
  return %a, %b : tensor<1x1x5x3xf32>, tensor<1x1x?x3xf32>
}
