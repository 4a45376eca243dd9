package dev.mlc.dialect.graph.interp;

import dev.mlc.ir.interp.Tensor;
import org.junit.jupiter.api.Test;

class ReduceTest extends GraphInterpTestBase {
  static Tensor x() { return f32(shape(2, 3), 1, 2, 3, 4, 5, 6); }

  @Test void sumKeepdimsAndAxes() {
    assertTensor(op("\"graph.reduce_sum\"(%a) {axes = [1]} : (tensor<2x3xf32>) -> tensor<2x1xf32>", x()), F32, shape(2, 1), 6, 15);
    assertTensor(op("\"graph.reduce_sum\"(%a) {axes = [1], keepdims = false} : (tensor<2x3xf32>) -> tensor<2xf32>", x()), F32, shape(2), 6, 15);
    assertTensor(op("\"graph.reduce_sum\"(%a) {axes = array<i64: 0>} : (tensor<2x3xf32>) -> tensor<1x3xf32>", x()), F32, shape(1, 3), 5, 7, 9);
  }

  @Test void absentOrEmptyAxesReduceEverything() {
    assertTensor(op("\"graph.reduce_sum\"(%a) : (tensor<2x3xf32>) -> tensor<1x1xf32>", x()), F32, shape(1, 1), 21);
    assertTensor(op("\"graph.reduce_sum\"(%a) {axes = []} : (tensor<2x3xf32>) -> tensor<1x1xf32>", x()), F32, shape(1, 1), 21);
    assertTensor(op("\"graph.reduce_sum\"(%a) {keepdims = false} : (tensor<2x3xf32>) -> tensor<f32>", x()), F32, shape(), 21);
  }

  @Test void negativeAxesCountFromTheEnd() {
    assertTensor(op("\"graph.reduce_max\"(%a) {axes = [-1]} : (tensor<2x3xf32>) -> tensor<2x1xf32>", x()), F32, shape(2, 1), 3, 6);
    assertTensor(op("\"graph.reduce_min\"(%a) {axes = [-2], keepdims = false} : (tensor<2x3xf32>) -> tensor<3xf32>", x()), F32, shape(3), 1, 2, 3);
    assertTensor(op("\"graph.reduce_mean\"(%a) {axes = [0, -1]} : (tensor<2x3xf32>) -> tensor<1x1xf32>", x()), F32, shape(1, 1), 3.5);
  }

  @Test void meanMaxMin() {
    assertTensor(op("\"graph.reduce_mean\"(%a) {axes = [0]} : (tensor<2x3xf32>) -> tensor<1x3xf32>", x()), F32, shape(1, 3), 2.5, 3.5, 4.5);
    assertTensor(op("\"graph.reduce_max\"(%a) {axes = [1]} : (tensor<2x3xf32>) -> tensor<2x1xf32>", f32(shape(2, 3), -1, -5, -3, 1, Double.NaN, 0)),
        F32, shape(2, 1), -1, Double.NaN);
    assertTensor(op("\"graph.reduce_min\"(%a) {axes = [1]} : (tensor<2x3xf32>) -> tensor<2x1xf32>", f32(shape(2, 3), -1, -5, -3, 1, 2, 0)),
        F32, shape(2, 1), -5, 0);
  }

  @Test void middleAxisOf3d() {
    // 2x2x2 of 0..7, axis 1: [0+2, 1+3, 4+6, 5+7]
    assertTensor(op("\"graph.reduce_sum\"(%a) {axes = [1], keepdims = false} : (tensor<2x2x2xf32>) -> tensor<2x2xf32>", iota(2, 2, 2)), F32, shape(2, 2), 2, 4, 10, 12);
  }

  @Test void integerReductions() {
    // i8 sums wrap; integer means truncate toward zero
    assertLongs(op("\"graph.reduce_sum\"(%a) {keepdims = false} : (tensor<2xi8>) -> tensor<i8>", i8(shape(2), 100, 100)), I8, shape(), 200 - 256);
    assertLongs(op("\"graph.reduce_mean\"(%a) {axes = [1]} : (tensor<2x2xi32>) -> tensor<2x1xi32>", i32(shape(2, 2), 1, 2, -1, -2)), I32, shape(2, 1), 1, -1);
    assertLongs(op("\"graph.reduce_max\"(%a) {axes = [0], keepdims = false} : (tensor<3x1xi64>) -> tensor<1xi64>", i64(shape(3, 1), -7, 3, 2)), I64, shape(1), 3);
  }
}
