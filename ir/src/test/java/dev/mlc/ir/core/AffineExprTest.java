package dev.mlc.ir.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.affine.AffineExpr;
import dev.mlc.ir.affine.AffineExpr.Binary;
import dev.mlc.ir.affine.AffineExpr.Constant;
import dev.mlc.ir.affine.AffineExpr.Kind;
import dev.mlc.ir.affine.AffineMap;
import dev.mlc.ir.affine.IntegerSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Affine expressions: construction-time simplification, MLIR's printed syntax, and evaluation. */
class AffineExprTest {
  private static final AffineExpr D0 = AffineExpr.dim(0), D1 = AffineExpr.dim(1), D2 = AffineExpr.dim(2), S0 = AffineExpr.symbol(0);

  private static AffineExpr c(long v) { return AffineExpr.constant(v); }

  private static AffineExpr bin(Kind k, AffineExpr l, AffineExpr r) { return AffineExpr.binary(k, l, r); }

  // ---- simplification ----

  @Test
  void constantsFold() {
    assertEquals(c(5), c(2).plus(c(3)));
    assertEquals(c(-6), c(2).times(c(-3)));
    assertEquals(c(-4), bin(Kind.FLOORDIV, c(-7), c(2)));
    assertEquals(c(-3), bin(Kind.CEILDIV, c(-7), c(2)));
    assertEquals(c(1), bin(Kind.MOD, c(-7), c(2)));
    assertEquals(c(4), bin(Kind.CEILDIV, c(7), c(2)));
    assertEquals(c(-1), c(2).minus(c(3)));
  }

  @Test
  void divisionByZeroOrANegativeConstantIsNotFolded() {
    assertInstanceOf(Binary.class, bin(Kind.FLOORDIV, c(7), c(0)));
    assertInstanceOf(Binary.class, bin(Kind.MOD, c(7), c(-2)));
    assertInstanceOf(Binary.class, bin(Kind.CEILDIV, c(7), c(-2)));
  }

  @Test
  void constantsMoveRightAndIdentitiesVanish() {
    assertEquals(new Binary(Kind.ADD, D0, c(3)), c(3).plus(D0));
    assertEquals(new Binary(Kind.MUL, D0, c(2)), c(2).times(D0));
    assertEquals(D0, D0.plus(c(0)));
    assertEquals(D0, c(0).plus(D0));
    assertEquals(D0, D0.times(c(1)));
    assertEquals(D0, c(1).times(D0));
    assertEquals(D0, bin(Kind.FLOORDIV, D0, c(1)));
    assertEquals(D0, bin(Kind.CEILDIV, D0, c(1)));
    assertEquals(new Binary(Kind.MOD, c(3), D0), bin(Kind.MOD, c(3), D0), "mod is not commutative");
    assertEquals(new Binary(Kind.ADD, D0, new Binary(Kind.MUL, D1, c(-1))), D0.minus(D1), "subtraction is a + b * -1");
  }

  @Test
  void classification() {
    assertTrue(S0.times(c(3)).isSymbolicOrConstant());
    assertFalse(D0.plus(S0).isSymbolicOrConstant());
    assertTrue(D0.times(S0).isPureAffine(), "a dimension times a symbol is affine");
    assertFalse(D0.times(D1).isPureAffine());
    assertTrue(bin(Kind.MOD, D0.plus(D1), c(4)).isPureAffine());
    assertFalse(bin(Kind.FLOORDIV, D0, S0).isPureAffine(), "division by a symbol is semi-affine");
    assertEquals(3, D2.plus(D0).dimsUsed());
    assertEquals(0, c(1).dimsUsed());
    assertEquals(2, D0.plus(AffineExpr.symbol(1)).symbolsUsed());
  }

  // ---- printing ----

  @Test
  void printsMlirSyntaxWithMinimalParentheses() {
    assertEquals("d0 + d1 * 2", D0.plus(D1.times(c(2))).toString());
    assertEquals("(d0 + d1) * 2", D0.plus(D1).times(c(2)).toString());
    assertEquals("d0 - d1", D0.minus(D1).toString());
    assertEquals("d0 - d1 * 3", D0.minus(D1.times(c(3))).toString());
    assertEquals("d0 - 3", D0.plus(c(-3)).toString());
    assertEquals("d0 - (d1 + d2)", D0.minus(D1.plus(D2)).toString());
    assertEquals("d0 - (d1 - d2)", D0.minus(D1.minus(D2)).toString());
    assertEquals("d0 + d1 + d2", D0.plus(D1).plus(D2).toString());
    assertEquals("d0 + (d1 + d2)", D0.plus(D1.plus(D2)).toString());
    assertEquals("(d0 + 1) floordiv 4", bin(Kind.FLOORDIV, D0.plus(c(1)), c(4)).toString());
    assertEquals("d0 floordiv 2 * 3", bin(Kind.FLOORDIV, D0, c(2)).times(c(3)).toString());
    assertEquals("d0 * (d1 floordiv 2)", D0.times(bin(Kind.FLOORDIV, D1, c(2))).toString());
    assertEquals("d0 mod (s0 + 1)", bin(Kind.MOD, D0, S0.plus(c(1))).toString());
    assertEquals("d0 - d1 mod 3", D0.minus(bin(Kind.MOD, D1, c(3))).toString());
    assertEquals("d0 ceildiv 4 mod 2", bin(Kind.MOD, bin(Kind.CEILDIV, D0, c(4)), c(2)).toString());
    assertEquals("d0 * -2", D0.times(c(-2)).toString());
    assertEquals("-5", c(-5).toString());
    assertEquals("s0", S0.toString());
  }

  @Test
  void mapsAndSetsPrintTheirHeaders() {
    AffineMap m = new AffineMap(2, 1, List.of(D0.plus(S0), D1));
    assertEquals("(d0, d1)[s0] -> (d0 + s0, d1)", m.toString());
    assertEquals("() -> ()", new AffineMap(0, 0, List.of()).toString());
    assertEquals("(d0, d1, d2) -> (d0, d1, d2)", AffineMap.identity(3).toString());
    assertTrue(AffineMap.identity(3).isIdentity());
    assertFalse(new AffineMap(2, 0, List.of(D1, D0)).isIdentity());
    assertFalse(new AffineMap(1, 1, List.of(D0)).isIdentity());
    assertEquals(List.of(7L, 2L), toList(m.evaluate(new long[] {3, 2}, new long[] {4})));
    assertThrows(IllegalArgumentException.class, () -> new AffineMap(-1, 0, List.of()));
    IntegerSet s = new IntegerSet(1, 1, List.of(D0.minus(S0), D0), List.of(false, true));
    assertEquals("(d0)[s0] : (d0 - s0 >= 0, d0 == 0)", s.toString());
    assertThrows(IllegalArgumentException.class, () -> new IntegerSet(1, 0, List.of(D0), List.of()));
  }

  private static List<Long> toList(long[] a) { return java.util.Arrays.stream(a).boxed().toList(); }

  // ---- evaluation ----

  @Test
  void divisionRoundsTowardMinusAndPlusInfinity() {
    long[] none = {};
    assertEquals(-4, new Binary(Kind.FLOORDIV, c(-7), c(2)).evaluate(none, none));
    assertEquals(-3, new Binary(Kind.CEILDIV, c(-7), c(2)).evaluate(none, none));
    assertEquals(3, new Binary(Kind.FLOORDIV, c(7), c(2)).evaluate(none, none));
    assertEquals(4, new Binary(Kind.CEILDIV, c(7), c(2)).evaluate(none, none));
    assertEquals(-2, new Binary(Kind.FLOORDIV, c(-8), c(4)).evaluate(none, none), "exact division");
    assertEquals(-2, new Binary(Kind.CEILDIV, c(-8), c(4)).evaluate(none, none));
    assertEquals(1, new Binary(Kind.MOD, c(-7), c(2)).evaluate(none, none), "mod is never negative for a positive divisor");
    assertEquals(0, new Binary(Kind.MOD, c(-8), c(4)).evaluate(none, none));
    assertEquals(5, D0.minus(S0).evaluate(new long[] {7}, new long[] {2}));
  }

  /** For a positive divisor: floordiv * r + mod == l, 0 <= mod < r, and ceildiv is floordiv rounded up. */
  @Property(tries = 500)
  void divisionIdentities(@ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long l,
                          @ForAll @LongRange(min = 1, max = 1000) long r) {
    long[] dims = {l}, syms = {r};
    long q = bin(Kind.FLOORDIV, D0, S0).evaluate(dims, syms);
    long m = bin(Kind.MOD, D0, S0).evaluate(dims, syms);
    long cd = bin(Kind.CEILDIV, D0, S0).evaluate(dims, syms);
    assertEquals(l, q * r + m);
    assertTrue(0 <= m && m < r);
    assertEquals(m == 0 ? q : q + 1, cd);
    assertEquals(q, bin(Kind.FLOORDIV, c(l), c(r)) instanceof Constant k ? k.value() : Long.MIN_VALUE, "folding agrees with evaluation");
  }

  // ---- printing agrees with a parser of MLIR's grammar ----

  @Provide
  Arbitrary<AffineExpr> exprs() {
    Arbitrary<AffineExpr> leaf = Arbitraries.oneOf(
        Arbitraries.integers().between(0, 2).map(AffineExpr::dim),
        Arbitraries.integers().between(0, 1).map(AffineExpr::symbol),
        Arbitraries.longs().between(-5, 5).map(AffineExpr::constant));
    return Arbitraries.lazyOf(() -> leaf, () -> leaf, () -> leaf, () -> compound(true), () -> compound(false));
  }

  /** Built through the simplifying API or as raw (unsimplified) nodes. */
  private Arbitrary<AffineExpr> compound(boolean simplify) {
    return net.jqwik.api.Combinators.combine(Arbitraries.of(Kind.values()), exprs(), exprs(), Arbitraries.integers().between(0, 3))
        .as((k, l, r, sub) -> {
          if (sub == 0) return l.minus(r);
          return simplify ? AffineExpr.binary(k, l, r) : new Binary(k, l, r);
        });
  }

  /** Parsing the printed form gives an expression with the same value everywhere: parentheses are where they must be. */
  @Property(tries = 400)
  void printedFormParsesBackToTheSameFunction(@ForAll("exprs") AffineExpr e, @ForAll @IntRange(min = -9, max = 9) int x,
                                              @ForAll @IntRange(min = -9, max = 9) int y, @ForAll @IntRange(min = -9, max = 9) int z,
                                              @ForAll @IntRange(min = 1, max = 9) int s0, @ForAll @IntRange(min = -9, max = 9) int s1) {
    String text = e.toString();
    AffineExpr parsed = new Parser(text).parseAll();
    long[] dims = {x, y, z}, syms = {s0, s1};
    Long want = eval(e, dims, syms), got = eval(parsed, dims, syms);
    assertEquals(want, got, () -> "'" + text + "' parsed as '" + parsed + "'");
  }

  private static Long eval(AffineExpr e, long[] dims, long[] syms) {
    try {
      return e.evaluate(dims, syms);
    } catch (ArithmeticException divisionByZero) {
      return null;
    }
  }

  /** MLIR's affine expression grammar: + and - bind weaker than *, mod, floordiv, ceildiv; all left-associative. */
  private static final class Parser {
    private final String s;
    private int pos;

    Parser(String s) { this.s = s; }

    AffineExpr parseAll() {
      AffineExpr e = sum();
      skip();
      if (pos != s.length()) throw new IllegalArgumentException("trailing text at " + pos + " in '" + s + "'");
      return e;
    }

    private AffineExpr sum() {
      AffineExpr e = product();
      while (true) {
        skip();
        if (eat("+")) e = new Binary(Kind.ADD, e, product());
        else if (eat("- ")) e = new Binary(Kind.ADD, e, new Binary(Kind.MUL, product(), c(-1)));
        else return e;
      }
    }

    private AffineExpr product() {
      AffineExpr e = atom();
      while (true) {
        skip();
        if (eat("*")) e = new Binary(Kind.MUL, e, atom());
        else if (eat("mod")) e = new Binary(Kind.MOD, e, atom());
        else if (eat("floordiv")) e = new Binary(Kind.FLOORDIV, e, atom());
        else if (eat("ceildiv")) e = new Binary(Kind.CEILDIV, e, atom());
        else return e;
      }
    }

    private AffineExpr atom() {
      skip();
      if (eat("(")) {
        AffineExpr e = sum();
        skip();
        if (!eat(")")) throw new IllegalArgumentException("expected ')' at " + pos + " in '" + s + "'");
        return e;
      }
      if (eat("d")) return AffineExpr.dim((int) number());
      if (eat("s")) return AffineExpr.symbol((int) number());
      return c(number());
    }

    private long number() {
      int start = pos;
      if (pos < s.length() && s.charAt(pos) == '-') pos++;
      while (pos < s.length() && Character.isDigit(s.charAt(pos))) pos++;
      if (start == pos) throw new IllegalArgumentException("expected a number at " + pos + " in '" + s + "'");
      return Long.parseLong(s.substring(start, pos));
    }

    private void skip() { while (pos < s.length() && s.charAt(pos) == ' ') pos++; }

    private boolean eat(String tok) {
      if (!s.startsWith(tok, pos)) return false;
      pos += tok.length();
      return true;
    }
  }
}
