package dev.mlc.dialect.graph.interp;

import org.junit.jupiter.api.Test;

class PoolTest extends GraphInterpTestBase {
  @Test void maxPoolStrides() {
    // 0..15 as 4x4, 2x2 windows, stride 2
    assertTensor(op("\"graph.max_pool2d\"(%a) {kernel_shape = [2, 2], strides = [2, 2]} : (tensor<1x1x4x4xf32>) -> tensor<1x1x2x2xf32>", iota(1, 1, 4, 4)),
        F32, shape(1, 1, 2, 2), 5, 7, 13, 15);
  }

  @Test void maxPoolIgnoresPadding() {
    // negative inputs: a zero from the padding would win if padding were read
    assertTensor(op("\"graph.max_pool2d\"(%a) {kernel_shape = [2, 2], pads = [1, 1, 1, 1]} : (tensor<1x1x2x2xf32>) -> tensor<1x1x3x3xf32>",
        f32(shape(1, 1, 2, 2), -1, -2, -3, -4)), F32, shape(1, 1, 3, 3), -1, -1, -2, -1, -1, -2, -3, -3, -4);
  }

  @Test void maxPoolDilations() {
    // a 2x2 kernel dilated by 2 on 0..15: taps (0,0),(0,2),(2,0),(2,2)
    assertTensor(op("\"graph.max_pool2d\"(%a) {kernel_shape = [2, 2], dilations = [2, 2]} : (tensor<1x1x4x4xf32>) -> tensor<1x1x2x2xf32>", iota(1, 1, 4, 4)),
        F32, shape(1, 1, 2, 2), 10, 11, 14, 15);
  }

  @Test void maxPoolCeilMode() {
    // 5x5, k 2, s 2: floor mode gives 2x2, ceil mode 3x3 with partial last windows
    assertTensor(op("\"graph.max_pool2d\"(%a) {kernel_shape = [2, 2], strides = [2, 2]} : (tensor<1x1x5x5xf32>) -> tensor<1x1x2x2xf32>", iota(1, 1, 5, 5)),
        F32, shape(1, 1, 2, 2), 6, 8, 16, 18);
    assertTensor(op("\"graph.max_pool2d\"(%a) {kernel_shape = [2, 2], strides = [2, 2], ceil_mode = true} : (tensor<1x1x5x5xf32>) -> tensor<1x1x3x3xf32>", iota(1, 1, 5, 5)),
        F32, shape(1, 1, 3, 3), 6, 8, 9, 16, 18, 19, 21, 23, 24);
  }

  @Test void ceilModeDropsAWindowStartingInTheEndPadding() {
    // 4x4, k 2, s 2, one row/column of end padding: ceil((4 + 1 - 2) / 2) + 1 = 3, but the third
    // window would start at 4, inside the end padding, so it is dropped: 2x2
    assertTensor(op("\"graph.max_pool2d\"(%a) {kernel_shape = [2, 2], strides = [2, 2], pads = [0, 0, 1, 1], ceil_mode = true} : (tensor<1x1x4x4xf32>) -> tensor<1x1x2x2xf32>",
        iota(1, 1, 4, 4)), F32, shape(1, 1, 2, 2), 5, 7, 13, 15);
    assertTensor(op("\"graph.avg_pool2d\"(%a) {kernel_shape = [2, 2], strides = [2, 2], pads = [0, 0, 1, 1], ceil_mode = true} : (tensor<1x1x4x4xf32>) -> tensor<1x1x2x2xf32>",
        iota(1, 1, 4, 4)), F32, shape(1, 1, 2, 2), 2.5, 4.5, 10.5, 12.5);
  }

  @Test void maxPoolOnIntegersAndNaN() {
    assertLongs(op("\"graph.max_pool2d\"(%a) {kernel_shape = [1, 2]} : (tensor<1x1x1x3xi8>) -> tensor<1x1x1x2xi8>", i8(shape(1, 1, 1, 3), -128, -5, 7)),
        I8, shape(1, 1, 1, 2), -5, 7);
    assertTensor(op("\"graph.max_pool2d\"(%a) {kernel_shape = [1, 2]} : (tensor<1x1x1x3xf32>) -> tensor<1x1x1x2xf32>", f32(shape(1, 1, 1, 3), 1, Double.NaN, 2)),
        F32, shape(1, 1, 1, 2), Double.NaN, Double.NaN);
  }

  @Test void avgPoolCountIncludePad() {
    // [[1,2],[3,4]] with one unit of padding all round, 2x2 windows, stride 1
    String type = "(tensor<1x1x2x2xf32>) -> tensor<1x1x3x3xf32>";
    // excluding padding: divide by the number of real elements
    assertTensor(op("\"graph.avg_pool2d\"(%a) {kernel_shape = [2, 2], pads = [1, 1, 1, 1]} : " + type, f32(shape(1, 1, 2, 2), 1, 2, 3, 4)),
        F32, shape(1, 1, 3, 3), 1, 1.5, 2, 2, 2.5, 3, 3, 3.5, 4);
    // including padding: always divide by 4
    assertTensor(op("\"graph.avg_pool2d\"(%a) {kernel_shape = [2, 2], pads = [1, 1, 1, 1], count_include_pad = true} : " + type, f32(shape(1, 1, 2, 2), 1, 2, 3, 4)),
        F32, shape(1, 1, 3, 3), 0.25, 0.75, 0.5, 1, 2.5, 1.5, 0.75, 1.75, 1);
  }

  @Test void avgPoolCeilModeNeverCountsBeyondTheEndPadding() {
    // 1..9 as 3x3, k 2, s 2, ceil mode: the last windows hang over the input's end, where there is
    // no padding; even with count_include_pad those positions do not count (ONNX Runtime)
    String type = "(tensor<1x1x3x3xf32>) -> tensor<1x1x2x2xf32>";
    double[] expect = {(1 + 2 + 4 + 5) / 4.0, (3 + 6) / 2.0, (7 + 8) / 2.0, 9};
    assertTensor(op("\"graph.avg_pool2d\"(%a) {kernel_shape = [2, 2], strides = [2, 2], ceil_mode = true} : " + type, f32(shape(1, 1, 3, 3), 1, 2, 3, 4, 5, 6, 7, 8, 9)),
        F32, shape(1, 1, 2, 2), expect);
    assertTensor(op("\"graph.avg_pool2d\"(%a) {kernel_shape = [2, 2], strides = [2, 2], ceil_mode = true, count_include_pad = true} : " + type,
        f32(shape(1, 1, 3, 3), 1, 2, 3, 4, 5, 6, 7, 8, 9)), F32, shape(1, 1, 2, 2), expect);
    // with an end pad of 1 the padded position counts: windows {3, pad} and {7, pad}... divide by 4
    assertTensor(op("\"graph.avg_pool2d\"(%a) {kernel_shape = [2, 2], strides = [2, 2], pads = [0, 0, 1, 1], count_include_pad = true} : " + type,
        f32(shape(1, 1, 3, 3), 1, 2, 3, 4, 5, 6, 7, 8, 9)), F32, shape(1, 1, 2, 2), 3, 9 / 4.0, 15 / 4.0, 9 / 4.0);
  }

  @Test void avgPoolDilationsAndStrides() {
    // taps (0,0),(0,2),(2,0),(2,2) of 0..15: (0+2+8+10)/4 = 5 and neighbours
    assertTensor(op("\"graph.avg_pool2d\"(%a) {kernel_shape = [2, 2], dilations = [2, 2]} : (tensor<1x1x4x4xf32>) -> tensor<1x1x2x2xf32>", iota(1, 1, 4, 4)),
        F32, shape(1, 1, 2, 2), 5, 6, 9, 10);
  }

  @Test void globalAvgPool() {
    // per channel mean of 0..3 and 4..7, batch of 1
    assertTensor(op("\"graph.global_avg_pool\"(%a) : (tensor<1x2x2x2xf32>) -> tensor<1x2x1x1xf32>", iota(1, 2, 2, 2)), F32, shape(1, 2, 1, 1), 1.5, 5.5);
    assertTensor(op("\"graph.global_avg_pool\"(%a) : (tensor<2x1x3xf32>) -> tensor<2x1x1xf32>", iota(2, 1, 3)), F32, shape(2, 1, 1), 1, 4);
  }
}
