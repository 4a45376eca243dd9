package dev.mlc.dialect.cpu.interp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.dialect.cpu.ir.CpuTargetAttr;
import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Verifier;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.text.Parser;
import org.junit.jupiter.api.Test;

/** Values of the cpu dialect's ops, checked by hand. */
class CpuInterpreterTest {
  static Object run(String src, Object... args) {
    MLContext ctx = MLContext.withAllDialects();
    Operation module = Parser.parse(ctx, "test.mlir", src);
    assertTrue(Verifier.verify(module));
    return new Interpreter(ctx).call(Interpreter.findFunction(module, "main"), args)[0];
  }

  static Tensor bytes(int n, long... pattern) {
    long[] v = new long[n];
    for (int i = 0; i < n; i++) v[i] = pattern[i % pattern.length];
    return Tensor.ofLongs(IntegerType.of(8), new long[] {n}, v);
  }

  static Tensor ints(long... v) { return Tensor.ofLongs(IntegerType.of(32), new long[] {v.length}, v); }

  static final String DOT = """
      func.func @main(%acc: vector<4xi32>, %a: vector<16xi8>, %b: vector<16xi8>) -> vector<4xi32> {
        %r = cpu.OP %acc, %a, %b : vector<4xi32>, vector<16xi8>
        return %r : vector<4xi32>
      }""";

  @Test void dpbusdReadsAUnsignedAndBSigned() {
    // a bytes: 0xff (255 unsigned), 1, 2, 3 repeated; b bytes: -1, 2, -3, 4 repeated.
    // Per lane: 255*-1 + 1*2 + 2*-3 + 3*4 = -255 + 2 - 6 + 12 = -247; plus acc.
    Tensor r = (Tensor) run(DOT.replace("OP", "vnni_dpbusd"), ints(0, 1, -1, 1000), bytes(16, -1, 1, 2, 3), bytes(16, -1, 2, -3, 4));
    assertArrayEquals(new long[] {-247, -246, -248, 753}, r.longs());
  }

  @Test void dpbusdWrapsAndDpbusdsSaturates() {
    // Each lane adds 4 * 255 * 127 = 129540 to INT_MAX - 10.
    long max = Integer.MAX_VALUE;
    Tensor acc = ints(max - 10, max - 10, 0, Integer.MIN_VALUE);
    Tensor a = bytes(16, 255), b = bytes(16, 127);
    Tensor wrap = (Tensor) run(DOT.replace("OP", "vnni_dpbusd"), acc, a, b);
    assertEquals((long) (int) (max - 10 + 129540), wrap.longs()[0]);
    assertEquals(129540L, wrap.longs()[2]);
    assertEquals((long) Integer.MIN_VALUE + 129540, wrap.longs()[3]);
    Tensor sat = (Tensor) run(DOT.replace("OP", "vnni_dpbusds"), acc, a, b);
    assertArrayEquals(new long[] {max, max, 129540, Integer.MIN_VALUE + 129540L}, sat.longs());
    // Negative saturation: 255 * -128 * 4 = -130560 below INT_MIN + 5.
    Tensor neg = (Tensor) run(DOT.replace("OP", "vnni_dpbusds"), ints(Integer.MIN_VALUE + 5, 0, 0, 0), bytes(16, 255), bytes(16, -128));
    assertArrayEquals(new long[] {Integer.MIN_VALUE, -130560, -130560, -130560}, neg.longs());
  }

  @Test void the512BitForm() {
    String src = """
        func.func @main(%acc: vector<16xi32>, %a: vector<64xi8>, %b: vector<64xi8>) -> vector<16xi32> {
          %r = cpu.vnni_dpbusd %acc, %a, %b : vector<16xi32>, vector<64xi8>
          return %r : vector<16xi32>
        }""";
    Tensor r = (Tensor) run(src, Tensor.zeros(IntegerType.of(32), 16), bytes(64, 2), bytes(64, 3));
    for (long x : r.longs()) assertEquals(24L, x);
  }

  @Test void vectorBitsComesFromTheNearestTarget() {
    String src = """
        module attributes {cpu.target = #cpu.target<"x86-64", features = "+avx2,+fma", vector_bits = 256>} {
          func.func @main() -> i64 attributes {cpu.target = #cpu.target<"skylake-avx512", features = "+avx512f,+avx512vnni,-fma", vector_bits = 512>} {
            %w = cpu.vector_bits : i64
            return %w : i64
          }
          func.func @other() -> i64 {
            %w = cpu.vector_bits : i64
            return %w : i64
          }
        }""";
    assertEquals(512L, run(src));
    MLContext ctx = MLContext.withAllDialects();
    Operation module = Parser.parse(ctx, "t.mlir", src);
    Operation other = Interpreter.findFunction(module, "other");
    assertEquals(256L, new Interpreter(ctx).call(other)[0]);
    CpuTargetAttr t = CpuTargetAttr.of(Interpreter.findFunction(module, "main"));
    assertEquals(java.util.List.of("avx512f", "avx512vnni"), t.enabledFeatures());
    assertTrue(CpuTargetAttr.of(other).hasFeature("fma"));
  }
}
