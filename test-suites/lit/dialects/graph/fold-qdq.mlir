// RUN: mlc-opt --fold-qdq --split-input-file --check-semantics-atol=0.1001 %s | FileCheck %s
// QDQ-format contractions (dequantize_linear -> f32 op -> quantize_linear, as ONNX Runtime's quantizer
// writes them) fold into the integer ops. mlc-opt's semantics check interprets @main before and after
// on random inputs: the results may differ by one output quantization step (0.1 here), as the f32
// pattern rounds its result once more before quantizing.

// conv2d with per-channel weights, an i32 bias and a relu that folds (output zero point 0 = ui8's minimum).
// CHECK-LABEL: func.func @main
// CHECK:         %[[X:.*]] = graph.quantize_linear %arg0 {scale = 5.000000e-02 : f32, zero_point = 128 : i64}
// CHECK-DAG:     %[[B:.*]] = graph.constant dense<[100, -40]> : tensor<2xi32>
// CHECK-DAG:     %[[W:.*]] = graph.constant {{.*}} : tensor<2x1x2x2xi8>
// CHECK:         %[[Y:.*]] = graph.qlinear_conv2d %[[X]], %[[W]], %[[B]] {pads = [1, 1, 1, 1], w_scale = dense<[1.000000e-01, 2.000000e-01]> : tensor<2xf32>, w_zero_point = dense<0> : tensor<2xi64>, x_scale = 5.000000e-02 : f32, x_zero_point = 128 : i64, y_scale = 1.000000e-01 : f32, y_zero_point = 0 : i64} : (tensor<1x1x3x3xui8>, tensor<2x1x2x2xi8>, tensor<2xi32>) -> tensor<1x2x4x4xui8>
// CHECK-NEXT:    %[[R:.*]] = graph.dequantize_linear %[[Y]]
// CHECK-NEXT:    return %[[R]]
func.func @main(%x: tensor<1x1x3x3xf32>) -> tensor<1x2x4x4xf32> {
  %xq = graph.quantize_linear %x {scale = 0.05 : f32, zero_point = 128 : i64} : (tensor<1x1x3x3xf32>) -> tensor<1x1x3x3xui8>
  %xd = graph.dequantize_linear %xq {scale = 0.05 : f32, zero_point = 128 : i64} : (tensor<1x1x3x3xui8>) -> tensor<1x1x3x3xf32>
  %wq = graph.constant dense<[[[[10, -20], [30, 40]]], [[[-5, 6], [7, -8]]]]> : tensor<2x1x2x2xi8>
  %wd = graph.dequantize_linear %wq {axis = 0 : i64, scale = dense<[0.1, 0.2]> : tensor<2xf32>, zero_point = dense<0> : tensor<2xi64>} : (tensor<2x1x2x2xi8>) -> tensor<2x1x2x2xf32>
  %bq = graph.constant dense<[100, -40]> : tensor<2xi32>
  %bd = graph.dequantize_linear %bq {axis = 0 : i64, scale = dense<[0.005, 0.01]> : tensor<2xf32>, zero_point = dense<0> : tensor<2xi64>} : (tensor<2xi32>) -> tensor<2xf32>
  %y = graph.conv2d %xd, %wd, %bd {pads = [1, 1, 1, 1]} : (tensor<1x1x3x3xf32>, tensor<2x1x2x2xf32>, tensor<2xf32>) -> tensor<1x2x4x4xf32>
  %r = graph.relu %y : tensor<1x2x4x4xf32>
  %yq = graph.quantize_linear %r {scale = 0.1 : f32, zero_point = 0 : i64} : (tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xui8>
  %yd = graph.dequantize_linear %yq {scale = 0.1 : f32, zero_point = 0 : i64} : (tensor<1x2x4x4xui8>) -> tensor<1x2x4x4xf32>
  return %yd : tensor<1x2x4x4xf32>
}

// -----

// A relu before an output zero point that is not the type's minimum stays in f32.
// CHECK-LABEL: func.func @main
// CHECK:         graph.conv2d
// CHECK-NEXT:    graph.relu
// CHECK-NOT:     graph.qlinear_conv2d
func.func @main(%x: tensor<1x1x3x3xf32>) -> tensor<1x1x2x2xf32> {
  %xq = graph.quantize_linear %x {scale = 0.05 : f32, zero_point = 128 : i64} : (tensor<1x1x3x3xf32>) -> tensor<1x1x3x3xui8>
  %xd = graph.dequantize_linear %xq {scale = 0.05 : f32, zero_point = 128 : i64} : (tensor<1x1x3x3xui8>) -> tensor<1x1x3x3xf32>
  %wq = graph.constant dense<[[[[10, -20], [30, 40]]]]> : tensor<1x1x2x2xi8>
  %wd = graph.dequantize_linear %wq {scale = 0.1 : f32, zero_point = 0 : i64} : (tensor<1x1x2x2xi8>) -> tensor<1x1x2x2xf32>
  %y = graph.conv2d %xd, %wd : (tensor<1x1x3x3xf32>, tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32>
  %r = graph.relu %y : tensor<1x1x2x2xf32>
  %yq = graph.quantize_linear %r {scale = 0.1 : f32, zero_point = 10 : i64} : (tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xui8>
  %yd = graph.dequantize_linear %yq {scale = 0.1 : f32, zero_point = 10 : i64} : (tensor<1x1x2x2xui8>) -> tensor<1x1x2x2xf32>
  return %yd : tensor<1x1x2x2xf32>
}

// -----

// matmul with per-column weights (axis 1 of a 2-D weight) -> qlinear_matmul.
// CHECK-LABEL: func.func @main
// CHECK:         graph.qlinear_matmul %{{.*}}, %{{.*}} {a_scale = 5.000000e-02 : f32, a_zero_point = 0 : i64, b_scale = dense<[1.000000e-01, 5.000000e-02, 2.000000e-01]> : tensor<3xf32>, b_zero_point = dense<0> : tensor<3xi64>, y_scale = 1.000000e-01 : f32, y_zero_point = -3 : i64} : (tensor<2x4xi8>, tensor<4x3xi8>) -> tensor<2x3xi8>
// CHECK-NOT:     graph.matmul
func.func @main(%a: tensor<2x4xf32>) -> tensor<2x3xf32> {
  %aq = graph.quantize_linear %a {scale = 0.05 : f32, zero_point = 0 : i64} : (tensor<2x4xf32>) -> tensor<2x4xi8>
  %ad = graph.dequantize_linear %aq {scale = 0.05 : f32, zero_point = 0 : i64} : (tensor<2x4xi8>) -> tensor<2x4xf32>
  %bq = graph.constant dense<[[1, 2, 3], [-4, 5, -6], [7, -8, 9], [10, 11, -12]]> : tensor<4x3xi8>
  %bd = graph.dequantize_linear %bq {axis = 1 : i64, scale = dense<[0.1, 0.05, 0.2]> : tensor<3xf32>, zero_point = dense<0> : tensor<3xi64>} : (tensor<4x3xi8>) -> tensor<4x3xf32>
  %y = graph.matmul %ad, %bd : (tensor<2x4xf32>, tensor<4x3xf32>) -> tensor<2x3xf32>
  %yq = graph.quantize_linear %y {scale = 0.1 : f32, zero_point = -3 : i64} : (tensor<2x3xf32>) -> tensor<2x3xi8>
  %yd = graph.dequantize_linear %yq {scale = 0.1 : f32, zero_point = -3 : i64} : (tensor<2x3xi8>) -> tensor<2x3xf32>
  return %yd : tensor<2x3xf32>
}

// -----

// gemm with trans_b and a bias: a 1x1 qlinear_conv2d between reshapes; the f32 bias becomes i32 with scale x_scale * w_scale.
// CHECK-LABEL: func.func @main
// CHECK-DAG:     %[[B:.*]] = graph.constant dense<[20, -10]> : tensor<2xi32>
// CHECK-DAG:     %[[A4:.*]] = graph.reshape %{{.*}} : (tensor<3x4xui8>) -> tensor<3x4x1x1xui8>
// CHECK-DAG:     %[[W4:.*]] = graph.reshape %{{.*}} : (tensor<2x4xi8>) -> tensor<2x4x1x1xi8>
// CHECK:         %[[Y:.*]] = graph.qlinear_conv2d %[[A4]], %[[W4]], %[[B]] {w_scale = 1.000000e-01 : f32, w_zero_point = 0 : i64, x_scale = 5.000000e-02 : f32, x_zero_point = 100 : i64, y_scale = 1.000000e-01 : f32, y_zero_point = 0 : i64} : (tensor<3x4x1x1xui8>, tensor<2x4x1x1xi8>, tensor<2xi32>) -> tensor<3x2x1x1xui8>
// CHECK-NEXT:    graph.reshape %[[Y]] : (tensor<3x2x1x1xui8>) -> tensor<3x2xui8>
// CHECK-NOT:     graph.gemm
func.func @main(%a: tensor<3x4xf32>) -> tensor<3x2xf32> {
  %aq = graph.quantize_linear %a {scale = 0.05 : f32, zero_point = 100 : i64} : (tensor<3x4xf32>) -> tensor<3x4xui8>
  %ad = graph.dequantize_linear %aq {scale = 0.05 : f32, zero_point = 100 : i64} : (tensor<3x4xui8>) -> tensor<3x4xf32>
  %wq = graph.constant dense<[[1, 2, 3, 4], [-5, 6, -7, 8]]> : tensor<2x4xi8>
  %wd = graph.dequantize_linear %wq {scale = 0.1 : f32, zero_point = 0 : i64} : (tensor<2x4xi8>) -> tensor<2x4xf32>
  %c = graph.constant dense<[0.1, -0.05]> : tensor<2xf32>
  %y = graph.gemm %ad, %wd, %c {trans_b = true} : (tensor<3x4xf32>, tensor<2x4xf32>, tensor<2xf32>) -> tensor<3x2xf32>
  %r = graph.relu %y : tensor<3x2xf32>
  %yq = graph.quantize_linear %r {scale = 0.1 : f32, zero_point = 0 : i64} : (tensor<3x2xf32>) -> tensor<3x2xui8>
  %yd = graph.dequantize_linear %yq {scale = 0.1 : f32, zero_point = 0 : i64} : (tensor<3x2xui8>) -> tensor<3x2xf32>
  return %yd : tensor<3x2xf32>
}

// -----

// gemm without trans_b or bias -> qlinear_matmul.
// CHECK-LABEL: func.func @main
// CHECK:         graph.qlinear_matmul %{{.*}}, %{{.*}} {{.*}} : (tensor<3x4xui8>, tensor<4x2xi8>) -> tensor<3x2xui8>
// CHECK-NOT:     graph.gemm
func.func @main(%a: tensor<3x4xf32>) -> tensor<3x2xf32> {
  %aq = graph.quantize_linear %a {scale = 0.05 : f32, zero_point = 100 : i64} : (tensor<3x4xf32>) -> tensor<3x4xui8>
  %ad = graph.dequantize_linear %aq {scale = 0.05 : f32, zero_point = 100 : i64} : (tensor<3x4xui8>) -> tensor<3x4xf32>
  %wq = graph.constant dense<[[1, 2], [3, 4], [-5, 6], [-7, 8]]> : tensor<4x2xi8>
  %wd = graph.dequantize_linear %wq {scale = 0.1 : f32, zero_point = 0 : i64} : (tensor<4x2xi8>) -> tensor<4x2xf32>
  %y = graph.gemm %ad, %wd : (tensor<3x4xf32>, tensor<4x2xf32>) -> tensor<3x2xf32>
  %yq = graph.quantize_linear %y {scale = 0.1 : f32, zero_point = 128 : i64} : (tensor<3x2xf32>) -> tensor<3x2xui8>
  %yd = graph.dequantize_linear %yq {scale = 0.1 : f32, zero_point = 128 : i64} : (tensor<3x2xui8>) -> tensor<3x2xf32>
  return %yd : tensor<3x2xf32>
}

// -----

// A gemm bias that broadcasts one value to every column is not a per-channel i32 bias: it stays f32.
// CHECK-LABEL: func.func @main
// CHECK:         graph.gemm
// CHECK-NOT:     graph.qlinear_conv2d
func.func @main(%a: tensor<3x4xf32>) -> tensor<3x2xf32> {
  %aq = graph.quantize_linear %a {scale = 0.05 : f32, zero_point = 100 : i64} : (tensor<3x4xf32>) -> tensor<3x4xui8>
  %ad = graph.dequantize_linear %aq {scale = 0.05 : f32, zero_point = 100 : i64} : (tensor<3x4xui8>) -> tensor<3x4xf32>
  %wq = graph.constant dense<[[1, 2, 3, 4], [-5, 6, -7, 8]]> : tensor<2x4xi8>
  %wd = graph.dequantize_linear %wq {scale = 0.1 : f32, zero_point = 0 : i64} : (tensor<2x4xi8>) -> tensor<2x4xf32>
  %c = graph.constant dense<[0.1]> : tensor<1xf32>
  %y = graph.gemm %ad, %wd, %c {trans_b = true} : (tensor<3x4xf32>, tensor<2x4xf32>, tensor<1xf32>) -> tensor<3x2xf32>
  %yq = graph.quantize_linear %y {scale = 0.1 : f32, zero_point = 0 : i64} : (tensor<3x2xf32>) -> tensor<3x2xui8>
  %yd = graph.dequantize_linear %yq {scale = 0.1 : f32, zero_point = 0 : i64} : (tensor<3x2xui8>) -> tensor<3x2xf32>
  return %yd : tensor<3x2xf32>
}
