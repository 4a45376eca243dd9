// RUN: mlc-opt --split-input-file --verify-diagnostics %s
// Verifier messages of the quantization ops.

func.func @f0(%x: tensor<2x4xf32>, %q: tensor<2x4xi8>, %u: tensor<4x3xui8>, %i: tensor<2x4xi32>, %img: tensor<1x3x8x8xui8>, %k: tensor<4x3x3x3xi8>, %bf: tensor<4xf32>) {
  // expected-error @+1 {{'graph.quantize_linear' op requires attribute 'scale'}}
  %0 = graph.quantize_linear %x : (tensor<2x4xf32>) -> tensor<2x4xi8>
  return
}

// -----

func.func @f1(%x: tensor<2x4xf32>, %q: tensor<2x4xi8>, %u: tensor<4x3xui8>, %i: tensor<2x4xi32>, %img: tensor<1x3x8x8xui8>, %k: tensor<4x3x3x3xi8>, %bf: tensor<4xf32>) {
  // expected-error @+1 {{'graph.quantize_linear' op operand #0 must be a tensor of floating-point values, but got 'tensor<2x4xi8>'}}
  %0 = graph.quantize_linear %q {scale = 1.0 : f32} : (tensor<2x4xi8>) -> tensor<2x4xi8>
  return
}

// -----

func.func @f2(%x: tensor<2x4xf32>, %q: tensor<2x4xi8>, %u: tensor<4x3xui8>, %i: tensor<2x4xi32>, %img: tensor<1x3x8x8xui8>, %k: tensor<4x3x3x3xi8>, %bf: tensor<4xf32>) {
  // expected-error @+1 {{'graph.quantize_linear' op expects an i8 or ui8 result, but got 'tensor<2x4xi32>'}}
  %0 = graph.quantize_linear %x {scale = 1.0 : f32} : (tensor<2x4xf32>) -> tensor<2x4xi32>
  return
}

// -----

func.func @f3(%x: tensor<2x4xf32>, %q: tensor<2x4xi8>, %u: tensor<4x3xui8>, %i: tensor<2x4xi32>, %img: tensor<1x3x8x8xui8>, %k: tensor<4x3x3x3xi8>, %bf: tensor<4xf32>) {
  // expected-error @+1 {{'graph.quantize_linear' op attribute 'scale' must hold positive finite values}}
  %0 = graph.quantize_linear %x {scale = 0.0 : f32} : (tensor<2x4xf32>) -> tensor<2x4xi8>
  return
}

// -----

func.func @f4(%x: tensor<2x4xf32>, %q: tensor<2x4xi8>, %u: tensor<4x3xui8>, %i: tensor<2x4xi32>, %img: tensor<1x3x8x8xui8>, %k: tensor<4x3x3x3xi8>, %bf: tensor<4xf32>) {
  // expected-error @+1 {{'graph.quantize_linear' op attribute 'zero_point' value 128 is out of range for i8}}
  %0 = graph.quantize_linear %x {scale = 1.0 : f32, zero_point = 128 : i64} : (tensor<2x4xf32>) -> tensor<2x4xi8>
  return
}

// -----

func.func @f5(%x: tensor<2x4xf32>, %q: tensor<2x4xi8>, %u: tensor<4x3xui8>, %i: tensor<2x4xi32>, %img: tensor<1x3x8x8xui8>, %k: tensor<4x3x3x3xi8>, %bf: tensor<4xf32>) {
  // expected-error @+1 {{'graph.quantize_linear' op attribute 'zero_point' value -1 is out of range for ui8}}
  %0 = graph.quantize_linear %x {scale = 1.0 : f32, zero_point = -1 : i64} : (tensor<2x4xf32>) -> tensor<2x4xui8>
  return
}

// -----

func.func @f6(%x: tensor<2x4xf32>, %q: tensor<2x4xi8>, %u: tensor<4x3xui8>, %i: tensor<2x4xi32>, %img: tensor<1x3x8x8xui8>, %k: tensor<4x3x3x3xi8>, %bf: tensor<4xf32>) {
  // expected-error @+1 {{'graph.quantize_linear' op attribute 'scale' must be a scalar or a non-empty 1-D dense attribute}}
  %0 = graph.quantize_linear %x {scale = "big"} : (tensor<2x4xf32>) -> tensor<2x4xi8>
  return
}

// -----

func.func @f7(%x: tensor<2x4xf32>, %q: tensor<2x4xi8>, %u: tensor<4x3xui8>, %i: tensor<2x4xi32>, %img: tensor<1x3x8x8xui8>, %k: tensor<4x3x3x3xi8>, %bf: tensor<4xf32>) {
  // expected-error @+1 {{'graph.quantize_linear' op per-axis quantization parameters have 4 elements, but the dimension has 2}}
  %0 = graph.quantize_linear %x {axis = 0 : i64, scale = dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>} : (tensor<2x4xf32>) -> tensor<2x4xi8>
  return
}

// -----

func.func @f8(%x: tensor<2x4xf32>, %q: tensor<2x4xi8>, %u: tensor<4x3xui8>, %i: tensor<2x4xi32>, %img: tensor<1x3x8x8xui8>, %k: tensor<4x3x3x3xi8>, %bf: tensor<4xf32>) {
  // expected-error @+1 {{'graph.quantize_linear' op attributes 'scale' and 'zero_point' must have the same number of elements}}
  %0 = graph.quantize_linear %x {scale = dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>, zero_point = dense<[1, 2]> : tensor<2xi64>} : (tensor<2x4xf32>) -> tensor<2x4xi8>
  return
}

// -----

func.func @f9(%x: tensor<2x4xf32>, %q: tensor<2x4xi8>, %u: tensor<4x3xui8>, %i: tensor<2x4xi32>, %img: tensor<1x3x8x8xui8>, %k: tensor<4x3x3x3xi8>, %bf: tensor<4xf32>) {
  // expected-error @+1 {{'graph.quantize_linear' op attribute 'axis' value 2 is out of range for rank 2 (expected [-2, 1])}}
  %0 = graph.quantize_linear %x {axis = 2 : i64, scale = dense<[1.0, 2.0]> : tensor<2xf32>} : (tensor<2x4xf32>) -> tensor<2x4xi8>
  return
}

// -----

func.func @f10(%x: tensor<2x4xf32>, %q: tensor<2x4xi8>, %u: tensor<4x3xui8>, %i: tensor<2x4xi32>, %img: tensor<1x3x8x8xui8>, %k: tensor<4x3x3x3xi8>, %bf: tensor<4xf32>) {
  // expected-error @+1 {{'graph.dequantize_linear' op operand #0 must be a tensor of i8, ui8 or i32 values, but got 'tensor<2x4xf32>'}}
  %0 = graph.dequantize_linear %x {scale = 1.0 : f32} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @f11(%x: tensor<2x4xf32>, %q: tensor<2x4xi8>, %u: tensor<4x3xui8>, %i: tensor<2x4xi32>, %img: tensor<1x3x8x8xui8>, %k: tensor<4x3x3x3xi8>, %bf: tensor<4xf32>) {
  // expected-error @+1 {{'graph.dequantize_linear' op expects a floating-point result, but got 'tensor<2x4xi32>'}}
  %0 = graph.dequantize_linear %q {scale = 1.0 : f32} : (tensor<2x4xi8>) -> tensor<2x4xi32>
  return
}

// -----

func.func @f12(%x: tensor<2x4xf32>, %q: tensor<2x4xi8>, %u: tensor<4x3xui8>, %i: tensor<2x4xi32>, %img: tensor<1x3x8x8xui8>, %k: tensor<4x3x3x3xi8>, %bf: tensor<4xf32>) {
  // expected-error @+1 {{'graph.dequantize_linear' op attribute 'zero_point' must be 0 for an i32 operand}}
  %0 = graph.dequantize_linear %i {scale = 1.0 : f32, zero_point = 1 : i64} : (tensor<2x4xi32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @f13(%x: tensor<2x4xf32>, %q: tensor<2x4xi8>, %u: tensor<4x3xui8>, %i: tensor<2x4xi32>, %img: tensor<1x3x8x8xui8>, %k: tensor<4x3x3x3xi8>, %bf: tensor<4xf32>) {
  // expected-error @+1 {{'graph.dequantize_linear' op inferred type(s) 'tensor<2x4xf32>' are incompatible with return type(s) of operation 'tensor<4x2xf32>'}}
  %0 = graph.dequantize_linear %q {scale = 1.0 : f32} : (tensor<2x4xi8>) -> tensor<4x2xf32>
  return
}

// -----

func.func @f14(%x: tensor<2x4xf32>, %q: tensor<2x4xi8>, %u: tensor<4x3xui8>, %i: tensor<2x4xi32>, %img: tensor<1x3x8x8xui8>, %k: tensor<4x3x3x3xi8>, %bf: tensor<4xf32>) {
  // expected-error @+1 {{'graph.matmul_integer' op operand #0 must be a tensor of i8 or ui8 values, but got 'tensor<2x4xf32>'}}
  %0 = graph.matmul_integer %x, %u : (tensor<2x4xf32>, tensor<4x3xui8>) -> tensor<2x3xi32>
  return
}

// -----

func.func @f15(%x: tensor<2x4xf32>, %q: tensor<2x4xi8>, %u: tensor<4x3xui8>, %i: tensor<2x4xi32>, %img: tensor<1x3x8x8xui8>, %k: tensor<4x3x3x3xi8>, %bf: tensor<4xf32>) {
  // expected-error @+1 {{'graph.matmul_integer' op attribute 'b_zero_point' value 256 is out of range for ui8}}
  %0 = graph.matmul_integer %q, %u {b_zero_point = 256 : i64} : (tensor<2x4xi8>, tensor<4x3xui8>) -> tensor<2x3xi32>
  return
}

// -----

func.func @f16(%x: tensor<2x4xf32>, %q: tensor<2x4xi8>, %u: tensor<4x3xui8>, %i: tensor<2x4xi32>, %img: tensor<1x3x8x8xui8>, %k: tensor<4x3x3x3xi8>, %bf: tensor<4xf32>) {
  // expected-error @+1 {{'graph.matmul_integer' op attribute 'a_zero_point' must be an integer}}
  %0 = graph.matmul_integer %q, %u {a_zero_point = 1.0 : f32} : (tensor<2x4xi8>, tensor<4x3xui8>) -> tensor<2x3xi32>
  return
}

// -----

func.func @f17(%x: tensor<2x4xf32>, %q: tensor<2x4xi8>, %u: tensor<4x3xui8>, %i: tensor<2x4xi32>, %img: tensor<1x3x8x8xui8>, %k: tensor<4x3x3x3xi8>, %bf: tensor<4xf32>) {
  // expected-error @+1 {{'graph.matmul_integer' op inferred type(s) 'tensor<2x3xi32>' are incompatible with return type(s) of operation 'tensor<2x3xi8>'}}
  %0 = graph.matmul_integer %q, %u : (tensor<2x4xi8>, tensor<4x3xui8>) -> tensor<2x3xi8>
  return
}

// -----

func.func @f18(%x: tensor<2x4xf32>, %q: tensor<2x4xi8>, %u: tensor<4x3xui8>, %i: tensor<2x4xi32>, %img: tensor<1x3x8x8xui8>, %k: tensor<4x3x3x3xi8>, %bf: tensor<4xf32>) {
  // expected-error @+1 {{'graph.qlinear_matmul' op requires attribute 'a_scale'}}
  %0 = graph.qlinear_matmul %q, %u {b_scale = 1.0 : f32, y_scale = 1.0 : f32} : (tensor<2x4xi8>, tensor<4x3xui8>) -> tensor<2x3xi8>
  return
}

// -----

func.func @f19(%x: tensor<2x4xf32>, %q: tensor<2x4xi8>, %u: tensor<4x3xui8>, %i: tensor<2x4xi32>, %img: tensor<1x3x8x8xui8>, %k: tensor<4x3x3x3xi8>, %bf: tensor<4xf32>) {
  // expected-error @+1 {{'graph.qlinear_matmul' op expects an i8 or ui8 result, but got 'tensor<2x3xi32>'}}
  %0 = graph.qlinear_matmul %q, %u {a_scale = 1.0 : f32, b_scale = 1.0 : f32, y_scale = 1.0 : f32} : (tensor<2x4xi8>, tensor<4x3xui8>) -> tensor<2x3xi32>
  return
}

// -----

func.func @f20(%x: tensor<2x4xf32>, %q: tensor<2x4xi8>, %u: tensor<4x3xui8>, %i: tensor<2x4xi32>, %img: tensor<1x3x8x8xui8>, %k: tensor<4x3x3x3xi8>, %bf: tensor<4xf32>) {
  // expected-error @+1 {{'graph.qlinear_matmul' op per-axis quantization parameters have 2 elements, but the dimension has 3}}
  %0 = graph.qlinear_matmul %q, %u {a_scale = 1.0 : f32, b_scale = dense<[1.0, 2.0]> : tensor<2xf32>, y_scale = 1.0 : f32} : (tensor<2x4xi8>, tensor<4x3xui8>) -> tensor<2x3xi8>
  return
}

// -----

func.func @f21(%x: tensor<2x4xf32>, %q: tensor<2x4xi8>, %u: tensor<4x3xui8>, %i: tensor<2x4xi32>, %img: tensor<1x3x8x8xui8>, %k: tensor<4x3x3x3xi8>, %bf: tensor<4xf32>) {
  // expected-error @+1 {{'graph.qlinear_matmul' op attribute 'y_zero_point' value 200 is out of range for i8}}
  %0 = graph.qlinear_matmul %q, %u {a_scale = 1.0 : f32, b_scale = 1.0 : f32, y_scale = 1.0 : f32, y_zero_point = 200 : i64} : (tensor<2x4xi8>, tensor<4x3xui8>) -> tensor<2x3xi8>
  return
}

// -----

func.func @f22(%x: tensor<2x4xf32>, %q: tensor<2x4xi8>, %u: tensor<4x3xui8>, %i: tensor<2x4xi32>, %img: tensor<1x3x8x8xui8>, %k: tensor<4x3x3x3xi8>, %bf: tensor<4xf32>) {
  // expected-error @+1 {{'graph.qlinear_conv2d' op requires attribute 'x_scale'}}
  %0 = graph.qlinear_conv2d %img, %k {w_scale = 1.0 : f32, y_scale = 1.0 : f32} : (tensor<1x3x8x8xui8>, tensor<4x3x3x3xi8>) -> tensor<1x4x6x6xui8>
  return
}

// -----

func.func @f23(%x: tensor<2x4xf32>, %q: tensor<2x4xi8>, %u: tensor<4x3xui8>, %i: tensor<2x4xi32>, %img: tensor<1x3x8x8xui8>, %k: tensor<4x3x3x3xi8>, %bf: tensor<4xf32>) {
  // expected-error @+1 {{'graph.qlinear_conv2d' op operand #2 must be a tensor of i32 values, but got 'tensor<4xf32>'}}
  %0 = graph.qlinear_conv2d %img, %k, %bf {w_scale = 1.0 : f32, x_scale = 1.0 : f32, y_scale = 1.0 : f32} : (tensor<1x3x8x8xui8>, tensor<4x3x3x3xi8>, tensor<4xf32>) -> tensor<1x4x6x6xui8>
  return
}

// -----

func.func @f24(%x: tensor<2x4xf32>, %q: tensor<2x4xi8>, %u: tensor<4x3xui8>, %i: tensor<2x4xi32>, %img: tensor<1x3x8x8xui8>, %k: tensor<4x3x3x3xi8>, %bf: tensor<4xf32>) {
  // expected-error @+1 {{'graph.qlinear_conv2d' op per-axis quantization parameters have 3 elements, but the dimension has 4}}
  %0 = graph.qlinear_conv2d %img, %k {w_scale = dense<[1.0, 2.0, 3.0]> : tensor<3xf32>, x_scale = 1.0 : f32, y_scale = 1.0 : f32} : (tensor<1x3x8x8xui8>, tensor<4x3x3x3xi8>) -> tensor<1x4x6x6xui8>
  return
}

// -----

func.func @f25(%x: tensor<2x4xf32>, %q: tensor<2x4xi8>, %u: tensor<4x3xui8>, %i: tensor<2x4xi32>, %img: tensor<1x3x8x8xui8>, %k: tensor<4x3x3x3xi8>, %bf: tensor<4xf32>) {
  // expected-error @+1 {{'graph.qlinear_conv2d' op inferred type(s) 'tensor<1x4x3x3xui8>' are incompatible with return type(s) of operation 'tensor<1x4x6x6xui8>'}}
  %0 = graph.qlinear_conv2d %img, %k {strides = [2, 2], w_scale = 1.0 : f32, x_scale = 1.0 : f32, y_scale = 1.0 : f32} : (tensor<1x3x8x8xui8>, tensor<4x3x3x3xi8>) -> tensor<1x4x6x6xui8>
  return
}

// -----

func.func @f26(%img: tensor<1x3x8x8xui8>, %k: tensor<4x3x3x3xi8>, %bf: tensor<4xf32>) {
  // expected-error @+1 {{'graph.conv_integer' op per-channel 'w_zero_point' has 3 elements, but the weight has 4 output channels}}
  %0 = graph.conv_integer %img, %k {w_zero_point = dense<[1, 2, 3]> : tensor<3xi64>} : (tensor<1x3x8x8xui8>, tensor<4x3x3x3xi8>) -> tensor<1x4x6x6xi32>
  return
}

// -----

func.func @f27(%img: tensor<1x3x8x8xui8>, %k: tensor<4x3x3x3xi8>) {
  // expected-error @+1 {{'graph.conv_integer' op attribute 'x_zero_point' value 300 is out of range for ui8}}
  %0 = graph.conv_integer %img, %k {x_zero_point = 300 : i64} : (tensor<1x3x8x8xui8>, tensor<4x3x3x3xi8>) -> tensor<1x4x6x6xi32>
  return
}

// -----

func.func @f28(%x: tensor<1x3x8x8xf32>, %k: tensor<4x3x3x3xi8>) {
  // expected-error @+1 {{'graph.conv_integer' op operand #0 must be a tensor of i8 or ui8 values, but got 'tensor<1x3x8x8xf32>'}}
  %0 = graph.conv_integer %x, %k : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xi8>) -> tensor<1x4x6x6xi32>
  return
}
