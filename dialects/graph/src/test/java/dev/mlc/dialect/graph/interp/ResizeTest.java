package dev.mlc.dialect.graph.interp;

import org.junit.jupiter.api.Test;

class ResizeTest extends GraphInterpTestBase {
  static final double[] X = {1, 2, 3, 4};

  @Test void nearestUpsampleHalfPixel() {
    // out x -> (x + 0.5) / 2 - 0.5 = -0.25, 0.25, 0.75, 1.25 -> round_prefer_floor 0, 0, 1, 1
    assertTensor(op("\"graph.resize\"(%a) {mode = \"nearest\", scales = [1.0, 1.0, 2.0, 2.0]} : (tensor<1x1x2x2xf32>) -> tensor<1x1x4x4xf32>", f32(shape(1, 1, 2, 2), X)),
        F32, shape(1, 1, 4, 4), 1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 4, 4, 3, 3, 4, 4);
    // the same with sizes (the scale is then out / in)
    assertTensor(op("\"graph.resize\"(%a) {sizes = [1, 1, 4, 4]} : (tensor<1x1x2x2xf32>) -> tensor<1x1x4x4xf32>", f32(shape(1, 1, 2, 2), X)),
        F32, shape(1, 1, 4, 4), 1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 4, 4, 3, 3, 4, 4);
  }

  @Test void nearestDownsampleCoordinateModesAndRounding() {
    String t = " : (tensor<1x3xf32>) -> tensor<1x2xf32>";
    // scale 2/3; half_pixel: (x + 0.5) * 1.5 - 0.5 = 0.25, 1.75 -> 0, 2
    assertTensor(op("\"graph.resize\"(%a) {sizes = [1, 2]}" + t, f32(shape(1, 3), 10, 20, 30)), F32, shape(1, 2), 10, 30);
    // asymmetric: x * 1.5 = 0, 1.5 -> round_prefer_floor 1, round_prefer_ceil 2, floor 1, ceil 2
    assertTensor(op("\"graph.resize\"(%a) {sizes = [1, 2], coordinate_transformation_mode = \"asymmetric\"}" + t, f32(shape(1, 3), 10, 20, 30)), F32, shape(1, 2), 10, 20);
    assertTensor(op("\"graph.resize\"(%a) {sizes = [1, 2], coordinate_transformation_mode = \"asymmetric\", nearest_mode = \"round_prefer_ceil\"}" + t, f32(shape(1, 3), 10, 20, 30)),
        F32, shape(1, 2), 10, 30);
    assertTensor(op("\"graph.resize\"(%a) {sizes = [1, 2], coordinate_transformation_mode = \"asymmetric\", nearest_mode = \"floor\"}" + t, f32(shape(1, 3), 10, 20, 30)), F32, shape(1, 2), 10, 20);
    assertTensor(op("\"graph.resize\"(%a) {sizes = [1, 2], coordinate_transformation_mode = \"asymmetric\", nearest_mode = \"ceil\"}" + t, f32(shape(1, 3), 10, 20, 30)), F32, shape(1, 2), 10, 30);
    // align_corners: x * (3 - 1) / (2 - 1) = 0, 2
    assertTensor(op("\"graph.resize\"(%a) {sizes = [1, 2], coordinate_transformation_mode = \"align_corners\"}" + t, f32(shape(1, 3), 10, 20, 30)), F32, shape(1, 2), 10, 30);
  }

  @Test void linear() {
    String t = " : (tensor<1x2xf32>) -> tensor<1x4xf32>";
    String sizes = "sizes = [1, 4], ";
    // half_pixel: -0.25 (clamped to 0), 0.25, 0.75, 1.25 (clamped to 1) over [1, 3]
    assertTensor(op("\"graph.resize\"(%a) {" + sizes + "mode = \"linear\"}" + t, f32(shape(1, 2), 1, 3)), F32, shape(1, 4), 1, 1.5, 2.5, 3);
    // align_corners: 0, 1/3, 2/3, 1
    assertTensor(op("\"graph.resize\"(%a) {" + sizes + "mode = \"linear\", coordinate_transformation_mode = \"align_corners\"}" + t, f32(shape(1, 2), 1, 3)),
        F32, shape(1, 4), 1, (float) (5.0 / 3), (float) (7.0 / 3), 3);
    // asymmetric: 0, 0.5, 1, 1.5 (clamped)
    assertTensor(op("\"graph.resize\"(%a) {" + sizes + "mode = \"linear\", coordinate_transformation_mode = \"asymmetric\"}" + t, f32(shape(1, 2), 1, 3)), F32, shape(1, 4), 1, 2, 3, 3);
  }

  @Test void bilinear() {
    // [[1,2],[3,4]] to 3x3 with align_corners: the midpoints average their neighbours
    assertTensor(op("\"graph.resize\"(%a) {sizes = [1, 1, 3, 3], mode = \"linear\", coordinate_transformation_mode = \"align_corners\"} : (tensor<1x1x2x2xf32>) -> tensor<1x1x3x3xf32>",
        f32(shape(1, 1, 2, 2), X)), F32, shape(1, 1, 3, 3), 1, 1.5, 2, 2, 2.5, 3, 3, 3.5, 4);
  }

  @Test void halfPixelSymmetricAndPytorchHalfPixel() {
    // scales 1.7 on 2 -> floor(3.4) = 3 outputs; adjustment 3 / 3.4, offset 1 - 3/3.4: x -> -0.088, 0.5, 1.088
    assertClose(op("\"graph.resize\"(%a) {mode = \"linear\", coordinate_transformation_mode = \"half_pixel_symmetric\", scales = [1.0, 1.7]} : (tensor<1x2xf32>) -> tensor<1x3xf32>",
        f32(shape(1, 2), 0, 10)), F32, shape(1, 3), 1e-5, 0, 5, 10);
    // pytorch_half_pixel maps a single output to coordinate 0 (half_pixel would take the middle)
    assertTensor(op("\"graph.resize\"(%a) {mode = \"linear\", coordinate_transformation_mode = \"pytorch_half_pixel\", sizes = [1, 1]} : (tensor<1x2xf32>) -> tensor<1x1xf32>",
        f32(shape(1, 2), 0, 10)), F32, shape(1, 1), 0);
    assertTensor(op("\"graph.resize\"(%a) {mode = \"linear\", sizes = [1, 1]} : (tensor<1x2xf32>) -> tensor<1x1xf32>", f32(shape(1, 2), 0, 10)), F32, shape(1, 1), 5);
  }
}
