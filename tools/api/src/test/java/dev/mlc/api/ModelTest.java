package dev.mlc.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.ir.interp.Compare;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.text.Parser;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedding API: compiled models called with arrays and segments, checked calls, threads, the disk cache, dynamic shapes. */
class ModelTest {
  /** relu(x @ w + b): a small layer with a named input and output. */
  static final String LAYER = """
      func.func @main(%x: tensor<2x3xf32> {graph.name = "x"}, %w: tensor<3x4xf32>) -> (tensor<2x4xf32> {graph.name = "y"}) {
        %b = "graph.constant"() {value = dense<[0.5, -0.5, 0.25, -0.25]> : tensor<4xf32>} : () -> tensor<4xf32>
        %m = "graph.matmul"(%x, %w) : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
        %a = "graph.add"(%m, %b) : (tensor<2x4xf32>, tensor<4xf32>) -> tensor<2x4xf32>
        %r = "graph.relu"(%a) : (tensor<2x4xf32>) -> tensor<2x4xf32>
        return %r : tensor<2x4xf32>
      }
      """;

  /** The same layer with a dynamic batch dimension, and a comparison result. */
  static final String DYNAMIC = """
      func.func @main(%x: tensor<?x3xf32> {graph.name = "x"}, %w: tensor<3x4xf32>) -> (tensor<?x4xf32>, tensor<?x4xi1>) {
        %m = "graph.matmul"(%x, %w) : (tensor<?x3xf32>, tensor<3x4xf32>) -> tensor<?x4xf32>
        %r = "graph.relu"(%m) : (tensor<?x4xf32>) -> tensor<?x4xf32>
        %z = "graph.constant"() {value = dense<0.0> : tensor<4xf32>} : () -> tensor<4xf32>
        %l = "graph.less"(%m, %z) : (tensor<?x4xf32>, tensor<4xf32>) -> tensor<?x4xi1>
        return %r, %l : tensor<?x4xf32>, tensor<?x4xi1>
      }
      """;

  static final String SCALARS = """
      func.func @main(%a: i64, %b: i64) -> i64 {
        %c = arith.muli %a, %b : i64
        return %c : i64
      }
      """;

  static final String INTS = """
      func.func @main(%a: tensor<5xi32>, %b: tensor<5xi32>) -> tensor<5xi32> {
        %c = "graph.add"(%a, %b) : (tensor<5xi32>, tensor<5xi32>) -> tensor<5xi32>
        return %c : tensor<5xi32>
      }
      """;

  static Model layer;

  @BeforeAll static void compileLayer() { layer = Model.compile(LAYER, CompileOptions.defaults().withoutCache()); }

  @AfterAll static void closeLayer() { layer.close(); }

  static float[] random(Random r, int n) {
    float[] a = new float[n];
    for (int i = 0; i < n; i++) a[i] = r.nextFloat() * 2 - 1;
    return a;
  }

  private static final java.util.Map<String, Operation> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

  /** The interpreter's results for {@code text}'s main on {@code inputs}. */
  static NDArray[] interpret(String text, NDArray... inputs) {
    Operation module = PARSED.computeIfAbsent(text, t -> Parser.parse(MLContext.withAllDialects(ModelTest.class.getClassLoader()), "test", t));
    MLContext ctx = module.context();
    Object[] args = new Object[inputs.length];
    for (int i = 0; i < args.length; i++) args[i] = inputs[i].rank() == 0 ? inputs[i].toTensor().get(0) : inputs[i].toTensor();
    Object[] r = new Interpreter(ctx).call(Interpreter.findFunction(module, "main"), args);
    NDArray[] out = new NDArray[r.length];
    for (int i = 0; i < r.length; i++) out[i] = r[i] instanceof Tensor t ? NDArray.fromTensor(t) : null;
    return out;
  }

  static void assertClose(NDArray expected, NDArray actual) {
    assertEquals(expected.dtype(), actual.dtype());
    assertArrayEquals(expected.shape(), actual.shape());
    Compare.Result c = Compare.compare(new Object[] {expected.toTensor()}, new Object[] {actual.toTensor()}, 1e-5, 1e-6);
    assertTrue(c.ok(), c::report);
  }

  @Test void signatureNamesAndTypes() {
    Signature s = layer.signature();
    assertEquals("main", s.entry());
    assertEquals(List.of("x", "arg1"), s.inputs().stream().map(TensorSpec::name).toList());
    assertEquals("y", s.outputs().get(0).name());
    assertEquals(DType.F32, s.inputs().get(1).dtype());
    assertArrayEquals(new long[] {3, 4}, s.inputs().get(1).shape());
    assertEquals("@main(x: tensor<2x3xf32>, arg1: tensor<3x4xf32>) -> (y: tensor<2x4xf32>)", s.toString());
    assertFalse(layer.isDynamic());
  }

  @Test void callWithArraysMatchesTheInterpreter() {
    Random r = new Random(1);
    NDArray x = NDArray.of(random(r, 6), 2, 3), w = NDArray.of(random(r, 12), 3, 4);
    NDArray[] got = layer.call(x, w);
    assertEquals(1, got.length);
    assertFalse(got[0].isSegment());
    assertClose(interpret(LAYER, x, w)[0], got[0]);
  }

  @Test void callByName() {
    Random r = new Random(7);
    NDArray x = NDArray.of(random(r, 6), 2, 3), w = NDArray.of(random(r, 12), 3, 4);
    java.util.Map<String, NDArray> got = layer.call(java.util.Map.of("x", x, "arg1", w));
    assertEquals(List.of("y"), List.copyOf(got.keySet()));
    assertArrayEquals(layer.call(x, w)[0].floats(), got.get("y").floats());
    ModelException unknown = assertThrows(ModelException.class, () -> layer.call(java.util.Map.of("z", x)));
    assertTrue(unknown.getMessage().startsWith("'@main' has no argument named 'z'"), unknown.getMessage());
    ModelException missing = assertThrows(ModelException.class, () -> layer.call(java.util.Map.of("x", x)));
    assertEquals("argument #1 ('arg1') of '@main' is missing", missing.getMessage());
  }

  @Test void callWithSegments() {
    Random r = new Random(2);
    float[] xs = random(r, 6), ws = random(r, 12);
    NDArray[] expected = layer.call(NDArray.of(xs, 2, 3), NDArray.of(ws, 3, 4));
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment x = arena.allocateFrom(ValueLayout.JAVA_FLOAT, xs), w = arena.allocateFrom(ValueLayout.JAVA_FLOAT, ws);
      NDArray[] got = layer.call(arena, NDArray.of(x, DType.F32, 2, 3), NDArray.of(w, DType.F32, 3, 4));
      assertTrue(got[0].isSegment() && got[0].segment().isNative());
      assertArrayEquals(expected[0].floats(), got[0].floats());
      // results written in place into a caller's segment
      MemorySegment y = arena.allocate(8 * 4, 64);
      layer.callInto(new NDArray[] {NDArray.of(x, DType.F32, 2, 3), NDArray.of(w, DType.F32, 3, 4)}, new NDArray[] {NDArray.of(y, DType.F32, 2, 4)});
      assertArrayEquals(expected[0].floats(), y.toArray(ValueLayout.JAVA_FLOAT));
      // heap segments are copied
      NDArray[] heap = layer.call(NDArray.of(MemorySegment.ofArray(xs), DType.F32, 2, 3), NDArray.of(ws, 3, 4));
      assertArrayEquals(expected[0].floats(), heap[0].floats());
    }
  }

  @Test void wrongCallsAreExceptions() {
    NDArray x = NDArray.of(new float[6], 2, 3), w = NDArray.of(new float[12], 3, 4);
    ModelException arity = assertThrows(ModelException.class, () -> layer.call(x));
    assertTrue(arity.getMessage().contains("takes 2 argument(s)"), arity.getMessage());
    ModelException dtype = assertThrows(ModelException.class, () -> layer.call(NDArray.of(new double[6], 2, 3), w));
    assertEquals("argument #0 ('x', tensor<2x3xf32>) needs f32 elements, but the array holds f64", dtype.getMessage());
    ModelException shape = assertThrows(ModelException.class, () -> layer.call(x, NDArray.of(new float[12], 4, 3)));
    assertEquals("argument #1 ('arg1', tensor<3x4xf32>) needs shape 3x4, but the array has shape 4x3", shape.getMessage());
    assertThrows(ModelException.class, () -> layer.call(x, NDArray.of(new float[12], 12)));
    assertThrows(ModelException.class, () -> layer.call(x, null));
    assertThrows(IllegalArgumentException.class, () -> NDArray.of(new float[5], 2, 3));
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment big = arena.allocate(64, 64);
      ModelException misaligned = assertThrows(ModelException.class, () -> layer.call(NDArray.of(big.asSlice(2, 24), DType.F32, 2, 3), w));
      assertTrue(misaligned.getMessage().contains("not aligned to 4 bytes"), misaligned.getMessage());
      ModelException readOnly = assertThrows(ModelException.class,
          () -> layer.callInto(new NDArray[] {x, w}, new NDArray[] {NDArray.of(big.asReadOnly(), DType.F32, 2, 4)}));
      assertTrue(readOnly.getMessage().contains("read-only"), readOnly.getMessage());
      assertThrows(ModelException.class, () -> layer.callInto(new NDArray[] {x, w}, new NDArray[] {NDArray.of(new float[8], 4, 2)}));
      assertThrows(ModelException.class, () -> layer.callInto(new NDArray[] {x, w}, new NDArray[0]));
    }
    MemorySegment dead;
    try (Arena arena = Arena.ofConfined()) {
      dead = arena.allocate(24, 64);
    }
    ModelException closed = assertThrows(ModelException.class, () -> layer.call(NDArray.of(dead, DType.F32, 2, 3), w));
    assertTrue(closed.getMessage().contains("no longer alive"), closed.getMessage());
  }

  @Test void concurrentCallsAgreeWithTheInterpreter() throws Exception {
    int threads = 4, calls = 25;
    List<NDArray[]> inputs = new ArrayList<>();
    Random r = new Random(3);
    for (int i = 0; i < threads * calls; i++) inputs.add(new NDArray[] {NDArray.of(random(r, 6), 2, 3), NDArray.of(random(r, 12), 3, 4)});
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<NDArray>> results = new ArrayList<>();
      for (NDArray[] in : inputs) results.add(pool.submit(() -> layer.call(in)[0]));
      for (int i = 0; i < inputs.size(); i++) assertClose(interpret(LAYER, inputs.get(i))[0], results.get(i).get());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test void scalarsAndIntegers() {
    try (Model m = Model.compile(SCALARS, CompileOptions.defaults().withoutCache())) {
      NDArray[] r = m.call(NDArray.of(new long[] {6}), NDArray.of(new long[] {7}));
      assertEquals(0, r[0].rank());
      assertEquals(42, r[0].longs()[0]);
    }
    try (Model m = Model.compile(INTS, CompileOptions.defaults().withoutCache())) {
      NDArray[] r = m.call(NDArray.of(new int[] {1, 2, 3, 4, 5}, 5), NDArray.of(new int[] {10, 20, 30, 40, -50}, 5));
      assertArrayEquals(new int[] {11, 22, 33, 44, -45}, r[0].ints());
    }
  }

  @Test void secondCompileHitsTheDiskCache(@TempDir Path dir) {
    CompileOptions o = CompileOptions.defaults().withCacheDir(dir);
    NDArray x = NDArray.of(random(new Random(4), 6), 2, 3), w = NDArray.of(random(new Random(5), 12), 3, 4);
    NDArray first;
    try (Model m = Model.compile(LAYER, o)) {
      assertFalse(m.lastCompileStats().cacheHit());
      first = m.call(x, w)[0];
    }
    // the same module, formatted differently, is the same entry
    try (Model m = Model.compile("// a comment\n" + LAYER.replace("  ", "    "), o)) {
      assertTrue(m.lastCompileStats().cacheHit());
      assertArrayEquals(first.floats(), m.call(x, w)[0].floats());
    }
    try (Model m = Model.compile(LAYER, o.withTarget(dev.mlc.backend.llvm.TargetOptions.host().withOptLevel(1)))) {
      assertFalse(m.lastCompileStats().cacheHit(), "other options are another entry");
    }
  }

  /** ui8 data travels as bytes: 200 is 200, not -56, in and out. */
  @Test void unsignedBytes() {
    String src = """
        func.func @main(%x: tensor<3xui8>) -> (tensor<3xf32>, tensor<3xui8>) {
          %y = graph.dequantize_linear %x {scale = 5.000000e-01 : f32, zero_point = 3 : i64} : (tensor<3xui8>) -> tensor<3xf32>
          %q = graph.quantize_linear %y {scale = 5.000000e-01 : f32, zero_point = 3 : i64} : (tensor<3xf32>) -> tensor<3xui8>
          return %y, %q : tensor<3xf32>, tensor<3xui8>
        }
        """;
    try (Model m = Model.compile(src, CompileOptions.defaults().withoutCache())) {
      NDArray[] r = m.call(NDArray.of(new byte[] {(byte) 200, 3, (byte) 255}, 3));
      assertArrayEquals(new float[] {98.5f, 0f, 126f}, r[0].floats());
      assertArrayEquals(new byte[] {(byte) 200, 3, (byte) 255}, r[1].bytes());
    }
  }

  /** A parallel module from the cache still finds the parallel runtime (the cached object is linked with its entries). */
  @Test void parallelPipelineFromTheCache(@TempDir Path dir) {
    String big = """
        func.func @main(%x: tensor<64x256xf32>) -> tensor<64x256xf32> {
          %r = "graph.relu"(%x) : (tensor<64x256xf32>) -> tensor<64x256xf32>
          return %r : tensor<64x256xf32>
        }
        """;
    CompileOptions o = CompileOptions.defaults().withCacheDir(dir).withPipeline(dev.mlc.lowering.tollvm.GraphToLlvmPipeline.PARALLEL_NAME);
    float[] in = random(new Random(6), 64 * 256);
    float[] expected = new float[in.length];
    for (int i = 0; i < in.length; i++) expected[i] = Math.max(in[i], 0f);
    for (boolean hit : new boolean[] {false, true}) {
      try (Model m = Model.compile(big, o)) {
        assertEquals(hit, m.lastCompileStats().cacheHit());
        float[] got = dev.mlc.backend.llvm.ParallelRuntime.withThreads(2, () -> m.call(NDArray.of(in, 64, 256))[0].floats());
        assertArrayEquals(expected, got);
      }
    }
    try (Model m = Model.compile(big, CompileOptions.defaults().withCacheDir(dir))) {
      assertFalse(m.lastCompileStats().cacheHit(), "another pipeline is another entry");
    }
  }

  @Test void dynamicShapesCompileOncePerShape(@TempDir Path dir) {
    Random r = new Random(6);
    NDArray w = NDArray.of(random(r, 12), 3, 4);
    try (Model m = Model.compile(DYNAMIC, CompileOptions.defaults().withCacheDir(dir))) {
      assertTrue(m.isDynamic());
      assertEquals(0, m.compiledCount());
      assertArrayEquals(new long[] {-1, 3}, m.signature().inputs().get(0).shape());
      for (int batch : new int[] {2, 5, 2}) {
        NDArray x = NDArray.of(random(r, batch * 3), batch, 3);
        NDArray[] got = m.call(x, w);
        NDArray[] want = interpret(DYNAMIC, x, w);
        assertClose(want[0], got[0]);
        assertArrayEquals(want[1].booleans(), got[1].booleans());
        assertArrayEquals(new long[] {batch, 4}, got[0].shape());
      }
      assertEquals(2, m.compiledCount());
    }
    try (Model m = Model.compile(DYNAMIC, CompileOptions.defaults().withCacheDir(dir))) {
      m.call(NDArray.of(new float[15], 5, 3), w);
      assertTrue(m.lastCompileStats().cacheHit(), "a shape compiled by another process is on disk");
    }
  }

  @Test void threadsCallingWithNewShapesCompileEachShapeOnce() throws Exception {
    NDArray w = NDArray.of(random(new Random(8), 12), 3, 4);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (Model m = Model.compile(DYNAMIC, CompileOptions.defaults().withoutCache())) {
      List<NDArray> inputs = new ArrayList<>();
      Random r = new Random(9);
      for (int i = 0; i < 24; i++) inputs.add(NDArray.of(random(r, 3 * (1 + i % 3)), 1 + i % 3, 3));
      List<Future<NDArray[]>> results = new ArrayList<>();
      for (NDArray x : inputs) results.add(pool.submit(() -> m.call(x, w)));
      for (int i = 0; i < inputs.size(); i++) {
        NDArray[] want = interpret(DYNAMIC, inputs.get(i), w), got = results.get(i).get();
        assertClose(want[0], got[0]);
        assertArrayEquals(want[1].booleans(), got[1].booleans());
      }
      assertEquals(3, m.compiledCount());
      assertFalse(m.prepare(new long[] {7, 3}, new long[] {3, 4}).cacheHit());
      assertEquals(4, m.compiledCount());
      ModelException bad = assertThrows(ModelException.class, () -> m.prepare(new long[] {7, 2}, new long[] {3, 4}));
      assertEquals("argument #0 ('x', tensor<?x3xf32>) needs shape ?x3, but the array has shape 7x2", bad.getMessage());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test void compileErrorsAreLocated() {
    ModelException parse = assertThrows(ModelException.class, () -> Model.compile("func.func @main(", CompileOptions.defaults().withoutCache()));
    assertTrue(parse.getMessage().contains("<string>:1:"), parse.getMessage());
    assertFalse(parse.diagnostics().isEmpty());
    ModelException entry = assertThrows(ModelException.class, () -> Model.compile(LAYER, CompileOptions.defaults().withoutCache().withEntry("nope")));
    assertEquals("no entry function '@nope' in the module (functions: @main)", entry.getMessage());
  }

  @Test void compilesFilesAndModulesInMemory(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("ints.mlir");
    java.nio.file.Files.writeString(file, INTS);
    NDArray a = NDArray.of(new int[] {1, 2, 3, 4, 5}, 5);
    try (Model m = Model.compile(file, CompileOptions.defaults().withoutCache())) {
      assertArrayEquals(new int[] {2, 4, 6, 8, 10}, m.call(a, a)[0].ints());
    }
    MLContext ctx = MLContext.withAllDialects(ModelTest.class.getClassLoader());
    Operation module = Parser.parse(ctx, "mem", INTS);
    String before = dev.mlc.text.Printer.print(module, dev.mlc.text.PrintOptions.DEFAULT);
    try (Model m = Model.compile(module, CompileOptions.defaults().withoutCache())) {
      assertArrayEquals(new int[] {2, 4, 6, 8, 10}, m.call(a, a)[0].ints());
    }
    assertEquals(before, dev.mlc.text.Printer.print(module, dev.mlc.text.PrintOptions.DEFAULT), "the caller's module is not changed");
    ModelException missing = assertThrows(ModelException.class, () -> Model.compile(dir.resolve("none.mlir")));
    assertTrue(missing.getMessage().startsWith("cannot read"), missing.getMessage());
  }

  /** A frontend for the test: {@code .upper} files hold MLIR text in upper case. */
  public static final class UpperCaseFrontend implements ModelFrontend {
    @Override public boolean accepts(Path file) { return file.toString().endsWith(".upper"); }

    @Override public Operation load(MLContext ctx, Path file) {
      try {
        return Parser.parse(ctx, file.toString(), java.nio.file.Files.readString(file).toLowerCase(java.util.Locale.ROOT));
      } catch (java.io.IOException e) {
        throw new ModelException("cannot read " + file, e);
      }
    }
  }

  @Test void frontendsReadOtherFormats(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("ints.upper");
    java.nio.file.Files.writeString(file, INTS.toUpperCase(java.util.Locale.ROOT));
    NDArray a = NDArray.of(new int[] {1, 2, 3, 4, 5}, 5);
    try (Model m = Model.compile(file, CompileOptions.defaults().withoutCache())) {
      assertArrayEquals(new int[] {2, 4, 6, 8, 10}, m.call(a, a)[0].ints());
    }
  }

  @Test void aDamagedCacheEntryIsRecompiled(@TempDir Path dir) throws Exception {
    CompileOptions o = CompileOptions.defaults().withCacheDir(dir);
    NDArray a = NDArray.of(new int[] {1, 2, 3, 4, 5}, 5);
    try (Model m = Model.compile(INTS, o)) {
      assertFalse(m.lastCompileStats().cacheHit());
    }
    try (var files = java.nio.file.Files.walk(dir)) {
      for (Path f : files.filter(java.nio.file.Files::isRegularFile).toList()) {
        byte[] b = java.nio.file.Files.readAllBytes(f);
        b[b.length / 2] ^= 0x5A;
        java.nio.file.Files.write(f, b);
      }
    }
    try (Model m = Model.compile(INTS, o)) {
      assertFalse(m.lastCompileStats().cacheHit(), "a damaged entry is a miss");
      assertArrayEquals(new int[] {2, 4, 6, 8, 10}, m.call(a, a)[0].ints());
    }
    try (Model m = Model.compile(INTS, o)) {
      assertTrue(m.lastCompileStats().cacheHit(), "and is written again");
    }
  }

  @Test void closedModelsRefuseCalls() {
    Model m = Model.compile(INTS, CompileOptions.defaults().withoutCache());
    m.close();
    m.close();
    assertThrows(IllegalStateException.class, () -> m.call(NDArray.of(new int[5], 5), NDArray.of(new int[5], 5)));
  }
}
