// RUN: mlc-opt --fuse --split-input-file %s | FileCheck %s
// The fusion pass (docs/fusion.md); mlc-opt's semantics check interprets @main before and after.

// A contraction with a bias + relu epilogue: one group, the operands captured in order.
// CHECK-LABEL: func.func @main(%arg0: tensor<4x8xf32>, %arg1: tensor<8x16xf32>, %arg2: tensor<16xf32>) -> tensor<4x16xf32> {
// CHECK-NEXT:    %0 = graph.fusion(%arg3 = %arg0, %arg4 = %arg1, %arg5 = %arg2) : (tensor<4x8xf32>, tensor<8x16xf32>, tensor<16xf32>) -> tensor<4x16xf32> {
// CHECK-NEXT:      %1 = graph.matmul %arg3, %arg4
// CHECK-NEXT:      %2 = graph.add %1, %arg5
// CHECK-NEXT:      %3 = graph.relu %2
// CHECK-NEXT:      graph.yield %3 : tensor<4x16xf32>
// CHECK-NEXT:    }
// CHECK-NEXT:    return %0 : tensor<4x16xf32>
func.func @main(%x: tensor<4x8xf32>, %w: tensor<8x16xf32>, %b: tensor<16xf32>) -> tensor<4x16xf32> {
  %m = graph.matmul %x, %w : (tensor<4x8xf32>, tensor<8x16xf32>) -> tensor<4x16xf32>
  %a = graph.add %m, %b : (tensor<4x16xf32>, tensor<16xf32>) -> tensor<4x16xf32>
  %r = graph.relu %a : tensor<4x16xf32>
  return %r : tensor<4x16xf32>
}

// -----

// An element-wise chain with broadcast operands; an intermediate used outside the group becomes a
// second result of the group (computed once), so the contraction it reads is not fused.
// CHECK-LABEL: func.func @main
// CHECK-NEXT:    %0 = graph.matmul %arg0, %arg1
// CHECK-NEXT:    %1:2 = graph.fusion(%arg3 = %0, %arg4 = %arg2) : (tensor<2x3xf32>, tensor<3xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>) {
// CHECK-NEXT:      %2 = graph.sub %arg3, %arg4
// CHECK-NEXT:      %3 = graph.exp %2
// CHECK-NEXT:      %4 = graph.mul %3, %arg3
// CHECK-NEXT:      graph.yield %3, %4 : tensor<2x3xf32>, tensor<2x3xf32>
// CHECK-NEXT:    }
// CHECK-NEXT:    %2 = graph.reduce_sum %1#0
// CHECK-NEXT:    return %1#1, %2
func.func @main(%x: tensor<2x4xf32>, %w: tensor<4x3xf32>, %b: tensor<3xf32>) -> (tensor<2x3xf32>, tensor<2x1xf32>) {
  %m = graph.matmul %x, %w : (tensor<2x4xf32>, tensor<4x3xf32>) -> tensor<2x3xf32>
  %s = graph.sub %m, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %e = graph.exp %s : tensor<2x3xf32>
  %p = graph.mul %e, %m : tensor<2x3xf32>
  %r = graph.reduce_sum %e {axes = [1]} : (tensor<2x3xf32>) -> tensor<2x1xf32>
  return %p, %r : tensor<2x3xf32>, tensor<2x1xf32>
}

// -----

// A use of a group value placed before the group's last op keeps the groups apart (the group
// would otherwise have to move above its own operand); ops of another shape are not fused.
// CHECK-LABEL: func.func @main
// CHECK-NEXT:    %0 = graph.neg %arg0
// CHECK-NEXT:    %1 = graph.reduce_sum %0
// CHECK-NEXT:    %2 = graph.add %0, %1
// CHECK-NEXT:    %3 = graph.exp %1
// CHECK-NEXT:    return %2, %3
func.func @main(%x: tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<2x1xf32>) {
  %n = graph.neg %x : tensor<2x3xf32>
  %s = graph.reduce_sum %n {axes = [1]} : (tensor<2x3xf32>) -> tensor<2x1xf32>
  %a = graph.add %n, %s : (tensor<2x3xf32>, tensor<2x1xf32>) -> tensor<2x3xf32>
  %e = graph.exp %s : tensor<2x1xf32>
  return %a, %e : tensor<2x3xf32>, tensor<2x1xf32>
}

// -----

// conv2d + clip (relu6) and gemm + hard_swish; two independent chains merge at the add.
// CHECK-LABEL: func.func @main
// CHECK:         graph.fusion
// CHECK-NEXT:      graph.conv2d
// CHECK-NEXT:      graph.clip
// CHECK-NEXT:      graph.yield
// CHECK:         graph.fusion
// CHECK-NEXT:      graph.gemm
// CHECK-NEXT:      graph.hard_swish
// CHECK-NEXT:      graph.yield
// CHECK:         graph.fusion
// CHECK-NEXT:      graph.sigmoid
// CHECK-NEXT:      graph.tanh
// CHECK-NEXT:      graph.add
// CHECK-NEXT:      graph.yield
func.func @main(%x: tensor<1x2x5x5xf32>, %w: tensor<3x2x3x3xf32>, %a: tensor<2x4xf32>, %b: tensor<5x4xf32>, %c: tensor<5xf32>, %u: tensor<3x3xf32>, %v: tensor<3x3xf32>)
    -> (tensor<1x3x3x3xf32>, tensor<2x5xf32>, tensor<3x3xf32>) {
  %y = graph.conv2d %x, %w : (tensor<1x2x5x5xf32>, tensor<3x2x3x3xf32>) -> tensor<1x3x3x3xf32>
  %y6 = graph.clip %y {min = 0.0 : f32, max = 6.0 : f32} : tensor<1x3x3x3xf32>
  %g = graph.gemm %a, %b, %c {trans_b = true} : (tensor<2x4xf32>, tensor<5x4xf32>, tensor<5xf32>) -> tensor<2x5xf32>
  %h = graph.hard_swish %g : tensor<2x5xf32>
  %s = graph.sigmoid %u : tensor<3x3xf32>
  %t = graph.tanh %v : tensor<3x3xf32>
  %st = graph.add %s, %t : tensor<3x3xf32>
  return %y6, %h, %st : tensor<1x3x3x3xf32>, tensor<2x5xf32>, tensor<3x3xf32>
}

// -----

// Reductions with element-wise prologues and epilogues: layer_norm spelled out. The mean's
// epilogue is empty and its value has two uses (not fused); the centered value d is read by the
// variance's prologue and by the final chain, so it is stored once (an op feeding a reduction only
// takes producers it alone reads); the variance keeps its prologue (d·d, never stored) and its
// epilogue (sqrt(var + eps)).
// CHECK-LABEL: func.func @main
// CHECK-NEXT:    %0 = graph.reduce_mean %arg0
// CHECK-NEXT:    %1 = graph.sub %arg0, %0
// CHECK-NEXT:    %2 = graph.fusion(%arg3 = %1, %arg4 = %arg1) : (tensor<2x8xf32>, tensor<1xf32>) -> tensor<2x1xf32> {
// CHECK-NEXT:      %3 = graph.mul %arg3, %arg3
// CHECK-NEXT:      %4 = graph.reduce_mean %3
// CHECK-NEXT:      %5 = graph.add %4, %arg4
// CHECK-NEXT:      %6 = graph.sqrt %5
// CHECK-NEXT:      graph.yield %6 : tensor<2x1xf32>
// CHECK-NEXT:    }
// CHECK-NEXT:    %3 = graph.fusion(%arg3 = %1, %arg4 = %2, %arg5 = %arg2)
// CHECK-NEXT:      graph.div
// CHECK-NEXT:      graph.mul
// CHECK-NEXT:      graph.yield
func.func @main(%x: tensor<2x8xf32>, %eps: tensor<1xf32>, %g: tensor<8xf32>) -> tensor<2x8xf32> {
  %m = graph.reduce_mean %x {axes = [1]} : (tensor<2x8xf32>) -> tensor<2x1xf32>
  %d = graph.sub %x, %m : (tensor<2x8xf32>, tensor<2x1xf32>) -> tensor<2x8xf32>
  %d2 = graph.mul %d, %d : tensor<2x8xf32>
  %v = graph.reduce_mean %d2 {axes = [1]} : (tensor<2x8xf32>) -> tensor<2x1xf32>
  %ve = graph.add %v, %eps : (tensor<2x1xf32>, tensor<1xf32>) -> tensor<2x1xf32>
  %s = graph.sqrt %ve : tensor<2x1xf32>
  %n = graph.div %d, %s : (tensor<2x8xf32>, tensor<2x1xf32>) -> tensor<2x8xf32>
  %y = graph.mul %n, %g : (tensor<2x8xf32>, tensor<8xf32>) -> tensor<2x8xf32>
  return %y : tensor<2x8xf32>
}

// -----

// A sum of exponentials (keepdims = false, all axes) with a log epilogue: logsumexp-like.
// CHECK-LABEL: func.func @main
// CHECK-NEXT:    %0 = graph.fusion(%arg1 = %arg0) : (tensor<3x4xf32>) -> tensor<f32> {
// CHECK-NEXT:      graph.exp
// CHECK-NEXT:      graph.reduce_sum
// CHECK-NEXT:      graph.log
// CHECK-NEXT:      graph.yield
func.func @main(%x: tensor<3x4xf32>) -> tensor<f32> {
  %e = graph.exp %x : tensor<3x4xf32>
  %s = graph.reduce_sum %e {keepdims = false} : (tensor<3x4xf32>) -> tensor<f32>
  %l = graph.log %s : tensor<f32>
  return %l : tensor<f32>
}
