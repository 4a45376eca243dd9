package dev.mlc.ir.affine;

final class AffineSyntax {
  private AffineSyntax() {}

  static void header(int numDims, int numSymbols, StringBuilder sb) {
    sb.append('(');
    for (int i = 0; i < numDims; i++) sb.append(i > 0 ? ", d" : "d").append(i);
    sb.append(')');
    if (numSymbols > 0) {
      sb.append('[');
      for (int i = 0; i < numSymbols; i++) sb.append(i > 0 ? ", s" : "s").append(i);
      sb.append(']');
    }
  }
}
