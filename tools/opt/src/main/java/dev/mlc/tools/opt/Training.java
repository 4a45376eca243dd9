package dev.mlc.tools.opt;

import dev.mlc.tools.ToolIO;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A training workload for the JVM's ahead-of-time cache (JDK 25, JEP 483/515): the launchers run
 * it once after each build with {@code -XX:AOTCacheOutput}, so later runs start with the classes
 * loaded and linked and the hot methods' profiles recorded. It parses, verifies, transforms and
 * prints generated modules of the shapes users feed the tools.
 */
public final class Training {
  private Training() {}

  public static void main(String[] args) {
    String chain = chain(20_000);
    String funcs = funcs(2_000);
    PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    for (int round = 0; round < 3; round++) {
      run(chain, sink, "--allow-unregistered-dialect", "--mlir-print-op-generic");
      run(funcs, sink, "--allow-unregistered-dialect", "--mlir-print-op-generic");
      run(funcs, sink, "--allow-unregistered-dialect");
      run(funcs, sink, "--allow-unregistered-dialect", "--canonicalize", "--cse");
    }
  }

  private static void run(String input, PrintStream sink, String... args) {
    ToolIO io = new ToolIO(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), sink, sink, Path.of(""), Map.of());
    new MlcOpt().run(List.of(args), io);
  }

  /** One function with a chain of {@code n} float ops (as shared/bench/gen_mlir.py's chain). */
  static String chain(int n) {
    StringBuilder sb = new StringBuilder("\"builtin.module\"() ({\n  \"func.func\"() ({\n  ^bb0(%a: f32, %b: f32):\n");
    String prev = "%a";
    for (int i = 1; i <= n; i++) {
      sb.append("    %").append(i).append(" = \"arith.").append(i % 2 == 1 ? "addf" : "mulf").append("\"(").append(prev).append(", %b) : (f32, f32) -> f32\n");
      prev = "%" + i;
    }
    sb.append("    \"func.return\"(").append(prev).append(") : (f32) -> ()\n");
    sb.append("  }) {sym_name = \"chain\", function_type = (f32, f32) -> f32} : () -> ()\n}) : () -> ()\n");
    return sb.toString();
  }

  /** {@code n} small functions with nested loops and constants (as gen_mlir.py's funcs). */
  static String funcs(int n) {
    StringBuilder sb = new StringBuilder("\"builtin.module\"() ({\n");
    for (int k = 0; k < n; k++) {
      sb.append("""
            "func.func"() ({
            ^bb0(%x: f32, %n: index):
              %c0 = "arith.constant"() {value = 0 : index} : () -> index
              %c1 = "arith.constant"() {value = 1 : index} : () -> index
              %f1 = "arith.constant"() {value = 1.500000e+00 : f32} : () -> f32
              %r = "scf.for"(%c0, %n, %c1, %x) ({
              ^bb0(%i: index, %acc: f32):
                %t0 = "arith.mulf"(%acc, %f1) : (f32, f32) -> f32
                %t1 = "arith.addf"(%t0, %x) : (f32, f32) -> f32
                "scf.yield"(%t1) : (f32) -> ()
              }) : (index, index, index, f32) -> f32
              "func.return"(%r) : (f32) -> ()
            }) {sym_name = "f""").append(k).append("\", function_type = (f32, index) -> f32} : () -> ()\n");
    }
    return sb.append("}) : () -> ()\n").toString();
  }
}
