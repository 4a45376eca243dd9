package dev.mlc.dialect.graph.ir;

import static dev.mlc.dialect.graph.ir.ShapeInference.DYN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShapeInferenceTest {
  static long[] s(long... d) { return d; }

  static void fails(String fragment, Runnable r) {
    ShapeError e = assertThrows(ShapeError.class, r::run);
    assertTrue(e.getMessage().contains(fragment), () -> "message '" + e.getMessage() + "' lacks '" + fragment + "'");
  }

  @Test void broadcastingFollowsNumpy() {
    assertArrayEquals(s(2, 3), ShapeInference.broadcast(s(2, 3), s(3)));
    assertArrayEquals(s(2, 3), ShapeInference.broadcast(s(3), s(2, 1)));
    assertArrayEquals(s(8, 4, 6, 5), ShapeInference.broadcast(s(8, 1, 6, 1), s(4, 1, 5)));
    assertArrayEquals(s(2, 3), ShapeInference.broadcast(s(), s(2, 3)));
    assertArrayEquals(s(0, 3), ShapeInference.broadcast(s(0, 1), s(1, 3)));
    assertArrayEquals(s(2, 3, 4), ShapeInference.broadcast(s(1, 3, 1), s(2, 1, 1), s(4)));
    fails("operand shapes 2x3, 4 are not broadcast-compatible", () -> ShapeInference.broadcast(s(2, 3), s(4)));
    fails("not broadcast-compatible", () -> ShapeInference.broadcast(s(0), s(2)));
  }

  @Test void broadcastingWithUnknownDimensions() {
    assertArrayEquals(s(5, 3), ShapeInference.broadcast(s(DYN, 3), s(5, 1)));
    assertArrayEquals(s(DYN, 3), ShapeInference.broadcast(s(DYN, 3), s(1, 3)));
    assertArrayEquals(s(DYN), ShapeInference.broadcast(s(DYN), s(DYN)));
    assertArrayEquals(s(4), ShapeInference.broadcast(s(4), s(DYN)));
    fails("not broadcast-compatible", () -> ShapeInference.broadcast(s(DYN, 3), s(4)));
  }

  @Test void matmulPromotesVectorsAndBroadcastsBatches() {
    assertArrayEquals(s(2, 5), ShapeInference.matmul(s(2, 3), s(3, 5)));
    assertArrayEquals(s(5), ShapeInference.matmul(s(3), s(3, 5)));
    assertArrayEquals(s(2), ShapeInference.matmul(s(2, 3), s(3)));
    assertArrayEquals(s(), ShapeInference.matmul(s(3), s(3)));
    assertArrayEquals(s(8, 4, 2, 5), ShapeInference.matmul(s(8, 1, 2, 3), s(4, 3, 5)));
    assertArrayEquals(s(7, 5), ShapeInference.matmul(s(3), s(7, 3, 5)));
    assertArrayEquals(s(DYN, 5), ShapeInference.matmul(s(DYN, DYN), s(3, 5)));
    fails("contracting dimensions differ: 3 vs 4", () -> ShapeInference.matmul(s(2, 3), s(4, 5)));
    fails("rank >= 1", () -> ShapeInference.matmul(s(), s(3)));
    fails("not broadcast-compatible", () -> ShapeInference.matmul(s(2, 1, 3), s(3, 3, 1)));
  }

  @Test void gemmTransposesAndBroadcastsC() {
    assertArrayEquals(s(2, 4), ShapeInference.gemm(s(2, 3), s(3, 4), null, false, false));
    assertArrayEquals(s(2, 4), ShapeInference.gemm(s(3, 2), s(4, 3), s(4), true, true));
    assertArrayEquals(s(2, 4), ShapeInference.gemm(s(2, 3), s(3, 4), s(2, 1), false, false));
    assertArrayEquals(s(2, 4), ShapeInference.gemm(s(2, 3), s(3, 4), s(), false, false));
    fails("operand 'c' shape 2 does not broadcast to 2x4", () -> ShapeInference.gemm(s(2, 3), s(3, 4), s(2), false, false));
    fails("operand 'c' shape 3x2x4", () -> ShapeInference.gemm(s(2, 3), s(3, 4), s(3, 2, 4), false, false));
    fails("contracting dimensions differ", () -> ShapeInference.gemm(s(2, 3), s(3, 4), null, true, false));
    fails("expects operand 'b' of rank 2", () -> ShapeInference.gemm(s(2, 3), s(3), null, false, false));
  }

  @Test void convolutionOutputSizes() {
    long[] one = s(1, 1), zero = s(0, 0, 0, 0);
    assertArrayEquals(s(1, 16, 6, 6), ShapeInference.conv2d(s(1, 3, 8, 8), s(16, 3, 3, 3), null, one, zero, one, 1));
    // 224 -> 112 with a 7x7 kernel, stride 2, pads 3 (ResNet stem).
    assertArrayEquals(s(1, 64, 112, 112), ShapeInference.conv2d(s(1, 3, 224, 224), s(64, 3, 7, 7), s(64), s(2, 2), s(3, 3, 3, 3), one, 1));
    // Asymmetric pads and floor division: (5 + 1 + 0 - 3) / 2 + 1 = 2; (6 + 0 + 1 - 3) / 2 + 1 = 3.
    assertArrayEquals(s(1, 4, 2, 3), ShapeInference.conv2d(s(1, 2, 5, 6), s(4, 2, 3, 3), null, s(2, 2), s(1, 0, 0, 1), one, 1));
    // Dilation 2 makes a 3x3 kernel span 5.
    assertArrayEquals(s(1, 4, 4, 4), ShapeInference.conv2d(s(1, 2, 8, 8), s(4, 2, 3, 3), null, one, zero, s(2, 2), 1));
    // Depthwise: groups = C, weight M x 1 x kH x kW.
    assertArrayEquals(s(1, 32, 8, 8), ShapeInference.conv2d(s(1, 32, 8, 8), s(32, 1, 3, 3), null, one, s(1, 1, 1, 1), one, 32));
    assertArrayEquals(s(DYN, 16, DYN, 6), ShapeInference.conv2d(s(DYN, 3, DYN, 8), s(16, 3, 3, 3), null, one, zero, one, 1));
    assertArrayEquals(s(1, 16, 6, 6), ShapeInference.conv2d(s(1, DYN, 8, 8), s(16, 3, 3, 3), null, one, zero, one, 1));
    fails("input channels (4) must equal weight channels (3) times groups (1)", () -> ShapeInference.conv2d(s(1, 4, 8, 8), s(16, 3, 3, 3), null, one, zero, one, 1));
    fails("output channels (6) must be divisible by groups (4)", () -> ShapeInference.conv2d(s(1, 4, 8, 8), s(6, 1, 3, 3), null, one, zero, one, 4));
    fails("kernel extent 9 exceeds the padded input size 8", () -> ShapeInference.conv2d(s(1, 3, 8, 8), s(16, 3, 9, 9), null, one, zero, one, 1));
    fails("expects a bias of shape 16, but got 8", () -> ShapeInference.conv2d(s(1, 3, 8, 8), s(16, 3, 3, 3), s(8), one, zero, one, 1));
    fails("attribute 'pads' must have 4 elements", () -> ShapeInference.conv2d(s(1, 3, 8, 8), s(16, 3, 3, 3), null, one, s(1, 1), one, 1));
  }

  @Test void transposedConvolutionOutputSizes() {
    long[] one = s(1, 1), zero = s(0, 0, 0, 0);
    // 2 * (3 - 1) + 0 + 3 - 0 = 7.
    assertArrayEquals(s(1, 2, 7, 7), ShapeInference.convTranspose2d(s(1, 4, 3, 3), s(4, 2, 3, 3), null, s(2, 2), zero, one, s(0, 0), 1));
    // With pads 1 and output_padding 1: 2 * 2 + 1 + 3 - 2 = 6 (the usual "double the size").
    assertArrayEquals(s(1, 2, 6, 6), ShapeInference.convTranspose2d(s(1, 4, 3, 3), s(4, 2, 3, 3), s(2), s(2, 2), s(1, 1, 1, 1), one, s(1, 1), 1));
    // Groups multiply the output channels.
    assertArrayEquals(s(1, 6, 5, 5), ShapeInference.convTranspose2d(s(1, 4, 3, 3), s(4, 3, 3, 3), null, one, zero, one, s(0, 0), 2));
    fails("smaller than the stride or the dilation", () -> ShapeInference.convTranspose2d(s(1, 4, 3, 3), s(4, 2, 3, 3), null, one, zero, one, s(1, 0), 1));
    fails("is not positive", () -> ShapeInference.convTranspose2d(s(1, 4, 1, 1), s(4, 2, 1, 1), null, one, s(1, 1, 1, 1), one, s(0, 0), 1));
  }

  @Test void poolingFloorAndCeilMode() {
    long[] one = s(1, 1), zero = s(0, 0, 0, 0);
    assertArrayEquals(s(1, 3, 2, 2), ShapeInference.pool2d(s(1, 3, 5, 5), s(2, 2), s(2, 2), zero, one, false));
    assertArrayEquals(s(1, 3, 3, 3), ShapeInference.pool2d(s(1, 3, 5, 5), s(2, 2), s(2, 2), zero, one, true));
    // 112 -> 56 with a 3x3 kernel, stride 2, pads 1 (ResNet max pool); ceil mode gives 57 (the last window starts at 56 * 2 - 1 = 111, inside the input).
    assertArrayEquals(s(1, 64, 56, 56), ShapeInference.pool2d(s(1, 64, 112, 112), s(3, 3), s(2, 2), s(1, 1, 1, 1), one, false));
    assertArrayEquals(s(1, 64, 57, 57), ShapeInference.pool2d(s(1, 64, 112, 112), s(3, 3), s(2, 2), s(1, 1, 1, 1), one, true));
    assertArrayEquals(s(1, 1, DYN, 3), ShapeInference.pool2d(s(1, 1, DYN, 6), s(2, 2), s(2, 2), zero, one, false));
  }

  @Test void ceilModeDropsAWindowStartingInTheEndPadding() {
    // in 4, k 2, s 2, pads 1/1: ceil((4 + 2 - 2) / 2) + 1 = 3 windows start at -1, 1, 3: all inside -> 3.
    assertEquals(3, ShapeInference.poolOutputSize(4, 2, 2, 1, 1, 1, true));
    // in 5, k 2, s 2, pad end 1: ceil(4 / 2) + 1 = 3; the third window starts at 4 < 5: kept.
    assertEquals(3, ShapeInference.poolOutputSize(5, 2, 2, 0, 1, 1, true));
    // in 4, k 1, s 2, pad end 1: ceil(4 / 2) + 1 = 3, but the third window starts at 4 = in + pad_begin: dropped.
    assertEquals(2, ShapeInference.poolOutputSize(4, 1, 2, 0, 1, 1, true));
    // Floor mode keeps it (floor(4 / 2) + 1 = 3): the rule is ceil mode's only, as in ONNX Runtime and PyTorch.
    assertEquals(3, ShapeInference.poolOutputSize(4, 1, 2, 0, 1, 1, false));
    // in 6, k 3, s 3, pads 0/2: floor 2, ceil: ceil(5 / 3) + 1 = 3, third window starts at 6 = in: dropped.
    assertEquals(2, ShapeInference.poolOutputSize(6, 3, 3, 0, 2, 1, true));
    // Dilation: k 2, d 2 spans 3; in 6, s 2: floor(3 / 2) + 1 = 2, ceil 3 (starts at 4 < 6: kept).
    assertEquals(2, ShapeInference.poolOutputSize(6, 2, 2, 0, 0, 2, false));
    assertEquals(3, ShapeInference.poolOutputSize(6, 2, 2, 0, 0, 2, true));
    assertEquals(DYN, ShapeInference.poolOutputSize(DYN, 2, 2, 0, 0, 1, true));
    fails("pads (2) must be smaller than the kernel (2)", () -> ShapeInference.pool2d(s(1, 1, 4, 4), s(2, 2), s(1, 1), s(0, 2, 0, 0), s(1, 1), false));
  }

  @Test void globalPoolKeepsNAndC() {
    assertArrayEquals(s(2, 8, 1, 1), ShapeInference.globalPool(s(2, 8, 7, 5)));
    assertArrayEquals(s(2, 8, 1), ShapeInference.globalPool(s(2, 8, 7)));
    fails("rank >= 3", () -> ShapeInference.globalPool(s(2, 8)));
  }

  @Test void reductions() {
    assertArrayEquals(s(2, 1, 4), ShapeInference.reduce(s(2, 3, 4), s(1), true));
    assertArrayEquals(s(2, 4), ShapeInference.reduce(s(2, 3, 4), s(-2), false));
    assertArrayEquals(s(1, 1, 1), ShapeInference.reduce(s(2, 3, 4), null, true));
    assertArrayEquals(s(), ShapeInference.reduce(s(2, 3, 4), s(), false));
    assertArrayEquals(s(3), ShapeInference.reduce(s(2, 3, 4), s(0, 2), false));
    fails("value 3 is out of range for rank 3", () -> ShapeInference.reduce(s(2, 3, 4), s(3), true));
    fails("contains axis 2 more than once", () -> ShapeInference.reduce(s(2, 3, 4), s(2, -1), true));
  }

  @Test void reshapeFlattenTranspose() {
    ShapeInference.checkReshape(s(2, 3, 4), s(6, 4));
    ShapeInference.checkReshape(s(DYN, 4), s(3, 8));
    fails("same number of elements, but have 24 and 25", () -> ShapeInference.checkReshape(s(2, 3, 4), s(5, 5)));
    assertArrayEquals(s(2, 12), ShapeInference.flatten(s(2, 3, 4), 1));
    assertArrayEquals(s(1, 24), ShapeInference.flatten(s(2, 3, 4), 0));
    assertArrayEquals(s(24, 1), ShapeInference.flatten(s(2, 3, 4), 3));
    assertArrayEquals(s(6, 4), ShapeInference.flatten(s(2, 3, 4), -1));
    assertArrayEquals(s(DYN, 12), ShapeInference.flatten(s(DYN, 3, 4), 1));
    fails("out of range", () -> ShapeInference.flatten(s(2, 3), -3));
    assertArrayEquals(s(4, 3, 2), ShapeInference.transpose(s(2, 3, 4), null));
    assertArrayEquals(s(3, 4, 2), ShapeInference.transpose(s(2, 3, 4), s(1, 2, 0)));
    fails("must be a permutation of [0, 3)", () -> ShapeInference.transpose(s(2, 3, 4), s(0, 0, 1)));
  }

  @Test void concatenation() {
    assertArrayEquals(s(2, 8), ShapeInference.concat(List.of(s(2, 3), s(2, 5)), 1));
    assertArrayEquals(s(5, 3), ShapeInference.concat(List.of(s(2, 3), s(3, 3)), -2));
    assertArrayEquals(s(DYN, 3), ShapeInference.concat(List.of(s(DYN, 3), s(3, 3)), 0));
    assertArrayEquals(s(2, 6), ShapeInference.concat(List.of(s(DYN, 3), s(2, 3)), 1));
    fails("incompatible with 2x3 outside axis 1", () -> ShapeInference.concat(List.of(s(2, 3), s(3, 3)), 1));
    fails("same rank", () -> ShapeInference.concat(List.of(s(2, 3), s(2)), 0));
  }

  @Test void sliceClampsAsOnnx() {
    assertArrayEquals(s(2, 2), ShapeInference.slice(s(2, 5), s(1), s(3), s(1), null));
    // ends beyond the dimension (INT64_MAX) clamp to it.
    assertArrayEquals(s(2, 4), ShapeInference.slice(s(2, 5), s(1), s(Long.MAX_VALUE), s(-1), null));
    // starts below -dim clamp to 0.
    assertArrayEquals(s(2, 5), ShapeInference.slice(s(2, 5), s(-100), s(100), s(1), null));
    // Negative step: start clamps to dim - 1, end to -1; elements 4, 2, 0.
    assertArrayEquals(s(3), ShapeInference.slice(s(5), s(Long.MAX_VALUE), s(Long.MIN_VALUE), null, s(-2)));
    // Empty when start >= end.
    assertArrayEquals(s(0), ShapeInference.slice(s(5), s(3), s(1), null, null));
    assertArrayEquals(s(2), ShapeInference.slice(s(5), s(0), s(5), null, s(3)));
    assertEquals(new ShapeInference.SliceRange(3, -2, 2), ShapeInference.sliceRange(4, -1, -5, -2));
    assertEquals(new ShapeInference.SliceRange(0, -1, 0), ShapeInference.sliceRange(0, 0, -1, -1));
    assertArrayEquals(s(DYN, 2), ShapeInference.slice(s(DYN, 5), s(0, 0), s(1, 2), null, null));
    fails("'steps' must not contain 0", () -> ShapeInference.slice(s(5), s(0), s(1), null, s(0)));
  }

  @Test void padWithNegativeValuesCrops() {
    assertArrayEquals(s(4, 7), ShapeInference.pad(s(2, 3), s(1, 2, 1, 2)));
    assertArrayEquals(s(2, 1), ShapeInference.pad(s(2, 3), s(0, -1, 0, -1)));
    assertArrayEquals(s(DYN, 4), ShapeInference.pad(s(DYN, 3), s(1, 0, 0, 1)));
    fails("padded dimension 1 has negative size -1", () -> ShapeInference.pad(s(2, 3), s(0, -2, 0, -2)));
    fails("must have 4 elements", () -> ShapeInference.pad(s(2, 3), s(1, 1)));
  }

  @Test void gatherSplitSqueezeUnsqueeze() {
    assertArrayEquals(s(2, 3, 4), ShapeInference.gather(s(5, 4), s(2, 3), 0));
    assertArrayEquals(s(5, 2, 3), ShapeInference.gather(s(5, 4), s(2, 3), -1));
    assertArrayEquals(s(4), ShapeInference.gather(s(5, 4), s(), 0));
    long[][] parts = ShapeInference.split(s(2, 7), 1, null, 3);
    assertArrayEquals(s(2, 3), parts[0]);
    assertArrayEquals(s(2, 3), parts[1]);
    assertArrayEquals(s(2, 1), parts[2]);
    assertArrayEquals(s(2, 0), ShapeInference.split(s(2, 7), -1, s(7, 0), 2)[1]);
    fails("cannot split a dimension of 4 into 3 parts", () -> ShapeInference.split(s(4), 0, null, 3));
    assertArrayEquals(s(3), ShapeInference.squeeze(s(1, 3, 1), null));
    assertArrayEquals(s(3, 1), ShapeInference.squeeze(s(1, 3, 1), s(0)));
    assertArrayEquals(s(3), ShapeInference.squeeze(s(DYN, 3), s(0)));
    assertArrayEquals(s(1, 3, 1, 1), ShapeInference.unsqueeze(s(3), s(0, -1, 2)));
    fails("contains axis 1 more than once", () -> ShapeInference.unsqueeze(s(3), s(1, -2)));
  }

  @Test void depthSpaceAndResize() {
    assertArrayEquals(s(1, 2, 4, 6), ShapeInference.depthToSpace(s(1, 8, 2, 3), 2));
    assertArrayEquals(s(1, 8, 2, 3), ShapeInference.spaceToDepth(s(1, 2, 4, 6), 2));
    assertArrayEquals(s(1, 3, 8, 6), ShapeInference.resize(s(1, 3, 4, 4), new double[] {1, 1, 2, 1.5}, null));
    assertArrayEquals(s(1, 3, 1, 1), ShapeInference.resize(s(1, 3, 4, 3), new double[] {1, 1, 0.3, 0.5}, null));
    assertArrayEquals(s(1, 3, 5, 7), ShapeInference.resize(s(1, 3, 4, 4), null, s(1, 3, 5, 7)));
    fails("exactly one of", () -> ShapeInference.resize(s(1, 3, 4, 4), null, null));
  }
}
