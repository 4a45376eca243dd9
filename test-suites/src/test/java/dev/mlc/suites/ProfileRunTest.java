package dev.mlc.suites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlc.tools.ToolIO;
import dev.mlc.tools.ToolMain;
import dev.mlc.tools.run.MlcRun;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mlc-run --profile}: one row per graph op of examples/cnn.mlir (but constants) with its
 * location and one call per run, the rows and the time outside graph ops add up to the runs' total,
 * and the Chrome trace is JSON with one complete event per op call. Also with parallel loops.
 */
class ProfileRunTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    ToolIO io = new ToolIO(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), dir, Map.of());
    int code = ToolMain.runGuarded(new MlcRun(), List.of(args), io);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The CNN's graph ops that run; its batch_norm is folded into the first conv's weights (fold-batch-norm). */
  static final List<String> CNN_OPS = List.of("graph.conv2d", "graph.relu", "graph.max_pool2d", "graph.conv2d", "graph.relu",
      "graph.global_avg_pool", "graph.flatten", "graph.gemm", "graph.softmax");

  void profileCnn(String threads) throws Exception {
    Path cnn = NativeRunTest.example("cnn.mlir");
    Run r = run(cnn.toString(), "--random-inputs", "--seed", "3", "--bench", "3", "--threads", threads, "--profile=trace.json");
    assertEquals(0, r.code(), r.err());
    Matcher head = Pattern.compile("profile: 3 runs, ([0-9.]+) ms in total").matcher(r.out());
    assertTrue(head.find(), r.out());
    double total = Double.parseDouble(head.group(1));
    Pattern row = Pattern.compile("^(graph\\.\\w+|\\(outside graph ops\\))\\s+(cnn\\.mlir:\\d+:\\d+)?\\s+(\\d+)\\s+([0-9.]+)\\s+([0-9.]+)$", Pattern.MULTILINE);
    Matcher m = row.matcher(r.out());
    List<String> ops = new ArrayList<>();
    Set<String> locations = new HashSet<>();
    double sum = 0;
    while (m.find()) {
      if (m.group(1).startsWith("graph.")) {
        ops.add(m.group(1));
        locations.add(m.group(2));
      }
      assertEquals(3, Integer.parseInt(m.group(3)), "calls of " + m.group(1));
      sum += Double.parseDouble(m.group(4));
    }
    assertEquals(CNN_OPS, ops, r.out());
    assertEquals(CNN_OPS.size(), locations.size(), "one location per op: " + locations);
    assertEquals(total, sum, 0.01 + 0.001 * total, "the rows add up to the total:\n" + r.out());
    assertTrue(r.out().contains("folded at compile time (no code of their own): graph.batch_norm (cnn.mlir:"), r.out());
    assertTrue(r.out().lines().reduce((a, b) -> b).orElse("").startsWith("bench: "), "the bench line comes last:\n" + r.out());

    JsonNode trace = new ObjectMapper().readTree(dir.resolve("trace.json").toFile());
    List<JsonNode> complete = new ArrayList<>();
    for (JsonNode e : trace.get("traceEvents")) if (e.get("ph").asText().equals("X")) complete.add(e);
    assertEquals(3 * CNN_OPS.size(), complete.size(), "one event per op call");
    for (JsonNode e : complete) {
      assertTrue(CNN_OPS.contains(e.get("name").asText()), e.toString());
      assertTrue(e.get("dur").asDouble() >= 0 && e.get("ts").asDouble() >= 0, e.toString());
      assertTrue(e.get("args").get("location").asText().startsWith("cnn.mlir:"), e.toString());
    }
  }

  @Test void cnnOnOneThread() throws Exception { profileCnn("1"); }

  @Test void cnnWithParallelLoops() throws Exception { profileCnn("2"); }

  @Test void profileNeedsNativeCode() {
    Run r = run(NativeRunTest.example("mlp.mlir").toString(), "--interpret", "--random-inputs", "--profile");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("--profile times native code"), r.err());
  }
}
