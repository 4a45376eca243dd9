// Used by ../quantize-invalid.mlir: ops without quant.input_range/quant.output_range attributes.

func.func @f(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w = graph.constant dense<1.0> : tensor<2x2xf32>
  // expected-error @+1 {{'graph.matmul' op has no calibration input range: give calibration=FILE or the quant.input_range attribute}}
  %y = graph.matmul %x, %w : (tensor<1x2xf32>, tensor<2x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

// -----

func.func @g(%x: tensor<1x1x4x4xf32>) -> tensor<1x1x3x3xf32> {
  %w = graph.constant dense<1.0> : tensor<1x1x2x2xf32>
  // expected-error @+1 {{'graph.conv2d' op has no calibration output range: give calibration=FILE or the quant.output_range attribute}}
  %y = graph.conv2d %x, %w {quant.input_range = [0.0 : f32, 1.0 : f32]} : (tensor<1x1x4x4xf32>, tensor<1x1x2x2xf32>) -> tensor<1x1x3x3xf32>
  return %y : tensor<1x1x3x3xf32>
}
