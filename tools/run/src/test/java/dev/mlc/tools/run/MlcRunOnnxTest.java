package dev.mlc.tools.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.onnx.proto.Onnx.GraphProto;
import dev.mlc.onnx.proto.Onnx.ModelProto;
import dev.mlc.onnx.proto.Onnx.NodeProto;
import dev.mlc.onnx.proto.Onnx.OperatorSetIdProto;
import dev.mlc.onnx.proto.Onnx.TensorProto;
import dev.mlc.onnx.proto.Onnx.TensorShapeProto;
import dev.mlc.onnx.proto.Onnx.TypeProto;
import dev.mlc.onnx.proto.Onnx.ValueInfoProto;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mlc-run MODEL.onnx}: the ONNX importer in front of the native and interpreted runs. */
class MlcRunOnnxTest {
  /** y = relu(x * [1, -2, 3]) with x of shape N x 3 (N symbolic), or {@code opType} instead of Relu. */
  static Path model(Path dir, String opType) throws Exception {
    TensorShapeProto.Builder s = TensorShapeProto.newBuilder().addDim(TensorShapeProto.Dimension.newBuilder().setDimParam("N"))
        .addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(3));
    TypeProto f32 = TypeProto.newBuilder().setTensorType(TypeProto.Tensor.newBuilder().setElemType(TensorProto.DataType.FLOAT_VALUE).setShape(s)).build();
    GraphProto g = GraphProto.newBuilder().setName("g")
        .addInput(ValueInfoProto.newBuilder().setName("x").setType(f32))
        .addOutput(ValueInfoProto.newBuilder().setName("y").setType(f32))
        .addInitializer(TensorProto.newBuilder().setName("w").setDataType(TensorProto.DataType.FLOAT_VALUE).addDims(3).addFloatData(1).addFloatData(-2).addFloatData(3))
        .addNode(NodeProto.newBuilder().setOpType("Mul").setName("scale").addInput("x").addInput("w").addOutput("t"))
        .addNode(NodeProto.newBuilder().setOpType(opType).setName("act").addInput("t").addOutput("y")).build();
    Path f = dir.resolve("m.onnx");
    Files.write(f, ModelProto.newBuilder().setIrVersion(8).addOpsetImport(OperatorSetIdProto.newBuilder().setVersion(13)).setGraph(g).build().toByteArray());
    return f;
  }

  /** Interpreted here (this module's tests have no lowering passes on the class path; native runs of imported models are tested in mlc-onnx). */
  @Test void runsImportedModelsWithPinnedShapes(@TempDir Path dir) throws Exception {
    String m = model(dir, "Relu").toString();
    String[] r = MlcRunOptionsTest.run("", m, "--input-shape", "x=2x3", "--random-inputs", "--seed", "1", "--print-outputs", "--interpret");
    assertEquals("0", r[0], r[2]);
    assertTrue(r[1].startsWith("out0: tensor<2x3xf32> = [["), r[1]);
    String[] bad = MlcRunOptionsTest.run("", m, "--input-shape", "x=2x4", "--random-inputs", "--interpret");
    assertEquals("1", bad[0]);
    assertTrue(bad[2].contains("m.onnx: error: --input-shape gives 'x' dimension 1 = 4, but the model fixes it to 3"), bad[2]);
  }

  @Test void importErrorsAreOneReport(@TempDir Path dir) throws Exception {
    String[] r = MlcRunOptionsTest.run("", model(dir, "Floor").toString(), "--random-inputs");
    assertEquals("1", r[0]);
    assertTrue(r[2].contains("m.onnx: error: the model uses 1 unsupported operator type (1 node); nothing was imported:\n  Floor x1: act"), r[2]);
  }
}
