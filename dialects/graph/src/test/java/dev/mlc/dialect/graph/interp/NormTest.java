package dev.mlc.dialect.graph.interp;

import org.junit.jupiter.api.Test;

class NormTest extends GraphInterpTestBase {
  static final String BN_TYPE = " : (tensor<1x2x1x2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x1x2xf32>";

  @Test void batchNorm() {
    // c0: scale 1, bias 0, mean 1, var 4 -> (x - 1) / 2; c1: scale 2, bias 1, mean 3, var 0.25 -> 2 (x - 3) / 0.5 + 1
    assertTensor(op("\"graph.batch_norm\"(%a, %b, %c, %d, %e) {epsilon = 0.0 : f32}" + BN_TYPE, f32(shape(1, 2, 1, 2), 1, 2, 3, 4),
        f32(shape(2), 1, 2), f32(shape(2), 0, 1), f32(shape(2), 1, 3), f32(shape(2), 4, 0.25)), F32, shape(1, 2, 1, 2), 0, 0.5, 1, 5);
  }

  @Test void batchNormEpsilonIsInsideTheSquareRoot() {
    // var [0, 0.75] + eps 0.25 -> sqrt = [0.5, 1]; (eps added to the deviation would give 4 and ~1.8 for x=1, 3)
    assertTensor(op("\"graph.batch_norm\"(%a, %b, %c, %d, %e) {epsilon = 0.25 : f32}" + BN_TYPE, f32(shape(1, 2, 1, 2), 1, 2, 3, 4),
        f32(shape(2), 1, 1), f32(shape(2), 0, 0), f32(shape(2), 0, 0), f32(shape(2), 0, 0.75)), F32, shape(1, 2, 1, 2), 2, 4, 3, 4);
    // the default epsilon is 1e-5: 1 / sqrt(1 + 1e-5)
    assertTensor(op("\"graph.batch_norm\"(%a, %b, %c, %d, %e) : (tensor<1x1xf32>, tensor<1xf32>, tensor<1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1xf32>",
        f32(shape(1, 1), 1), f32(shape(1), 1), f32(shape(1), 0), f32(shape(1), 0), f32(shape(1), 1)), F32, shape(1, 1), (float) (1 / Math.sqrt(1.00001)));
  }

  @Test void layerNormLastAxis() {
    // rows [1,3] (mean 2, var 1) and [2,6] (mean 4, var 4) both normalize to [-1, 1]; * [2, 1] + [0.5, 0]
    assertTensor(op("\"graph.layer_norm\"(%a, %b, %c) {epsilon = 0.0 : f32} : (tensor<2x2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<2x2xf32>",
        f32(shape(2, 2), 1, 3, 2, 6), f32(shape(2), 2, 1), f32(shape(2), 0.5, 0)), F32, shape(2, 2), -1.5, 1, -1.5, 1);
  }

  @Test void layerNormEpsilonIsAddedToTheVariance() {
    // [0, 2]: mean 1, var 1; eps 3 -> / sqrt(4) = [-0.5, 0.5] (added to the deviation it would be -0.25)
    assertTensor(op("\"graph.layer_norm\"(%a, %b) {epsilon = 3.0 : f32} : (tensor<1x2xf32>, tensor<2xf32>) -> tensor<1x2xf32>",
        f32(shape(1, 2), 0, 2), f32(shape(2), 1, 1)), F32, shape(1, 2), -0.5, 0.5);
    // default epsilon 1e-5: 1 / sqrt(1 + 1e-5)
    double d = 1 / Math.sqrt(1.00001);
    assertTensor(op("\"graph.layer_norm\"(%a, %b) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>", f32(shape(2), 0, 2), f32(shape(2), 1, 1)),
        F32, shape(2), (float) -d, (float) d);
  }

  @Test void layerNormOverSeveralAxesWithoutBias() {
    // axis 0 of [[1,1],[3,3]]: mean 2, var 1 -> [-1,-1,1,1] * scale [[1,2],[3,4]]
    assertTensor(op("\"graph.layer_norm\"(%a, %b) {axis = 0 : i64, epsilon = 0.0 : f32} : (tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<2x2xf32>",
        f32(shape(2, 2), 1, 1, 3, 3), f32(shape(2, 2), 1, 2, 3, 4)), F32, shape(2, 2), -1, -2, 3, 4);
    // axis -2 on 1x2x2 is the same group of four
    assertTensor(op("\"graph.layer_norm\"(%a, %b) {axis = -2 : i64, epsilon = 0.0 : f32} : (tensor<1x2x2xf32>, tensor<2x2xf32>) -> tensor<1x2x2xf32>",
        f32(shape(1, 2, 2), 1, 1, 3, 3), f32(shape(2, 2), 1, 2, 3, 4)), F32, shape(1, 2, 2), -1, -2, 3, 4);
  }

  @Test void softmaxLastAxis() {
    // [0, ln 3] -> [1/4, 3/4]; [1000, 1000] -> halves without overflow; [-inf, 0] -> [0, 1]
    assertClose(op("\"graph.softmax\"(%a) : (tensor<3x2xf32>) -> tensor<3x2xf32>", f32(shape(3, 2), 0, Math.log(3), 1000, 1000, Double.NEGATIVE_INFINITY, 0)),
        F32, shape(3, 2), 1e-7, 0.25, 0.75, 0.5, 0.5, 0, 1);
  }

  @Test void softmaxOtherAxis() {
    // axis 0 of [[0, 0], [ln 3, 0]]: column 0 -> [1/4, 3/4], column 1 -> [1/2, 1/2]
    assertClose(op("\"graph.softmax\"(%a) {axis = 0 : i64} : (tensor<2x2xf32>) -> tensor<2x2xf32>", f32(shape(2, 2), 0, 0, Math.log(3), 0)),
        F32, shape(2, 2), 1e-7, 0.25, 0.5, 0.75, 0.5);
    assertClose(op("\"graph.softmax\"(%a) {axis = -2 : i64} : (tensor<2x2xf32>) -> tensor<2x2xf32>", f32(shape(2, 2), 0, 0, Math.log(3), 0)),
        F32, shape(2, 2), 1e-7, 0.25, 0.5, 0.75, 0.5);
  }
}
