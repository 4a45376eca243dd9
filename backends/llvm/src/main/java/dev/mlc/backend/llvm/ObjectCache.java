package dev.mlc.backend.llvm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Compiled object files on disk, keyed by the SHA-256 of the LLVM IR as translated, the target
 * options and the LLVM version, so that a module compiled once starts without optimizing or
 * generating code again, in this process or a later one. Entries are written atomically (a
 * temporary file, then a rename), so concurrent processes and threads may share a directory, and
 * end with the SHA-256 of the object: an unreadable or damaged entry is a miss (never handed to the
 * linker). The directory is kept under a size limit ({@link #maxBytes}): after a store that takes
 * it over the limit, the least recently used entries go first (a hit refreshes an entry's
 * modification time), down to 3/4 of the limit, so a long-lived cache of many models does not
 * grow without bound.
 */
public final class ObjectCache {
  private final Path dir;
  private final AtomicLong hits = new AtomicLong(), misses = new AtomicLong(), evictions = new AtomicLong();

  private final long maxBytes;

  /** A cache in {@code dir} limited to {@link #defaultMaxBytes()}. */
  public ObjectCache(Path dir) { this(dir, defaultMaxBytes()); }

  /** A cache in {@code dir} that keeps at most {@code maxBytes} of entries (at least one entry is always kept). */
  public ObjectCache(Path dir, long maxBytes) {
    if (maxBytes <= 0) throw new IllegalArgumentException("cache size limit must be positive: " + maxBytes);
    this.dir = dir;
    this.maxBytes = maxBytes;
  }

  /**
   * The size limit when none is given: {@code -Dmlc.cache.max-mb}, else {@code $MLC_CACHE_MAX_MB}, else
   * 2048 MiB. A value that is not a positive number is ignored (the default applies).
   */
  public static long defaultMaxBytes() {
    for (String v : new String[] {System.getProperty("mlc.cache.max-mb"), System.getenv("MLC_CACHE_MAX_MB")}) {
      if (v == null || v.isBlank()) continue;
      try {
        long mb = Long.parseLong(v.trim());
        if (mb > 0) return mb << 20;
      } catch (NumberFormatException e) {
        // ignored: the default applies
      }
    }
    return 2048L << 20;
  }

  /** The size limit of this cache, in bytes. */
  public long maxBytes() { return maxBytes; }

  /** The default directory: {@code $MLC_CACHE_DIR}, else {@code $XDG_CACHE_HOME/mlc/objects}, else {@code ~/.cache/mlc/objects}. */
  public static ObjectCache userDefault() {
    String env = System.getenv("MLC_CACHE_DIR");
    if (env != null && !env.isEmpty()) return new ObjectCache(Path.of(env));
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return new ObjectCache(base.resolve("mlc").resolve("objects"));
  }

  public Path directory() { return dir; }

  /** The key of LLVM IR {@code ir} compiled with {@code options} by this LLVM. */
  String key(String ir, TargetOptions options) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(("mlc-object-cache v1\n" + Native.llvmVersion() + "\n" + options + "\n").getBytes(StandardCharsets.UTF_8));
      md.update(ir.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private Path file(String key) { return dir.resolve(key.substring(0, 2)).resolve(key + ".o"); }

  private static byte[] sha256(byte[] b, int len) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(b, 0, len);
      return md.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The cached object, or null (also for an entry whose checksum does not match). Public so that a
   * caller may store entries under keys of its own (64 hex digits, distinct from {@link #key}'s, e.g.
   * the SHA-256 of a module before lowering).
   */
  public byte[] get(String key) {
    try {
      byte[] b = Files.readAllBytes(file(key));
      int n = b.length - 32;
      if (n <= 0 || !java.util.Arrays.equals(sha256(b, n), 0, 32, b, n, n + 32)) {
        misses.incrementAndGet();
        remove(key);
        return null;
      }
      hits.incrementAndGet();
      touch(file(key));
      return java.util.Arrays.copyOf(b, n);
    } catch (NoSuchFileException e) {
      misses.incrementAndGet();
      return null;
    } catch (IOException e) {
      misses.incrementAndGet();
      return null;
    }
  }

  /** Stores an object (best effort: a cache that cannot be written is only slower). */
  public void put(String key, byte[] obj) {
    Path f = file(key);
    try {
      Files.createDirectories(f.getParent());
      Path tmp = Files.createTempFile(f.getParent(), key, ".tmp");
      byte[] entry = java.util.Arrays.copyOf(obj, obj.length + 32);
      System.arraycopy(sha256(obj, obj.length), 0, entry, obj.length, 32);
      Files.write(tmp, entry);
      try {
        Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
      }
      trim(f);
    } catch (IOException e) {
      // not cached
    }
  }

  private static void touch(Path f) {
    try {
      Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
    } catch (IOException e) {
      // best effort: the entry only looks older to eviction
    }
  }

  private record Stored(Path file, long size, long modified) {}

  /** Evicts the least recently used entries, never {@code keep}, once the entries exceed the limit. */
  private void trim(Path keep) {
    List<Stored> all = new ArrayList<>();
    long total = 0;
    try (Stream<Path> s = Files.walk(dir, 2)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        if (!p.getFileName().toString().endsWith(".o")) continue;
        try {
          BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
          if (!a.isRegularFile()) continue;
          all.add(new Stored(p, a.size(), a.lastModifiedTime().toMillis()));
          total += a.size();
        } catch (IOException e) {
          // removed by another process meanwhile
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      return;
    }
    if (total <= maxBytes) return;
    all.sort(Comparator.comparingLong(Stored::modified).thenComparing(st -> st.file().toString()));
    long target = maxBytes - maxBytes / 4;
    for (Stored st : all) {
      if (total <= target) break;
      if (st.file().equals(keep)) continue;
      try {
        Files.deleteIfExists(st.file());
        total -= st.size();
        evictions.incrementAndGet();
      } catch (IOException e) {
        // another process holds or removed it
      }
    }
  }

  public void remove(String key) {
    try {
      Files.deleteIfExists(file(key));
    } catch (IOException e) {
      // ignored: the next put replaces it
    }
  }

  /** Lookups that found an object. */
  public long hits() { return hits.get(); }

  /** Lookups that did not. */
  public long misses() { return misses.get(); }

  /** Entries this instance removed to stay under the size limit. */
  public long evictions() { return evictions.get(); }
}
