package dev.mlc.ir.affine;

import java.util.List;

/** {@code (d0, d1)[s0] -> (d0 + s0, d1)}. */
public record AffineMap(int numDims, int numSymbols, List<AffineExpr> results) {
  public AffineMap {
    results = List.copyOf(results);
    if (numDims < 0 || numSymbols < 0) throw new IllegalArgumentException("negative dimension or symbol count");
  }

  public static AffineMap identity(int n) {
    AffineExpr[] r = new AffineExpr[n];
    for (int i = 0; i < n; i++) r[i] = new AffineExpr.Dim(i);
    return new AffineMap(n, 0, List.of(r));
  }

  public boolean isIdentity() {
    if (numSymbols != 0 || results.size() != numDims) return false;
    for (int i = 0; i < numDims; i++) if (!(results.get(i) instanceof AffineExpr.Dim d && d.position() == i)) return false;
    return true;
  }

  public long[] evaluate(long[] dims, long[] symbols) {
    long[] r = new long[results.size()];
    for (int i = 0; i < r.length; i++) r[i] = results.get(i).evaluate(dims, symbols);
    return r;
  }

  /** MLIR's syntax: {@code (d0)[s0] -> (d0 + s0)}. */
  @Override public String toString() {
    StringBuilder sb = new StringBuilder();
    AffineSyntax.header(numDims, numSymbols, sb);
    sb.append(" -> (");
    for (int i = 0; i < results.size(); i++) {
      if (i > 0) sb.append(", ");
      sb.append(results.get(i));
    }
    return sb.append(')').toString();
  }
}
