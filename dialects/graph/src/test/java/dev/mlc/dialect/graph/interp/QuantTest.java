package dev.mlc.dialect.graph.interp;

import org.junit.jupiter.api.Test;

class QuantTest extends GraphInterpTestBase {
  @Test void quantizeRoundsHalfToEvenAndSaturatesI8() {
    // x / 0.5 = [0.5, 1.5, -0.5, 200, -200, 2.5] -> rint [0, 2, -0, 200, -200, 2] -> + 1 -> saturate to [-128, 127]
    assertLongs(op("\"graph.quantize_linear\"(%a) {scale = 0.5 : f32, zero_point = 1 : i64} : (tensor<6xf32>) -> tensor<6xi8>",
        f32(shape(6), 0.25, 0.75, -0.25, 100, -100, 1.25)), I8, shape(6), 1, 3, 1, 127, -128, 3);
    // zero_point defaults to 0: 1.5 -> 2, 2.5 -> 2, -1.5 -> -2, -2.5 -> -2
    assertLongs(op("\"graph.quantize_linear\"(%a) {scale = 2.0 : f32} : (tensor<4xf32>) -> tensor<4xi8>", f32(shape(4), 3, 5, -3, -5)), I8, shape(4), 2, 2, -2, -2);
  }

  @Test void quantizeSaturatesUi8() {
    // zero point 128: [-0.5, 0.5, 1.5, 200, -200] -> [128, 128, 130, 255, 0]
    assertLongs(op("\"graph.quantize_linear\"(%a) {scale = 1.0 : f32, zero_point = 128 : i64} : (tensor<5xf32>) -> tensor<5xui8>",
        f32(shape(5), -0.5, 0.5, 1.5, 200, -200)), UI8, shape(5), 128, 128, 130, 255, 0);
    // NaN gives 0 whatever the zero point (the spec's float-to-integer rule; ONNX leaves it open)
    assertLongs(op("\"graph.quantize_linear\"(%a) {scale = 1.0 : f32, zero_point = 7 : i64} : (tensor<1xf32>) -> tensor<1xui8>", f32(shape(1), Double.NaN)), UI8, shape(1), 0);
  }

  @Test void quantizePerAxis() {
    // axis 0 of 2x3: row 0 scale 1 zp 0; row 1 scale 10 zp 5: [10, 25, -35] / 10 = [1, 2.5, -3.5] -> [1, 2, -4] + 5
    assertLongs(op("\"graph.quantize_linear\"(%a) {axis = 0 : i64, scale = dense<[1.0, 10.0]> : tensor<2xf32>, zero_point = dense<[0, 5]> : tensor<2xi64>} : (tensor<2x3xf32>) -> tensor<2x3xi8>",
        f32(shape(2, 3), 1, 2, 3, 10, 25, -35)), I8, shape(2, 3), 1, 2, 3, 6, 7, 1);
    // axis defaults to 1 (ONNX); zero_point absent: 0
    assertLongs(op("\"graph.quantize_linear\"(%a) {scale = dense<[1.0, 2.0]> : tensor<2xf32>} : (tensor<2x2xf32>) -> tensor<2x2xi8>",
        f32(shape(2, 2), 2, 2, 4, 4)), I8, shape(2, 2), 2, 1, 4, 2);
    // negative axis
    assertLongs(op("\"graph.quantize_linear\"(%a) {axis = -1 : i64, scale = dense<[1.0, 2.0]> : tensor<2xf32>, zero_point = dense<[0, 0]> : tensor<2xi64>} : (tensor<1x2xf32>) -> tensor<1x2xi8>",
        f32(shape(1, 2), 3, 3)), I8, shape(1, 2), 3, 2);
  }

  @Test void dequantize() {
    // (x - 1) * 0.5
    assertTensor(op("\"graph.dequantize_linear\"(%a) {scale = 0.5 : f32, zero_point = 1 : i64} : (tensor<3xi8>) -> tensor<3xf32>", i8(shape(3), -128, 0, 127)),
        F32, shape(3), -64.5, -0.5, 63);
    assertTensor(op("\"graph.dequantize_linear\"(%a) {scale = 0.25 : f32, zero_point = 128 : i64} : (tensor<2xui8>) -> tensor<2xf32>", ui8(shape(2), 0, 255)),
        F32, shape(2), -32, 31.75);
    assertTensor(op("\"graph.dequantize_linear\"(%a) {scale = 3.0 : f32} : (tensor<2xi32>) -> tensor<2xf32>", i32(shape(2), -2, 100)), F32, shape(2), -6, 300);
  }

  @Test void dequantizePerAxis() {
    // axis 1: column 0 scale 1 zp 0, column 1 scale 0.5 zp 2
    assertTensor(op("\"graph.dequantize_linear\"(%a) {axis = 1 : i64, scale = dense<[1.0, 0.5]> : tensor<2xf32>, zero_point = dense<[0, 2]> : tensor<2xi64>} : (tensor<2x2xi8>) -> tensor<2x2xf32>",
        i8(shape(2, 2), 1, 2, 3, 4)), F32, shape(2, 2), 1, 0, 3, 1);
  }

  @Test void quantizeDequantizeRoundTrip() {
    String src = """
        func.func @main(%x: tensor<4xf32>) -> tensor<4xf32> {
          %q = "graph.quantize_linear"(%x) {scale = 0.1 : f32, zero_point = -3 : i64} : (tensor<4xf32>) -> tensor<4xi8>
          %d = "graph.dequantize_linear"(%q) {scale = 0.1 : f32, zero_point = -3 : i64} : (tensor<4xi8>) -> tensor<4xf32>
          func.return %d : tensor<4xf32>
        }
        """;
    // 0.04 -> 0.4 -> 0 -> 0; 0.26 -> 2.6 -> 3 -> 0.3; -20 -> -200 - 3 -> -128 -> -12.5; 20 -> 197 -> 127 -> 13
    assertTensor(run1(src, f32(shape(4), 0.04, 0.26, -20, 20)), F32, shape(4), 0, (float) (3 * (float) 0.1), (float) (-125 * (float) 0.1), (float) (130 * (float) 0.1));
  }

  @Test void perAxisScaleOfTheWrongLengthIsAnError() {
    assertError("per-axis 'scale' has 3 entries", "\"graph.quantize_linear\"(%a) {axis = 0 : i64, scale = dense<[1.0, 2.0, 3.0]> : tensor<3xf32>} : (tensor<?xf32>) -> tensor<?xi8>",
        f32(shape(2), 1, 2));
  }

  @Test void matmulInteger() {
    // (a - 10) = [[0, 10], [20, 30]] times [1, -1] and, with b_zero_point 1, [0, -2]
    Object[] in = {ui8(shape(2, 2), 10, 20, 30, 40), i8(shape(2, 1), 1, -1)};
    assertLongs(op("\"graph.matmul_integer\"(%a, %b) {a_zero_point = 10 : i64} : (tensor<2x2xui8>, tensor<2x1xi8>) -> tensor<2x1xi32>", in), I32, shape(2, 1), -10, -10);
    assertLongs(op("\"graph.matmul_integer\"(%a, %b) {a_zero_point = 10 : i64, b_zero_point = 1 : i64} : (tensor<2x2xui8>, tensor<2x1xi8>) -> tensor<2x1xi32>", in),
        I32, shape(2, 1), -20, -60);
    // exact accumulation: 2 * (-128 * -128) = 32768
    assertLongs(op("\"graph.matmul_integer\"(%a, %b) : (tensor<2xi8>, tensor<2xi8>) -> tensor<i32>", i8(shape(2), -128, -128), i8(shape(2), -128, -128)), I32, shape(), 32768);
  }

  @Test void qlinearMatmulRequantizes() {
    // acc = [2*1 + 4*3, 2*2 + 4*4] = [14, 20]; * 0.5 * 0.25 / 1 = [1.75, 2.5] -> rint [2, 2] (half to even) + 2
    Object[] in = {i8(shape(1, 2), 2, 4), i8(shape(2, 2), 1, 2, 3, 4)};
    assertLongs(op("\"graph.qlinear_matmul\"(%a, %b) {a_scale = 0.5 : f32, b_scale = 0.25 : f32, y_scale = 1.0 : f32, y_zero_point = 2 : i64} : (tensor<1x2xi8>, tensor<2x2xi8>) -> tensor<1x2xi8>", in),
        I8, shape(1, 2), 4, 4);
    // per-column b: column 1 has scale 0.5 and zero point 1: (b - 1) = [1, 3] -> acc 14 -> 14 * 0.25 = 3.5 -> 4, + 2
    assertLongs(op("\"graph.qlinear_matmul\"(%a, %b) {a_scale = 0.5 : f32, b_scale = dense<[0.25, 0.5]> : tensor<2xf32>, b_zero_point = dense<[0, 1]> : tensor<2xi64>, y_scale = 1.0 : f32, y_zero_point = 2 : i64} : (tensor<1x2xi8>, tensor<2x2xi8>) -> tensor<1x2xi8>", in),
        I8, shape(1, 2), 4, 6);
    // saturation to ui8
    assertLongs(op("\"graph.qlinear_matmul\"(%a, %b) {a_scale = 1.0 : f32, b_scale = 1.0 : f32, y_scale = 0.01 : f32} : (tensor<1x2xi8>, tensor<2x2xi8>) -> tensor<1x2xui8>", in),
        UI8, shape(1, 2), 255, 255);
  }

  @Test void qlinearConv2dPerChannelWithBias() {
    // x - 10 = [0, 1, 2, 3]; channel 0: (x * 1 + bias 1) * 1 * 0.5 = [0.5, 1, 1.5, 2] -> [0, 1, 2, 2]
    // channel 1: x * -2 * 0.25 = [0, -0.5, -1, -1.5] -> [0, 0, -1, -2]
    assertLongs(op("\"graph.qlinear_conv2d\"(%a, %b, %c) {x_scale = 1.0 : f32, x_zero_point = 10 : i64, w_scale = dense<[0.5, 0.25]> : tensor<2xf32>, y_scale = 1.0 : f32} : (tensor<1x1x2x2xui8>, tensor<2x1x1x1xi8>, tensor<2xi32>) -> tensor<1x2x2x2xi8>",
        ui8(shape(1, 1, 2, 2), 10, 11, 12, 13), i8(shape(2, 1, 1, 1), 1, -2), i32(shape(2), 1, 0)), I8, shape(1, 2, 2, 2), 0, 1, 2, 2, 0, 0, -1, -2);
    // a 2x2 kernel of ones with padding as graph.conv2d, w_zero_point 1 (so w - 1 = 0 except the 2 at [0][0])
    assertLongs(op("\"graph.qlinear_conv2d\"(%a, %b) {pads = [0, 0, 1, 1], x_scale = 1.0 : f32, w_scale = 1.0 : f32, w_zero_point = 1 : i64, y_scale = 1.0 : f32, y_zero_point = -1 : i64} : (tensor<1x1x2x2xi8>, tensor<1x1x2x2xi8>) -> tensor<1x1x2x2xi8>",
        i8(shape(1, 1, 2, 2), 1, 2, 3, 4), i8(shape(1, 1, 2, 2), 2, 1, 1, 1)), I8, shape(1, 1, 2, 2), 0, 1, 2, 3);
  }
}
