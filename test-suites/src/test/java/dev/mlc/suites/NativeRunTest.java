package dev.mlc.suites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.interp.Npy;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.type.FloatType;
import dev.mlc.tools.ToolIO;
import dev.mlc.tools.ToolMain;
import dev.mlc.tools.run.MlcRun;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Native runs end to end: graph-level models lowered with the graph-to-llvm pipeline, JIT-compiled,
 * called through the memref convention by mlc-run and compared with the reference interpreter;
 * and the arith expansions convert-to-llvm added for them, against the interpreter.
 */
class NativeRunTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    ToolIO io = new ToolIO(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), dir, Map.of());
    int code = ToolMain.runGuarded(new MlcRun(), List.of(args), io);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Path example(String name) {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent())
      if (Files.isRegularFile(p.resolve("examples").resolve(name))) return p.resolve("examples").resolve(name);
    throw new AssertionError("examples/" + name + " not found above " + Path.of("").toAbsolutePath());
  }

  /** The model runs natively and matches the interpreter on several seeds; the .npy outputs agree too. */
  void matchesInterpreter(Path model) throws Exception {
    for (int seed : new int[] {0, 1, 7}) {
      Run r = run(model.toString(), "--random-inputs", "--seed", "" + seed, "--check-against-interpreter", "--output-dir", "native" + seed);
      assertEquals(0, r.code(), r.err());
      assertTrue(r.err().startsWith("check-against-interpreter: ok"), r.err());
      Run i = run(model.toString(), "--interpret", "--random-inputs", "--seed", "" + seed, "--output-dir", "interp" + seed);
      assertEquals(0, i.code(), i.err());
      Tensor n = Npy.read(Files.readAllBytes(dir.resolve("native" + seed + "/out0.npy")), FloatType.F32);
      Tensor e = Npy.read(Files.readAllBytes(dir.resolve("interp" + seed + "/out0.npy")), FloatType.F32);
      assertEquals(e.size(), n.size());
      double sum = 0;
      for (int k = 0; k < n.size(); k++) {
        assertEquals(e.getDouble(k), n.getDouble(k), 1e-5 + 1e-4 * Math.abs(e.getDouble(k)), "element " + k + " for seed " + seed);
        sum += n.getDouble(k);
      }
      assertEquals(1.0, sum, 1e-5, "softmax probabilities sum to 1");
    }
  }

  @Test void mlpRunsNatively() throws Exception { matchesInterpreter(example("mlp.mlir")); }

  @Test void printsExactlyAsTheInterpreterFormats() {
    Path mlp = example("mlp.mlir");
    Run n = run(mlp.toString(), "--random-inputs", "--seed", "1", "--print-outputs");
    Run i = run(mlp.toString(), "--interpret", "--random-inputs", "--seed", "1", "--print-outputs");
    assertEquals(0, n.code(), n.err());
    assertTrue(n.out().matches("out0: tensor<1x4xf32> = \\[\\[[-0-9.E, ]+\\]\\]\n"), n.out());
    assertEquals(i.out().substring(0, 24), n.out().substring(0, 24));
  }

  @Test void mismatchIsALocatedReportAndExitsOne() {
    Run r = run(example("mlp.mlir").toString(), "--random-inputs", "--seed", "1", "--check-against-interpreter", "--rtol", "0", "--atol", "0");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("mlp.mlir:6:1: error: native results of '@main' differ from the interpreter's on random inputs (seed 1): "), r.err());
    assertFalse(r.err().contains("at dev.mlc"), r.err());
  }

  @Test void benchPrintsCompilePhasesThenTheBenchLine() {
    // a cache hit has no lower/llvm phases; one thread: the sequential pipeline
    Run r = run(example("mlp.mlir").toString(), "--random-inputs", "--bench", "5", "--no-cache", "--threads", "1");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.get(0).matches("parse: [0-9.]+ ms"), r.out());
    assertTrue(lines.stream().anyMatch(l -> l.matches("lower \\(graph-to-llvm\\): [0-9.]+ ms")), r.out());
    assertTrue(lines.stream().anyMatch(l -> l.matches("llvm \\(translation, optimization, codegen\\): [0-9.]+ ms")), r.out());
    assertTrue(lines.getLast().matches("bench: median_ms=[0-9.]+ min_ms=[0-9.]+ runs=5 threads=1"), r.out());
  }

  @Test void unsupportedModuleIsALocatedDiagnostic() throws Exception {
    Files.writeString(dir.resolve("u.mlir"), """
        func.func @main(%x: tensor<1x1x2x2xf32>) -> tensor<1x1x4x4xf32> {
          %y = "graph.resize"(%x) {scales = [1.0, 1.0, 2.0, 2.0], antialias = 1 : i64} : (tensor<1x1x2x2xf32>) -> tensor<1x1x4x4xf32>
          return %y : tensor<1x1x4x4xf32>
        }
        """);
    Run r = run("u.mlir", "--random-inputs");
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("u.mlir:2:8: error: 'graph.resize' op cannot be lowered"), r.err());
    assertFalse(r.err().contains("at dev.mlc"), r.err());
  }

  static final String DIVS = """
      func.func @floordiv(%a: i32, %b: i32) -> i32 {
        %q = arith.floordivsi %a, %b : i32
        return %q : i32
      }
      func.func @ceildiv(%a: i64, %b: i64) -> i64 {
        %q = arith.ceildivsi %a, %b : i64
        return %q : i64
      }""";

  @Test void floorAndCeilDivisionMatchTheInterpreter() {
    List<Object[]> in32 = new ArrayList<>(), in64 = new ArrayList<>();
    for (long a : new long[] {-9, -8, -7, -1, 0, 1, 6, 7, 8, 9, 2147483647, -2147483647})
      for (long b : new long[] {-8, -3, -1, 1, 2, 3, 8}) {
        in32.add(new Object[] {a, b});
        in64.add(new Object[] {a, b});
      }
    LowerToLlvmJitTest.check(DIVS, "floordiv", in32, x -> new Object[] {(int) (long) (Long) x[0], (int) (long) (Long) x[1]}, 0);
    LowerToLlvmJitTest.check(DIVS, "ceildiv", in64, x -> x, 0);
  }
}
