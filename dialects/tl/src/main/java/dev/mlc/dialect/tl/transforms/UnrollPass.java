package dev.mlc.dialect.tl.transforms;

import dev.mlc.ir.Block;
import dev.mlc.ir.Builder;
import dev.mlc.ir.IRMapping;
import dev.mlc.ir.Location;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassContext;
import dev.mlc.ir.pass.PassInfo;
import dev.mlc.ir.pass.PassOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Unrolls innermost loops ({@code tl.loop}'s last dimension, {@code scf.for}) with constant bounds
 * and step by {@code factor}: the step is multiplied and the body repeated with the induction
 * variable advanced and the loop-carried values chained through the copies. When the factor does
 * not divide the trip count, a one-dimensional loop is split into the unrolled loop and a
 * remainder loop; a multi-dimensional one is left (with a remark under {@code report=true}).
 */
@PassInfo(name = "unroll", summary = "Unroll innermost tl.loop and scf.for loops with constant bounds")
public final class UnrollPass extends Pass {
  @PassOption(name = "factor", description = "Unroll factor (copies of the body per iteration)")
  int factor = 4;

  @PassOption(name = "report", description = "Emit a remark for every innermost loop left as it is, saying why")
  boolean report = false;

  @Override public void runOnOperation(Operation root, PassContext ctx) {
    List<Operation> loops = new ArrayList<>();
    root.walk(o -> {
      if ((o.isa("tl.loop") || o.isa("scf.for")) && innermost(o)) loops.add(o);
    });
    var count = ctx.statistic("num-unrolled", "loops unrolled");
    for (Operation l : loops) {
      String why = unroll(l);
      if (why == null) count.add(1);
      else if (report) l.emitRemark("not unrolled: " + why);
    }
  }

  static boolean innermost(Operation loop) {
    boolean[] nested = {false};
    loop.region(0).walk(o -> {
      if (o.isa("tl.loop") || o.isa("scf.for") || o.isa("tl.generic") || o.isa("scf.while")) nested[0] = true;
    });
    return !nested[0];
  }

  /** Operand positions of the unrolled dimension's lower bound, upper bound and step; the index of its induction variable; the rank. */
  record Shape(int lb, int ub, int step, int iv, int rank, int inits) {}

  static Shape shape(Operation op) {
    if (op.isa("scf.for")) return new Shape(0, 1, 2, 0, 1, 3);
    int n = LoopUtils.iterators(op).size();
    return new Shape(n - 1, 2 * n - 1, 3 * n - 1, n - 1, n, 3 * n);
  }

  String unroll(Operation op) {
    if (factor < 2) return "the factor is " + factor;
    Shape s = shape(op);
    Long lb = LoopUtils.constantIndex(op.operand(s.lb())), ub = LoopUtils.constantIndex(op.operand(s.ub())), st = LoopUtils.constantIndex(op.operand(s.step()));
    if (lb == null || ub == null || st == null) return "its bounds or step are not constants";
    if (st <= 0) return "its step is not positive";
    long trip = ub > lb ? (ub - lb + st - 1) / st : 0;
    if (trip < 2) return "it runs " + trip + " time(s)";
    int f = (int) Math.min(factor, trip);
    long main = trip - trip % f;
    Builder b = new Builder(op.context());
    Location loc = op.location();
    if (main != trip) {
      if (s.rank() != 1) return "the factor does not divide its trip count (" + trip + ") and it has " + s.rank() + " dimensions";
      b.setInsertionPoint(op);
      Value split = LoopUtils.index(b, loc, lb + main * st);
      b.setInsertionPointAfter(op);
      Operation rest = b.insert(op.clone(new IRMapping()));
      rest.setOperand(s.lb(), split);
      for (int i = 0; i < op.numResults(); i++) {
        op.result(i).replaceAllUsesWith(rest.result(i));
        rest.setOperand(s.inits() + i, op.result(i));
      }
      op.setOperand(s.ub(), split);
    }
    b.setInsertionPoint(op);
    op.setOperand(s.step(), LoopUtils.index(b, loc, st * f));
    Block body = op.region(0).front();
    Operation yield = body.last();
    List<Operation> original = new ArrayList<>();
    for (Operation o : body) if (o != yield) original.add(o);
    List<Value> carried = new ArrayList<>(yield.operands());
    Value iv = body.argument(s.iv());
    for (int k = 1; k < f; k++) {
      b.setInsertionPoint(yield);
      IRMapping m = new IRMapping();
      m.map(iv, LoopUtils.arith(b, loc, "arith.addi", iv, LoopUtils.index(b, loc, k * st)));
      for (int i = 0; i < carried.size(); i++) m.map(body.argument(s.rank() + i), carried.get(i));
      for (Operation o : original) b.insert(o.clone(m));
      List<Value> next = new ArrayList<>();
      for (Value y : yield.operands()) next.add(m.lookupOrDefault(y));
      carried = next;
    }
    yield.setOperands(carried);
    return null;
  }
}
