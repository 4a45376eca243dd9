package dev.mlc.dialect.llvm.interp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Verifier;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.interp.InterpreterException;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.text.Parser;
import org.junit.jupiter.api.Test;

/** Values computed by the llvm dialect's interpreter, checked by hand. */
class LlvmInterpreterTest {
  static Object[] run(String src, Object... args) {
    MLContext ctx = MLContext.withAllDialects();
    Operation module = Parser.parse(ctx, "test.mlir", src);
    assertTrue(Verifier.verify(module), "the test input must verify");
    Interpreter in = new Interpreter(ctx);
    return in.call(Interpreter.findFunction(module, "main"), args);
  }

  static Object run1(String src, Object... args) { return run(src, args)[0]; }

  static InterpreterException fails(String src, Object... args) {
    return assertThrows(InterpreterException.class, () -> run(src, args));
  }

  static String binary(String op, String type) {
    return "llvm.func @main(%a: " + type + ", %b: " + type + ") -> " + type + " {\n  %r = llvm." + op + " %a, %b : " + type
        + "\n  llvm.return %r : " + type + "\n}";
  }

  @Test void integerArithmeticWraps() {
    assertEquals(-128L, run1(binary("add", "i8"), 127L, 1L));
    assertEquals(0L, run1(binary("mul", "i8"), 16L, 16L));
    assertEquals(-3L, run1(binary("sdiv", "i32"), -7L, 2L));
    assertEquals(-1L, run1(binary("srem", "i32"), -7L, 2L));
    assertEquals(127L, run1(binary("udiv", "i8"), -1L, 2L));
    assertEquals(1L, run1(binary("urem", "i8"), -1L, 2L));
    assertEquals(-8L, run1(binary("ashr", "i8"), -16L, 1L));
    assertEquals(-128L, run1(binary("shl", "i8"), 1L, 7L));
    assertEquals(6L, run1(binary("xor", "i32"), 5L, 3L));
    assertEquals(1L, run1(binary("and", "i32"), 5L, 3L));
    assertEquals(7L, run1(binary("or", "i32"), 5L, 3L));
    assertEquals(Long.MIN_VALUE, run1(binary("sub", "i64"), Long.MAX_VALUE, -1L));
  }

  @Test void lshrOfNegativeByteIsLogical() { assertEquals(120L, run1(binary("lshr", "i8"), -16L, 1L)); }

  @Test void divisionByZeroAndOverflowAreErrors() {
    InterpreterException e = fails(binary("sdiv", "i32"), 1L, 0L);
    assertEquals("'llvm.sdiv' op division by zero", e.describe());
    assertTrue(fails(binary("urem", "i32"), 1L, 0L).describe().contains("division by zero"));
    assertTrue(fails(binary("sdiv", "i8"), -128L, -1L).describe().contains("signed division overflow"));
    assertTrue(fails(binary("shl", "i8"), 1L, 8L).describe().contains("shift amount 8 is not less than the bit width 8"));
  }

  @Test void floatArithmeticRoundsToType() {
    assertEquals(0.3f, (float) (double) (Double) run1(binary("fadd", "f32"), (double) 0.1f, (double) 0.2f));
    assertEquals(0.30000000000000004, run1(binary("fadd", "f64"), 0.1, 0.2));
    assertEquals(Double.POSITIVE_INFINITY, run1(binary("fdiv", "f32"), 1.0, 0.0));
    assertTrue(Double.isNaN((Double) run1(binary("fdiv", "f64"), 0.0, 0.0)));
    assertEquals(-1.0, run1(binary("frem", "f64"), -7.0, 2.0));
    assertEquals(Double.POSITIVE_INFINITY, run1(binary("fmul", "f32"), 1e30, 1e30));
  }

  @Test void comparesAndSelect() {
    String src = """
        llvm.func @main(%a: i8, %b: i8, %x: f32) -> i32 {
          %0 = llvm.icmp "ult" %a, %b : i8
          %1 = llvm.icmp "slt" %a, %b : i8
          %2 = llvm.fcmp "uno" %x, %x : f32
          %3 = llvm.fcmp "one" %x, %x : f32
          %c0 = llvm.zext %0 : i1 to i32
          %c1 = llvm.zext %1 : i1 to i32
          %c2 = llvm.zext %2 : i1 to i32
          %c3 = llvm.zext %3 : i1 to i32
          %k2 = llvm.mlir.constant(2 : i32) : i32
          %k4 = llvm.mlir.constant(4 : i32) : i32
          %k8 = llvm.mlir.constant(8 : i32) : i32
          %s1 = llvm.mul %c1, %k2 : i32
          %s2 = llvm.mul %c2, %k4 : i32
          %s3 = llvm.mul %c3, %k8 : i32
          %t0 = llvm.add %c0, %s1 : i32
          %t1 = llvm.add %t0, %s2 : i32
          %t2 = llvm.add %t1, %s3 : i32
          %r = llvm.select %0, %t2, %k8 : i1, i32
          llvm.return %r : i32
        }""";
    // -1 <u 1 is false (255 < 1), -1 <s 1 is true; NaN is unordered, "one" is false for NaN.
    assertEquals(8L, run1(src, -1L, 1L, Double.NaN));
    // 1 <u 2 and 1 <s 2: 1 + 2 = 3, with x = 1.0 ordered and not unequal.
    assertEquals(3L, run1(src, 1L, 2L, 1.0));
  }

  @Test void casts() {
    String src = """
        llvm.func @main(%a: i8, %f: f64) -> i64 {
          %s = llvm.sext %a : i8 to i64
          %z = llvm.zext %a : i8 to i64
          %t = llvm.trunc %z : i64 to i8
          %t64 = llvm.sext %t : i8 to i64
          %i = llvm.fptosi %f : f64 to i64
          %fl = llvm.sitofp %a : i8 to f32
          %u = llvm.uitofp %a : i8 to f32
          %sum0 = llvm.add %s, %z : i64
          %sum1 = llvm.add %sum0, %t64 : i64
          %sum2 = llvm.add %sum1, %i : i64
          %d = llvm.fsub %u, %fl : f32
          %di = llvm.fptosi %d : f32 to i64
          %sum3 = llvm.add %sum2, %di : i64
          llvm.return %sum3 : i64
        }""";
    // a = -1: sext -1, zext 255, trunc -> -1, fptosi(-2.7) = -2, uitofp 255 - sitofp -1 = 256.
    assertEquals(-1L + 255 - 1 - 2 + 256, run1(src, -1L, -2.7));
    assertTrue(fails(src, -1L, 1e300).describe().contains("does not fit in i64"));
  }

  @Test void bitcastReinterpretsBits() {
    String src = """
        llvm.func @main(%f: f32) -> i32 {
          %b = llvm.bitcast %f : f32 to i32
          llvm.return %b : i32
        }""";
    assertEquals(0x3f800000L, run1(src, 1.0));
    assertEquals((long) (int) 0xbf800000, run1(src, -1.0));
  }

  /** A loop summing an array through getelementptr and load, in an llvm.func with blocks. */
  static final String SUM = """
      llvm.mlir.global internal constant @data(dense<[3, 5, 7, 11]> : tensor<4xi32>) {addr_space = 0 : i32} : !llvm.array<4 x i32>
      llvm.func @main(%n: i64) -> i32 {
        %p = llvm.mlir.addressof @data : !llvm.ptr
        %c0 = llvm.mlir.constant(0 : i64) : i64
        %c1 = llvm.mlir.constant(1 : i64) : i64
        %z = llvm.mlir.constant(0 : i32) : i32
        llvm.br ^loop(%c0, %z : i64, i32)
      ^loop(%i: i64, %acc: i32):
        %done = llvm.icmp "sge" %i, %n : i64
        llvm.cond_br %done, ^exit, ^body
      ^body:
        %q = llvm.getelementptr inbounds %p[0, %i] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<4 x i32>
        %x = llvm.load %q {alignment = 4 : i64} : !llvm.ptr -> i32
        %acc2 = llvm.add %acc, %x : i32
        %i2 = llvm.add %i, %c1 : i64
        llvm.br ^loop(%i2, %acc2 : i64, i32)
      ^exit:
        llvm.return %acc : i32
      }""";

  @Test void loopSumsArray() {
    assertEquals(26L, run1(SUM, 4L));
    assertEquals(8L, run1(SUM, 2L));
    assertEquals(0L, run1(SUM, 0L));
  }

  @Test void outOfBoundsLoadIsAnError() {
    InterpreterException e = fails(SUM, 5L);
    assertEquals("llvm.load", e.op().name());
    assertTrue(e.getMessage().contains("out-of-bounds access: 4 bytes at offset 16 of global @data (16 bytes)"), e.getMessage());
  }

  @Test void inboundsGepPastTheEndIsAnError() {
    String src = """
        llvm.func @main(%i: i64) -> !llvm.ptr {
          %n = llvm.mlir.constant(4 : i32) : i32
          %p = llvm.alloca %n x i32 : (i32) -> !llvm.ptr
          %q = llvm.getelementptr inbounds %p[%i] : (!llvm.ptr, i64) -> !llvm.ptr, i32
          llvm.return %q : !llvm.ptr
        }""";
    assertEquals(8L, ((Pointer) run1(src, 2L)).offset());
    assertEquals(16L, ((Pointer) run1(src, 4L)).offset());
    assertTrue(fails(src, 5L).describe().startsWith("'llvm.getelementptr' op inbounds getelementptr moves 20 bytes"));
    assertTrue(fails(src, -1L).describe().startsWith("'llvm.getelementptr' op inbounds getelementptr moves -4 bytes"));
  }

  @Test void storeToConstantGlobalIsAnError() {
    String src = """
        llvm.mlir.global internal constant @c(7 : i32) {addr_space = 0 : i32} : i32
        llvm.func @main() -> i32 {
          %p = llvm.mlir.addressof @c : !llvm.ptr
          %x = llvm.load %p : !llvm.ptr -> i32
          llvm.store %x, %p : i32, !llvm.ptr
          llvm.return %x : i32
        }""";
    assertTrue(fails(src).describe().contains("'llvm.store' op store into constant global @c"));
  }

  @Test void structInsertExtractRoundTrip() {
    String src = """
        llvm.func @main(%a: i32, %b: f64) -> f64 {
          %u = llvm.mlir.undef : !llvm.struct<(i32, array<2 x f64>)>
          %s0 = llvm.insertvalue %a, %u[0] : !llvm.struct<(i32, array<2 x f64>)>
          %s1 = llvm.insertvalue %b, %s0[1, 1] : !llvm.struct<(i32, array<2 x f64>)>
          %x = llvm.extractvalue %s1[0] : !llvm.struct<(i32, array<2 x f64>)>
          %y = llvm.extractvalue %s1[1, 1] : !llvm.struct<(i32, array<2 x f64>)>
          %y0 = llvm.extractvalue %s1[1, 0] : !llvm.struct<(i32, array<2 x f64>)>
          %xf = llvm.sitofp %x : i32 to f64
          %r0 = llvm.fadd %xf, %y : f64
          %r = llvm.fadd %r0, %y0 : f64
          llvm.return %r : f64
        }""";
    assertEquals(42.5, run1(src, 40L, 2.5));
  }

  @Test void structThroughMemoryRespectsLayout() {
    String src = """
        llvm.func @main(%a: i8, %b: i64) -> i64 {
          %one = llvm.mlir.constant(1 : i32) : i32
          %p = llvm.alloca %one x !llvm.struct<(i8, i64)> : (i32) -> !llvm.ptr
          %u = llvm.mlir.undef : !llvm.struct<(i8, i64)>
          %s0 = llvm.insertvalue %a, %u[0] : !llvm.struct<(i8, i64)>
          %s1 = llvm.insertvalue %b, %s0[1] : !llvm.struct<(i8, i64)>
          llvm.store %s1, %p : !llvm.struct<(i8, i64)>, !llvm.ptr
          %q = llvm.getelementptr %p[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<(i8, i64)>
          %x = llvm.load %q : !llvm.ptr -> i64
          %qi = llvm.ptrtoint %q : !llvm.ptr to i64
          %pi = llvm.ptrtoint %p : !llvm.ptr to i64
          %off = llvm.sub %qi, %pi : i64
          %r = llvm.add %x, %off : i64
          llvm.return %r : i64
        }""";
    // The i64 field sits at offset 8 (aligned), so the result is b + 8.
    assertEquals(108L, run1(src, 1L, 100L));
  }

  @Test void uninitializedReadIsAnError() {
    String src = """
        llvm.func @main() -> i32 {
          %one = llvm.mlir.constant(1 : i32) : i32
          %p = llvm.alloca %one x i32 : (i32) -> !llvm.ptr
          %x = llvm.load %p : !llvm.ptr -> i32
          llvm.return %x : i32
        }""";
    InterpreterException e = fails(src);
    assertEquals("llvm.load", e.op().name());
    assertTrue(e.getMessage().startsWith("read of uninitialized memory: byte 0 of stack slot of 'llvm.alloca'"), e.getMessage());
  }

  @Test void nullAndUseAfterFree() {
    String nul = """
        llvm.func @main() -> i32 {
          %p = llvm.mlir.zero : !llvm.ptr
          %x = llvm.load %p : !llvm.ptr -> i32
          llvm.return %x : i32
        }""";
    assertEquals("'llvm.load' op null pointer dereference", fails(nul).describe());
    String uaf = """
        llvm.func @malloc(i64) -> !llvm.ptr
        llvm.func @free(!llvm.ptr)
        llvm.func @main() -> i32 {
          %n = llvm.mlir.constant(4 : i64) : i64
          %v = llvm.mlir.constant(9 : i32) : i32
          %p = llvm.call @malloc(%n) : (i64) -> !llvm.ptr
          llvm.store %v, %p : i32, !llvm.ptr
          %x = llvm.load %p : !llvm.ptr -> i32
          llvm.call @free(%p) : (!llvm.ptr) -> ()
          %y = llvm.load %p : !llvm.ptr -> i32
          llvm.return %y : i32
        }""";
    InterpreterException e = fails(uaf);
    assertEquals("llvm.load", e.op().name());
    assertTrue(e.getMessage().contains("after it was freed"), e.getMessage());
    assertEquals(9L, run1(uaf.replace("llvm.call @free(%p) : (!llvm.ptr) -> ()\n", "")));
  }

  @Test void stackSlotsDieWithTheirFrame() {
    String src = """
        llvm.func @leak() -> !llvm.ptr {
          %one = llvm.mlir.constant(1 : i32) : i32
          %v = llvm.mlir.constant(5 : i32) : i32
          %p = llvm.alloca %one x i32 : (i32) -> !llvm.ptr
          llvm.store %v, %p : i32, !llvm.ptr
          llvm.return %p : !llvm.ptr
        }
        llvm.func @main() -> i32 {
          %p = llvm.call @leak() : () -> !llvm.ptr
          %x = llvm.load %p : !llvm.ptr -> i32
          llvm.return %x : i32
        }""";
    assertTrue(fails(src).getMessage().contains("after it was freed"));
  }

  @Test void indirectCallAndSwitch() {
    String src = """
        llvm.func @twice(%x: i32) -> i32 {
          %r = llvm.add %x, %x : i32
          llvm.return %r : i32
        }
        llvm.func @main(%k: i32, %x: i32) -> i32 {
          %f = llvm.mlir.addressof @twice : !llvm.ptr
          llvm.switch %k : i32, ^def [
            1: ^one(%x : i32),
            2: ^two
          ]
        ^one(%y: i32):
          %r = llvm.call %f(%y) : !llvm.ptr, (i32) -> i32
          llvm.return %r : i32
        ^two:
          %c = llvm.mlir.constant(-2 : i32) : i32
          llvm.return %c : i32
        ^def:
          llvm.unreachable
        }""";
    assertEquals(14L, run1(src, 1L, 7L));
    assertEquals(-2L, run1(src, 2L, 7L));
    assertEquals("'llvm.unreachable' op reached 'llvm.unreachable'", fails(src, 3L, 7L).describe());
  }

  @Test void vectorsShuffleAndReduce() {
    String src = """
        llvm.func @main(%x: f32) -> f32 {
          %v = llvm.mlir.constant(dense<[1.0, 2.0, 3.0, 4.0]> : vector<4xf32>) : vector<4xf32>
          %i = llvm.mlir.constant(2 : i32) : i32
          %w = llvm.insertelement %x, %v[%i : i32] : vector<4xf32>
          %s = llvm.shufflevector %w, %v [7, 2, 0, 0] : vector<4xf32>
          %m = llvm.fmul %s, %s : vector<4xf32>
          %z = llvm.mlir.constant(0.5 : f32) : f32
          %sum = "llvm.intr.vector.reduce.fadd"(%z, %m) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<4xf32>) -> f32
          %mx = llvm.intr.vector.reduce.fmax(%s) : (vector<4xf32>) -> f32
          %e = llvm.extractelement %s[%i : i32] : vector<4xf32>
          %r0 = llvm.fadd %sum, %mx : f32
          %r = llvm.fadd %r0, %e : f32
          llvm.return %r : f32
        }""";
    // s = [4, 10, 1, 1]; sum of squares 16+100+1+1 = 118, + 0.5; max 10; lane 2 is 1.
    assertEquals(129.5, run1(src, 10.0));
  }

  @Test void integerReductionsWrap() {
    String src = """
        llvm.func @main() -> i8 {
          %v = llvm.mlir.constant(dense<[100, 100, 60, -3]> : vector<4xi8>) : vector<4xi8>
          %s = "llvm.intr.vector.reduce.add"(%v) : (vector<4xi8>) -> i8
          %m = "llvm.intr.vector.reduce.umax"(%v) : (vector<4xi8>) -> i8
          %r = llvm.xor %s, %m : i8
          llvm.return %r : i8
        }""";
    // 100+100+60-3 = 257 -> 1 (mod 256); umax is 253 (-3); 1 ^ -3 = -4.
    assertEquals(-4L, run1(src));
  }

  @Test void floatIntrinsics() {
    String f1 = "llvm.func @main(%x: f64) -> f64 {\n  %r = llvm.intr.OP(%x) : (f64) -> f64\n  llvm.return %r : f64\n}";
    assertEquals(3.0, run1(f1.replace("OP", "round"), 2.5));
    assertEquals(-3.0, run1(f1.replace("OP", "round"), -2.5));
    assertEquals(2.0, run1(f1.replace("OP", "round"), 2.4999));
    assertEquals(-3.0, run1(f1.replace("OP", "floor"), -2.5));
    assertEquals(-2.0, run1(f1.replace("OP", "ceil"), -2.5));
    assertEquals(3.0, run1(f1.replace("OP", "sqrt"), 9.0));
    assertEquals(2.5, run1(f1.replace("OP", "fabs"), -2.5));
    assertEquals(1.0, run1(f1.replace("OP", "exp"), 0.0));
    assertEquals(Double.NEGATIVE_INFINITY, run1(f1.replace("OP", "log"), 0.0));
    String f2 = "llvm.func @main(%x: f32, %y: f32) -> f32 {\n  %r = llvm.intr.OP(%x, %y) : (f32, f32) -> f32\n  llvm.return %r : f32\n}";
    assertEquals(1.0, run1(f2.replace("OP", "maxnum"), Double.NaN, 1.0));
    assertTrue(Double.isNaN((Double) run1(f2.replace("OP", "maximum"), Double.NaN, 1.0)));
    assertEquals(-0.0, run1(f2.replace("OP", "minimum"), 0.0, -0.0));
    assertEquals(8.0, run1(f2.replace("OP", "pow"), 2.0, 3.0));
    String f3 = "llvm.func @main(%a: f32, %b: f32, %c: f32) -> f32 {\n  %r = llvm.intr.fma(%a, %b, %c) : (f32, f32, f32) -> f32\n  llvm.return %r : f32\n}";
    // fma rounds once: (1 + 2^-23) * (1 - 2^-23) - 1 = -2^-46 exactly; a separate multiply would round to 0.
    double e = Math.scalb(1.0, -23);
    assertEquals(-Math.scalb(1.0, -46), run1(f3, 1 + e, 1 - e, -1.0));
  }

  @Test void memcpyMemsetAndMasked() {
    String src = """
        llvm.func @main() -> i32 {
          %n = llvm.mlir.constant(4 : i32) : i32
          %bytes = llvm.mlir.constant(16 : i64) : i64
          %a = llvm.alloca %n x i32 : (i32) -> !llvm.ptr
          %b = llvm.alloca %n x i32 : (i32) -> !llvm.ptr
          %one = llvm.mlir.constant(1 : i8) : i8
          "llvm.intr.memset"(%a, %one, %bytes) <{isVolatile = false}> : (!llvm.ptr, i8, i64) -> ()
          "llvm.intr.memcpy"(%b, %a, %bytes) <{isVolatile = false}> : (!llvm.ptr, !llvm.ptr, i64) -> ()
          %m = llvm.mlir.constant(dense<[true, false, true, false]> : vector<4xi1>) : vector<4xi1>
          %pass = llvm.mlir.constant(dense<7> : vector<4xi32>) : vector<4xi32>
          %v = llvm.intr.masked.load %b, %m, %pass {alignment = 4 : i32} : (!llvm.ptr, vector<4xi1>, vector<4xi32>) -> vector<4xi32>
          %s = "llvm.intr.vector.reduce.add"(%v) : (vector<4xi32>) -> i32
          llvm.return %s : i32
        }""";
    // Every i32 of b is 0x01010101 = 16843009; lanes 0 and 2 loaded, 1 and 3 pass through 7.
    assertEquals(2L * 16843009 + 14, run1(src));
  }

  @Test void vectorLoadStoreRoundTrip() {
    String src = """
        llvm.func @main(%x: f32) -> vector<4xf32> {
          %n = llvm.mlir.constant(1 : i32) : i32
          %p = llvm.alloca %n x vector<4xf32> {alignment = 16 : i64} : (i32) -> !llvm.ptr
          %u = llvm.mlir.zero : vector<4xf32>
          %i = llvm.mlir.constant(3 : i64) : i64
          %v = llvm.insertelement %x, %u[%i : i64] : vector<4xf32>
          llvm.store %v, %p {alignment = 16 : i64} : vector<4xf32>, !llvm.ptr
          %w = llvm.load %p {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          llvm.return %w : vector<4xf32>
        }""";
    Tensor t = (Tensor) run1(src, 1.5);
    assertArrayEquals(new double[] {0, 0, 0, 1.5}, t.doubles());
    assertEquals(FloatType.F32, t.elementType());
  }

  @Test void globalInitializerRegionAndString() {
    String src = """
        llvm.mlir.global private constant @s("hi\\00") {addr_space = 0 : i32}
        llvm.mlir.global internal @g() {addr_space = 0 : i32} : i32 {
          %c = llvm.mlir.constant(40 : i32) : i32
          llvm.return %c : i32
        }
        llvm.func @main() -> i32 {
          %p = llvm.mlir.addressof @g : !llvm.ptr
          %s = llvm.mlir.addressof @s : !llvm.ptr
          %x = llvm.load %p : !llvm.ptr -> i32
          %c = llvm.load %s : !llvm.ptr -> i8
          %cz = llvm.zext %c : i8 to i32
          %r = llvm.add %x, %cz : i32
          llvm.return %r : i32
        }""";
    assertEquals(40L + 'h', run1(src));
  }

  @Test void misalignedAccessIsAnError() {
    String src = """
        llvm.func @main() -> i32 {
          %n = llvm.mlir.constant(2 : i32) : i32
          %p = llvm.alloca %n x i32 : (i32) -> !llvm.ptr
          %q = llvm.getelementptr %p[1] : (!llvm.ptr) -> !llvm.ptr, i8
          %x = llvm.load %q {alignment = 4 : i64} : !llvm.ptr -> i32
          llvm.return %x : i32
        }""";
    assertTrue(fails(src).getMessage().startsWith("misaligned access"));
  }

  @Test void zeroValues() {
    assertEquals(new Aggregate(0L, new Aggregate(0.0, 0.0)),
        LlvmInterpreter.zero(new dev.mlc.dialect.llvm.ir.LlvmType.Struct(null,
            java.util.List.of(IntegerType.of(32), new dev.mlc.dialect.llvm.ir.LlvmType.Array(2, FloatType.F64)), false)));
  }
}
