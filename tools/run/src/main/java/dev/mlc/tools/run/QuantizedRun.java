package dev.mlc.tools.run;

import dev.mlc.dialect.graph.transforms.quant.CalibrationTable;
import dev.mlc.dialect.graph.transforms.quant.QuantizePass;
import dev.mlc.dialect.graph.transforms.quant.RangeObserver;
import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.interp.Buffer;
import dev.mlc.ir.interp.InterpreterException;
import dev.mlc.ir.interp.Npy;
import dev.mlc.ir.interp.RandomInputs;
import dev.mlc.ir.interp.SemanticsCheck;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.pass.PassExecutor;
import dev.mlc.ir.pass.PassManager;
import dev.mlc.ir.type.ShapedType;
import dev.mlc.text.PrintOptions;
import dev.mlc.text.Printer;
import dev.mlc.tools.ToolError;
import dev.mlc.tools.ToolIO;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/**
 * {@code mlc-run --quantize}: calibrates the f32 model in the interpreter, quantizes it with the
 * {@code quantize} pass (docs/quantization.md) and keeps an f32 copy, so that after the quantized
 * model ran, {@link #report} can run the copy on the same inputs and compare.
 */
final class QuantizedRun {
  /** Calibration sample {@code k} of {@code --calibration-samples} uses seed {@code --seed + CALIBRATION_SEED_OFFSET + k}. */
  static final long CALIBRATION_SEED_OFFSET = 1_000_000;

  /** mlc-run's quantization options. */
  static final class Options {
    @Option(names = "--quantize", description = "Quantize matmul/gemm/conv2d to int8 after calibration, run the int8 model and print an accuracy report against f32.")
    boolean quantize;

    @Option(names = "--calibration-inputs", paramLabel = "DIR", description = "Calibrate on the .npy files in DIR, one sample per file (single-input entries).")
    String calibrationInputs;

    @Option(names = "--calibration-samples", paramLabel = "N", description = "Calibrate on N random samples, seeded from --seed (default: ${DEFAULT-VALUE}).")
    int calibrationSamples = 16;

    @Option(names = "--calibration-table", paramLabel = "FILE", description = "Also write the calibration table (JSON) to FILE.")
    String calibrationTable;

    @Option(names = "--per-tensor-weights", description = "One weight scale per tensor instead of per output channel.")
    boolean perTensorWeights;
  }

  private final Operation reference;

  private QuantizedRun(Operation reference) { this.reference = reference; }

  /** Calibrates {@code module}'s {@code entry}, quantizes {@code module} in place and returns the f32 copy to compare with. */
  static QuantizedRun prepare(Options q, ToolIO io, MLContext ctx, Operation module, String entry, long seed) {
    if (q.calibrationSamples < 1) throw new ToolError("--calibration-samples needs a positive number, got " + q.calibrationSamples);
    Operation f = dev.mlc.ir.interp.Interpreter.findFunction(module, entry);
    if (f == null) return null; // mlc-run reports the missing entry
    List<Type> types = SemanticsCheck.argumentTypes(f);
    RangeObserver obs = new RangeObserver(module);
    try {
      for (Object[] sample : samples(q, io, types, seed)) obs.observe(ctx, entry, sample);
    } catch (InterpreterException e) {
      if (e.op() != null) e.op().emitError("calibration: " + e.describe());
      else f.emitError("calibration: " + e.getMessage());
      throw new ToolError.Reported();
    }
    CalibrationTable table = obs.table();
    if (q.calibrationTable != null) {
      try {
        table.write(io.resolve(q.calibrationTable));
      } catch (IOException e) {
        throw new ToolError("cannot write the calibration table '" + q.calibrationTable + "': " + e.getMessage());
      }
    }
    Operation reference = module.clone();
    PassManager pm = new PassManager("builtin.module").addPass(QuantizePass.of(table, !q.perTensorWeights));
    PassExecutor exec = new PassExecutor(PassExecutor.Config.defaults(op -> Printer.print(op, PrintOptions.DEFAULT)).withThreads(1));
    if (!exec.run(pm, module)) throw new ToolError.Reported();
    return new QuantizedRun(reference);
  }

  private static List<Object[]> samples(Options q, ToolIO io, List<Type> types, long seed) {
    List<Object[]> r = new ArrayList<>();
    if (q.calibrationInputs == null) {
      for (int k = 0; k < q.calibrationSamples; k++) {
        for (Type t : types) {
          String why = RandomInputs.unsupportedReason(t);
          if (why != null) throw new ToolError("cannot calibrate on random samples: " + why + "; give --calibration-inputs DIR");
        }
        r.add(RandomInputs.generate(types, seed + CALIBRATION_SEED_OFFSET + k));
      }
      return r;
    }
    if (types.size() != 1 || !(types.getFirst() instanceof ShapedType st))
      throw new ToolError("--calibration-inputs needs an entry with one tensor argument; it has " + types.size() + " arguments");
    Path dir = io.resolve(q.calibrationInputs);
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".npy")).sorted().toList();
    } catch (IOException e) {
      throw new ToolError("--calibration-inputs: cannot list '" + q.calibrationInputs + "': " + (e instanceof java.nio.file.NoSuchFileException ? "no such directory" : e.getMessage()));
    }
    if (files.isEmpty()) throw new ToolError("--calibration-inputs: no .npy files in '" + q.calibrationInputs + "'");
    for (Path p : files) {
      Tensor v;
      try {
        v = Npy.read(Files.readAllBytes(p), st.elementType());
      } catch (IOException | Npy.FormatException | InterpreterException e) {
        throw new ToolError("--calibration-inputs: " + p.getFileName() + ": " + e.getMessage());
      }
      if (!java.util.Arrays.equals(v.shape(), st.shape()))
        throw new ToolError("--calibration-inputs: " + p.getFileName() + " has shape " + java.util.Arrays.toString(v.shape()) + ", the argument needs "
            + java.util.Arrays.toString(st.shape()));
      r.add(new Object[] {t(v, types.getFirst())});
    }
    return r;
  }

  private static Object t(Tensor v, Type t) { return t instanceof dev.mlc.ir.type.MemRefType ? Buffer.of(v) : v; }

  /** The f32 model, for running on the same inputs as the quantized one. */
  Operation reference() { return reference; }

  /** Prints max/mean abs error per result and the top-1 agreement of classifier-shaped ([B, C], C > 1) results. */
  static void report(PrintStream out, Object[] f32, Object[] int8) {
    out.println("quantization: int8 vs f32 on the run's inputs");
    for (int i = 0; i < f32.length; i++) {
      Tensor a = tensor(f32[i]), b = tensor(int8[i]);
      if (a == null || b == null || !a.isFloat()) continue;
      double max = 0, sum = 0;
      for (int k = 0; k < a.size(); k++) {
        double d = Math.abs(a.getDouble(k) - b.getDouble(k));
        max = Math.max(max, d);
        sum += d;
      }
      String line = String.format(Locale.ROOT, "out%d: max_abs_error=%.6g mean_abs_error=%.6g", i, max, a.size() == 0 ? 0 : sum / a.size());
      int[] top1 = top1Agreement(a, b);
      if (top1 != null) line += String.format(Locale.ROOT, " top1_agreement=%d/%d", top1[0], top1[1]);
      out.println(line);
    }
  }

  /** {agreeing rows, rows} of the argmax over the last axis, for rank-1 or rank-2 results with more than one class; else null. */
  static int[] top1Agreement(Tensor a, Tensor b) {
    if (a.rank() < 1 || a.rank() > 2 || a.dim(a.rank() - 1) < 2) return null;
    int c = (int) a.dim(a.rank() - 1), rows = a.size() / c, agree = 0;
    for (int r = 0; r < rows; r++) if (argmax(a, r * c, c) == argmax(b, r * c, c)) agree++;
    return new int[] {agree, rows};
  }

  private static int argmax(Tensor t, int from, int n) {
    int best = 0;
    for (int k = 1; k < n; k++) if (t.getDouble(from + k) > t.getDouble(from + best)) best = k;
    return best;
  }

  private static Tensor tensor(Object v) {
    if (v instanceof Tensor t) return t;
    if (v instanceof Buffer b) return b.toTensor();
    return null;
  }
}
