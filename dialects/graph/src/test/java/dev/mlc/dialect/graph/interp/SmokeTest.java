package dev.mlc.dialect.graph.interp;

import org.junit.jupiter.api.Test;

class SmokeTest extends GraphInterpTestBase {
  @Test void specExample() {
    String src = """
        func.func @main(%x: tensor<1x4xf32>) -> tensor<1x2xf32> {
          %w = "graph.constant"() {value = dense<[[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [0.5, -0.5]]> : tensor<4x2xf32>} : () -> tensor<4x2xf32>
          %b = "graph.constant"() {value = dense<[0.1, -0.1]> : tensor<2xf32>} : () -> tensor<2xf32>
          %m = "graph.matmul"(%x, %w) : (tensor<1x4xf32>, tensor<4x2xf32>) -> tensor<1x2xf32>
          %a = "graph.add"(%m, %b) : (tensor<1x2xf32>, tensor<2xf32>) -> tensor<1x2xf32>
          %r = "graph.relu"(%a) : (tensor<1x2xf32>) -> tensor<1x2xf32>
          func.return %r : tensor<1x2xf32>
        }
        """;
    // m = [1 + 3 + 2, 2 + 3 - 2] = [6, 3]; + [0.1, -0.1]
    assertTensor(run1(src, f32(shape(1, 4), 1, 2, 3, 4)), F32, shape(1, 2), (float) 6.1, (float) 2.9);
  }

  @Test void wrappedOp() {
    assertTensor(op("\"graph.add\"(%a, %b) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>", f32(shape(2), 1, 2), f32(shape(2), 3, 4)), F32, shape(2), 4, 6);
  }
}
