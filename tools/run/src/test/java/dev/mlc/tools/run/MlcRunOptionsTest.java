package dev.mlc.tools.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.tools.ToolIO;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Option handling and the printed form of results (end-to-end runs are in test-suites). */
class MlcRunOptionsTest {
  static String[] run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    ToolIO io = new ToolIO(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Path.of("."), Map.of());
    int code = new MlcRun().run(List.of(args), io);
    return new String[] {Integer.toString(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
  }

  @Test void formatsTensorsAsNestedRowMajorLists() {
    assertEquals("[[1.5, -2.0], [0.1, 4.0]]", MlcRun.format(Tensor.ofDoubles(FloatType.F32, new long[] {2, 2}, 1.5, -2, 0.1, 4)));
    assertEquals("0.1", MlcRun.format(Tensor.ofDoubles(FloatType.F64, new long[0], 0.1)));
    assertEquals("[true, false]", MlcRun.format(Tensor.ofLongs(IntegerType.of(1), new long[] {2}, 1, 0)));
    assertEquals("[[], []]", MlcRun.format(Tensor.zeros(IntegerType.of(8), 2, 0)));
    String big = MlcRun.format(Tensor.zeros(IntegerType.of(32), 3000));
    assertTrue(big.endsWith(", 0, ...]") && big.length() < 3100, big);
  }

  @Test void singleDashSpellingsWork() {
    assertEquals(List.of("--entry", "f", "--", "-x"), MlcRun.normalizeDashes(List.of("-entry", "f", "--", "-x")));
  }

  @Test void helpVersionAndBadOptions() {
    String[] help = run("", "--help");
    assertEquals("0", help[0]);
    assertTrue(help[1].contains("--check-against-interpreter") && help[1].contains("--input-shape"), help[1]);
    assertEquals("mlc-run 0.1.0 (MLC multi-level compiler)\n", run("", "--version")[1]);
    String[] bad = run("", "--seed", "x");
    assertEquals("1", bad[0]);
    assertTrue(bad[2].startsWith("mlc-run: error: Invalid value for option '--seed'"), bad[2]);
  }

  @Test void checkAgainstInterpreterNeedsNativeCode() {
    String[] r = run("func.func @main() { return }", "-", "--interpret", "--check-against-interpreter");
    assertEquals("1", r[0]);
    assertEquals("mlc-run: error: --check-against-interpreter compares native code with the interpreter; with --interpret there is nothing to compare\n", r[2]);
  }

  @Test void funcOnlyModulesRun() {
    String m = """
        func.func @main(%a: i32, %b: f64) -> (f64, i32) {
          %r:2 = call @swap(%a, %b) : (i32, f64) -> (f64, i32)
          return %r#0, %r#1 : f64, i32
        }
        func.func private @swap(%a: i32, %b: f64) -> (f64, i32) {
          return %b, %a : f64, i32
        }
        """;
    String[] r = run(m, "--interpret", "--random-inputs", "--seed", "1", "--print-outputs");
    assertEquals("0", r[0], r[2]);
    List<String> lines = r[1].lines().toList();
    assertTrue(lines.get(0).matches("out0: f64 = -?0\\.[0-9]+(E-[0-9]+)?"), r[1]);
    assertTrue(lines.get(1).matches("out1: i32 = [0-7]"), r[1]);
  }
}
