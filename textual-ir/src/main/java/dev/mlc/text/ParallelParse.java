package dev.mlc.text;

import dev.mlc.ir.Block;
import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.ir.builtin.ModuleOp;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Parses a large module's body on several threads: the body is cut into one chunk per thread at
 * lines that look like the starts of its top-level ops (found near even shares, without reading the
 * rest of the body), each chunk is parsed by its own parser, and the ops are joined in file order.
 * The result is the same IR as a sequential parse; whenever that cannot be guaranteed (aliases,
 * resources, values named at the top level, a cut inside an op, any error), this returns null and
 * the caller parses sequentially, which also gives the diagnostic.
 */
final class ParallelParse {
  private ParallelParse() {}

  private static final byte[] GENERIC = "\"builtin.module\"() ({".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] CUSTOM = "module {".getBytes(StandardCharsets.US_ASCII);

  /** The module, or null when the input does not suit a parallel parse or a chunk failed. */
  static Operation tryParse(MLContext ctx, String bufferName, byte[] buf, int from, int to, int firstLine, ParserConfig config, int threads) {
    // The module header: nothing but blanks and comments before it, and the rest of its line blank.
    int p = from, line = firstLine;
    while (p < to) {
      byte c = buf[p];
      if (c == '\n') line++;
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') p++;
      else if (c == '/' && p + 1 < to && buf[p + 1] == '/') while (p < to && buf[p] != '\n') p++;
      else break;
    }
    byte[] header = Lexer.regionEqualsSafe(buf, p, to, GENERIC) ? GENERIC : Lexer.regionEqualsSafe(buf, p, to, CUSTOM) ? CUSTOM : null;
    if (header == null) return null;
    int q = p + header.length;
    while (q < to && (buf[q] == ' ' || buf[q] == '\t' || buf[q] == '\r')) q++;
    if (q >= to || buf[q] != '\n') return null;
    int bodyStart = q + 1, bodyLine = line + 1;
    if (to - (long) bodyStart < config.parallelMinBytes()) return null;
    // Cut the body at lines that look like the starts of its top-level ops: indented as its first
    // op, and starting like an op. The look is only a guess; what makes a cut sound is that every
    // chunk parses as a sequence of whole ops (a chunk ending inside an op leaves a bracket open
    // and fails), and any failure falls back to the sequential parse.
    int indent = firstOpIndent(buf, bodyStart, to);
    if (indent < 0) return null;
    int k = Math.max(2, Math.min(threads, 8));
    long share = (to - (long) bodyStart) / k;
    // How far past an even share a cut is looked for: a body that is one huge op has no cut near
    // its middle and is parsed sequentially without skimming it.
    long window = Math.min(share / 4, 4L << 20);
    List<int[]> chunks = new ArrayList<>();
    int start = bodyStart, startLine = bodyLine;
    for (int j = 1; j < k; j++) {
      long target = Math.max(start + 1L, bodyStart + j * share);
      int cut = findCut(buf, (int) target, (int) Math.min(to, target + window), indent);
      if (cut < 0) continue;
      int cutLine = startLine + countNewlines(buf, start, cut);
      chunks.add(new int[] {start, cut, startLine});
      start = cut;
      startLine = cutLine;
    }
    chunks.add(new int[] {start, to, startLine});
    if (chunks.size() < 2) return null;

    // The chunks, in parallel; ops are joined in file order. The last chunk runs to the body's
    // closing brace, which tells where the module's trailer begins.
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(chunks.size(), r -> {
      Thread t = new Thread(null, r, "mlc-parse-" + n.incrementAndGet(), 512L << 20);
      t.setDaemon(true);
      return t;
    });
    int[] bodyEnd = {-1};
    try {
      List<Future<Block>> futures = new ArrayList<>();
      for (int ci = 0; ci < chunks.size(); ci++) {
        int[] c = chunks.get(ci);
        boolean last = ci == chunks.size() - 1;
        futures.add(pool.submit(() -> {
          Block b = new Block();
          // A value named at the top level is visible in every later op's regions, where defining
          // the same name again is an error that a chunk alone cannot see: leave such bodies to the
          // sequential parse (large modules rarely have top-level values).
          MlirParser cp = new MlirParser(ctx, bufferName, buf, c[0], c[1], c[2], config);
          if (cp.parseChunkInto(b, last) > 0) return null;
          if (last) bodyEnd[0] = cp.chunkBodyEnd;
          return b;
        }));
      }
      List<Block> blocks = new ArrayList<>();
      for (Future<Block> f : futures) {
        Block b = f.get();
        if (b == null) return null;
        blocks.add(b);
      }
      int end = bodyEnd[0];
      // A resource section after the module would be registered in the context by the shell parse
      // and again by a sequential fallback (under a new name): leave such files to the sequential parse.
      for (int i = end; i + 2 < to; i++) if (buf[i] == '{' && buf[i + 1] == '-' && buf[i + 2] == '#') return null;
      // The module itself: its header and whatever follows the body, parsed with an empty body.
      byte[] shell = new byte[bodyStart - from + (to - end)];
      System.arraycopy(buf, from, shell, 0, bodyStart - from);
      System.arraycopy(buf, end, shell, bodyStart - from, to - end);
      Operation module;
      try {
        MlirParser shellParser = new MlirParser(ctx, bufferName, shell, 0, shell.length, firstLine, config);
        module = shellParser.parseTopLevel();
        if (!shellParser.resourceRenames.isEmpty()) return null;
      } catch (RuntimeException | StackOverflowError e) {
        return null;
      }
      if (!module.isa(ModuleOp.NAME) || module.numRegions() != 1 || module.region(0).numBlocks() > 1) return null;
      if (module.region(0).isEmpty()) module.region(0).addBlock();
      Block body = module.region(0).front();
      if (!body.isEmpty()) return null;
      for (Block b : blocks) body.takeOperations(b);
      return module;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (java.util.concurrent.ExecutionException e) {
      return null;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The indentation of the body's first op: the first line (from {@code p}, a line start) that is
   * neither blank nor a comment; -1 if there is none.
   */
  private static int firstOpIndent(byte[] buf, int p, int to) {
    while (p < to) {
      int i = p;
      while (i < to && (buf[i] == ' ' || buf[i] == '\t')) i++;
      if (i >= to) return -1;
      byte c = buf[i];
      if (c == '\n' || c == '\r' || (c == '/' && i + 1 < to && buf[i + 1] == '/')) {
        while (i < to && buf[i] != '\n') i++;
        p = i + 1;
        continue;
      }
      return startsOp(c) ? i - p : -1;
    }
    return -1;
  }

  private static boolean startsOp(byte c) { return c == '"' || c == '%' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

  /**
   * The first line start in [{@code from}, {@code limit}) (not counting {@code from} itself) whose
   * line is indented by exactly {@code indent} blanks and starts like an op; -1 if there is none.
   */
  private static int findCut(byte[] buf, int from, int limit, int indent) {
    for (int i = from; i < limit; i++) {
      if (buf[i] != '\n') continue;
      int s = i + 1, j = s;
      while (j < limit && j - s <= indent && (buf[j] == ' ' || buf[j] == '\t')) j++;
      if (j < limit && j - s == indent && startsOp(buf[j])) return s;
    }
    return -1;
  }

  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  /** The number of '\n' bytes in [{@code from}, {@code to}), eight bytes at a time. */
  static int countNewlines(byte[] buf, int from, int to) {
    int n = 0, i = from;
    for (; i + 8 <= to; i += 8) {
      long x = (long) LONGS.get(buf, i) ^ 0x0A0A0A0A0A0A0A0AL;
      // A byte of x is zero exactly where the input has '\n'; this sets bit 7 of each nonzero byte.
      long t = ((x & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL) | x;
      n += Long.bitCount(~t & 0x8080808080808080L);
    }
    for (; i < to; i++) if (buf[i] == '\n') n++;
    return n;
  }
}
