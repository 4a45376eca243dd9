// RUN: mlc-opt --split-input-file --quantize %s | FileCheck %s
// RUN: mlc-opt --split-input-file --quantize=per-channel=false %s | FileCheck %s --check-prefix=TENSOR
// The quantize pass with ranges from the ops' quant.input_range/quant.output_range attributes
// (the calibration table form is in quantize-table.mlir). Not named @main: quantization changes
// the results on purpose, so mlc-opt's semantics check does not apply.

// Activation range [-1, 1]: scale 2/255, zero point 127 (ui8). Weight columns: max |w| 1 and 2, so
// scales 1/127 and 2/127; [[1, -2], [0.25, 1.5], [0, 0.5]] becomes [[127, -127], [32, 95], [0, 32]].
// CHECK-LABEL: func.func @matmul
// CHECK-NEXT: %[[Q:.*]] = graph.quantize_linear %arg0 {scale = 0.00784313772 : f32, zero_point = 127 : i64} : (tensor<2x3xf32>) -> tensor<2x3xui8>
// CHECK-NEXT: %[[W:.*]] = graph.constant dense<{{\[}}[127, -127], [32, 95], [0, 32]]> : tensor<3x2xi8>
// CHECK-NEXT: %[[ACC:.*]] = graph.matmul_integer %[[Q]], %[[W]] {a_zero_point = 127 : i64} : (tensor<2x3xui8>, tensor<3x2xi8>) -> tensor<2x2xi32>
// CHECK-NEXT: %[[Y:.*]] = graph.dequantize_linear %[[ACC]] {axis = 1 : i64, scale = dense<[{{.*}}, {{.*}}]> : tensor<2xf32>} : (tensor<2x2xi32>) -> tensor<2x2xf32>
// CHECK-NEXT: return %[[Y]]
// TENSOR-LABEL: func.func @matmul
// TENSOR: graph.constant dense<{{\[}}[{{6[34]}}, -127], [16, 95], [0, 32]]> : tensor<3x2xi8>
// TENSOR: graph.dequantize_linear %{{.*}} {axis = 1 : i64, scale = {{.*}} : f32}
func.func @matmul(%x: tensor<2x3xf32>) -> tensor<2x2xf32> {
  %w = graph.constant dense<[[1.0, -2.0], [0.25, 1.5], [0.0, 0.5]]> : tensor<3x2xf32>
  %y = graph.matmul %x, %w {quant.input_range = [-1.0 : f32, 1.0 : f32]} : (tensor<2x3xf32>, tensor<3x2xf32>) -> tensor<2x2xf32>
  return %y : tensor<2x2xf32>
}

// -----

// Gemm: trans_b weights are transposed at compile time, alpha goes into the dequantization scale,
// beta * c is folded into a constant and added in f32. A range [0, 2] gives zero point 0.
// CHECK-LABEL: func.func @gemm
// CHECK-NEXT: %[[Q:.*]] = graph.quantize_linear %arg0 {scale = {{.*}} : f32, zero_point = 0 : i64} : (tensor<1x2xf32>) -> tensor<1x2xui8>
// CHECK-NEXT: %[[W:.*]] = graph.constant dense<{{\[}}[42, 0, -127], [-127, 127, 0]]> : tensor<2x3xi8>
// CHECK-NEXT: %[[ACC:.*]] = graph.matmul_integer %[[Q]], %[[W]] {a_zero_point = 0 : i64}
// CHECK-NEXT: %[[Y:.*]] = graph.dequantize_linear %[[ACC]] {axis = 1 : i64, scale = dense<{{.*}}> : tensor<3xf32>}
// CHECK-NEXT: %[[C:.*]] = graph.constant dense<[5.000000e-01, 1.000000e+00, 1.500000e+00]> : tensor<3xf32>
// CHECK-NEXT: %[[R:.*]] = graph.add %[[Y]], %[[C]]
// CHECK-NEXT: return %[[R]]
func.func @gemm(%x: tensor<1x2xf32>) -> tensor<1x3xf32> {
  %w = graph.constant dense<[[1.0, -3.0], [0.0, 3.0], [-0.5, 0.0]]> : tensor<3x2xf32>
  %c = graph.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %y = graph.gemm %x, %w, %c {alpha = 2.0 : f32, beta = 0.5 : f32, trans_b = true, quant.input_range = [0.0 : f32, 2.0 : f32]} : (tensor<1x2xf32>, tensor<3x2xf32>, tensor<3xf32>) -> tensor<1x3xf32>
  return %y : tensor<1x3xf32>
}

// -----

// Conv2d: per output channel weight scales, the bias quantized to i32 with x_scale * w_scale[m],
// the output requantized to ui8 with the output range and dequantized; conv attributes are kept.
// CHECK-LABEL: func.func @conv
// CHECK-NEXT: %[[Q:.*]] = graph.quantize_linear %arg0 {scale = {{.*}} : f32, zero_point = 0 : i64} : (tensor<1x1x4x4xf32>) -> tensor<1x1x4x4xui8>
// CHECK-NEXT: %[[W:.*]] = graph.constant dense<{{\[\[\[\[}}127, 0], [0, -127]]], {{\[\[\[}}127, 127], [127, 127]]]]> : tensor<2x1x2x2xi8>
// CHECK-NEXT: %[[B:.*]] = graph.constant dense<[{{-?[0-9]+}}, {{-?[0-9]+}}]> : tensor<2xi32>
// CHECK-NEXT: %[[C:.*]] = graph.qlinear_conv2d %[[Q]], %[[W]], %[[B]] {pads = [1, 1, 1, 1], w_scale = dense<[{{.*}}, {{.*}}]> : tensor<2xf32>, x_scale = {{.*}} : f32, x_zero_point = 0 : i64, y_scale = {{.*}} : f32, y_zero_point = {{[0-9]+}} : i64} : (tensor<1x1x4x4xui8>, tensor<2x1x2x2xi8>, tensor<2xi32>) -> tensor<1x2x5x5xui8>
// CHECK-NEXT: %[[Y:.*]] = graph.dequantize_linear %[[C]] {scale = {{.*}} : f32, zero_point = {{[0-9]+}} : i64} : (tensor<1x2x5x5xui8>) -> tensor<1x2x5x5xf32>
// CHECK-NEXT: return %[[Y]]
func.func @conv(%x: tensor<1x1x4x4xf32>) -> tensor<1x2x5x5xf32> {
  %w = graph.constant dense<[[[[0.5, 0.0], [0.0, -0.5]]], [[[0.25, 0.25], [0.25, 0.25]]]]> : tensor<2x1x2x2xf32>
  %b = graph.constant dense<[0.1, -0.1]> : tensor<2xf32>
  %y = graph.conv2d %x, %w, %b {pads = [1, 1, 1, 1], quant.input_range = [0.0 : f32, 1.0 : f32], quant.output_range = [-1.0 : f32, 1.0 : f32]} : (tensor<1x1x4x4xf32>, tensor<2x1x2x2xf32>, tensor<2xf32>) -> tensor<1x2x5x5xf32>
  return %y : tensor<1x2x5x5xf32>
}

// -----

// Weights that are not a constant stay in f32, and so do f64 ops.
// CHECK-LABEL: func.func @ineligible
// CHECK-NEXT: graph.matmul %arg0, %arg1
// CHECK: graph.matmul %arg2, %{{.*}}
// CHECK-NOT: quantize_linear
func.func @ineligible(%x: tensor<2x3xf32>, %w: tensor<3x2xf32>, %d: tensor<1x2xf64>) -> (tensor<2x2xf32>, tensor<1x2xf64>) {
  %y = graph.matmul %x, %w {quant.input_range = [-1.0 : f32, 1.0 : f32]} : (tensor<2x3xf32>, tensor<3x2xf32>) -> tensor<2x2xf32>
  %wd = graph.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf64>
  %z = graph.matmul %d, %wd {quant.input_range = [-1.0 : f32, 1.0 : f32]} : (tensor<1x2xf64>, tensor<2x2xf64>) -> tensor<1x2xf64>
  return %y, %z : tensor<2x2xf32>, tensor<1x2xf64>
}
