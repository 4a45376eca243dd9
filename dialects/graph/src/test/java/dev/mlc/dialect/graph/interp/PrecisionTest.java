package dev.mlc.dialect.graph.interp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.MLContext;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.interp.Tensor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Results are computed in double and rounded once to the result's element type (ties to even). */
class PrecisionTest extends GraphInterpTestBase {
  static Tensor bf16(long[] shape, double... v) { return Tensor.ofDoubles(BF16, shape, v); }

  @Test void f16ArithmeticRoundsToNearestEven() {
    // f16 spacing at 2048 is 2: 2049 ties to 2048 (even), 2051 ties to 2052 (even), 2050.5 rounds to 2050
    assertTensor(op("\"graph.add\"(%a, %b) : (tensor<3xf16>, tensor<3xf16>) -> tensor<3xf16>", f16(shape(3), 2048, 2048, 2048), f16(shape(3), 1, 3, 2.5)),
        F16, shape(3), 2048, 2052, 2050);
    // 65504 is the largest f16; 65504 + 16 rounds back to it, 65504 + 32 overflows to infinity
    assertTensor(op("\"graph.add\"(%a, %b) : (tensor<2xf16>, tensor<2xf16>) -> tensor<2xf16>", f16(shape(2), 65504, 65504), f16(shape(2), 15, 32)),
        F16, shape(2), 65504, Double.POSITIVE_INFINITY);
  }

  @Test void bf16ArithmeticRoundsToNearestEven() {
    // bf16 spacing at 256 is 2: 257 ties to 256, 259 ties to 260
    assertTensor(op("\"graph.add\"(%a, %b) : (tensor<2xbf16>, tensor<2xbf16>) -> tensor<2xbf16>", bf16(shape(2), 256, 256), bf16(shape(2), 1, 3)),
        BF16, shape(2), 256, 260);
  }

  @Test void f16MatmulAccumulatesInDouble() {
    // 2048 + 1 + 1 = 2050 exactly; summing in f16 would lose each 1 (2049 ties to 2048)
    assertTensor(op("\"graph.matmul\"(%a, %b) : (tensor<1x3xf16>, tensor<3x1xf16>) -> tensor<1x1xf16>", f16(shape(1, 3), 2048, 1, 1), f16(shape(3, 1), 1, 1, 1)),
        F16, shape(1, 1), 2050);
    assertTensor(op("\"graph.reduce_sum\"(%a) {keepdims = false} : (tensor<3xf16>) -> tensor<f16>", f16(shape(3), 2048, 1, 1)), F16, shape(), 2050);
    assertTensor(op("\"graph.conv2d\"(%a, %b) : (tensor<1x3x1x1xf16>, tensor<1x3x1x1xf16>) -> tensor<1x1x1x1xf16>", f16(shape(1, 3, 1, 1), 2048, 1, 1), f16(shape(1, 3, 1, 1), 1, 1, 1)),
        F16, shape(1, 1, 1, 1), 2050);
  }

  @Test void unaryOnHalfRoundsOnce() {
    // sqrt(2) in f16 is 1.4140625 (0x3DA8)
    assertTensor(op("\"graph.sqrt\"(%a) : (tensor<1xf16>) -> tensor<1xf16>", f16(shape(1), 2)), F16, shape(1), 1.4140625);
  }

  @Test void everyGraphOpHasAnImplementation() {
    Interpreter in = new Interpreter(MLContext.withAllDialects());
    for (String op : List.of("constant", "add", "sub", "mul", "div", "max", "min", "pow", "equal", "less", "greater", "where", "relu", "sigmoid", "tanh",
        "exp", "log", "sqrt", "neg", "abs", "erf", "reciprocal", "gelu", "leaky_relu", "clip", "cast", "matmul", "gemm", "conv2d", "max_pool2d",
        "avg_pool2d", "global_avg_pool", "batch_norm", "layer_norm", "softmax", "reduce_sum", "reduce_mean", "reduce_max", "reduce_min", "reshape",
        "flatten", "transpose", "concat", "slice", "pad", "gather", "quantize_linear", "dequantize_linear", "fusion", "yield", "hard_sigmoid",
        "hard_swish", "conv_transpose2d", "resize", "split", "squeeze", "unsqueeze", "depth_to_space", "space_to_depth", "matmul_integer",
        "qlinear_matmul", "qlinear_conv2d", "conv_integer"))
      assertTrue(in.canExecute("graph." + op), "graph." + op);
  }
}
