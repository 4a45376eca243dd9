package dev.mlc.dialect.graph.ir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.text.Parser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraphAttrsTest {
  static final MLContext CTX = MLContext.withAllDialects();

  /** The first graph op of {@code src} (a function body). */
  static Operation op(String src) {
    Operation module = Parser.parse(CTX, "test", src);
    List<Operation> found = new ArrayList<>();
    module.walk(o -> {
      if (o.name().startsWith("graph.")) found.add(o);
    });
    return found.get(0);
  }

  static final String CONV = """
      func.func @f(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
        %0 = "graph.conv2d"(%x, %w) ATTRS : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
        return
      }""";

  @Test void integerListsInEitherSpellingAndDefaults() {
    Operation a = op(CONV.replace("ATTRS", "{strides = [1, 1], pads = array<i64: 0, 0, 0, 0>, dilations = dense<1> : tensor<2xi64>}"));
    assertArrayEquals(new long[] {1, 1}, GraphAttrs.ints(a, "strides", null));
    assertArrayEquals(new long[] {0, 0, 0, 0}, GraphAttrs.ints(a, "pads", null));
    assertArrayEquals(new long[] {1, 1}, GraphAttrs.ints(a, "dilations", null));
    assertArrayEquals(new long[] {7}, GraphAttrs.ints(a, "absent", new long[] {7}));
    assertNull(GraphAttrs.ints(a, "absent", null));
    assertEquals(1, GraphAttrs.integer(a, "groups", 1));
    assertTrue(CTX.opDef("graph.conv2d").verifyOp(a));
  }

  @Test void scalarsBooleansStringsAndErrors() {
    Operation a = op(CONV.replace("ATTRS", "{alpha = 1.0e-05 : f32, n = 2 : i64, b = true, s = \"tanh\", f = [0.5, 2.0], g = array<f32: 1.5>}"));
    assertEquals(1.0e-05, GraphAttrs.floatAttr(a, "alpha", 0), 1e-12);
    assertEquals(2.0, GraphAttrs.floatAttr(a, "n", 0));
    assertEquals(0.25, GraphAttrs.floatAttr(a, "absent", 0.25));
    assertTrue(GraphAttrs.bool(a, "b", false));
    assertFalse(GraphAttrs.bool(a, "absent", false));
    assertEquals("tanh", GraphAttrs.string(a, "s", "none"));
    assertArrayEquals(new double[] {0.5, 2.0}, GraphAttrs.floats(a, "f", null));
    assertArrayEquals(new double[] {1.5}, GraphAttrs.floats(a, "g", null));
    assertEquals("attribute 's' must be a list of integers", assertThrows(ShapeError.class, () -> GraphAttrs.ints(a, "s", null)).getMessage());
    assertEquals("attribute 'b' must be a float", assertThrows(ShapeError.class, () -> GraphAttrs.floatAttr(a, "b", 0)).getMessage());
    assertEquals("requires attribute 'axis'", assertThrows(ShapeError.class, () -> GraphAttrs.integer(a, "axis")).getMessage());
    assertEquals("attribute 's' must be one of \"none\", \"erf\", but got \"tanh\"",
        assertThrows(ShapeError.class, () -> GraphAttrs.choice(a, "s", "none", "erf")).getMessage());
  }

  @Test void quantizationParameters() {
    Operation a = op(CONV.replace("ATTRS", "{scale = 5.0e-01 : f32, zp = 3 : i64, per = dense<[1.0, 2.0]> : tensor<2xf32>}"));
    assertArrayEquals(new double[] {0.5}, GraphAttrs.quantParam(a, "scale", null));
    assertArrayEquals(new double[] {3}, GraphAttrs.quantParam(a, "zp", null));
    assertArrayEquals(new double[] {1, 2}, GraphAttrs.quantParam(a, "per", null));
    assertTrue(GraphAttrs.isPerAxis(a, "per"));
    assertFalse(GraphAttrs.isPerAxis(a, "scale"));
    assertArrayEquals(new double[] {0}, GraphAttrs.quantParam(a, "absent", new double[] {0}));
  }
}
