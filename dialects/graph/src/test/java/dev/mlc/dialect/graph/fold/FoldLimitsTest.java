package dev.mlc.dialect.graph.fold;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mlc.ir.Operation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the constant folder leaves alone: operands over the size cap, contractions, faulting ops; and what it now folds. */
class FoldLimitsTest {
  private static List<String> canonicalized(String src) {
    Operation m = Harness.parse(src);
    Harness.canonicalize(m);
    return Harness.opNames(m);
  }

  @Test void operandsOverTheSizeCapDoNotFold() {
    assertEquals(List.of("graph.constant", "graph.constant", "graph.add", "func.return"), canonicalized("""
        func.func @main() -> tensor<1048577xf32> {
          %a = graph.constant dense<1.0> : tensor<1048577xf32>
          %b = graph.constant dense<2.0> : tensor<1048577xf32>
          %0 = graph.add %a, %b : tensor<1048577xf32>
          return %0 : tensor<1048577xf32>
        }"""));
  }

  @Test void operandsAtTheSizeCapFold() {
    assertEquals(List.of("graph.constant", "func.return"), canonicalized("""
        func.func @main() -> tensor<1048576xf32> {
          %a = graph.constant dense<1.0> : tensor<1048576xf32>
          %b = graph.constant dense<2.0> : tensor<1048576xf32>
          %0 = graph.add %a, %b : tensor<1048576xf32>
          return %0 : tensor<1048576xf32>
        }"""));
  }

  @Test void contractionsDoNotFold() {
    assertEquals(List.of("graph.constant", "graph.constant", "graph.matmul", "func.return"), canonicalized("""
        func.func @main() -> tensor<2x2xf32> {
          %a = graph.constant dense<1.0> : tensor<2x3xf32>
          %b = graph.constant dense<2.0> : tensor<3x2xf32>
          %0 = graph.matmul %a, %b : (tensor<2x3xf32>, tensor<3x2xf32>) -> tensor<2x2xf32>
          return %0 : tensor<2x2xf32>
        }"""));
  }

  @Test void integerDivisionByZeroDoesNotFold() {
    assertEquals(List.of("graph.constant", "graph.constant", "graph.div", "func.return"), canonicalized("""
        func.func @main() -> tensor<2xi32> {
          %a = graph.constant dense<[7, -7]> : tensor<2xi32>
          %b = graph.constant dense<[2, 0]> : tensor<2xi32>
          %0 = graph.div %a, %b : tensor<2xi32>
          return %0 : tensor<2xi32>
        }"""));
  }

  @Test void reductionsOfConstantsFoldThroughTheKernel() {
    String src = """
        func.func @main() -> tensor<2x1xi64> {
          %m = graph.constant dense<[[1, 2, 3], [4, 5, 6]]> : tensor<2x3xi64>
          %0 = graph.reduce_sum %m {axes = [1]} : (tensor<2x3xi64>) -> tensor<2x1xi64>
          return %0 : tensor<2x1xi64>
        }""";
    Operation m = Harness.parse(src);
    Harness.canonicalize(m);
    assertEquals(List.of("graph.constant", "func.return"), Harness.opNames(m));
    assertEquals(List.of(6L, 15L), java.util.Arrays.stream(((dev.mlc.ir.interp.Tensor) ((Object[]) Harness.run(m))[0]).longs()).boxed().toList());
  }
}
