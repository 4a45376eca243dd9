package dev.mlc.dialect.cpu.interp;

import dev.mlc.dialect.cpu.ir.CpuTargetAttr;
import dev.mlc.dialect.cpu.ir.VectorBitsOp;
import dev.mlc.ir.interp.InterpreterProvider;
import dev.mlc.ir.interp.Scalars;
import dev.mlc.ir.interp.Tensor;

/** The reference interpreter's implementations of the cpu dialect's ops. */
public final class CpuInterpreter implements InterpreterProvider {
  @Override public void register(Registry r) {
    r.add("cpu.vnni_dpbusd", (in, op, a) -> new Object[] {dpbusd((Tensor) a[0], (Tensor) a[1], (Tensor) a[2], false)});
    r.add("cpu.vnni_dpbusds", (in, op, a) -> new Object[] {dpbusd((Tensor) a[0], (Tensor) a[1], (Tensor) a[2], true)});
    r.add(VectorBitsOp.NAME, (in, op, a) -> new Object[] {Scalars.wrap(CpuTargetAttr.of(op).vectorBits(), op.result(0).type())});
  }

  /** Lane j: acc[j] + sum over k < 4 of zext(a[4j+k]) * sext(b[4j+k]), wrapped or saturated to i32. */
  public static Tensor dpbusd(Tensor acc, Tensor a, Tensor b, boolean saturate) {
    Tensor out = acc.copy();
    for (int j = 0; j < acc.size(); j++) {
      long sum = acc.getLong(j);
      for (int k = 0; k < 4; k++) sum += (a.getLong(4 * j + k) & 0xff) * (long) (byte) b.getLong(4 * j + k);
      if (saturate) sum = Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, sum));
      out.setLong(j, sum);
    }
    return out;
  }
}
