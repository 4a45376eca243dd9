package dev.mlc.onnx;

import dev.mlc.ir.interp.Tensor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The real models of issue 6 (fetched with npm, see {@link RealModels}) import, compile to native
 * code and match ONNX Runtime: the three PaddleOCR models and the wake-word heads, about a minute in
 * all (native compilation of recognition and detection takes most of it).
 */
class RealModelsTest {
  private static void check(Path model, String input, long[] shape, Harness.Tol tol) throws Exception {
    Tensor x = Harness.randomFloats(new Random(11), shape, 0, 1);
    byte[] bytes = Files.readAllBytes(model);
    var inputName = OnnxImporter.parse(new java.io.ByteArrayInputStream(bytes), model.getFileName().toString()).getGraph().getInput(0).getName();
    Harness.checkWithShapes(bytes, Map.of(input == null ? inputName : input, x), tol);
  }

  @Test void ocrClassification() throws Exception {
    check(RealModels.model(RealModels.OCR, "assets/ch_ppocr_mobile_v2.0_cls_infer.onnx"), null, new long[] {1, 3, 48, 192}, new Harness.Tol(1e-3, 1e-4));
  }

  @Test void ocrRecognition() throws Exception {
    check(RealModels.model(RealModels.OCR, "assets/ch_PP-OCRv4_rec_infer.onnx"), null, new long[] {1, 3, 48, 320}, new Harness.Tol(1e-3, 1e-3));
  }

  @Test void ocrDetection() throws Exception {
    check(RealModels.model(RealModels.OCR, "assets/ch_PP-OCRv4_det_infer.onnx"), null, new long[] {1, 3, 640, 640}, new Harness.Tol(1e-3, 1e-3));
  }

  @Test void wakeWordHeads() throws Exception {
    for (String m : new String[] {"hello_deepa.onnx", "namaste_deepa.onnx", "hello_deepa_old.onnx"}) {
      Path f = RealModels.model(RealModels.WAKE_WORD, "models/" + m);
      var in = OnnxImporter.parse(Files.newInputStream(f), m).getGraph().getInput(0).getType().getTensorType().getShape();
      long[] shape = new long[in.getDimCount()];
      for (int i = 0; i < shape.length; i++) shape[i] = in.getDim(i).hasDimValue() ? in.getDim(i).getDimValue() : 1;
      check(f, null, shape, new Harness.Tol(1e-4, 1e-5));
    }
  }
}
