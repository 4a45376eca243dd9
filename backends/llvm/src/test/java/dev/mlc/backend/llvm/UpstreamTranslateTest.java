package dev.mlc.backend.llvm;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Our translation against upstream {@code mlir-translate-19 --mlir-to-llvmir} on the same inputs
 * (this module's {@code upstream/*.mlir} and the lit inputs of {@code test-suites/lit/translate}):
 * the LLVM IR must be the same, up to the module header, the order of a phi's incoming pairs and
 * the debug-info version flag upstream always adds. Skipped where mlir-translate-19 is not installed.
 */
class UpstreamTranslateTest {
  static final String UPSTREAM = "mlir-translate-19";

  static boolean upstreamAvailable() {
    try {
      Process p = new ProcessBuilder(UPSTREAM, "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Without header lines, module flags and blank lines; each phi's incoming pairs sorted. */
  static List<String> normalize(String ir) {
    List<String> out = new ArrayList<>();
    for (String line : ir.split("\n")) {
      if (line.isBlank() || line.startsWith("target ") || line.startsWith("; ModuleID") || line.startsWith("source_filename")
          || line.startsWith("!llvm.module.flags") || line.contains("!\"Debug Info Version\"")) continue;
      int phi = line.indexOf(" = phi ");
      if (phi >= 0) {
        int first = line.indexOf('[');
        String[] pairs = line.substring(first).split("(?<=\\]), ");
        Arrays.sort(pairs);
        line = line.substring(0, first) + String.join(", ", pairs);
      }
      out.add(line.stripTrailing());
    }
    return out;
  }

  static String upstream(Path file) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(UPSTREAM, "--mlir-to-llvmir", file.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), "mlir-translate-19 failed on " + file + ":\n" + out);
    return out;
  }

  @TestFactory Stream<DynamicTest> sameLlvmIrAsUpstream() throws IOException {
    Assumptions.assumeTrue(upstreamAvailable(), "skipped: mlir-translate-19 is not installed");
    List<Path> inputs = new ArrayList<>();
    try (var s = Files.list(Path.of("src/test/resources/upstream"))) {
      s.filter(p -> p.toString().endsWith(".mlir")).sorted().forEach(inputs::add);
    }
    Path lit = Path.of("../../test-suites/lit/translate");
    for (String name : List.of("basic.mlir", "ops.mlir", "globals.mlir", "emit.mlir"))
      if (Files.exists(lit.resolve(name))) inputs.add(lit.resolve(name));
    return inputs.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      String ours;
      try (LlvmModule m = LlvmModule.translate(TranslationTest.parse(Files.readString(file)), TargetOptions.generic().withOptLevel(-1))) {
        assertNotNull(m, "our translation failed on " + file);
        ours = m.toIR();
      }
      assertEquals(String.join("\n", normalize(upstream(file))), String.join("\n", normalize(ours)), file.toString());
    }));
  }
}
