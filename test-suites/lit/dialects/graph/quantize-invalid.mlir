// RUN: mlc-opt --split-input-file --verify-diagnostics --quantize=calibration=%S/Inputs/quantize-calibration.json %s
// RUN: mlc-opt --split-input-file --verify-diagnostics --quantize %S/Inputs/quantize-no-range.mlir
// The quantize pass refuses a table made for another model and ops without a range.

func.func @other(%x: tensor<1x1x4x4xf32>) -> tensor<1x1x3x3xf32> {
  %w = graph.constant dense<1.0> : tensor<1x1x2x2xf32>
  // expected-error @+1 {{'graph.conv2d' op calibration entry 'other#0' was recorded for 'graph.matmul': the table is for another model}}
  %y = graph.conv2d %x, %w : (tensor<1x1x4x4xf32>, tensor<1x1x2x2xf32>) -> tensor<1x1x3x3xf32>
  return %y : tensor<1x1x3x3xf32>
}

// -----

func.func @missing(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w = graph.constant dense<1.0> : tensor<2x2xf32>
  // expected-error @+1 {{'graph.matmul' op has no calibration input range (key 'missing#0') in '}}
  %y = graph.matmul %x, %w : (tensor<1x2xf32>, tensor<2x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}
