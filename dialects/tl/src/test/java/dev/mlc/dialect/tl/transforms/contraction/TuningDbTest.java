package dev.mlc.dialect.tl.transforms.contraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TuningDbTest {
  static final TuningDb.Target CLX = new TuningDb.Target("cascadelake", "+avx512f,+avx512vnni,+fma");
  static final TuningDb.Target ZEN = new TuningDb.Target("znver4", "+avx512f,+fma");

  static Map<String, Long> mm(long m, long n, long k) {
    Map<String, Long> s = new LinkedHashMap<>();
    s.put("m", m);
    s.put("n", n);
    s.put("k", k);
    s.put("ta", 0L);
    s.put("tb", 0L);
    return s;
  }

  static TuningDb.Entry entry(TuningDb.Target t, int threads, long m, TuningDb.Params p, double ms) {
    return new TuningDb.Entry(new TuningDb.Key("matmul", mm(m, 64, 32), "f32", t, threads), p, ms, 2.5);
  }

  @Test void roundTripIsExactAndSorted(@TempDir Path dir) throws Exception {
    TuningDb db = new TuningDb();
    db.put(entry(ZEN, 1, 128, new TuningDb.Params(6, 32, 60, 128), 1.25));
    db.put(entry(CLX, 2, 64, new TuningDb.Params(12, 32, 96, 512), 0.5));
    db.put(entry(CLX, 1, 64, new TuningDb.Params(4, 48, 64, 256), 0.75));
    Path f = dir.resolve("db.json");
    db.save(f);
    TuningDb back = TuningDb.load(f);
    assertEquals(List.copyOf(db.entries()), List.copyOf(back.entries()));
    assertEquals(Files.readString(f), back.toJson(), "a loaded database saves to the same bytes");
    // sorted by target, then threads: the cascadelake entries come first, 1 thread before 2
    List<TuningDb.Entry> es = List.copyOf(back.entries());
    assertEquals(List.of(1, 2, 1), es.stream().map(e -> e.key().threads()).toList());
    assertEquals("cascadelake", es.get(0).key().target().cpu());
    assertTrue(Files.readString(f).contains("\"schema\" : \"mlc-tuning-db\""));
    // insertion order does not matter
    TuningDb other = new TuningDb();
    for (TuningDb.Entry e : es.reversed()) other.put(e);
    assertEquals(db.toJson(), other.toJson());
  }

  @Test void mergeKeepsTheFasterEntry() {
    TuningDb a = new TuningDb(), b = new TuningDb();
    a.put(entry(CLX, 1, 64, new TuningDb.Params(8, 32, 64, 256), 1.0));
    a.put(entry(CLX, 1, 128, new TuningDb.Params(8, 32, 64, 256), 2.0));
    b.put(entry(CLX, 1, 64, new TuningDb.Params(4, 16, 64, 256), 1.5)); // slower: a's stays
    b.put(entry(CLX, 1, 128, new TuningDb.Params(12, 32, 96, 128), 1.0)); // faster: replaces
    b.put(entry(ZEN, 1, 64, new TuningDb.Params(6, 48, 60, 64), 3.0)); // new key
    a.merge(b);
    assertEquals(3, a.entries().size());
    assertEquals(new TuningDb.Params(8, 32, 64, 256), a.lookup("matmul", mm(64, 64, 32), "f32", CLX.id(), 1).params());
    assertEquals(new TuningDb.Params(12, 32, 96, 128), a.lookup("matmul", mm(128, 64, 32), "f32", CLX.id(), 1).params());
    assertEquals(new TuningDb.Params(6, 48, 60, 64), a.lookup("matmul", mm(64, 64, 32), "f32", ZEN.id(), 1).params());
  }

  @Test void lookupNeedsTheSameTargetThreadsAndShape() {
    TuningDb db = new TuningDb();
    db.put(entry(ZEN, 1, 64, new TuningDb.Params(6, 48, 60, 64), 3.0));
    assertNotNull(db.lookup("matmul", mm(64, 64, 32), "f32", ZEN.id(), 1));
    assertNull(db.lookup("matmul", mm(64, 64, 32), "f32", CLX.id(), 1), "another CPU's entry is not applied");
    assertNull(db.lookup("matmul", mm(64, 64, 32), "f32", "znver4", 1), "same CPU name, other features: not applied");
    assertNull(db.lookup("matmul", mm(64, 64, 32), "f32", ZEN.id(), 2));
    assertNull(db.lookup("matmul", mm(65, 64, 32), "f32", ZEN.id(), 1));
    assertNull(db.lookup("conv2d", mm(64, 64, 32), "f32", ZEN.id(), 1));
    TuningDb bare = new TuningDb();
    bare.put(entry(new TuningDb.Target("test-cpu", ""), 1, 64, TuningDb.Params.DEFAULT, 1));
    assertNotNull(bare.lookup("matmul", mm(64, 64, 32), "f32", "test-cpu", 1), "a bare CPU name names a target without features");
  }

  @Test void badFilesSayWhy() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> TuningDb.fromJson("{")).getMessage().startsWith("not JSON"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> TuningDb.fromJson("{\"entries\": []}")).getMessage().contains("not a tuning database"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> TuningDb.fromJson("{\"schema\": \"mlc-tuning-db\", \"version\": 9}")).getMessage().contains("version 9"));
    String noParams = "{\"schema\": \"mlc-tuning-db\", \"version\": 1, \"entries\": [{\"op\": \"matmul\", \"shape\": {\"m\": 1}, \"dtype\": \"f32\","
        + " \"target\": {\"cpu\": \"x\", \"features\": \"\"}, \"threads\": 1, \"time_ms\": 1}]}";
    assertEquals("entry 0: missing \"params\"", assertThrows(IllegalArgumentException.class, () -> TuningDb.fromJson(noParams)).getMessage());
    String badNr = noParams.replace("\"time_ms\"", "\"params\": {\"mr\": 8, \"nr\": 20, \"mc\": 64, \"kc\": 256}, \"time_ms\"");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> TuningDb.fromJson(badNr)).getMessage().contains("out of range"));
  }
}
