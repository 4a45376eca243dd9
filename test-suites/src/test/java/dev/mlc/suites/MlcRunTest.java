package dev.mlc.suites;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.interp.Npy;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.tools.ToolIO;
import dev.mlc.tools.ToolMain;
import dev.mlc.tools.run.MlcRun;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** mlc-run in-process: exit codes, .npy outputs, memref and scalar arguments, stdin, no stack traces. */
class MlcRunTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  Run run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    ToolIO io = new ToolIO(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), dir, Map.of());
    int code = ToolMain.runGuarded(new MlcRun(), List.of(args), io);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static final String MODULE = """
      func.func @main(%x: tensor<2x2xf32>, %n: i32) -> (tensor<2x2xf32>, i32) {
        %y = "test.add"(%x, %x) : (tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<2x2xf32>
        %m = "test.mul"(%n, %n) : (i32, i32) -> i32
        return %y, %m : tensor<2x2xf32>, i32
      }
      """;

  @Test void writesNpyOutputsFromNpyInputs() throws Exception {
    Files.write(dir.resolve("x.npy"), Npy.write(Tensor.ofDoubles(FloatType.F32, new long[] {2, 2}, 1, 2, 3, 4.5)));
    Files.write(dir.resolve("n.npy"), Npy.write(Tensor.ofLongs(IntegerType.of(32), new long[0], -7)));
    Files.writeString(dir.resolve("m.mlir"), MODULE);
    Run r = run("", "m.mlir", "--interpret", "--input", "arg0=x.npy", "--input=arg1=n.npy", "--output-dir", "outs");
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.out());
    Tensor y = Npy.read(Files.readAllBytes(dir.resolve("outs/out0.npy")), FloatType.F32);
    assertArrayEquals(new double[] {2, 4, 6, 9}, y.doubles());
    Tensor m = Npy.read(Files.readAllBytes(dir.resolve("outs/out1.npy")), IntegerType.of(32));
    assertEquals(0, m.rank());
    assertEquals(49L, m.get(0));
  }

  @Test void readsStandardInputAndPrintsOutputs() {
    Run r = run(MODULE, "-", "--interpret", "--random-inputs", "--seed", "3", "--print-outputs");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(2, lines.size(), r.out());
    assertTrue(lines.get(0).startsWith("out0: tensor<2x2xf32> = [["), r.out());
    assertTrue(lines.get(1).matches("out1: i32 = (0|1|4|9|16|25|36|49)"), r.out());
    assertEquals(r.out(), run(MODULE, "--interpret", "--random-inputs", "--seed", "3", "--print-outputs").out(), "same seed, same outputs");
  }

  @Test void memrefArgumentsAndDynamicShapes() {
    String m = """
        func.func @main(%t: tensor<?x2xi8>, %b: memref<3xf64>) -> (tensor<?x2xi8>, memref<3xf64>) {
          return %t, %b : tensor<?x2xi8>, memref<3xf64>
        }
        """;
    Run missing = run(m, "--interpret", "--random-inputs");
    assertEquals(1, missing.code());
    assertEquals("mlc-run: error: argument #0 (tensor<?x2xi8>) has a dynamic shape; give it with --input-shape arg0=DIMS or --input\n", missing.err());
    Run r = run(m, "--interpret", "--random-inputs", "--input-shape", "arg0=3x2", "--print-outputs");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("out0: tensor<?x2xi8> = [["), r.out());
    assertTrue(r.out().contains("out1: memref<3xf64> = ["), r.out());
    Run bad = run(m, "--interpret", "--random-inputs", "--input-shape", "arg0=3x5");
    assertEquals("mlc-run: error: --input-shape 3x5 does not fit argument #0 (tensor<?x2xi8>)\n", bad.err());
  }

  @Test void parseAndVerifierErrorsAreLocated() {
    Run r = run("func.func @main() -> i32 {\n  return\n}\n", "--interpret");
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("<stdin>:2:3: error: "), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
  }

  @Test void missingImplementationIsALocatedError() {
    Run r = run("func.func @main() -> i32 {\n  %c = \"test.unknown_op\"() : () -> i32\n  return %c : i32\n}\n", "--interpret");
    assertEquals(1, r.code());
    assertEquals("<stdin>:2:8: error: 'test.unknown_op' op no interpreter implementation for this op\n"
        + "  %c = \"test.unknown_op\"() : () -> i32\n       ^\n", r.err());
  }

  @Test void pipelineRunsBeforeInterpreting() {
    String m = """
        func.func @main() -> i32 {
          %a = "test.constant"() {value = 20 : i32} : () -> i32
          %b = "test.constant"() {value = 22 : i32} : () -> i32
          %c = "test.add"(%a, %b) : (i32, i32) -> i32
          return %c : i32
        }
        """;
    Run r = run(m, "--interpret", "--pipeline", "builtin.module(canonicalize)", "--print-outputs");
    assertEquals("out0: i32 = 42\n", r.out(), r.err());
    Run bad = run(m, "--interpret", "--pipeline", "nope");
    assertEquals(1, bad.code());
    assertTrue(bad.err().startsWith("mlc-run: error: --pipeline: "), bad.err());
  }

  @Test void nativeOnlyOptionsAreClearErrors() {
    Run n = run(MODULE, "--random-inputs", "--bench", "3", "--threads", "2");
    assertEquals(1, n.code());
    assertTrue(n.err().startsWith("<stdin>:1:1: error: "), "test ops have no lowering: a located error, " + n.err());
    assertFalse(n.err().contains("at dev.mlc"), n.err());
    assertEquals("mlc-run: error: --check-against-interpreter compares native code with the interpreter; with --interpret there is nothing to compare\n",
        run(MODULE, "--interpret", "--check-against-interpreter").err());
    Run r = run(MODULE, "--interpret", "--random-inputs", "--bench", "4", "--threads", "2");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().lines().toList().getLast().matches("bench: median_ms=[0-9.]+ min_ms=[0-9.]+ runs=4 threads=1"), r.out());
  }
}
