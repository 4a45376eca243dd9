package dev.mlc.onnx;

import static dev.mlc.onnx.ModelBuilder.FLOAT;
import static dev.mlc.onnx.ModelBuilder.INT8;
import static dev.mlc.onnx.ModelBuilder.UINT8;
import static dev.mlc.onnx.ModelBuilder.attr;
import static dev.mlc.onnx.ModelBuilder.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** What the importer reports for quantized models it does not take: one located message each. */
class QuantImportErrorsTest {
  private static String error(ModelBuilder mb) {
    return assertThrows(OnnxImportException.class, () -> Harness.importBytes(Harness.context(), mb.bytes())).getMessage();
  }

  @Test void blockedQuantization() {
    ModelBuilder mb = new ModelBuilder(21).input("x", FLOAT, 2, 4).output("q", INT8).init(ModelBuilder.floats("s", new long[] {2, 2}, 0.1f, 0.2f, 0.3f, 0.4f))
        .node("QuantizeLinear", names("x", "s"), names("q"), attr("axis", 1L), attr("block_size", 2L), attr("output_dtype", (long) INT8));
    assertEquals("test.onnx: error: QuantizeLinear node 'quantizelinear_0': blocked quantization (block_size 2) is not supported", error(mb));
  }

  @Test void dynamicQuantizeLinearIsAnUnsupportedOperator() {
    ModelBuilder mb = new ModelBuilder(13).input("x", FLOAT, 2, 4).output("q", UINT8).output("s", FLOAT).output("z", UINT8)
        .node("DynamicQuantizeLinear", names("x"), names("q", "s", "z"));
    String e = error(mb);
    assertEquals(true, e.contains("DynamicQuantizeLinear") && e.contains("unsupported"), e);
  }

  @Test void perRowActivationScale() {
    ModelBuilder mb = new ModelBuilder(10).input("a", UINT8, 2, 3).input("b", INT8, 3, 2).output("y", UINT8)
        .init(ModelBuilder.floats("as", new long[] {2}, 0.1f, 0.2f)).init(ModelBuilder.ints("az", UINT8, new long[] {2}, 1, 2))
        .init(ModelBuilder.floats("s", new long[0], 0.1f)).init(ModelBuilder.ints("bz", INT8, new long[0], 0)).init(ModelBuilder.ints("yz", UINT8, new long[0], 0))
        .node("QLinearMatMul", names("a", "as", "az", "b", "s", "bz", "s", "yz"), names("y"));
    assertEquals("test.onnx: error: QLinearMatMul node 'qlinearmatmul_0': per-row or per-axis parameters for 'a' are not supported "
        + "(only 'b'/'w' may be per column/channel)", error(mb));
  }

  @Test void scaleComputedAtRunTime() {
    ModelBuilder mb = new ModelBuilder(13).input("x", FLOAT, 4).input("s", FLOAT).output("q", UINT8).node("QuantizeLinear", names("x", "s"), names("q"));
    assertEquals("test.onnx: error: QuantizeLinear node 'quantizelinear_0': input #1 ('y_scale') must be a constant (or computed from constants and "
        + "static shapes), but it is computed at run time", error(mb));
  }
}
