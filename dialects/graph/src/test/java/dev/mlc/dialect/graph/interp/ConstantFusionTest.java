package dev.mlc.dialect.graph.interp;

import dev.mlc.ir.interp.InterpreterException;
import dev.mlc.ir.interp.Tensor;
import org.junit.jupiter.api.Test;

class ConstantFusionTest extends GraphInterpTestBase {
  private static Tensor constant(String attr, String type) {
    return run1("func.func @main() -> " + type + " {\n  %c = \"graph.constant\"() {value = " + attr + "} : () -> " + type + "\n  func.return %c : " + type + "\n}\n");
  }

  @Test void denseListSplatAndHex() {
    assertTensor(constant("dense<[[1.0, 2.5]]> : tensor<1x2xf32>", "tensor<1x2xf32>"), F32, shape(1, 2), 1, 2.5);
    assertLongs(constant("dense<3> : tensor<2x2xi32>", "tensor<2x2xi32>"), I32, shape(2, 2), 3, 3, 3, 3);
    // little-endian f32 bits: 0x3F800000 = 1.0, 0x40000000 = 2.0
    assertTensor(constant("dense<\"0x0000803F00000040\"> : tensor<2xf32>", "tensor<2xf32>"), F32, shape(2), 1, 2);
    assertLongs(constant("dense<[true, false, true]> : tensor<3xi1>", "tensor<3xi1>"), I1, shape(3), 1, 0, 1);
    assertLongs(constant("dense<[255, 0]> : tensor<2xui8>", "tensor<2xui8>"), UI8, shape(2), 255, 0);
    assertTensor(constant("dense<[1.0, -2.0]> : tensor<2xf16>", "tensor<2xf16>"), F16, shape(2), 1, -2);
  }

  @Test void denseResource() {
    // the blob: 4-byte alignment header, then two little-endian i32s 1 and 2
    String src = """
        func.func @main() -> tensor<2xi32> {
          %c = "graph.constant"() {value = dense_resource<weights> : tensor<2xi32>} : () -> tensor<2xi32>
          func.return %c : tensor<2xi32>
        }
        {-#
          dialect_resources: {
            builtin: {
              weights: "0x040000000100000002000000"
            }
          }
        #-}
        """;
    assertLongs(run1(src), I32, shape(2), 1, 2);
  }

  @Test void fusionRunsItsRegionOnTheOperands() {
    String src = """
        func.func @main(%a: tensor<2xf32>, %b: tensor<2xf32>) -> (tensor<2xf32>, tensor<2xf32>) {
          %r:2 = "graph.fusion"(%a, %b) ({
          ^bb0(%x: tensor<2xf32>, %y: tensor<2xf32>):
            %s = "graph.add"(%x, %y) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
            %t = "graph.relu"(%s) : (tensor<2xf32>) -> tensor<2xf32>
            "graph.yield"(%t, %s) : (tensor<2xf32>, tensor<2xf32>) -> ()
          }) : (tensor<2xf32>, tensor<2xf32>) -> (tensor<2xf32>, tensor<2xf32>)
          func.return %r#0, %r#1 : tensor<2xf32>, tensor<2xf32>
        }
        """;
    Object[] r = run(src, f32(shape(2), 1, -5), f32(shape(2), 2, 1));
    assertTensor((Tensor) r[0], F32, shape(2), 3, 0);
    assertTensor((Tensor) r[1], F32, shape(2), 3, -4);
  }

  @Test void errorsInsideAFusionNameTheInnerOp() {
    String src = """
        func.func @main(%a: tensor<1xi32>, %b: tensor<1xi32>) -> tensor<1xi32> {
          %r = "graph.fusion"(%a, %b) ({
          ^bb0(%x: tensor<1xi32>, %y: tensor<1xi32>):
            %q = "graph.div"(%x, %y) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
            "graph.yield"(%q) : (tensor<1xi32>) -> ()
          }) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
          func.return %r : tensor<1xi32>
        }
        """;
    InterpreterException e = org.junit.jupiter.api.Assertions.assertThrows(InterpreterException.class, () -> run(src, i32(shape(1), 1), i32(shape(1), 0)));
    org.junit.jupiter.api.Assertions.assertEquals("'graph.div' op integer division by zero", e.describe());
  }
}
