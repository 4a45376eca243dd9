package dev.mlc.tools.run;

import dev.mlc.api.Model;
import dev.mlc.api.ModelException;
import dev.mlc.api.NDArray;
import dev.mlc.dialect.tl.transforms.contraction.Tunables;
import dev.mlc.dialect.tl.transforms.contraction.TuningDb;
import dev.mlc.ir.Block;
import dev.mlc.ir.IRMapping;
import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.type.MemRefType;
import dev.mlc.lowering.tollvm.GraphToLlvmPipeline;
import dev.mlc.text.Parser;
import dev.mlc.text.ParserConfig;
import dev.mlc.text.TypePrinting;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The search for one tunable op: the op alone in a module ({@link #standalone}), compiled with each
 * candidate's {@code tl-matmul-kernel{mr nr mc kc}} and timed natively; candidates in a fixed order
 * (the default parameters first), those that fail to compile skipped with a note.
 */
final class TuneSearch {
  /** Accumulators, the B vectors of one k step and the broadcast A value must fit in the 32 vector registers of AVX-512. */
  static final int REGISTERS = 32;

  private final Tunables.Tunable op;
  private final int threads;
  private final double minTimeMs;
  private final MlcTune.Progress progress;
  private final String name;

  TuneSearch(Tunables.Tunable op, int threads, double minTimeMs, MlcTune.Progress progress, String name) {
    this.op = op;
    this.threads = threads;
    this.minTimeMs = minTimeMs;
    this.progress = progress;
    this.name = name;
  }

  record Result(TuningDb.Params params, double ms, double defaultMs, int timed, int total) {}

  /** The search space: register tiles, then cache blocks around the best tile (matrix products only: a convolution's kernel has no cache blocks). */
  record Space(List<Integer> mr, List<Integer> nr, List<Integer> mc, List<Integer> kc, boolean staged) {
    static Space of(List<Integer> mr, List<Integer> nr, List<Integer> mc, List<Integer> kc) {
      boolean given = mr != null || nr != null || mc != null || kc != null;
      TuningDb.Params d = TuningDb.Params.DEFAULT;
      return new Space(mr != null ? mr : List.of(4, 6, 8, 12, 14), nr != null ? nr : List.of(16, 32, 48), mc != null ? mc : given ? List.of(d.mc()) : List.of(32, 64, 128, 256),
          kc != null ? kc : given ? List.of(d.kc()) : List.of(128, 256, 512), !given);
    }

    /** The candidates for {@code t}, the default first; the staged space's cache blocks use {@code null} as the place of the best tile found before. */
    List<Candidate> candidates(Tunables.Tunable t) {
      TuningDb.Params d = TuningDb.Params.DEFAULT;
      LinkedHashSet<Candidate> r = new LinkedHashSet<>();
      r.add(new Candidate(d.mr(), d.nr(), d.mc(), d.kc(), false));
      boolean conv = t.kind().equals("conv2d");
      List<Integer> mcs = conv ? List.of(d.mc()) : mc, kcs = conv ? List.of(d.kc()) : kc;
      for (int m : mr)
        for (int n : nr) {
          if (m < 1 || n < 16 || n % 16 != 0 || m * (n / 16) + n / 16 + 1 > REGISTERS) continue;
          if (staged) r.add(new Candidate(m, n, d.mc(), d.kc(), false));
          else for (int c : mcs) for (int k : kcs) r.add(new Candidate(m, n, c, k, false));
        }
      if (staged && !conv)
        for (int c : mcs) for (int k : kcs) r.add(new Candidate(0, 0, c, k, true));
      return List.copyOf(r);
    }
  }

  /** Parameters to try; with {@code bestTile} the tile is the best one found so far. */
  record Candidate(int mr, int nr, int mc, int kc, boolean bestTile) {
    TuningDb.Params params(TuningDb.Params best) { return bestTile ? new TuningDb.Params(best.mr(), best.nr(), mc, kc) : new TuningDb.Params(mr, nr, mc, kc); }
  }

  /**
   * Times the candidates in order until {@code budgetMs} has passed; null when none compiled. Then
   * the best and the default are timed again, alternately, {@value #CONFIRM} times each (a shared
   * machine's noise can make a candidate look faster once): the entry keeps the best only when the
   * medians of these rounds confirm it ({@link #MIN_GAIN} faster), and records them as its times.
   */
  Result run(List<Candidate> candidates, double budgetMs) {
    long start = System.nanoTime();
    Operation module = standalone(op);
    NDArray[] inputs = inputs(module);
    String base = threads > 1 ? GraphToLlvmPipeline.PARALLEL_PIPELINE : GraphToLlvmPipeline.PIPELINE;
    TuningDb.Params best = null;
    Model bestModel = null, defaultModel = null;
    double bestMs = Double.POSITIVE_INFINITY;
    List<TuningDb.Params> tried = new ArrayList<>();
    int timed = 0;
    try {
      for (int i = 0; i < candidates.size(); i++) {
        if (i > 0 && (System.nanoTime() - start) / 1e6 > budgetMs) {
          progress.show(String.format(Locale.ROOT, "%s: budget spent after %d/%d candidates", name, i, candidates.size()));
          break;
        }
        TuningDb.Params p = candidates.get(i).params(best != null ? best : TuningDb.Params.DEFAULT);
        if (tried.contains(p)) continue;
        tried.add(p);
        String pipeline = base.replace("tl-matmul-kernel,", "tl-matmul-kernel{mr=" + p.mr() + " nr=" + p.nr() + " mc=" + p.mc() + " kc=" + p.kc() + "},");
        Model m;
        double ms;
        try {
          m = MlcTune.compile(module, pipeline);
          ms = MlcTune.time(m, inputs, threads, minTimeMs);
        } catch (ModelException | IllegalArgumentException e) {
          progress.show(String.format(Locale.ROOT, "%s: candidate %d/%d %s does not compile, skipped: %s", name, i + 1, candidates.size(), p, firstLine(e.getMessage())));
          continue;
        }
        timed++;
        boolean keep = false;
        if (p.equals(TuningDb.Params.DEFAULT)) {
          defaultModel = m;
          keep = true;
        }
        if (ms < bestMs) {
          bestMs = ms;
          best = p;
          if (bestModel != null && bestModel != defaultModel) bestModel.close();
          bestModel = m;
          keep = true;
        }
        if (!keep) m.close();
        progress.show(String.format(Locale.ROOT, "%s: candidate %d/%d %s %.4f ms, best %.4f ms (%s)", name, i + 1, candidates.size(), p, ms, bestMs, best));
      }
      if (best == null) return null;
      if (defaultModel == null || bestModel == defaultModel) return new Result(best, bestMs, defaultModel == null ? Double.NaN : bestMs, timed, candidates.size());
      List<Double> b = new ArrayList<>(), d = new ArrayList<>();
      for (int r = 0; r < CONFIRM; r++) {
        d.add(MlcTune.time(defaultModel, inputs, threads, minTimeMs));
        b.add(MlcTune.time(bestModel, inputs, threads, minTimeMs));
      }
      double bm = MlcTune.median(b), dm = MlcTune.median(d);
      boolean faster = bm < dm * (1 - MIN_GAIN);
      progress.show(String.format(Locale.ROOT, "%s: confirm %s %.4f ms vs default %.4f ms%s", name, best, bm, dm, faster ? "" : ": not 2%% faster, default kept"));
      return faster ? new Result(best, bm, dm, timed, candidates.size()) : new Result(TuningDb.Params.DEFAULT, dm, dm, timed, candidates.size());
    } finally {
      if (bestModel != null) bestModel.close();
      if (defaultModel != null && defaultModel != bestModel) defaultModel.close();
    }
  }

  /** How much faster than the default the best must be in the final comparison to be kept (less is noise on a shared machine). */
  static final double MIN_GAIN = 0.02;

  /** Rounds of the final comparison of the best candidate with the default. */
  static final int CONFIRM = 3;

  private static String firstLine(String s) {
    if (s == null) return "";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /**
   * {@code func.func @main} with the op alone: its buffers become arguments, except constants
   * (packed weights stay compile-time constants, as in the model), which are copied in.
   */
  static Operation standalone(Tunables.Tunable t) {
    Operation op = t.op();
    MLContext ctx = op.context();
    List<Value> args = new ArrayList<>();
    List<Operation> constants = new ArrayList<>();
    StringBuilder sig = new StringBuilder();
    for (Value v : op.operands()) {
      if (constant(v)) {
        for (Operation d = v.definingOp(); d != null; d = d.numOperands() == 0 ? null : d.operand(0).definingOp())
          if (!constants.contains(d)) constants.add(0, d);
      } else if (!args.contains(v)) {
        sig.append(args.isEmpty() ? "" : ", ").append("%a").append(args.size()).append(": ").append(TypePrinting.toString(v.type()));
        args.add(v);
      }
    }
    String text = "func.func @main(" + sig + ") {\n  return\n}\n";
    Operation module = Parser.parse(ctx, "mlc-tune", text.getBytes(StandardCharsets.UTF_8), ParserConfig.DEFAULT);
    if (module == null) throw new IllegalStateException("mlc-tune: the standalone module of " + op.name() + " does not parse");
    Operation f = module.region(0).front().first();
    Block body = f.region(0).front();
    Operation ret = body.terminator();
    IRMapping map = new IRMapping();
    for (int i = 0; i < args.size(); i++) map.map(args.get(i), body.argument(i));
    for (Operation c : constants) {
      Operation copy = c.clone(map);
      body.insertBefore(copy, ret);
      for (int i = 0; i < c.numResults(); i++) map.map(c.result(i), copy.result(i));
    }
    body.insertBefore(op.clone(map), ret);
    return module;
  }

  /** A compile-time constant buffer: {@code tl.to_buffer} of an {@code arith.constant} (how weights reach tl), or a constant op itself. */
  static boolean constant(Value v) {
    Operation d = v.definingOp();
    if (d == null || d.numRegions() != 0) return false;
    if (d.numOperands() == 0) return d.name().endsWith(".constant");
    return d.name().equals("tl.to_buffer") && d.numOperands() == 1 && constant(d.operand(0));
  }

  /** Small random values (no denormals) for the module's buffer arguments, the same every time. */
  static NDArray[] inputs(Operation module) {
    Operation f = module.region(0).front().first();
    List<NDArray> r = new ArrayList<>();
    SplittableRandom rnd = new SplittableRandom(7);
    for (var a : f.region(0).front().arguments()) {
      Type ty = a.type();
      long[] shape = ((MemRefType) ty).shape();
      long n = 1;
      for (long d : shape) n *= d;
      float[] data = new float[Math.toIntExact(n)];
      for (int i = 0; i < data.length; i++) data[i] = (float) (rnd.nextDouble() - 0.5);
      r.add(NDArray.of(data, shape));
    }
    return r.toArray(new NDArray[0]);
  }
}
