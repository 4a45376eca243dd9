package dev.mlc.dialect.graph.interp;

import org.junit.jupiter.api.Test;

class LinalgTest extends GraphInterpTestBase {
  static final double[] A = {1, 2, 3, 4, 5, 6}, B = {7, 8, 9, 10, 11, 12};

  @Test void matmul2d() {
    // [[1,2,3],[4,5,6]] x [[7,8],[9,10],[11,12]] = [[58,64],[139,154]]
    assertTensor(op("\"graph.matmul\"(%a, %b) : (tensor<2x3xf32>, tensor<3x2xf32>) -> tensor<2x2xf32>", f32(shape(2, 3), A), f32(shape(3, 2), B)),
        F32, shape(2, 2), 58, 64, 139, 154);
  }

  @Test void matmulVectorOperandsDropTheirDimension() {
    assertTensor(op("\"graph.matmul\"(%a, %b) : (tensor<3xf32>, tensor<3x2xf32>) -> tensor<2xf32>", f32(shape(3), 1, 2, 3), f32(shape(3, 2), B)),
        F32, shape(2), 58, 64);
    assertTensor(op("\"graph.matmul\"(%a, %b) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2xf32>", f32(shape(2, 3), A), f32(shape(3), 1, 1, 1)),
        F32, shape(2), 6, 15);
    assertTensor(op("\"graph.matmul\"(%a, %b) : (tensor<3xf32>, tensor<3xf32>) -> tensor<f32>", f32(shape(3), 1, 2, 3), f32(shape(3), 4, 5, 6)),
        F32, shape(), 32);
  }

  @Test void matmulBroadcastsBatchDimensions() {
    // [[1,0],[0,2]] (batch 1) times three 2x1 columns (batch 3)
    assertTensor(op("\"graph.matmul\"(%a, %b) : (tensor<1x2x2xf32>, tensor<3x2x1xf32>) -> tensor<3x2x1xf32>",
        f32(shape(1, 2, 2), 1, 0, 0, 2), f32(shape(3, 2, 1), 1, 1, 2, 3, 0, -1)), F32, shape(3, 2, 1), 1, 2, 2, 6, 0, -2);
    // batched lhs, unbatched rhs: [[1,2]] . [5,6] = 17, [[3,4]] . [5,6] = 39
    assertTensor(op("\"graph.matmul\"(%a, %b) : (tensor<2x1x2xf32>, tensor<2x1xf32>) -> tensor<2x1x1xf32>",
        f32(shape(2, 1, 2), 1, 2, 3, 4), f32(shape(2, 1), 5, 6)), F32, shape(2, 1, 1), 17, 39);
    // a 1-D lhs against a batched rhs: [1, 1] x [[[1,2],[3,4]], [[5,6],[7,8]]] -> [[4, 6], [12, 14]]
    assertTensor(op("\"graph.matmul\"(%a, %b) : (tensor<2xf32>, tensor<2x2x2xf32>) -> tensor<2x2xf32>",
        f32(shape(2), 1, 1), f32(shape(2, 2, 2), 1, 2, 3, 4, 5, 6, 7, 8)), F32, shape(2, 2), 4, 6, 12, 14);
  }

  @Test void matmulAccumulatesInDoubleAndRoundsOnce() {
    // 2^24 + 1 - 2^24: in f32 steps the 1 would be lost; accumulated in double it survives
    assertTensor(op("\"graph.matmul\"(%a, %b) : (tensor<1x3xf32>, tensor<3x1xf32>) -> tensor<1x1xf32>",
        f32(shape(1, 3), 16777216, 1, -16777216), f32(shape(3, 1), 1, 1, 1)), F32, shape(1, 1), 1);
  }

  @Test void integerMatmulWraps() {
    assertLongs(op("\"graph.matmul\"(%a, %b) : (tensor<1x2xi8>, tensor<2x1xi8>) -> tensor<1x1xi8>", i8(shape(1, 2), 100, 100), i8(shape(2, 1), 1, 1)),
        I8, shape(1, 1), 200 - 256);
    assertLongs(op("\"graph.matmul\"(%a, %b) : (tensor<2x2xi64>, tensor<2x2xi64>) -> tensor<2x2xi64>", i64(shape(2, 2), 1, 2, 3, 4), i64(shape(2, 2), 5, 6, 7, 8)),
        I64, shape(2, 2), 19, 22, 43, 50);
  }

  @Test void matmulContractionMismatchIsAnError() {
    assertError("contraction", "\"graph.matmul\"(%a, %b) : (tensor<2x?xf32>, tensor<?x2xf32>) -> tensor<2x2xf32>", f32(shape(2, 3), A), f32(shape(2, 2), 1, 2, 3, 4));
  }

  @Test void gemmAlphaBetaAndBroadcastBias() {
    // 2 * [[58,64],[139,154]] + 0.5 * [1, -1]
    assertTensor(op("\"graph.gemm\"(%a, %b, %c) {alpha = 2.0 : f32, beta = 0.5 : f32} : (tensor<2x3xf32>, tensor<3x2xf32>, tensor<2xf32>) -> tensor<2x2xf32>",
        f32(shape(2, 3), A), f32(shape(3, 2), B), f32(shape(2), 1, -1)), F32, shape(2, 2), 116.5, 127.5, 278.5, 307.5);
    // a column bias [10, 20] broadcasts along rows
    assertTensor(op("\"graph.gemm\"(%a, %b, %c) : (tensor<2x3xf32>, tensor<3x2xf32>, tensor<2x1xf32>) -> tensor<2x2xf32>",
        f32(shape(2, 3), A), f32(shape(3, 2), B), f32(shape(2, 1), 10, 20)), F32, shape(2, 2), 68, 74, 159, 174);
  }

  @Test void gemmTransposesAndOptionalBias() {
    // A^T stored as [[1,4],[2,5],[3,6]], B^T as [[7,9,11],[8,10,12]]
    assertTensor(op("\"graph.gemm\"(%a, %b) {trans_a = true, trans_b = true} : (tensor<3x2xf32>, tensor<2x3xf32>) -> tensor<2x2xf32>",
        f32(shape(3, 2), 1, 4, 2, 5, 3, 6), f32(shape(2, 3), 7, 9, 11, 8, 10, 12)), F32, shape(2, 2), 58, 64, 139, 154);
    assertTensor(op("\"graph.gemm\"(%a, %b) {trans_b = true} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x2xf32>",
        f32(shape(2, 3), A), f32(shape(2, 3), 7, 9, 11, 8, 10, 12)), F32, shape(2, 2), 58, 64, 139, 154);
  }
}
