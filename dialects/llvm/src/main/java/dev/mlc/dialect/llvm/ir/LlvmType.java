package dev.mlc.dialect.llvm.ir;

import dev.mlc.ir.DialectType;
import dev.mlc.ir.Type;
import dev.mlc.ir.asm.AsmParser;
import dev.mlc.ir.asm.AsmPrinter;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.FunctionType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.VectorType;
import java.util.ArrayList;
import java.util.List;

/**
 * The llvm dialect's own types, spelled as MLIR 19 spells them: {@code !llvm.ptr}, {@code !llvm.ptr<1>},
 * {@code !llvm.struct<(i32, ptr)>}, {@code !llvm.struct<packed (i8, i32)>},
 * {@code !llvm.struct<"name", (i32)>}, {@code !llvm.array<4 x i32>}, {@code !llvm.void},
 * {@code !llvm.func<i32 (ptr, ...)>}. Nested llvm types print without the {@code !llvm.} prefix, and
 * both spellings parse. Builtin integer, float and vector types are used as they are.
 */
public sealed interface LlvmType extends DialectType {
  @Override default String dialectNamespace() { return "llvm"; }

  /** The body text after {@code !llvm.}. */
  String body();

  @Override default void printBody(AsmPrinter p) { p.print(body()); }

  /** {@code !llvm.ptr} in address space {@code addressSpace} (opaque pointer). */
  record Ptr(int addressSpace) implements LlvmType {
    public static final Ptr DEFAULT = new Ptr(0);

    @Override public String body() { return addressSpace == 0 ? "ptr" : "ptr<" + addressSpace + ">"; }

    @Override public String toString() { return "!llvm." + body(); }
  }

  /** {@code !llvm.void}: only as a function result. */
  record Void() implements LlvmType {
    public static final Void INSTANCE = new Void();

    @Override public String body() { return "void"; }

    @Override public String toString() { return "!llvm.void"; }
  }

  /** {@code !llvm.array<N x T>}. */
  record Array(long size, Type elementType) implements LlvmType {
    @Override public String body() { return "array<" + size + " x " + nested(elementType) + ">"; }

    @Override public String toString() { return "!llvm." + body(); }
  }

  /**
   * {@code !llvm.struct<...>}: literal when {@code name} is null, identified otherwise; an
   * identified struct without a body ({@code body == null}) is opaque.
   */
  record Struct(String name, List<Type> fields, boolean packed) implements LlvmType {
    public Struct { fields = fields == null ? null : List.copyOf(fields); }

    public static Struct literal(List<Type> fields) { return new Struct(null, fields, false); }

    public boolean isOpaque() { return fields == null; }

    @Override public String body() {
      StringBuilder b = new StringBuilder("struct<");
      if (name != null) {
        b.append(quote(name));
        if (fields == null) return b.append(", opaque>").toString();
        b.append(", ");
      }
      if (packed) b.append("packed ");
      b.append('(');
      for (int i = 0; i < fields.size(); i++) b.append(i > 0 ? ", " : "").append(nested(fields.get(i)));
      return b.append(")>").toString();
    }

    @Override public String toString() { return "!llvm." + body(); }
  }

  /** {@code !llvm.func<result (params, ...)>}. */
  record Func(Type result, List<Type> params, boolean varArg) implements LlvmType {
    public Func { params = List.copyOf(params); }

    public boolean returnsVoid() { return result instanceof Void; }

    @Override public String body() {
      StringBuilder b = new StringBuilder("func<").append(nested(result)).append(" (");
      for (int i = 0; i < params.size(); i++) b.append(i > 0 ? ", " : "").append(nested(params.get(i)));
      if (varArg) b.append(params.isEmpty() ? "..." : ", ...");
      return b.append(")>").toString();
    }

    @Override public String toString() { return "!llvm." + body(); }
  }

  // ---- text ----

  /** A type as MLIR prints it, for diagnostics (builtin types included). */
  public static String str(Type t) {
    if (t instanceof LlvmType) return t.toString();
    if (t instanceof VectorType v) {
      StringBuilder b = new StringBuilder("vector<");
      for (int i = 0; i < v.shape().length; i++) {
        if (v.scalableDims()[i]) b.append('[').append(v.shape()[i]).append(']');
        else b.append(v.shape()[i]);
        b.append('x');
      }
      return b.append(str(v.elementType())).append('>').toString();
    }
    if (t instanceof FunctionType ft) {
      StringBuilder b = new StringBuilder("(");
      for (int i = 0; i < ft.inputs().size(); i++) b.append(i > 0 ? ", " : "").append(str(ft.inputs().get(i)));
      b.append(") -> ");
      if (ft.results().size() == 1) return b.append(str(ft.results().get(0))).toString();
      b.append('(');
      for (int i = 0; i < ft.results().size(); i++) b.append(i > 0 ? ", " : "").append(str(ft.results().get(i)));
      return b.append(')').toString();
    }
    return String.valueOf(t);
  }

  /** A type nested in an llvm type: llvm types without their prefix. */
  private static String nested(Type t) { return t instanceof LlvmType l ? l.body() : str(t); }

  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') b.append('\\').append(c);
      else if (c < 0x20 || c >= 0x7f) b.append(String.format("\\%02X", (int) c));
      else b.append(c);
    }
    return b.append('"').toString();
  }

  // ---- parsing ----

  /** Parses the text after {@code !llvm.}. */
  static Type parse(AsmParser p) {
    Type t = parseOptionalKeywordType(p);
    if (t == null) throw p.error("unknown LLVM type");
    return t;
  }

  /** A type nested in an llvm type: an llvm type without prefix, or any type. */
  static Type parseNested(AsmParser p) {
    Type t = parseOptionalKeywordType(p);
    return t != null ? t : p.parseType();
  }

  private static Type parseOptionalKeywordType(AsmParser p) {
    var ctx = p.context();
    if (p.parseOptionalKeyword("ptr")) {
      if (!p.parseOptionalPunct("<")) return ctx.intern(Ptr.DEFAULT);
      int as = p.parseInteger().intValueExact();
      p.parsePunct(">");
      return ctx.intern(new Ptr(as));
    }
    if (p.parseOptionalKeyword("void")) return ctx.intern(Void.INSTANCE);
    if (p.parseOptionalKeyword("array")) {
      p.parsePunct("<");
      long n = p.parseInteger().longValueExact();
      p.parseKeyword("x");
      Type et = parseNested(p);
      p.parsePunct(">");
      if (!isValidElementType(et)) throw p.error("invalid array element type: " + str(et));
      return ctx.intern(new Array(n, et));
    }
    if (p.parseOptionalKeyword("func")) {
      p.parsePunct("<");
      Type result = parseNested(p);
      p.parsePunct("(");
      List<Type> params = new ArrayList<>();
      boolean varArg = false;
      if (!p.parseOptionalPunct(")")) {
        do {
          if (p.parseOptionalPunct("...")) {
            varArg = true;
            break;
          }
          params.add(parseNested(p));
        } while (p.parseOptionalPunct(","));
        p.parsePunct(")");
      }
      p.parsePunct(">");
      return ctx.intern(new Func(result, params, varArg));
    }
    if (p.parseOptionalKeyword("struct")) {
      p.parsePunct("<");
      String name = p.parseOptionalString();
      if (name != null) {
        if (p.parseOptionalPunct(">")) throw p.error("struct without a body only allowed in a recursive struct");
        p.parsePunct(",");
        if (p.parseOptionalKeyword("opaque")) {
          p.parsePunct(">");
          return ctx.intern(new Struct(name, null, false));
        }
      }
      boolean packed = p.parseOptionalKeyword("packed");
      p.parsePunct("(");
      List<Type> fields = new ArrayList<>();
      if (!p.parseOptionalPunct(")")) {
        do fields.add(parseNested(p)); while (p.parseOptionalPunct(","));
        p.parsePunct(")");
      }
      p.parsePunct(">");
      for (Type f : fields) if (!isValidElementType(f)) throw p.error("invalid LLVM structure element type: " + str(f));
      Struct s = ctx.intern(new Struct(name, fields, packed));
      if (name != null) {
        Struct prior = LlvmDialect.IDENTIFIED.computeIfAbsent(ctx, c -> new java.util.concurrent.ConcurrentHashMap<>()).putIfAbsent(name, s);
        if (prior != null && !prior.equals(s)) throw p.error("identified type already used with a different body");
      }
      return s;
    }
    return null;
  }

  /** Whether {@code t} may be an element of an array or struct (not void, not a function). */
  static boolean isValidElementType(Type t) { return !(t instanceof Void) && !(t instanceof Func) && !(t instanceof FunctionType); }

  /** Whether {@code t} is a type the llvm dialect can hold in a value (MLIR's LLVM-compatible types). */
  public static boolean isCompatible(Type t) {
    if (t instanceof LlvmType) return !(t instanceof Void) && !(t instanceof Func);
    if (t instanceof IntegerType it) return it.isSignless();
    if (t instanceof FloatType) return true;
    if (t instanceof VectorType v) return isCompatible(v.elementType()) && !(v.elementType() instanceof VectorType);
    return false;
  }
}
