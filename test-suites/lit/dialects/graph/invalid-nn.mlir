// RUN: mlc-opt --split-input-file --verify-diagnostics %s
// Verifier messages of matmul, gemm, convolutions, pooling, normalization, softmax and reductions.

func.func @f0(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>) {
  // expected-error @+1 {{'graph.matmul' op expects operands of rank >= 1}}
  %0 = graph.matmul %s, %m : (tensor<f32>, tensor<2x3xf32>) -> tensor<3xf32>
  return
}

// -----

func.func @f1(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>) {
  // expected-error @+1 {{'graph.matmul' op contracting dimensions differ: 3 vs 2}}
  %0 = graph.matmul %m, %m : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @f2(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>, %b: tensor<7x3x4xf32>, %c: tensor<5x4x2xf32>) {
  // expected-error @+1 {{'graph.matmul' op operand shapes 7, 5 are not broadcast-compatible}}
  %0 = graph.matmul %b, %c : (tensor<7x3x4xf32>, tensor<5x4x2xf32>) -> tensor<7x3x2xf32>
  return
}

// -----

func.func @f3(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>) {
  // expected-error @+1 {{'graph.matmul' op contracting dimensions differ: 3 vs 5}}
  %0 = graph.matmul %m, %v : (tensor<2x3xf32>, tensor<5xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @f4(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>) {
  // expected-error @+1 {{'graph.gemm' op expects operand 'a' of rank 2, but got rank 1}}
  %0 = graph.gemm %v, %m : (tensor<5xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @f5(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>) {
  // expected-error @+1 {{'graph.gemm' op inferred type(s) 'tensor<2x2xf32>' are incompatible with return type(s) of operation 'tensor<3x3xf32>'}}
  %0 = graph.gemm %m, %m {trans_b = true} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<3x3xf32>
  return
}

// -----

func.func @f6(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>) {
  // expected-error @+1 {{'graph.gemm' op operand 'c' shape 5 does not broadcast to 2x2}}
  %0 = graph.gemm %m, %m, %v {trans_b = true} : (tensor<2x3xf32>, tensor<2x3xf32>, tensor<5xf32>) -> tensor<2x2xf32>
  return
}

// -----

func.func @f7(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>) {
  // expected-error @+1 {{'graph.gemm' op attribute 'trans_a' must be a boolean}}
  %0 = graph.gemm %m, %m {trans_a = 2.0 : f32} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x2xf32>
  return
}

// -----

func.func @f8(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>) {
  // expected-error @+1 {{'graph.gemm' op expected between 2 and 3 operands, but found 1}}
  %0 = "graph.gemm"(%m) : (tensor<2x3xf32>) -> tensor<2x2xf32>
  return
}

// -----

func.func @f9(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>) {
  // expected-error @+1 {{'graph.conv2d' op expects input of rank 4, but got rank 2}}
  %0 = graph.conv2d %m, %w : (tensor<2x3xf32>, tensor<6x2x3x3xf32>) -> tensor<1x6x6x6xf32>
  return
}

// -----

func.func @f10(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>) {
  // expected-error @+1 {{'graph.conv2d' op expects weight of rank 4, but got rank 2}}
  %0 = graph.conv2d %x, %m : (tensor<1x4x8x8xf32>, tensor<2x3xf32>) -> tensor<1x6x6x6xf32>
  return
}

// -----

func.func @f11(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>) {
  // expected-error @+1 {{'graph.conv2d' op input channels (4) must equal weight channels (2) times groups (1)}}
  %0 = graph.conv2d %x, %w : (tensor<1x4x8x8xf32>, tensor<6x2x3x3xf32>) -> tensor<1x6x6x6xf32>
  return
}

// -----

func.func @f12(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>) {
  // expected-error @+1 {{'graph.conv2d' op inferred type(s) 'tensor<1x6x6x6xf32>' are incompatible with return type(s) of operation 'tensor<1x6x7x7xf32>'}}
  %0 = graph.conv2d %x, %w {groups = 2 : i64} : (tensor<1x4x8x8xf32>, tensor<6x2x3x3xf32>) -> tensor<1x6x7x7xf32>
  return
}

// -----

func.func @f13(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>, %w2: tensor<5x2x3x3xf32>) {
  // expected-error @+1 {{'graph.conv2d' op output channels (5) must be divisible by groups (2)}}
  %0 = graph.conv2d %x, %w2 {groups = 2 : i64} : (tensor<1x4x8x8xf32>, tensor<5x2x3x3xf32>) -> tensor<1x5x6x6xf32>
  return
}

// -----

func.func @f14(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>) {
  // expected-error @+1 {{'graph.conv2d' op attribute 'groups' must be >= 1, but is 0}}
  %0 = graph.conv2d %x, %w {groups = 0 : i64} : (tensor<1x4x8x8xf32>, tensor<6x2x3x3xf32>) -> tensor<1x6x6x6xf32>
  return
}

// -----

func.func @f15(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>) {
  // expected-error @+1 {{'graph.conv2d' op expects a bias of shape 6, but got 5}}
  %0 = graph.conv2d %x, %w, %v {groups = 2 : i64} : (tensor<1x4x8x8xf32>, tensor<6x2x3x3xf32>, tensor<5xf32>) -> tensor<1x6x6x6xf32>
  return
}

// -----

func.func @f16(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>) {
  // expected-error @+1 {{'graph.conv2d' op attribute 'strides' must have 2 elements, but has 1}}
  %0 = graph.conv2d %x, %w {groups = 2 : i64, strides = [1]} : (tensor<1x4x8x8xf32>, tensor<6x2x3x3xf32>) -> tensor<1x6x6x6xf32>
  return
}

// -----

func.func @f17(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>) {
  // expected-error @+1 {{'graph.conv2d' op attribute 'strides' must hold values >= 1, but holds 0}}
  %0 = graph.conv2d %x, %w {groups = 2 : i64, strides = [1, 0]} : (tensor<1x4x8x8xf32>, tensor<6x2x3x3xf32>) -> tensor<1x6x6x6xf32>
  return
}

// -----

func.func @f18(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>) {
  // expected-error @+1 {{'graph.conv2d' op attribute 'pads' must hold values >= 0, but holds -1}}
  %0 = graph.conv2d %x, %w {groups = 2 : i64, pads = [0, 0, -1, 0]} : (tensor<1x4x8x8xf32>, tensor<6x2x3x3xf32>) -> tensor<1x6x6x6xf32>
  return
}

// -----

func.func @f19(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>) {
  // expected-error @+1 {{'graph.conv2d' op attribute 'dilations' must have 2 elements, but has 3}}
  %0 = graph.conv2d %x, %w {groups = 2 : i64, dilations = [1, 1, 1]} : (tensor<1x4x8x8xf32>, tensor<6x2x3x3xf32>) -> tensor<1x6x6x6xf32>
  return
}

// -----

func.func @f20(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>) {
  // expected-error @+1 {{'graph.conv2d' op kernel extent 11 exceeds the padded input size 8}}
  %0 = graph.conv2d %x, %w {groups = 2 : i64, dilations = [5, 1]} : (tensor<1x4x8x8xf32>, tensor<6x2x3x3xf32>) -> tensor<1x6x6x6xf32>
  return
}

// -----

func.func @f21(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>) {
  // expected-error @+1 {{'graph.conv2d' op attribute 'strides' must be a list of integers}}
  %0 = graph.conv2d %x, %w {groups = 2 : i64, strides = "two"} : (tensor<1x4x8x8xf32>, tensor<6x2x3x3xf32>) -> tensor<1x6x6x6xf32>
  return
}

// -----

func.func @f22(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>) {
  // expected-error @+1 {{'graph.conv2d' op attribute 'strides' must be a list of integers}}
  %0 = graph.conv2d %x, %w {groups = 2 : i64, strides = [1.0, 1.0]} : (tensor<1x4x8x8xf32>, tensor<6x2x3x3xf32>) -> tensor<1x6x6x6xf32>
  return
}

// -----

func.func @f23(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>) {
  // expected-error @+1 {{'graph.conv2d' op attribute 'groups' must be an integer}}
  %0 = graph.conv2d %x, %w {groups = [2]} : (tensor<1x4x8x8xf32>, tensor<6x2x3x3xf32>) -> tensor<1x6x6x6xf32>
  return
}

// -----

func.func @f24(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>, %t: tensor<4x3x3x3xf32>) {
  // expected-error @+1 {{'graph.conv_transpose2d' op attribute 'output_padding' must be smaller than the stride or the dilation}}
  %0 = graph.conv_transpose2d %x, %t {output_padding = [2, 0], strides = [2, 2]} : (tensor<1x4x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x3x19x17xf32>
  return
}

// -----

func.func @f25(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>) {
  // expected-error @+1 {{'graph.conv_transpose2d' op input channels (4) must equal the weight's first dimension (6)}}
  %0 = graph.conv_transpose2d %x, %w : (tensor<1x4x8x8xf32>, tensor<6x2x3x3xf32>) -> tensor<1x2x10x10xf32>
  return
}

// -----

func.func @f26(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>, %t: tensor<4x3x3x3xf32>) {
  // expected-error @+1 {{'graph.conv_transpose2d' op input channels (4) must be divisible by groups (3)}}
  %0 = graph.conv_transpose2d %x, %t {groups = 3 : i64} : (tensor<1x4x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x9x10x10xf32>
  return
}

// -----

func.func @f27(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>, %t: tensor<4x3x3x3xf32>) {
  // expected-error @+1 {{'graph.conv_transpose2d' op computed output size -2 is not positive}}
  %0 = graph.conv_transpose2d %x, %t {pads = [6, 6, 6, 6]} : (tensor<1x4x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x3x1x1xf32>
  return
}

// -----

func.func @f28(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>, %t: tensor<4x3x3x3xf32>) {
  // expected-error @+1 {{'graph.conv_transpose2d' op inferred type(s) 'tensor<1x3x10x10xf32>' are incompatible with return type(s) of operation 'tensor<1x3x8x8xf32>'}}
  %0 = graph.conv_transpose2d %x, %t : (tensor<1x4x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x3x8x8xf32>
  return
}

// -----

func.func @f29(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>) {
  // expected-error @+1 {{'graph.max_pool2d' op requires attribute 'kernel_shape'}}
  %0 = graph.max_pool2d %x : (tensor<1x4x8x8xf32>) -> tensor<1x4x4x4xf32>
  return
}

// -----

func.func @f30(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>) {
  // expected-error @+1 {{'graph.max_pool2d' op attribute 'kernel_shape' must have 2 elements, but has 3}}
  %0 = graph.max_pool2d %x {kernel_shape = [2, 2, 2]} : (tensor<1x4x8x8xf32>) -> tensor<1x4x4x4xf32>
  return
}

// -----

func.func @f31(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>) {
  // expected-error @+1 {{'graph.max_pool2d' op attribute 'kernel_shape' must hold values >= 1, but holds 0}}
  %0 = graph.max_pool2d %x {kernel_shape = [2, 0]} : (tensor<1x4x8x8xf32>) -> tensor<1x4x4x4xf32>
  return
}

// -----

func.func @f32(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>) {
  // expected-error @+1 {{'graph.max_pool2d' op pads (2) must be smaller than the kernel (2)}}
  %0 = graph.max_pool2d %x {kernel_shape = [2, 2], pads = [2, 0, 0, 0]} : (tensor<1x4x8x8xf32>) -> tensor<1x4x4x4xf32>
  return
}

// -----

func.func @f33(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>) {
  // expected-error @+1 {{'graph.max_pool2d' op inferred type(s) 'tensor<1x4x3x3xf32>' are incompatible with return type(s) of operation 'tensor<1x4x4x4xf32>'}}
  %0 = graph.max_pool2d %x {kernel_shape = [3, 3], strides = [2, 2]} : (tensor<1x4x8x8xf32>) -> tensor<1x4x4x4xf32>
  return
}

// -----

func.func @f34(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>) {
  // expected-error @+1 {{'graph.avg_pool2d' op inferred type(s) 'tensor<1x4x3x3xf32>' are incompatible with return type(s) of operation 'tensor<1x4x4x4xf32>'}}
  %0 = graph.avg_pool2d %x {kernel_shape = [2, 2], ceil_mode = true, strides = [3, 3]} : (tensor<1x4x8x8xf32>) -> tensor<1x4x4x4xf32>
  return
}

// -----

func.func @f35(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>) {
  // expected-error @+1 {{'graph.avg_pool2d' op kernel extent 9 exceeds the padded input size 8}}
  %0 = graph.avg_pool2d %x {kernel_shape = [9, 9]} : (tensor<1x4x8x8xf32>) -> tensor<1x4x4x4xf32>
  return
}

// -----

func.func @f36(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>) {
  // expected-error @+1 {{'graph.global_avg_pool' op expects an input of rank >= 3, but got rank 2}}
  %0 = graph.global_avg_pool %m : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @f37(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>) {
  // expected-error @+1 {{'graph.batch_norm' op operand #1 must have shape 4, but has 5}}
  %0 = graph.batch_norm %x, %v, %v, %v, %v : (tensor<1x4x8x8xf32>, tensor<5xf32>, tensor<5xf32>, tensor<5xf32>, tensor<5xf32>) -> tensor<1x4x8x8xf32>
  return
}

// -----

func.func @f38(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>) {
  // expected-error @+1 {{'graph.batch_norm' op expects an input of rank >= 2, but got rank 1}}
  %0 = graph.batch_norm %v, %v, %v, %v, %v : (tensor<5xf32>, tensor<5xf32>, tensor<5xf32>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
  return
}

// -----

func.func @f39(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>) {
  // expected-error @+1 {{'graph.layer_norm' op operand #1 shape 5 does not broadcast to 3}}
  %0 = graph.layer_norm %m, %v : (tensor<2x3xf32>, tensor<5xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @f40(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>) {
  // expected-error @+1 {{'graph.layer_norm' op attribute 'axis' value 2 is out of range for rank 2 (expected [-2, 1])}}
  %0 = graph.layer_norm %m, %v {axis = 2 : i64} : (tensor<2x3xf32>, tensor<5xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @f41(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>) {
  // expected-error @+1 {{'graph.softmax' op attribute 'axis' value -3 is out of range for rank 2 (expected [-2, 1])}}
  %0 = graph.softmax %m {axis = -3 : i64} : tensor<2x3xf32>
  return
}

// -----

func.func @f42(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>) {
  // expected-error @+1 {{'graph.reduce_sum' op attribute 'axes' value 2 is out of range for rank 2 (expected [-2, 1])}}
  %0 = graph.reduce_sum %m {axes = [2]} : (tensor<2x3xf32>) -> tensor<2x1xf32>
  return
}

// -----

func.func @f43(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>) {
  // expected-error @+1 {{'graph.reduce_max' op attribute 'axes' contains axis 1 more than once}}
  %0 = graph.reduce_max %m {axes = [1, -1]} : (tensor<2x3xf32>) -> tensor<2x1xf32>
  return
}

// -----

func.func @f44(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %m: tensor<2x3xf32>, %v: tensor<5xf32>, %s: tensor<f32>) {
  // expected-error @+1 {{'graph.reduce_mean' op inferred type(s) 'tensor<2x1xf32>' are incompatible with return type(s) of operation 'tensor<2xf32>'}}
  %0 = graph.reduce_mean %m {axes = [1]} : (tensor<2x3xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @layout_value(%x: tensor<1x4x4x2xf32>, %w: tensor<1x1x2x3xf32>) {
  // expected-error @+1 {{'graph.conv2d' op attribute 'layout' must be one of "nchw", "nhwc", but got "nchwc"}}
  %0 = graph.conv2d %x, %w {layout = "nchwc"} : (tensor<1x4x4x2xf32>, tensor<1x1x2x3xf32>) -> tensor<1x4x4x3xf32>
  return
}

// -----

func.func @layout_nhwc_channels(%x: tensor<1x4x4x2xf32>, %w: tensor<1x1x3x3xf32>) {
  // expected-error @+1 {{'graph.conv2d' op input channels (2) must equal weight channels (3) times groups (1)}}
  %0 = graph.conv2d %x, %w {layout = "nhwc"} : (tensor<1x4x4x2xf32>, tensor<1x1x3x3xf32>) -> tensor<1x4x4x3xf32>
  return
}

// -----

func.func @layout_nhwc_rank(%x: tensor<4x4x2xf32>) {
  // expected-error @+1 {{'graph.max_pool2d' op}}
  %0 = graph.max_pool2d %x {layout = "nhwc", kernel_shape = [2, 2]} : (tensor<4x4x2xf32>) -> tensor<2x2x2xf32>
  return
}
