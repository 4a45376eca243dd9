package dev.mlc.dialect.arith.ir;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.FloatAttr;
import dev.mlc.ir.interp.Scalars;
import dev.mlc.ir.type.IntegerType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The algebraic folds of the arith ops, as MLIR's arith dialect folds them (each returns an
 * existing value, a constant attribute, the op's own result after an in-place update, or null).
 */
final class Folds {
  private Folds() {}

  private static Value lhs(Operation op) { return op.operand(0); }

  private static Value rhs(Operation op) { return op.operand(1); }

  /** addi(x, 0) -> x; addi(subi(a, b), b) -> a; addi(b, subi(a, b)) -> a. */
  static Object addi(Operation op, List<Attribute> c) {
    if (Match.isInt(c.get(1), 0)) return lhs(op);
    Operation sub = Match.def(lhs(op), ArithOps.SUBI);
    if (sub != null && sub.operand(1) == rhs(op)) return sub.operand(0);
    sub = Match.def(rhs(op), ArithOps.SUBI);
    if (sub != null && sub.operand(1) == lhs(op)) return sub.operand(0);
    return null;
  }

  /** subi(x, x) -> 0; subi(x, 0) -> x; subi(addi(a, b), b) -> a; subi(addi(a, b), a) -> b. */
  static Object subi(Operation op, List<Attribute> c) {
    if (lhs(op) == rhs(op)) return Match.intAttr(op.result(0).type(), 0);
    if (Match.isInt(c.get(1), 0)) return lhs(op);
    Operation add = Match.def(lhs(op), ArithOps.ADDI);
    if (add != null && add.operand(1) == rhs(op)) return add.operand(0);
    if (add != null && add.operand(0) == rhs(op)) return add.operand(1);
    return null;
  }

  /** muli(x, 0) -> 0; muli(x, 1) -> x. */
  static Object muli(Operation op, List<Attribute> c) {
    if (Match.isInt(c.get(1), 0)) return c.get(1);
    if (Match.isInt(c.get(1), 1)) return lhs(op);
    return null;
  }

  /** div(x, 1) -> x. */
  static Object divByOne(Operation op, List<Attribute> c) { return Match.isInt(c.get(1), 1) ? lhs(op) : null; }

  /** rem(x, 1) -> 0. */
  static Object remByOne(Operation op, List<Attribute> c) {
    return Match.isInt(c.get(1), 1) ? Match.intAttr(op.result(0).type(), 0) : null;
  }

  private static boolean isNotOf(Value maybeNot, Value x) {
    Operation xor = Match.def(maybeNot, ArithOps.XORI);
    return xor != null && (xor.operand(0) == x && Match.isAllOnes(Match.constant(xor.operand(1)))
        || xor.operand(1) == x && Match.isAllOnes(Match.constant(xor.operand(0))));
  }

  /** andi(x, 0) -> 0; andi(x, -1) -> x; andi(x, x) -> x; andi(x, not(x)) -> 0; andi(a, andi(a, b)) -> andi(a, b). */
  static Object andi(Operation op, List<Attribute> c) {
    if (Match.isInt(c.get(1), 0)) return c.get(1);
    if (Match.isAllOnes(c.get(1))) return lhs(op);
    if (lhs(op) == rhs(op)) return lhs(op);
    for (int i = 0; i < 2; i++) {
      Operation inner = Match.def(op.operand(i), ArithOps.ANDI);
      Value other = op.operand(1 - i);
      if (inner != null && (inner.operand(0) == other || inner.operand(1) == other)) return op.operand(i);
    }
    if (isNotOf(rhs(op), lhs(op)) || isNotOf(lhs(op), rhs(op))) return Match.intAttr(op.result(0).type(), 0);
    return null;
  }

  /** ori(x, 0) -> x; ori(x, -1) -> -1; ori(x, x) -> x; ori(x, not(x)) -> -1. */
  static Object ori(Operation op, List<Attribute> c) {
    if (Match.isInt(c.get(1), 0)) return lhs(op);
    if (Match.isAllOnes(c.get(1))) return c.get(1);
    if (lhs(op) == rhs(op)) return lhs(op);
    if (isNotOf(rhs(op), lhs(op)) || isNotOf(lhs(op), rhs(op))) return Match.intAttr(op.result(0).type(), -1);
    return null;
  }

  /** xori(x, 0) -> x; xori(x, x) -> 0; xori(xori(x, a), a) -> x; xori(a, xori(x, a)) -> x. */
  static Object xori(Operation op, List<Attribute> c) {
    if (Match.isInt(c.get(1), 0)) return lhs(op);
    if (lhs(op) == rhs(op)) return Match.intAttr(op.result(0).type(), 0);
    Operation prev = Match.def(lhs(op), ArithOps.XORI);
    if (prev != null && prev.operand(1) == rhs(op)) return prev.operand(0);
    if (prev != null && prev.operand(0) == rhs(op)) return prev.operand(1);
    prev = Match.def(rhs(op), ArithOps.XORI);
    if (prev != null && prev.operand(1) == lhs(op)) return prev.operand(0);
    if (prev != null && prev.operand(0) == lhs(op)) return prev.operand(1);
    return null;
  }

  /** shift(x, 0) -> x. */
  static Object shift(Operation op, List<Attribute> c) { return Match.isInt(c.get(1), 0) ? lhs(op) : null; }

  /** max(x, x) -> x; max(x, MAX) -> MAX; max(x, MIN) -> x (and the same for min). */
  static Object minMax(Operation op, List<Attribute> c, boolean unsigned, boolean max) {
    if (lhs(op) == rhs(op)) return lhs(op);
    Long k = Match.intOf(c.get(1));
    if (k == null) return null;
    Type t = Kind.elementOf(op.result(0).type());
    long hi = unsigned ? Scalars.wrap(-1, t) : ArithMath.maxSigned(t), lo = unsigned ? 0 : ArithMath.minSigned(t);
    if (Scalars.width(t) == 1 && !unsigned) {
      hi = 0;
      lo = 1;
    }
    if (k == (max ? hi : lo)) return c.get(1);
    if (k == (max ? lo : hi)) return lhs(op);
    return null;
  }

  /** maximumf(x, x) -> x; maximumf(x, -inf) -> x; maxnumf also maxnumf(x, NaN) -> x (and the same for min). */
  static Object floatMinMax(Operation op, List<Attribute> c, double identity, boolean nanIsIdentity) {
    if (lhs(op) == rhs(op)) return lhs(op);
    Double k = Match.floatOf(c.get(1));
    if (k == null) return null;
    if (k == identity || nanIsIdentity && Double.isNaN(k)) return lhs(op);
    return null;
  }

  /** negf(negf(x)) -> x. */
  static Object negf(Operation op, List<Attribute> c) {
    Operation inner = Match.def(op.operand(0), ArithOps.NEGF);
    return inner != null ? inner.operand(0) : null;
  }

  /**
   * cmpi(x, x) -> the predicate's value on equal operands; cmpi ne, ext(x : i1), 0 -> x; a constant on the left moves to the right (swapping the predicate).
   */
  static Object cmpi(Operation op, List<Attribute> c) {
    int p = CmpOp.predicate(op);
    Type rt = op.result(0).type();
    if (lhs(op) == rhs(op)) return Match.intAttr(rt, p == 0 || p == 3 || p == 5 || p == 7 || p == 9 ? 1 : 0);
    if (Match.isInt(c.get(1), 0)) {
      for (String ext : List.of(ArithOps.EXTSI, ArithOps.EXTUI)) {
        Operation e = Match.def(lhs(op), ext);
        if (e != null && ArithOps.isI1(e.operand(0).type()) && p == 1) return e.operand(0);
      }
    }
    if (c.get(0) != null && c.get(1) == null) {
      Value l = lhs(op), r = rhs(op);
      op.setAttr("predicate", CmpOp.predicateAttr(CmpOp.swapped(false, p)));
      op.setOperand(0, r);
      op.setOperand(1, l);
      return op.result(0);
    }
    return null;
  }

  /** cmpf with a NaN constant operand: the result is that of two NaNs. */
  static Object cmpf(Operation op, List<Attribute> c) {
    FloatAttr l = c.get(0) instanceof FloatAttr f ? f : null, r = c.get(1) instanceof FloatAttr f ? f : null;
    FloatAttr nan = l != null && Double.isNaN(l.value()) ? l : r != null && Double.isNaN(r.value()) ? r : null;
    if (nan == null) return null;
    return Match.intAttr(op.result(0).type(), ArithMath.cmpf(CmpOp.predicate(op), Double.NaN, Double.NaN) ? 1 : 0);
  }

  /**
   * select(c, x, x) -> x; select(true, a, b) -> a; select(false, a, b) -> b; select(c, true, false) -> c;
   * select(cmpi eq a b, a, b) -> b; select(cmpi ne a b, a, b) -> a.
   */
  static Object select(Operation op, List<Attribute> c) {
    Value cond = op.operand(0), t = op.operand(1), f = op.operand(2);
    if (t == f) return t;
    if (Match.isInt(c.get(0), 1)) return t;
    if (Match.isInt(c.get(0), 0)) return f;
    if (op.result(0).type().equals(IntegerType.of(1)) && Match.isInt(c.get(1), 1) && Match.isInt(c.get(2), 0)) return cond;
    Operation cmp = Match.def(cond, ArithOps.CMPI);
    if (cmp != null && (CmpOp.predicate(cmp) == 0 || CmpOp.predicate(cmp) == 1)
        && (cmp.operand(0) == t && cmp.operand(1) == f || cmp.operand(1) == t && cmp.operand(0) == f))
      return CmpOp.predicate(cmp) == 1 ? t : f;
    return null;
  }

  /** ext(ext(x)) -> ext(x) (the same kind of extension). */
  static Object extChain(Operation op, List<Attribute> c) {
    Operation inner = Match.def(op.operand(0), op.name());
    if (inner == null) return null;
    op.setOperand(0, inner.operand(0));
    return op.result(0);
  }

  /** trunci(ext(x)) -> x when x has the result type, -> trunci(x) when x is wider; trunci(trunci(x)) -> trunci(x). */
  static Object trunci(Operation op, List<Attribute> c) {
    Operation ext = Match.def(op.operand(0), ArithOps.EXTUI);
    if (ext == null) ext = Match.def(op.operand(0), ArithOps.EXTSI);
    Type dst = Kind.elementOf(op.result(0).type());
    if (ext != null) {
      Value src = ext.operand(0);
      if (Kind.width(Kind.elementOf(src.type())) > Kind.width(dst)) {
        op.setOperand(0, src);
        return op.result(0);
      }
      if (src.type().equals(op.result(0).type())) return src;
    }
    Operation tr = Match.def(op.operand(0), ArithOps.TRUNCI);
    if (tr != null) {
      op.setOperand(0, tr.operand(0));
      return op.result(0);
    }
    return null;
  }

  /** addui_extended(x, 0) -> x, false. */
  static Object adduiExtended(Operation op, List<Attribute> c) {
    if (!Match.isInt(c.get(1), 0)) return null;
    Attribute f = Match.intAttr(op.result(1).type(), 0);
    return f == null ? null : new ArrayList<>(Arrays.asList(lhs(op), f));
  }

  /** mul*_extended(x, 0) -> 0, 0; mului_extended(x, 1) -> x, 0. */
  static Object mulExtended(Operation op, List<Attribute> c, boolean unsigned) {
    if (Match.isInt(c.get(1), 0)) return new ArrayList<>(Arrays.asList(c.get(1), c.get(1)));
    if (unsigned && Match.isInt(c.get(1), 1)) {
      Attribute z = Match.intAttr(op.result(1).type(), 0);
      return z == null ? null : new ArrayList<>(Arrays.asList(lhs(op), z));
    }
    return null;
  }
}
