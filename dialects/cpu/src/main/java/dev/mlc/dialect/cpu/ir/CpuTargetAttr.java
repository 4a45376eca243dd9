package dev.mlc.dialect.cpu.ir;

import dev.mlc.ir.DialectAttribute;
import dev.mlc.ir.Operation;
import dev.mlc.ir.asm.AsmParser;
import dev.mlc.ir.asm.AsmPrinter;
import java.util.List;

/**
 * The target a module or function is compiled for, attached as the discardable attribute
 * {@code cpu.target}: {@code #cpu.target<"x86-64", features = "+avx2,+fma", vector_bits = 256>}.
 * {@code arch} names the architecture (LLVM's {@code -march} spelling), {@code features} is LLVM's
 * feature string (comma-separated {@code +name}/{@code -name}, may be empty), {@code vector_bits} the
 * width of the widest vector register the code may use (a power of two from 64 to 2048). The
 * nearest enclosing op carrying the attribute decides ({@link #of}).
 */
public record CpuTargetAttr(String arch, String features, long vectorBits) implements DialectAttribute {
  /** The name of the attribute that carries a target. */
  public static final String ATTR = "cpu.target";

  @Override public String dialectNamespace() { return "cpu"; }

  @Override public void printBody(AsmPrinter p) {
    p.print("target<");
    p.printString(arch);
    if (!features.isEmpty()) {
      p.print(", features = ");
      p.printString(features);
    }
    p.print(", vector_bits = ").print(vectorBits).print('>');
  }

  @Override public String toString() {
    return "#cpu.target<\"" + arch + "\"" + (features.isEmpty() ? "" : ", features = \"" + features + "\"") + ", vector_bits = " + vectorBits + ">";
  }

  /** The features enabled by the feature string ({@code +name} entries, later entries winning). */
  public List<String> enabledFeatures() {
    java.util.LinkedHashSet<String> on = new java.util.LinkedHashSet<>();
    for (String f : features.split(",")) {
      if (f.startsWith("+")) on.add(f.substring(1));
      else if (f.startsWith("-")) on.remove(f.substring(1));
    }
    return List.copyOf(on);
  }

  public boolean hasFeature(String name) { return enabledFeatures().contains(name); }

  /** The target of the nearest op enclosing (or being) {@code op} that carries {@code cpu.target}, or null. */
  public static CpuTargetAttr of(Operation op) {
    for (Operation o = op; o != null; o = o.parentOp()) if (o.attr(ATTR) instanceof CpuTargetAttr t) return t;
    return null;
  }

  static CpuTargetAttr parse(AsmParser p) {
    p.parseKeyword("target");
    p.parsePunct("<");
    String arch = p.parseString();
    String features = "";
    long bits = 128;
    while (p.parseOptionalPunct(",")) {
      String key = p.parseKeyword();
      p.parsePunct("=");
      switch (key) {
        case "features" -> features = p.parseString();
        case "vector_bits" -> {
          bits = p.parseInteger().longValueExact();
          if (bits < 64 || bits > 2048 || Long.bitCount(bits) != 1) throw p.error("vector_bits must be a power of two from 64 to 2048, got " + bits);
        }
        default -> throw p.error("unknown #cpu.target parameter '" + key + "' (expected 'features' or 'vector_bits')");
      }
    }
    p.parsePunct(">");
    for (String f : features.isEmpty() ? new String[0] : features.split(","))
      if (f.length() < 2 || (f.charAt(0) != '+' && f.charAt(0) != '-')) throw p.error("feature '" + f + "' must start with '+' or '-'");
    return p.context().intern(new CpuTargetAttr(arch, features, bits));
  }
}
