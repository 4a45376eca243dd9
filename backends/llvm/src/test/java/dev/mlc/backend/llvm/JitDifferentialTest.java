package dev.mlc.backend.llvm;

import static org.junit.jupiter.api.Assertions.*;

import dev.mlc.dialect.llvm.interp.LlvmInterpreter;
import dev.mlc.dialect.llvm.interp.Memory;
import dev.mlc.dialect.llvm.interp.Pointer;
import dev.mlc.ir.Operation;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.junit.jupiter.api.Test;

/** Functions of the llvm dialect compiled by the JIT and run by the reference interpreter agree. */
class JitDifferentialTest {
  static Object[] interpret(Operation module, String fn, Object... args) {
    return new Interpreter(TranslationTest.CTX).call(Interpreter.findFunction(module, fn), args);
  }

  static JitModule jit(Operation module) { return JitModule.compile(module, TargetOptions.host()); }

  @Test void scalarIntegerArithmetic() {
    Operation m = TranslationTest.parse("""
        llvm.func @f(%a: i32, %b: i32) -> i32 {
          %c7 = llvm.mlir.constant(7 : i32) : i32
          %0 = llvm.mul %a, %c7 : i32
          %1 = llvm.sub %0, %b : i32
          %2 = llvm.xor %1, %a : i32
          %3 = llvm.ashr %2, %c7 : i32
          %4 = llvm.srem %1, %c7 : i32
          %5 = llvm.add %3, %4 : i32
          %s = llvm.icmp "slt" %a, %b : i32
          %6 = llvm.select %s, %5, %1 : i1, i32
          llvm.return %6 : i32
        }""");
    try (JitModule j = jit(m)) {
      NativeFunction f = j.function("f");
      int[][] inputs = {{0, 0}, {1, 2}, {-5, 3}, {Integer.MAX_VALUE, -1}, {Integer.MIN_VALUE, 17}, {123456, -98765}, {-1, -1}};
      for (int[] in : inputs) {
        long expect = (Long) interpret(m, "f", (long) in[0], (long) in[1])[0];
        assertEquals(expect, ((Integer) f.invoke(in[0], in[1])).longValue(), "f(" + in[0] + ", " + in[1] + ")");
      }
    }
  }

  @Test void scalarFloatArithmeticAndCasts() {
    Operation m = TranslationTest.parse("""
        llvm.func @g(%x: f64, %n: i64) -> f32 {
          %0 = llvm.sitofp %n : i64 to f64
          %1 = llvm.fmul %x, %0 : f64
          %2 = llvm.fdiv %1, %x : f64
          %3 = llvm.fneg %2 : f64
          %4 = llvm.frem %3, %x : f64
          %5 = llvm.fptrunc %4 : f64 to f32
          %6 = llvm.fadd %5, %5 : f32
          llvm.return %6 : f32
        }""");
    try (JitModule j = jit(m)) {
      double[] xs = {1.5, -2.25, 1e-3, 3.0e10, 0.0, Double.NaN};
      long[] ns = {3, -7, 1_000_000_007L};
      for (double x : xs)
        for (long n : ns) {
          double expect = (Double) interpret(m, "g", x, n)[0];
          float got = (Float) j.function("g").invoke(x, n);
          assertEquals((float) expect, got, 0f, "g(" + x + ", " + n + ")");
        }
    }
  }

  /** A loop with blocks: out[i] = a * x[i] + out[i] for i < n, returning the sum of out. */
  static final String SAXPY = """
      llvm.func @saxpy(%a: f32, %x: !llvm.ptr, %out: !llvm.ptr, %n: i64) -> f32 {
        %c0 = llvm.mlir.constant(0 : i64) : i64
        %c1 = llvm.mlir.constant(1 : i64) : i64
        %z = llvm.mlir.constant(0.0 : f32) : f32
        llvm.br ^head(%c0, %z : i64, f32)
      ^head(%i: i64, %acc: f32):
        %more = llvm.icmp "slt" %i, %n : i64
        llvm.cond_br %more, ^body, ^exit
      ^body:
        %px = llvm.getelementptr inbounds %x[%i] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %po = llvm.getelementptr inbounds %out[%i] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %vx = llvm.load %px {alignment = 4 : i64} : !llvm.ptr -> f32
        %vo = llvm.load %po {alignment = 4 : i64} : !llvm.ptr -> f32
        %m = llvm.fmul %a, %vx : f32
        %s = llvm.fadd %m, %vo : f32
        llvm.store %s, %po {alignment = 4 : i64} : f32, !llvm.ptr
        %acc2 = llvm.fadd %acc, %s : f32
        %i2 = llvm.add %i, %c1 : i64
        llvm.br ^head(%i2, %acc2 : i64, f32)
      ^exit:
        llvm.return %acc : f32
      }""";

  @Test void loopOverArraysThroughMemory() {
    Operation m = TranslationTest.parse(SAXPY);
    try (JitModule j = jit(m); Arena arena = Arena.ofConfined()) {
      for (int n : new int[] {0, 1, 7, 64, 1000}) {
        float a = 0.5f + n;
        MemorySegment x = arena.allocate(4L * Math.max(n, 1), 16), out = arena.allocate(4L * Math.max(n, 1), 16);
        Interpreter in = new Interpreter(TranslationTest.CTX);
        Memory mem = LlvmInterpreter.memory(in);
        Pointer px = mem.allocate(4L * n, "x"), po = mem.allocate(4L * n, "out");
        for (int i = 0; i < n; i++) {
          float xi = (float) Math.sin(i) * 3, oi = i % 5 - 2.5f;
          x.setAtIndex(ValueLayout.JAVA_FLOAT, i, xi);
          out.setAtIndex(ValueLayout.JAVA_FLOAT, i, oi);
          mem.store(px.plus(4L * i), FloatType.F32, (double) xi);
          mem.store(po.plus(4L * i), FloatType.F32, (double) oi);
        }
        double expect = (Double) in.call(Interpreter.findFunction(m, "saxpy"), (double) a, px, po, (long) n)[0];
        float got = (Float) j.function("saxpy").invoke(a, x, out, (long) n);
        assertEquals((float) expect, got, 0f, "sum for n=" + n);
        for (int i = 0; i < n; i++)
          assertEquals(((Double) mem.load(po.plus(4L * i), FloatType.F32)).floatValue(), out.getAtIndex(ValueLayout.JAVA_FLOAT, i), 0f, "out[" + i + "]");
      }
    }
  }

  @Test void structsInRegistersAndInMemory() {
    Operation m = TranslationTest.parse("""
        llvm.func @pair(%a: i32, %b: f64, %p: !llvm.ptr) -> f64 {
          %u = llvm.mlir.undef : !llvm.struct<(i32, f64)>
          %s0 = llvm.insertvalue %a, %u[0] : !llvm.struct<(i32, f64)>
          %s1 = llvm.insertvalue %b, %s0[1] : !llvm.struct<(i32, f64)>
          llvm.store %s1, %p : !llvm.struct<(i32, f64)>, !llvm.ptr
          %f = llvm.getelementptr %p[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<(i32, f64)>
          %d = llvm.load %f : !llvm.ptr -> f64
          %i = llvm.extractvalue %s1[0] : !llvm.struct<(i32, f64)>
          %di = llvm.sitofp %i : i32 to f64
          %r = llvm.fsub %d, %di : f64
          llvm.return %r : f64
        }""");
    try (JitModule j = jit(m); Arena arena = Arena.ofConfined()) {
      for (int a : new int[] {0, 3, -40}) {
        double b = a * 1.25 + 0.5;
        MemorySegment p = arena.allocate(16, 8);
        Interpreter in = new Interpreter(TranslationTest.CTX);
        Pointer ip = LlvmInterpreter.memory(in).allocate(16, "p");
        double expect = (Double) in.call(Interpreter.findFunction(m, "pair"), (long) a, b, ip)[0];
        assertEquals(expect, (Double) j.function("pair").invoke(a, b, p), 0.0);
        assertEquals(a, p.get(ValueLayout.JAVA_INT, 0));
        assertEquals(b, p.get(ValueLayout.JAVA_DOUBLE, 8), 0.0);
        assertEquals((long) a, LlvmInterpreter.memory(in).load(ip, IntegerType.of(32)));
      }
    }
  }

  @Test void vectorOps() {
    Operation m = TranslationTest.parse("""
        llvm.func @dot(%p: !llvm.ptr, %q: !llvm.ptr, %k: i32) -> f32 {
          %a = llvm.load %p {alignment = 4 : i64} : !llvm.ptr -> vector<8xf32>
          %b = llvm.load %q {alignment = 4 : i64} : !llvm.ptr -> vector<8xf32>
          %m = llvm.fmul %a, %b : vector<8xf32>
          %e = llvm.extractelement %m[%k : i32] : vector<8xf32>
          %c0 = llvm.mlir.constant(0 : i32) : i32
          %w = llvm.insertelement %e, %m[%c0 : i32] : vector<8xf32>
          %s = llvm.shufflevector %w, %a [7, 6, 5, 4, 3, 2, 1, 0] : vector<8xf32>
          %z = llvm.mlir.constant(1.0 : f32) : f32
          %r = "llvm.intr.vector.reduce.fadd"(%z, %s) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
          %mx = llvm.intr.vector.reduce.fmax(%a) : (vector<8xf32>) -> f32
          %t = llvm.fadd %r, %mx : f32
          llvm.return %t : f32
        }""");
    try (JitModule j = jit(m); Arena arena = Arena.ofConfined()) {
      for (int k = 0; k < 8; k += 3) {
        MemorySegment p = arena.allocate(32, 32), q = arena.allocate(32, 32);
        Interpreter in = new Interpreter(TranslationTest.CTX);
        Memory mem = LlvmInterpreter.memory(in);
        Pointer ip = mem.allocate(32, "p"), iq = mem.allocate(32, "q");
        for (int i = 0; i < 8; i++) {
          float a = i * 0.75f - k, b = 2.5f - i * i;
          p.setAtIndex(ValueLayout.JAVA_FLOAT, i, a);
          q.setAtIndex(ValueLayout.JAVA_FLOAT, i, b);
          mem.store(ip.plus(4L * i), FloatType.F32, (double) a);
          mem.store(iq.plus(4L * i), FloatType.F32, (double) b);
        }
        double expect = (Double) in.call(Interpreter.findFunction(m, "dot"), ip, iq, (long) k)[0];
        assertEquals((float) expect, (Float) j.function("dot").invoke(p, q, k), 0f, "k=" + k);
      }
    }
  }

  @Test void mathIntrinsics() {
    Operation m = TranslationTest.parse("""
        llvm.func @h(%x: f64, %y: f64, %z: f64) -> f64 {
          %0 = llvm.intr.fma(%x, %y, %z) : (f64, f64, f64) -> f64
          %1 = llvm.intr.fabs(%0) : (f64) -> f64
          %2 = llvm.intr.sqrt(%1) : (f64) -> f64
          %3 = llvm.intr.exp(%y) : (f64) -> f64
          %4 = llvm.intr.maxnum(%2, %3) : (f64, f64) -> f64
          %5 = llvm.intr.floor(%4) : (f64) -> f64
          %6 = llvm.fadd %4, %5 : f64
          llvm.return %6 : f64
        }""");
    try (JitModule j = jit(m)) {
      double[][] inputs = {{1, 2, 3}, {-4.5, 0.25, 1e-9}, {1e10, 1e-10, -1}, {0, -3, 0}, {2, 700, 1}};
      for (double[] in : inputs) {
        double expect = (Double) interpret(m, "h", in[0], in[1], in[2])[0];
        double got = (Double) j.function("h").invoke(in[0], in[1], in[2]);
        // exp is correctly rounded in neither libm nor Java: allow one ulp.
        assertEquals(expect, got, Math.ulp(expect), java.util.Arrays.toString(in));
      }
    }
  }

  @Test void switchAndDuplicateSuccessors() {
    Operation m = TranslationTest.parse("""
        llvm.func @sw(%x: i32) -> i32 {
          %a = llvm.mlir.constant(10 : i32) : i32
          %b = llvm.mlir.constant(20 : i32) : i32
          %c = llvm.icmp "eq" %x, %a : i32
          llvm.cond_br %c, ^join(%a : i32), ^join(%b : i32)
        ^join(%v: i32):
          llvm.switch %x : i32, ^def(%v : i32) [
            1: ^one,
            2: ^def(%x : i32)
          ]
        ^one:
          llvm.return %a : i32
        ^def(%r: i32):
          %s = llvm.add %r, %x : i32
          llvm.return %s : i32
        }""");
    try (JitModule j = jit(m)) {
      for (int x : new int[] {0, 1, 2, 10, -3}) {
        long expect = (Long) interpret(m, "sw", (long) x)[0];
        assertEquals(expect, ((Integer) j.function("sw").invoke(x)).longValue(), "sw(" + x + ")");
      }
    }
  }

  @Test void wrongCallsAreExceptionsNotCrashes() {
    Operation m = TranslationTest.parse(SAXPY);
    try (JitModule j = jit(m)) {
      NativeFunction f = j.function("saxpy");
      assertThrows(BackendException.class, () -> f.invoke(1.0f));
      assertThrows(BackendException.class, () -> f.invoke(1.0f, 3L, MemorySegment.NULL, 0L));
      assertThrows(BackendException.class, () -> j.function("nope"));
      j.close();
      assertThrows(IllegalStateException.class, () -> f.invoke(1.0f, MemorySegment.NULL, MemorySegment.NULL, 0L));
    }
  }

  @Test void maskedMemoryMemsetAndIndirectCalls() {
    Operation m = TranslationTest.parse("""
        llvm.func internal @twice(%x: i32) -> i32 {
          %0 = llvm.add %x, %x : i32
          llvm.return %0 : i32
        }
        llvm.func @mem(%p: !llvm.ptr, %q: !llvm.ptr, %k: i32) -> i32 {
          %b = llvm.mlir.constant(7 : i8) : i8
          %n = llvm.mlir.constant(16 : i64) : i64
          "llvm.intr.memset"(%q, %b, %n) <{isVolatile = false}> : (!llvm.ptr, i8, i64) -> ()
          %mask = llvm.mlir.constant(dense<[true, false, true, false]> : vector<4xi1>) : vector<4xi1>
          %pass = llvm.mlir.constant(dense<-1> : vector<4xi32>) : vector<4xi32>
          %v = llvm.intr.masked.load %p, %mask, %pass {alignment = 4 : i32} : (!llvm.ptr, vector<4xi1>, vector<4xi32>) -> vector<4xi32>
          llvm.intr.masked.store %v, %q, %mask {alignment = 4 : i32} : vector<4xi32>, vector<4xi1> into !llvm.ptr
          %s = "llvm.intr.vector.reduce.add"(%v) : (vector<4xi32>) -> i32
          %f = llvm.mlir.addressof @twice : !llvm.ptr
          %t = llvm.call %f(%s) : !llvm.ptr, (i32) -> i32
          %r = llvm.add %t, %k : i32
          llvm.return %r : i32
        }""");
    try (JitModule j = jit(m); Arena arena = Arena.ofConfined()) {
      int[] data = {5, -9, 12, 100};
      MemorySegment p = arena.allocate(16, 16), q = arena.allocate(16, 16);
      Interpreter in = new Interpreter(TranslationTest.CTX);
      Memory mem = LlvmInterpreter.memory(in);
      Pointer ip = mem.allocate(16, "p"), iq = mem.allocate(16, "q");
      for (int i = 0; i < 4; i++) {
        p.setAtIndex(ValueLayout.JAVA_INT, i, data[i]);
        mem.store(ip.plus(4L * i), IntegerType.of(32), (long) data[i]);
      }
      long expect = (Long) in.call(Interpreter.findFunction(m, "mem"), ip, iq, 3L)[0];
      assertEquals(expect, ((Integer) j.function("mem").invoke(p, q, 3)).longValue());
      for (int i = 0; i < 4; i++)
        assertEquals((long) (Long) mem.load(iq.plus(4L * i), IntegerType.of(32)), q.getAtIndex(ValueLayout.JAVA_INT, i), "q[" + i + "]");
    }
  }

  static final String[] FCMP = {"_false", "oeq", "ogt", "oge", "olt", "ole", "one", "ord", "ueq", "ugt", "uge", "ult", "ule", "une", "uno", "_true"};
  static final String[] ICMP = {"eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge"};

  @Test void everyComparePredicate() {
    StringBuilder src = new StringBuilder();
    for (int k = 0; k < FCMP.length; k++)
      src.append("llvm.func @f").append(k).append("(%a: f64, %b: f64) -> i1 {\n  %0 = llvm.fcmp \"").append(FCMP[k])
          .append("\" %a, %b : f64\n  llvm.return %0 : i1\n}\n");
    for (int k = 0; k < ICMP.length; k++)
      src.append("llvm.func @i").append(k).append("(%a: i8, %b: i8) -> i1 {\n  %0 = llvm.icmp \"").append(ICMP[k])
          .append("\" %a, %b : i8\n  llvm.return %0 : i1\n}\n");
    Operation m = TranslationTest.parse(src.toString());
    double[] fs = {-1.5, 0.0, -0.0, 2.0, Double.NaN, Double.POSITIVE_INFINITY};
    long[] is = {-128, -1, 0, 1, 127};
    try (JitModule j = jit(m)) {
      for (int k = 0; k < FCMP.length; k++)
        for (double a : fs)
          for (double b : fs) {
            long expect = (Long) interpret(m, "f" + k, a, b)[0];
            assertEquals(expect != 0, j.function("f" + k).invoke(a, b), "fcmp " + FCMP[k] + " " + a + ", " + b);
          }
      for (int k = 0; k < ICMP.length; k++)
        for (long a : is)
          for (long b : is) {
            long expect = (Long) interpret(m, "i" + k, a, b)[0];
            assertEquals(expect != 0, j.function("i" + k).invoke((byte) a, (byte) b), "icmp " + ICMP[k] + " " + a + ", " + b);
          }
    }
  }

  @Test void compileErrorsAreExceptionsWithTheDiagnostics() {
    Operation bad = TranslationTest.parse("func.func @f() {\n  return\n}");
    BackendException e = assertThrows(BackendException.class, () -> jit(bad));
    assertTrue(e.getMessage().contains("test.mlir:1:1: 'func.func' op cannot be translated"), e.getMessage());
    // A declared function that nothing defines: linking fails when the module is compiled.
    Operation missing = TranslationTest.parse("""
        llvm.func @mlc_no_such_symbol(i32) -> i32
        llvm.func @g(%x: i32) -> i32 {
          %0 = llvm.call @mlc_no_such_symbol(%x) : (i32) -> i32
          llvm.return %0 : i32
        }""");
    BackendException e2 = assertThrows(BackendException.class, () -> jit(missing));
    assertTrue(e2.getMessage().contains("mlc_no_such_symbol"), e2.getMessage());
    // Calls into the C library resolve against the process.
    Operation libc = TranslationTest.parse("""
        llvm.func @labs(i64) -> i64
        llvm.func @h(%x: i64) -> i64 {
          %0 = llvm.call @labs(%x) : (i64) -> i64
          llvm.return %0 : i64
        }""");
    try (JitModule j = jit(libc)) {
      assertEquals(42L, j.function("h").invoke(-42L));
    }
  }
}
