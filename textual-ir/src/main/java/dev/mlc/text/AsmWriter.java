package dev.mlc.text;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Block;
import dev.mlc.ir.BlockArgument;
import dev.mlc.ir.DialectAttribute;
import dev.mlc.ir.DialectType;
import dev.mlc.ir.Location;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.OpResult;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Region;
import dev.mlc.ir.ResourceTable;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.asm.OpAsmPrinter;
import dev.mlc.ir.attr.AffineMapAttr;
import dev.mlc.ir.attr.ArrayAttr;
import dev.mlc.ir.attr.DenseArrayAttr;
import dev.mlc.ir.attr.DenseElementsAttr;
import dev.mlc.ir.attr.DenseResourceElementsAttr;
import dev.mlc.ir.attr.DenseStringElementsAttr;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.FloatAttr;
import dev.mlc.ir.attr.FloatBits;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.IntegerSetAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.attr.OpaqueAttr;
import dev.mlc.ir.attr.StridedLayoutAttr;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.attr.SymbolRefAttr;
import dev.mlc.ir.attr.TypeAttr;
import dev.mlc.ir.attr.UnitAttr;
import dev.mlc.ir.type.ComplexType;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.FunctionType;
import dev.mlc.ir.type.IndexType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.MemRefType;
import dev.mlc.ir.type.NoneType;
import dev.mlc.ir.type.OpaqueType;
import dev.mlc.ir.type.RankedTensorType;
import dev.mlc.ir.type.ShapedType;
import dev.mlc.ir.type.TupleType;
import dev.mlc.ir.type.UnrankedMemRefType;
import dev.mlc.ir.type.UnrankedTensorType;
import dev.mlc.ir.type.VectorType;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes IR as MLIR text into a byte buffer (flushed to a stream when large). Values are named
 * in a pre-pass ({@link ValueNumbering}); each isolated op restarts numbering and each region's
 * names are released when it ends, as MLIR's printer does.
 */
final class AsmWriter implements OpAsmPrinter {
  private byte[] out = new byte[1 << 16];
  private int len;
  private final OutputStream sink;
  private final PrintOptions options;
  private ValueNumbering names;
  private int indent;
  private final Set<String> usedResources = new LinkedHashSet<>();
  private final dev.mlc.ir.MLContext ctx;

  AsmWriter(OutputStream sink, PrintOptions options, dev.mlc.ir.MLContext ctx) {
    this.sink = sink;
    this.options = options;
    this.ctx = ctx;
  }

  // ---- byte output ----

  private void ensure(int n) {
    if (len + n <= out.length) return;
    if (sink != null && len > 0) {
      flushBuffer();
      if (n <= out.length) return;
    }
    out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, len + n));
  }

  private int flushes;

  private void flushBuffer() {
    flushes++;
    try {
      sink.write(out, 0, len);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    len = 0;
  }

  void finish() {
    if (sink != null) flushBuffer();
  }

  String contents() { return new String(out, 0, len, StandardCharsets.UTF_8); }

  private void ascii(String s) {
    int n = s.length();
    ensure(n);
    for (int i = 0; i < n; i++) out[len++] = (byte) s.charAt(i);
  }

  private void raw(byte[] b) {
    ensure(b.length);
    System.arraycopy(b, 0, out, len, b.length);
    len += b.length;
  }

  private void ch(char c) {
    ensure(1);
    out[len++] = (byte) c;
  }

  private void num(long v) {
    if (v < 0) {
      if (v == Long.MIN_VALUE) {
        ascii(Long.toString(v));
        return;
      }
      ch('-');
      v = -v;
    }
    ensure(20);
    if (v < 10) {
      out[len++] = (byte) ('0' + v);
      return;
    }
    if (v < Integer.MAX_VALUE) {
      int x = (int) v;
      int digits = x < 100 ? 2 : x < 1000 ? 3 : x < 10000 ? 4 : x < 100000 ? 5 : x < 1000000 ? 6 : x < 10000000 ? 7
          : x < 100000000 ? 8 : x < 1000000000 ? 9 : 10;
      int end = len + digits;
      for (int i = end - 1; i >= len; i--) {
        int q = x / 10;
        out[i] = (byte) ('0' + (x - q * 10));
        x = q;
      }
      len = end;
      return;
    }
    int digits = 1;
    for (long t = v; t >= 10; t /= 10) digits++;
    int end = len + digits;
    for (int i = end - 1; i >= len; i--) {
      out[i] = (byte) ('0' + (v % 10));
      v /= 10;
    }
    len = end;
  }

  private void utf8(String s) {
    boolean isAscii = true;
    for (int i = 0; i < s.length() && isAscii; i++) isAscii = s.charAt(i) < 0x80;
    if (isAscii) ascii(s);
    else raw(s.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Indentation stops growing after this many columns, so that deeply nested IR prints in linear
   * size (the text stays valid: MLIR's syntax does not depend on indentation).
   */
  static final int MAX_INDENT = 256;

  private void newline() {
    int n = Math.min(indent, MAX_INDENT);
    ensure(n + 1);
    out[len++] = '\n';
    for (int i = 0; i < n; i++) out[len++] = ' ';
  }

  // ---- AsmPrinter ----

  @Override public AsmWriter print(String text) {
    utf8(text);
    return this;
  }

  @Override public AsmWriter print(char c) {
    if (c < 0x80) ch(c);
    else utf8(String.valueOf(c));
    return this;
  }

  @Override public AsmWriter print(long v) {
    num(v);
    return this;
  }

  @Override public void printNewline() { newline(); }

  // ===================================================================================
  // Operations
  // ===================================================================================

  /** Prints a top-level op followed by the resource section, if any, and a newline. */
  void printTopLevel(Operation op) {
    names = parallelMinOps == Integer.MAX_VALUE ? new ValueNumbering(op, 1, Integer.MAX_VALUE)
        : new ValueNumbering(op, Math.min(Runtime.getRuntime().availableProcessors(), 8), Math.min(parallelMinOps, ValueNumbering.PARALLEL_MIN_OPS));
    printOperation(op);
    ch('\n');
    printResources();
  }

  /**
   * The dialect whose ops print without their prefix here, as MLIR's printer does: {@code builtin}
   * at the top and in a module, {@code func} in {@code func.func}, none inside other ops. Only a
   * name with no further dot is shortened ({@code llvm.intr.fma} never is).
   */
  private String defaultDialect = "builtin";

  @Override public void printOperation(Operation op) {
    int nres = op.numResults();
    if (nres > 0) {
      int id = names.opId(op);
      if (id < 0) ascii(UNKNOWN_VALUE);
      else {
        ch('%');
        num(id);
      }
      if (nres > 1) {
        ch(':');
        num(nres);
      }
      ascii(" = ");
    }
    OpDef def = op.def();
    if (!options.generic() && def != null && def.hasCustomAssembly() && def.canPrintCustomForm(op)) {
      String name = op.name();
      String dd = defaultDialect;
      if (!dd.isEmpty() && name.startsWith(dd) && name.length() > dd.length() && name.charAt(dd.length()) == '.'
          && name.indexOf('.', dd.length() + 1) < 0) name = name.substring(dd.length() + 1);
      ascii(name);
      defaultDialect = def.defaultDialect() != null ? def.defaultDialect() : "";
      def.print(op, this);
      defaultDialect = dd;
    } else {
      String dd = defaultDialect;
      defaultDialect = "";
      printGeneric(op);
      defaultDialect = dd;
    }
    if (options.debugInfo()) {
      ch(' ');
      printLocation(op.location());
    }
  }

  private final Map<dev.mlc.ir.OperationName, byte[]> opNameCache = new IdentityHashMap<>();

  private dev.mlc.ir.OperationName lastOpName;
  private byte[] lastOpNameBytes;

  private void printGeneric(Operation op) {
    byte[] nb = op.opName() == lastOpName ? lastOpNameBytes : opNameCache.get(op.opName());
    if (nb == null) {
      byte[] name = op.name().getBytes(StandardCharsets.UTF_8);
      ensure(name.length * 3 + 4);
      int start = len;
      ch('"');
      printEscaped(name);
      ascii("\"(");
      nb = java.util.Arrays.copyOfRange(out, start, len);
      opNameCache.put(op.opName(), nb);
    } else raw(nb);
    lastOpName = op.opName();
    lastOpNameBytes = nb;
    int n = op.numOperands();
    for (int i = 0; i < n; i++) {
      if (i > 0) ascii(", ");
      printOperand(op.operand(i));
    }
    ch(')');
    if (op.numSuccessors() > 0) {
      ch('[');
      for (int i = 0; i < op.numSuccessors(); i++) {
        if (i > 0) ascii(", ");
        printSuccessor(op.successor(i));
      }
      ch(']');
    }
    if (op.properties() != null) {
      ascii(" <");
      printAttribute(op.properties());
      ch('>');
    }
    if (op.numRegions() > 0) {
      ascii(" (");
      for (int i = 0; i < op.numRegions(); i++) {
        if (i > 0) ascii(", ");
        printRegion(op.region(i), true, true);
      }
      ch(')');
    }
    DictionaryAttr attrs = op.attributes();
    if (!attrs.isEmpty()) {
      ch(' ');
      printDictionary(attrs, List.of());
    }
    ascii(" : ");
    printFunctionalType(op);
  }

  // Recently printed functional types, by the identity of their types: ops of a few signatures repeat.
  // A direct-mapped cache indexed by a hash of the types' identities.
  private final Type[][] fnTypes = new Type[64][];
  private final int[] fnOperands = new int[64];
  private final byte[][] fnBytes = new byte[64][];

  private int functionalTypeSlot(Operation op) {
    int no = op.numOperands(), nr = op.numResults();
    int h = no * 31 + nr;
    for (int i = 0; i < no; i++) h = h * 31 + System.identityHashCode(op.operand(i).type());
    for (int i = 0; i < nr; i++) h = h * 31 + System.identityHashCode(op.result(i).type());
    return (h ^ (h >>> 11)) & (fnTypes.length - 1);
  }

  private boolean cachedFunctionalType(Operation op, int k) {
    int no = op.numOperands(), nr = op.numResults();
    Type[] ts = fnTypes[k];
    if (ts == null || fnOperands[k] != no || ts.length != no + nr) return false;
    for (int i = 0; i < no; i++) if (op.operand(i).type() != ts[i]) return false;
    for (int i = 0; i < nr; i++) if (op.result(i).type() != ts[no + i]) return false;
    return true;
  }

  @Override public void printFunctionalType(Operation op) {
    int k = functionalTypeSlot(op);
    if (cachedFunctionalType(op, k)) {
      raw(fnBytes[k]);
      return;
    }
    int start = len, f = flushes;
    printFunctionalTypeUncached(op);
    if (f == flushes && len - start < 512) {
      int no = op.numOperands(), nr = op.numResults();
      Type[] ts = new Type[no + nr];
      for (int i = 0; i < no; i++) ts[i] = op.operand(i).type();
      for (int i = 0; i < nr; i++) ts[no + i] = op.result(i).type();
      fnTypes[k] = ts;
      fnOperands[k] = no;
      fnBytes[k] = java.util.Arrays.copyOfRange(out, start, len);
    }
  }

  private void printFunctionalTypeUncached(Operation op) {
    ch('(');
    for (int i = 0; i < op.numOperands(); i++) {
      if (i > 0) ascii(", ");
      printType(op.operand(i).type());
    }
    ascii(") -> ");
    int nr = op.numResults();
    if (nr == 1 && !(op.result(0).type() instanceof FunctionType)) {
      printType(op.result(0).type());
      return;
    }
    ch('(');
    for (int i = 0; i < nr; i++) {
      if (i > 0) ascii(", ");
      printType(op.result(i).type());
    }
    ch(')');
  }

  private static final String UNKNOWN_VALUE = "<<UNKNOWN SSA VALUE>>";

  @Override public void printOperand(Value v) {
    if (v instanceof OpResult r) {
      Operation owner = r.owner();
      int id = names.opId(owner);
      if (id < 0) {
        ascii(UNKNOWN_VALUE);
        return;
      }
      ch('%');
      num(id);
      if (owner.numResults() > 1) {
        ch('#');
        num(r.index());
      }
      return;
    }
    BlockArgument a = (BlockArgument) v;
    int id = names.argId(a);
    if (id < 0) {
      ascii(UNKNOWN_VALUE);
      return;
    }
    ascii(a.owner().isEntryBlock() ? "%arg" : "%");
    num(id);
  }

  @Override public void printOperands(List<? extends Value> vs) {
    for (int i = 0; i < vs.size(); i++) {
      if (i > 0) ascii(", ");
      printOperand(vs.get(i));
    }
  }

  @Override public void printRegionArgument(BlockArgument arg) {
    printOperand(arg);
    ascii(": ");
    printType(arg.type());
    if (options.debugInfo()) {
      ch(' ');
      printLocation(arg.location());
    }
  }

  @Override public void printSuccessor(Block b) {
    ascii("^bb");
    num(names.blockId(b));
  }

  @Override public void printRegion(Region r, boolean printEntryBlockArgs, boolean printBlockTerminators) {
    ch('{');
    names.enterRegion(r);
    List<Block> blocks = r.blocks();
    int saved = indent;
    for (int bi = 0; bi < blocks.size(); bi++) {
      Block b = blocks.get(bi);
      // The generic form shows a lone empty block as "^bb0:" (so it differs from an empty region);
      // custom forms (which pass printEntryBlockArgs=false) print it as "{}".
      // An empty entry block followed by others needs its label too (else it would vanish).
      boolean printHeader = bi > 0 || (printEntryBlockArgs && b.numArguments() > 0) || b.hasPredecessors()
          || (printEntryBlockArgs && blocks.size() == 1 && b.isEmpty() && b.numArguments() == 0)
          || (bi == 0 && b.isEmpty() && blocks.size() > 1);
      if (bi == 0 && !printEntryBlockArgs && b.numArguments() > 0) printHeader = b.hasPredecessors();
      if (printHeader) {
        newline();
        printSuccessor(b);
        if (b.numArguments() > 0) {
          ch('(');
          for (int i = 0; i < b.numArguments(); i++) {
            if (i > 0) ascii(", ");
            printRegionArgument(b.argument(i));
          }
          ch(')');
        }
        ch(':');
      }
      indent = saved + 2;
      if (parallelMinOps > b.size() || !printInParallel(b, printBlockTerminators)) {
        for (Operation o = b.first(); o != null; o = o.nextOp()) {
          if (!printBlockTerminators && o == b.last() && o.nextOp() == null && isElidableTerminator(o)) break;
          newline();
          printOperation(o);
        }
      }
      indent = saved;
    }
    names.exitRegion(r);
    newline();
    ch('}');
  }

  /** By default, blocks with at least this many ops are printed on several threads. */
  static final int PARALLEL_MIN_OPS = 4096;

  /** Blocks with at least this many ops are printed on several threads (MAX_VALUE: never). */
  private int parallelMinOps = PARALLEL_MIN_OPS;

  /**
   * Prints the ops of {@code b} in contiguous groups, each by its own writer on a thread of a pool,
   * and appends the groups' bytes in order as they complete, with a bounded number of groups in
   * flight (so memory stays bounded). Names come from the shared, read-only numbering and each
   * writer has its own caches, so the bytes are those of a sequential print. Distinct attributes
   * are numbered in order of first print: a group that prints any is printed again here, in turn.
   * Declines (printing nothing) where there is one core.
   */
  private boolean printInParallel(Block b, boolean printBlockTerminators) {
    int threads = Math.min(Runtime.getRuntime().availableProcessors(), 8);
    if (threads < 2) return false;
    Operation[] ops = new Operation[b.size()];
    int count = 0;
    for (Operation o = b.first(); o != null; o = o.nextOp()) {
      if (!printBlockTerminators && o == b.last() && o.nextOp() == null && isElidableTerminator(o)) break;
      ops[count++] = o;
    }
    // Small groups (a few hundred ops at most), a few in flight per thread.
    int n = count, groups = Math.min(n, Math.max(threads * 16, Math.min(n / 64, 4096))), window = threads * 4;
    int groupIndent = indent;
    String groupDialect = defaultDialect;
    // The group writers (and their buffers and caches) are reused once their bytes are appended:
    // the garbage of fresh ones would stay in the heap (and the process's memory) until a collection.
    java.util.concurrent.ConcurrentLinkedQueue<AsmWriter> spare = new java.util.concurrent.ConcurrentLinkedQueue<>();
    java.util.function.IntFunction<java.util.concurrent.Callable<AsmWriter>> task = g -> () -> {
      AsmWriter w = spare.poll();
      if (w == null) {
        w = new AsmWriter(null, options, ctx);
        w.names = names;
        w.parallelMinOps = Integer.MAX_VALUE;
        w.attrCacheLimit = 4096;
      }
      w.indent = groupIndent;
      w.defaultDialect = groupDialect;
      w.len = 0;
      w.usedResources.clear();
      for (int i = (int) ((long) n * g / groups), end = (int) ((long) n * (g + 1) / groups); i < end; i++) {
        w.newline();
        w.printOperation(ops[i]);
      }
      return w;
    };
    java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
      // Deeply nested IR recurses as deep as on the calling thread.
      Thread t = new Thread(null, r, "mlc-print-" + made.incrementAndGet(), 512L << 20);
      t.setDaemon(true);
      return t;
    });
    try {
      java.util.ArrayDeque<java.util.concurrent.Future<AsmWriter>> inFlight = new java.util.ArrayDeque<>();
      int next = 0;
      for (; next < Math.min(groups, window); next++) inFlight.add(pool.submit(task.apply(next)));
      for (int g = 0; !inFlight.isEmpty(); g++) {
        AsmWriter w = inFlight.poll().get();
        if (next < groups) inFlight.add(pool.submit(task.apply(next++)));
        if (w.distinctIds.isEmpty()) {
          append(w.out, w.len);
          usedResources.addAll(w.usedResources);
          spare.add(w);
        } else {
          for (int i = (int) ((long) n * g / groups), end = (int) ((long) n * (g + 1) / groups); i < end; i++) {
            newline();
            printOperation(ops[i]);
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while printing", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) throw re;
      if (e.getCause() instanceof Error err) throw err;
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return true;
  }

  /** Appends bytes, writing large ones straight to the sink. */
  private void append(byte[] bytes, int n) {
    if (sink != null && n > out.length) {
      if (len > 0) flushBuffer();
      try {
        sink.write(bytes, 0, n);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    ensure(n);
    System.arraycopy(bytes, 0, out, len, n);
    len += n;
  }

  /** A writer that prints no block on several threads (for tests comparing with the parallel print). */
  static AsmWriter sequential(OutputStream sink, PrintOptions options, dev.mlc.ir.MLContext ctx) {
    AsmWriter w = new AsmWriter(sink, options, ctx);
    w.parallelMinOps = Integer.MAX_VALUE;
    return w;
  }

  /** A writer that prints blocks of {@code minOps} ops or more on several threads (for tests). */
  static AsmWriter parallelFrom(int minOps, OutputStream sink, PrintOptions options, dev.mlc.ir.MLContext ctx) {
    AsmWriter w = new AsmWriter(sink, options, ctx);
    w.parallelMinOps = minOps;
    return w;
  }

  private static boolean isElidableTerminator(Operation o) {
    return o.hasTrait(dev.mlc.ir.Traits.IsTerminator.class) && o.numOperands() == 0 && o.numResults() == 0
        && o.attributes().isEmpty() && o.properties() == null;
  }

  @Override public void printOptionalAttrDict(DictionaryAttr attrs, Collection<String> elided) {
    if (allElided(attrs, elided)) return;
    ch(' ');
    printDictionary(attrs, elided);
  }

  @Override public void printOptionalAttrDictWithKeyword(DictionaryAttr attrs, Collection<String> elided) {
    if (allElided(attrs, elided)) return;
    ascii(" attributes ");
    printDictionary(attrs, elided);
  }

  private static boolean allElided(DictionaryAttr attrs, Collection<String> elided) {
    for (NamedAttribute e : attrs.entries()) if (!elided.contains(e.name())) return false;
    return true;
  }

  private void printDictionary(DictionaryAttr d, Collection<String> elided) {
    ch('{');
    boolean first = true;
    for (int i = 0; i < d.size(); i++) {
      NamedAttribute e = d.entry(i);
      if (elided.contains(e.name())) continue;
      if (!first) ascii(", ");
      first = false;
      printKeywordOrString(e.name());
      if (e.value() != UnitAttr.INSTANCE) {
        ascii(" = ");
        printAttribute(e.value());
      }
    }
    ch('}');
  }

  @Override public void printOptionalLocation(Location loc) {
    if (options.debugInfo()) {
      ch(' ');
      printLocation(loc);
    }
  }

  // ===================================================================================
  // Names, strings
  // ===================================================================================

  static boolean isBareIdentifier(String s) {
    if (s.isEmpty() || !Lexer.isIdStart(s.charAt(0))) return false;
    for (int i = 1; i < s.length(); i++) if (!Lexer.isIdChar(s.charAt(i))) return false;
    return true;
  }

  @Override public void printKeywordOrString(String s) {
    if (isBareIdentifier(s)) ascii(s);
    else printString(s);
  }

  @Override public void printString(String s) {
    ch('"');
    printEscaped(s.getBytes(StandardCharsets.UTF_8));
    ch('"');
  }

  @Override public void printSymbolName(String name) {
    ch('@');
    printKeywordOrString(name);
  }

  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

  private void printEscaped(byte[] b) {
    ensure(b.length * 3);
    for (byte x : b) {
      int c = x & 0xFF;
      if (c == '"' || c == '\\') {
        out[len++] = '\\';
        out[len++] = (byte) c;
      } else if (c >= 0x20 && c < 0x7F) {
        out[len++] = (byte) c;
      } else {
        out[len++] = '\\';
        out[len++] = HEX[c >> 4];
        out[len++] = HEX[c & 15];
      }
    }
  }

  // ===================================================================================
  // Types
  // ===================================================================================

  private final Map<Type, byte[]> typeCache = new IdentityHashMap<>();

  @Override public void printType(Type t) {
    byte[] cached = typeCache.get(t);
    if (cached == null) {
      int start = len, f = flushes;
      printTypeUncached(t);
      if (f == flushes && typeCache.size() < 4096 && len - start < 1024) typeCache.put(t, java.util.Arrays.copyOfRange(out, start, len));
      return;
    }
    raw(cached);
  }

  private void printTypeUncached(Type t) {
    switch (t) {
      case IntegerType it -> {
        ascii(switch (it.signedness()) { case SIGNLESS -> "i"; case SIGNED -> "si"; case UNSIGNED -> "ui"; });
        num(it.width());
      }
      case FloatType ft -> ascii(ft.spelling());
      case IndexType i -> ascii("index");
      case NoneType n -> ascii("none");
      case FunctionType ft -> {
        ch('(');
        printTypes(ft.inputs());
        ascii(") -> ");
        List<Type> rs = ft.results();
        if (rs.size() == 1 && !(rs.get(0) instanceof FunctionType)) printType(rs.get(0));
        else {
          ch('(');
          printTypes(rs);
          ch(')');
        }
      }
      case ComplexType c -> {
        ascii("complex<");
        printType(c.elementType());
        ch('>');
      }
      case TupleType tt -> {
        ascii("tuple<");
        printTypes(tt.types());
        ch('>');
      }
      case RankedTensorType rt -> {
        ascii("tensor<");
        printDims(rt.shape());
        printType(rt.elementType());
        if (rt.encoding() != null) {
          ascii(", ");
          printAttribute(rt.encoding());
        }
        ch('>');
      }
      case UnrankedTensorType ut -> {
        ascii("tensor<*x");
        printType(ut.elementType());
        ch('>');
      }
      case MemRefType mt -> {
        ascii("memref<");
        printDims(mt.shape());
        printType(mt.elementType());
        if (mt.layout() != null) {
          ascii(", ");
          printAttribute(mt.layout());
        }
        if (mt.memorySpace() != null) {
          ascii(", ");
          printAttribute(mt.memorySpace());
        }
        ch('>');
      }
      case UnrankedMemRefType ut -> {
        ascii("memref<*x");
        printType(ut.elementType());
        if (ut.memorySpace() != null) {
          ascii(", ");
          printAttribute(ut.memorySpace());
        }
        ch('>');
      }
      case VectorType vt -> {
        ascii("vector<");
        for (int i = 0; i < vt.shape().length; i++) {
          if (vt.scalableDims()[i]) {
            ch('[');
            num(vt.shape()[i]);
            ch(']');
          } else num(vt.shape()[i]);
          ch('x');
        }
        printType(vt.elementType());
        ch('>');
      }
      case OpaqueType ot -> printDialectSymbol('!', ot.dialect(), ot.data());
      case DialectType dt -> {
        ch('!');
        ascii(dt.dialectNamespace());
        ch('.');
        dt.printBody(this);
      }
      default -> throw new IllegalArgumentException("cannot print type " + t);
    }
  }

  /** Types separated by {@code ", "}. */
  private void printTypes(List<Type> types) {
    for (int i = 0; i < types.size(); i++) {
      if (i > 0) ascii(", ");
      printType(types.get(i));
    }
  }

  private void printDims(long[] shape) {
    for (long d : shape) {
      if (d == ShapedType.DYNAMIC) ch('?');
      else num(d);
      ch('x');
    }
  }

  /** {@code !ns.body} when the body is a pretty identifier (with a balanced suffix), else {@code !ns<"body">}. */
  private void printDialectSymbol(char sigil, String ns, String data) {
    ch(sigil);
    ascii(ns);
    if (isPrettyDialectBody(data)) {
      ch('.');
      utf8(data);
    } else {
      // The body between the angle brackets, verbatim (as MLIR keeps it).
      ch('<');
      utf8(data);
      ch('>');
    }
  }

  static boolean isPrettyDialectBody(String data) {
    if (data.isEmpty() || !Lexer.isIdStart(data.charAt(0))) return false;
    int i = 1;
    while (i < data.length() && Lexer.isIdChar(data.charAt(i))) i++;
    if (i == data.length()) return true;
    if (data.charAt(i) != '<' || data.charAt(data.length() - 1) != '>') return false;
    // The body must be balanced and end at the last character.
    int depth = 0;
    for (int k = i; k < data.length(); k++) {
      char c = data.charAt(k);
      if (c == '"') {
        k++;
        while (k < data.length() && data.charAt(k) != '"') {
          if (data.charAt(k) == '\\') k++;
          k++;
        }
        continue;
      }
      if (c == '<' || c == '(' || c == '[' || c == '{') depth++;
      else if (c == '>' && k > 0 && data.charAt(k - 1) == '-') continue;
      else if (c == '>' || c == ')' || c == ']' || c == '}') {
        depth--;
        if (depth == 0 && k != data.length() - 1) return false;
        if (depth < 0) return false;
      } else if (c == '\n' || c == 0) return false;
    }
    return depth == 0;
  }

  // ===================================================================================
  // Attributes
  // ===================================================================================

  // Printed bytes of small attributes, by identity (attributes are interned, so repeats are shared).
  private final Map<Attribute, byte[]> attrCache = new IdentityHashMap<>();
  /** How many attributes' texts {@link #attrCache} keeps (fewer in each of the parallel printer's writers). */
  private int attrCacheLimit = 65536;

  @Override public void printAttribute(Attribute a) {
    if (a instanceof UnitAttr) {
      ascii("unit");
      return;
    }
    byte[] cached = attrCache.get(a);
    if (cached != null) {
      raw(cached);
      return;
    }
    int start = len, f = flushes;
    printAttr(a, false);
    if (f == flushes && len - start <= 256 && attrCache.size() < attrCacheLimit && !(a instanceof DenseResourceElementsAttr)
        && !(a instanceof dev.mlc.ir.attr.DistinctAttr) && !containsDistinct(a))
      attrCache.put(a, java.util.Arrays.copyOfRange(out, start, len));
  }

  /** Distinct attributes are numbered in order of printing, so their text must not be replayed. */
  private static boolean containsDistinct(Attribute a) {
    return switch (a) {
      case dev.mlc.ir.attr.DistinctAttr d -> true;
      case ArrayAttr arr -> {
        for (Attribute e : arr.elements()) if (containsDistinct(e)) yield true;
        yield false;
      }
      case DictionaryAttr d -> {
        for (int i = 0; i < d.size(); i++) if (containsDistinct(d.entry(i).value())) yield true;
        yield false;
      }
      case Location.Fused f -> f.metadata() != null && containsDistinct(f.metadata());
      default -> false;
    };
  }

  @Override public void printAttributeWithoutType(Attribute a) { printAttr(a, true); }

  /**
   * As MLIR: inside an array, {@code i64} integers and {@code f64} floats are printed without their
   * type (except floats printed in hex: NaN and infinities).
   */
  private static boolean elidesTypeInArray(Attribute a) {
    return a instanceof IntegerAttr ia && ia.type() instanceof dev.mlc.ir.type.IntegerType it && it.width() == 64 && it.isSignless()
        || a instanceof FloatAttr fa && fa.type() == dev.mlc.ir.type.FloatType.F64 && Double.isFinite(fa.value());
  }

  private void printAttr(Attribute a, boolean elideType) {
    switch (a) {
      case IntegerAttr ia -> {
        if (ia.isBool()) {
          ascii(ia.value().signum() != 0 ? "true" : "false");
          return;
        }
        printIntValue(ia.type(), ia.value());
        if (!elideType) {
          ascii(" : ");
          printType(ia.type());
        }
      }
      case FloatAttr fa -> {
        printFloatValue(fa.type(), fa.bits());
        if (!elideType) {
          ascii(" : ");
          printType(fa.type());
        }
      }
      case StringAttr s -> {
        ch('"');
        printEscaped(s.bytes());
        ch('"');
        if (s.type() != null && !elideType) {
          ascii(" : ");
          printType(s.type());
        }
      }
      case UnitAttr u -> ascii("unit");
      case ArrayAttr arr -> {
        ch('[');
        for (int i = 0; i < arr.size(); i++) {
          if (i > 0) ascii(", ");
          printAttr(arr.get(i), elidesTypeInArray(arr.get(i)));
        }
        ch(']');
      }
      case DictionaryAttr d -> printDictionary(d, List.of());
      case TypeAttr t -> printType(t.type());
      case SymbolRefAttr s -> {
        printSymbolName(s.root());
        for (String n : s.nested()) {
          ascii("::");
          printSymbolName(n);
        }
      }
      case DenseElementsAttr d -> {
        printDenseElements(d);
        if (!elideType) {
          ascii(" : ");
          printType(d.type());
        }
      }
      case DenseStringElementsAttr d -> {
        ascii("dense<");
        printDenseStrings(d);
        ch('>');
        if (!elideType) {
          ascii(" : ");
          printType(d.type());
        }
      }
      case DenseResourceElementsAttr d -> {
        ascii("dense_resource<");
        printKeywordOrString(d.handle());
        ch('>');
        usedResources.add(d.handle());
        if (!elideType) {
          ascii(" : ");
          printType(d.type());
        }
      }
      case DenseArrayAttr d -> printDenseArray(d);
      case dev.mlc.ir.attr.SparseElementsAttr sp -> {
        ascii("sparse<");
        if (sp.indices().numElements() > 0) {
          printDenseBody(sp.indices());
          ascii(", ");
          printDenseBody(sp.values());
        }
        ch('>');
        if (!elideType) {
          ascii(" : ");
          printType(sp.type());
        }
      }
      case dev.mlc.ir.attr.DistinctAttr da -> {
        Integer id = distinctIds.get(da);
        if (id == null) distinctIds.put(da, id = distinctIds.size());
        ascii("distinct[");
        num(id);
        ascii("]<");
        if (da.referenced() != UnitAttr.INSTANCE) printAttribute(da.referenced());
        ch('>');
      }
      case AffineMapAttr m -> {
        ascii("affine_map<");
        ascii(m.map().toString());
        ch('>');
      }
      case IntegerSetAttr s -> {
        ascii("affine_set<");
        ascii(s.set().toString());
        ch('>');
      }
      case StridedLayoutAttr s -> {
        ascii("strided<[");
        for (int i = 0; i < s.strides().length; i++) {
          if (i > 0) ascii(", ");
          printMaybeDynamic(s.strides()[i]);
        }
        ch(']');
        if (s.offset() != 0) {
          ascii(", offset: ");
          printMaybeDynamic(s.offset());
        }
        ch('>');
      }
      case OpaqueAttr o -> {
        printDialectSymbol('#', o.dialect(), o.data());
        if (o.type() != null && !elideType) {
          ascii(" : ");
          printType(o.type());
        }
      }
      case Location l -> printLocation(l);
      case DialectAttribute da -> {
        ch('#');
        ascii(da.dialectNamespace());
        ch('.');
        da.printBody(this);
      }
      default -> throw new IllegalArgumentException("cannot print attribute " + a);
    }
  }

  private void printMaybeDynamic(long v) {
    if (v == ShapedType.DYNAMIC) ch('?');
    else num(v);
  }

  private void printIntValue(Type t, BigInteger v) {
    if (t instanceof IntegerType it && it.isUnsigned() && v.signum() < 0) v = v.add(BigInteger.ONE.shiftLeft(it.width()));
    if (v.bitLength() < 63) num(v.longValue());
    else ascii(v.toString());
  }

  /**
   * MLIR's float format: {@code APFloat::toString} with 6 digits in scientific notation when that
   * reads back exactly, else APFloat's default form (the type's natural digit budget, plain or
   * {@code E} notation) when it has a '.', else (NaN, infinity, or types without a decimal form)
   * hex bits. See {@link ApFloatFormat} for why APFloat's digits and not the shortest ones.
   */
  void printFloatValue(FloatType t, BigInteger bits) {
    double d = FloatBits.toDouble(t, bits);
    // Decimal forms only for types a double holds exactly; f80/f128 always print their bits.
    if (!Double.isNaN(d) && !Double.isInfinite(d) && t.width() <= 64) {
      String sci = d == 0 ? scientific6(d) : ApFloatFormat.toString(d, 6, 0, false);
      if (FloatBits.fromDouble(t, Double.parseDouble(sci)).equals(bits)) {
        ascii(sci);
        return;
      }
      String natural = ApFloatFormat.toString(d, ApFloatFormat.naturalPrecision(t.mantissaBits() + 1), 3, true);
      if (natural.contains(".") && FloatBits.fromDouble(t, Double.parseDouble(natural)).equals(bits)) {
        ascii(natural);
        return;
      }
    }
    ascii("0x");
    String h = bits.toString(16).toUpperCase(java.util.Locale.ROOT);
    int digits = (t.width() + 3) / 4;
    if (t == FloatType.F80) digits = 20;
    for (int i = h.length(); i < digits; i++) ch('0');
    ascii(h);
  }

  /** {@code %.6e} of the exact binary value, rounded half-even, in C's format ({@code 1.000000e+00}). */
  static String scientific6(double d) {
    if (d == 0) return (Double.doubleToRawLongBits(d) < 0 ? "-" : "") + "0.000000e+00";
    BigDecimal bd = new BigDecimal(d).round(new MathContext(7, RoundingMode.HALF_EVEN));
    String digits = bd.unscaledValue().abs().toString();
    while (digits.length() < 7) digits = digits + "0";
    if (digits.length() > 7) digits = digits.substring(0, 7);
    int exp = bd.precision() - bd.scale() - 1;
    StringBuilder sb = new StringBuilder(16);
    if (bd.signum() < 0) sb.append('-');
    sb.append(digits.charAt(0)).append('.').append(digits, 1, 7).append('e').append(exp < 0 ? '-' : '+');
    int ae = Math.abs(exp);
    if (ae < 10) sb.append('0');
    sb.append(ae);
    return sb.toString();
  }

  private static final int HEX_THRESHOLD = 100;

  private final Map<dev.mlc.ir.attr.DistinctAttr, Integer> distinctIds = new java.util.HashMap<>();

  private void printDenseElements(DenseElementsAttr d) {
    ascii("dense<");
    printDenseBody(d);
    ch('>');
  }

  /** The literal of a dense attribute (without {@code dense<>}): hex, splat, or nested lists. */
  private void printDenseBody(DenseElementsAttr d) {
    Type et = d.elementType();
    long n = d.numElements();
    boolean i1 = et instanceof IntegerType it && it.width() == 1;
    if (!d.isSplat() && n > HEX_THRESHOLD && !i1) {
      ascii("\"0x");
      int storage = TypeAttrParser.storageBytes(et);
      int eb = d.elementBytes();
      byte[] raw = d.rawData();
      ensure((int) (n * storage * 2) + 2);
      for (long i = 0; i < n; i++)
        for (int k = 0; k < storage; k++) {
          int b = k < eb ? raw[(int) (i * eb + k)] & 0xFF : 0;
          out[len++] = HEX[b >> 4];
          out[len++] = HEX[b & 15];
        }
      ch('"');
      return;
    }
    if (d.isSplat() && n != 0) {
      printDenseElement(d, 0);
      return;
    }
    long[] shape = d.type().shape();
    printDenseNested(d, shape, 0, 0);
  }

  private long printDenseNested(DenseElementsAttr d, long[] shape, int dim, long index) {
    if (dim == shape.length) {
      printDenseElement(d, index);
      return index + 1;
    }
    ch('[');
    for (long i = 0; i < shape[dim]; i++) {
      if (i > 0) ascii(", ");
      index = printDenseNested(d, shape, dim + 1, index);
    }
    ch(']');
    return index;
  }

  private void printDenseElement(DenseElementsAttr d, long i) {
    Type et = d.elementType();
    if (et instanceof ComplexType ct) {
      int half = d.elementBytes() / 2;
      byte[] raw = d.rawData();
      int off = d.isSplat() ? 0 : (int) (i * d.elementBytes());
      ch('(');
      printComplexPart(ct.elementType(), raw, off, half);
      ascii(", ");
      printComplexPart(ct.elementType(), raw, off + half, half);
      ch(')');
      return;
    }
    if (et instanceof FloatType ft) printFloatValue(ft, d.bits(i));
    else if (et instanceof IntegerType it && it.width() == 1) ascii(d.intValue(i).signum() != 0 ? "true" : "false");
    else printIntValue(et, et instanceof IntegerType it && it.isUnsigned() ? d.bits(i) : d.intValue(i));
  }

  private void printComplexPart(Type et, byte[] raw, int off, int n) {
    byte[] one = java.util.Arrays.copyOfRange(raw, off, off + n);
    long[] shape = {};
    DenseElementsAttr part = DenseElementsAttr.ofRaw(new RankedTensorType(shape, et), one);
    if (et instanceof FloatType ft) printFloatValue(ft, part.bits(0));
    else printIntValue(et, part.intValue(0));
  }

  private void printDenseStrings(DenseStringElementsAttr d) {
    if (d.isSplat()) {
      ch('"');
      printEscaped(d.values().get(0));
      ch('"');
      return;
    }
    printStringsNested(d, d.type().shape(), 0, new int[1]);
  }

  private void printStringsNested(DenseStringElementsAttr d, long[] shape, int dim, int[] idx) {
    if (dim == shape.length) {
      ch('"');
      printEscaped(d.values().get(idx[0]++));
      ch('"');
      return;
    }
    ch('[');
    for (long i = 0; i < shape[dim]; i++) {
      if (i > 0) ascii(", ");
      printStringsNested(d, shape, dim + 1, idx);
    }
    ch(']');
  }

  private void printDenseArray(DenseArrayAttr d) {
    ascii("array<");
    printType(d.elementType());
    long[] v = d.values();
    if (v.length > 0) ascii(": ");
    for (int i = 0; i < v.length; i++) {
      if (i > 0) ascii(", ");
      if (d.elementType() == FloatType.F32) printFloatValue(FloatType.F32, BigInteger.valueOf(v[i] & 0xFFFFFFFFL));
      else if (d.elementType() == FloatType.F64) printFloatValue(FloatType.F64, new BigInteger(Long.toUnsignedString(v[i])));
      else if (((IntegerType) d.elementType()).width() == 1) ascii(v[i] != 0 ? "true" : "false");
      else num(v[i]);
    }
    ch('>');
  }

  // ===================================================================================
  // Locations and resources
  // ===================================================================================

  void printLocation(Location l) {
    ascii("loc(");
    printLocationInstance(l);
    ch(')');
  }

  private void printLocationInstance(Location l) {
    switch (l) {
      case Location.Unknown u -> ascii("unknown");
      case Location.FileLineCol f -> {
        printString(f.file());
        ch(':');
        num(Integer.toUnsignedLong(f.line()));
        ch(':');
        num(Integer.toUnsignedLong(f.column()));
      }
      case Location.Name n -> {
        printString(n.name());
        if (n.child() != Location.UNKNOWN) {
          ch('(');
          printLocationInstance(n.child());
          ch(')');
        }
      }
      case Location.CallSite c -> {
        ascii("callsite(");
        printLocationInstance(c.callee());
        ascii(" at ");
        printLocationInstance(c.caller());
        ch(')');
      }
      case Location.Fused f -> {
        ascii("fused");
        if (f.metadata() != null) {
          ch('<');
          printAttribute(f.metadata());
          ch('>');
        }
        ch('[');
        for (int i = 0; i < f.locations().size(); i++) {
          if (i > 0) ascii(", ");
          printLocationInstance(f.locations().get(i));
        }
        ch(']');
      }
    }
  }

  private void printResources() {
    if (usedResources.isEmpty() || ctx == null) return;
    ResourceTable rt = ctx.resources();
    boolean first = true;
    ascii("\n{-#\n  dialect_resources: {\n    builtin: {\n");
    for (String name : usedResources) {
      ResourceTable.Blob b = rt.blob(name);
      if (b == null) continue;
      if (!first) ascii(",\n");
      first = false;
      ascii("      ");
      printKeywordOrString(name);
      ascii(": \"0x");
      byte[] header = new byte[4];
      DenseElementsAttr.putLE(header, 0, 4, b.alignment());
      ensure(8 + b.data().length * 2);
      for (byte x : header) {
        out[len++] = HEX[(x & 0xFF) >> 4];
        out[len++] = HEX[x & 15];
      }
      for (byte x : b.data()) {
        ensure(2);
        out[len++] = HEX[(x & 0xFF) >> 4];
        out[len++] = HEX[x & 15];
      }
      ch('"');
    }
    ascii("\n    }\n  }\n#-}\n");
  }

  /** A type rendered on its own (for diagnostics). */
  static String typeToString(Type t) {
    AsmWriter w = new AsmWriter(null, PrintOptions.DEFAULT, null);
    w.printType(t);
    return w.contents();
  }

  static String attributeToString(Attribute a) {
    AsmWriter w = new AsmWriter(null, PrintOptions.DEFAULT, null);
    w.printAttribute(a);
    return w.contents();
  }

}
