package dev.mlc.tools.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlc.backend.llvm.Profiler;
import dev.mlc.ir.Attribute;
import dev.mlc.ir.Operation;
import dev.mlc.ir.attr.ArrayAttr;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.lowering.tollvm.ProfileGraphOpsPass;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code mlc-run --profile[=TRACE.json]}: the table of time per graph op (from the counters of
 * {@link Profiler}, named by the {@code mlc.profile_ops} attribute that {@code profile-graph-ops}
 * leaves on the module) and the Chrome trace file (the JSON object format: complete events
 * {@code "ph": "X"} in microseconds, which chrome://tracing and Perfetto open).
 */
final class ProfileReport {
  /** One instrumented op: its name and location. */
  record Op(String name, String location) {}

  private ProfileReport() {}

  /** The instrumented ops of a module after profile-graph-ops, in id order. */
  static List<Op> ops(Operation module) {
    List<Op> ops = new ArrayList<>();
    if (module.attr(ProfileGraphOpsPass.OPS_ATTR) instanceof ArrayAttr a)
      for (Attribute e : a.elements())
        if (e instanceof ArrayAttr pair && pair.elements().size() == 2 && pair.elements().get(0) instanceof StringAttr n
            && pair.elements().get(1) instanceof StringAttr l)
          ops.add(new Op(n.value(), l.value()));
    return ops;
  }

  /** The table: one row per op with calls, total ms and its share of the runs' total time, then the time outside graph ops. */
  static void print(PrintStream out, List<Op> ops, Profiler.Session s, double runsTotalMs, int runs) {
    int w = "op".length(), lw = "location".length();
    for (Op o : ops) {
      w = Math.max(w, o.name().length());
      lw = Math.max(lw, o.location().length());
    }
    String row = "%-" + w + "s  %-" + lw + "s  %7s  %10s  %6s%n";
    out.printf(Locale.ROOT, "profile: %d runs, %.3f ms in total%n", runs, runsTotalMs);
    out.printf(Locale.ROOT, row, "op", "location", "calls", "total_ms", "%");
    double sum = 0;
    List<String> folded = new ArrayList<>();
    for (int i = 0; i < ops.size(); i++) {
      if (s.calls(i) == 0 && s.totalNanos(i) == 0) { // no code of its own: folded at compile time (a batch_norm into the conv's weights, say)
        folded.add(ops.get(i).name() + " (" + ops.get(i).location() + ")");
        continue;
      }
      double ms = s.totalNanos(i) / 1e6;
      sum += ms;
      out.printf(Locale.ROOT, row, ops.get(i).name(), ops.get(i).location(), s.calls(i), String.format(Locale.ROOT, "%.3f", ms),
          String.format(Locale.ROOT, "%.1f", runsTotalMs > 0 ? 100 * ms / runsTotalMs : 0));
    }
    double other = Math.max(0, runsTotalMs - sum);
    out.printf(Locale.ROOT, row, "(outside graph ops)", "", runs, String.format(Locale.ROOT, "%.3f", other),
        String.format(Locale.ROOT, "%.1f", runsTotalMs > 0 ? 100 * other / runsTotalMs : 0));
    if (!folded.isEmpty()) out.println("folded at compile time (no code of their own): " + String.join(", ", folded));
  }

  /** Writes the Chrome trace JSON of the session's events. */
  static void writeTrace(Path file, List<Op> ops, Profiler.Session s) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    ArrayNode events = root.putArray("traceEvents");
    ObjectNode meta = events.addObject();
    meta.put("name", "process_name").put("ph", "M").put("pid", 1).putObject("args").put("name", "mlc-run");
    for (Profiler.Event e : s.events()) {
      Op op = ops.get(e.op());
      ObjectNode ev = events.addObject();
      ev.put("name", op.name()).put("cat", "graph").put("ph", "X").put("ts", e.startNanos() / 1e3).put("dur", e.durationNanos() / 1e3)
          .put("pid", 1).put("tid", e.thread());
      ev.putObject("args").put("location", op.location()).put("op_id", e.op());
    }
    root.put("displayTimeUnit", "ms");
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) Files.createDirectories(parent);
    mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
  }
}
