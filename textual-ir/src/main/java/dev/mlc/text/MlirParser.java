package dev.mlc.text;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Block;
import dev.mlc.ir.BlockArgument;
import dev.mlc.ir.Dialect;
import dev.mlc.ir.Location;
import dev.mlc.ir.MLContext;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationName;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Region;
import dev.mlc.ir.Traits;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.ParseException;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.builtin.ModuleOp;
import dev.mlc.ir.type.FunctionType;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-written recursive-descent parser of MLIR's textual form, over {@link Lexer}. Types and
 * attributes are parsed by {@link TypeAttrParser} (the superclass); this class adds operations,
 * blocks, regions, SSA scoping, and the top level (aliases, the resource section). It implements
 * {@link OpAsmParser} for custom op forms. Errors are thrown as {@link ParseException} and turned
 * into one diagnostic by {@link Parser}.
 */
final class MlirParser extends TypeAttrParser implements OpAsmParser {
  private static final Value[] NO_VALUES = new Value[0];
  private static final Region[] NO_REGIONS = new Region[0];

  /** One SSA scope per isolated-from-above region (and the top level). */
  private final ArrayList<NameTable> scopes = new ArrayList<>();
  /** Block names of the regions being parsed, innermost last. */
  private final ArrayList<BlockScope> blockScopes = new ArrayList<>();
  /** The defining op name in whose regions we are, innermost last (for default dialects). */
  private final ArrayList<OpDef> enclosingDefs = new ArrayList<>();
  /** Trailing {@code loc(#alias)} references to resolve once all aliases are known. */
  private final List<Object[]> deferredLocs = new ArrayList<>();
  private int depth;
  private OperationName forwardRefName;

  // Scratch for generic-op operand parsing (reused across ops).
  private int[] opndStart = new int[16], opndLen = new int[16], opndNum = new int[16], opndLine = new int[16], opndCol = new int[16];

  // Cache of the last trailing function types, keyed by their exact source bytes.
  private final int[] fnCacheStart = new int[16], fnCacheEnd = new int[16];
  private final long[] fnCachePrefix = new long[16];
  private final FunctionType[] fnCacheType = new FunctionType[16];
  private int fnCacheNext;

  /**
   * The block names of one region: a short list searched by the name's bytes (regions have few
   * blocks), switching to a hash map keyed by name when a region has many.
   */
  private final class BlockScope {
    final Region region;
    private ArrayList<BlockDef> list;
    private Map<String, BlockDef> map;

    BlockScope(Region region) { this.region = region; }

    /** The block named by the current CARET_ID token, created (undefined) when first seen. */
    BlockDef lookupOrCreate() {
      int s = lex.start, n = lex.end - lex.start;
      if (map != null) return map.computeIfAbsent(new String(buf, s, n, StandardCharsets.UTF_8), k -> newDef(s, n));
      if (list == null) list = new ArrayList<>(2);
      for (BlockDef d : list) if (d.nameLen == n && Lexer.regionEquals(buf, d.nameStart, buf, s, n)) return d;
      BlockDef d = newDef(s, n);
      list.add(d);
      if (list.size() > 8) {
        map = new HashMap<>();
        for (BlockDef x : list) map.put(new String(buf, x.nameStart, x.nameLen, StandardCharsets.UTF_8), x);
        list = null;
      }
      return d;
    }

    private BlockDef newDef(int s, int n) {
      BlockDef d = new BlockDef(new Block(), s, n);
      d.line = lex.line;
      d.col = lex.col;
      return d;
    }

    Iterable<BlockDef> all() { return map != null ? map.values() : list != null ? list : List.of(); }
  }

  private static final class BlockDef {
    final Block block;
    final int nameStart, nameLen;
    boolean defined;
    int line, col;

    BlockDef(Block b, int nameStart, int nameLen) {
      this.block = b;
      this.nameStart = nameStart;
      this.nameLen = nameLen;
    }
  }

  MlirParser(MLContext ctx, String bufferName, byte[] buf, int from, int to, int firstLine, ParserConfig config) {
    super(ctx, bufferName, buf, from, to, firstLine, config);
  }

  // ===================================================================================
  // Top level
  // ===================================================================================

  /** Parses the whole buffer; returns the top-level module. */
  Operation parseTopLevel() {
    Operation implicit = ModuleOp.create(ctx, Location.file(bufferName, 0, 0));
    Block body = ModuleOp.body(implicit);
    scopes.add(new NameTable());
    int topOps = 0;
    Operation single = null;
    while (lex.kind != Token.EOF) {
      switch (lex.kind) {
        case Token.HASH_ID -> parseAttributeAliasDef();
        case Token.EXCL_ID -> parseTypeAliasDef();
        case Token.META_BEGIN -> parseFileMetadata();
        default -> {
          Operation op = parseOperation(body);
          topOps++;
          single = op;
        }
      }
    }
    finishScope(scopes.removeLast());
    resolveDeferredLocations();
    if (topOps == 1 && single.isa(ModuleOp.NAME) && single.numResults() == 0) {
      single.remove();
      return single;
    }
    return implicit;
  }

  /**
   * Parses the ops of a chunk of a module's body into {@code body}, for {@link ParallelParse}.
   * Anything a chunk cannot settle alone (aliases, metadata, block labels, names used but defined
   * elsewhere, distinct attributes, deferred locations) throws, and the caller parses sequentially.
   * Returns how many value names the chunk defines at the module level.
   */
  int parseChunkInto(Block body) { return parseChunkInto(body, false); }

  /** Where the last chunk's body ended: the offset of the module body's closing brace. */
  int chunkBodyEnd = -1;

  /**
   * {@link #parseChunkInto(Block)}; with {@code lastChunk}, the chunk runs to the module body's
   * closing brace (which it does not consume), whose offset is left in {@link #chunkBodyEnd}.
   */
  int parseChunkInto(Block body, boolean lastChunk) {
    NameTable names = new NameTable();
    scopes.add(names);
    Region dummy = new Region(null);
    blockScopes.add(new BlockScope(dummy));
    while (lex.kind != Token.EOF) {
      if (lastChunk && lex.kind == Token.R_BRACE) {
        chunkBodyEnd = lex.start;
        break;
      }
      if (lex.kind != Token.PERCENT_ID && lex.kind != Token.STRING && lex.kind != Token.BARE_IDENT)
        throw error("not a chunk of ops");
      parseOperation(body);
    }
    if (lastChunk && chunkBodyEnd < 0) throw error("expected '}' to end the module body");
    finishScope(names);
    if (!deferredLocs.isEmpty() || createdDistinctAttributes()) throw error("chunk needs file-level context");
    return names.count;
  }

  private void parseAttributeAliasDef() {
    int line = lex.line, col = lex.col;
    String name = new String(buf, lex.start + 1, lex.end - lex.start - 1, StandardCharsets.UTF_8);
    if (name.indexOf('.') >= 0) throw errorAt(line, col, "attribute names with a '.' are reserved for dialect-defined names");
    if (attrAliases.containsKey(name)) throw errorAt(line, col, "redefinition of attribute alias id '" + name + "'");
    lex.next();
    expect(Token.EQUAL, "expected '=' in attribute alias definition");
    Attribute a = parseAttribute(null);
    attrAliases.put(name, a);
  }

  private void parseTypeAliasDef() {
    int line = lex.line, col = lex.col;
    String name = new String(buf, lex.start + 1, lex.end - lex.start - 1, StandardCharsets.UTF_8);
    if (name.indexOf('.') >= 0) throw errorAt(line, col, "type names with a '.' are reserved for dialect-defined names");
    if (typeAliases.containsKey(name)) throw errorAt(line, col, "redefinition of type alias id '" + name + "'");
    lex.next();
    expect(Token.EQUAL, "expected '=' in type alias definition");
    typeAliases.put(name, parseType());
  }

  /** {@code {-# dialect_resources: { builtin: { name: "0x..." } }, external_resources: {...} #-}}. */
  private void parseFileMetadata() {
    lex.next();
    if (lex.kind != Token.META_END) {
      do {
        String section = parseKeyword();
        expect(Token.COLON, "expected ':' after file metadata section name");
        expect(Token.L_BRACE, "expected '{' to start file metadata section");
        boolean dialectSection = section.equals("dialect_resources");
        if (!dialectSection && !section.equals("external_resources"))
          throw error("unknown file metadata section '" + section + "'");
        if (lex.kind != Token.R_BRACE) {
          do {
            String owner = parseKeyword();
            expect(Token.COLON, "expected ':' after resource owner");
            expect(Token.L_BRACE, "expected '{' to start resource entries");
            if (lex.kind != Token.R_BRACE) {
              do {
                int line = lex.line, col = lex.col;
                String key = parseKeywordOrString();
                expect(Token.COLON, "expected ':' after resource key");
                parseResourceEntry(dialectSection ? owner : "external:" + owner, key, line, col);
              } while (consumeIf(Token.COMMA));
            }
            expect(Token.R_BRACE, "expected '}' to end resource entries");
          } while (consumeIf(Token.COMMA));
        }
        expect(Token.R_BRACE, "expected '}' to end file metadata section");
      } while (consumeIf(Token.COMMA));
    }
    expect(Token.META_END, "expected '#-}' to end file metadata");
  }

  private void parseResourceEntry(String owner, String key, int line, int col) {
    if (lex.kind == Token.STRING) {
      byte[] s = Lexer.decodeString(buf, lex.start, lex.end);
      String text = new String(s, StandardCharsets.ISO_8859_1);
      int vl = lex.line, vc = lex.col;
      lex.next();
      if (owner.equals("builtin")) {
        if (!text.startsWith("0x") || !isHexString(text)) throw errorAt(vl, vc, "expected hex string blob for key '" + key + "'");
        byte[] raw = parseHexBytes(text, vl, vc);
        if (raw.length < 4) throw errorAt(line, col, "expected hex string blob for key '" + key + "' to encode alignment in first 4 bytes");
        int align = (raw[0] & 0xFF) | (raw[1] & 0xFF) << 8 | (raw[2] & 0xFF) << 16 | (raw[3] & 0xFF) << 24;
        if (align <= 0 || Integer.bitCount(align) != 1) throw errorAt(line, col, "expected hex string blob for key '" + key + "' to encode a power-of-2 alignment, got " + Integer.toUnsignedString(align));
        byte[] data = java.util.Arrays.copyOfRange(raw, 4, raw.length);
        String used = ctx.resources().addBlob(key, new dev.mlc.ir.ResourceTable.Blob(data, align));
        if (!used.equals(key)) resourceRenames.put(key, used);
      } else {
        ctx.resources().put(owner, key, new String(s, StandardCharsets.UTF_8));
      }
    } else if (lex.kind == Token.BARE_IDENT && (lex.is("true") || lex.is("false"))) {
      ctx.resources().put(owner, key, lex.is("true"));
      lex.next();
    } else {
      throw error("expected resource value (a string or a boolean)");
    }
  }

  private static boolean isHexString(String t) {
    if ((t.length() - 2) % 2 != 0) return false;
    for (int i = 2; i < t.length(); i++) if (Character.digit(t.charAt(i), 16) < 0) return false;
    return true;
  }

  private void resolveDeferredLocations() {
    for (Object[] d : deferredLocs) {
      String alias = (String) d[1];
      Attribute a = attrAliases.get(alias);
      if (a == null) throw errorAt((int) d[2], (int) d[3], "operation location alias was never defined");
      if (!(a instanceof Location l)) throw errorAt((int) d[2], (int) d[3], "expected location, but found '" + alias + "'");
      if (d[0] instanceof Operation op) op.setLocation(l);
      else ((BlockArgument) d[0]).setLocation(l);
    }
  }

  // ===================================================================================
  // SSA scopes
  // ===================================================================================

  private NameTable scope() { return scopes.getLast(); }

  /** Reports the first unresolved forward reference of a finished isolated scope. */
  private void finishScope(NameTable t) {
    for (int i = 0; i < t.count; i++) {
      if (t.forward[i]) {
        long pos = t.firstUse[i];
        throw errorAt((int) (pos >>> 20), (int) (pos & 0xFFFFF), "use of undeclared SSA value name");
      }
    }
  }

  /**
   * Pops a non-isolated region's names back to {@code mark}; unresolved forward references made
   * inside stay alive in the enclosing scope, since a later definition may still resolve them.
   */
  private void popNames(NameTable t, int mark) {
    List<Object[]> keep = null;
    for (int i = mark; i < t.count; i++) {
      if (t.forward[i]) {
        if (keep == null) keep = new ArrayList<>();
        byte[] nb = t.name(i).getBytes(StandardCharsets.UTF_8);
        keep.add(new Object[] {nb, t.values[i], t.firstUse[i]});
      }
    }
    t.truncate(mark);
    if (keep != null) for (Object[] k : keep) {
      byte[] nb = (byte[]) k[0];
      int idx = t.add(nb, 0, nb.length, NameTable.hash(nb, 0, nb.length), k[1], true);
      t.firstUse[idx] = (long) k[2];
    }
  }

  private Value forwardPlaceholder(Type type) {
    if (forwardRefName == null) forwardRefName = ctx.opName("mlc.forward_ref");
    return Operation.create(forwardRefName, Location.UNKNOWN, List.of(), List.of(type), null, null, List.of(), 0).result(0);
  }

  /** Resolves a use of {@code %name#number} with the type the use expects. */
  private Value resolveValue(byte[] a, int s, int len, int number, Type type, int line, int col) {
    NameTable t = scope();
    int h = NameTable.hash(a, s, len);
    int i = t.find(a, s, len, h);
    if (i < 0) {
      Value[] vs = new Value[number + 1];
      Value ph = forwardPlaceholder(type);
      vs[number] = ph;
      i = t.add(a, s, len, h, vs, true);
      t.firstUse[i] = ((long) line << 20) | col;
      return ph;
    }
    Object v = t.values[i];
    Value r;
    if (v instanceof Value single) {
      if (number != 0) throw errorAt(line, col, "reference to invalid result number");
      r = single;
    } else {
      Value[] vs = (Value[]) v;
      if (number >= vs.length) {
        if (!t.forward[i]) throw errorAt(line, col, "reference to invalid result number");
        vs = java.util.Arrays.copyOf(vs, number + 1);
        t.values[i] = vs;
      }
      r = vs[number];
      if (r == null) {
        if (!t.forward[i]) throw errorAt(line, col, "reference to invalid result number");
        r = vs[number] = forwardPlaceholder(type);
      }
    }
    if (!r.type().equals(type)) {
      long pos = t.firstUse[i];
      throw errorAt(line, col, "use of value '" + new String(a, s, len, StandardCharsets.UTF_8)
          + "' expects different type than prior uses: '" + TypePrinting.toString(type) + "' vs '" + TypePrinting.toString(r.type()) + "'")
          .withNote(Location.file(bufferName, (int) (pos >>> 20), (int) (pos & 0xFFFFF)), "prior use here");
    }
    return r;
  }

  /** Defines {@code %name} as one value. */
  private void defineValue(byte[] a, int s, int len, Value v, int line, int col) {
    NameTable t = scope();
    int h = NameTable.hash(a, s, len);
    int i = t.find(a, s, len, h);
    if (i < 0) {
      int k = t.add(a, s, len, h, v, false);
      t.firstUse[k] = ((long) line << 20) | col;
      return;
    }
    defineValues(a, s, len, new Value[] {v}, false, line, col);
  }

  /** Defines {@code %name} as {@code values} (one value, or a result group). */
  private void defineValues(byte[] a, int s, int len, Value[] values, boolean group, int line, int col) {
    NameTable t = scope();
    int h = NameTable.hash(a, s, len);
    int i = t.find(a, s, len, h);
    Object stored = group ? values : values[0];
    long here = ((long) line << 20) | col;
    if (i < 0) {
      int k = t.add(a, s, len, h, stored, false);
      t.firstUse[k] = here;
      return;
    }
    if (!t.forward[i]) {
      long pos = t.firstUse[i];
      throw errorAt(line, col, "redefinition of SSA value '" + new String(a, s, len, StandardCharsets.UTF_8) + "'")
          .withNote(Location.file(bufferName, (int) (pos >>> 20), (int) (pos & 0xFFFFF)), "previously defined here");
    }
    Value[] phs = (Value[]) t.values[i];
    for (int k = 0; k < phs.length; k++) {
      if (phs[k] == null) continue;
      if (k >= values.length) throw errorAt(line, col, "operation defines " + values.length + " results but was provided " + phs.length + " to bind");
      if (!phs[k].type().equals(values[k].type()))
        throw errorAt(line, col, "definition of SSA value '" + new String(a, s, len, StandardCharsets.UTF_8) + "#" + k
            + "' has type '" + TypePrinting.toString(values[k].type()) + "'" + ", but a prior use expected '" + TypePrinting.toString(phs[k].type()) + "'");
      phs[k].replaceAllUsesWith(values[k]);
    }
    t.values[i] = stored;
    t.forward[i] = false;
    t.firstUse[i] = here;
  }

  // ===================================================================================
  // Operations
  // ===================================================================================

  /** Parses one operation (with its result bindings) and appends it to {@code block}. */
  Operation parseOperation(Block block) {
    int line = lex.line, col = lex.col;
    // Result bindings: %a, %b:2 = ...
    int nres = 0;
    int[] resStart = null, resLen = null, resCount = null;
    // Fast path: a single result name without a count (most ops).
    int r0Start = -1, r0Len = 0;
    if (lex.kind == Token.PERCENT_ID) {
      int s0 = lex.start, l0 = lex.end - lex.start, ln0 = lex.line, ls0 = lex.start - lex.col + 1;
      lex.next();
      if (lex.kind == Token.EQUAL) {
        r0Start = s0;
        r0Len = l0;
        lex.next();
      } else {
        lex.reset(new Lexer.Mark(s0, ln0, ls0));
      }
    }
    if (r0Start < 0 && lex.kind == Token.PERCENT_ID) {
      resStart = new int[2];
      resLen = new int[2];
      resCount = new int[2];
      while (true) {
        if (lex.kind != Token.PERCENT_ID) throw error("expected valid ssa identifier");
        if (nres == resStart.length) {
          resStart = java.util.Arrays.copyOf(resStart, nres * 2);
          resLen = java.util.Arrays.copyOf(resLen, nres * 2);
          resCount = java.util.Arrays.copyOf(resCount, nres * 2);
        }
        resStart[nres] = lex.start;
        resLen[nres] = lex.end - lex.start;
        resCount[nres] = 1;
        lex.next();
        if (lex.kind == Token.COLON) {
          lex.next();
          if (lex.kind != Token.INTEGER) throw error("expected integer number of results");
          long n = parseSmallInt();
          if (n < 1) throw error("expected named operation to have at least 1 result");
          resCount[nres] = (int) n;
        }
        nres++;
        if (lex.kind != Token.COMMA) break;
        lex.next();
      }
      expect(Token.EQUAL, "expected '=' after SSA name");
    }
    Operation op;
    if (lex.kind == Token.STRING) op = parseGenericOperation(block, lex.line, lex.col);
    else if (lex.kind == Token.BARE_IDENT) op = parseCustomOperation(block, lex.line, lex.col);
    else throw error("expected operation name in quotes");
    if (r0Start >= 0) {
      if (op.numResults() == 0) throw errorAt(line, col, "cannot name an operation with no results");
      if (op.numResults() != 1)
        throw errorAt(line, col, "operation defines " + op.numResults() + " results but was provided 1 to bind");
      defineValue(buf, r0Start, r0Len, op.result(0), line, col);
    } else if (nres > 0) {
      int total = 0;
      for (int i = 0; i < nres; i++) total += resCount[i];
      if (op.numResults() == 0) throw errorAt(line, col, "cannot name an operation with no results");
      if (total != op.numResults())
        throw errorAt(line, col, "operation defines " + op.numResults() + " results but was provided " + total + " to bind");
      int k = 0;
      for (int i = 0; i < nres; i++) {
        Value[] vs = new Value[resCount[i]];
        for (int j = 0; j < vs.length; j++) vs[j] = op.result(k++);
        defineValues(buf, resStart[i], resLen[i], vs, resCount[i] > 1, line, col);
      }
    }
    return op;
  }

  // Recently seen quoted op-name tokens (their exact bytes) and their names.
  private final byte[][] opNameKeys = new byte[64][];
  private final OperationName[] opNameVals = new OperationName[64];

  /** A hash of a quoted op-name token, to pick its cache slot. */
  private int opNameSlot(int s, int e) {
    int h = e - s;
    for (int i = s + 1; i < e - 1; i++) h = h * 31 + buf[i];
    return (h ^ (h >>> 7)) & (opNameKeys.length - 1);
  }

  private OperationName cachedOpName(int s, int e) {
    int k = opNameSlot(s, e);
    byte[] key = opNameKeys[k];
    if (key != null && key.length == e - s && Lexer.regionEquals(key, 0, buf, s, e - s)) return opNameVals[k];
    return null;
  }

  private void cacheOpName(int s, int e, OperationName n) {
    int k = opNameSlot(s, e);
    opNameKeys[k] = java.util.Arrays.copyOfRange(buf, s, e);
    opNameVals[k] = n;
  }

  /** The name of a generic op; unknown names are errors unless unregistered dialects are allowed. */
  private OperationName lookupOpName(String name, int line, int col, int afterLine, int afterCol) {
    OperationName n = ctx.opName(name);
    if (n.def() == null && !ctx.allowsUnregisteredDialects()) {
      String ns = n.dialectNamespace();
      if (ctx.dialect(ns) != null && ctx.dialect(ns).allowsUnknownOperations()) return n;
      if (ctx.dialect(ns) == null)
        throw errorAt(afterLine, afterCol, "operation being parsed with an unregistered dialect. If this is intended, please use -allow-unregistered-dialect with the MLIR tool used");
      throw errorAt(line, col, "unregistered operation '" + name + "' found in dialect ('" + ns + "') that does not allow unknown operations");
    }
    return n;
  }

  private Operation parseGenericOperation(Block block, int line, int col) {
    OperationName opName = cachedOpName(lex.start, lex.end);
    if (opName == null) {
      int ts = lex.start, te = lex.end;
      byte[] nameBytes = Lexer.decodeString(buf, ts, te);
      if (nameBytes.length == 0) throw error("empty operation name is invalid");
      String name = new String(nameBytes, StandardCharsets.UTF_8);
      lex.next();
      opName = lookupOpName(name, line, col, lex.line, lex.col);
      cacheOpName(ts, te, opName);
    } else {
      lex.next();
    }
    Location loc = Location.file(bufferName, line, col);
    // Operands.
    expect(Token.L_PAREN, "expected '(' to start operand list");
    int nops = 0;
    if (lex.kind != Token.R_PAREN) {
      while (true) {
        if (lex.kind != Token.PERCENT_ID) throw error("expected SSA operand");
        if (nops == opndStart.length) growOperandScratch();
        opndStart[nops] = lex.start;
        opndLine[nops] = lex.line;
        opndCol[nops] = lex.col;
        int len = lex.end - lex.start;
        int num = 0;
        // %name#N
        lex.next();
        if (lex.kind == Token.HASH_ID && lex.start == opndStart[nops] + len) {
          num = parseResultNumberSuffix();
        }
        opndLen[nops] = len;
        opndNum[nops] = num;
        nops++;
        if (lex.kind == Token.COMMA) {
          lex.next();
          continue;
        }
        break;
      }
    }
    expect(Token.R_PAREN, "expected ')' to end operand list");
    // Successors.
    List<Block> successors = List.of();
    if (lex.kind == Token.L_SQUARE) {
      lex.next();
      successors = new ArrayList<>(2);
      do {
        successors.add(parseSuccessor());
      } while (consumeIf(Token.COMMA));
      expect(Token.R_SQUARE, "expected ']' to end successor list");
    }
    // Properties.
    Attribute props = null;
    if (lex.kind == Token.LESS) {
      lex.next();
      props = cachedAttribute(false);
      expect(Token.GREATER, "expected '>' to close properties");
    }
    // Regions: parsed after the op is created, since region args may refer to it... MLIR parses
    // them before the type; we parse into detached regions.
    List<Region> regions = null;
    OpDef def = opName.def();
    int[] oStart = opndStart, oLen = opndLen, oNum = opndNum, oLine = opndLine, oCol = opndCol;
    if (lex.kind == Token.L_PAREN) {
      // Nested ops reuse the scratch arrays: keep this op's operands aside.
      if (nops > 0) {
        oStart = java.util.Arrays.copyOf(opndStart, nops);
        oLen = java.util.Arrays.copyOf(opndLen, nops);
        oNum = java.util.Arrays.copyOf(opndNum, nops);
        oLine = java.util.Arrays.copyOf(opndLine, nops);
        oCol = java.util.Arrays.copyOf(opndCol, nops);
      }
      lex.next();
      regions = new ArrayList<>(1);
      boolean isolated = false;
      do {
        Region r = new Region(null);
        enclosingDefs.add(def);
        parseRegionBody(r, List.of(), isolated);
        enclosingDefs.removeLast();
        regions.add(r);
      } while (consumeIf(Token.COMMA));
      expect(Token.R_PAREN, "expected ')' to end region list");
    }
    // Attributes.
    DictionaryAttr attrs = DictionaryAttr.EMPTY;
    if (lex.kind == Token.L_BRACE) {
      attrs = (DictionaryAttr) cachedAttribute(true);
    }
    // Function type.
    if (lex.kind != Token.COLON) throw error("expected ':' followed by operation type");
    lex.next();
    int typeLine = lex.line, typeCol = lex.col;
    FunctionType fnType = parseTrailingFunctionType();
    if (fnType.inputs().size() != nops)
      throw errorAt(typeLine, typeCol, "expected " + nops + " operand type" + (nops == 1 ? "" : "s") + " but had " + fnType.inputs().size());
    // Resolve operands.
    Value[] operands = nops == 0 ? NO_VALUES : new Value[nops];
    List<Type> inputs = fnType.inputs();
    for (int i = 0; i < nops; i++)
      operands[i] = resolveValue(buf, oStart[i], oLen[i], oNum[i], inputs.get(i), oLine[i], oCol[i]);
    Operation op = Operation.create(opName, loc, operands, fnType.results(), props, attrs, successors,
        regions == null ? NO_REGIONS : regions.toArray(NO_REGIONS));
    parseTrailingLocation(op);
    block.append(op);
    return op;
  }

  private void growOperandScratch() {
    int n = opndStart.length * 2;
    opndStart = java.util.Arrays.copyOf(opndStart, n);
    opndLen = java.util.Arrays.copyOf(opndLen, n);
    opndNum = java.util.Arrays.copyOf(opndNum, n);
    opndLine = java.util.Arrays.copyOf(opndLine, n);
    opndCol = java.util.Arrays.copyOf(opndCol, n);
  }

  /** Parses {@code #N} right after a value name. */
  private int parseResultNumberSuffix() {
    long v = 0;
    if (lex.end - lex.start < 2) throw error("invalid SSA value result number");
    for (int p = lex.start + 1; p < lex.end; p++) {
      int c = buf[p];
      if (!Lexer.isDigit(c)) throw error("invalid SSA value result number");
      v = v * 10 + (c - '0');
      if (v > Integer.MAX_VALUE) throw error("invalid SSA value result number");
    }
    lex.next();
    return (int) v;
  }

  /** The {@code (inputs) -> results} of a generic op, reusing recently parsed identical spellings. */
  private FunctionType parseTrailingFunctionType() {
    int s = lex.start;
    long prefix = lex.kind == Token.L_PAREN ? prefix8(s) : -1;
    for (int k = 0; k < fnCacheType.length && lex.kind == Token.L_PAREN; k++) {
      FunctionType t = fnCacheType[k];
      if (t == null || fnCachePrefix[k] != prefix) continue;
      int cs = fnCacheStart[k], ce = fnCacheEnd[k], n = ce - cs;
      if (s + n <= lex.limit && Lexer.regionEquals(buf, cs, buf, s, n) && (s + n == lex.limit || isTypeBoundary(buf[s + n]))) {
        lex.resetOnLine(s + n);
        return t;
      }
    }
    if (lex.kind != Token.L_PAREN) {
      Type t = parseType();
      if (t instanceof FunctionType ft) return ft;
      throw error("expected function type");
    }
    FunctionType ft = parseFunctionType();
    int e = lex.start;
    // Trim whitespace between the type and the next token.
    int te = e;
    while (te > s && (buf[te - 1] == ' ' || buf[te - 1] == '\n' || buf[te - 1] == '\t' || buf[te - 1] == '\r')) te--;
    boolean spansComment = false;
    for (int p = s; p < te; p++) if (buf[p] == '/' || buf[p] == '\n') { spansComment = true; break; }
    if (!spansComment && lex.limit == topLimit) {
      int k = fnCacheNext++ & (fnCacheType.length - 1);
      fnCacheStart[k] = s;
      fnCacheEnd[k] = te;
      fnCacheType[k] = ft;
      fnCachePrefix[k] = prefix;
    }
    return ft;
  }

  // Recently parsed attribute dictionaries (attr-dicts and properties) by their exact source bytes:
  // generated IR repeats them ({value = 0 : index}) and re-parsing is the costliest part of an op.
  private final int[] attrCacheStart = new int[16], attrCacheEnd = new int[16];
  private final long[] attrCachePrefix = new long[16];
  private final Attribute[] attrCacheValue = new Attribute[16];
  private int attrCacheNext;

  /** Parses a dictionary attribute (or any attribute for properties), reusing an identical recent spelling. */
  private Attribute cachedAttribute(boolean dictionary) {
    int s = lex.start;
    long prefix = prefix8(s);
    // Only a well-formed token can start a cached spelling (an error token may start mid-text).
    for (int k = 0; k < attrCacheValue.length && lex.kind != Token.ERROR; k++) {
      Attribute a = attrCacheValue[k];
      if (a == null || attrCachePrefix[k] != prefix) continue;
      int cs = attrCacheStart[k], n = attrCacheEnd[k] - cs;
      if (s + n <= lex.limit && Lexer.regionEquals(buf, cs, buf, s, n)) {
        lex.resetOnLine(s + n);
        return a;
      }
    }
    int line = lex.line;
    Attribute a = dictionary ? parseDictionaryAttr() : parseAttribute(null);
    int e = lex.start;
    while (e > s && (buf[e - 1] == ' ' || buf[e - 1] == '\t')) e--;
    // Only single-line spellings without comments are cached (the re-lex skips to their end).
    if (lex.line == line && e - s < 4096 && lex.limit == topLimit && !containsComment(s, e)) {
      int k = attrCacheNext++ & (attrCacheValue.length - 1);
      attrCacheStart[k] = s;
      attrCacheEnd[k] = e;
      attrCacheValue[k] = a;
      attrCachePrefix[k] = prefix;
    }
    return a;
  }

  /** Up to 8 bytes from {@code s} (within the text), packed: a cheap first test for equal spellings. */
  private long prefix8(int s) {
    long v = 0;
    int e = Math.min(s + 8, lex.limit);
    for (int i = s; i < e; i++) v = (v << 8) | (buf[i] & 0xFF);
    return v;
  }

  private boolean containsComment(int s, int e) {
    for (int i = s; i + 1 < e; i++) if (buf[i] == '/' && buf[i + 1] == '/') return true;
    return false;
  }

  private static boolean isTypeBoundary(byte c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == ')' || c == '}' || c == ']' || c == ',';
  }

  /** Parses an op in custom form (the name is a bare identifier). */
  private Operation parseCustomOperation(Block block, int line, int col) {
    String name = lex.text();
    OpDef def = ctx.opDef(name);
    String tried = null;
    if (def == null && name.indexOf('.') < 0) {
      String dd = null;
      for (int i = enclosingDefs.size() - 1; i >= 0 && dd == null; i--) if (enclosingDefs.get(i) != null) dd = enclosingDefs.get(i).defaultDialect();
      if (dd != null && ctx.opDef(dd + "." + name) != null) def = ctx.opDef(dd + "." + name);
      else if (ctx.opDef("builtin." + name) != null) def = ctx.opDef("builtin." + name);
      else tried = dd != null ? dd + "." + name : "builtin." + name;
    }
    if (def == null || !def.hasCustomAssembly()) {
      if (def == null && name.indexOf('.') >= 0 && ctx.dialect(name.substring(0, name.indexOf('.'))) == null
          && !ctx.allowsUnregisteredDialects())
        throw errorAt(line, col, "custom op '" + name + "' is unknown (tried '" + name + "' as well)");
      throw errorAt(line, col, "custom op '" + name + "' is unknown" + (tried != null ? " (tried '" + tried + "' as well)" : ""));
    }
    lex.next();
    OperationState st = new OperationState(ctx.opName(def.name()), Location.file(bufferName, line, col));
    enclosingDefs.add(def);
    try {
      def.parse(this, st);
    } finally {
      enclosingDefs.removeLast();
    }
    Operation op = Operation.create(st);
    parseTrailingLocation(op);
    block.append(op);
    return op;
  }

  private void parseTrailingLocation(Object target) {
    if (lex.kind != Token.BARE_IDENT || !lex.is("loc")) return;
    int line = lex.line, col = lex.col;
    lex.next();
    expect(Token.L_PAREN, "expected '(' in location");
    if (lex.kind == Token.HASH_ID) {
      String alias = new String(buf, lex.start + 1, lex.end - lex.start - 1, StandardCharsets.UTF_8);
      Attribute a = attrAliases.get(alias);
      if (a == null) {
        deferredLocs.add(new Object[] {target, alias, lex.line, lex.col});
        lex.next();
        expect(Token.R_PAREN, "expected ')' in location");
        return;
      }
    }
    Location l = parseLocationInstance();
    expect(Token.R_PAREN, "expected ')' in location");
    if (target instanceof Operation op) op.setLocation(l);
    else ((BlockArgument) target).setLocation(l);
  }

  // ===================================================================================
  // Regions and blocks
  // ===================================================================================

  /**
   * Parses {@code {...}} into {@code region}. {@code entryArgs} (from a custom form) become the
   * entry block's arguments.
   */
  void parseRegionBody(Region region, List<Argument> entryArgs, boolean isolated) {
    int line = lex.line, col = lex.col;
    expect(Token.L_BRACE, "expected '{' to begin a region");
    if (++depth > config.maxNestingDepth())
      throw errorAt(line, col, "nesting depth exceeds the limit of " + config.maxNestingDepth() + " levels (ParserConfig.maxNestingDepth)");
    NameTable table;
    int mark;
    if (isolated) {
      table = new NameTable();
      scopes.add(table);
      mark = 0;
    } else {
      table = scope();
      mark = table.count;
    }
    BlockScope bs = new BlockScope(region);
    blockScopes.add(bs);
    try {
      if (lex.kind == Token.R_BRACE && entryArgs.isEmpty()) {
        lex.next();
        return;
      }
      Block entry;
      if (lex.kind == Token.CARET_ID) {
        if (!entryArgs.isEmpty()) throw error("invalid block name in region with named arguments");
        entry = parseBlockHeader(bs);
      } else {
        entry = new Block();
        region.appendBlock(entry);
        for (Argument a : entryArgs) {
          BlockArgument ba = entry.addArgument(a.type(), a.location());
          defineArgument(a.ssaName(), ba);
        }
      }
      Block cur = entry;
      while (true) {
        if (lex.kind == Token.R_BRACE) break;
        if (lex.kind == Token.CARET_ID) {
          cur = parseBlockHeader(bs);
          continue;
        }
        if (lex.kind == Token.EOF) throw error("expected operation name in quotes");
        parseOperation(cur);
      }
      for (BlockDef d : bs.all())
        if (!d.defined) throw errorAt(d.line, d.col, "reference to an undefined block");
      lex.next();
    } finally {
      blockScopes.removeLast();
      depth--;
    }
    if (isolated) finishScope(scopes.removeLast());
    else popNames(table, mark);
  }

  private void defineArgument(UnresolvedOperand name, BlockArgument ba) {
    byte[] nb = name.name().getBytes(StandardCharsets.UTF_8);
    int line = 0, col = 0;
    if (name.location() instanceof Location.FileLineCol f) {
      line = f.line();
      col = f.column();
    }
    defineValues(nb, 0, nb.length, new Value[] {ba}, false, line, col);
  }

  /** Parses {@code ^name(%a: t, ...):} and places the block in the region. */
  private Block parseBlockHeader(BlockScope bs) {
    int line = lex.line, col = lex.col;
    BlockDef d = bs.lookupOrCreate();
    if (d.defined) throw errorAt(line, col, "redefinition of block '" + lex.text() + "'");
    lex.next();
    d.defined = true;
    Block b = d.block;
    bs.region.appendBlock(b);
    if (lex.kind == Token.L_PAREN) {
      lex.next();
      if (lex.kind != Token.R_PAREN) {
        do {
          if (lex.kind != Token.PERCENT_ID) throw error("expected SSA operand");
          int as = lex.start, alen = lex.end - lex.start, al = lex.line, ac = lex.col;
          lex.next();
          expect(Token.COLON, "expected ':' and type for SSA operand");
          Type t = parseType();
          BlockArgument ba = b.addArgument(t, Location.file(bufferName, al, ac));
          parseTrailingLocation(ba);
          defineValue(buf, as, alen, ba, al, ac);
        } while (consumeIf(Token.COMMA));
      }
      expect(Token.R_PAREN, "expected ')' to end argument list");
    }
    expect(Token.COLON, "expected ':' after block name");
    return b;
  }

  @Override public Block parseSuccessor() {
    if (lex.kind != Token.CARET_ID) throw error("expected block name");
    if (blockScopes.isEmpty()) throw error("successors are only allowed inside a region");
    BlockDef d = blockScopes.getLast().lookupOrCreate();
    lex.next();
    return d.block;
  }

  // ===================================================================================
  // OpAsmParser (custom forms)
  // ===================================================================================

  @Override public UnresolvedOperand parseOptionalOperand() {
    if (lex.kind != Token.PERCENT_ID) return null;
    return parseOperand();
  }

  @Override public UnresolvedOperand parseOperand() {
    if (lex.kind != Token.PERCENT_ID) throw error("expected SSA operand");
    int s = lex.start, len = lex.end - lex.start;
    Location loc = currentLocation();
    String name = new String(buf, s, len, StandardCharsets.UTF_8);
    lex.next();
    int num = 0;
    if (lex.kind == Token.HASH_ID && lex.start == s + len) num = parseResultNumberSuffix();
    return new UnresolvedOperand(name, num, loc);
  }

  @Override public List<UnresolvedOperand> parseOperandList(Delimiter delimiter) {
    List<UnresolvedOperand> r = new ArrayList<>();
    int close = -1;
    switch (delimiter) {
      case PAREN -> { expect(Token.L_PAREN, "expected '('"); close = Token.R_PAREN; }
      case SQUARE -> { expect(Token.L_SQUARE, "expected '['"); close = Token.R_SQUARE; }
      case OPTIONAL_PAREN -> { if (!consumeIf(Token.L_PAREN)) return r; close = Token.R_PAREN; }
      case OPTIONAL_SQUARE -> { if (!consumeIf(Token.L_SQUARE)) return r; close = Token.R_SQUARE; }
      case NONE -> {
        if (lex.kind != Token.PERCENT_ID) return r;
      }
    }
    if (close < 0 || lex.kind != close) {
      do r.add(parseOperand()); while (consumeIf(Token.COMMA));
    }
    if (close >= 0) expect(close, "expected " + Token.describe(close) + " in operand list");
    return r;
  }

  @Override public Value resolveOperand(UnresolvedOperand operand, Type type) {
    byte[] nb = operand.name().getBytes(StandardCharsets.UTF_8);
    int line = 0, col = 0;
    if (operand.location() instanceof Location.FileLineCol f) {
      line = f.line();
      col = f.column();
    }
    return resolveValue(nb, 0, nb.length, operand.number(), type, line, col);
  }

  @Override public Argument parseArgument(boolean withType) {
    UnresolvedOperand name = parseOperand();
    Type t = null;
    if (withType) {
      expect(Token.COLON, "expected ':' and type for SSA operand");
      t = parseType();
    }
    Location loc = name.location();
    if (lex.kind == Token.BARE_IDENT && lex.is("loc")) {
      Location l = parseOptionalLocationSpecifier();
      if (l != null) loc = l;
    }
    return new Argument(name, t, loc);
  }

  @Override public List<Argument> parseArgumentList(Delimiter delimiter, boolean withType) {
    List<Argument> r = new ArrayList<>();
    int close = switch (delimiter) {
      case PAREN -> { expect(Token.L_PAREN, "expected '('"); yield Token.R_PAREN; }
      case SQUARE -> { expect(Token.L_SQUARE, "expected '['"); yield Token.R_SQUARE; }
      case OPTIONAL_PAREN -> consumeIf(Token.L_PAREN) ? Token.R_PAREN : -2;
      case OPTIONAL_SQUARE -> consumeIf(Token.L_SQUARE) ? Token.R_SQUARE : -2;
      case NONE -> -1;
    };
    if (close == -2) return r;
    if (close == -1 && lex.kind != Token.PERCENT_ID) return r;
    if (lex.kind != close) {
      do r.add(parseArgument(withType)); while (consumeIf(Token.COMMA));
    }
    if (close >= 0) expect(close, "expected " + Token.describe(close) + " in argument list");
    return r;
  }

  /**
   * Names of enclosing regions stay visible inside every region (isolation from above is checked by
   * the verifier, as in MLIR, which reports a located "using value defined outside the region").
   */
  @Override public void parseRegion(Region region, List<Argument> entryArgs) { parseRegionBody(region, entryArgs, false); }

  @Override public boolean parseOptionalRegion(Region region, List<Argument> entryArgs) {
    if (lex.kind != Token.L_BRACE) return false;
    parseRegion(region, entryArgs);
    return true;
  }

  @Override public void parseOptionalAttrDictWithKeyword(List<NamedAttribute> into) {
    if (lex.kind == Token.BARE_IDENT && lex.is("attributes")) {
      lex.next();
      if (lex.kind != Token.L_BRACE) throw error("expected '{' in attribute dictionary");
      into.addAll(parseDictionaryAttr().entries());
    }
  }

  @Override public List<Type> parseColonTypeList() {
    expect(Token.COLON, "expected ':'");
    List<Type> r = new ArrayList<>();
    do r.add(parseType()); while (consumeIf(Token.COMMA));
    return r;
  }

  @Override public List<Type> parseOptionalArrowTypeList() {
    if (!consumeIf(Token.ARROW)) return List.of();
    return parseFunctionResultTypes();
  }

  @Override public Location parseOptionalLocationSpecifier() {
    if (lex.kind != Token.BARE_IDENT || !lex.is("loc")) return null;
    lex.next();
    expect(Token.L_PAREN, "expected '(' in location");
    Location l = parseLocationInstance();
    expect(Token.R_PAREN, "expected ')' in location");
    return l;
  }

}
