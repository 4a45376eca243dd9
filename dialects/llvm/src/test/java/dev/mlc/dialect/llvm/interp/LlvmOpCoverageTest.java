package dev.mlc.dialect.llvm.interp;

import static dev.mlc.dialect.llvm.interp.LlvmInterpreterTest.fails;
import static dev.mlc.dialect.llvm.interp.LlvmInterpreterTest.run1;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.MLContext;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The remaining ops' values, table by table, and the checks that every op is documented and executable. */
class LlvmOpCoverageTest {
  @Test void everyOpHasDocsAndSemantics() {
    MLContext ctx = MLContext.withAllDialects();
    Interpreter in = new Interpreter(ctx);
    int n = 0;
    for (OpDef d : ctx.registeredOps()) {
      if (!d.name().startsWith("llvm.") && !d.name().startsWith("cpu.")) continue;
      n++;
      assertFalse(d.summary().isEmpty(), d.name() + " has a summary");
      assertTrue(d.description().contains("```mlir\n"), d.name() + " has an IR example");
      // Functions and globals are not executed as ops: calls and addressof use them.
      if (!d.name().equals("llvm.func") && !d.name().equals("llvm.mlir.global")) assertTrue(in.canExecute(d.name()), d.name() + " has semantics");
    }
    assertTrue(n > 80, "the llvm and cpu dialects define " + n + " ops");
  }

  static String cmp(String op, String pred, String type) {
    return "llvm.func @main(%a: " + type + ", %b: " + type + ") -> i1 {\n  %r = llvm." + op + " \"" + pred + "\" %a, %b : " + type
        + "\n  llvm.return %r : i1\n}";
  }

  @Test void everyIcmpPredicate() {
    // a = -1 (0xff...), b = 1: signed -1 < 1, unsigned 0xff..ff > 1.
    List<String> preds = List.of("eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge");
    long[] expected = {0, 1, 1, 1, 0, 0, 0, 0, 1, 1};
    for (int i = 0; i < preds.size(); i++) assertEquals(expected[i], run1(cmp("icmp", preds.get(i), "i16"), -1L, 1L), preds.get(i));
    long[] equal = {1, 0, 0, 1, 0, 1, 0, 1, 0, 1};
    for (int i = 0; i < preds.size(); i++) assertEquals(equal[i], run1(cmp("icmp", preds.get(i), "i64"), 5L, 5L), preds.get(i));
  }

  @Test void everyFcmpPredicate() {
    List<String> preds = List.of("_false", "oeq", "ogt", "oge", "olt", "ole", "one", "ord", "ueq", "ugt", "uge", "ult", "ule", "une", "uno", "_true");
    long[] nan = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1};
    long[] less = {0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 1, 1, 1, 0, 1};
    for (int i = 0; i < preds.size(); i++) {
      assertEquals(nan[i], run1(cmp("fcmp", preds.get(i), "f32"), Double.NaN, 1.0), preds.get(i) + " with NaN");
      assertEquals(less[i], run1(cmp("fcmp", preds.get(i), "f64"), -0.5, 1.0), preds.get(i) + " with -0.5 < 1");
    }
  }

  static String unary(String op, String from, String to) {
    return "llvm.func @main(%a: " + from + ") -> " + to + " {\n  %r = llvm." + op + " %a : " + from + " to " + to + "\n  llvm.return %r : " + to + "\n}";
  }

  @Test void remainingCasts() {
    assertEquals((double) (float) 0.1, run1(unary("fptrunc", "f64", "f32"), 0.1));
    assertEquals((double) 0.1f, run1(unary("fpext", "f32", "f64"), (double) 0.1f));
    assertEquals(Double.POSITIVE_INFINITY, run1(unary("fptrunc", "f64", "f16"), 70000.0));
    assertEquals(-56L, run1(unary("fptoui", "f32", "i8"), 200.9), "200 as signless i8 bits");
    assertTrue(fails(unary("fptoui", "f32", "i8"), 256.0).describe().contains("does not fit in unsigned i8"));
    assertTrue(fails(unary("fptoui", "f32", "i8"), -1.0).describe().contains("does not fit"));
    assertEquals(4294967295.0, run1(unary("uitofp", "i32", "f64"), -1L));
    assertEquals(1.8446744073709552E19, run1(unary("uitofp", "i64", "f64"), -1L));
    assertEquals(-1.0, run1(unary("sitofp", "i64", "f64"), -1L));
    String ptr = """
        llvm.func @main(%x: i64) -> i64 {
          %p = llvm.inttoptr %x : i64 to !llvm.ptr
          %q = llvm.getelementptr %p[3] : (!llvm.ptr) -> !llvm.ptr, i16
          %y = llvm.ptrtoint %q : !llvm.ptr to i64
          llvm.return %y : i64
        }""";
    assertEquals(106L, run1(ptr, 100L));
    String vec = """
        llvm.func @main(%v: vector<2xi8>) -> vector<2xi32> {
          %r = llvm.zext %v : vector<2xi8> to vector<2xi32>
          llvm.return %r : vector<2xi32>
        }""";
    assertArrayEquals(new long[] {255, 1}, ((Tensor) run1(vec, Tensor.ofLongs(IntegerType.of(8), new long[] {2}, -1, 1))).longs());
    String bits = """
        llvm.func @main(%v: vector<2xi32>) -> i64 {
          %r = llvm.bitcast %v : vector<2xi32> to i64
          llvm.return %r : i64
        }""";
    assertEquals(0x0000000200000001L, run1(bits, Tensor.ofLongs(IntegerType.of(32), new long[] {2}, 1, 2)));
  }

  @Test void remainingFloatOps() {
    String src = """
        llvm.func @main(%a: f32, %b: f32) -> f32 {
          %n = llvm.fneg %a : f32
          %d = llvm.fsub %n, %b : f32
          %m = llvm.intr.minnum(%d, %b) : (f32, f32) -> f32
          %x = llvm.intr.fmuladd(%m, %b, %a) : (f32, f32, f32) -> f32
          llvm.return %x : f32
        }""";
    // n = -3, d = -3 - 2 = -5, minnum(-5, 2) = -5, -5 * 2 + 3 = -7.
    assertEquals(-7.0, run1(src, 3.0, 2.0));
    assertEquals(-0.0, run1("llvm.func @main(%a: f64) -> f64 {\n  %r = llvm.fneg %a : f64\n  llvm.return %r : f64\n}", 0.0));
  }

  @Test void vectorSelectAndReductions() {
    String sel = """
        llvm.func @main(%c: vector<3xi1>, %a: vector<3xf32>, %b: vector<3xf32>) -> vector<3xf32> {
          %r = llvm.select %c, %a, %b : vector<3xi1>, vector<3xf32>
          llvm.return %r : vector<3xf32>
        }""";
    Tensor r = (Tensor) run1(sel, Tensor.ofLongs(IntegerType.of(1), new long[] {3}, 1, 0, 1),
        Tensor.ofDoubles(FloatType.F32, new long[] {3}, 1, 2, 3), Tensor.ofDoubles(FloatType.F32, new long[] {3}, 10, 20, 30));
    assertArrayEquals(new double[] {1, 20, 3}, r.doubles());
    String[][] reds = {{"mul", "24"}, {"and", "0"}, {"or", "-1"}, {"xor", "4"}, {"smax", "4"}, {"smin", "-3"}, {"umax", "-1"}, {"umin", "2"}};
    for (String[] red : reds) {
      String src = "llvm.func @main() -> i8 {\n  %v = llvm.mlir.constant(dense<[2, -3, 4, -1]> : vector<4xi8>) : vector<4xi8>\n"
          + "  %r = \"llvm.intr.vector.reduce." + red[0] + "\"(%v) : (vector<4xi8>) -> i8\n  llvm.return %r : i8\n}";
      assertEquals(Long.parseLong(red[1]), run1(src), red[0]);
    }
    String fred = """
        llvm.func @main(%s: f32, %v: vector<3xf32>) -> f32 {
          %p = "llvm.intr.vector.reduce.fmul"(%s, %v) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<3xf32>) -> f32
          %m = llvm.intr.vector.reduce.fmin(%v) : (vector<3xf32>) -> f32
          %r = llvm.fadd %p, %m : f32
          llvm.return %r : f32
        }""";
    // 0.5 * 2 * -3 * 4 = -12, min -3: -15.
    assertEquals(-15.0, run1(fred, 0.5, Tensor.ofDoubles(FloatType.F32, new long[] {3}, 2, -3, 4)));
  }

  @Test void maskedStoreAndCalloc() {
    String src = """
        llvm.func @calloc(i64, i64) -> !llvm.ptr
        llvm.func @main() -> i32 {
          %n = llvm.mlir.constant(4 : i64) : i64
          %four = llvm.mlir.constant(4 : i64) : i64
          %p = llvm.call @calloc(%n, %four) : (i64, i64) -> !llvm.ptr
          %v = llvm.mlir.constant(dense<[1, 2, 3, 4]> : vector<4xi32>) : vector<4xi32>
          %m = llvm.mlir.constant(dense<[false, true, false, true]> : vector<4xi1>) : vector<4xi1>
          llvm.intr.masked.store %v, %p, %m {alignment = 4 : i32} : vector<4xi32>, vector<4xi1> into !llvm.ptr
          %w = llvm.load %p : !llvm.ptr -> vector<4xi32>
          %s = "llvm.intr.vector.reduce.add"(%w) : (vector<4xi32>) -> i32
          %q = llvm.getelementptr %p[1] : (!llvm.ptr) -> !llvm.ptr, i32
          %x = llvm.load %q : !llvm.ptr -> i32
          %r = llvm.mul %s, %x : i32
          llvm.return %r : i32
        }""";
    // Stored lanes 1 and 3 (2 and 4) over calloc's zeros: sum 6, element 1 is 2.
    assertEquals(12L, run1(src));
  }

  @Test void undefPoisonAndZero() {
    String src = """
        llvm.func @main() -> i32 {
          %u = llvm.mlir.undef : i32
          %p = llvm.mlir.poison : i32
          %z = llvm.mlir.zero : i32
          %a = llvm.add %u, %p : i32
          %r = llvm.add %a, %z : i32
          llvm.return %r : i32
        }""";
    assertEquals(0L, run1(src));
  }

  @Test void laneIndexOutOfRangeIsAnError() {
    String src = """
        llvm.func @main(%i: i32) -> f32 {
          %v = llvm.mlir.zero : vector<4xf32>
          %x = llvm.extractelement %v[%i : i32] : vector<4xf32>
          llvm.return %x : f32
        }""";
    assertEquals(0.0, run1(src, 3L));
    assertTrue(fails(src, 4L).describe().startsWith("'llvm.extractelement' op lane index 4 is out of range"));
  }
}
