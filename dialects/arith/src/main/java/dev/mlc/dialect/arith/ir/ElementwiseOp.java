package dev.mlc.dialect.arith.ir;

import dev.mlc.ir.Traits;

/**
 * An always-defined (pure) op whose operands and result all have one type of a {@link Kind},
 * applied element by element: {@code %r = arith.addi %a, %b overflow<nsw> : i32},
 * {@code %r = math.exp %x fastmath<fast> : f32}, {@code %r = math.fma %a, %b, %c : vector<4xf32>}.
 */
public class ElementwiseOp extends AbstractElementwiseOp implements Traits.Pure {
  public ElementwiseOp(String name, int arity, Kind kind, Flags flags, String summary, String example, Elementwise.ScalarFn fn) {
    super(name, arity, kind, flags, summary, example, fn);
  }

  /** The same, with operands that commute. */
  public static final class Commutative extends ElementwiseOp implements Traits.Commutative {
    public Commutative(String name, Kind kind, Flags flags, String summary, String example, Elementwise.ScalarFn fn) {
      super(name, 2, kind, flags, summary, example, fn);
    }
  }
}
