package dev.mlc.dialect.graph.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mlc.ir.interp.Tensor;
import org.junit.jupiter.api.Test;

class ElementwiseTest extends GraphInterpTestBase {
  static final double NAN = Double.NaN, INF = Double.POSITIVE_INFINITY;

  @Test void addBroadcastsTrailingDimensions() {
    Tensor r = op("\"graph.add\"(%a, %b) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>",
        f32(shape(2, 3), 1, 2, 3, 4, 5, 6), f32(shape(3), 10, 20, 30));
    assertTensor(r, F32, shape(2, 3), 11, 22, 33, 14, 25, 36);
  }

  @Test void addBroadcastsBothWays() {
    // [[1], [2]] + [[10, 20, 30]] -> [[11, 21, 31], [12, 22, 32]]
    Tensor r = op("\"graph.add\"(%a, %b) : (tensor<2x1xf32>, tensor<1x3xf32>) -> tensor<2x3xf32>",
        f32(shape(2, 1), 1, 2), f32(shape(1, 3), 10, 20, 30));
    assertTensor(r, F32, shape(2, 3), 11, 21, 31, 12, 22, 32);
  }

  @Test void broadcastAgainstScalarTensor() {
    Tensor r = op("\"graph.mul\"(%a, %b) : (tensor<f32>, tensor<2x2xf32>) -> tensor<2x2xf32>",
        f32(shape(), 3), f32(shape(2, 2), 1, 2, 3, 4));
    assertTensor(r, F32, shape(2, 2), 3, 6, 9, 12);
  }

  @Test void dynamicResultDimensionIsComputed() {
    Tensor r = op("\"graph.sub\"(%a, %b) : (tensor<?x2xf32>, tensor<2xf32>) -> tensor<?x2xf32>",
        f32(shape(3, 2), 1, 2, 3, 4, 5, 6), f32(shape(2), 1, 1));
    assertTensor(r, F32, shape(3, 2), 0, 1, 2, 3, 4, 5);
  }

  @Test void incompatibleShapesAreAnError() {
    assertError("do not broadcast", "\"graph.add\"(%a, %b) : (tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>",
        f32(shape(2), 1, 2), f32(shape(3), 1, 2, 3));
  }

  @Test void floatDivisionFollowsIeee() {
    Tensor r = op("\"graph.div\"(%a, %b) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>",
        f32(shape(4), 1, -1, 0, 1), f32(shape(4), 0, 0, 0, 3));
    assertTensor(r, F32, shape(4), INF, -INF, NAN, (float) (1.0 / 3));
  }

  @Test void integerDivisionTruncatesTowardZero() {
    Tensor r = op("\"graph.div\"(%a, %b) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>",
        i32(shape(4), 7, -7, 7, -7), i32(shape(4), 2, 2, -2, -2));
    assertLongs(r, I32, shape(4), 3, -3, -3, 3);
  }

  @Test void integerDivisionByZeroIsAnError() {
    assertError("integer division by zero", "\"graph.div\"(%a, %b) : (tensor<2xi64>, tensor<2xi64>) -> tensor<2xi64>",
        i64(shape(2), 1, 2), i64(shape(2), 1, 0));
  }

  @Test void integerArithmeticWraps() {
    Tensor r = op("\"graph.add\"(%a, %b) : (tensor<2xi8>, tensor<2xi8>) -> tensor<2xi8>", i8(shape(2), 127, -128), i8(shape(2), 1, -1));
    assertLongs(r, I8, shape(2), -128, 127);
    Tensor m = op("\"graph.mul\"(%a, %b) : (tensor<1xui8>, tensor<1xui8>) -> tensor<1xui8>", ui8(shape(1), 16), ui8(shape(1), 17));
    assertLongs(m, UI8, shape(1), 272 - 256);
  }

  @Test void maxAndMinPropagateNaN() {
    Tensor a = f32(shape(3), 1, NAN, -2), b = f32(shape(3), 2, 0, -3);
    assertTensor(op("\"graph.max\"(%a, %b) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>", a, b), F32, shape(3), 2, NAN, -2);
    assertTensor(op("\"graph.min\"(%a, %b) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>", a, b), F32, shape(3), 1, NAN, -3);
    assertLongs(op("\"graph.max\"(%a, %b) : (tensor<2xi32>, tensor<1xi32>) -> tensor<2xi32>", i32(shape(2), -5, 5), i32(shape(1), 0)), I32, shape(2), 0, 5);
  }

  @Test void pow() {
    Tensor r = op("\"graph.pow\"(%a, %b) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>",
        f32(shape(4), 2, 4, -8, 0), f32(shape(4), 3, 0.5, 0.5, 0));
    assertTensor(r, F32, shape(4), 8, 2, NAN, 1);
    // integer pow: 2^10, 3^-1 = 0.333... -> 0 (converted back as ONNX Runtime does)
    Tensor i = op("\"graph.pow\"(%a, %b) : (tensor<2xi64>, tensor<2xi64>) -> tensor<2xi64>", i64(shape(2), 2, 3), i64(shape(2), 10, -1));
    assertLongs(i, I64, shape(2), 1024, 0);
    // a float base with an integer exponent (ONNX allows different types)
    Tensor m = op("\"graph.pow\"(%a, %b) : (tensor<2xf32>, tensor<i64>) -> tensor<2xf32>", f32(shape(2), 1.5, -2), i64(shape(), 2));
    assertTensor(m, F32, shape(2), 2.25, 4);
  }

  @Test void comparesBroadcastAndNaNIsFalse() {
    Tensor a = f32(shape(2, 2), 1, 2, NAN, 4), b = f32(shape(2), 2, 2);
    assertLongs(op("\"graph.equal\"(%a, %b) : (tensor<2x2xf32>, tensor<2xf32>) -> tensor<2x2xi1>", a, b), I1, shape(2, 2), 0, 1, 0, 0);
    assertLongs(op("\"graph.less\"(%a, %b) : (tensor<2x2xf32>, tensor<2xf32>) -> tensor<2x2xi1>", a, b), I1, shape(2, 2), 1, 0, 0, 0);
    assertLongs(op("\"graph.greater\"(%a, %b) : (tensor<2x2xf32>, tensor<2xf32>) -> tensor<2x2xi1>", a, b), I1, shape(2, 2), 0, 0, 0, 1);
  }

  @Test void integerCompares() {
    Tensor a = i64(shape(3), -1, 0, 5), b = i64(shape(1), 0);
    assertLongs(op("\"graph.less\"(%a, %b) : (tensor<3xi64>, tensor<1xi64>) -> tensor<3xi1>", a, b), I1, shape(3), 1, 0, 0);
    assertLongs(op("\"graph.equal\"(%a, %b) : (tensor<3xi64>, tensor<1xi64>) -> tensor<3xi1>", a, b), I1, shape(3), 0, 1, 0);
    // ui8 200 is greater than 100 (unsigned, not -56)
    assertLongs(op("\"graph.greater\"(%a, %b) : (tensor<1xui8>, tensor<1xui8>) -> tensor<1xi1>", ui8(shape(1), 200), ui8(shape(1), 100)), I1, shape(1), 1);
  }

  @Test void whereBroadcastsAllThree() {
    // cond [[1], [0]] picks a row of x or the scalar-like y
    Tensor r = op("\"graph.where\"(%a, %b, %c) : (tensor<2x1xi1>, tensor<2x2xf32>, tensor<1xf32>) -> tensor<2x2xf32>",
        i1(shape(2, 1), 1, 0), f32(shape(2, 2), 1, 2, 3, 4), f32(shape(1), -1));
    assertTensor(r, F32, shape(2, 2), 1, 2, -1, -1);
    Tensor i = op("\"graph.where\"(%a, %b, %c) : (tensor<3xi1>, tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>",
        i1(shape(3), 0, 1, 0), i32(shape(3), 1, 2, 3), i32(shape(3), 4, 5, 6));
    assertLongs(i, I32, shape(3), 4, 2, 6);
  }

  private static Tensor unary(String name, Tensor x) {
    return op("\"graph." + name + "\"(%a) : (tensor<" + x.size() + "xf32>) -> tensor<" + x.size() + "xf32>", x);
  }

  @Test void unaryOps() {
    assertTensor(unary("relu", f32(shape(4), -1, 0, 2, NAN)), F32, shape(4), 0, 0, 2, NAN);
    assertTensor(unary("sigmoid", f32(shape(3), 0, 1, -1000)), F32, shape(3), 0.5, (float) (1 / (1 + Math.exp(-1))), 0);
    assertTensor(unary("tanh", f32(shape(2), 0, 1)), F32, shape(2), 0, (float) Math.tanh(1));
    assertTensor(unary("exp", f32(shape(3), 0, 1, -INF)), F32, shape(3), 1, (float) Math.E, 0);
    assertTensor(unary("log", f32(shape(4), 1, 0, -1, 0.5)), F32, shape(4), 0, -INF, NAN, (float) -Math.log(2));
    assertTensor(unary("sqrt", f32(shape(3), 4, -1, 2)), F32, shape(3), 2, NAN, (float) Math.sqrt(2));
    assertTensor(unary("neg", f32(shape(2), 1.5, 0)), F32, shape(2), -1.5, -0.0);
    assertTensor(unary("abs", f32(shape(3), -1.5, 2, -INF)), F32, shape(3), 1.5, 2, INF);
    assertTensor(unary("reciprocal", f32(shape(3), 4, 0, -0.5)), F32, shape(3), 0.25, INF, -2);
  }

  @Test void erf() {
    // erf(0.5) = 0.5204998778..., erf(-1) = -0.8427007929..., erf(3) = 0.9999779095..., erf(10) = 1
    assertTensor(unary("erf", f32(shape(5), 0, 0.5, -1, 3, 10)), F32, shape(5),
        0, (float) 0.5204998778130465, (float) -0.8427007929497149, (float) 0.9999779095030014, 1);
  }

  @Test void integerNegAbsReluWrap() {
    assertLongs(op("\"graph.neg\"(%a) : (tensor<2xi8>) -> tensor<2xi8>", i8(shape(2), 5, -128)), I8, shape(2), -5, -128);
    assertLongs(op("\"graph.abs\"(%a) : (tensor<2xi32>) -> tensor<2xi32>", i32(shape(2), -7, 7)), I32, shape(2), 7, 7);
    assertLongs(op("\"graph.relu\"(%a) : (tensor<2xi32>) -> tensor<2xi32>", i32(shape(2), -7, 7)), I32, shape(2), 0, 7);
  }

  @Test void geluExactAndTanh() {
    // 0.5 x (1 + erf(x / sqrt 2)): x = 1 -> 0.8413447460, x = -1 -> -0.1586552539
    assertTensor(op("\"graph.gelu\"(%a) : (tensor<3xf32>) -> tensor<3xf32>", f32(shape(3), 1, -1, 0)), F32, shape(3),
        (float) 0.8413447460685429, (float) -0.15865525393145707, 0);
    // tanh form: 0.5 (1 + tanh(sqrt(2/pi) * 1.044715)) = 0.8411920...
    double t = 0.5 * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * 1.044715));
    assertTensor(op("\"graph.gelu\"(%a) {approximate = \"tanh\"} : (tensor<2xf32>) -> tensor<2xf32>", f32(shape(2), 1, 0)), F32, shape(2), (float) t, 0);
    assertEquals((float) 0.84119201, (float) t, 1e-7);
  }

  @Test void leakyRelu() {
    assertTensor(op("\"graph.leaky_relu\"(%a) : (tensor<3xf32>) -> tensor<3xf32>", f32(shape(3), -2, 0, 3)), F32, shape(3), (float) -0.02, 0, 3);
    assertTensor(op("\"graph.leaky_relu\"(%a) {alpha = 0.5 : f32} : (tensor<2xf32>) -> tensor<2xf32>", f32(shape(2), -2, 3)), F32, shape(2), -1, 3);
  }

  @Test void hardSigmoidAndHardSwish() {
    // max(0, min(1, 0.2 x + 0.5))
    assertTensor(op("\"graph.hard_sigmoid\"(%a) : (tensor<4xf32>) -> tensor<4xf32>", f32(shape(4), -3, 0, 1, 3)), F32, shape(4), 0, 0.5, (float) 0.7, 1);
    assertTensor(op("\"graph.hard_sigmoid\"(%a) {alpha = 0.5 : f32, beta = 0.0 : f32} : (tensor<2xf32>) -> tensor<2xf32>", f32(shape(2), 1, 4)), F32, shape(2), 0.5, 1);
    // x * max(0, min(1, x/6 + 0.5)): -4 -> -4 * 0 = -0, 1 -> 1 * 2/3, 4 -> 4
    assertTensor(op("\"graph.hard_swish\"(%a) : (tensor<4xf32>) -> tensor<4xf32>", f32(shape(4), -4, 0, 1, 4)), F32, shape(4), -0.0, 0, (float) (2.0 / 3), 4);
  }

  @Test void clipWithEitherBound() {
    Tensor x = f32(shape(5), -2, 0.5, 3, 7, NAN);
    assertTensor(op("\"graph.clip\"(%a) {min = 0.0 : f32, max = 6.0 : f32} : (tensor<5xf32>) -> tensor<5xf32>", x), F32, shape(5), 0, 0.5, 3, 6, NAN);
    assertTensor(op("\"graph.clip\"(%a) {min = 1.0 : f32} : (tensor<5xf32>) -> tensor<5xf32>", x), F32, shape(5), 1, 1, 3, 7, NAN);
    assertTensor(op("\"graph.clip\"(%a) {max = 1.0 : f32} : (tensor<5xf32>) -> tensor<5xf32>", x), F32, shape(5), -2, 0.5, 1, 1, NAN);
    assertTensor(op("\"graph.clip\"(%a) : (tensor<5xf32>) -> tensor<5xf32>", x), F32, shape(5), -2, 0.5, 3, 7, NAN);
    assertLongs(op("\"graph.clip\"(%a) {min = -1.0 : f32, max = 1.0 : f32} : (tensor<3xi32>) -> tensor<3xi32>", i32(shape(3), -5, 0, 5)), I32, shape(3), -1, 0, 1);
  }

  @Test void castFloatToIntTruncatesAndSaturates() {
    Tensor x = f32(shape(6), 1.9, -1.9, 300, -300, NAN, INF);
    assertLongs(op("\"graph.cast\"(%a) : (tensor<6xf32>) -> tensor<6xi8>", x), I8, shape(6), 1, -1, 127, -128, 0, 127);
    assertLongs(op("\"graph.cast\"(%a) : (tensor<6xf32>) -> tensor<6xui8>", x), UI8, shape(6), 1, 0, 255, 0, 0, 255);
    assertLongs(op("\"graph.cast\"(%a) : (tensor<2xf32>) -> tensor<2xi64>", f32(shape(2), 1e20, -2.5)), I64, shape(2), Long.MAX_VALUE, -2);
  }

  @Test void castToHalfRoundsToNearestEven() {
    double ulp16 = Math.scalb(1.0, -10), ulpBf = Math.scalb(1.0, -7);
    // f16: 1 + ulp/2 ties to 1 (even), 1 + 3 ulp/2 ties to 1 + 2 ulp (even), 65520 overflows to inf
    Tensor h = op("\"graph.cast\"(%a) : (tensor<4xf32>) -> tensor<4xf16>", f32(shape(4), 1 + ulp16 / 2, 1 + 3 * ulp16 / 2, 65520, 1 + ulp16 * 0.75));
    assertTensor(h, F16, shape(4), 1, 1 + 2 * ulp16, INF, 1 + ulp16);
    Tensor b = op("\"graph.cast\"(%a) : (tensor<2xf32>) -> tensor<2xbf16>", f32(shape(2), 1 + ulpBf / 2, 1 + 3 * ulpBf / 2));
    assertTensor(b, BF16, shape(2), 1, 1 + 2 * ulpBf);
  }

  @Test void castToBoolAndBetweenIntegers() {
    // float -> i1: +/-0 false, everything else (NaN too) true, as ONNX
    assertLongs(op("\"graph.cast\"(%a) : (tensor<4xf32>) -> tensor<4xi1>", f32(shape(4), 0, -0.0, 0.25, NAN)), I1, shape(4), 0, 0, 1, 1);
    assertLongs(op("\"graph.cast\"(%a) : (tensor<3xi64>) -> tensor<3xi1>", i64(shape(3), 0, 2, -1)), I1, shape(3), 0, 1, 1);
    // integer narrowing wraps: 300 -> 44, -129 -> 127
    assertLongs(op("\"graph.cast\"(%a) : (tensor<2xi64>) -> tensor<2xi8>", i64(shape(2), 300, -129)), I8, shape(2), 44, 127);
    assertLongs(op("\"graph.cast\"(%a) : (tensor<2xi8>) -> tensor<2xui8>", i8(shape(2), -1, 5)), UI8, shape(2), 255, 5);
    assertTensor(op("\"graph.cast\"(%a) : (tensor<2xui8>) -> tensor<2xf32>", ui8(shape(2), 255, 0)), F32, shape(2), 255, 0);
    assertTensor(op("\"graph.cast\"(%a) : (tensor<2xi1>) -> tensor<2xf32>", i1(shape(2), 1, 0)), F32, shape(2), 1, 0);
    // 2^24 + 1 is not an f32: rounds to even 2^24
    assertTensor(op("\"graph.cast\"(%a) : (tensor<1xi32>) -> tensor<1xf32>", i32(shape(1), 16777217)), F32, shape(1), 16777216);
  }
}
