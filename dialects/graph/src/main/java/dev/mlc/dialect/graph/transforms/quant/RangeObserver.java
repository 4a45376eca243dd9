package dev.mlc.dialect.graph.transforms.quant;

import dev.mlc.dialect.graph.interp.GraphInterpreter;
import dev.mlc.ir.Operation;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.interp.OpSemantics;
import dev.mlc.ir.interp.Tensor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Calibration: runs a model in the reference interpreter on sample inputs and records, for every
 * {@code graph.matmul}, {@code graph.gemm} and {@code graph.conv2d}, the minimum and maximum of the
 * finite values of its operand #0 (the activation the quantizer will quantize) and of its result
 * (the range a requantizing conv needs). The recorded ranges are plain min/max (no percentile
 * clipping); the quantizer turns them into asymmetric {@code ui8} parameters.
 *
 * <pre>{@code
 * RangeObserver obs = new RangeObserver(module);
 * for (Object[] sample : samples) obs.observe(ctx, "main", sample);
 * obs.table().write(Path.of("calib.json"));
 * }</pre>
 */
public final class RangeObserver {
  /** The ops the quantizer rewrites, and so the ops observed. */
  public static final Set<String> OPS = Set.of("graph.matmul", "graph.gemm", "graph.conv2d");

  private final Operation module;
  private final Map<Operation, String> keys;
  private final Map<String, double[]> inputs = new LinkedHashMap<>(), outputs = new HashMap<>();
  private int samples;

  public RangeObserver(Operation module) {
    this.module = module;
    this.keys = keys(module);
  }

  /** The key of {@code index}-th observed op (pre-order) of function {@code function}. */
  public static String key(String function, int index) { return function + "#" + index; }

  /**
   * The key of every observed op under {@code module}: its function's symbol name and its position
   * among the observed ops of that function in pre-order ({@code main#0}, {@code main#1}, ...).
   */
  public static Map<Operation, String> keys(Operation module) {
    Map<Operation, String> r = new IdentityHashMap<>();
    if (module.numRegions() == 0 || module.region(0).numBlocks() == 0) return r;
    for (Operation f : module.region(0).front()) {
      if (!(f.attr("sym_name") instanceof StringAttr name) || f.numRegions() == 0) continue;
      int[] next = {0};
      f.walkPreOrder(op -> {
        if (OPS.contains(op.name())) r.put(op, key(name.value(), next[0]++));
      });
    }
    return r;
  }

  /** Runs function {@code entry} of the module once on {@code args}, recording the ranges; returns its results. */
  public Object[] observe(dev.mlc.ir.MLContext ctx, String entry, Object... args) {
    Operation f = Interpreter.findFunction(module, entry);
    if (f == null) throw new IllegalArgumentException("no function '@" + entry + "' to calibrate");
    Interpreter in = instrument(new Interpreter(ctx));
    Object[] r = in.call(f, args);
    samples++;
    return r;
  }

  /** {@code in} with the semantics of the observed ops wrapped to record their ranges. */
  public Interpreter instrument(Interpreter in) {
    Map<String, OpSemantics> base = new HashMap<>();
    new GraphInterpreter().register(base::put);
    for (String name : OPS) {
      OpSemantics s = base.get(name);
      in.with(name, (interp, op, operands) -> {
        Object[] r = s.execute(interp, op, operands);
        String k = keys.get(op);
        if (k != null) {
          widen(inputs, k, operands[0]);
          widen(outputs, k, r[0]);
        }
        return r;
      });
    }
    return in;
  }

  private static void widen(Map<String, double[]> m, String key, Object value) {
    double[] mm = m.computeIfAbsent(key, k -> new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY});
    if (!(value instanceof Tensor t) || !t.isFloat()) return;
    for (double v : t.doubles()) {
      if (!Double.isFinite(v)) continue;
      if (v < mm[0]) mm[0] = v;
      if (v > mm[1]) mm[1] = v;
    }
  }

  /** The ranges seen so far (an op that saw no finite value gets {@code [0, 0]}). */
  public CalibrationTable table() {
    List<CalibrationTable.Entry> es = new ArrayList<>();
    Map<String, Operation> byKey = new LinkedHashMap<>();
    keys.forEach((op, k) -> byKey.put(k, op));
    List<String> ordered = new ArrayList<>(byKey.keySet());
    ordered.sort(RangeObserver::compareKeys);
    for (String k : ordered) {
      double[] in = inputs.get(k), out = outputs.get(k);
      if (in == null) continue; // never executed
      es.add(new CalibrationTable.Entry(k, byKey.get(k).name(), finite(in), finite(out)));
    }
    return new CalibrationTable(CalibrationTable.FORMAT, samples, es);
  }

  private static double[] finite(double[] r) { return r[0] <= r[1] ? r.clone() : new double[] {0, 0}; }

  private static int compareKeys(String a, String b) {
    int ia = a.lastIndexOf('#'), ib = b.lastIndexOf('#');
    int c = a.substring(0, ia).compareTo(b.substring(0, ib));
    return c != 0 ? c : Integer.compare(Integer.parseInt(a.substring(ia + 1)), Integer.parseInt(b.substring(ib + 1)));
  }
}
