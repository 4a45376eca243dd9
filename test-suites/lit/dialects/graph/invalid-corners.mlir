// RUN: mlc-opt --split-input-file --verify-diagnostics %s
// Verifier messages for rank-0 operands and less common attribute errors.

func.func @f0(%s: tensor<f32>, %i: tensor<2xi64>, %x: tensor<1x4x8x8xf32>, %t: tensor<4x3x3x3xf32>, %v: tensor<8xf32>, %m: tensor<2x8xf32>) {
  // expected-error @+1 {{'graph.concat' op expects operands of rank >= 1}}
  %0 = graph.concat %s, %s {axis = 0 : i64} : (tensor<f32>, tensor<f32>) -> tensor<f32>
  return
}

// -----

func.func @f1(%s: tensor<f32>, %i: tensor<2xi64>, %x: tensor<1x4x8x8xf32>, %t: tensor<4x3x3x3xf32>, %v: tensor<8xf32>, %m: tensor<2x8xf32>) {
  // expected-error @+1 {{'graph.gather' op expects data of rank >= 1}}
  %0 = graph.gather %s, %i : (tensor<f32>, tensor<2xi64>) -> tensor<2xf32>
  return
}

// -----

func.func @f2(%s: tensor<f32>, %i: tensor<2xi64>, %x: tensor<1x4x8x8xf32>, %t: tensor<4x3x3x3xf32>, %v: tensor<8xf32>, %m: tensor<2x8xf32>) {
  // expected-error @+1 {{'graph.split' op expects an input of rank >= 1}}
  %0 = graph.split %s : (tensor<f32>) -> tensor<f32>
  return
}

// -----

func.func @f3(%s: tensor<f32>, %i: tensor<2xi64>, %x: tensor<1x4x8x8xf32>, %t: tensor<4x3x3x3xf32>, %v: tensor<8xf32>, %m: tensor<2x8xf32>) {
  // expected-error @+1 {{'graph.split' op attribute 'split' must hold values >= 0, but holds -1}}
  %0:2 = graph.split %v {split = [9, -1]} : (tensor<8xf32>) -> (tensor<9xf32>, tensor<8xf32>)
  return
}

// -----

func.func @f4(%s: tensor<f32>, %i: tensor<2xi64>, %x: tensor<1x4x8x8xf32>, %t: tensor<4x3x3x3xf32>, %v: tensor<8xf32>, %m: tensor<2x8xf32>) {
  // expected-error @+1 {{'graph.resize' op attribute 'sizes' must hold values >= 1, but holds 0}}
  %0 = graph.resize %x {sizes = [1, 4, 0, 8]} : (tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  return
}

// -----

func.func @f5(%s: tensor<f32>, %i: tensor<2xi64>, %x: tensor<1x4x8x8xf32>, %t: tensor<4x3x3x3xf32>, %v: tensor<8xf32>, %m: tensor<2x8xf32>) {
  // expected-error @+1 {{'graph.resize' op operand #0 must be a tensor of floating-point values, but got 'tensor<2xi64>'}}
  %0 = graph.resize %i {mode = "linear", sizes = [4]} : (tensor<2xi64>) -> tensor<4xi64>
  return
}

// -----

func.func @f6(%s: tensor<f32>, %i: tensor<2xi64>, %x: tensor<1x4x8x8xf32>, %t: tensor<4x3x3x3xf32>, %v: tensor<8xf32>, %m: tensor<2x8xf32>) {
  // expected-error @+1 {{'graph.conv_transpose2d' op attribute 'output_padding' must have 2 elements, but has 1}}
  %0 = graph.conv_transpose2d %x, %t {output_padding = [0]} : (tensor<1x4x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x3x10x10xf32>
  return
}

// -----

func.func @f7(%s: tensor<f32>, %i: tensor<2xi64>, %x: tensor<1x4x8x8xf32>, %t: tensor<4x3x3x3xf32>, %v: tensor<8xf32>, %m: tensor<2x8xf32>) {
  // expected-error @+1 {{'graph.conv_transpose2d' op expects a bias of shape 3, but got 8}}
  %0 = graph.conv_transpose2d %x, %t, %v : (tensor<1x4x8x8xf32>, tensor<4x3x3x3xf32>, tensor<8xf32>) -> tensor<1x3x10x10xf32>
  return
}

// -----

func.func @f8(%s: tensor<f32>, %i: tensor<2xi64>, %x: tensor<1x4x8x8xf32>, %t: tensor<4x3x3x3xf32>, %v: tensor<8xf32>, %m: tensor<2x8xf32>) {
  // expected-error @+1 {{'graph.space_to_depth' op attribute 'blocksize' must be >= 1, but is -2}}
  %0 = graph.space_to_depth %x {blocksize = -2 : i64} : (tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  return
}

// -----

func.func @f9(%s: tensor<f32>, %i: tensor<2xi64>, %x: tensor<1x4x8x8xf32>, %t: tensor<4x3x3x3xf32>, %v: tensor<8xf32>, %m: tensor<2x8xf32>) {
  // expected-error @+1 {{'graph.max_pool2d' op attribute 'kernel_shape' must be a list of integers}}
  %0 = graph.max_pool2d %x {kernel_shape = "3x3"} : (tensor<1x4x8x8xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @f10(%s: tensor<f32>, %i: tensor<2xi64>, %x: tensor<1x4x8x8xf32>, %t: tensor<4x3x3x3xf32>, %v: tensor<8xf32>, %m: tensor<2x8xf32>) {
  // expected-error @+1 {{'graph.layer_norm' op operand #1 shape 2x8 does not broadcast to 8}}
  %0 = graph.layer_norm %m, %m {axis = 1 : i64} : (tensor<2x8xf32>, tensor<2x8xf32>) -> tensor<2x8xf32>
  return
}

// -----

func.func @f11(%s: tensor<f32>, %i: tensor<2xi64>, %x: tensor<1x4x8x8xf32>, %t: tensor<4x3x3x3xf32>, %v: tensor<8xf32>, %m: tensor<2x8xf32>) {
  // expected-error @+1 {{'graph.softmax' op operand #0 must be a tensor of floating-point values, but got 'tensor<2xi64>'}}
  %0 = graph.softmax %i : tensor<2xi64>
  return
}

// -----

func.func @f12(%s: tensor<f32>, %i: tensor<2xi64>, %x: tensor<1x4x8x8xf32>, %t: tensor<4x3x3x3xf32>, %v: tensor<8xf32>, %m: tensor<2x8xf32>) {
  // expected-error @+1 {{'graph.gemm' op attribute 'alpha' must be a float}}
  %0 = graph.gemm %m, %m {alpha = "one", trans_b = true} : (tensor<2x8xf32>, tensor<2x8xf32>) -> tensor<2x2xf32>
  return
}

// -----

func.func @f13(%s: tensor<f32>, %i: tensor<2xi64>, %x: tensor<1x4x8x8xf32>, %t: tensor<4x3x3x3xf32>, %v: tensor<8xf32>, %m: tensor<2x8xf32>) {
  // expected-error @+1 {{'graph.reduce_sum' op attribute 'keepdims' must be a boolean}}
  %0 = graph.reduce_sum %m {keepdims = "yes"} : (tensor<2x8xf32>) -> tensor<1x1xf32>
  return
}

// -----

func.func @f14(%s: tensor<f32>, %i: tensor<2xi64>, %x: tensor<1x4x8x8xf32>, %t: tensor<4x3x3x3xf32>, %v: tensor<8xf32>, %m: tensor<2x8xf32>) {
  // expected-error @+1 {{'graph.unsqueeze' op attribute 'axes' contains axis 0 more than once}}
  %0 = graph.unsqueeze %v {axes = [0, 0]} : (tensor<8xf32>) -> tensor<1x1x8xf32>
  return
}
