package dev.mlc.dialect.graph.interp;

import org.junit.jupiter.api.Test;

class ConvTest extends GraphInterpTestBase {
  /** x = [[1,2,3],[4,5,6],[7,8,9]]; w = [[1,0],[0,1]]: out[i][j] = x[i][j] + x[i+1][j+1]. */
  static final double[] X = {1, 2, 3, 4, 5, 6, 7, 8, 9}, DIAG = {1, 0, 0, 1};

  @Test void plainAndBias() {
    assertTensor(op("\"graph.conv2d\"(%a, %b) : (tensor<1x1x3x3xf32>, tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32>",
        f32(shape(1, 1, 3, 3), X), f32(shape(1, 1, 2, 2), DIAG)), F32, shape(1, 1, 2, 2), 6, 8, 12, 14);
    assertTensor(op("\"graph.conv2d\"(%a, %b, %c) : (tensor<1x1x3x3xf32>, tensor<1x1x2x2xf32>, tensor<1xf32>) -> tensor<1x1x2x2xf32>",
        f32(shape(1, 1, 3, 3), X), f32(shape(1, 1, 2, 2), DIAG), f32(shape(1), 1)), F32, shape(1, 1, 2, 2), 7, 9, 13, 15);
  }

  @Test void padsAreTopLeftBottomRight() {
    // pads [1,0,0,0]: one zero row on top -> 3x2: [0+2, 0+3], [1+5, 2+6], [4+8, 5+9]
    assertTensor(op("\"graph.conv2d\"(%a, %b) {pads = [1, 0, 0, 0]} : (tensor<1x1x3x3xf32>, tensor<1x1x2x2xf32>) -> tensor<1x1x3x2xf32>",
        f32(shape(1, 1, 3, 3), X), f32(shape(1, 1, 2, 2), DIAG)), F32, shape(1, 1, 3, 2), 2, 3, 6, 8, 12, 14);
    // pads [0,1,0,0]: one zero column on the left -> 2x3: [0+4, 1+5, 2+6], [0+7, 4+8, 5+9]
    assertTensor(op("\"graph.conv2d\"(%a, %b) {pads = array<i64: 0, 1, 0, 0>} : (tensor<1x1x3x3xf32>, tensor<1x1x2x2xf32>) -> tensor<1x1x2x3xf32>",
        f32(shape(1, 1, 3, 3), X), f32(shape(1, 1, 2, 2), DIAG)), F32, shape(1, 1, 2, 3), 4, 6, 8, 7, 12, 14);
    // pads [0,0,1,1]: zeros at the bottom and right -> 3x3, the last row/column see x + 0
    assertTensor(op("\"graph.conv2d\"(%a, %b) {pads = [0, 0, 1, 1]} : (tensor<1x1x3x3xf32>, tensor<1x1x2x2xf32>) -> tensor<1x1x3x3xf32>",
        f32(shape(1, 1, 3, 3), X), f32(shape(1, 1, 2, 2), DIAG)), F32, shape(1, 1, 3, 3), 6, 8, 3, 12, 14, 6, 7, 8, 9);
  }

  @Test void stridesAndDilations() {
    // x = 0..24 (5x5), a 2x2 kernel of ones dilated by 2 taps (0,0),(0,2),(2,0),(2,2); stride 2
    assertTensor(op("\"graph.conv2d\"(%a, %b) {strides = [2, 2], dilations = [2, 2]} : (tensor<1x1x5x5xf32>, tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32>",
        iota(1, 1, 5, 5), f32(shape(1, 1, 2, 2), 1, 1, 1, 1)), F32, shape(1, 1, 2, 2), 0 + 2 + 10 + 12, 2 + 4 + 12 + 14, 10 + 12 + 20 + 22, 12 + 14 + 22 + 24);
    // stride 2 without dilation, the last row/column not reached: floor((5 - 2) / 2) + 1 = 2
    assertTensor(op("\"graph.conv2d\"(%a, %b) {strides = [2, 2]} : (tensor<1x1x5x5xf32>, tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32>",
        iota(1, 1, 5, 5), f32(shape(1, 1, 2, 2), 1, 1, 1, 1)), F32, shape(1, 1, 2, 2), 0 + 1 + 5 + 6, 2 + 3 + 7 + 8, 10 + 11 + 15 + 16, 12 + 13 + 17 + 18);
  }

  @Test void groups() {
    // groups = 2 on 4 channels: out0 = 1*x0 + 1*x1, out1 = 1*x2 - 1*x3
    assertTensor(op("\"graph.conv2d\"(%a, %b) {groups = 2 : i64} : (tensor<1x4x1x1xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x1x1xf32>",
        f32(shape(1, 4, 1, 1), 1, 2, 3, 4), f32(shape(2, 2, 1, 1), 1, 1, 1, -1)), F32, shape(1, 2, 1, 1), 3, -1);
    // depthwise: groups = channels
    assertTensor(op("\"graph.conv2d\"(%a, %b, %c) {groups = 2 : i64} : (tensor<1x2x1x1xf32>, tensor<2x1x1x1xf32>, tensor<2xf32>) -> tensor<1x2x1x1xf32>",
        f32(shape(1, 2, 1, 1), 3, 5), f32(shape(2, 1, 1, 1), 2, 10), f32(shape(2), 0.5, -0.5)), F32, shape(1, 2, 1, 1), 6.5, 49.5);
    // groups = 1 mixes all channels: [1,1]·[3,5] = 8, [1,-1]·[3,5] = -2
    assertTensor(op("\"graph.conv2d\"(%a, %b) : (tensor<1x2x1x1xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x1x1xf32>",
        f32(shape(1, 2, 1, 1), 3, 5), f32(shape(2, 2, 1, 1), 1, 1, 1, -1)), F32, shape(1, 2, 1, 1), 8, -2);
  }

  @Test void batchAndDynamicSpatialDims() {
    // two images, the second the first times 10; the result's ? dimensions are computed
    double[] x2 = new double[18];
    for (int i = 0; i < 9; i++) {
      x2[i] = X[i];
      x2[9 + i] = 10 * X[i];
    }
    assertTensor(op("\"graph.conv2d\"(%a, %b) : (tensor<2x1x?x?xf32>, tensor<1x1x2x2xf32>) -> tensor<2x1x?x?xf32>",
        f32(shape(2, 1, 3, 3), x2), f32(shape(1, 1, 2, 2), DIAG)), F32, shape(2, 1, 2, 2), 6, 8, 12, 14, 60, 80, 120, 140);
  }

  @Test void channelMismatchIsAnError() {
    assertError("do not match", "\"graph.conv2d\"(%a, %b) : (tensor<1x?x1x1xf32>, tensor<1x2x1x1xf32>) -> tensor<1x1x1x1xf32>",
        f32(shape(1, 3, 1, 1), 1, 2, 3), f32(shape(1, 2, 1, 1), 1, 1));
  }

  static final double[] X2 = {1, 2, 3, 4}, ONES = {1, 1, 1, 1};

  @Test void convTransposeStride1And2() {
    // [[1,2],[3,4]] scattered through a 2x2 kernel of ones
    assertTensor(op("\"graph.conv_transpose2d\"(%a, %b) : (tensor<1x1x2x2xf32>, tensor<1x1x2x2xf32>) -> tensor<1x1x3x3xf32>",
        f32(shape(1, 1, 2, 2), X2), f32(shape(1, 1, 2, 2), ONES)), F32, shape(1, 1, 3, 3), 1, 3, 2, 4, 10, 6, 3, 7, 4);
    assertTensor(op("\"graph.conv_transpose2d\"(%a, %b) {strides = [2, 2]} : (tensor<1x1x2x2xf32>, tensor<1x1x2x2xf32>) -> tensor<1x1x4x4xf32>",
        f32(shape(1, 1, 2, 2), X2), f32(shape(1, 1, 2, 2), ONES)), F32, shape(1, 1, 4, 4), 1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 4, 4, 3, 3, 4, 4);
  }

  @Test void convTransposePadsOutputPaddingAndBias() {
    // pads crop the 3x3 full result to its centre
    assertTensor(op("\"graph.conv_transpose2d\"(%a, %b) {pads = [1, 1, 1, 1]} : (tensor<1x1x2x2xf32>, tensor<1x1x2x2xf32>) -> tensor<1x1x1x1xf32>",
        f32(shape(1, 1, 2, 2), X2), f32(shape(1, 1, 2, 2), ONES)), F32, shape(1, 1, 1, 1), 10);
    // pads [1,0,0,0] crop the top row only
    assertTensor(op("\"graph.conv_transpose2d\"(%a, %b) {pads = [1, 0, 0, 0]} : (tensor<1x1x2x2xf32>, tensor<1x1x2x2xf32>) -> tensor<1x1x2x3xf32>",
        f32(shape(1, 1, 2, 2), X2), f32(shape(1, 1, 2, 2), ONES)), F32, shape(1, 1, 2, 3), 4, 10, 6, 3, 7, 4);
    // output_padding adds a row and a column at the end, seeing only the bias
    assertTensor(op("\"graph.conv_transpose2d\"(%a, %b, %c) {strides = [2, 2], output_padding = [1, 1]} : (tensor<1x1x1x1xf32>, tensor<1x1x2x2xf32>, tensor<1xf32>) -> tensor<1x1x3x3xf32>",
        f32(shape(1, 1, 1, 1), 2), f32(shape(1, 1, 2, 2), 1, 2, 3, 4), f32(shape(1), 0.5)), F32, shape(1, 1, 3, 3), 2.5, 4.5, 0.5, 6.5, 8.5, 0.5, 0.5, 0.5, 0.5);
  }

  @Test void convTransposeWeightIsInputChannelsFirstAndGroups() {
    // w is C x M/G x kH x kW: one input channel, two outputs
    assertTensor(op("\"graph.conv_transpose2d\"(%a, %b) : (tensor<1x1x1x1xf32>, tensor<1x2x1x1xf32>) -> tensor<1x2x1x1xf32>",
        f32(shape(1, 1, 1, 1), 2), f32(shape(1, 2, 1, 1), 1, -1)), F32, shape(1, 2, 1, 1), 2, -2);
    assertTensor(op("\"graph.conv_transpose2d\"(%a, %b) {groups = 2 : i64} : (tensor<1x2x1x1xf32>, tensor<2x1x1x1xf32>) -> tensor<1x2x1x1xf32>",
        f32(shape(1, 2, 1, 1), 1, 2), f32(shape(2, 1, 1, 1), 3, 4)), F32, shape(1, 2, 1, 1), 3, 8);
    // without groups the two input channels both feed the single output
    assertTensor(op("\"graph.conv_transpose2d\"(%a, %b) : (tensor<1x2x1x1xf32>, tensor<2x1x1x1xf32>) -> tensor<1x1x1x1xf32>",
        f32(shape(1, 2, 1, 1), 1, 2), f32(shape(2, 1, 1, 1), 3, 4)), F32, shape(1, 1, 1, 1), 11);
  }
}
