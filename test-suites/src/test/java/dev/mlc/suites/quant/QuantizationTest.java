package dev.mlc.suites.quant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.dialect.graph.transforms.quant.CalibrationTable;
import dev.mlc.dialect.graph.transforms.quant.QuantizePass;
import dev.mlc.dialect.graph.transforms.quant.RangeObserver;
import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.interp.RandomInputs;
import dev.mlc.ir.interp.SemanticsCheck;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.pass.PassExecutor;
import dev.mlc.ir.pass.PassManager;
import dev.mlc.text.Parser;
import dev.mlc.text.PrintOptions;
import dev.mlc.text.Printer;
import dev.mlc.tools.ToolIO;
import dev.mlc.tools.ToolMain;
import dev.mlc.tools.run.MlcRun;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Calibration + int8 quantization of examples/mlp.mlir and examples/cnn.mlir: on seeded inputs the
 * quantized model (interpreted) stays within a stated bound of f32 and agrees on the top-1 class;
 * the quantized model JIT-compiled (mlc-run --quantize --check-against-interpreter) equals its
 * interpretation.
 */
class QuantizationTest {
  static final MLContext CTX = MLContext.withAllDialects(QuantizationTest.class.getClassLoader());
  @TempDir Path dir;

  static Path example(String name) {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent())
      if (Files.isRegularFile(p.resolve("examples").resolve(name))) return p.resolve("examples").resolve(name);
    throw new AssertionError("examples/" + name + " not found above " + Path.of("").toAbsolutePath());
  }

  static Operation parse(String name) throws Exception {
    Operation m = Parser.parse(CTX, name, Files.readAllBytes(example(name)), dev.mlc.text.ParserConfig.DEFAULT);
    assertNotNull(m, "parse failed");
    return m;
  }

  static Operation quantize(Operation m, CalibrationTable table) {
    PassManager pm = new PassManager("builtin.module").addPass(QuantizePass.of(table, true));
    assertTrue(new PassExecutor(PassExecutor.Config.defaults(op -> Printer.print(op, PrintOptions.DEFAULT))).run(pm, m), "quantize failed");
    return m;
  }

  /**
   * Calibrates on 16 random samples, quantizes, and compares f32 with int8 (both interpreted) on 20
   * other seeds: every probability within {@code bound}, the same top-1 class every time.
   */
  @ParameterizedTest
  @CsvSource({"mlp.mlir, 2, 0.02", "cnn.mlir, 3, 0.01"})
  void int8StaysCloseToF32AndAgreesOnTop1(String model, int expectedOps, double bound) throws Exception {
    Operation f32 = parse(model);
    Operation f32Main = Interpreter.findFunction(f32, "main");
    var types = SemanticsCheck.argumentTypes(f32Main);
    RangeObserver obs = new RangeObserver(f32);
    for (int k = 0; k < 16; k++) obs.observe(CTX, "main", RandomInputs.generate(types, 1000 + k));
    CalibrationTable table = obs.table();
    assertEquals(expectedOps, table.entries().size(), table.toJson());
    Operation int8 = quantize(f32.clone(), table);
    Set<String> ops = new HashSet<>();
    int8.walk(op -> ops.add(op.name()));
    assertTrue(ops.contains("graph.quantize_linear") && ops.contains("graph.dequantize_linear"), ops.toString());
    assertTrue(!ops.contains("graph.matmul") && !ops.contains("graph.gemm") && !ops.contains("graph.conv2d"), "f32 compute left: " + ops);
    Operation int8Main = Interpreter.findFunction(int8, "main");
    for (long seed = 0; seed < 20; seed++) {
      Object[] in = RandomInputs.generate(types, seed);
      Tensor a = (Tensor) new Interpreter(CTX).call(f32Main, in)[0], b = (Tensor) new Interpreter(CTX).call(int8Main, in)[0];
      double max = 0;
      int ta = 0, tb = 0;
      for (int i = 0; i < a.size(); i++) {
        max = Math.max(max, Math.abs(a.getDouble(i) - b.getDouble(i)));
        if (a.getDouble(i) > a.getDouble(ta)) ta = i;
        if (b.getDouble(i) > b.getDouble(tb)) tb = i;
      }
      assertTrue(max <= bound, model + " seed " + seed + ": max abs error " + max + " > " + bound);
      assertEquals(ta, tb, model + " seed " + seed + ": top-1 class differs");
    }
  }

  /** The table survives a JSON round trip and quantizes the same way. */
  @Test void tableRoundTripsThroughJson() throws Exception {
    Operation m = parse("mlp.mlir");
    RangeObserver obs = new RangeObserver(m);
    obs.observe(CTX, "main", RandomInputs.generate(SemanticsCheck.argumentTypes(Interpreter.findFunction(m, "main")), 7));
    CalibrationTable t = obs.table();
    Path f = dir.resolve("calib.json");
    t.write(f);
    CalibrationTable back = CalibrationTable.read(f);
    assertEquals(t.toJson(), back.toJson());
    assertEquals(List.of("main#0", "main#1"), back.entries().stream().map(CalibrationTable.Entry::key).toList());
    String viaMemory = Printer.print(quantize(m.clone(), t), PrintOptions.DEFAULT), viaFile = Printer.print(quantize(m.clone(), back), PrintOptions.DEFAULT);
    assertEquals(viaMemory, viaFile);
  }

  record Run(int code, String out, String err) {}

  Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    ToolIO io = new ToolIO(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), dir, Map.of());
    int code = ToolMain.runGuarded(new MlcRun(), List.of(args), io);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** mlc-run --quantize JIT-runs the int8 model, equal to its interpretation, and prints the accuracy report. */
  @ParameterizedTest
  @CsvSource({"mlp.mlir, 4", "cnn.mlir, 10"})
  void jitRunOfQuantizedModelEqualsInterpretation(String model, int classes) {
    Run r = run(example(model).toString(), "--quantize", "--calibration-samples", "8", "--random-inputs", "--seed", "3",
        "--check-against-interpreter", "--no-cache", "--calibration-table", "calib.json");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("check-against-interpreter: ok"), r.err());
    assertTrue(r.out().contains("quantization: int8 vs f32"), r.out());
    assertTrue(r.out().matches("(?s).*out0: max_abs_error=\\S+ mean_abs_error=\\S+ top1_agreement=1/1\\n.*"), r.out());
    assertTrue(Files.isRegularFile(dir.resolve("calib.json")));
  }

  /** Calibration from a directory of .npy samples; a missing directory is a clean error. */
  @Test void calibratesFromNpyDirectory() throws Exception {
    Files.createDirectories(dir.resolve("samples"));
    for (int k = 0; k < 3; k++) {
      Tensor t = (Tensor) RandomInputs.generate(List.of(new dev.mlc.ir.type.RankedTensorType(new long[] {1, 16}, dev.mlc.ir.type.FloatType.F32)), 50 + k)[0];
      Files.write(dir.resolve("samples/s" + k + ".npy"), dev.mlc.ir.interp.Npy.write(t));
    }
    Run r = run(example("mlp.mlir").toString(), "--quantize", "--calibration-inputs", "samples", "--random-inputs", "--interpret");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("top1_agreement="), r.out());
    Run bad = run(example("mlp.mlir").toString(), "--quantize", "--calibration-inputs", "nowhere", "--random-inputs", "--interpret");
    assertEquals(1, bad.code());
    assertTrue(bad.err().contains("--calibration-inputs: cannot list 'nowhere': no such directory"), bad.err());
    assertTrue(!bad.err().contains("Exception"), bad.err());
  }
}
