package dev.mlc.dialect.tl.transforms.contraction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A tuning database: for each tunable op (a matrix product or a convolution, by its shape and
 * element type) on a target (LLVM's CPU name and feature string) at a thread count, the kernel
 * parameters that ran fastest there and the measured time. Written by {@code mlc-tune}, read by
 * {@code tl-matmul-kernel{tuning-db=FILE}} only when given explicitly; see docs/tuning.md for the
 * JSON schema ({@value #SCHEMA} version {@value #VERSION}). Entries are kept sorted by key, so a saved
 * file is the same for the same content and diffs well.
 */
public final class TuningDb {
  public static final String SCHEMA = "mlc-tuning-db";
  public static final int VERSION = 1;

  /** The machine the parameters were measured on: LLVM's host CPU name and its feature string. */
  public record Target(String cpu, String features) {
    /** {@code cpu/HASH}: the CPU name and the first 12 hex digits of the SHA-256 of the feature string (the form of the pass option {@code tuning-target}). */
    public String id() { return cpu + "/" + sha256(features).substring(0, 12); }

    /** Whether {@code id} names this target: its {@link #id()}, or the bare CPU name when the feature string is empty. */
    public boolean matches(String id) { return id.equals(id()) || features.isEmpty() && id.equals(cpu); }
  }

  /** What an entry is for: the op kind ({@code matmul}, {@code conv2d}), its shape (named sizes, in a fixed order per kind), the element type, the target and the thread count. */
  public record Key(String op, Map<String, Long> shape, String dtype, Target target, int threads) {
    public Key {
      shape = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(shape));
    }

    /** {@code m=64,n=64,k=64,ta=0,tb=0}. */
    public String shapeText() {
      StringBuilder b = new StringBuilder();
      shape.forEach((k, v) -> b.append(b.length() > 0 ? "," : "").append(k).append('=').append(v));
      return b.toString();
    }

    /** The text entries are sorted by: target, threads, op, dtype, shape. */
    String sortKey() { return target.cpu() + "\u0000" + target.features() + "\u0000" + String.format(java.util.Locale.ROOT, "%06d", threads) + "\u0000" + op + "\u0000" + dtype + "\u0000" + shapeText(); }
  }

  /** Kernel parameters: the register tile {@code mr x nr}, rows per cache block {@code mc} (the parallel loop's step), the reduction block {@code kc}. */
  public record Params(int mr, int nr, int mc, int kc) {
    public static final Params DEFAULT = new Params(8, 32, 64, 256);

    @Override public String toString() { return "mr=" + mr + " nr=" + nr + " mc=" + mc + " kc=" + kc; }
  }

  /** A measured choice: the parameters, their median time in milliseconds, and the default parameters' time for comparison (or NaN). */
  public record Entry(Key key, Params params, double timeMs, double defaultMs) {}

  private final TreeMap<String, Entry> entries = new TreeMap<>();

  public Collection<Entry> entries() { return List.copyOf(entries.values()); }

  public boolean isEmpty() { return entries.isEmpty(); }

  /** Adds or replaces the entry for its key. */
  public void put(Entry e) { entries.put(e.key().sortKey(), e); }

  /** The entry for {@code key}, or null. */
  public Entry get(Key key) { return entries.get(key.sortKey()); }

  /** The entry for an op of this kind, shape and type on the target named {@code targetId} (see {@link Target#matches}) at {@code threads}, or null. */
  public Entry lookup(String op, Map<String, Long> shape, String dtype, String targetId, int threads) {
    for (Entry e : entries.values()) {
      Key k = e.key();
      if (k.threads() == threads && k.op().equals(op) && k.dtype().equals(dtype) && k.shape().equals(shape) && k.target().matches(targetId)) return e;
    }
    return null;
  }

  /** The distinct targets of the entries, in order. */
  public List<Target> targets() {
    List<Target> r = new ArrayList<>();
    for (Entry e : entries.values()) if (!r.contains(e.key().target())) r.add(e.key().target());
    return r;
  }

  /** Merges {@code other} into this one: for a key in both, the entry with the lower time wins (on a tie, this one's). */
  public void merge(TuningDb other) {
    for (Entry e : other.entries.values()) {
      Entry mine = entries.get(e.key().sortKey());
      if (mine == null || e.timeMs() < mine.timeMs()) put(e);
    }
  }

  // ---- JSON ----

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The database as JSON text, entries in key order. */
  public String toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("schema", SCHEMA);
    root.put("version", VERSION);
    ArrayNode arr = root.putArray("entries");
    for (Entry e : entries.values()) {
      ObjectNode o = arr.addObject();
      Key k = e.key();
      o.put("op", k.op());
      ObjectNode s = o.putObject("shape");
      k.shape().forEach(s::put);
      o.put("dtype", k.dtype());
      ObjectNode t = o.putObject("target");
      t.put("cpu", k.target().cpu());
      t.put("features", k.target().features());
      o.put("threads", k.threads());
      ObjectNode p = o.putObject("params");
      p.put("mr", e.params().mr());
      p.put("nr", e.params().nr());
      p.put("mc", e.params().mc());
      p.put("kc", e.params().kc());
      o.put("time_ms", round(e.timeMs()));
      if (!Double.isNaN(e.defaultMs())) o.put("default_ms", round(e.defaultMs()));
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static double round(double ms) { return Math.round(ms * 1e4) / 1e4; }

  /** Parses a database; throws {@link IllegalArgumentException} with a user-facing message when the text is not one. */
  public static TuningDb fromJson(String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject() || !SCHEMA.equals(root.path("schema").asText())) throw new IllegalArgumentException("not a tuning database (no \"schema\": \"" + SCHEMA + "\")");
    int v = root.path("version").asInt(-1);
    if (v != VERSION) throw new IllegalArgumentException("tuning database version " + v + " is not supported (this build reads version " + VERSION + ")");
    TuningDb db = new TuningDb();
    int i = 0;
    for (JsonNode o : root.path("entries")) {
      try {
        Map<String, Long> shape = new LinkedHashMap<>();
        JsonNode s = need(o, "shape");
        for (Map.Entry<String, JsonNode> f : s.properties()) {
          if (!f.getValue().canConvertToLong()) throw new IllegalArgumentException("shape size '" + f.getKey() + "' is not an integer");
          shape.put(f.getKey(), f.getValue().asLong());
        }
        JsonNode t = need(o, "target"), p = need(o, "params");
        Key k = new Key(need(o, "op").asText(), shape, need(o, "dtype").asText(), new Target(need(t, "cpu").asText(), need(t, "features").asText()), need(o, "threads").asInt());
        Params ps = new Params(need(p, "mr").asInt(), need(p, "nr").asInt(), need(p, "mc").asInt(), need(p, "kc").asInt());
        if (ps.mr() < 1 || ps.nr() < 16 || ps.nr() % 16 != 0 || ps.mc() < 1 || ps.kc() < 1) throw new IllegalArgumentException("params " + ps + " are out of range");
        db.put(new Entry(k, ps, need(o, "time_ms").asDouble(), o.has("default_ms") ? o.get("default_ms").asDouble() : Double.NaN));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("entry " + i + ": " + e.getMessage());
      }
      i++;
    }
    return db;
  }

  private static JsonNode need(JsonNode o, String field) {
    JsonNode n = o.get(field);
    if (n == null || n.isNull()) throw new IllegalArgumentException("missing \"" + field + "\"");
    return n;
  }

  public static TuningDb load(Path file) throws IOException { return fromJson(Files.readString(file, StandardCharsets.UTF_8)); }

  /** Writes the database (atomically: a temporary file next to it, then a move). */
  public void save(Path file) throws IOException {
    Path abs = file.toAbsolutePath();
    Path tmp = Files.createTempFile(abs.getParent(), abs.getFileName().toString(), ".tmp");
    Files.writeString(tmp, toJson(), StandardCharsets.UTF_8);
    Files.move(tmp, abs, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  /** The hex SHA-256 of a text. */
  public static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
