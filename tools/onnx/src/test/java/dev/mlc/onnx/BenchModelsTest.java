package dev.mlc.onnx;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.interp.Tensor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The shared benchmark models ({@code ../shared/bench/models} from the repository root; override
 * with {@code -Dmlc.bench.models=DIR}) import, run natively and match ONNX Runtime. They are inputs
 * of the project, so a missing directory fails the test.
 */
class BenchModelsTest {
  static Path modelsDir() {
    String p = System.getProperty("mlc.bench.models");
    if (p != null) return Path.of(p);
    // surefire runs in tools/onnx: the repository root is two levels up
    Path root = Path.of("").toAbsolutePath().getParent().getParent();
    for (Path c : List.of(root.resolve("../shared/bench/models"), root.resolve("shared/bench/models"), Path.of("/work/shared/bench/models")))
      if (Files.isDirectory(c)) return c.normalize();
    throw new AssertionError("the benchmark models are missing: expected ../shared/bench/models beside the repository (or -Dmlc.bench.models=DIR)");
  }

  private static void check(String file, String input, long[] shape, Harness.Tol tol) throws Exception {
    Path model = modelsDir().resolve(file);
    assertTrue(Files.isRegularFile(model), "missing " + model);
    Tensor x = Harness.randomFloats(new Random(7), shape, -1, 1);
    Harness.check(Files.readAllBytes(model), Map.of(input, x), tol, false, true);
  }

  private static String inputName(String file) throws Exception {
    var m = OnnxImporter.parse(Files.newInputStream(modelsDir().resolve(file)), file);
    return m.getGraph().getInput(0).getName();
  }

  @Test void mlp() throws Exception {
    check("mlp_784_512_512_10_b64.onnx", inputName("mlp_784_512_512_10_b64.onnx"), new long[] {64, 784}, Harness.Tol.contraction(784));
  }

  @Test void cnnSmall() throws Exception {
    check("cnn_small.onnx", inputName("cnn_small.onnx"), new long[] {1, 3, 224, 224}, Harness.Tol.contraction(288));
  }

  @Test void matmul1024() throws Exception {
    check("matmul_1024.onnx", inputName("matmul_1024.onnx"), new long[] {1024, 1024}, Harness.Tol.contraction(1024));
  }
}
