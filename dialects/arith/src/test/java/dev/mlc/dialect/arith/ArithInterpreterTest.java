package dev.mlc.dialect.arith;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.interp.InterpreterException;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
import org.junit.jupiter.api.Test;

/** The arith ops in the interpreter, against hand-checked values and their edge cases. */
class ArithInterpreterTest {
  /** {@code %r = arith.<op> %a, %b : <type>} on two arguments. */
  static Object binary(String op, String type, Object a, Object b) {
    return Ir.run("func.func @f(%a: " + type + ", %b: " + type + ") -> " + type + " {\n  %r = arith." + op + " %a, %b : " + type
        + "\n  return %r : " + type + "\n}", a, b);
  }

  static Object cast(String op, String from, String to, Object x) {
    return Ir.run("func.func @f(%a: " + from + ") -> " + to + " {\n  %r = arith." + op + " %a : " + from + " to " + to + "\n  return %r : " + to + "\n}", x);
  }

  static Object cmp(String op, String pred, String type, Object a, Object b) {
    return Ir.run("func.func @f(%a: " + type + ", %b: " + type + ") -> i1 {\n  %r = arith." + op + " " + pred + ", %a, %b : " + type
        + "\n  return %r : i1\n}", a, b);
  }

  static InterpreterException error(String op, String type, Object a, Object b) {
    return assertThrows(InterpreterException.class, () -> binary(op, type, a, b));
  }

  @Test void integerArithmeticWrapsAtItsWidth() {
    assertEquals(-128L, binary("addi", "i8", 127L, 1L));
    assertEquals(0L, binary("addi", "i1", 1L, 1L));
    assertEquals(Long.MIN_VALUE, binary("addi", "i64", Long.MAX_VALUE, 1L));
    assertEquals(127L, binary("subi", "i8", -128L, 1L));
    assertEquals(-32768L, binary("muli", "i16", 256L, 128L));
    assertEquals(0L, binary("muli", "i32", 65536L, 65536L));
    assertEquals(42L, binary("addi", "index", 40L, 2L));
  }

  @Test void divisionAndRemainderRoundAsSpecified() {
    assertEquals(-3L, binary("divsi", "i32", -7L, 2L));
    assertEquals(-1L, binary("remsi", "i32", -7L, 2L));
    assertEquals(-3L, binary("ceildivsi", "i32", -7L, 2L));
    assertEquals(4L, binary("ceildivsi", "i32", 7L, 2L));
    assertEquals(-4L, binary("floordivsi", "i32", -7L, 2L));
    assertEquals(3L, binary("floordivsi", "i32", 7L, 2L));
    assertEquals(4L, binary("ceildivui", "i32", 7L, 2L));
    assertEquals(127L, binary("divui", "i8", -1L, 2L));          // 255 / 2
    assertEquals(3L, binary("remui", "i8", -1L, 7L));            // 255 % 7
    assertEquals(2L, binary("divui", "i64", -1L, Long.MAX_VALUE)); // (2^64-1) / (2^63-1) = 2
    assertEquals(0L, binary("remsi", "i32", (long) Integer.MIN_VALUE, -1L));
  }

  @Test void divisionByZeroAndSignedOverflowAreErrors() {
    for (String op : new String[] {"divsi", "divui", "remsi", "remui", "ceildivsi", "ceildivui", "floordivsi"}) {
      InterpreterException e = error(op, "i32", 5L, 0L);
      assertEquals("'arith." + op + "' op division by zero", e.describe());
    }
    for (String op : new String[] {"divsi", "ceildivsi", "floordivsi"}) {
      InterpreterException e = error(op, "i8", -128L, -1L);
      assertTrue(e.getMessage().contains("signed division overflow"), e.getMessage());
    }
    assertEquals(0L, binary("divui", "i8", -128L, -1L));          // unsigned: 128 / 255, no overflow
  }

  @Test void shiftsAndBitwise() {
    assertEquals((long) Integer.MIN_VALUE, binary("shli", "i32", 1L, 31L));
    assertEquals(15L, binary("shrui", "i8", -1L, 4L));
    assertEquals(-4L, binary("shrsi", "i8", -16L, 2L));
    assertTrue(error("shli", "i32", 1L, 32L).getMessage().contains("shift amount 32 is not less than the bit width 32"));
    assertTrue(error("shrsi", "i8", 1L, -1L).getMessage().contains("shift amount 255"));
    assertEquals(0x0FL, binary("andi", "i8", 0x3FL, 0x0FL));
    assertEquals(-1L, binary("ori", "i8", 0x7FL, -128L));
    assertEquals(1L, binary("xori", "i1", 1L, 0L));
  }

  @Test void minAndMaxSignedAndUnsigned() {
    assertEquals(1L, binary("maxsi", "i8", -1L, 1L));
    assertEquals(-1L, binary("maxui", "i8", -1L, 1L));
    assertEquals(-1L, binary("minsi", "i8", -1L, 1L));
    assertEquals(1L, binary("minui", "i8", -1L, 1L));
    assertEquals(0L, binary("maxsi", "i1", 1L, 0L));             // true is -1 signed
  }

  @Test void floatArithmeticRoundsToTheType() {
    assertEquals(0.1f + 0.2f, (double) binary("addf", "f32", (double) 0.1f, (double) 0.2f));
    assertEquals(2048.0, binary("addf", "f16", 2048.0, 1.0));   // 2049 is not an f16: ties to even
    assertEquals(2052.0, binary("addf", "f16", 2048.0, 3.0));
    assertEquals(65504.0, binary("mulf", "f16", 32752.0, 2.0));
    assertEquals(Double.POSITIVE_INFINITY, binary("mulf", "f16", 65504.0, 2.0));
    assertEquals(256.0, binary("addf", "bf16", 256.0, 1.0));
    assertEquals(1.0 / 3.0, binary("divf", "f64", 1.0, 3.0));
    assertEquals(-1.0, binary("remf", "f32", -7.0, 2.0));
    assertEquals(-0.0, Ir.run("func.func @f(%a: f32) -> f32 {\n  %r = arith.negf %a : f32\n  return %r : f32\n}", 0.0));
    assertEquals(Double.POSITIVE_INFINITY, binary("divf", "f32", 1.0, 0.0));
    assertTrue(Double.isNaN((Double) binary("divf", "f32", 0.0, 0.0)));
  }

  @Test void nanHandlingOfMinimumMaximumVersusMinnumMaxnum() {
    assertTrue(Double.isNaN((Double) binary("maximumf", "f32", Double.NaN, 1.0)));
    assertTrue(Double.isNaN((Double) binary("minimumf", "f32", 1.0, Double.NaN)));
    assertEquals(1.0, binary("maxnumf", "f32", Double.NaN, 1.0));
    assertEquals(1.0, binary("minnumf", "f32", 1.0, Double.NaN));
    assertTrue(Double.isNaN((Double) binary("maxnumf", "f32", Double.NaN, Double.NaN)));
    assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits((Double) binary("maximumf", "f32", -0.0, 0.0)));
    assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits((Double) binary("minimumf", "f32", 0.0, -0.0)));
  }

  @Test void comparisons() {
    assertEquals(1L, cmp("cmpi", "slt", "i8", -1L, 1L));
    assertEquals(0L, cmp("cmpi", "ult", "i8", -1L, 1L));
    assertEquals(1L, cmp("cmpi", "uge", "i8", -1L, 1L));
    assertEquals(1L, cmp("cmpi", "sle", "index", 3L, 3L));
    assertEquals(0L, cmp("cmpf", "oeq", "f32", Double.NaN, Double.NaN));
    assertEquals(1L, cmp("cmpf", "ueq", "f32", Double.NaN, 1.0));
    assertEquals(1L, cmp("cmpf", "uno", "f32", 1.0, Double.NaN));
    assertEquals(0L, cmp("cmpf", "ord", "f32", 1.0, Double.NaN));
    assertEquals(1L, cmp("cmpf", "une", "f32", Double.NaN, Double.NaN));
    assertEquals(0L, cmp("cmpf", "one", "f32", Double.NaN, 2.0));
    assertEquals(1L, cmp("cmpf", "oeq", "f32", 0.0, -0.0));
    assertEquals(1L, cmp("cmpf", "true", "f32", Double.NaN, Double.NaN));
    assertEquals(0L, cmp("cmpf", "false", "f32", 1.0, 1.0));
  }

  @Test void casts() {
    assertEquals(-1L, cast("extsi", "i8", "i32", -1L));
    assertEquals(255L, cast("extui", "i8", "i32", -1L));
    assertEquals(-1L, cast("extsi", "i1", "i32", 1L));
    assertEquals(1L, cast("trunci", "i32", "i8", 257L));
    assertEquals(-1L, cast("trunci", "i32", "i8", 255L));
    assertEquals(-3.0, cast("sitofp", "i32", "f32", -3L));
    assertEquals(-1.0, cast("sitofp", "i1", "f32", 1L));
    assertEquals(255.0, cast("uitofp", "i8", "f16", -1L));
    assertEquals(0x1p64, cast("uitofp", "i64", "f64", -1L));
    assertEquals(16777216.0, cast("sitofp", "i32", "f32", 16777217L));
    assertEquals(2L, cast("fptosi", "f32", "i32", 2.7));
    assertEquals(-2L, cast("fptosi", "f32", "i32", -2.7));
    assertEquals(127L, cast("fptosi", "f32", "i8", 1e10));       // out of range: the interpreter saturates
    assertEquals(0L, cast("fptosi", "f32", "i8", Double.NaN));
    assertEquals(-1L, cast("fptoui", "f64", "i8", 255.9));        // 255 as i8 bits
    assertEquals(Double.POSITIVE_INFINITY, cast("truncf", "f32", "f16", 1e6));
    assertEquals(0.0999755859375, cast("truncf", "f64", "f16", 0.1));
    assertEquals(1.5, cast("extf", "f16", "f64", 1.5));
    assertEquals(0x3f800000L, cast("bitcast", "f32", "i32", 1.0));
    assertEquals(-2.0, cast("bitcast", "i64", "f64", 0xC000000000000000L));
    assertEquals(1.0, cast("bitcast", "i16", "f16", 0x3C00L));
    assertEquals(-1L, cast("index_cast", "i32", "index", -1L));
    assertEquals(4294967295L, cast("index_castui", "i32", "index", -1L));
    assertEquals(-1L, cast("index_cast", "index", "i8", 0xFFFFL));
  }

  @Test void truncfRoundingModes() {
    String f = "func.func @f(%a: f64) -> (f32, f32, f32, f32, f32, f16) {\n"
        + "  %0 = arith.truncf %a : f64 to f32\n  %1 = arith.truncf %a downward : f64 to f32\n  %2 = arith.truncf %a upward : f64 to f32\n"
        + "  %3 = arith.truncf %a toward_zero : f64 to f32\n  %4 = arith.truncf %a to_nearest_away : f64 to f32\n"
        + "  %5 = arith.truncf %a toward_zero : f64 to f16\n  return %0, %1, %2, %3, %4, %5 : f32, f32, f32, f32, f32, f16\n}";
    double third = -1.0 / 3.0;
    Object[] r = Ir.runAll(f, third);
    float below = (float) third, above = Math.nextUp(below);          // -1/3 rounds to the f32 just below it
    assertTrue(below < third && third < above);
    assertArrayEquals(new Object[] {(double) below, (double) below, (double) above, (double) above, (double) below}, java.util.Arrays.copyOf(r, 5));
    assertEquals(-0.333251953125, r[5]);
    assertEquals(65504.0, Ir.runAll(f, 1e6)[5]);                 // toward zero saturates at the largest finite f16
    Object[] tie = Ir.runAll(f, 1.0 + 0x1p-24);                     // exactly between two f32 values
    assertEquals(1.0, tie[0]);
    assertEquals(1.0 + 0x1p-23, tie[4]);
  }

  @Test void selectPicksWholeValuesOrElements() {
    assertEquals(7L, Ir.run("func.func @f(%c: i1, %a: i32, %b: i32) -> i32 {\n  %r = arith.select %c, %a, %b : i32\n  return %r : i32\n}", 1L, 7L, 9L));
    IntegerType i32 = IntegerType.of(32), i1 = IntegerType.of(1);
    Tensor mask = Tensor.ofLongs(i1, new long[] {4}, 1, 0, 0, 1);
    Tensor a = Tensor.ofLongs(i32, new long[] {4}, 1, 2, 3, 4), b = Tensor.ofLongs(i32, new long[] {4}, 10, 20, 30, 40);
    Object r = Ir.run("func.func @f(%c: vector<4xi1>, %a: vector<4xi32>, %b: vector<4xi32>) -> vector<4xi32> {\n"
        + "  %r = arith.select %c, %a, %b : vector<4xi1>, vector<4xi32>\n  return %r : vector<4xi32>\n}", mask, a, b);
    assertEquals(Tensor.ofLongs(i32, new long[] {4}, 1, 20, 30, 4), r);
    Object whole = Ir.run("func.func @f(%c: i1, %a: vector<4xi32>, %b: vector<4xi32>) -> vector<4xi32> {\n"
        + "  %r = arith.select %c, %a, %b : vector<4xi32>\n  return %r : vector<4xi32>\n}", 0L, a, b);
    assertEquals(b, whole);
  }

  @Test void elementwiseOnVectorsAndTensors() {
    IntegerType i8 = IntegerType.of(8);
    Tensor a = Tensor.ofLongs(i8, new long[] {2, 2}, 100, -100, 7, 0), b = Tensor.ofLongs(i8, new long[] {2, 2}, 100, -100, 3, 0);
    assertEquals(Tensor.ofLongs(i8, new long[] {2, 2}, -56, 56, 10, 0),
        Ir.run("func.func @f(%a: tensor<2x2xi8>, %b: tensor<2x2xi8>) -> tensor<2x2xi8> {\n  %r = arith.addi %a, %b : tensor<2x2xi8>\n"
            + "  return %r : tensor<2x2xi8>\n}", a, b));
    Tensor f = Tensor.ofDoubles(FloatType.F32, new long[] {3}, 1.0, Double.NaN, -2.0);
    assertEquals(Tensor.ofLongs(IntegerType.of(1), new long[] {3}, 0, 1, 1),
        Ir.run("func.func @f(%a: vector<3xf32>) -> vector<3xi1> {\n  %z = arith.constant dense<0.0> : vector<3xf32>\n"
            + "  %r = arith.cmpf ult, %a, %z : vector<3xf32>\n  return %r : vector<3xi1>\n}", f));
    InterpreterException e = assertThrows(InterpreterException.class, () -> Ir.run("func.func @f(%a: tensor<2x2xi8>) -> tensor<2x2xi8> {\n"
        + "  %z = arith.constant dense<[[1, 2], [0, 4]]> : tensor<2x2xi8>\n  %r = arith.divui %a, %z : tensor<2x2xi8>\n  return %r : tensor<2x2xi8>\n}", a));
    assertTrue(e.getMessage().contains("division by zero"), e.getMessage());
    assertEquals(Tensor.ofDoubles(FloatType.F16, new long[] {2}, 1.5, -2.0),
        Ir.run("func.func @f() -> tensor<2xf16> {\n  %c = arith.constant dense<[1.5, -2.0]> : tensor<2xf16>\n  return %c : tensor<2xf16>\n}"));
  }

  @Test void extendedArithmetic() {
    String add = "func.func @f(%a: i32, %b: i32) -> (i32, i1) {\n  %s, %o = arith.addui_extended %a, %b : i32, i1\n  return %s, %o : i32, i1\n}";
    assertArrayEquals(new Object[] {0L, 1L}, Ir.runAll(add, -1L, 1L));
    assertArrayEquals(new Object[] {3L, 0L}, Ir.runAll(add, 1L, 2L));
    String muls = "func.func @f(%a: i32, %b: i32) -> (i32, i32) {\n  %l, %h = arith.mulsi_extended %a, %b : i32\n  return %l, %h : i32, i32\n}";
    assertArrayEquals(new Object[] {-6L, -1L}, Ir.runAll(muls, -2L, 3L));
    String mulu = "func.func @f(%a: i64, %b: i64) -> (i64, i64) {\n  %l, %h = arith.mului_extended %a, %b : i64\n  return %l, %h : i64, i64\n}";
    assertArrayEquals(new Object[] {1L, -2L}, Ir.runAll(mulu, -1L, -1L));  // (2^64-1)^2 = 2^128 - 2^65 + 1
  }
}
