package dev.mlc.lowering.graphtotl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Graph {@code @main} against its lowering to tl, interpreted on seeded random inputs. */
class GraphToTlDifferentialTest {
  private static String fn(String sig, String body) { return "func.func @main" + sig + " {\n" + body + "\n}\n"; }

  @Test void mlpExample() throws Exception {
    String text = Differential.check(Files.readString(Path.of("../../examples/mlp.mlir")), 1);
    assertTrue(text.contains("tl.generic"));
  }

  @Test void cnnExample() throws Exception {
    for (long seed = 1; seed <= 2; seed++) {
      String text = Differential.check(Files.readString(Path.of("../../examples/cnn.mlir")), seed);
      assertTrue(text.contains("tl.generic"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"add", "sub", "mul", "div", "max", "min"})
  void binaryBroadcast(String op) {
    Differential.check(fn("(%a: tensor<2x1x4xf32>, %b: tensor<3x1xf32>) -> tensor<2x3x4xf32>",
        "%r = \"graph." + op + "\"(%a, %b) : (tensor<2x1x4xf32>, tensor<3x1xf32>) -> tensor<2x3x4xf32>\nreturn %r : tensor<2x3x4xf32>"), 7);
  }

  @Test void integerAddAndPow() {
    Differential.check(fn("(%a: tensor<3x4xi32>, %b: tensor<4xi32>) -> tensor<3x4xi32>",
        "%r = \"graph.add\"(%a, %b) : (tensor<3x4xi32>, tensor<4xi32>) -> tensor<3x4xi32>\nreturn %r : tensor<3x4xi32>"), 3);
    Differential.check(fn("(%a: tensor<3x4xf32>) -> tensor<3x4xf32>",
        "%e = \"graph.abs\"(%a) : (tensor<3x4xf32>) -> tensor<3x4xf32>\n"
            + "%r = \"graph.pow\"(%e, %a) : (tensor<3x4xf32>, tensor<3x4xf32>) -> tensor<3x4xf32>\nreturn %r : tensor<3x4xf32>"), 3);
  }

  @Test void comparesAndWhere() {
    Differential.check(fn("(%a: tensor<2x3xf32>, %b: tensor<3xf32>) -> (tensor<2x3xf32>, tensor<2x3xi1>, tensor<2x3xi1>)",
        """
        %l = "graph.less"(%a, %b) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
        %g = "graph.greater"(%a, %b) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
        %e = "graph.equal"(%a, %a) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xi1>
        %w = "graph.where"(%l, %a, %b) : (tensor<2x3xi1>, tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
        return %w, %g, %e : tensor<2x3xf32>, tensor<2x3xi1>, tensor<2x3xi1>"""), 11);
  }

  @ParameterizedTest
  @ValueSource(strings = {"relu", "sigmoid", "tanh", "exp", "neg", "abs", "erf", "reciprocal", "gelu", "leaky_relu", "hard_sigmoid", "hard_swish"})
  void unary(String op) {
    Differential.check(fn("(%a: tensor<4x5xf32>) -> tensor<4x5xf32>",
        "%r = \"graph." + op + "\"(%a) : (tensor<4x5xf32>) -> tensor<4x5xf32>\nreturn %r : tensor<4x5xf32>"), 5);
  }

  @Test void logSqrtOfPositiveAndClipGeluTanh() {
    Differential.check(fn("(%a: tensor<4x5xf32>) -> (tensor<4x5xf32>, tensor<4x5xf32>, tensor<4x5xf32>, tensor<4x5xf32>)",
        """
        %p = "graph.abs"(%a) : (tensor<4x5xf32>) -> tensor<4x5xf32>
        %l = "graph.log"(%p) : (tensor<4x5xf32>) -> tensor<4x5xf32>
        %s = "graph.sqrt"(%p) : (tensor<4x5xf32>) -> tensor<4x5xf32>
        %c = "graph.clip"(%a) {min = -0.5 : f32, max = 0.25 : f32} : (tensor<4x5xf32>) -> tensor<4x5xf32>
        %g = "graph.gelu"(%a) {approximate = "tanh"} : (tensor<4x5xf32>) -> tensor<4x5xf32>
        return %l, %s, %c, %g : tensor<4x5xf32>, tensor<4x5xf32>, tensor<4x5xf32>, tensor<4x5xf32>"""), 5);
  }

  @Test void casts() {
    Differential.check(fn("(%a: tensor<6xf32>, %i: tensor<6xi32>) -> (tensor<6xi32>, tensor<6xf32>, tensor<6xi64>, tensor<6xf16>)",
        """
        %x = "graph.cast"(%a) : (tensor<6xf32>) -> tensor<6xi32>
        %y = "graph.cast"(%i) : (tensor<6xi32>) -> tensor<6xf32>
        %z = "graph.cast"(%i) : (tensor<6xi32>) -> tensor<6xi64>
        %h = "graph.cast"(%a) : (tensor<6xf32>) -> tensor<6xf16>
        return %x, %y, %z, %h : tensor<6xi32>, tensor<6xf32>, tensor<6xi64>, tensor<6xf16>"""), 5);
  }

  @Test void matmulBatchedBroadcast() {
    Differential.check(fn("(%a: tensor<2x1x3x4xf32>, %b: tensor<3x4x5xf32>) -> tensor<2x3x3x5xf32>",
        "%r = \"graph.matmul\"(%a, %b) : (tensor<2x1x3x4xf32>, tensor<3x4x5xf32>) -> tensor<2x3x3x5xf32>\nreturn %r : tensor<2x3x3x5xf32>"), 2);
  }

  @Test void gemm() {
    Differential.check(fn("(%a: tensor<4x3xf32>, %b: tensor<5x4xf32>, %c: tensor<5xf32>) -> (tensor<3x5xf32>, tensor<3x5xf32>)",
        """
        %r = "graph.gemm"(%a, %b, %c) {alpha = 0.5 : f32, beta = 2.0 : f32, trans_a = true, trans_b = true} : (tensor<4x3xf32>, tensor<5x4xf32>, tensor<5xf32>) -> tensor<3x5xf32>
        %s = "graph.gemm"(%a, %b) {trans_a = true, trans_b = true} : (tensor<4x3xf32>, tensor<5x4xf32>) -> tensor<3x5xf32>
        return %r, %s : tensor<3x5xf32>, tensor<3x5xf32>"""), 2);
  }

  @Test void shapesAndTranspose() {
    Differential.check(fn("(%a: tensor<2x3x4xf32>) -> (tensor<6x4xf32>, tensor<2x12xf32>, tensor<4x2x3xf32>, tensor<4x3x2xf32>, tensor<2x3x1x4xf32>)",
        """
        %r = "graph.reshape"(%a) : (tensor<2x3x4xf32>) -> tensor<6x4xf32>
        %f = "graph.flatten"(%a) {axis = 1 : i64} : (tensor<2x3x4xf32>) -> tensor<2x12xf32>
        %t = "graph.transpose"(%a) {perm = [2, 0, 1]} : (tensor<2x3x4xf32>) -> tensor<4x2x3xf32>
        %d = "graph.transpose"(%a) : (tensor<2x3x4xf32>) -> tensor<4x3x2xf32>
        %u = "graph.unsqueeze"(%a) {axes = [0, 3]} : (tensor<2x3x4xf32>) -> tensor<1x2x3x1x4xf32>
        %s = "graph.squeeze"(%u) {axes = [0]} : (tensor<1x2x3x1x4xf32>) -> tensor<2x3x1x4xf32>
        return %r, %f, %t, %d, %s : tensor<6x4xf32>, tensor<2x12xf32>, tensor<4x2x3xf32>, tensor<4x3x2xf32>, tensor<2x3x1x4xf32>"""), 2);
  }

  @Test void reductions() {
    Differential.check(fn("(%a: tensor<2x3x4xf32>) -> (tensor<2x1x4xf32>, tensor<3xf32>, tensor<1x1x1xf32>, tensor<2x3xf32>)",
        """
        %s = "graph.reduce_sum"(%a) {axes = [1]} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
        %m = "graph.reduce_mean"(%a) {axes = [0, -1], keepdims = false} : (tensor<2x3x4xf32>) -> tensor<3xf32>
        %x = "graph.reduce_max"(%a) : (tensor<2x3x4xf32>) -> tensor<1x1x1xf32>
        %n = "graph.reduce_min"(%a) {axes = [2], keepdims = false} : (tensor<2x3x4xf32>) -> tensor<2x3xf32>
        return %s, %m, %x, %n : tensor<2x1x4xf32>, tensor<3xf32>, tensor<1x1x1xf32>, tensor<2x3xf32>"""), 4);
  }

  @Test void softmaxBatchNormGlobalAvgPool() {
    Differential.check(fn("(%x: tensor<2x3x4x5xf32>, %s: tensor<3xf32>, %b: tensor<3xf32>, %m: tensor<3xf32>, %v: tensor<3xf32>) -> (tensor<2x3x4x5xf32>, tensor<2x3x4x5xf32>, tensor<2x3x1x1xf32>)",
        """
        %sm = "graph.softmax"(%x) {axis = 1 : i64} : (tensor<2x3x4x5xf32>) -> tensor<2x3x4x5xf32>
        %va = "graph.abs"(%v) : (tensor<3xf32>) -> tensor<3xf32>
        %bn = "graph.batch_norm"(%x, %s, %b, %m, %va) {epsilon = 1.0e-03 : f32} : (tensor<2x3x4x5xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3x4x5xf32>
        %g = "graph.global_avg_pool"(%x) : (tensor<2x3x4x5xf32>) -> tensor<2x3x1x1xf32>
        return %sm, %bn, %g : tensor<2x3x4x5xf32>, tensor<2x3x4x5xf32>, tensor<2x3x1x1xf32>"""), 4);
  }

  @Test void returnedArgumentsConstantsAndDuplicates() {
    Differential.check(fn("(%a: tensor<2xf32>) -> (tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>)",
        """
        %c = "graph.constant"() {value = dense<[1.5, -2.0]> : tensor<2xf32>} : () -> tensor<2xf32>
        %r = "graph.add"(%a, %c) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
        %u = "graph.mul"(%r, %r) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
        return %a, %c, %r, %r : tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>"""), 4);
  }

  @Test void convolutionsWithPadsStridesDilationsGroups() {
    Differential.check(fn("(%x: tensor<1x4x7x6xf32>, %w: tensor<6x2x3x2xf32>, %b: tensor<6xf32>) -> (tensor<1x6x4x5xf32>, tensor<1x6x5x5xf32>)",
        """
        %y = "graph.conv2d"(%x, %w, %b) {strides = [2, 1], pads = [1, 0, 2, 1], dilations = [1, 2], groups = 2 : i64} : (tensor<1x4x7x6xf32>, tensor<6x2x3x2xf32>, tensor<6xf32>) -> tensor<1x6x4x5xf32>
        %z = "graph.conv2d"(%x, %w) {groups = 2 : i64} : (tensor<1x4x7x6xf32>, tensor<6x2x3x2xf32>) -> tensor<1x6x5x5xf32>
        return %y, %z : tensor<1x6x4x5xf32>, tensor<1x6x5x5xf32>"""), 9);
  }

  @Test void poolsWithPadsAndCeilMode() {
    Differential.check(fn("(%x: tensor<2x3x7x6xf32>) -> (tensor<2x3x4x3xf32>, tensor<2x3x4x3xf32>, tensor<2x3x4x3xf32>, tensor<2x3x3x2xf32>)",
        """
        %m = "graph.max_pool2d"(%x) {kernel_shape = [3, 2], strides = [2, 2], pads = [1, 0, 1, 0], ceil_mode = true} : (tensor<2x3x7x6xf32>) -> tensor<2x3x4x3xf32>
        %a = "graph.avg_pool2d"(%x) {kernel_shape = [3, 2], strides = [2, 2], pads = [1, 0, 1, 0], ceil_mode = true} : (tensor<2x3x7x6xf32>) -> tensor<2x3x4x3xf32>
        %c = "graph.avg_pool2d"(%x) {kernel_shape = [3, 2], strides = [2, 2], pads = [1, 0, 1, 0], ceil_mode = true, count_include_pad = true} : (tensor<2x3x7x6xf32>) -> tensor<2x3x4x3xf32>
        %d = "graph.max_pool2d"(%x) {kernel_shape = [2, 2], strides = [2, 2], dilations = [2, 2]} : (tensor<2x3x7x6xf32>) -> tensor<2x3x3x2xf32>
        return %m, %a, %c, %d : tensor<2x3x4x3xf32>, tensor<2x3x4x3xf32>, tensor<2x3x4x3xf32>, tensor<2x3x3x2xf32>"""), 9);
  }

  @Test void layerNormConcatSlicePadGather() {
    Differential.check(fn("(%x: tensor<2x3x4xf32>, %s: tensor<3x4xf32>, %b: tensor<4xf32>) -> (tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<2x6x4xf32>, tensor<2x2x2xf32>, tensor<3x2x4xf32>, tensor<2x2x2x4xf32>)",
        """
        %l = "graph.layer_norm"(%x, %s, %b) {axis = 1 : i64, epsilon = 1.0e-03 : f32} : (tensor<2x3x4xf32>, tensor<3x4xf32>, tensor<4xf32>) -> tensor<2x3x4xf32>
        %k = "graph.layer_norm"(%x, %b) : (tensor<2x3x4xf32>, tensor<4xf32>) -> tensor<2x3x4xf32>
        %t = "graph.slice"(%x) {starts = [0, 0], ends = [2, 2], axes = [1, 2]} : (tensor<2x3x4xf32>) -> tensor<2x2x2xf32>
        %c = "graph.concat"(%x, %x) {axis = 1 : i64} : (tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x6x4xf32>
        %r = "graph.slice"(%x) {starts = [-1, 10], ends = [-10, -5], axes = [2, 1], steps = [-2, -1]} : (tensor<2x3x4xf32>) -> tensor<2x3x2xf32>
        %p = "graph.pad"(%r) {pads = [1, 0, 0, 0, -1, 2], value = 0.5 : f32} : (tensor<2x3x2xf32>) -> tensor<3x2x4xf32>
        %i = "graph.constant"() {value = dense<[[0, -1], [2, 1]]> : tensor<2x2xi64>} : () -> tensor<2x2xi64>
        %g = "graph.gather"(%x, %i) {axis = 1 : i64} : (tensor<2x3x4xf32>, tensor<2x2xi64>) -> tensor<2x2x2x4xf32>
        return %l, %k, %c, %t, %p, %g : tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<2x6x4xf32>, tensor<2x2x2xf32>, tensor<3x2x4xf32>, tensor<2x2x2x4xf32>"""), 9);
  }

  @Test void floatToIntSaturates() {
    Differential.check(fn("() -> (tensor<8xi32>, tensor<8xi8>, tensor<8xi64>)",
        """
        %c = "graph.constant"() {value = dense<[0x7FC00000, 0x7F800000, 0xFF800000, 3.0e+09, -3.0e+09, 2.7, -2.7, 300.0]> : tensor<8xf32>} : () -> tensor<8xf32>
        %h = "graph.cast"(%c) : (tensor<8xf32>) -> tensor<8xf16>
        %i = "graph.cast"(%c) : (tensor<8xf32>) -> tensor<8xi32>
        %j = "graph.cast"(%c) : (tensor<8xf32>) -> tensor<8xi8>
        %k = "graph.cast"(%h) : (tensor<8xf16>) -> tensor<8xi64>
        return %i, %j, %k : tensor<8xi32>, tensor<8xi8>, tensor<8xi64>"""), 1);
  }

  @Test void quantizePerTensorRoundsHalfToEvenAndSaturates() {
    Differential.check(fn("(%x: tensor<3x4xf32>) -> (tensor<3x4xi8>, tensor<3x4xui8>, tensor<10xi8>, tensor<10xui8>, tensor<10xf32>, tensor<10xf16>)",
        """
        %q = "graph.quantize_linear"(%x) {scale = 0.01 : f32, zero_point = 3 : i64} : (tensor<3x4xf32>) -> tensor<3x4xi8>
        %u = "graph.quantize_linear"(%x) {scale = 0.005 : f32, zero_point = 128 : i64} : (tensor<3x4xf32>) -> tensor<3x4xui8>
        %c = "graph.constant"() {value = dense<[0.5, 1.5, 2.5, -0.5, -1.5, 0x7FC00000, 0x7F800000, 0xFF800000, 300.0, -300.0]> : tensor<10xf32>} : () -> tensor<10xf32>
        %i = "graph.quantize_linear"(%c) {scale = 1.0 : f32} : (tensor<10xf32>) -> tensor<10xi8>
        %v = "graph.quantize_linear"(%c) {scale = 1.0 : f32, zero_point = 1 : i64} : (tensor<10xf32>) -> tensor<10xui8>
        %d = "graph.dequantize_linear"(%v) {scale = 0.25 : f32, zero_point = 200 : i64} : (tensor<10xui8>) -> tensor<10xf32>
        %h = "graph.dequantize_linear"(%i) {scale = 0.1 : f32, zero_point = -3 : i64} : (tensor<10xi8>) -> tensor<10xf16>
        return %q, %u, %i, %v, %d, %h : tensor<3x4xi8>, tensor<3x4xui8>, tensor<10xi8>, tensor<10xui8>, tensor<10xf32>, tensor<10xf16>"""), 3);
  }

  @Test void quantizePerAxisAndDequantizeInputs() {
    Differential.check(fn("(%x: tensor<2x3x4xf32>, %a: tensor<2x3xui8>, %b: tensor<3x2xi32>) -> (tensor<2x3x4xi8>, tensor<2x3x4xf32>, tensor<2x3xf32>, tensor<3x2xf32>)",
        """
        %q = "graph.quantize_linear"(%x) {scale = dense<[0.01, 0.02, 0.5]> : tensor<3xf32>, zero_point = dense<[0, -5, 7]> : tensor<3xi8>} : (tensor<2x3x4xf32>) -> tensor<2x3x4xi8>
        %d = "graph.dequantize_linear"(%q) {scale = dense<[0.25, 0.5, 0.125, 2.0]> : tensor<4xf32>, axis = 2 : i64} : (tensor<2x3x4xi8>) -> tensor<2x3x4xf32>
        %e = "graph.dequantize_linear"(%a) {scale = dense<[0.5, 0.25]> : tensor<2xf32>, zero_point = dense<[3, 250]> : tensor<2xui8>, axis = 0 : i64} : (tensor<2x3xui8>) -> tensor<2x3xf32>
        %f = "graph.dequantize_linear"(%b) {scale = 0.125 : f32} : (tensor<3x2xi32>) -> tensor<3x2xf32>
        return %q, %d, %e, %f : tensor<2x3x4xi8>, tensor<2x3x4xf32>, tensor<2x3xf32>, tensor<3x2xf32>"""), 6);
  }

  @Test void integerAndQuantizedMatmuls() {
    Differential.check(fn("(%a: tensor<2x3x4xui8>, %b: tensor<4x5xi8>) -> (tensor<2x3x5xi32>, tensor<2x3x5xi8>, tensor<2x3x5xui8>, tensor<2x3x5xui8>)",
        """
        %w = "graph.constant"() {value = dense<[[-128, 127, 5, -7, 100], [3, -90, 60, 1, 0], [-1, 2, -3, 4, -5], [77, -77, 120, -120, 9]]> : tensor<4x5xi8>} : () -> tensor<4x5xi8>
        %u = "graph.constant"() {value = dense<[[255, 0, 128, 7, 200], [3, 90, 60, 1, 0], [1, 2, 3, 4, 5], [77, 177, 120, 20, 9]]> : tensor<4x5xui8>} : () -> tensor<4x5xui8>
        %i = "graph.matmul_integer"(%a, %w) {a_zero_point = 3 : i64, b_zero_point = -2 : i64} : (tensor<2x3x4xui8>, tensor<4x5xi8>) -> tensor<2x3x5xi32>
        %q = "graph.qlinear_matmul"(%a, %w) {a_scale = 0.5 : f32, a_zero_point = 2 : i64, b_scale = 0.03 : f32, y_scale = 0.2 : f32, y_zero_point = -4 : i64} : (tensor<2x3x4xui8>, tensor<4x5xi8>) -> tensor<2x3x5xi8>
        %p = "graph.qlinear_matmul"(%a, %u) {a_scale = 0.5 : f32, b_scale = dense<[0.01, 0.02, 0.03, 0.04, 0.05]> : tensor<5xf32>, b_zero_point = dense<[128, 0, 3, 255, 10]> : tensor<5xui8>, y_scale = 0.1 : f32, y_zero_point = 100 : i64} : (tensor<2x3x4xui8>, tensor<4x5xui8>) -> tensor<2x3x5xui8>
        %r = "graph.qlinear_matmul"(%a, %b) {a_scale = 0.25 : f32, b_scale = 0.25 : f32, y_scale = 0.0625 : f32, y_zero_point = 128 : i64} : (tensor<2x3x4xui8>, tensor<4x5xi8>) -> tensor<2x3x5xui8>
        return %i, %q, %p, %r : tensor<2x3x5xi32>, tensor<2x3x5xi8>, tensor<2x3x5xui8>, tensor<2x3x5xui8>"""), 8);
  }

  @Test void quantizedConvolutionPerChannelWithPadsAndGroups() {
    Differential.check(fn("(%x: tensor<1x4x6x5xui8>, %b: tensor<6xi32>) -> (tensor<1x6x4x4xi8>, tensor<1x6x4x4xui8>)",
        """
        %w = "graph.constant"() {value = dense<[[[[1, -2], [3, 4], [-5, 6]], [[7, 8], [-9, 10], [11, -12]]], [[[-128, 127], [0, 1], [2, 3]], [[4, 5], [6, 7], [8, 9]]], [[[10, 11], [12, 13], [14, 15]], [[-1, -1], [-1, -1], [-1, -1]]], [[[20, -20], [30, -30], [40, -40]], [[50, -50], [60, -60], [70, -70]]], [[[1, 1], [1, 1], [1, 1]], [[1, 1], [1, 1], [1, 1]]], [[[-3, 3], [-3, 3], [-3, 3]], [[9, 9], [9, 9], [9, 9]]]]> : tensor<6x2x3x2xi8>} : () -> tensor<6x2x3x2xi8>
        %y = "graph.qlinear_conv2d"(%x, %w, %b) {x_scale = 0.5 : f32, x_zero_point = 4 : i64, w_scale = dense<[0.1, 0.2, 0.3, 0.05, 0.5, 0.25]> : tensor<6xf32>, w_zero_point = dense<[0, 1, -1, 2, 0, 3]> : tensor<6xi8>, y_scale = 0.3 : f32, y_zero_point = -10 : i64, strides = [2, 1], pads = [1, 0, 2, 1], dilations = [1, 2], groups = 2 : i64} : (tensor<1x4x6x5xui8>, tensor<6x2x3x2xi8>, tensor<6xi32>) -> tensor<1x6x4x4xi8>
        %z = "graph.qlinear_conv2d"(%x, %w) {x_scale = 0.05 : f32, w_scale = 0.1 : f32, y_scale = 0.02 : f32, y_zero_point = 128 : i64, groups = 2 : i64} : (tensor<1x4x6x5xui8>, tensor<6x2x3x2xi8>) -> tensor<1x6x4x4xui8>
        return %y, %z : tensor<1x6x4x4xi8>, tensor<1x6x4x4xui8>"""), 8);
  }

  @Test void matmulWithVectorOperands() {
    Differential.check(fn("(%v: tensor<4xf32>, %m: tensor<2x4x3xf32>, %n: tensor<5x4xf32>) -> (tensor<2x3xf32>, tensor<5xf32>, tensor<f32>)",
        """
        %a = "graph.matmul"(%v, %m) : (tensor<4xf32>, tensor<2x4x3xf32>) -> tensor<2x3xf32>
        %b = "graph.matmul"(%n, %v) : (tensor<5x4xf32>, tensor<4xf32>) -> tensor<5xf32>
        %c = "graph.matmul"(%v, %v) : (tensor<4xf32>, tensor<4xf32>) -> tensor<f32>
        return %a, %b, %c : tensor<2x3xf32>, tensor<5xf32>, tensor<f32>"""), 8);
  }

  @Test void resizeNearestModes() {
    Differential.check(fn("(%x: tensor<1x2x3x4xf32>, %i: tensor<2x3xi32>) -> (tensor<1x2x6x8xf32>, tensor<1x2x7x3xf32>, tensor<1x2x2x9xf32>, tensor<1x2x5x6xf32>, tensor<4x7xi32>)",
        """
        %a = "graph.resize"(%x) {scales = [1.0, 1.0, 2.0, 2.0]} : (tensor<1x2x3x4xf32>) -> tensor<1x2x6x8xf32>
        %b = "graph.resize"(%x) {sizes = [1, 2, 7, 3], nearest_mode = "round_prefer_ceil", coordinate_transformation_mode = "align_corners"} : (tensor<1x2x3x4xf32>) -> tensor<1x2x7x3xf32>
        %c = "graph.resize"(%x) {sizes = [1, 2, 2, 9], nearest_mode = "floor", coordinate_transformation_mode = "asymmetric"} : (tensor<1x2x3x4xf32>) -> tensor<1x2x2x9xf32>
        %d = "graph.resize"(%x) {scales = [1.0, 1.0, 1.7, 1.5], nearest_mode = "ceil", coordinate_transformation_mode = "half_pixel_symmetric"} : (tensor<1x2x3x4xf32>) -> tensor<1x2x5x6xf32>
        %e = "graph.resize"(%i) {sizes = [4, 7], coordinate_transformation_mode = "pytorch_half_pixel"} : (tensor<2x3xi32>) -> tensor<4x7xi32>
        return %a, %b, %c, %d, %e : tensor<1x2x6x8xf32>, tensor<1x2x7x3xf32>, tensor<1x2x2x9xf32>, tensor<1x2x5x6xf32>, tensor<4x7xi32>"""), 12);
  }

  @Test void resizeLinear() {
    Differential.check(fn("(%x: tensor<1x2x3x4xf32>, %v: tensor<5xf16>) -> (tensor<1x2x6x8xf32>, tensor<1x2x5x3xf32>, tensor<1x2x2x9xf32>, tensor<2x2x3x4xf32>, tensor<9xf16>)",
        """
        %a = "graph.resize"(%x) {scales = [1.0, 1.0, 2.0, 2.0], mode = "linear"} : (tensor<1x2x3x4xf32>) -> tensor<1x2x6x8xf32>
        %b = "graph.resize"(%x) {sizes = [1, 2, 5, 3], mode = "linear", coordinate_transformation_mode = "align_corners"} : (tensor<1x2x3x4xf32>) -> tensor<1x2x5x3xf32>
        %c = "graph.resize"(%x) {sizes = [1, 2, 2, 9], mode = "linear", coordinate_transformation_mode = "asymmetric"} : (tensor<1x2x3x4xf32>) -> tensor<1x2x2x9xf32>
        %d = "graph.resize"(%x) {scales = [2.0, 1.0, 1.0, 1.0], mode = "linear", coordinate_transformation_mode = "pytorch_half_pixel"} : (tensor<1x2x3x4xf32>) -> tensor<2x2x3x4xf32>
        %e = "graph.resize"(%v) {sizes = [9], mode = "linear", coordinate_transformation_mode = "half_pixel_symmetric"} : (tensor<5xf16>) -> tensor<9xf16>
        return %a, %b, %c, %d, %e : tensor<1x2x6x8xf32>, tensor<1x2x5x3xf32>, tensor<1x2x2x9xf32>, tensor<2x2x3x4xf32>, tensor<9xf16>"""), 12);
  }

  @Test void splitIntoOutParametersAndIntermediates() {
    Differential.check(fn("(%x: tensor<2x7x3xf32>) -> (tensor<2x2x3xf32>, tensor<2x5x3xf32>, tensor<2x3x3xf32>, tensor<2x7x1xf32>)",
        """
        %a:2 = "graph.split"(%x) {axis = 1 : i64, split = [2, 5]} : (tensor<2x7x3xf32>) -> (tensor<2x2x3xf32>, tensor<2x5x3xf32>)
        %b:3 = "graph.split"(%x) {axis = -1 : i64, num_outputs = 3 : i64} : (tensor<2x7x3xf32>) -> (tensor<2x7x1xf32>, tensor<2x7x1xf32>, tensor<2x7x1xf32>)
        %c:3 = "graph.split"(%a#1) {axis = 1 : i64, num_outputs = 3 : i64} : (tensor<2x5x3xf32>) -> (tensor<2x2x3xf32>, tensor<2x2x3xf32>, tensor<2x1x3xf32>)
        %s = "graph.add"(%c#0, %c#1) : (tensor<2x2x3xf32>, tensor<2x2x3xf32>) -> tensor<2x2x3xf32>
        %t = "graph.concat"(%s, %c#2) {axis = 1 : i64} : (tensor<2x2x3xf32>, tensor<2x1x3xf32>) -> tensor<2x3x3xf32>
        return %a#0, %a#1, %t, %b#1 : tensor<2x2x3xf32>, tensor<2x5x3xf32>, tensor<2x3x3xf32>, tensor<2x7x1xf32>"""), 13);
  }

  @Test void depthToSpaceAndSpaceToDepth() {
    Differential.check(fn("(%x: tensor<2x8x2x3xf32>, %y: tensor<1x3x4x6xf32>) -> (tensor<2x2x4x6xf32>, tensor<2x2x4x6xf32>, tensor<1x12x2x3xf32>)",
        """
        %a = "graph.depth_to_space"(%x) {blocksize = 2 : i64} : (tensor<2x8x2x3xf32>) -> tensor<2x2x4x6xf32>
        %b = "graph.depth_to_space"(%x) {blocksize = 2 : i64, mode = "CRD"} : (tensor<2x8x2x3xf32>) -> tensor<2x2x4x6xf32>
        %c = "graph.space_to_depth"(%y) {blocksize = 2 : i64} : (tensor<1x3x4x6xf32>) -> tensor<1x12x2x3xf32>
        return %a, %b, %c : tensor<2x2x4x6xf32>, tensor<2x2x4x6xf32>, tensor<1x12x2x3xf32>"""), 14);
  }

  @Test void transposedConvolutions() {
    Differential.check(fn("(%x: tensor<1x4x3x4xf32>, %w: tensor<4x3x3x2xf32>, %b: tensor<6xf32>) -> (tensor<1x6x5x5xf32>, tensor<1x6x7x11xf32>, tensor<1x6x3x3xf32>, tensor<1x6x13x11xf32>)",
        """
        %y = "graph.conv_transpose2d"(%x, %w, %b) {groups = 2 : i64} : (tensor<1x4x3x4xf32>, tensor<4x3x3x2xf32>, tensor<6xf32>) -> tensor<1x6x5x5xf32>
        %z = "graph.conv_transpose2d"(%x, %w) {strides = [2, 3], pads = [1, 0, 0, 2], output_padding = [1, 2], groups = 2 : i64} : (tensor<1x4x3x4xf32>, tensor<4x3x3x2xf32>) -> tensor<1x6x7x11xf32>
        %u = "graph.conv_transpose2d"(%x, %w, %b) {strides = [2, 2], pads = [3, 3, 3, 2], dilations = [2, 1], groups = 2 : i64} : (tensor<1x4x3x4xf32>, tensor<4x3x3x2xf32>, tensor<6xf32>) -> tensor<1x6x3x3xf32>
        %v = "graph.conv_transpose2d"(%x, %w, %b) {strides = [3, 2], dilations = [2, 3], output_padding = [2, 1], groups = 2 : i64} : (tensor<1x4x3x4xf32>, tensor<4x3x3x2xf32>, tensor<6xf32>) -> tensor<1x6x13x11xf32>
        return %y, %z, %u, %v : tensor<1x6x5x5xf32>, tensor<1x6x7x11xf32>, tensor<1x6x3x3xf32>, tensor<1x6x13x11xf32>"""), 15);
  }

  @Test void fusionsAreInlined() {
    Differential.check(fn("(%a: tensor<2x3xf32>, %b: tensor<3xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<3xf32>)",
        """
        %r:2 = "graph.fusion"(%a, %b) ({
        ^bb0(%x: tensor<2x3xf32>, %y: tensor<3xf32>):
          %s = "graph.add"(%x, %y) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
          %n = "graph.fusion"(%s) ({
          ^bb0(%z: tensor<2x3xf32>):
            %t = "graph.relu"(%z) : (tensor<2x3xf32>) -> tensor<2x3xf32>
            "graph.yield"(%t) : (tensor<2x3xf32>) -> ()
          }) : (tensor<2x3xf32>) -> tensor<2x3xf32>
          "graph.yield"(%n, %y) : (tensor<2x3xf32>, tensor<3xf32>) -> ()
        }) : (tensor<2x3xf32>, tensor<3xf32>) -> (tensor<2x3xf32>, tensor<3xf32>)
        %m = "graph.mul"(%r#0, %r#0) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
        return %m, %r#0, %r#1 : tensor<2x3xf32>, tensor<2x3xf32>, tensor<3xf32>"""), 16);
  }

  /** The graph passes of the graph-to-llvm pipeline's front, then the lowering: fused loop nests against the unfused graph. */
  private static final java.util.function.Supplier<java.util.List<dev.mlc.ir.pass.Pass>> FRONT =
      () -> java.util.List.of(new dev.mlc.dialect.graph.transforms.FoldBatchNormPass(), new dev.mlc.dialect.graph.transforms.FusePass());

  @Test void examplesFused() throws Exception {
    String src = Files.readString(Path.of("../../examples/cnn.mlir"));
    String fused = Differential.check(src, 3, FRONT.get()), plain = Differential.check(src, 3);
    // batch_norm folded, relu epilogues in place: three intermediate buffers fewer
    org.junit.jupiter.api.Assertions.assertEquals(plain.split("tl.alloc", -1).length - 4, fused.split("tl.alloc", -1).length - 1, fused);
    Differential.check(Files.readString(Path.of("../../examples/mlp.mlir")), 3, FRONT.get());
  }

  @Test void fusedGroups() {
    String text = Differential.check(fn("(%x: tensor<1x2x5x5xf32>, %w: tensor<3x2x3x3xf32>, %b: tensor<3xf32>, %a: tensor<3x4xf32>, %m: tensor<4x5xf32>, %u: tensor<2x3x4xf32>, %v: tensor<4xf32>)"
        + " -> (tensor<1x3x5x5xf32>, tensor<3x5xf32>, tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<2x3x4xi32>)",
        """
        %c = "graph.conv2d"(%x, %w, %b) {pads = [1, 1, 1, 1]} : (tensor<1x2x5x5xf32>, tensor<3x2x3x3xf32>, tensor<3xf32>) -> tensor<1x3x5x5xf32>
        %h = "graph.hard_swish"(%c) : (tensor<1x3x5x5xf32>) -> tensor<1x3x5x5xf32>
        %g = "graph.gemm"(%a, %m) {alpha = 0.5 : f32} : (tensor<3x4xf32>, tensor<4x5xf32>) -> tensor<3x5xf32>
        %gs = "graph.sigmoid"(%g) : (tensor<3x5xf32>) -> tensor<3x5xf32>
        %gc = "graph.clip"(%gs) {min = 0.25 : f32, max = 0.75 : f32} : (tensor<3x5xf32>) -> tensor<3x5xf32>
        %d = "graph.sub"(%u, %v) : (tensor<2x3x4xf32>, tensor<4xf32>) -> tensor<2x3x4xf32>
        %e = "graph.exp"(%d) : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
        %gt = "graph.greater"(%e, %u) : (tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xi1>
        %sel = "graph.where"(%gt, %e, %d) : (tensor<2x3x4xi1>, tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
        %ci = "graph.cast"(%gt) : (tensor<2x3x4xi1>) -> tensor<2x3x4xi32>
        return %h, %gc, %sel, %d, %ci : tensor<1x3x5x5xf32>, tensor<3x5xf32>, tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<2x3x4xi32>"""), 17, FRONT.get());
    // conv (padded copy, bias init, 7-D generic) + epilogue, gemm (fill, reduction, alpha) + epilogue, one element-wise generic with
    // three outputs: the conv's padded copy is the only buffer
    org.junit.jupiter.api.Assertions.assertEquals(1, text.split("tl.alloc", -1).length - 1, text);
    org.junit.jupiter.api.Assertions.assertEquals(7, text.split("tl.generic", -1).length - 1, text);
  }

  @Test void fusedReductions() {
    String text = Differential.check(fn("(%x: tensor<2x3x4xf32>, %s: tensor<4xf32>) -> (tensor<2x3x1xf32>, tensor<3xf32>, tensor<2x1x4xf32>, tensor<f32>)",
        """
        %a = "graph.mul"(%x, %s) : (tensor<2x3x4xf32>, tensor<4xf32>) -> tensor<2x3x4xf32>
        %m = "graph.reduce_mean"(%a) {axes = [-1]} : (tensor<2x3x4xf32>) -> tensor<2x3x1xf32>
        %r = "graph.sqrt"(%m) : (tensor<2x3x1xf32>) -> tensor<2x3x1xf32>
        %e = "graph.exp"(%x) : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
        %mx = "graph.reduce_max"(%e) {axes = [0, 2], keepdims = false} : (tensor<2x3x4xf32>) -> tensor<3xf32>
        %mn = "graph.reduce_min"(%x) {axes = [1]} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
        %mt = "graph.tanh"(%mn) : (tensor<2x1x4xf32>) -> tensor<2x1x4xf32>
        %ab = "graph.abs"(%x) : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
        %sm = "graph.reduce_sum"(%ab) {keepdims = false} : (tensor<2x3x4xf32>) -> tensor<f32>
        return %r, %mx, %mt, %sm : tensor<2x3x1xf32>, tensor<3xf32>, tensor<2x1x4xf32>, tensor<f32>"""), 18, FRONT.get());
    // every prologue is computed inside its reduction: no buffer at all
    org.junit.jupiter.api.Assertions.assertEquals(0, text.split("tl.alloc", -1).length - 1, text);
  }
}
