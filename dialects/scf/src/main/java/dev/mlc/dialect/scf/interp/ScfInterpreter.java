package dev.mlc.dialect.scf.interp;

import dev.mlc.dialect.scf.ir.ExecuteRegionOp;
import dev.mlc.dialect.scf.ir.ForOp;
import dev.mlc.dialect.scf.ir.ForallOp;
import dev.mlc.dialect.scf.ir.IfOp;
import dev.mlc.dialect.scf.ir.IndexSwitchOp;
import dev.mlc.dialect.scf.ir.ParallelOp;
import dev.mlc.dialect.scf.ir.WhileOp;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Region;
import dev.mlc.ir.Type;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.interp.InterpreterProvider;
import dev.mlc.ir.interp.OpSemantics;
import dev.mlc.ir.interp.Scalars;
import java.util.Arrays;

/**
 * The reference interpreter's implementations of the scf dialect's ops. The terminators
 * ({@code scf.yield}, {@code scf.condition}, {@code scf.reduce}, {@code scf.reduce.return}) need
 * none: they end their region, which yields their operands to the op running it.
 */
public final class ScfInterpreter implements InterpreterProvider {
  @Override public void register(Registry r) {
    r.add(ForOp.NAME, ScfInterpreter::runFor);
    r.add(IfOp.NAME, (in, op, args) -> {
      Region region = (Long) args[0] != 0 ? IfOp.thenRegion(op) : IfOp.elseRegion(op);
      return region.isEmpty() ? OpSemantics.NONE : in.runRegion(region);
    });
    r.add(WhileOp.NAME, ScfInterpreter::runWhile);
    r.add(ParallelOp.NAME, ScfInterpreter::runParallel);
    r.add(IndexSwitchOp.NAME, (in, op, args) -> in.runRegion(op.region(IndexSwitchOp.regionFor(op, (Long) args[0]))));
    r.add(ExecuteRegionOp.NAME, (in, op, args) -> in.runRegion(op.region(0)));
    r.add(ForallOp.NAME, ScfInterpreter::runForall);
  }

  /** iv from lb while iv < ub (signed), by step > 0; the body's yield gives the next loop-carried values. */
  private static Object[] runFor(Interpreter in, Operation op, Object[] args) {
    long lb = (Long) args[0], ub = (Long) args[1], step = (Long) args[2];
    if (step <= 0) throw in.error("step must be positive, got " + step);
    Type t = ForOp.lowerBound(op).type();
    Object[] iter = Arrays.copyOfRange(args, 3, args.length);
    for (long iv = lb; iv < ub; ) {
      Object[] bodyArgs = new Object[iter.length + 1];
      bodyArgs[0] = iv;
      System.arraycopy(iter, 0, bodyArgs, 1, iter.length);
      iter = in.runRegion(op.region(0), bodyArgs);
      long next = Scalars.wrap(iv + step, t);
      if (next <= iv) break; // the induction variable would overflow its type: no further iteration
      iv = next;
    }
    return iter;
  }

  /** Runs "before"; its condition either ends the loop with the forwarded values or passes them to "do". */
  private static Object[] runWhile(Interpreter in, Operation op, Object[] args) {
    Object[] carried = args;
    while (true) {
      Object[] c = in.runRegion(WhileOp.before(op), carried);
      Object[] forwarded = Arrays.copyOfRange(c, 1, c.length);
      if ((Long) c[0] == 0) return forwarded;
      carried = in.runRegion(WhileOp.after(op), forwarded);
    }
  }

  /**
   * Runs the iterations of scf.forall in row-major order with the shared outputs as the last
   * arguments; the results are the shared outputs (which only tensor.parallel_insert_slice, in the
   * terminator, could write).
   */
  private static Object[] runForall(Interpreter in, Operation op, Object[] args) {
    int dims = ForallOp.rank(op);
    long[][] b = new long[3][dims];
    for (int k = 0; k < 3; k++)
      for (int d = 0; d < dims; d++) {
        Object m = ForallOp.mixed(op, k, d);
        b[k][d] = m instanceof Long c ? c : (Long) in.value((dev.mlc.ir.Value) m);
      }
    Object[] outs = ForallOp.outputs(op).stream().map(in::value).toArray();
    for (int d = 0; d < dims; d++) {
      if (b[2][d] <= 0) throw in.error("step must be positive, got " + b[2][d]);
      if (b[0][d] >= b[1][d]) return outs;
    }
    long[] iv = b[0].clone();
    while (true) {
      Object[] bodyArgs = new Object[dims + outs.length];
      for (int d = 0; d < dims; d++) bodyArgs[d] = iv[d];
      System.arraycopy(outs, 0, bodyArgs, dims, outs.length);
      in.runRegion(op.region(0), bodyArgs);
      int d = dims - 1;
      while (d >= 0) {
        iv[d] += b[2][d];
        if (iv[d] < b[1][d] && iv[d] > b[0][d]) break;
        iv[d] = b[0][d];
        d--;
      }
      if (d < 0) return outs;
    }
  }

  /** Runs the iterations in row-major order; each folds what its scf.reduce contributes into the accumulators. */
  private static Object[] runParallel(Interpreter in, Operation op, Object[] args) {
    int dims = ParallelOp.steps(op).size();
    long[] lb = new long[dims], ub = new long[dims], step = new long[dims];
    for (int d = 0; d < dims; d++) {
      lb[d] = (Long) args[d];
      ub[d] = (Long) args[dims + d];
      step[d] = (Long) args[2 * dims + d];
      if (step[d] <= 0) throw in.error("step must be positive, got " + step[d]);
      if (lb[d] >= ub[d]) return Arrays.copyOfRange(args, 3 * dims, args.length);
    }
    Object[] acc = Arrays.copyOfRange(args, 3 * dims, args.length);
    Operation reduce = ParallelOp.body(op).last();
    long[] iv = lb.clone();
    while (true) {
      Object[] contributed = in.runRegion(op.region(0), (Object[]) Arrays.stream(iv).boxed().toArray(Long[]::new));
      for (int i = 0; i < acc.length; i++) acc[i] = in.runRegion(reduce.region(i), acc[i], contributed[i])[0];
      int d = dims - 1;
      while (d >= 0) {
        iv[d] += step[d];
        if (iv[d] < ub[d] && iv[d] > lb[d]) break;
        iv[d] = lb[d];
        d--;
      }
      if (d < 0) return acc;
    }
  }
}
