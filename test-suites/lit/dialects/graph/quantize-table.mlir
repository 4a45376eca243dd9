// RUN: mlc-opt --quantize=calibration=%S/Inputs/quantize-calibration.json --no-check-semantics %s | FileCheck %s
// RUN: not mlc-opt --quantize=calibration=%S/Inputs/no-such-table.json %s 2>&1 | FileCheck %s --check-prefix=NOFILE
// RUN: not mlc-opt --quantize=calibration=%S/quantize-table.mlir %s 2>&1 | FileCheck %s --check-prefix=NOTJSON
// The quantize pass with a calibration table: keys main#0 and main#1 are the first and second
// matmul of @main. Quantization changes the results on purpose, hence --no-check-semantics.

// CHECK-LABEL: func.func @main
// CHECK-NEXT: %[[Q0:.*]] = graph.quantize_linear %arg0 {scale = 0.00784313772 : f32, zero_point = 127 : i64}
// CHECK-NEXT: %[[W0:.*]] = graph.constant dense<{{.*}}> : tensor<4x3xi8>
// CHECK-NEXT: %[[A0:.*]] = graph.matmul_integer %[[Q0]], %[[W0]] {a_zero_point = 127 : i64}
// CHECK-NEXT: %[[Y0:.*]] = graph.dequantize_linear %[[A0]] {axis = 1 : i64, scale = dense<{{.*}}> : tensor<3xf32>}
// CHECK-NEXT: %[[R:.*]] = graph.relu %[[Y0]]
// CHECK-NEXT: %[[Q1:.*]] = graph.quantize_linear %[[R]] {scale = 0.0156862754 : f32, zero_point = 0 : i64}
// CHECK-NEXT: %[[W1:.*]] = graph.constant dense<{{.*}}> : tensor<3x2xi8>
// CHECK-NEXT: %[[A1:.*]] = graph.matmul_integer %[[Q1]], %[[W1]] {a_zero_point = 0 : i64}
// CHECK-NEXT: %[[Y1:.*]] = graph.dequantize_linear %[[A1]] {axis = 1 : i64, scale = dense<{{.*}}> : tensor<2xf32>}
// CHECK-NEXT: return %[[Y1]]
// NOFILE: error: quantize: cannot read calibration table '{{.*}}no-such-table.json': no such file
// NOTJSON: error: quantize: cannot read calibration table '{{.*}}quantize-table.mlir': not a calibration table: {{.*}}
func.func @main(%x: tensor<1x4xf32>) -> tensor<1x2xf32> {
  %w0 = graph.constant dense<[[0.5, -0.5, 1.0], [0.25, 0.0, -1.0], [1.0, 1.0, 1.0], [-0.75, 0.5, 0.0]]> : tensor<4x3xf32>
  %h = graph.matmul %x, %w0 : (tensor<1x4xf32>, tensor<4x3xf32>) -> tensor<1x3xf32>
  %r = graph.relu %h : tensor<1x3xf32>
  %w1 = graph.constant dense<[[1.0, -1.0], [0.5, 0.5], [-0.25, 2.0]]> : tensor<3x2xf32>
  %y = graph.matmul %r, %w1 : (tensor<1x3xf32>, tensor<3x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}
