package dev.mlc.api;

import dev.mlc.backend.llvm.JitModule;
import dev.mlc.backend.llvm.ObjectCache;
import dev.mlc.backend.llvm.TargetOptions;
import dev.mlc.dialect.llvm.ir.LlvmType;
import dev.mlc.ir.MLContext;
import dev.mlc.ir.Type;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compiled models on disk, keyed before lowering: the SHA-256 of the module's canonical text (as
 * printed after parsing and specialization, so comments and formatting do not matter), the entry,
 * the pipeline ({@code graph-to-llvm} and its pass list), the target options (triple, CPU,
 * features, level, ...), the LLVM version and the MLC build (its version and a fingerprint of the
 * compiler's own jars or class directories, so a rebuilt compiler never reuses stale code). An
 * entry holds the entry function's lowered llvm signature and the object file, in an
 * {@link ObjectCache} (atomic writes, checksummed), so a hit skips lowering, translation,
 * optimization and code generation.
 */
final class CompileCache {
  static final String MLC_VERSION = "0.1.0";
  private static final byte[] MAGIC = "mlc-compiled v1\n".getBytes(StandardCharsets.US_ASCII);

  private final ObjectCache store;

  CompileCache(Path dir) { this.store = new ObjectCache(dir); }

  Path directory() { return store.directory(); }

  /** The default directory: {@code -Dmlc.cache.dir}, else {@code $MLC_CACHE_DIR}, else {@code $XDG_CACHE_HOME/mlc/compiled} or {@code ~/.cache/mlc/compiled}. */
  static Path defaultDirectory() {
    String prop = System.getProperty("mlc.cache.dir");
    if (prop != null && !prop.isEmpty()) return Path.of(prop);
    String env = System.getenv("MLC_CACHE_DIR");
    if (env != null && !env.isEmpty()) return Path.of(env);
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("mlc").resolve("compiled");
  }

  /** The passes of a registered named pipeline (a pipeline written out is its own text). */
  static String pipelineText(String name) {
    dev.mlc.ir.pass.PassRegistry.PipelineDef def = dev.mlc.ir.pass.PassRegistry.load(CompileCache.class.getClassLoader()).pipeline(name);
    return def == null ? name : def.pipeline();
  }

  static String key(String moduleText, String entry, TargetOptions target, String pipeline) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      String header = "mlc-compile-cache v1\nmlc " + MLC_VERSION + " " + BUILD + "\nllvm " + JitModule.llvmVersion() + "\npipeline " + pipeline
          + "=" + pipelineText(pipeline) + "\ntarget " + target + "\nentry " + entry + "\n";
      md.update(header.getBytes(StandardCharsets.UTF_8));
      md.update(moduleText.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A cached entry: the llvm type of the entry function and its object file. */
  record Entry(LlvmType.Func signature, byte[] object) {}

  /** The entry under {@code key}, or null (also for one that cannot be decoded). */
  Entry get(String key, MLContext ctx) {
    byte[] b = store.get(key);
    if (b == null) return null;
    int nl = -1;
    if (b.length < MAGIC.length || !java.util.Arrays.equals(b, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) return null;
    for (int i = MAGIC.length; i < b.length; i++) if (b[i] == '\n') { nl = i; break; }
    if (nl < 0) return null;
    LlvmType.Func sig = decode(new String(b, MAGIC.length, nl - MAGIC.length, StandardCharsets.US_ASCII), ctx);
    if (sig == null) return null;
    return new Entry(sig, java.util.Arrays.copyOfRange(b, nl + 1, b.length));
  }

  void put(String key, LlvmType.Func signature, byte[] object) {
    String sig = encode(signature);
    if (sig == null) return; // not a signature native calls support; the call fails later anyway
    byte[] head = (new String(MAGIC, StandardCharsets.US_ASCII) + sig + "\n").getBytes(StandardCharsets.US_ASCII);
    byte[] e = java.util.Arrays.copyOf(head, head.length + object.length);
    System.arraycopy(object, 0, e, head.length, object.length);
    store.put(key, e);
  }

  void remove(String key) { store.remove(key); }

  /** {@code v(p,p,i64,...)}: the result then the parameters, in C-ABI types only. */
  private static String encode(LlvmType.Func f) {
    if (f.varArg()) return null;
    StringBuilder b = new StringBuilder();
    String r = f.returnsVoid() ? "v" : code(f.result());
    if (r == null) return null;
    b.append(r).append('(');
    for (int i = 0; i < f.params().size(); i++) {
      String c = code(f.params().get(i));
      if (c == null) return null;
      b.append(i > 0 ? "," : "").append(c);
    }
    return b.append(')').toString();
  }

  private static String code(Type t) {
    if (t instanceof LlvmType.Ptr p && p.addressSpace() == 0) return "p";
    if (t == FloatType.F32) return "f32";
    if (t == FloatType.F64) return "f64";
    if (t instanceof IntegerType it && it.isSignless()) return "i" + it.width();
    return null;
  }

  private static LlvmType.Func decode(String s, MLContext ctx) {
    int open = s.indexOf('(');
    if (open < 0 || !s.endsWith(")")) return null;
    Type result = s.startsWith("v(") ? ctx.intern(LlvmType.Void.INSTANCE) : type(s.substring(0, open), ctx);
    if (result == null) return null;
    List<Type> params = new ArrayList<>();
    String inner = s.substring(open + 1, s.length() - 1);
    if (!inner.isEmpty()) {
      for (String c : inner.split(",")) {
        Type t = type(c, ctx);
        if (t == null) return null;
        params.add(t);
      }
    }
    return ctx.intern(new LlvmType.Func(result, params, false));
  }

  private static Type type(String c, MLContext ctx) {
    switch (c) {
      case "p": return ctx.intern(LlvmType.Ptr.DEFAULT);
      case "f32": return FloatType.F32;
      case "f64": return FloatType.F64;
      default:
        if (!c.matches("i(1|8|16|32|64)")) return null;
        return ctx.intern(IntegerType.of(Integer.parseInt(c.substring(1))));
    }
  }

  /**
   * A fingerprint of the compiler as built: for each jar or class directory the compiler's classes
   * come from, its path with its size and modification time (a directory's newest file), so that
   * code compiled by one build is never reused by another.
   */
  static final String BUILD = fingerprint();

  private static String fingerprint() {
    StringBuilder b = new StringBuilder();
    List<Path> seen = new ArrayList<>();
    for (String cls : List.of("dev.mlc.api.Model", "dev.mlc.lowering.tollvm.GraphToLlvmPipeline", "dev.mlc.backend.llvm.JitModule", "dev.mlc.ir.Operation",
        "dev.mlc.dialect.graph.ir.GraphOp")) {
      try {
        CodeSource cs = Class.forName(cls).getProtectionDomain().getCodeSource();
        if (cs == null || cs.getLocation() == null) continue;
        Path p = Path.of(cs.getLocation().toURI());
        if (seen.contains(p)) continue;
        seen.add(p);
        b.append(p).append(':').append(stamp(p)).append(';');
      } catch (ClassNotFoundException | URISyntaxException | IOException | RuntimeException e) {
        b.append(cls).append(":?;");
      }
    }
    // The lowering passes live in several modules next to these: the classpath's MLC entries cover them.
    for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
      if (entry.isEmpty()) continue;
      Path p = Path.of(entry);
      if (seen.contains(p) || !Files.isDirectory(p) && !String.valueOf(p.getFileName()).startsWith("mlc-")) continue;
      seen.add(p);
      try {
        b.append(p.getFileName()).append(':').append(stamp(p)).append(';');
      } catch (IOException | RuntimeException e) {
        b.append(entry).append(":?;");
      }
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8))).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String stamp(Path p) throws IOException {
    if (!Files.isDirectory(p)) return Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis();
    long newest = 0, count = 0;
    try (Stream<Path> s = Files.walk(p)) {
      for (Path f : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
        newest = Math.max(newest, Files.getLastModifiedTime(f).toMillis());
        count++;
      }
    }
    return count + "@" + newest;
  }
}
