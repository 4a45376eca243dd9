package dev.mlc.dialect.llvm.ir;

import dev.mlc.ir.DialectAttribute;
import dev.mlc.ir.asm.AsmParser;
import dev.mlc.ir.asm.AsmPrinter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The llvm dialect's enum and flag attributes, {@code #llvm.kind<value>}: {@code fastmath}
 * (flags, {@code none} or {@code fast} for all), {@code overflow} (flags), {@code linkage},
 * {@code cconv}, {@code tailcallkind}. {@code value} is the canonical text MLIR prints (flags in
 * MLIR's order, separated by {@code ", "}).
 */
public record LlvmAttr(String kind, String value) implements DialectAttribute {
  /** For flag kinds: the flags in print order; {@code fast} stands for all fastmath flags. */
  static final Map<String, List<String>> FLAGS = Map.of(
      "fastmath", List.of("nnan", "ninf", "nsz", "arcp", "contract", "afn", "reassoc"),
      "overflow", List.of("nsw", "nuw"));

  /** For enum kinds: the accepted values. */
  static final Map<String, List<String>> ENUMS = Map.of(
      "linkage", List.of("private", "internal", "available_externally", "linkonce", "weak", "common", "appending",
          "extern_weak", "linkonce_odr", "weak_odr", "external"),
      "cconv", List.of("ccc", "fastcc", "coldcc", "cc_10", "cc_11", "anyregcc", "preserve_mostcc", "preserve_allcc", "swiftcc",
          "cxx_fast_tlscc", "tailcc", "cfguard_checkcc", "swifttailcc"),
      "tailcallkind", List.of("none", "tail", "musttail", "notail"));

  public static final LlvmAttr FASTMATH_NONE = new LlvmAttr("fastmath", "none");
  public static final LlvmAttr OVERFLOW_NONE = new LlvmAttr("overflow", "none");
  public static final LlvmAttr CCONV_C = new LlvmAttr("cconv", "ccc");
  public static final LlvmAttr TAIL_NONE = new LlvmAttr("tailcallkind", "none");
  public static final LlvmAttr EXTERNAL = linkage("external");

  public static LlvmAttr linkage(String v) { return new LlvmAttr("linkage", v); }

  @Override public String dialectNamespace() { return "llvm"; }

  @Override public void printBody(AsmPrinter p) { p.print(kind).print('<').print(value).print('>'); }

  @Override public String toString() { return "#llvm." + kind + "<" + value + ">"; }

  /** The set flags (empty for {@code none}; every flag for {@code fast}). */
  public List<String> flags() {
    if (value.equals("none")) return List.of();
    if (value.equals("fast")) return FLAGS.get(kind);
    return List.of(value.split(", "));
  }

  public boolean has(String flag) { return flags().contains(flag); }

  /** A flag attribute from a set of flags, canonically ordered. */
  static LlvmAttr ofFlags(String kind, List<String> set) {
    List<String> order = FLAGS.get(kind);
    List<String> sorted = order.stream().filter(set::contains).toList();
    if (sorted.isEmpty()) return new LlvmAttr(kind, "none");
    if (kind.equals("fastmath") && sorted.size() == order.size()) return new LlvmAttr(kind, "fast");
    return new LlvmAttr(kind, String.join(", ", sorted));
  }

  /** Parses the text after {@code #llvm.}. */
  static dev.mlc.ir.Attribute parse(AsmParser p) {
    String kind = p.parseKeyword();
    if (LlvmMarkerAttr.KINDS.contains(kind)) return p.context().intern(new LlvmMarkerAttr(kind));
    if (!FLAGS.containsKey(kind) && !ENUMS.containsKey(kind)) throw p.error("unknown attribute `" + kind + "` in dialect `llvm`");
    p.parsePunct("<");
    List<String> values = new ArrayList<>();
    do values.add(p.parseKeyword()); while (FLAGS.containsKey(kind) && p.parseOptionalPunct(","));
    p.parsePunct(">");
    if (ENUMS.containsKey(kind)) {
      if (!ENUMS.get(kind).contains(values.get(0))) throw p.error("expected one of " + ENUMS.get(kind) + " for " + kind + ", got: " + values.get(0));
      return p.context().intern(new LlvmAttr(kind, values.get(0)));
    }
    List<String> set = new ArrayList<>();
    for (String v : values) {
      if (v.equals("none")) continue;
      if (v.equals("fast") && kind.equals("fastmath")) set.addAll(FLAGS.get(kind));
      else if (FLAGS.get(kind).contains(v)) set.add(v);
      else throw p.error("expected one of " + FLAGS.get(kind) + " or none for " + kind + " flags, got: " + v);
    }
    return p.context().intern(ofFlags(kind, set));
  }
}
