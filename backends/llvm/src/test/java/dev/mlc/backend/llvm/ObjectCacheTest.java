package dev.mlc.backend.llvm;

import static org.junit.jupiter.api.Assertions.*;

import dev.mlc.ir.Operation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObjectCacheTest {
  static final String SRC = """
      llvm.func @poly(%x: f64) -> f64 {
        %c = llvm.mlir.constant(3.0 : f64) : f64
        %0 = llvm.fmul %x, %x : f64
        %1 = llvm.fmul %0, %c : f64
        %2 = llvm.fadd %1, %x : f64
        llvm.return %2 : f64
      }""";

  static List<Path> objects(Path dir) throws Exception {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".o")).toList();
    }
  }

  @Test void secondCompileLoadsTheCachedObject(@TempDir Path dir) throws Exception {
    ObjectCache cache = new ObjectCache(dir);
    Operation m = TranslationTest.parse(SRC);
    try (JitModule j = JitModule.compile(m, TargetOptions.host(), cache)) {
      assertEquals(2.0 * 2 * 3 + 2, (Double) j.function("poly").invoke(2.0), 0.0);
    }
    assertEquals(0, cache.hits());
    assertEquals(1, cache.misses());
    assertEquals(1, objects(dir).size());
    // A new cache object on the same directory: as a later process would see it.
    ObjectCache again = new ObjectCache(dir);
    try (JitModule j = JitModule.compile(TranslationTest.parse(SRC), TargetOptions.host(), again)) {
      assertEquals(-1.5 * -1.5 * 3 - 1.5, (Double) j.function("poly").invoke(-1.5), 0.0);
    }
    assertEquals(1, again.hits());
    // Other options are another entry.
    try (JitModule j = JitModule.compile(m, TargetOptions.host().withOptLevel(0), again)) {
      assertEquals(4.0, (Double) j.function("poly").invoke(1.0), 0.0);
    }
    assertEquals(2, objects(dir).size());
  }

  @Test void aDamagedEntryIsCompiledAgain(@TempDir Path dir) throws Exception {
    ObjectCache cache = new ObjectCache(dir);
    Operation m = TranslationTest.parse(SRC);
    JitModule.compile(m, TargetOptions.host(), cache).close();
    Path obj = objects(dir).get(0);
    byte[] b = Files.readAllBytes(obj);
    b[b.length / 2] ^= 0x55; // one flipped byte in the middle of the code
    Files.write(obj, b);
    ObjectCache again = new ObjectCache(dir);
    try (JitModule j = JitModule.compile(m, TargetOptions.host(), again)) {
      assertEquals(4.0, (Double) j.function("poly").invoke(1.0), 0.0);
    }
    assertEquals(0, again.hits(), "a damaged entry is a miss");
    assertFalse(java.util.Arrays.equals(b, Files.readAllBytes(obj)), "the damaged entry was replaced");
    Files.write(obj, new byte[] {1, 2, 3});
    try (JitModule j = JitModule.compile(m, TargetOptions.host(), again)) {
      assertEquals(4.0, (Double) j.function("poly").invoke(1.0), 0.0);
    }
  }

  @Test void anObjectFileLinksWithTheSignaturesGiven() {
    Operation m = TranslationTest.parse(SRC);
    byte[] obj;
    try (LlvmModule lm = LlvmModule.translateOrThrow(m, TargetOptions.host())) {
      lm.optimize();
      obj = lm.toObject();
    }
    dev.mlc.dialect.llvm.ir.LlvmType.Func sig = dev.mlc.dialect.llvm.ir.FuncOp.functionType(m.region(0).front().first());
    try (JitModule j = JitModule.fromObject(obj, java.util.Map.of("poly", sig), TargetOptions.host())) {
      assertEquals(2.0 * 2 * 3 + 2, (Double) j.function("poly").invoke(2.0), 0.0);
      assertEquals(java.util.Set.of("poly"), j.functionNames());
    }
    BackendException missing = assertThrows(BackendException.class, () -> JitModule.fromObject(obj, java.util.Map.of("nope", sig), TargetOptions.host()));
    assertTrue(missing.getMessage().startsWith("cannot compile '@nope'"), missing.getMessage());
  }

  private static String key(int i) { return String.format("%064x", i); }

  @Test void theLeastRecentlyUsedEntriesAreEvictedOverTheLimit(@TempDir Path dir) throws Exception {
    ObjectCache cache = new ObjectCache(dir, 1000);
    byte[] obj = new byte[268]; // 300 bytes on disk with the checksum
    for (int i = 0; i < 3; i++) cache.put(key(i), obj);
    // Entries 0..2 use 900 bytes; make 1 the oldest and 0 recently used (a hit refreshes it).
    for (int i = 0; i < 3; i++) {
      Path f = dir.resolve(key(i).substring(0, 2)).resolve(key(i) + ".o");
      Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (i + 1)));
    }
    assertNotNull(cache.get(key(0)));
    assertEquals(0, cache.evictions());
    cache.put(key(3), obj); // 1200 bytes: down to 750 or less, oldest first
    assertEquals(2, cache.evictions());
    assertNull(cache.get(key(1)), "the least recently used entry goes first");
    assertNull(cache.get(key(2)));
    assertNotNull(cache.get(key(0)), "a hit keeps an entry");
    assertNotNull(cache.get(key(3)), "the entry just stored is kept");
  }

  @Test void anEntryLargerThanTheLimitIsStillKept(@TempDir Path dir) {
    ObjectCache cache = new ObjectCache(dir, 100);
    cache.put(key(7), new byte[500]);
    assertNotNull(cache.get(key(7)));
    assertThrows(IllegalArgumentException.class, () -> new ObjectCache(dir, 0));
  }
}
