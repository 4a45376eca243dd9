package dev.mlc.dialect.arith.transforms;

import dev.mlc.dialect.arith.ir.ArithOp;
import dev.mlc.dialect.arith.ir.ArithOps;
import dev.mlc.dialect.arith.ir.CmpOp;
import dev.mlc.dialect.arith.ir.ConstantOp;
import dev.mlc.dialect.arith.ir.Kind;
import dev.mlc.dialect.arith.ir.Match;
import dev.mlc.dialect.arith.ir.OverflowAttr;
import dev.mlc.dialect.arith.ir.SelectOp;
import dev.mlc.ir.Attribute;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.FloatAttr;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.rewrite.PatternRewriter;
import dev.mlc.ir.rewrite.RewritePattern;
import dev.mlc.ir.rewrite.RewritePatternSet;
import dev.mlc.ir.type.IntegerType;
import java.util.List;
import java.util.function.LongBinaryOperator;

/**
 * The canonicalization patterns of the arith ops, as MLIR's {@code ArithCanonicalization.td} has
 * them; each entry's name is its algebra. Constants combine only when they are scalars or splats.
 */
public final class ArithPatterns {
  private ArithPatterns() {}

  // ---- building blocks ----

  private static Operation create(PatternRewriter r, Operation at, String name, Type type, List<Value> operands, NamedAttribute... attrs) {
    return r.create(name, at.location(), operands, List.of(type), DictionaryAttr.of(attrs));
  }

  private static Value constant(PatternRewriter r, Operation at, Attribute value) {
    return create(r, at, ConstantOp.NAME, ConstantOp.typeOf(value), List.of(), new NamedAttribute("value", value)).result(0);
  }

  private static NamedAttribute overflow(int flags) { return new NamedAttribute("overflowFlags", new OverflowAttr(flags)); }

  /** {@code f(a, b)} of two integer constants (scalars or splats) as a constant of {@code type}, or null. */
  private static Attribute combine(Type type, Attribute a, Attribute b, LongBinaryOperator f) {
    Long x = Match.intOf(a), y = Match.intOf(b);
    return x == null || y == null ? null : Match.intAttr(type, f.applyAsLong(x, y));
  }

  /** The body of a pattern matching {@code op(inner(x, c0), c1)}-shaped trees. */
  @FunctionalInterface
  private interface Body {
    boolean rewrite(Operation op, PatternRewriter r);
  }

  private static void add(RewritePatternSet s, String algebra, String root, Body b) {
    s.add(RewritePattern.of(algebra, root, 1, (op, r) -> ArithOp.usesItself(op) ? r.notifyMatchFailure(op, "the op uses its own result") : b.rewrite(op, r)));
  }

  /**
   * {@code outer(inner(x, c0), c1)} or the other operand orders, with {@code x} at position
   * {@code xPos} of inner and the constant at the other; {@code innerLeft}: inner is outer's lhs.
   */
  private record Nested(Operation inner, Value x, Attribute c0, Attribute c1) {}

  private static Nested nested(Operation op, String innerName, boolean innerLeft, int xPos) {
    Value innerVal = op.operand(innerLeft ? 0 : 1);
    Attribute c1 = Match.constant(op.operand(innerLeft ? 1 : 0));
    Operation inner = Match.def(innerVal, innerName);
    if (c1 == null || inner == null) return null;
    Attribute c0 = Match.constant(inner.operand(1 - xPos));
    return c0 == null ? null : new Nested(inner, inner.operand(xPos), c0, c1);
  }

  /** One pattern of the constant-reassociation family: {@code rebuild} names the new op and its operands. */
  private static void reassoc(RewritePatternSet s, String algebra, String root, String inner, boolean innerLeft, int xPos,
                              String newOp, boolean constantFirst, LongBinaryOperator combineC0C1) {
    add(s, algebra, root, (op, r) -> {
      Nested n = nested(op, inner, innerLeft, xPos);
      if (n == null) return r.notifyMatchFailure(op, "operands are not " + inner + " with a constant and a constant");
      Type t = op.result(0).type();
      Attribute c = combine(t, n.c0(), n.c1(), combineC0C1);
      if (c == null) return r.notifyMatchFailure(op, "constants are not scalars or splats");
      Value cv = constant(r, op, c);
      int flags = ArithOp.overflow(op) & ArithOp.overflow(n.inner());
      Operation repl = create(r, op, newOp, t, constantFirst ? List.of(cv, n.x()) : List.of(n.x(), cv), overflow(flags));
      r.replaceOp(op, repl);
      return true;
    });
  }

  // ---- per op ----

  public static void addi(RewritePatternSet s) {
    reassoc(s, "addi(addi(x, c0), c1) -> addi(x, c0 + c1)", ArithOps.ADDI, ArithOps.ADDI, true, 0, ArithOps.ADDI, false, Long::sum);
    reassoc(s, "addi(subi(x, c0), c1) -> addi(x, c1 - c0)", ArithOps.ADDI, ArithOps.SUBI, true, 0, ArithOps.ADDI, false, (c0, c1) -> c1 - c0);
    reassoc(s, "addi(subi(c0, x), c1) -> subi(c0 + c1, x)", ArithOps.ADDI, ArithOps.SUBI, true, 1, ArithOps.SUBI, true, Long::sum);
    for (int side = 0; side < 2; side++) {
      int mulSide = side;
      add(s, mulSide == 1 ? "addi(x, muli(y, -1)) -> subi(x, y)" : "addi(muli(x, -1), y) -> subi(y, x)", ArithOps.ADDI, (op, r) -> {
        Operation mul = Match.def(op.operand(mulSide), ArithOps.MULI);
        if (mul == null || !Match.isAllOnes(Match.constant(mul.operand(1)))) return r.notifyMatchFailure(op, "no operand is a multiplication by -1");
        r.replaceOp(op, create(r, op, ArithOps.SUBI, op.result(0).type(), List.of(op.operand(1 - mulSide), mul.operand(0)), overflow(0)));
        return true;
      });
    }
  }

  public static void subi(RewritePatternSet s) {
    reassoc(s, "subi(addi(x, c0), c1) -> addi(x, c0 - c1)", ArithOps.SUBI, ArithOps.ADDI, true, 0, ArithOps.ADDI, false, (c0, c1) -> c0 - c1);
    reassoc(s, "subi(c1, addi(x, c0)) -> subi(c1 - c0, x)", ArithOps.SUBI, ArithOps.ADDI, false, 0, ArithOps.SUBI, true, (c0, c1) -> c1 - c0);
    reassoc(s, "subi(subi(x, c0), c1) -> subi(x, c0 + c1)", ArithOps.SUBI, ArithOps.SUBI, true, 0, ArithOps.SUBI, false, Long::sum);
    reassoc(s, "subi(subi(c0, x), c1) -> subi(c0 - c1, x)", ArithOps.SUBI, ArithOps.SUBI, true, 1, ArithOps.SUBI, true, (c0, c1) -> c0 - c1);
    reassoc(s, "subi(c1, subi(x, c0)) -> subi(c0 + c1, x)", ArithOps.SUBI, ArithOps.SUBI, false, 0, ArithOps.SUBI, true, Long::sum);
    reassoc(s, "subi(c1, subi(c0, x)) -> addi(x, c1 - c0)", ArithOps.SUBI, ArithOps.SUBI, false, 1, ArithOps.ADDI, false, (c0, c1) -> c1 - c0);
    add(s, "subi(subi(a, b), a) -> subi(0, b)", ArithOps.SUBI, (op, r) -> {
      Operation sub = Match.def(op.operand(0), ArithOps.SUBI);
      if (sub == null || sub.operand(0) != op.operand(1)) return r.notifyMatchFailure(op, "lhs is not subi(a, b) of the rhs a");
      Attribute zero = Match.intAttr(op.result(0).type(), 0);
      if (zero == null) return r.notifyMatchFailure(op, "no constant zero of a dynamic shape");
      r.replaceOp(op, create(r, op, ArithOps.SUBI, op.result(0).type(), List.of(constant(r, op, zero), sub.operand(1)), overflow(0)));
      return true;
    });
  }

  public static void muli(RewritePatternSet s) {
    reassoc(s, "muli(muli(x, c0), c1) -> muli(x, c0 * c1)", ArithOps.MULI, ArithOps.MULI, true, 0, ArithOps.MULI, false, (a, b) -> a * b);
  }

  /** {@code op(ext(x), ext(y)) -> ext(op(x, y))} for x and y of one type. */
  private static void ofExt(RewritePatternSet s, String opName, String ext) {
    String short_ = opName.substring(6), e = ext.substring(6);
    add(s, short_ + "(" + e + "(x), " + e + "(y)) -> " + e + "(" + short_ + "(x, y))", opName, (op, r) -> {
      Operation a = Match.def(op.operand(0), ext), b = Match.def(op.operand(1), ext);
      if (a == null || b == null) return r.notifyMatchFailure(op, "operands are not both " + ext);
      if (!a.operand(0).type().equals(b.operand(0).type())) return r.notifyMatchFailure(op, "extended values differ in type");
      Operation inner = create(r, op, opName, a.operand(0).type(), List.of(a.operand(0), b.operand(0)));
      r.replaceOp(op, create(r, op, ext, op.result(0).type(), List.of(inner.result(0))));
      return true;
    });
  }

  public static void andi(RewritePatternSet s) {
    ofExt(s, ArithOps.ANDI, ArithOps.EXTUI);
    ofExt(s, ArithOps.ANDI, ArithOps.EXTSI);
  }

  public static void ori(RewritePatternSet s) {
    ofExt(s, ArithOps.ORI, ArithOps.EXTUI);
    ofExt(s, ArithOps.ORI, ArithOps.EXTSI);
  }

  public static void xori(RewritePatternSet s) {
    add(s, "xori(cmpi(p, a, b), true) -> cmpi(!p, a, b)", ArithOps.XORI, (op, r) -> {
      Operation cmp = Match.def(op.operand(0), ArithOps.CMPI);
      if (cmp == null || !op.result(0).type().equals(IntegerType.of(1)) || !Match.isInt(Match.constant(op.operand(1)), 1))
        return r.notifyMatchFailure(op, "not the negation of an i1 cmpi");
      r.replaceOp(op, create(r, op, ArithOps.CMPI, op.result(0).type(), List.of(cmp.operand(0), cmp.operand(1)),
          new NamedAttribute("predicate", CmpOp.predicateAttr(CmpOp.invertedInt(CmpOp.predicate(cmp))))));
      return true;
    });
    ofExt(s, ArithOps.XORI, ArithOps.EXTUI);
    ofExt(s, ArithOps.XORI, ArithOps.EXTSI);
  }

  public static void cmpi(RewritePatternSet s) {
    for (String ext : List.of(ArithOps.EXTSI, ArithOps.EXTUI))
      add(s, "cmpi(eq|ne, " + ext.substring(6) + "(a), " + ext.substring(6) + "(b)) -> cmpi(eq|ne, a, b)", ArithOps.CMPI, (op, r) -> {
        int p = CmpOp.predicate(op);
        Operation a = Match.def(op.operand(0), ext), b = Match.def(op.operand(1), ext);
        if (p > 1 || a == null || b == null || !a.operand(0).type().equals(b.operand(0).type()))
          return r.notifyMatchFailure(op, "not an equality of two " + ext + " of one type");
        r.replaceOp(op, create(r, op, ArithOps.CMPI, op.result(0).type(), List.of(a.operand(0), b.operand(0)),
            new NamedAttribute("predicate", CmpOp.predicateAttr(p))));
        return true;
      });
  }

  /**
   * cmpf(p, sitofp/uitofp(x), c) -> cmpi(p', x, trunc(c)) or a constant, as LLVM's instcombine and
   * MLIR do: a c beyond x's range decides the comparison; a fractional c adjusts the predicate
   * (x < 4.4 is x <= 4); declined where rounding x to the float type could change the result.
   */
  public static void cmpf(RewritePatternSet s) {
    add(s, "cmpf(p, itofp(x), c) -> cmpi(p', x, trunc(c)) or a constant", ArithOps.CMPF, (op, r) -> {
      Operation conv = Match.def(op.operand(0), ArithOps.SITOFP);
      boolean unsigned = conv == null;
      if (conv == null) conv = Match.def(op.operand(0), ArithOps.UITOFP);
      if (conv == null || !(Match.constant(op.operand(1)) instanceof FloatAttr cf) || !(conv.operand(0).type() instanceof IntegerType it))
        return r.notifyMatchFailure(op, "lhs is not a scalar int-to-float conversion or rhs is not a scalar float constant");
      FloatType ft = cf.type();
      double c = cf.value();
      int w = it.width(), valueBits = unsigned ? w : w - 1, mantissaWidth = ft.mantissaBits() + 1;
      if (w > mantissaWidth) {
        int exponent = Double.isNaN(c) || c == 0 ? Integer.MIN_VALUE : Math.getExponent(c);
        int maxExponent = (1 << (ft.exponentBits() - 1)) - 1;
        if (Double.isInfinite(c) ? maxExponent < valueBits : mantissaWidth <= exponent && exponent <= valueBits)
          return r.notifyMatchFailure(op, "rounding " + it + " to " + ft + " could change the comparison");
      }
      String name = CmpOp.FLOAT_PREDICATES.get(CmpOp.predicate(op));
      if (name.equals("ord") || name.equals("uno")) return replaceWithBool(r, op, name.equals("ord"));
      if (name.equals("true") || name.equals("false") || Double.isNaN(c)) return r.notifyMatchFailure(op, "left to the folder");
      String rel = name.substring(1), pred = rel.equals("eq") || rel.equals("ne") ? rel : (unsigned ? "u" : "s") + rel;
      double max = unsigned ? Math.scalb(1.0, w) - 1 : Math.scalb(1.0, w - 1) - 1, min = unsigned ? 0 : -Math.scalb(1.0, w - 1);
      if (c > max) return replaceWithBool(r, op, rel.equals("ne") || rel.equals("lt") || rel.equals("le"));
      if (c < min) return replaceWithBool(r, op, rel.equals("ne") || rel.equals("gt") || rel.equals("ge"));
      double k = c < 0 ? Math.ceil(c) : Math.floor(c);
      if (k != c) {
        boolean neg = c < 0;
        switch (pred) {
          case "ne" -> { return replaceWithBool(r, op, true); }
          case "eq" -> { return replaceWithBool(r, op, false); }
          case "ule" -> { if (neg) return replaceWithBool(r, op, false); }
          case "sle" -> { if (neg) pred = "slt"; }
          case "ult" -> { if (neg) return replaceWithBool(r, op, false); pred = "ule"; }
          case "slt" -> { if (!neg) pred = "sle"; }
          case "ugt" -> { if (neg) return replaceWithBool(r, op, true); }
          case "sgt" -> { if (neg) pred = "sge"; }
          case "uge" -> { if (neg) return replaceWithBool(r, op, true); pred = "ugt"; }
          case "sge" -> { if (!neg) pred = "sgt"; }
          default -> { }
        }
      }
      Value kv = constant(r, op, Match.intAttr(it, (long) k));
      r.replaceOp(op, create(r, op, ArithOps.CMPI, op.result(0).type(), List.of(conv.operand(0), kv),
          new NamedAttribute("predicate", CmpOp.predicateAttr(CmpOp.INT_PREDICATES.indexOf(pred)))));
      return true;
    });
  }

  private static boolean replaceWithBool(PatternRewriter r, Operation op, boolean v) {
    r.replaceOp(op, List.of(constant(r, op, Match.intAttr(op.result(0).type(), v ? 1 : 0))));
    return true;
  }

  /** {@code x} is {@code xori(c, true)}: returns {@code c}, else null. */
  private static Value notOf(Value x) {
    Operation xor = Match.def(x, ArithOps.XORI);
    return xor != null && Match.isInt(Match.constant(xor.operand(1)), 1) && Kind.elementOf(x.type()).equals(IntegerType.of(1))
        ? xor.operand(0) : null;
  }

  public static void select(RewritePatternSet s) {
    for (int branch = 1; branch <= 2; branch++) {
      int b = branch;
      add(s, b == 1 ? "select(p, select(p, a, b), c) -> select(p, a, c)" : "select(p, a, select(p, b, c)) -> select(p, a, c)", SelectOp.NAME, (op, r) -> {
        Operation inner = Match.def(op.operand(b), SelectOp.NAME);
        if (inner == null || inner.operand(0) != op.operand(0)) return r.notifyMatchFailure(op, "no nested select on the same condition");
        r.modifyOpInPlace(op, () -> op.setOperand(b, inner.operand(b)));
        return true;
      });
    }
    add(s, "select(not(p), a, b) -> select(p, b, a)", SelectOp.NAME, (op, r) -> {
      Value p = notOf(op.operand(0));
      if (p == null) return r.notifyMatchFailure(op, "condition is not a negation");
      r.replaceOp(op, create(r, op, SelectOp.NAME, op.result(0).type(), List.of(p, op.operand(2), op.operand(1))));
      return true;
    });
    add(s, "select(p, false, true) -> xori(p, true)", SelectOp.NAME, (op, r) -> {
      Type t = op.result(0).type();
      if (!t.equals(op.operand(0).type()) || !Kind.elementOf(t).equals(IntegerType.of(1))
          || !Match.isInt(Match.constant(op.operand(1)), 0) || !Match.isInt(Match.constant(op.operand(2)), 1))
        return r.notifyMatchFailure(op, "not select(p, false, true) of i1");
      Attribute one = Match.intAttr(t, 1);
      if (one == null) return r.notifyMatchFailure(op, "dynamic shape");
      r.replaceOp(op, create(r, op, ArithOps.XORI, t, List.of(op.operand(0), constant(r, op, one))));
      return true;
    });
    add(s, "select(p, 1, 0) -> extui(p); select(p, 0, 1) -> extui(xori(p, true))", SelectOp.NAME, (op, r) -> {
      Type t = op.result(0).type(), ct = op.operand(0).type();
      if (!(Kind.elementOf(t) instanceof IntegerType it) || it.width() == 1 || !Kind.sameShape(t, ct))
        return r.notifyMatchFailure(op, "result is not a wider integer of the condition's shape");
      Attribute a = Match.constant(op.operand(1)), b = Match.constant(op.operand(2));
      boolean direct = Match.isInt(a, 1) && Match.isInt(b, 0), inverted = Match.isInt(a, 0) && Match.isInt(b, 1);
      if (!direct && !inverted) return r.notifyMatchFailure(op, "values are not the constants 1 and 0");
      Value cond = op.operand(0);
      if (inverted) {
        Attribute one = Match.intAttr(ct, 1);
        if (one == null) return r.notifyMatchFailure(op, "dynamic shape");
        cond = create(r, op, ArithOps.XORI, ct, List.of(cond, constant(r, op, one))).result(0);
      }
      r.replaceOp(op, create(r, op, ArithOps.EXTUI, t, List.of(cond)));
      return true;
    });
  }

  public static void extsi(RewritePatternSet s) {
    add(s, "extsi(extui(x)) -> extui(x)", ArithOps.EXTSI, (op, r) -> {
      Operation ext = Match.def(op.operand(0), ArithOps.EXTUI);
      if (ext == null) return r.notifyMatchFailure(op, "operand is not an extui");
      r.replaceOp(op, create(r, op, ArithOps.EXTUI, op.result(0).type(), List.of(ext.operand(0))));
      return true;
    });
  }

  public static void trunci(RewritePatternSet s) {
    for (String ext : List.of(ArithOps.EXTSI, ArithOps.EXTUI))
      add(s, "trunci(" + ext.substring(6) + "(x)) -> " + ext.substring(6) + "(x) when x is narrower than the result", ArithOps.TRUNCI, (op, r) -> {
        Operation e = Match.def(op.operand(0), ext);
        if (e == null || Kind.width(Kind.elementOf(e.operand(0).type())) >= Kind.width(Kind.elementOf(op.result(0).type())))
          return r.notifyMatchFailure(op, "operand is not an " + ext + " of a narrower value");
        r.replaceOp(op, create(r, op, ext, op.result(0).type(), List.of(e.operand(0))));
        return true;
      });
    trunciOfShift(s);
  }

  /** Whether the shift amount {@code v} is a constant equal to {@code wide}'s width minus {@code narrow}'s. */
  private static boolean shiftIsWidthDifference(Value v, Type wide, Type narrow) {
    return Match.isInt(Match.constant(v), Kind.width(Kind.elementOf(wide)) - Kind.width(Kind.elementOf(narrow)));
  }

  public static void trunciOfShift(RewritePatternSet s) {
    add(s, "trunci(shrsi(x, c)) -> trunci(shrui(x, c)) when c is the number of bits truncated", ArithOps.TRUNCI, (op, r) -> {
      Operation sh = Match.def(op.operand(0), ArithOps.SHRSI);
      if (sh == null || !shiftIsWidthDifference(sh.operand(1), sh.result(0).type(), op.result(0).type()))
        return r.notifyMatchFailure(op, "operand is not a shrsi by the number of truncated bits");
      Operation shr = create(r, op, ArithOps.SHRUI, sh.result(0).type(), List.of(sh.operand(0), sh.operand(1)));
      r.modifyOpInPlace(op, () -> op.setOperand(0, shr.result(0)));
      return true;
    });
    for (String ext : List.of(ArithOps.EXTSI, ArithOps.EXTUI)) {
      String mul = ext.equals(ArithOps.EXTSI) ? "arith.mulsi_extended" : "arith.mului_extended";
      add(s, "trunci(shrui(muli(" + ext.substring(6) + "(x), " + ext.substring(6) + "(y)), c)) -> " + mul.substring(6) + "(x, y)#1", ArithOps.TRUNCI, (op, r) -> {
        Operation sh = Match.def(op.operand(0), ArithOps.SHRUI);
        Operation m = sh == null ? null : Match.def(sh.operand(0), ArithOps.MULI);
        Operation a = m == null ? null : Match.def(m.operand(0), ext), b = m == null ? null : Match.def(m.operand(1), ext);
        Type t = op.result(0).type();
        if (a == null || b == null || !a.operand(0).type().equals(t) || !b.operand(0).type().equals(t)
            || !shiftIsWidthDifference(sh.operand(1), m.result(0).type(), t))
          return r.notifyMatchFailure(op, "not the high half of a widened " + ext + " multiplication");
        Operation ext2 = r.create(mul, op.location(), List.of(a.operand(0), b.operand(0)), List.of(t, t), DictionaryAttr.EMPTY);
        r.replaceOp(op, List.of(ext2.result(1)));
        return true;
      });
    }
  }

  private static void castOfCast(RewritePatternSet s, String cast, String inner, boolean identity) {
    add(s, identity ? cast.substring(6) + "(" + inner.substring(6) + "(x)) -> x when x has the result type"
        : cast.substring(6) + "(" + inner.substring(6) + "(x)) -> " + cast.substring(6) + "(x)", cast, (op, r) -> {
      Operation in = Match.def(op.operand(0), inner);
      if (in == null) return r.notifyMatchFailure(op, "operand is not an " + inner);
      if (identity) {
        if (!in.operand(0).type().equals(op.result(0).type())) return r.notifyMatchFailure(op, "the inner cast's operand type differs from the result type");
        r.replaceOp(op, List.of(in.operand(0)));
      } else {
        r.replaceOp(op, create(r, op, cast, op.result(0).type(), List.of(in.operand(0))));
      }
      return true;
    });
  }

  public static void indexCast(RewritePatternSet s) {
    castOfCast(s, ArithOps.INDEX_CAST, ArithOps.INDEX_CAST, true);
    castOfCast(s, ArithOps.INDEX_CAST, ArithOps.EXTSI, false);
  }

  public static void indexCastUI(RewritePatternSet s) {
    castOfCast(s, ArithOps.INDEX_CASTUI, ArithOps.INDEX_CASTUI, true);
    castOfCast(s, ArithOps.INDEX_CASTUI, ArithOps.EXTUI, false);
  }

  public static void bitcast(RewritePatternSet s) { castOfCast(s, ArithOps.BITCAST, ArithOps.BITCAST, false); }

  private static void ofNegF(RewritePatternSet s, String opName) {
    String n = opName.substring(6);
    add(s, n + "(negf(a), negf(b)) -> " + n + "(a, b)", opName, (op, r) -> {
      Operation a = Match.def(op.operand(0), ArithOps.NEGF), b = Match.def(op.operand(1), ArithOps.NEGF);
      if (a == null || b == null) return r.notifyMatchFailure(op, "operands are not both negf");
      r.modifyOpInPlace(op, () -> {
        op.setOperand(0, a.operand(0));
        op.setOperand(1, b.operand(0));
      });
      return true;
    });
  }

  public static void mulf(RewritePatternSet s) { ofNegF(s, ArithOps.MULF); }

  public static void divf(RewritePatternSet s) { ofNegF(s, ArithOps.DIVF); }

  /** {@code name(a, b)} with its second result unused becomes {@code single(a, b)}. */
  private static void secondUnused(RewritePatternSet s, String name, String single) {
    add(s, name.substring(6) + "(a, b) with the second result unused -> " + single.substring(6) + "(a, b)", name, (op, r) -> {
      if (op.result(1).hasUses()) return r.notifyMatchFailure(op, "the second result is used");
      Operation repl = create(r, op, single, op.result(0).type(), List.of(op.operand(0), op.operand(1)), overflow(0));
      r.replaceAllUsesWith(op.result(0), repl.result(0));
      r.eraseOp(op);
      return true;
    });
  }

  public static void adduiExtended(RewritePatternSet s) { secondUnused(s, "arith.addui_extended", ArithOps.ADDI); }

  public static void muluiExtended(RewritePatternSet s) { secondUnused(s, "arith.mului_extended", ArithOps.MULI); }

  public static void mulsiExtended(RewritePatternSet s) {
    secondUnused(s, "arith.mulsi_extended", ArithOps.MULI);
    add(s, "mulsi_extended(x, 1) -> x, extsi(cmpi slt, x, 0)", "arith.mulsi_extended", (op, r) -> {
      if (!Match.isInt(Match.constant(op.operand(1)), 1)) return r.notifyMatchFailure(op, "rhs is not the constant 1");
      Type t = op.result(0).type();
      if (ArithOps.isI1(t)) return r.notifyMatchFailure(op, "an i1 true is -1 when signed");
      Attribute zero = Match.intAttr(t, 0);
      if (zero == null) return r.notifyMatchFailure(op, "dynamic shape");
      Type bool = Kind.withElement(t, IntegerType.of(1));
      Value neg = create(r, op, ArithOps.CMPI, bool, List.of(op.operand(0), constant(r, op, zero)),
          new NamedAttribute("predicate", CmpOp.predicateAttr(2))).result(0);
      Value high = Kind.elementOf(t).equals(IntegerType.of(1)) ? neg : create(r, op, ArithOps.EXTSI, t, List.of(neg)).result(0);
      r.replaceOp(op, List.of(op.operand(0), high));
      return true;
    });
  }
}
