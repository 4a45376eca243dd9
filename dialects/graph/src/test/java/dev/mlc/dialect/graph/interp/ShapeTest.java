package dev.mlc.dialect.graph.interp;

import org.junit.jupiter.api.Test;

class ShapeTest extends GraphInterpTestBase {
  @Test void reshapeKeepsRowMajorOrder() {
    assertTensor(op("\"graph.reshape\"(%a) : (tensor<2x3xf32>) -> tensor<3x2xf32>", iota(2, 3)), F32, shape(3, 2), 0, 1, 2, 3, 4, 5);
    // a ? dimension is inferred from the element count
    assertTensor(op("\"graph.reshape\"(%a) : (tensor<2x3xf32>) -> tensor<?x2xf32>", iota(2, 3)), F32, shape(3, 2), 0, 1, 2, 3, 4, 5);
    assertLongs(op("\"graph.reshape\"(%a) : (tensor<2x2xi64>) -> tensor<4xi64>", i64(shape(2, 2), 1, 2, 3, 4)), I64, shape(4), 1, 2, 3, 4);
  }

  @Test void flatten() {
    assertTensor(op("\"graph.flatten\"(%a) : (tensor<2x3x2xf32>) -> tensor<2x6xf32>", iota(2, 3, 2)), F32, shape(2, 6), 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    assertTensor(op("\"graph.flatten\"(%a) {axis = 0 : i64} : (tensor<2x3xf32>) -> tensor<1x6xf32>", iota(2, 3)), F32, shape(1, 6), 0, 1, 2, 3, 4, 5);
    assertTensor(op("\"graph.flatten\"(%a) {axis = -1 : i64} : (tensor<2x3x2xf32>) -> tensor<6x2xf32>", iota(2, 3, 2)), F32, shape(6, 2), 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    assertTensor(op("\"graph.flatten\"(%a) {axis = 2 : i64} : (tensor<2x3xf32>) -> tensor<6x1xf32>", iota(2, 3)), F32, shape(6, 1), 0, 1, 2, 3, 4, 5);
  }

  @Test void squeezeAndUnsqueeze() {
    assertTensor(op("\"graph.squeeze\"(%a) : (tensor<1x3x1xf32>) -> tensor<3xf32>", iota(1, 3, 1)), F32, shape(3), 0, 1, 2);
    assertTensor(op("\"graph.squeeze\"(%a) {axes = [0]} : (tensor<1x3x1xf32>) -> tensor<3x1xf32>", iota(1, 3, 1)), F32, shape(3, 1), 0, 1, 2);
    assertTensor(op("\"graph.squeeze\"(%a) {axes = [-1]} : (tensor<1x3x1xf32>) -> tensor<1x3xf32>", iota(1, 3, 1)), F32, shape(1, 3), 0, 1, 2);
    assertError("cannot squeeze", "\"graph.squeeze\"(%a) {axes = [1]} : (tensor<1x?x1xf32>) -> tensor<1x1xf32>", iota(1, 3, 1));
    // unsqueeze axes count in the result's rank
    assertTensor(op("\"graph.unsqueeze\"(%a) {axes = [0, 2]} : (tensor<3xf32>) -> tensor<1x3x1xf32>", iota(3)), F32, shape(1, 3, 1), 0, 1, 2);
    assertTensor(op("\"graph.unsqueeze\"(%a) {axes = [-1]} : (tensor<3xf32>) -> tensor<3x1xf32>", iota(3)), F32, shape(3, 1), 0, 1, 2);
  }

  @Test void transpose() {
    // default: reversed dimensions
    assertTensor(op("\"graph.transpose\"(%a) : (tensor<2x3xf32>) -> tensor<3x2xf32>", iota(2, 3)), F32, shape(3, 2), 0, 3, 1, 4, 2, 5);
    assertTensor(op("\"graph.transpose\"(%a) : (tensor<2x1x3xf32>) -> tensor<3x1x2xf32>", iota(2, 1, 3)), F32, shape(3, 1, 2), 0, 3, 1, 4, 2, 5);
    // perm [1, 0, 2] swaps the outer two of 2x2x2
    assertTensor(op("\"graph.transpose\"(%a) {perm = [1, 0, 2]} : (tensor<2x2x2xf32>) -> tensor<2x2x2xf32>", iota(2, 2, 2)), F32, shape(2, 2, 2), 0, 1, 4, 5, 2, 3, 6, 7);
    // perm [2, 0, 1] on 2x3x4: result[k][i][j] = x[i][j][k]
    var r = op("\"graph.transpose\"(%a) {perm = array<i64: 2, 0, 1>} : (tensor<2x3x4xf32>) -> tensor<4x2x3xf32>", iota(2, 3, 4));
    assertTensor(r, F32, shape(4, 2, 3), 0, 4, 8, 12, 16, 20, 1, 5, 9, 13, 17, 21, 2, 6, 10, 14, 18, 22, 3, 7, 11, 15, 19, 23);
  }

  @Test void concat() {
    assertTensor(op("\"graph.concat\"(%a, %b) {axis = 0 : i64} : (tensor<1x2xf32>, tensor<2x2xf32>) -> tensor<3x2xf32>", f32(shape(1, 2), 1, 2), f32(shape(2, 2), 3, 4, 5, 6)),
        F32, shape(3, 2), 1, 2, 3, 4, 5, 6);
    assertTensor(op("\"graph.concat\"(%a, %b) {axis = -1 : i64} : (tensor<2x1xf32>, tensor<2x2xf32>) -> tensor<2x3xf32>", f32(shape(2, 1), 1, 2), f32(shape(2, 2), 3, 4, 5, 6)),
        F32, shape(2, 3), 1, 3, 4, 2, 5, 6);
    assertLongs(op("\"graph.concat\"(%a, %b, %c) {axis = 0 : i64} : (tensor<1xi64>, tensor<0xi64>, tensor<2xi64>) -> tensor<3xi64>", i64(shape(1), 7), i64(shape(0)), i64(shape(2), 8, 9)),
        I64, shape(3), 7, 8, 9);
    assertTensor(op("\"graph.concat\"(%a) {axis = 1 : i64} : (tensor<1x2xf32>) -> tensor<1x2xf32>", f32(shape(1, 2), 1, 2)), F32, shape(1, 2), 1, 2);
  }

  @Test void splitBySizesOrEqualParts() {
    Object[] r = opN("\"graph.split\"(%a) {axis = 0 : i64, split = [2, 3]} : (tensor<5xf32>) -> (tensor<2xf32>, tensor<3xf32>)", iota(5));
    assertTensor((dev.mlc.ir.interp.Tensor) r[0], F32, shape(2), 0, 1);
    assertTensor((dev.mlc.ir.interp.Tensor) r[1], F32, shape(3), 2, 3, 4);
    r = opN("\"graph.split\"(%a) {split = [4, 1]} : (tensor<5xf32>) -> (tensor<?xf32>, tensor<?xf32>)", iota(5));
    assertTensor((dev.mlc.ir.interp.Tensor) r[0], F32, shape(4), 0, 1, 2, 3);
    assertTensor((dev.mlc.ir.interp.Tensor) r[1], F32, shape(1), 4);
    // no split: ceil(5 / 2) = 3, then the rest
    r = opN("\"graph.split\"(%a) : (tensor<5xf32>) -> (tensor<3xf32>, tensor<2xf32>)", iota(5));
    assertTensor((dev.mlc.ir.interp.Tensor) r[0], F32, shape(3), 0, 1, 2);
    assertTensor((dev.mlc.ir.interp.Tensor) r[1], F32, shape(2), 3, 4);
    r = opN("\"graph.split\"(%a) {axis = -1 : i64} : (tensor<2x4xf32>) -> (tensor<2x2xf32>, tensor<2x2xf32>)", iota(2, 4));
    assertTensor((dev.mlc.ir.interp.Tensor) r[0], F32, shape(2, 2), 0, 1, 4, 5);
    assertTensor((dev.mlc.ir.interp.Tensor) r[1], F32, shape(2, 2), 2, 3, 6, 7);
  }

  @Test void sliceBasicsAndClamping() {
    assertTensor(op("\"graph.slice\"(%a) {starts = [2], ends = [5]} : (tensor<10xf32>) -> tensor<3xf32>", iota(10)), F32, shape(3), 2, 3, 4);
    // negative start counts from the end; an end past the dimension clamps to it
    assertTensor(op("\"graph.slice\"(%a) {starts = [-3], ends = [100]} : (tensor<10xf32>) -> tensor<3xf32>", iota(10)), F32, shape(3), 7, 8, 9);
    assertTensor(op("\"graph.slice\"(%a) {starts = [-100], ends = [9223372036854775807]} : (tensor<4xf32>) -> tensor<4xf32>", iota(4)), F32, shape(4), 0, 1, 2, 3);
    // start after end with a positive step: empty
    assertTensor(op("\"graph.slice\"(%a) {starts = [5], ends = [2]} : (tensor<10xf32>) -> tensor<0xf32>", iota(10)), F32, shape(0));
    // steps > 1: ceil((9 - 1) / 3) = 3 elements
    assertTensor(op("\"graph.slice\"(%a) {starts = [1], ends = [9], steps = [3]} : (tensor<10xf32>) -> tensor<3xf32>", iota(10)), F32, shape(3), 1, 4, 7);
  }

  @Test void sliceNegativeSteps() {
    assertTensor(op("\"graph.slice\"(%a) {starts = [8], ends = [2], steps = [-2]} : (tensor<10xf32>) -> tensor<3xf32>", iota(10)), F32, shape(3), 8, 6, 4);
    // reversing all: end -1000 (+10 = -990) clamps to -1, i.e. before the first element
    assertTensor(op("\"graph.slice\"(%a) {starts = [-1], ends = [-1000], steps = [-1]} : (tensor<4xf32>) -> tensor<4xf32>", iota(4)), F32, shape(4), 3, 2, 1, 0);
    assertTensor(op("\"graph.slice\"(%a) {starts = [-1], ends = [-9223372036854775808], steps = [-1]} : (tensor<3xf32>) -> tensor<3xf32>", iota(3)), F32, shape(3), 2, 1, 0);
    // a start past the end clamps to dim - 1 when stepping backwards
    assertTensor(op("\"graph.slice\"(%a) {starts = [100], ends = [0], steps = [-3]} : (tensor<10xf32>) -> tensor<3xf32>", iota(10)), F32, shape(3), 9, 6, 3);
  }

  @Test void sliceAxes() {
    // 3x4 of 0..11: columns 1..2 (axis 1, also as -1)
    assertTensor(op("\"graph.slice\"(%a) {starts = [1], ends = [3], axes = [1]} : (tensor<3x4xf32>) -> tensor<3x2xf32>", iota(3, 4)), F32, shape(3, 2), 1, 2, 5, 6, 9, 10);
    assertTensor(op("\"graph.slice\"(%a) {starts = [1], ends = [3], axes = [-1]} : (tensor<3x4xf32>) -> tensor<3x2xf32>", iota(3, 4)), F32, shape(3, 2), 1, 2, 5, 6, 9, 10);
    // rows 0, 2 and columns 3, 1
    assertTensor(op("\"graph.slice\"(%a) {starts = [0, 3], ends = [3, 0], axes = [0, 1], steps = [2, -2]} : (tensor<3x4xf32>) -> tensor<2x2xf32>", iota(3, 4)),
        F32, shape(2, 2), 3, 1, 11, 9);
    // axes in another order than the data's
    assertTensor(op("\"graph.slice\"(%a) {starts = [2, 1], ends = [4, 2], axes = [1, 0]} : (tensor<3x4xf32>) -> tensor<1x2xf32>", iota(3, 4)), F32, shape(1, 2), 6, 7);
  }

  @Test void padOnnxOrderBeginsThenEnds() {
    // pads [1, 0, 0, 1]: one row before (dim 0 begin), one column after (dim 1 end)
    assertTensor(op("\"graph.pad\"(%a) {pads = [1, 0, 0, 1]} : (tensor<2x2xf32>) -> tensor<3x3xf32>", f32(shape(2, 2), 1, 2, 3, 4)),
        F32, shape(3, 3), 0, 0, 0, 1, 2, 0, 3, 4, 0);
    assertTensor(op("\"graph.pad\"(%a) {pads = [0, 1, 0, 0], value = 9.5 : f32} : (tensor<2x2xf32>) -> tensor<2x3xf32>", f32(shape(2, 2), 1, 2, 3, 4)),
        F32, shape(2, 3), 9.5, 1, 2, 9.5, 3, 4);
    assertLongs(op("\"graph.pad\"(%a) {pads = [1, 1], value = 7.0 : f32} : (tensor<1xi32>) -> tensor<3xi32>", i32(shape(1), 5)), I32, shape(3), 7, 5, 7);
  }

  @Test void padNegativeValuesCrop() {
    assertTensor(op("\"graph.pad\"(%a) {pads = [0, -1, 0, 0]} : (tensor<2x2xf32>) -> tensor<2x1xf32>", f32(shape(2, 2), 1, 2, 3, 4)), F32, shape(2, 1), 2, 4);
    // drop the first row, add a column before
    assertTensor(op("\"graph.pad\"(%a) {pads = [-1, 1, 0, 0]} : (tensor<2x2xf32>) -> tensor<1x3xf32>", f32(shape(2, 2), 1, 2, 3, 4)), F32, shape(1, 3), 0, 3, 4);
  }

  @Test void gatherNegativeIndices() {
    // data [[1,2],[3,4],[5,6]]: rows 2 and -3 (= 0)
    assertTensor(op("\"graph.gather\"(%a, %b) : (tensor<3x2xf32>, tensor<2xi64>) -> tensor<2x2xf32>", f32(shape(3, 2), 1, 2, 3, 4, 5, 6), i64(shape(2), 2, -3)),
        F32, shape(2, 2), 5, 6, 1, 2);
    // axis 1, i32 index -1 = the last column
    assertTensor(op("\"graph.gather\"(%a, %b) {axis = 1 : i64} : (tensor<3x2xf32>, tensor<1xi32>) -> tensor<3x1xf32>", f32(shape(3, 2), 1, 2, 3, 4, 5, 6), i32(shape(1), -1)),
        F32, shape(3, 1), 2, 4, 6);
  }

  @Test void gatherIndexShapes() {
    // 2-D indices: result data[:0] ++ [2, 2] ++ data[1:]
    assertTensor(op("\"graph.gather\"(%a, %b) : (tensor<3x2xf32>, tensor<2x2xi64>) -> tensor<2x2x2xf32>", f32(shape(3, 2), 1, 2, 3, 4, 5, 6), i64(shape(2, 2), 0, 1, 1, 2)),
        F32, shape(2, 2, 2), 1, 2, 3, 4, 3, 4, 5, 6);
    // a scalar index removes the axis
    assertTensor(op("\"graph.gather\"(%a, %b) : (tensor<3x2xf32>, tensor<i64>) -> tensor<2xf32>", f32(shape(3, 2), 1, 2, 3, 4, 5, 6), i64(shape(), 1)), F32, shape(2), 3, 4);
    assertLongs(op("\"graph.gather\"(%a, %b) {axis = -1 : i64} : (tensor<2x3xi32>, tensor<2xi64>) -> tensor<2x2xi32>", i32(shape(2, 3), 1, 2, 3, 4, 5, 6), i64(shape(2), 2, 0)),
        I32, shape(2, 2), 3, 1, 6, 4);
  }

  @Test void gatherOutOfRangeIsAnError() {
    String g = "\"graph.gather\"(%a, %b) : (tensor<3xf32>, tensor<1xi64>) -> tensor<1xf32>";
    assertError("gather index 3 is out of range", g, iota(3), i64(shape(1), 3));
    assertError("gather index -4 is out of range", g, iota(3), i64(shape(1), -4));
  }

  @Test void depthToSpaceModes() {
    // 8 channels of one pixel, blocksize 2 -> 2 channels of 2x2
    String t = " : (tensor<1x8x1x1xf32>) -> tensor<1x2x2x2xf32>";
    assertTensor(op("\"graph.depth_to_space\"(%a) {blocksize = 2 : i64}" + t, iota(1, 8, 1, 1)), F32, shape(1, 2, 2, 2), 0, 2, 4, 6, 1, 3, 5, 7);
    assertTensor(op("\"graph.depth_to_space\"(%a) {blocksize = 2 : i64, mode = \"CRD\"}" + t, iota(1, 8, 1, 1)), F32, shape(1, 2, 2, 2), 0, 1, 2, 3, 4, 5, 6, 7);
    // 4 channels of 2x1 (x[c][h] = 2c + h) -> 1 channel of 4x2
    assertTensor(op("\"graph.depth_to_space\"(%a) {blocksize = 2 : i64} : (tensor<1x4x2x1xf32>) -> tensor<1x1x4x2xf32>", iota(1, 4, 2, 1)),
        F32, shape(1, 1, 4, 2), 0, 2, 4, 6, 1, 3, 5, 7);
  }

  @Test void spaceToDepthInvertsDepthToSpaceDcr() {
    // 2 channels of 2x2 (0..7): out[(i*2 + j)*2 + c] = x[c][i][j]
    assertTensor(op("\"graph.space_to_depth\"(%a) {blocksize = 2 : i64} : (tensor<1x2x2x2xf32>) -> tensor<1x8x1x1xf32>", iota(1, 2, 2, 2)),
        F32, shape(1, 8, 1, 1), 0, 4, 1, 5, 2, 6, 3, 7);
    assertTensor(op("\"graph.depth_to_space\"(%a) {blocksize = 2 : i64} : (tensor<1x8x1x1xf32>) -> tensor<1x2x2x2xf32>", f32(shape(1, 8, 1, 1), 0, 4, 1, 5, 2, 6, 3, 7)),
        F32, shape(1, 2, 2, 2), 0, 1, 2, 3, 4, 5, 6, 7);
  }
}
