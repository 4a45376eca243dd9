package dev.mlc.backend.llvm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Compiled object files on disk, keyed by the SHA-256 of the LLVM IR as translated, the target
 * options and the LLVM version, so that a module compiled once starts without optimizing or
 * generating code again, in this process or a later one. Entries are written atomically (a
 * temporary file, then a rename), so concurrent processes and threads may share a directory, and
 * end with the SHA-256 of the object: an unreadable or damaged entry is a miss (never handed to the
 * linker). Nothing is evicted: delete the directory to clear it.
 */
public final class ObjectCache {
  private final Path dir;
  private final AtomicLong hits = new AtomicLong(), misses = new AtomicLong();

  public ObjectCache(Path dir) { this.dir = dir; }

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
    } catch (IOException e) {
      // not cached
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
}
