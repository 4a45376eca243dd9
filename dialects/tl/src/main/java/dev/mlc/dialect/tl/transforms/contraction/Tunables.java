package dev.mlc.dialect.tl.transforms.contraction;

import dev.mlc.ir.Operation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The ops {@code tl-matmul-kernel} rewrites, as the tuning database names them: a matrix product
 * ({@code matmul}: batch extents {@code b0, b1, ..}, {@code m, n, k}, and whether A and B are read
 * transposed, {@code ta, tb}) or a convolution ({@code conv2d}: batch {@code n}, output channels
 * {@code f}, output rows and columns {@code oh, ow}, input channels {@code c}, kernel {@code kh, kw},
 * row stride {@code sh}, dilations {@code dh, dw} (1 where the loop has extent 1); padding is already
 * in the input buffer, groups are one), on f32 buffers.
 */
public final class Tunables {
  private Tunables() {}

  /** A tunable op and its tuning-database name. */
  public record Tunable(Operation op, String kind, Map<String, Long> shape, String dtype) {}

  /** The host target for {@code tuning-target}'s default: a tool with LLVM registers one ({@code META-INF/services}). */
  public interface HostTarget {
    TuningDb.Target host();
  }

  /** The registered host target, or null when no provider is on the class path. */
  public static TuningDb.Target host() {
    for (HostTarget h : ServiceLoader.load(HostTarget.class, Tunables.class.getClassLoader())) {
      TuningDb.Target t = h.host();
      if (t != null) return t;
    }
    return null;
  }

  /** The op's tuning-database name, or null when {@code tl-matmul-kernel} would not rewrite it (with {@code conv2d}: convolutions too). */
  public static Tunable of(Operation o, boolean conv2d) {
    if (!o.isa("tl.matmul") && !(o.isa("tl.generic") && o.numOperands() == 3)) return null;
    Contraction c = Contraction.of(o);
    if (c != null) return matmul(c);
    return conv2d && ConvContraction.match(o) instanceof ConvContraction cc ? conv(cc) : null;
  }

  /** Every tunable op under {@code root}, in walk order. */
  public static List<Tunable> find(Operation root, boolean conv2d) {
    List<Tunable> r = new ArrayList<>();
    root.walk(o -> {
      Tunable t = of(o, conv2d);
      if (t != null) r.add(t);
    });
    return r;
  }

  static Tunable matmul(Contraction c) {
    Map<String, Long> s = new LinkedHashMap<>();
    for (int i = 0; i < c.batch().length; i++) s.put("b" + i, c.batch()[i]);
    s.put("m", c.m());
    s.put("n", c.n());
    s.put("k", c.k());
    s.put("ta", c.transA() ? 1L : 0L);
    s.put("tb", c.transB() ? 1L : 0L);
    return new Tunable(c.op(), "matmul", s, "f32");
  }

  static Tunable conv(ConvContraction c) {
    long[] l = c.loops();
    Map<String, Long> s = new LinkedHashMap<>();
    String[] names = {"n", "f", "oh", "ow", "c", "kh", "kw"};
    for (int i = 0; i < names.length; i++) s.put(names[i], l[i]);
    // a loop of extent 1 has no stride or dilation that matters (the match may report 0): 1, so equal convolutions have equal keys
    s.put("sh", l[2] == 1 ? 1 : c.sh());
    s.put("dh", l[5] == 1 ? 1 : c.dh());
    s.put("dw", l[6] == 1 ? 1 : c.dw());
    return new Tunable(c.op(), "conv2d", s, "f32");
  }
}
