package dev.mlc.dialect.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.dialect.arith.Ir;
import dev.mlc.dialect.math.ir.MathFunctions;
import dev.mlc.ir.interp.InterpreterException;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.type.FloatType;
import org.junit.jupiter.api.Test;

/** The math ops in the interpreter, against hand-checked (reference) values and their edge cases. */
class MathInterpreterTest {
  static Object unary(String op, String type, Object x) {
    return Ir.run("func.func @f(%a: " + type + ") -> " + type + " {\n  %r = math." + op + " %a : " + type + "\n  return %r : " + type + "\n}", x);
  }

  static Object binary(String op, String type, Object x, Object y) {
    return Ir.run("func.func @f(%a: " + type + ", %b: " + type + ") -> " + type + " {\n  %r = math." + op + " %a, %b : " + type
        + "\n  return %r : " + type + "\n}", x, y);
  }

  /** erf against 20-digit reference values (Abramowitz and Stegun, Table 7.1, and high-precision series sums). */
  @Test void erfIsCorrectlyRoundedAtReferencePoints() {
    double[][] ref = {
        {0.01, 0.011283415555849617151}, {0.3, 0.32862675945912741619}, {0.5, 0.52049987781304653768},
        {1.0, 0.84270079294971486934}, {1.7, 0.98379045859077456084}, {2.0, 0.99532226501895273416},
        {3.0, 0.99997790950300141456}, {4.0, 0.99999998458274209972}, {1e-10, 1.1283791670955125739e-10}};
    for (double[] r : ref) {
      assertEquals(r[1], MathFunctions.erf(r[0]), Math.ulp(r[1]) / 2 + 1e-300, "erf(" + r[0] + ")");
      assertEquals(-r[1], MathFunctions.erf(-r[0]), Math.ulp(r[1]) / 2 + 1e-300, "erf(-" + r[0] + ")");
    }
    assertEquals(1.0, MathFunctions.erf(7.0));
    assertEquals(-1.0, MathFunctions.erf(Double.NEGATIVE_INFINITY));
    assertTrue(Double.isNaN(MathFunctions.erf(Double.NaN)));
    assertEquals(-0.0, MathFunctions.erf(-0.0));
    assertEquals((double) 0.84270079f, unary("erf", "f32", 1.0));
  }

  @Test void elementaryFunctionsRoundToTheType() {
    assertEquals((double) (float) Math.exp(1.0), unary("exp", "f32", 1.0));
    assertEquals(2.71875, unary("exp", "f16", 1.0));               // e in f16
    assertEquals(8.0, unary("exp2", "f64", 3.0));
    assertEquals(3.0, unary("log2", "f64", 8.0));
    assertEquals(2.0, unary("log10", "f64", 100.0));
    assertEquals(Double.NEGATIVE_INFINITY, unary("log", "f32", 0.0));
    assertTrue(Double.isNaN((Double) unary("log", "f32", -1.0)));
    assertTrue(Double.isNaN((Double) unary("sqrt", "f64", -1.0)));
    assertEquals(0.5, unary("rsqrt", "f32", 4.0));
    assertEquals(-3.0, unary("cbrt", "f64", -27.0));
    assertEquals(1e-20, unary("expm1", "f64", 1e-20));
    assertEquals(1e-20, unary("log1p", "f64", 1e-20));
    assertEquals(0.5493061443340548, unary("atanh", "f64", 0.5));
    assertEquals(0.48121182505960347, unary("asinh", "f64", 0.5));
    assertEquals(1.3169578969248166, unary("acosh", "f64", 2.0));
    assertEquals(1.0, unary("tanh", "f32", 20.0));
    assertEquals(Math.PI / 2, binary("atan2", "f64", 1.0, 0.0));
    assertEquals(8.0, binary("powf", "f32", 2.0, 3.0));
    assertEquals(-2.0, binary("copysign", "f16", 2.0, -0.0));
  }

  @Test void roundingFunctions() {
    assertEquals(3.0, unary("round", "f32", 2.5));
    assertEquals(-3.0, unary("round", "f32", -2.5));
    assertEquals(0.0, unary("round", "f64", 0.49999999999999994));
    assertEquals(2.0, unary("roundeven", "f32", 2.5));
    assertEquals(-2.0, unary("trunc", "f32", -2.7));
    assertEquals(-3.0, unary("floor", "f32", -2.5));
    assertEquals(-2.0, unary("ceil", "f32", -2.5));
    assertEquals(-0.0, unary("ceil", "f32", -0.5));
    assertEquals(3.5, unary("absf", "bf16", -3.5));
  }

  @Test void fmaRoundsOnce() {
    String f = "func.func @f(%a: f64, %b: f64, %c: f64) -> f64 {\n  %r = math.fma %a, %b, %c : f64\n  return %r : f64\n}";
    double a = 1 + 0x1p-30, c = -(1 + 0x1p-29);
    assertEquals(0x1p-60, Ir.run(f, a, a, c));                      // a*a + c = 2^-60 exactly; unfused it would be 0
    String g = "func.func @f(%a: f32, %b: f32, %c: f32) -> f32 {\n  %r = math.fma %a, %b, %c : f32\n  return %r : f32\n}";
    double x = 1 + 0x1p-12;
    assertEquals(0x1p-24, Ir.run(g, x, x, -(1 + 0x1p-11)));
  }

  @Test void integerOps() {
    assertEquals(5L, unary("absi", "i8", -5L));
    assertEquals(-128L, unary("absi", "i8", -128L));                // the minimum stays itself
    assertEquals(28L, unary("ctlz", "i32", 10L));
    assertEquals(32L, unary("ctlz", "i32", 0L));
    assertEquals(0L, unary("ctlz", "i8", -1L));
    assertEquals(1L, unary("cttz", "i32", 10L));
    assertEquals(16L, unary("cttz", "i16", 0L));
    assertEquals(8L, unary("ctpop", "i8", -1L));
    assertEquals(64L, unary("ctpop", "i64", -1L));
    assertEquals(1000L, binary("ipowi", "i32", 10L, 3L));
    assertEquals(0L, binary("ipowi", "i8", 2L, 8L));                // wraps
    assertEquals(0L, binary("ipowi", "i32", 2L, -1L));
    assertEquals(-1L, binary("ipowi", "i32", -1L, -3L));
    assertEquals(1L, binary("ipowi", "i32", 7L, 0L));
    InterpreterException e = assertThrows(InterpreterException.class, () -> binary("ipowi", "i32", 0L, -2L));
    assertTrue(e.describe().startsWith("'math.ipowi' op division by zero"), e.describe());
  }

  @Test void fpowi() {
    String f = "func.func @f(%a: f32, %n: i32) -> f32 {\n  %r = math.fpowi %a, %n : f32, i32\n  return %r : f32\n}";
    assertEquals(0.125, Ir.run(f, 2.0, -3L));
    assertEquals(1.0, Ir.run(f, Double.NaN, 0L));
    assertEquals(Double.POSITIVE_INFINITY, Ir.run(f, 1e30, 2L));
  }

  @Test void vectorsAndTensors() {
    Tensor x = Tensor.ofDoubles(FloatType.F32, new long[] {2, 2}, 0.0, 1.0, -1.0, 4.0);
    Object r = Ir.run("func.func @f(%a: tensor<2x2xf32>) -> tensor<2x2xf32> {\n  %r = math.sqrt %a fastmath<fast> : tensor<2x2xf32>\n"
        + "  return %r : tensor<2x2xf32>\n}", x);
    Tensor t = (Tensor) r;
    assertEquals(0.0, t.getDouble(0));
    assertEquals(1.0, t.getDouble(1));
    assertTrue(Double.isNaN(t.getDouble(2)));
    assertEquals(2.0, t.getDouble(3));
  }
}
