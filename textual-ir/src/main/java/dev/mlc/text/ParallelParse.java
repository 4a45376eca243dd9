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
 * Parses a large module's body on several threads: a byte-level skim finds the lines where the
 * body's top-level ops begin (bracket depth zero, outside strings and comments), the body is cut
 * there into one chunk per thread, each chunk is parsed by its own parser, and the ops are joined
 * in file order. The result is the same IR as a sequential parse; whenever that cannot be
 * guaranteed (aliases, resources, values named at the top level, a cut inside an op, any error), this returns null and the caller parses sequentially, which also gives the
 * diagnostic.
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
    // Skim the body: candidate cuts are the starts of lines at bracket depth zero.
    List<int[]> cuts = new ArrayList<>();
    int depth = 0, ln = bodyLine, bodyEnd = -1;
    // Halfway through (the trailer is small), a body with no cut past its first quarter is one big
    // op, as in a module holding a single huge function: stop skimming, it would not split usefully.
    long mid = bodyStart + (to - (long) bodyStart) / 2, quarter = bodyStart + (to - (long) bodyStart) / 4;
    boolean halfway = false;
    for (int i = bodyStart; i < to; i++) {
      if (!halfway && i >= mid) {
        halfway = true;
        if (cuts.isEmpty() || cuts.get(cuts.size() - 1)[0] < quarter) return null;
      }
      byte c = buf[i];
      switch (c) {
        case '"' -> {
          for (i++; i < to && buf[i] != '"'; i++) {
            if (buf[i] == '\\') i++;
            else if (buf[i] == '\n') return null;
          }
        }
        case '/' -> {
          if (i + 1 < to && buf[i + 1] == '/') {
            while (i + 1 < to && buf[i + 1] != '\n') i++;
          }
        }
        case '(', '[', '{' -> depth++;
        case ')', ']', '}' -> {
          if (--depth < 0) bodyEnd = i;
        }
        case '\n' -> {
          ln++;
          if (depth == 0) cuts.add(new int[] {i + 1, ln});
        }
        default -> {}
      }
      if (bodyEnd >= 0) break;
    }
    if (bodyEnd < 0 || bodyEnd - bodyStart < config.parallelMinBytes()) return null;
    // A resource section after the module would be registered in the context by the shell parse
    // and again by a sequential fallback (under a new name): leave such files to the sequential parse.
    for (int i = bodyEnd; i + 2 < to; i++) if (buf[i] == '{' && buf[i + 1] == '-' && buf[i + 2] == '#') return null;
    // One chunk per thread, cut at the candidate nearest to an even share.
    int k = Math.max(2, Math.min(threads, 8));
    List<int[]> chunks = new ArrayList<>();
    int start = bodyStart, startLine = bodyLine;
    long share = (bodyEnd - bodyStart) / k;
    int ci = 0;
    for (int j = 1; j < k; j++) {
      long target = bodyStart + j * share;
      while (ci < cuts.size() && cuts.get(ci)[0] < target) ci++;
      if (ci >= cuts.size() || cuts.get(ci)[0] >= bodyEnd) break;
      int[] cut = cuts.get(ci);
      if (cut[0] > start) {
        chunks.add(new int[] {start, cut[0], startLine});
        start = cut[0];
        startLine = cut[1];
      }
    }
    chunks.add(new int[] {start, bodyEnd, startLine});
    if (chunks.size() < 2) return null;

    // The module itself: its header and whatever follows the body, parsed with an empty body.
    byte[] shell = new byte[bodyStart - from + (to - bodyEnd)];
    System.arraycopy(buf, from, shell, 0, bodyStart - from);
    System.arraycopy(buf, bodyEnd, shell, bodyStart - from, to - bodyEnd);
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

    // The chunks, in parallel; ops are joined in file order.
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(chunks.size(), r -> {
      Thread t = new Thread(null, r, "mlc-parse-" + n.incrementAndGet(), 512L << 20);
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Block>> futures = new ArrayList<>();
      for (int[] c : chunks) {
        futures.add(pool.submit(() -> {
          Block b = new Block();
          // A value named at the top level is visible in every later op's regions, where defining
          // the same name again is an error that a chunk alone cannot see: leave such bodies to the
          // sequential parse (large modules rarely have top-level values).
          if (new MlirParser(ctx, bufferName, buf, c[0], c[1], c[2], config).parseChunkInto(b) > 0) return null;
          return b;
        }));
      }
      List<Block> blocks = new ArrayList<>();
      for (Future<Block> f : futures) {
        Block b = f.get();
        if (b == null) return null;
        blocks.add(b);
      }
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
}
