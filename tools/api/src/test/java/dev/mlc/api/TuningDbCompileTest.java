package dev.mlc.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.backend.llvm.TargetOptions;
import dev.mlc.dialect.tl.transforms.contraction.TuningDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles with a tuning database: it is read only when given, its content (not its path) is part of the cache key, its tiles give correct results. */
class TuningDbCompileTest {
  static final String MM = """
      func.func @main(%x: tensor<20x24xf32>, %w: tensor<24x40xf32>) -> tensor<20x40xf32> {
        %m = "graph.matmul"(%x, %w) : (tensor<20x24xf32>, tensor<24x40xf32>) -> tensor<20x40xf32>
        return %m : tensor<20x40xf32>
      }""";

  static Path db(Path file, int mr, int nr) throws Exception {
    Map<String, Long> s = new LinkedHashMap<>();
    s.put("m", 20L);
    s.put("n", 40L);
    s.put("k", 24L);
    s.put("ta", 0L);
    s.put("tb", 0L);
    TuningDb db = new TuningDb();
    db.put(new TuningDb.Entry(new TuningDb.Key("matmul", s, "f32", HostTuningTarget.target(TargetOptions.host()), 1), new TuningDb.Params(mr, nr, 8, 8), 1.0, 2.0));
    db.save(file);
    return file;
  }

  @Test void theDatabasesContentIsInTheCacheKey(@TempDir Path dir) throws Exception {
    Path cache = dir.resolve("cache");
    CompileOptions o = CompileOptions.defaults().withCacheDir(cache);
    Random r = new Random(3);
    NDArray x = NDArray.of(ModelTest.random(r, 480), 20, 24), w = NDArray.of(ModelTest.random(r, 960), 24, 40);
    NDArray[] expected = ModelTest.interpret(MM, x, w);
    Path a = db(dir.resolve("a.json"), 4, 16), b = db(dir.resolve("b.json"), 6, 48);
    try (Model m = Model.compile(MM, o)) {
      assertFalse(m.lastCompileStats().cacheHit());
    }
    try (Model m = Model.compile(MM, o.withTuningDb(a, 1))) {
      assertFalse(m.lastCompileStats().cacheHit(), "a database is another entry than none");
      ModelTest.assertClose(expected[0], m.call(x, w)[0]);
    }
    Path copy = Files.copy(a, dir.resolve("copy-of-a.json"));
    try (Model m = Model.compile(MM, o.withTuningDb(copy, 1))) {
      assertTrue(m.lastCompileStats().cacheHit(), "the same content under another name is the same entry");
    }
    try (Model m = Model.compile(MM, o.withTuningDb(b, 1))) {
      assertFalse(m.lastCompileStats().cacheHit(), "other content is another entry");
      ModelTest.assertClose(expected[0], m.call(x, w)[0]);
    }
    try (Model m = Model.compile(MM, o.withTuningDb(a, 2))) {
      assertFalse(m.lastCompileStats().cacheHit(), "another thread count is another entry");
    }
  }

  @Test void badDatabasesAreModelExceptions(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("missing.json");
    assertTrue(assertThrows(ModelException.class, () -> Model.compile(MM, CompileOptions.defaults().withoutCache().withTuningDb(missing, 1))).getMessage()
        .endsWith("missing.json: no such file"));
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"schema\": \"mlc-tuning-db\", \"version\": 7}");
    assertTrue(assertThrows(ModelException.class, () -> Model.compile(MM, CompileOptions.defaults().withoutCache().withTuningDb(bad, 1))).getMessage()
        .contains("version 7 is not supported"));
  }

  @Test void theOptionsGoToTheMatmulKernelPass() {
    assertEquals("a,tl-matmul-kernel{X},b", Model.withTuning("a,tl-matmul-kernel,b", "X"));
    assertEquals("a,tl-matmul-kernel{mr=4 X}", Model.withTuning("a,tl-matmul-kernel{mr=4}", "X"));
    assertEquals("no-tl-matmul-kernel-here,x", Model.withTuning("no-tl-matmul-kernel-here,x", "X"));
  }
}
