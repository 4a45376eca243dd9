package dev.mlc.ir.affine;

import java.util.List;

/** {@code (d0)[s0] : (d0 - s0 >= 0, d0 == 0)}: each constraint is {@code expr >= 0} or {@code expr == 0}. */
public record IntegerSet(int numDims, int numSymbols, List<AffineExpr> constraints, List<Boolean> isEquality) {
  public IntegerSet {
    constraints = List.copyOf(constraints);
    isEquality = List.copyOf(isEquality);
    if (constraints.size() != isEquality.size()) throw new IllegalArgumentException("one equality flag per constraint");
  }

  @Override public String toString() {
    StringBuilder sb = new StringBuilder();
    AffineSyntax.header(numDims, numSymbols, sb);
    sb.append(" : (");
    for (int i = 0; i < constraints.size(); i++) {
      if (i > 0) sb.append(", ");
      sb.append(constraints.get(i)).append(isEquality.get(i) ? " == 0" : " >= 0");
    }
    return sb.append(')').toString();
  }
}
