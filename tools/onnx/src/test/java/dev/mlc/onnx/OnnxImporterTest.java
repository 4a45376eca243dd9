package dev.mlc.onnx;

import static dev.mlc.onnx.ModelBuilder.FLOAT;
import static dev.mlc.onnx.ModelBuilder.attr;
import static dev.mlc.onnx.ModelBuilder.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.onnx.proto.Onnx.ModelProto;
import dev.mlc.onnx.proto.Onnx.StringStringEntryProto;
import dev.mlc.onnx.proto.Onnx.TensorProto;
import dev.mlc.text.PrintOptions;
import dev.mlc.text.Printer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxImporterTest {
  private static String importText(byte[] model, OnnxImporter.Options o, boolean locations) {
    MLContext ctx = Harness.context();
    Operation m = OnnxImporter.importModel(ctx, model, "m.onnx", null, o);
    return Printer.print(m, PrintOptions.DEFAULT.withDebugInfo(locations));
  }

  @Test void namesArgumentsResultsAndLocations() {
    byte[] m = new ModelBuilder(13).input("input", FLOAT, 1, 4).output("probs", FLOAT)
        .init(ModelBuilder.floats("w", new long[] {4, 2}, 1, 0, 0, 1, 1, 1, 0.5f, -0.5f))
        .node("MatMul", names("input", "w"), names("h")).node("Relu", names("h"), names("probs")).bytes();
    String ir = importText(m, OnnxImporter.Options.DEFAULT, false);
    assertTrue(ir.contains("func.func @main(%arg0: tensor<1x4xf32> {graph.name = \"input\"}) -> (tensor<1x2xf32> {graph.name = \"probs\"})"), ir);
    ir = importText(m, OnnxImporter.Options.DEFAULT, true);
    assertTrue(ir.contains("%arg0: tensor<1x4xf32> loc(\"input\")"), ir);
    assertTrue(ir.contains("graph.matmul"), ir);
    assertTrue(ir.contains("loc(\"matmul_0\")") && ir.contains("loc(\"relu_1\")"), ir);
    assertTrue(ir.contains("dense<[[1.000000e+00, 0.000000e+00]"), ir);
  }

  @Test void largeConstantsBecomeResourceBlobs() {
    float[] w = new float[64 * 32];
    for (int i = 0; i < w.length; i++) w[i] = i * 0.25f;
    byte[] m = new ModelBuilder(13).input("x", FLOAT, 2, 64).output("y", FLOAT).init(ModelBuilder.floats("fc.weight", new long[] {64, 32}, w))
        .node("MatMul", names("x", "fc.weight"), names("y")).bytes();
    String ir = importText(m, OnnxImporter.Options.DEFAULT, false);
    assertTrue(ir.contains("dense_resource<fc.weight> : tensor<64x32xf32>"), ir);
    assertTrue(ir.contains("dialect_resources") && ir.contains("fc.weight: \"0x"), ir);
    Random r = new Random(1);
    Harness.check(m, Map.of("x", Harness.randomFloats(r, new long[] {2, 64}, -1, 1)), Harness.Tol.contraction(64), true);
  }

  @Test void typedTensorFieldsAndConstantNodes() {
    byte[] m = new ModelBuilder(11).input("x", FLOAT, 3).output("y", FLOAT)
        .init(ModelBuilder.floatsTyped("a", new long[] {3}, 1, 2, 3))
        .node("Constant", names(), names("c"), attr("value", ModelBuilder.floats("cv", new long[] {3}, 0.5f, 0.25f, 0.125f)))
        .node("Mul", names("x", "a"), names("t")).node("Add", names("t", "c"), names("y")).bytes();
    Harness.check(m, Map.of("x", Tensor.ofDoubles(dev.mlc.ir.type.FloatType.F32, new long[] {3}, 1, -1, 2)), Harness.Tol.EXACT, true);
  }

  @Test void externalData(@TempDir Path dir) throws Exception {
    float[] w = {1, 2, 3, 4, 5, 6};
    ByteBuffer b = ByteBuffer.allocate(8 + w.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    b.putLong(0);
    for (float v : w) b.putFloat(v);
    Files.write(dir.resolve("weights.bin"), b.array());
    TensorProto t = TensorProto.newBuilder().setName("w").setDataType(FLOAT).addDims(3).addDims(2).setDataLocation(TensorProto.DataLocation.EXTERNAL)
        .addExternalData(StringStringEntryProto.newBuilder().setKey("location").setValue("weights.bin"))
        .addExternalData(StringStringEntryProto.newBuilder().setKey("offset").setValue("8"))
        .addExternalData(StringStringEntryProto.newBuilder().setKey("length").setValue("24")).build();
    ModelProto model = new ModelBuilder(13).input("x", FLOAT, 1, 3).output("y", FLOAT).init(t).node("MatMul", names("x", "w"), names("y")).model();
    Path file = dir.resolve("ext.onnx");
    Files.write(file, model.toByteArray());
    MLContext ctx = Harness.context();
    Operation module = OnnxImporter.importModel(ctx, file, OnnxImporter.Options.DEFAULT);
    Tensor out = Harness.interpret(module, java.util.List.of(Tensor.ofDoubles(dev.mlc.ir.type.FloatType.F32, new long[] {1, 3}, 1, 1, 1))).get(0);
    assertEquals(9.0, out.getDouble(0));
    assertEquals(12.0, out.getDouble(1));
    Files.delete(dir.resolve("weights.bin"));
    OnnxImportException e = assertThrows(OnnxImportException.class, () -> OnnxImporter.importModel(Harness.context(), file, OnnxImporter.Options.DEFAULT));
    assertTrue(e.getMessage().startsWith("ext.onnx: error: tensor 'w': external data file"), e.getMessage());
  }

  @Test void unsupportedOpsAreReportedTogether() {
    byte[] m = new ModelBuilder(13).input("x", FLOAT, 2, 3).output("y", FLOAT)
        .node("Floor", names("x"), names("a")).node("Ceil", names("a"), names("b")).node("Floor", names("b"), names("c"))
        .node("Relu", names("c"), names("y")).bytes();
    OnnxImportException e = assertThrows(OnnxImportException.class, () -> importText(m, OnnxImporter.Options.DEFAULT, false));
    assertEquals("""
        m.onnx: error: the model uses 2 unsupported operator types (3 nodes); nothing was imported:
          Floor x2: floor_0, floor_2
          Ceil x1: ceil_1""", e.getMessage());
  }

  @Test void malformedFilesGiveOneLineErrors() {
    OnnxImportException e = assertThrows(OnnxImportException.class, () -> importText(new byte[] {0x0a, (byte) 0xff, 0x01}, OnnxImporter.Options.DEFAULT, false));
    assertTrue(e.getMessage().startsWith("m.onnx: error: not a valid ONNX model"), e.getMessage());
    byte[] noGraph = ModelProto.newBuilder().setIrVersion(7).build().toByteArray();
    e = assertThrows(OnnxImportException.class, () -> importText(noGraph, OnnxImporter.Options.DEFAULT, false));
    assertTrue(e.getMessage().contains("no graph"), e.getMessage());
    byte[] badRaw = new ModelBuilder(13).input("x", FLOAT, 2).output("y", FLOAT)
        .init(TensorProto.newBuilder().setName("w").setDataType(FLOAT).addDims(2).setRawData(ByteString.copyFrom(new byte[5])).build())
        .node("Add", names("x", "w"), names("y")).bytes();
    e = assertThrows(OnnxImportException.class, () -> importText(badRaw, OnnxImporter.Options.DEFAULT, false));
    assertEquals("m.onnx: error: tensor 'w' has 5 bytes of raw data, but its type tensor<2xf32> needs 8", e.getMessage());
    byte[] badShapes = new ModelBuilder(13).input("a", FLOAT, 2, 3).input("b", FLOAT, 4, 3).output("y", FLOAT).node("Add", names("a", "b"), names("y")).bytes();
    e = assertThrows(OnnxImportException.class, () -> importText(badShapes, OnnxImporter.Options.DEFAULT, false));
    assertTrue(e.getMessage().startsWith("m.onnx: error: Add node 'add_0': 'graph.add' "), e.getMessage());
  }

  @Test void inputShapesPinDynamicDimensions() {
    byte[] m = new ModelBuilder(13).input("x", FLOAT, -1, 3).output("y", FLOAT).node("Relu", names("x"), names("y")).bytes();
    assertTrue(importText(m, OnnxImporter.Options.DEFAULT, false).contains("tensor<?x3xf32>"));
    String ir = importText(m, OnnxImporter.Options.DEFAULT.withInputShapes(Map.of("x", new long[] {5, 3})), false);
    assertTrue(ir.contains("tensor<5x3xf32>"), ir);
    OnnxImportException e = assertThrows(OnnxImportException.class,
        () -> importText(m, OnnxImporter.Options.DEFAULT.withInputShapes(Map.of("x", new long[] {5, 4})), false));
    assertEquals("m.onnx: error: --input-shape gives 'x' dimension 1 = 4, but the model fixes it to 3", e.getMessage());
    e = assertThrows(OnnxImportException.class, () -> importText(m, OnnxImporter.Options.DEFAULT.withInputShapes(Map.of("z", new long[] {1})), false));
    assertTrue(e.getMessage().contains("'z', which is not a graph input (inputs: x)"), e.getMessage());
  }

  @Test void oldOpsetsAreRefused() {
    byte[] m = new ModelBuilder(7).input("x", FLOAT, 2).output("y", FLOAT).node("Relu", names("x"), names("y")).bytes();
    OnnxImportException e = assertThrows(OnnxImportException.class, () -> importText(m, OnnxImporter.Options.DEFAULT, false));
    assertEquals("m.onnx: error: opset 7 is not supported (the importer reads opset 9 and later)", e.getMessage());
  }

  @Test void runtimeBoundsAreReported() {
    byte[] m = new ModelBuilder(13).input("x", FLOAT, 4).input("k", ModelBuilder.INT64, 1).output("y", FLOAT)
        .init(ModelBuilder.longs1("z", 0)).node("Slice", names("x", "z", "k"), names("y")).bytes();
    OnnxImportException e = assertThrows(OnnxImportException.class, () -> importText(m, OnnxImporter.Options.DEFAULT, false));
    assertEquals("m.onnx: error: Slice node 'slice_0': input #2 ('ends') must be a constant (or computed from constants and static shapes), "
        + "but it is computed at run time", e.getMessage());
  }
}
