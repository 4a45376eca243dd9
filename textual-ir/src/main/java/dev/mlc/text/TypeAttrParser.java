package dev.mlc.text;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Dialect;
import dev.mlc.ir.Location;
import dev.mlc.ir.MLContext;
import dev.mlc.ir.Type;
import dev.mlc.ir.affine.AffineExpr;
import dev.mlc.ir.affine.AffineMap;
import dev.mlc.ir.affine.IntegerSet;
import dev.mlc.ir.asm.AsmParser;
import dev.mlc.ir.asm.ParseException;
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
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parsing of types, attributes, locations and affine structures, shared by the op parser
 * ({@link MlirParser}) and by dialect hooks ({@link AsmParser}).
 */
abstract class TypeAttrParser implements AsmParser {
  final MLContext ctx;
  final String bufferName;
  final byte[] buf;
  final ParserConfig config;
  Lexer lex;
  Map<String, Attribute> attrAliases = new HashMap<>();
  Map<String, Type> typeAliases = new HashMap<>();
  /** Resource names changed on load because the context already held a different blob of that name. */
  Map<String, String> resourceRenames = new HashMap<>();
  private int typeDepth;

  /** End of the text being parsed (a split chunk may end before the buffer does). */
  final int topLimit;

  TypeAttrParser(MLContext ctx, String bufferName, byte[] buf, int from, int to, int firstLine, ParserConfig config) {
    this.ctx = ctx;
    this.bufferName = bufferName;
    this.buf = buf;
    this.config = config;
    this.topLimit = to;
    int lineStart = from;
    this.lex = new Lexer(buf, from, to, firstLine, lineStart);
    lex.next();
  }

  // ===================================================================================
  // Errors and token helpers
  // ===================================================================================

  @Override public MLContext context() { return ctx; }

  /**
   * An error at the current token. "expected ..." errors are placed as MLIR's
   * {@code emitWrongTokenError} places them: right after the preceding text.
   */
  @Override public ParseException error(String message) {
    if (lex.kind == Token.ERROR && lex.errorMessage != null) return errorAt(lex.line, lex.col, lex.errorMessage);
    if (message.startsWith("expected")) return wrongTokenError(message);
    return errorAt(lex.line, lex.col, message);
  }

  ParseException errorAt(int line, int col, String message) {
    return new ParseException(Location.file(bufferName, line, col), message);
  }

  @Override public Location currentLocation() { return Location.file(bufferName, lex.line, lex.col); }

  final void expect(int kind, String message) {
    if (lex.kind != kind) throw wrongTokenError(message);
    lex.next();
  }

  /**
   * An error for a missing token, reported where MLIR reports it: at the end of the preceding
   * text (skipping blanks, blank lines and comments), so "expected ')'" points after the last token.
   */
  ParseException wrongTokenError(String message) {
    if (lex.kind == Token.ERROR && lex.errorMessage != null) return errorAt(lex.line, lex.col, lex.errorMessage);
    int p = lex.start;
    if (lex.kind == Token.EOF && p > 0) p--;
    int orig = p;
    int i = p;
    int lowest = 0;
    while (true) {
      while (i > lowest && (buf[i - 1] == ' ' || buf[i - 1] == '\t')) i--;
      if (i <= lowest) return atOffset(orig, message);
      byte c = buf[i - 1];
      if (c != '\n' && c != '\r') return atOffset(i, message);
      i--;
      // If the previous line has a comment, report before it.
      int ls = i;
      while (ls > 0 && buf[ls - 1] != '\n' && buf[ls - 1] != '\r') ls--;
      int cm = indexOfComment(ls, i);
      if (cm >= 0) i = cm;
    }
  }

  private int indexOfComment(int from, int to) {
    boolean inString = false;
    for (int k = from; k + 1 < to; k++) {
      if (buf[k] == '"' && (k == from || buf[k - 1] != '\\')) inString = !inString;
      if (!inString && buf[k] == '/' && buf[k + 1] == '/') return k;
    }
    return -1;
  }

  /** An error at byte offset {@code off} (line and column computed by scanning back). */
  ParseException atOffset(int off, String message) {
    int line = lex.line;
    int ls = lex.start - (lex.col - 1);
    // Walk back from the current token's line to the offset's line.
    while (off < ls) {
      line--;
      int prev = ls - 1;
      if (prev > 0 && buf[prev] == '\n' && buf[prev - 1] == '\r') prev--;
      ls = prev;
      while (ls > 0 && buf[ls - 1] != '\n') ls--;
    }
    return errorAt(line, off - ls + 1, message);
  }

  final boolean consumeIf(int kind) {
    if (lex.kind != kind) return false;
    lex.next();
    return true;
  }

  private void enterNested() {
    if (++typeDepth > config.maxTypeNestingDepth())
      throw errorAt(lex.line, lex.col, "type or attribute nesting depth exceeds the limit of " + config.maxTypeNestingDepth()
          + " levels (ParserConfig.maxTypeNestingDepth)");
  }

  private void exitNested() { typeDepth--; }

  @Override public boolean parseOptionalKeyword(String keyword) {
    if (lex.kind == Token.BARE_IDENT && lex.is(keyword)) {
      lex.next();
      return true;
    }
    return false;
  }

  @Override public void parseKeyword(String keyword) {
    if (!parseOptionalKeyword(keyword)) throw error("expected '" + keyword + "'");
  }

  @Override public String parseOptionalKeyword() {
    if (lex.kind != Token.BARE_IDENT) return null;
    String s = lex.text();
    lex.next();
    return s;
  }

  @Override public String parseKeyword() {
    String s = parseOptionalKeyword();
    if (s == null) throw error("expected valid keyword");
    return s;
  }

  String parseKeywordOrString() {
    if (lex.kind == Token.STRING) return parseString();
    return parseKeyword();
  }

  @Override public boolean parseOptionalPunct(String p) {
    int k = Token.punct(p);
    if (k < 0) throw new IllegalArgumentException("not a punctuation token: " + p);
    return consumeIf(k);
  }

  @Override public void parsePunct(String p) {
    if (!parseOptionalPunct(p)) throw error("expected '" + p + "'");
  }

  @Override public String parseOptionalString() {
    if (lex.kind != Token.STRING) return null;
    String s = new String(Lexer.decodeString(buf, lex.start, lex.end), StandardCharsets.UTF_8);
    lex.next();
    return s;
  }

  @Override public String parseString() {
    String s = parseOptionalString();
    if (s == null) throw error("expected string");
    return s;
  }

  @Override public BigInteger parseOptionalInteger() {
    boolean neg = false;
    if (lex.kind == Token.MINUS) {
      Lexer.Mark save = lex.mark();
      lex.next();
      if (lex.kind != Token.INTEGER) {
        lex.reset(save);
        return null;
      }
      neg = true;
    }
    if (lex.kind != Token.INTEGER) return null;
    BigInteger v = integerValue();
    lex.next();
    return neg ? v.negate() : v;
  }

  @Override public BigInteger parseInteger() {
    BigInteger v = parseOptionalInteger();
    if (v == null) throw error("expected integer value");
    return v;
  }

  /** The value of the current INTEGER token. */
  BigInteger integerValue() {
    int s = lex.start, e = lex.end;
    if (e - s > 2 && buf[s + 1] == 'x') return new BigInteger(new String(buf, s + 2, e - s - 2, StandardCharsets.ISO_8859_1), 16);
    if (e - s < 18) {
      long v = 0;
      for (int i = s; i < e; i++) v = v * 10 + (buf[i] - '0');
      return BigInteger.valueOf(v);
    }
    return new BigInteger(new String(buf, s, e - s, StandardCharsets.ISO_8859_1));
  }

  /** A small non-negative decimal integer token. */
  long parseSmallInt() {
    if (lex.kind != Token.INTEGER) throw error("expected integer value");
    BigInteger v = integerValue();
    if (v.bitLength() > 62) throw error("integer value too large");
    lex.next();
    return v.longValue();
  }

  @Override public String parseOptionalSymbolName() {
    if (lex.kind != Token.AT_ID) return null;
    String s = symbolText();
    lex.next();
    return s;
  }

  @Override public String parseSymbolName() {
    String s = parseOptionalSymbolName();
    if (s == null) throw error("expected valid '@'-identifier for symbol name");
    return s;
  }

  private String symbolText() {
    if (buf[lex.start + 1] == '"') return new String(Lexer.decodeString(buf, lex.start + 1, lex.end), StandardCharsets.UTF_8);
    return new String(buf, lex.start + 1, lex.end - lex.start - 1, StandardCharsets.UTF_8);
  }

  byte[] parseHexBytes(String text, int line, int col) {
    int n = text.length() - 2;
    if (n % 2 != 0) throw errorAt(line, col, "expected an even number of hex digits");
    byte[] r = new byte[n / 2];
    for (int i = 0; i < r.length; i++) {
      int hi = Character.digit(text.charAt(2 + 2 * i), 16), lo = Character.digit(text.charAt(3 + 2 * i), 16);
      if (hi < 0 || lo < 0) throw errorAt(line, col, "invalid hex digit in '" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "'");
      r[i] = (byte) (hi << 4 | lo);
    }
    return r;
  }

  // ===================================================================================
  // Types
  // ===================================================================================

  @Override public Type parseColonType() {
    expect(Token.COLON, "expected ':'");
    return parseType();
  }

  private boolean isTypeKeyword() {
    int s = lex.start, n = lex.end - lex.start;
    byte c = buf[s];
    if ((c == 'i' && n > 1 && allDigits(s + 1, lex.end)) || (c == 's' && n > 2 && buf[s + 1] == 'i' && allDigits(s + 2, lex.end))
        || (c == 'u' && n > 2 && buf[s + 1] == 'i' && allDigits(s + 2, lex.end))) return true;
    return floatTypeOfToken() != null || lex.is("index") || lex.is("none") || lex.is("complex") || lex.is("tensor")
        || lex.is("memref") || lex.is("vector") || lex.is("tuple");
  }

  private static final FloatType[] FLOAT_TYPES = FloatType.values();

  /** The float type the current identifier spells, without creating a String. */
  private FloatType floatTypeOfToken() {
    int n = lex.end - lex.start;
    if (n < 3 || (buf[lex.start] != 'f' && buf[lex.start] != 'b' && buf[lex.start] != 't')) return null;
    for (FloatType t : FLOAT_TYPES) if (t.spelling().length() == n && lex.is(t.spelling())) return t;
    return null;
  }

  private boolean allDigits(int s, int e) {
    for (int i = s; i < e; i++) if (!Lexer.isDigit(buf[i])) return false;
    return true;
  }

  @Override public Type parseType() {
    switch (lex.kind) {
      case Token.L_PAREN: return parseFunctionType();
      case Token.EXCL_ID: return parseExclType();
      case Token.BARE_IDENT: return parseBuiltinType();
      default: throw error("expected non-function type");
    }
  }

  private Type parseBuiltinType() {
    int s = lex.start, e = lex.end, n = e - s;
    byte c = buf[s];
    // Integer types.
    int digitsFrom = -1;
    IntegerType.Signedness sg = IntegerType.Signedness.SIGNLESS;
    if (c == 'i' && n > 1 && allDigits(s + 1, e)) digitsFrom = s + 1;
    else if (c == 's' && n > 2 && buf[s + 1] == 'i' && allDigits(s + 2, e)) { digitsFrom = s + 2; sg = IntegerType.Signedness.SIGNED; }
    else if (c == 'u' && n > 2 && buf[s + 1] == 'i' && allDigits(s + 2, e)) { digitsFrom = s + 2; sg = IntegerType.Signedness.UNSIGNED; }
    if (digitsFrom >= 0) {
      if (e - digitsFrom > 8) throw error("invalid integer width");
      int w = 0;
      for (int i = digitsFrom; i < e; i++) w = w * 10 + (buf[i] - '0');
      if (w > IntegerType.MAX_WIDTH) throw error("integer bitwidth is limited to " + IntegerType.MAX_WIDTH + " bits");
      lex.next();
      return IntegerType.of(w, sg);
    }
    FloatType ft = floatTypeOfToken();
    if (ft != null) {
      lex.next();
      return ft;
    }
    if (lex.is("index")) {
      lex.next();
      return IndexType.INSTANCE;
    }
    String kw = lex.text();
    switch (kw) {
      case "index": lex.next(); return IndexType.INSTANCE;
      case "none": lex.next(); return NoneType.INSTANCE;
      case "complex": {
        lex.next();
        expect(Token.LESS, "expected '<' in complex type");
        enterNested();
        int el = lex.line, ec = lex.col;
        Type et = parseType();
        exitNested();
        if (!(et instanceof FloatType || et instanceof IntegerType)) throw errorAt(el, ec, "invalid element type for complex");
        expect(Token.GREATER, "expected '>' in complex type");
        return ctx.intern(new ComplexType(et));
      }
      case "tuple": {
        lex.next();
        expect(Token.LESS, "expected '<' in tuple type");
        enterNested();
        List<Type> ts = new ArrayList<>();
        if (lex.kind != Token.GREATER) do ts.add(parseType()); while (consumeIf(Token.COMMA));
        exitNested();
        expect(Token.GREATER, "expected '>' in tuple type");
        return ctx.intern(new TupleType(ts));
      }
      case "tensor": return parseTensorType();
      case "memref": return parseMemRefType();
      case "vector": return parseVectorType();
      default: throw error("expected non-function type");
    }
  }

  FunctionType parseFunctionType() {
    expect(Token.L_PAREN, "expected '('");
    enterNested();
    List<Type> in = new ArrayList<>(2);
    if (lex.kind != Token.R_PAREN) do in.add(parseType()); while (consumeIf(Token.COMMA));
    expect(Token.R_PAREN, "expected ')'");
    expect(Token.ARROW, "expected '->' in function type");
    List<Type> out = parseFunctionResultTypes();
    exitNested();
    return ctx.intern(new FunctionType(in, out));
  }

  List<Type> parseFunctionResultTypes() {
    if (lex.kind == Token.L_PAREN) {
      // A parenthesized result list; a function type as a result must itself be parenthesized:
      // "-> ((i32) -> i32)".
      lex.next();
      List<Type> out = new ArrayList<>(1);
      if (lex.kind != Token.R_PAREN) do out.add(parseType()); while (consumeIf(Token.COMMA));
      expect(Token.R_PAREN, "expected ')'");
      return out;
    }
    return List.of(parseType());
  }

  /** After a dimension, consumes the 'x' separator (splitting tokens like {@code x4xf32}). */
  private void parseXInDimensionList() {
    if (lex.kind != Token.BARE_IDENT || buf[lex.start] != 'x') throw error("expected 'x' in dimension list");
    if (lex.end - lex.start > 1) lex.resetTo(lex.start + 1);
    else lex.next();
  }

  @Override public long[] parseDimensionList(boolean allowDynamic) {
    long[] dims = new long[4];
    int n = 0;
    while (true) {
      long d;
      if (lex.kind == Token.QUESTION) {
        if (!allowDynamic) throw error("expected static shape");
        d = ShapedType.DYNAMIC;
        lex.next();
      } else if (lex.kind == Token.INTEGER) {
        // "0x4" lexes as a hex integer: it is the dimension 0 followed by x.
        if (lex.end - lex.start > 1 && buf[lex.start + 1] == 'x') {
          d = 0;
          lex.resetTo(lex.start + 1);
        } else {
          BigInteger v = integerValue();
          if (v.bitLength() > 62) throw error("invalid dimension");
          d = v.longValue();
          lex.next();
        }
      } else {
        break;
      }
      if (n == dims.length) dims = java.util.Arrays.copyOf(dims, n * 2);
      dims[n++] = d;
      parseXInDimensionList();
    }
    return java.util.Arrays.copyOf(dims, n);
  }

  private Type parseTensorType() {
    lex.next();
    expect(Token.LESS, "expected '<' in tensor type");
    enterNested();
    try {
      if (lex.kind == Token.STAR) {
        lex.next();
        parseXInDimensionList();
        Type et = parseElementType("tensor");
        expect(Token.GREATER, "expected '>' in tensor type");
        return ctx.intern(new UnrankedTensorType(et));
      }
      long[] dims = parseDimensionList(true);
      Type et = parseElementType("tensor");
      Attribute enc = null;
      if (consumeIf(Token.COMMA)) enc = parseAttribute(null);
      expect(Token.GREATER, "expected '>' in tensor type");
      for (long d : dims) if (d < 0 && d != ShapedType.DYNAMIC) throw error("invalid tensor dimension size");
      return ctx.intern(new RankedTensorType(dims, et, enc));
    } finally {
      exitNested();
    }
  }

  private Type parseElementType(String what) {
    int line = lex.line, col = lex.col;
    Type et = parseType();
    boolean ok = switch (what) {
      case "tensor" -> !(et instanceof FunctionType) && !(et instanceof NoneType) && !(et instanceof TupleType) && !(et instanceof ShapedType st && !(st instanceof VectorType));
      case "memref" -> et instanceof IntegerType || et instanceof FloatType || et instanceof IndexType || et instanceof ComplexType
          || et instanceof VectorType || et instanceof MemRefType || et instanceof UnrankedMemRefType
          || et instanceof dev.mlc.ir.DialectType || et instanceof OpaqueType;
      default -> et instanceof IntegerType || et instanceof FloatType || et instanceof IndexType;
    };
    if (!ok) throw errorAt(line, col, "invalid " + what + " element type");
    return et;
  }

  private Type parseMemRefType() {
    int kwLine = lex.line, kwCol = lex.col;
    lex.next();
    expect(Token.LESS, "expected '<' in memref type");
    enterNested();
    try {
      if (lex.kind == Token.STAR) {
        lex.next();
        parseXInDimensionList();
        Type et = parseElementType("memref");
        Attribute space = null;
        if (consumeIf(Token.COMMA)) space = parseAttribute(null);
        expect(Token.GREATER, "expected '>' in memref type");
        return ctx.intern(new UnrankedMemRefType(et, space));
      }
      long[] dims = parseDimensionList(true);
      Type et = parseElementType("memref");
      Attribute layout = null, space = null;
      while (consumeIf(Token.COMMA)) {
        int line = lex.line, col = lex.col;
        Attribute a = parseAttribute(null);
        if (layout == null && space == null && (a instanceof AffineMapAttr || a instanceof StridedLayoutAttr)) {
          layout = a;
        } else if (space == null) {
          space = a;
        } else {
          throw errorAt(line, col, "multiple memory spaces specified in memref type");
        }
      }
      expect(Token.GREATER, "expected '>' in memref type");
      if (space != null && !isSupportedMemorySpace(space)) throw errorAt(kwLine, kwCol, "unsupported memory space Attribute");
      if (layout instanceof StridedLayoutAttr sl && sl.strides().length != dims.length)
        throw errorAt(kwLine, kwCol, "expected the number of strides to match the rank");
      if (layout instanceof AffineMapAttr m && m.map().numDims() != dims.length)
        throw error("memref layout mismatch between rank and affine map: " + dims.length + " != " + m.map().numDims());
      return ctx.intern(new MemRefType(dims, et, layout, space));
    } finally {
      exitNested();
    }
  }

  /** Memory spaces MLIR accepts: integers, strings, dictionaries, and dialect attributes. */
  private static boolean isSupportedMemorySpace(Attribute a) {
    return a instanceof IntegerAttr || a instanceof StringAttr || a instanceof DictionaryAttr || a instanceof dev.mlc.ir.DialectAttribute;
  }

  private Type parseVectorType() {
    lex.next();
    expect(Token.LESS, "expected '<' in vector type");
    enterNested();
    try {
      long[] dims = new long[4];
      boolean[] scal = new boolean[4];
      int n = 0;
      while (true) {
        boolean sc = false;
        long d;
        if (lex.kind == Token.L_SQUARE) {
          lex.next();
          if (lex.kind != Token.INTEGER) throw error("expected integer value");
          d = integerValue().longValue();
          lex.next();
          expect(Token.R_SQUARE, "missing ']' closing scalable dimension");
          sc = true;
        } else if (lex.kind == Token.INTEGER) {
          if (lex.end - lex.start > 1 && buf[lex.start + 1] == 'x') {
            d = 0;
            lex.resetTo(lex.start + 1);
          } else {
            d = integerValue().longValue();
            lex.next();
          }
        } else {
          break;
        }
        if (n == dims.length) {
          dims = java.util.Arrays.copyOf(dims, n * 2);
          scal = java.util.Arrays.copyOf(scal, n * 2);
        }
        dims[n] = d;
        scal[n++] = sc;
        parseXInDimensionList();
      }
      for (int i = 0; i < n; i++)
        if (dims[i] <= 0) throw error("vector types must have positive constant sizes but got " + dims[i]);
      Type et = parseElementType("vector");
      expect(Token.GREATER, "expected '>' in vector type");
      return ctx.intern(new VectorType(java.util.Arrays.copyOf(dims, n), et, java.util.Arrays.copyOf(scal, n)));
    } finally {
      exitNested();
    }
  }

  /**
   * A {@code !id} or {@code #id} token: an alias name (the lexer still on the token), or a dialect
   * namespace with its body (the lexer past the body) and the dialect, null when unregistered.
   */
  private record DialectSymbol(String alias, String namespace, DialectBody body, Dialect dialect) {}

  private DialectSymbol readDialectSymbol(String what) {
    String id = new String(buf, lex.start + 1, lex.end - lex.start - 1, StandardCharsets.UTF_8);
    int dot = id.indexOf('.');
    if (dot < 0 && !(lex.end < lex.limit && buf[lex.end] == '<')) return new DialectSymbol(id, null, null, null);
    String ns = dot < 0 ? id : id.substring(0, dot);
    if (!AsmWriter.isBareIdentifier(ns) || ns.indexOf('.') >= 0) throw error("invalid dialect namespace '" + ns + "'");
    DialectBody body = scanDialectBody(dot < 0 ? null : id.substring(dot + 1));
    Dialect d = ctx.dialect(ns);
    if (d == null && !ctx.allowsUnregisteredDialects())
      throw errorAt(body.line(), dot < 0 ? body.col() : body.col() + 2 + ns.length(), what + " created with unregistered dialect '" + ns
          + "'. If this is intended, use --allow-unregistered-dialect with the tool (or MLContext.allowUnregisteredDialects)");
    return new DialectSymbol(null, ns, body, d);
  }

  /** {@code !alias}, {@code !dialect.body}, {@code !dialect<"body">}. */
  private Type parseExclType() {
    DialectSymbol sym = readDialectSymbol("type");
    if (sym.alias() != null) {
      Type t = typeAliases.get(sym.alias());
      if (t == null) throw atOffset(lex.end, "undefined symbol alias id '" + sym.alias() + "'");
      lex.next();
      return t;
    }
    if (sym.dialect() == null) return ctx.intern(new OpaqueType(sym.namespace(), sym.body().text()));
    return parseWithSubParser(sym.body(), p -> sym.dialect().parseType(p));
  }

  /** The body of a dialect type or attribute: {@code name<...>} after the dot, or the string of {@code ns<"...">}. */
  record DialectBody(String text, int start, int end, int line, int col, int lineStart) {}

  private DialectBody scanDialectBody(String afterDot) {
    int line = lex.line, col = lex.col;
    int tokStart = lex.start;
    int lineStart = lex.lineStart();
    int p = lex.end;
    if (afterDot == null) {
      // ns<"body"> or ns<body...>
      int bodyStart = p + 1;
      int end = scanBalanced(p);
      // MLIR keeps the text between the angle brackets verbatim (quotes included).
      String text = new String(buf, bodyStart, end - 1 - bodyStart, StandardCharsets.UTF_8);
      lex.resetTo(end);
      return new DialectBody(text, bodyStart, end - 1, line, col, lineStart);
    }
    int bodyStart = tokStart + 1 + (lex.end - tokStart - 1 - afterDot.getBytes(StandardCharsets.UTF_8).length);
    int end = p;
    if (p < lex.limit && buf[p] == '<') end = scanBalanced(p);
    String text = new String(buf, bodyStart, end - bodyStart, StandardCharsets.UTF_8);
    lex.resetTo(end);
    return new DialectBody(text, bodyStart, end, line, col, lineStart);
  }

  /** From a '<' at {@code p}, returns the index after the matching '>' (strings and nesting respected). */
  private int scanBalanced(int p) {
    int[] stack = new int[16];
    int sp = 0;
    int i = p;
    int startLine = lex.line, startCol = lex.col;
    while (i < lex.limit) {
      byte c = buf[i];
      switch (c) {
        case '<', '[', '(', '{' -> {
          if (sp == stack.length) stack = java.util.Arrays.copyOf(stack, sp * 2);
          if (sp >= config.maxTypeNestingDepth()) throw errorAt(startLine, startCol, "type or attribute nesting depth exceeds the limit of " + config.maxTypeNestingDepth() + " levels (ParserConfig.maxTypeNestingDepth)");
          stack[sp++] = c == '<' ? '>' : c == '[' ? ']' : c == '(' ? ')' : '}';
        }
        case '>', ']', ')', '}' -> {
          if (c == '>' && i > p && buf[i - 1] == '-') break;
          if (sp == 0 || stack[sp - 1] != c) throw errorAt(startLine, startCol, "unbalanced '" + (char) c + "' character in pretty dialect name");
          sp--;
          if (sp == 0) return i + 1;
        }
        case '"' -> {
          i++;
          while (i < lex.limit && buf[i] != '"') {
            byte sc = buf[i];
            if (sc == '\n' || sc == '\r' || sc == 0x0B || sc == 0x0C) throw errorAt(startLine, startCol, "expected '\"' in string literal");
            if (sc == '\\') {
              boolean ok = i + 1 < lex.limit && (buf[i + 1] == '"' || buf[i + 1] == '\\' || buf[i + 1] == 'n' || buf[i + 1] == 't');
              if (!ok && i + 2 < lex.limit && Lexer.isHex(buf[i + 1]) && Lexer.isHex(buf[i + 2])) {
                i += 2;
              } else if (!ok) {
                throw errorAt(startLine, startCol, "unknown escape in string literal");
              } else {
                i++;
              }
            }
            i++;
          }
        }
        case 0 -> throw errorAt(startLine, startCol, "unexpected nul or EOF in pretty dialect name");
        default -> {}
      }
      i++;
    }
    throw errorAt(startLine, startCol, "unexpected nul or EOF in pretty dialect name");
  }

  /** Runs a dialect hook on a parser restricted to the body. */
  private <T> T parseWithSubParser(DialectBody body, java.util.function.Function<AsmParser, T> hook) {
    Lexer saved = lex;
    // Compute the line and line start at the body start.
    int line = body.line(), ls = body.lineStart();
    for (int i = ls; i < body.start(); i++) if (buf[i] == '\n') { line++; ls = i + 1; }
    lex = new Lexer(buf, body.start(), body.end(), line, ls);
    lex.next();
    try {
      T r = hook.apply(this);
      if (lex.kind != Token.EOF) throw error("unexpected trailing characters in dialect type or attribute");
      return r;
    } finally {
      lex = saved;
    }
  }

  // ===================================================================================
  // Attributes
  // ===================================================================================

  @Override public Attribute parseAttribute() { return parseAttribute(null); }

  @Override public void parseOptionalAttrDict(List<NamedAttribute> into) {
    if (lex.kind == Token.L_BRACE) into.addAll(parseDictionaryAttr().entries());
  }

  DictionaryAttr parseDictionaryAttr() {
    int line = lex.line, col = lex.col;
    expect(Token.L_BRACE, "expected '{' in attribute dictionary");
    enterNested();
    List<NamedAttribute> entries = new ArrayList<>();
    java.util.HashSet<String> seen = null;
    if (lex.kind != Token.R_BRACE) {
      do {
        int nl = lex.line, nc = lex.col;
        String name;
        if (lex.kind == Token.BARE_IDENT) name = lex.text();
        else if (lex.kind == Token.STRING) {
          byte[] nb = Lexer.decodeString(buf, lex.start, lex.end);
          if (nb.length == 0) throw error("expected valid attribute name");
          name = new String(nb, StandardCharsets.UTF_8);
        } else throw error("expected attribute name");
        lex.next();
        Attribute v = UnitAttr.INSTANCE;
        if (consumeIf(Token.EQUAL)) v = parseAttribute(null);
        if (entries.size() >= 8) {
          if (seen == null) {
            seen = new java.util.HashSet<>();
            for (NamedAttribute a : entries) seen.add(a.name());
          }
          if (!seen.add(name)) throw errorAt(nl, nc, "duplicate key '" + name + "' in dictionary attribute");
        } else {
          for (NamedAttribute a : entries) if (a.name().equals(name)) throw errorAt(nl, nc, "duplicate key '" + name + "' in dictionary attribute");
        }
        entries.add(new NamedAttribute(name, v));
      } while (consumeIf(Token.COMMA));
    }
    expect(Token.R_BRACE, "expected '}' in attribute dictionary");
    exitNested();
    if (entries.isEmpty()) return DictionaryAttr.EMPTY;
    return ctx.intern(DictionaryAttr.of(entries));
  }

  /** Parses {@code : type} if next. */
  private Type parseOptionalColonType() {
    if (lex.kind != Token.COLON) return null;
    lex.next();
    return parseType();
  }

  @Override public Attribute parseAttribute(Type type) {
    switch (lex.kind) {
      case Token.INTEGER, Token.FLOAT, Token.MINUS: return parseNumberAttr(type);
      case Token.STRING: {
        byte[] s = Lexer.decodeString(buf, lex.start, lex.end);
        lex.next();
        Type t = parseOptionalColonType();
        return ctx.intern(StringAttr.ofBytes(s, t));
      }
      case Token.L_SQUARE: {
        lex.next();
        enterNested();
        List<Attribute> es = new ArrayList<>();
        if (lex.kind != Token.R_SQUARE) do es.add(parseAttribute(null)); while (consumeIf(Token.COMMA));
        expect(Token.R_SQUARE, "expected ',' or ']'");
        exitNested();
        return ctx.intern(new ArrayAttr(es));
      }
      case Token.L_BRACE: return parseDictionaryAttr();
      case Token.AT_ID: return parseSymbolRef();
      case Token.HASH_ID: return parseHashAttr(type);
      case Token.EXCL_ID, Token.L_PAREN: return ctx.intern(new TypeAttr(parseType()));
      case Token.BARE_IDENT: return parseKeywordAttr(type);
      default: throw error("expected attribute value");
    }
  }

  private Attribute parseKeywordAttr(Type type) {
    String kw = lex.text();
    switch (kw) {
      case "true": lex.next(); return boolWithOptionalType(true);
      case "false": lex.next(); return boolWithOptionalType(false);
      case "unit": lex.next(); return UnitAttr.INSTANCE;
      case "dense": return parseDense(type);
      case "dense_resource": return parseDenseResource(type);
      case "sparse": return parseSparse(type);
      case "distinct": return parseDistinct();
      case "array": return parseDenseArray();
      case "affine_map": {
        lex.next();
        expect(Token.LESS, "expected '<' in affine map");
        AffineMap m = parseAffineMapOrSet(true).map;
        expect(Token.GREATER, "expected '>' in affine map");
        return ctx.intern(new AffineMapAttr(m));
      }
      case "affine_set": {
        lex.next();
        expect(Token.LESS, "expected '<' in integer set");
        IntegerSet s = parseAffineMapOrSet(false).set;
        expect(Token.GREATER, "expected '>' in integer set");
        return ctx.intern(new IntegerSetAttr(s));
      }
      case "strided": return parseStrided();
      case "loc": {
        lex.next();
        expect(Token.L_PAREN, "expected '(' in location");
        Location l = parseLocationInstance();
        expect(Token.R_PAREN, "expected ')' in location");
        return l;
      }
      default:
        if (isTypeKeyword()) return ctx.intern(new TypeAttr(parseType()));
        throw error("expected attribute value");
    }
  }

  private Attribute boolWithOptionalType(boolean b) {
    if (lex.kind == Token.COLON) {
      lex.next();
      Type t = parseType();
      if (!(t instanceof IntegerType it && it.width() == 1)) throw error("expected i1 type for 'true' or 'false' values");
    }
    return IntegerAttr.bool(b);
  }

  private Attribute parseNumberAttr(Type type) {
    int line = lex.line, col = lex.col;
    boolean neg = consumeIf(Token.MINUS);
    int litLine = lex.line, litCol = lex.col;
    if (lex.kind != Token.INTEGER && lex.kind != Token.FLOAT) throw error("expected integer or floating point literal");
    boolean isFloat = lex.kind == Token.FLOAT;
    boolean isHex = !isFloat && lex.end - lex.start > 2 && buf[lex.start + 1] == 'x';
    int ts = lex.start, te = lex.end;
    BigInteger iv = isFloat ? null : integerValue();
    lex.next();
    int typeLine = lex.line, typeCol = lex.col;
    if (lex.kind == Token.COLON) {
      lex.next();
      typeLine = lex.line;
      typeCol = lex.col;
    } else {
      typeLine = -1;
    }
    Type t = typeLine >= 0 ? parseType() : null;
    if (t == null) t = type;
    if (t == null) t = isFloat ? FloatType.F64 : IntegerType.of(64);
    if (t instanceof FloatType ft) {
      if (isHex) {
        if (neg) throw errorAt(line, col, "hexadecimal float literal should not have a leading minus");
        if (iv.bitLength() > ft.width()) throw errorAt(line, col, "hexadecimal float constant out of range for type");
        return ctx.intern(new FloatAttr(ft, iv));
      }
      double d = Double.parseDouble(new String(buf, ts, te - ts, StandardCharsets.ISO_8859_1));
      return ctx.intern(new FloatAttr(ft, FloatBits.fromDouble(ft, neg ? -d : d)));
    }
    if (isFloat) {
      if (typeLine >= 0) throw errorAt(lex.line, lex.col, "floating point value not valid for specified type");
      throw errorAt(line, col, "floating point value not valid for specified type");
    }
    if (t instanceof IntegerType || t instanceof IndexType) {
      BigInteger v = neg ? iv.negate() : iv;
      checkIntegerRange(t, v, neg, litLine, litCol);
      return ctx.intern(new IntegerAttr(t, v));
    }
    throw errorAt(line, col, "integer literal not valid for specified type");
  }

  private void checkIntegerRange(Type t, BigInteger v, boolean neg, int line, int col) {
    int w = t instanceof IntegerType it ? it.width() : 64;
    boolean unsigned = t instanceof IntegerType it && it.isUnsigned();
    boolean signed = t instanceof IntegerType it && it.isSigned() || t instanceof IndexType;
    if (neg && unsigned) throw errorAt(line, col, "negative integer literal not valid for unsigned integer type");
    boolean ok;
    if (w == 0) ok = v.signum() == 0;
    else if (signed) ok = v.bitLength() <= w - 1;
    else if (unsigned) ok = v.bitLength() <= w;
    else ok = neg ? v.bitLength() <= w - 1 || v.negate().equals(BigInteger.ONE.shiftLeft(w - 1)) : v.bitLength() <= w;
    if (!ok) throw errorAt(line, col, w == 1 ? "integer constant out of range for type" : "integer constant out of range for attribute");
  }

  private SymbolRefAttr parseSymbolRef() {
    String root = symbolText();
    int end = lex.end;
    lex.next();
    List<String> nested = new ArrayList<>();
    while (lex.kind == Token.COLON && lex.start == end && lex.start + 1 < lex.limit && buf[lex.start + 1] == ':') {
      lex.next();
      lex.next();
      if (lex.kind != Token.AT_ID) throw error("expected nested symbol reference identifier");
      nested.add(symbolText());
      end = lex.end;
      lex.next();
    }
    return ctx.intern(new SymbolRefAttr(root, nested));
  }

  private Attribute parseHashAttr(Type type) {
    DialectSymbol sym = readDialectSymbol("attribute");
    if (sym.alias() != null) {
      Attribute a = attrAliases.get(sym.alias());
      if (a == null) throw atOffset(lex.end, "undefined symbol alias id '" + sym.alias() + "'");
      lex.next();
      return a;
    }
    if (sym.dialect() == null) {
      Type t = parseOptionalColonType();
      return ctx.intern(new OpaqueAttr(sym.namespace(), sym.body().text(), t));
    }
    return parseWithSubParser(sym.body(), p -> sym.dialect().parseAttribute(p, type));
  }

  private Attribute parseStrided() {
    lex.next();
    expect(Token.LESS, "expected '<' after 'strided'");
    expect(Token.L_SQUARE, "expected '['");
    List<Long> strides = new ArrayList<>();
    if (lex.kind != Token.R_SQUARE) {
      do strides.add(parseStridedValue()); while (consumeIf(Token.COMMA));
    }
    expect(Token.R_SQUARE, "expected ']'");
    long offset = 0;
    if (consumeIf(Token.COMMA)) {
      parseKeyword("offset");
      expect(Token.COLON, "expected ':' after 'offset'");
      offset = parseStridedValue();
    }
    expect(Token.GREATER, "expected '>'");
    long[] a = new long[strides.size()];
    for (int i = 0; i < a.length; i++) a[i] = strides.get(i);
    return ctx.intern(new StridedLayoutAttr(offset, a));
  }

  private long parseStridedValue() {
    if (consumeIf(Token.QUESTION)) return ShapedType.DYNAMIC;
    BigInteger v = parseInteger();
    if (v.bitLength() > 63) throw error("integer value too large");
    return v.longValue();
  }

  private Attribute parseDenseArray() {
    lex.next();
    expect(Token.LESS, "expected '<' after 'array'");
    int line = lex.line, col = lex.col;
    Type et = parseType();
    if (!DenseArrayAttr.isValidElementType(et)) throw errorAt(line, col, "expected integer or float type, got: " + TypePrinting.toString(et));
    long[] vals = new long[8];
    int n = 0;
    if (consumeIf(Token.COLON)) {
      do {
        if (n == vals.length) vals = java.util.Arrays.copyOf(vals, n * 2);
        int vl = lex.line, vc = lex.col;
        if (et instanceof IntegerType it) {
          BigInteger v;
          if (it.width() == 1 && lex.kind == Token.BARE_IDENT && (lex.is("true") || lex.is("false"))) {
            v = lex.is("true") ? BigInteger.ONE : BigInteger.ZERO;
            lex.next();
          } else {
            v = parseInteger();
            checkIntegerRange(et, v, v.signum() < 0, lex.line, lex.col);
          }
          vals[n++] = v.longValue();
        } else {
          FloatType ft = (FloatType) et;
          boolean neg = consumeIf(Token.MINUS);
          BigInteger bits;
          if (lex.kind == Token.INTEGER && lex.end - lex.start > 2 && buf[lex.start + 1] == 'x') {
            bits = integerValue();
            lex.next();
          } else if (lex.kind == Token.INTEGER || lex.kind == Token.FLOAT) {
            double d = Double.parseDouble(lex.text());
            lex.next();
            bits = FloatBits.fromDouble(ft, neg ? -d : d);
          } else throw error("expected float value");
          vals[n++] = bits.longValue();
        }
      } while (consumeIf(Token.COMMA));
    }
    expect(Token.GREATER, "expected '>' to close an array attribute");
    return ctx.intern(new DenseArrayAttr(et, java.util.Arrays.copyOf(vals, n)));
  }

  /** {@code distinct[N]<attr>}: the same N within one parse denotes the same attribute. */
  private Attribute parseDistinct() {
    lex.next();
    expect(Token.L_SQUARE, "expected '[' after 'distinct'");
    if (lex.kind != Token.INTEGER) throw error("expected distinct ID");
    BigInteger id = integerValue();
    lex.next();
    expect(Token.R_SQUARE, "expected ']' to close distinct ID");
    expect(Token.LESS, "expected '<' after distinct[N]");
    Attribute referenced = dev.mlc.ir.attr.UnitAttr.INSTANCE;
    if (lex.kind != Token.GREATER) referenced = parseAttribute(null);
    expect(Token.GREATER, "expected '>' to close distinct attribute");
    dev.mlc.ir.attr.DistinctAttr prev = distinctAttrs.get(id);
    if (prev == null) {
      prev = new dev.mlc.ir.attr.DistinctAttr(referenced);
      distinctAttrs.put(id, prev);
    } else if (!prev.referenced().equals(referenced)) {
      throw error("referenced attribute does not match previous definition: " + TypePrinting.toString(prev.referenced()));
    }
    return prev;
  }

  private final Map<BigInteger, dev.mlc.ir.attr.DistinctAttr> distinctAttrs = new HashMap<>();

  /** Whether this parser made distinct attributes (their identity is file-wide). */
  boolean createdDistinctAttributes() { return !distinctAttrs.isEmpty(); }

  /** {@code sparse<indices, values> : type} (or {@code sparse<> : type}). */
  private Attribute parseSparse(Type type) {
    int kl = lex.line, kc = lex.col;
    lex.next();
    expect(Token.LESS, "expected '<' after 'sparse'");
    if (lex.kind == Token.GREATER) {
      lex.next();
      int tl = lex.line, tc = lex.col;
      Type t = parseOptionalColonType();
      if (t == null) t = type;
      if (!(t instanceof ShapedType st) || !st.hasStaticShape()) throw errorAt(tl, tc, "elements literal type must have static shape");
      ShapedType idxT = new RankedTensorType(new long[] {0, st.rank()}, IntegerType.of(64));
      ShapedType valT = new RankedTensorType(new long[] {0}, st.elementType());
      return ctx.intern(new dev.mlc.ir.attr.SparseElementsAttr(st, DenseElementsAttr.ofRaw(idxT, new byte[0]), DenseElementsAttr.ofRaw(valT, new byte[0])));
    }
    int il = lex.line, ic = lex.col;
    DenseLiteral indices = new DenseLiteral();
    indices.shape = parseDenseElements(indices);
    expect(Token.COMMA, "expected ','");
    int vl = lex.line, vc = lex.col;
    DenseLiteral values = new DenseLiteral();
    byte[] hex = null;
    if (lex.kind == Token.STRING && lex.end - lex.start > 3 && buf[lex.start + 1] == '0' && buf[lex.start + 2] == 'x') {
      hex = parseHexBytes(new String(Lexer.decodeString(buf, lex.start, lex.end), StandardCharsets.ISO_8859_1), lex.line, lex.col);
      lex.next();
    } else {
      values.shape = parseDenseElements(values);
    }
    expect(Token.GREATER, "expected '>'");
    int tl = lex.line, tc = lex.col;
    Type t = parseOptionalColonType();
    if (t == null) t = type;
    if (!(t instanceof ShapedType st) || !st.hasStaticShape()) throw errorAt(tl, tc, "elements literal type must have static shape");
    long[] idxShape = indices.shape.length == 0 ? new long[] {1, st.rank()} : indices.shape;
    DenseElementsAttr idx = denseFromLiteral(new RankedTensorType(idxShape, IntegerType.of(64)), indices, il, ic);
    long n = idxShape[0];
    int rank = st.rank();
    if (idxShape.length != 2 || idxShape[1] != rank)
      throw errorAt(il, ic, "expected indices of shape [N, " + rank + "], got [" + joinDims(idxShape) + "]");
    for (long i = 0; i < n; i++)
      for (int d = 0; d < rank; d++) {
        long v = idx.longValue(i * rank + d);
        if (v < 0 || v >= st.dim(d)) {
          StringBuilder sb = new StringBuilder();
          for (int k = 0; k < rank; k++) sb.append(k > 0 ? ", " : "").append(idx.longValue(i * rank + k));
          throw errorAt(kl, kc, "sparse index #" + i + " is not contained within the value shape, with index=[" + sb
              + "], and type='" + TypePrinting.toString(st) + "'");
        }
      }
    DenseElementsAttr vals;
    if (hex != null) vals = denseFromHex(new RankedTensorType(new long[] {n}, st.elementType()), hex, vl, vc);
    else {
      long[] valShape = values.shape.length == 0 ? new long[] {n} : values.shape;
      vals = denseFromLiteral(new RankedTensorType(valShape, st.elementType()), values, vl, vc);
    }
    return ctx.intern(new dev.mlc.ir.attr.SparseElementsAttr(st, idx, vals));
  }

  private Attribute parseDenseResource(Type type) {
    lex.next();
    expect(Token.LESS, "expected '<' after 'dense_resource'");
    String name = lex.kind == Token.STRING ? parseString() : parseKeyword();
    expect(Token.GREATER, "expected '>'");
    int line = lex.line, col = lex.col;
    Type t = parseOptionalColonType();
    if (t == null) t = type;
    if (!(t instanceof ShapedType st) || !st.hasStaticShape()) throw errorAt(line, col, "expected a statically shaped type for dense_resource");
    return ctx.intern(new DenseResourceElementsAttr(st, resourceRenames.getOrDefault(name, name)));
  }

  // ---- dense<...> ----

  /** Literal elements of a dense attribute, flattened, with the nested shape. */
  private static final class DenseLiteral {
    final List<long[]> elements = new ArrayList<>(); // {kind, negative, start, end}; kind: 0 int, 1 float, 2 bool, 3 string
    final List<long[]> complexPairs = new ArrayList<>();
    long[] shape;
    boolean complex;
  }

  private Attribute parseDense(Type type) {
    lex.next();
    int line = lex.line, col = lex.col;
    expect(Token.LESS, "expected '<' after 'dense'");
    DenseLiteral lit = null;
    byte[] hex = null;
    if (lex.kind == Token.STRING && lex.end - lex.start > 3 && buf[lex.start + 1] == '0' && buf[lex.start + 2] == 'x') {
      String s = new String(Lexer.decodeString(buf, lex.start, lex.end), StandardCharsets.ISO_8859_1);
      int hl = lex.line, hc = lex.col;
      lex.next();
      hex = parseHexBytes(s, hl, hc);
    } else if (lex.kind != Token.GREATER) {
      lit = new DenseLiteral();
      lit.shape = parseDenseElements(lit);
    } else {
      lit = new DenseLiteral();
      lit.shape = new long[] {0};
    }
    expect(Token.GREATER, "expected '>'");
    int tl = lex.line, tc = lex.col;
    Type t;
    if (lex.kind == Token.COLON) {
      lex.next();
      t = parseType();
    } else if (type != null) {
      t = type;
    } else {
      throw wrongTokenError("expected ':'");
    }
    if (!(t instanceof ShapedType st) || t instanceof UnrankedTensorType) throw errorAt(lex.line, lex.col, "elements literal must be a shaped type");
    if (!st.hasStaticShape()) throw errorAt(lex.line, lex.col, "elements literal type must have static shape");
    Type et = st.elementType();
    if (hex != null) return ctx.intern(denseFromHex(st, hex, line, col));
    if (lit.elements.size() > 0 && lit.elements.get(0)[0] == 3 || et instanceof OpaqueType || et instanceof dev.mlc.ir.DialectType)
      return ctx.intern(denseStrings(st, lit, tl, tc));
    if (!DenseElementsAttr.isValidElementType(et)) throw errorAt(tl, tc, "invalid element type for dense elements");
    return ctx.intern(denseFromLiteral(st, lit, tl, tc));
  }

  /** Parses a (possibly nested) element list; returns its shape. */
  private long[] parseDenseElements(DenseLiteral lit) {
    if (lex.kind == Token.L_SQUARE) {
      lex.next();
      enterNested();
      long[] inner = null;
      long count = 0;
      if (lex.kind != Token.R_SQUARE) {
        do {
          int line = lex.line, col = lex.col;
          long[] s = parseDenseElements(lit);
          if (inner == null) inner = s;
          else if (!java.util.Arrays.equals(inner, s)) throw errorAt(lex.line, lex.col, "tensor literal is invalid; ranks are not consistent between elements");
          count++;
        } while (consumeIf(Token.COMMA));
      }
      expect(Token.R_SQUARE, "expected ']'");
      exitNested();
      if (inner == null) return new long[] {0};
      long[] r = new long[inner.length + 1];
      r[0] = count;
      System.arraycopy(inner, 0, r, 1, inner.length);
      return r;
    }
    if (lex.kind == Token.L_PAREN) {
      lex.next();
      lit.complex = true;
      long[] re = parseDenseScalar();
      expect(Token.COMMA, "expected ',' in complex literal");
      long[] im = parseDenseScalar();
      expect(Token.R_PAREN, "expected ')' in complex literal");
      lit.elements.add(re);
      lit.complexPairs.add(im);
      return new long[0];
    }
    lit.elements.add(parseDenseScalar());
    return new long[0];
  }

  private long[] parseDenseScalar() {
    int line = lex.line, col = lex.col;
    long pos = ((long) line << 20) | col;
    if (lex.kind == Token.STRING) {
      long[] r = {3, 0, lex.start, lex.end, pos};
      lex.next();
      return r;
    }
    if (lex.kind == Token.BARE_IDENT && (lex.is("true") || lex.is("false"))) {
      long[] r = {2, lex.is("true") ? 1 : 0, lex.start, lex.end, pos};
      lex.next();
      return r;
    }
    boolean neg = consumeIf(Token.MINUS);
    if (lex.kind == Token.INTEGER || lex.kind == Token.FLOAT) {
      long[] r = {lex.kind == Token.FLOAT ? 1 : 0, neg ? 1 : 0, lex.start, lex.end, pos};
      lex.next();
      return r;
    }
    throw error("expected element literal of primitive type");
  }

  private DenseElementsAttr denseFromLiteral(ShapedType st, DenseLiteral lit, int line, int col) {
    long n = st.numElements();
    long[] shape = st.shape();
    boolean splat = lit.shape.length == 0;
    if (!splat && !java.util.Arrays.equals(lit.shape, shape)) {
      if (!(lit.elements.isEmpty() && n == 0))
        throw errorAt(line, col, "inferred shape of elements literal ([" + joinDims(lit.shape) + "]) does not match type ([" + joinDims(shape) + "])");
    }
    Type et = st.elementType();
    boolean isComplex = et instanceof ComplexType;
    if (lit.complex != isComplex && !lit.elements.isEmpty())
      throw errorAt(line, col, isComplex ? "expected complex element literal" : "unexpected complex literal for non-complex element type");
    int eb = DenseElementsAttr.elementBytes(et);
    int count = lit.elements.size();
    if (n > Integer.MAX_VALUE / Math.max(1, eb)) throw errorAt(line, col, "dense elements attribute is too large");
    byte[] data = new byte[count * eb];
    Type scalar = isComplex ? ((ComplexType) et).elementType() : et;
    int half = isComplex ? eb / 2 : eb;
    for (int i = 0; i < count; i++) {
      writeScalar(scalar, lit.elements.get(i), data, i * eb, half);
      if (isComplex) writeScalar(scalar, lit.complexPairs.get(i), data, i * eb + half, half);
    }
    if (count == 0) return DenseElementsAttr.ofRaw(st, new byte[0]);
    return DenseElementsAttr.ofRaw(st, data);
  }

  private void writeScalar(Type et, long[] e, byte[] out, int off, int nbytes) {
    int kind = (int) e[0];
    boolean neg = e[1] == 1;
    int s = (int) e[2], end = (int) e[3];
    int line = (int) (e[4] >>> 20), col = (int) (e[4] & 0xFFFFF);
    BigInteger bits;
    if (kind == 3) throw errorAt(line, col, "expected " + (et instanceof FloatType ? "floating-point" : "integer") + " elements, but parsed string");
    if (et instanceof FloatType ft) {
      if (kind == 2) throw errorAt(line, col, "expected floating-point elements, but parsed bool");
      if (kind == 0 && end - s > 2 && buf[s + 1] == 'x') {
        if (neg) throw errorAt(line, col, "hexadecimal float literal should not have a leading minus");
        bits = new BigInteger(new String(buf, s + 2, end - s - 2, StandardCharsets.ISO_8859_1), 16);
      } else {
        double d = Double.parseDouble(new String(buf, s, end - s, StandardCharsets.ISO_8859_1));
        bits = FloatBits.fromDouble(ft, neg ? -d : d);
      }
    } else {
      if (kind == 1) throw errorAt(line, col, "expected integer elements, but parsed floating-point");
      BigInteger v;
      if (kind == 2) {
        if (!(et instanceof IntegerType it && it.width() == 1)) throw errorAt(line, col, "expected integer elements, but parsed bool");
        v = neg ? BigInteger.ONE.negate() : BigInteger.valueOf(e[1]);
        v = BigInteger.valueOf(e[1]);
      } else {
        v = (end - s > 2 && buf[s + 1] == 'x') ? new BigInteger(new String(buf, s + 2, end - s - 2, StandardCharsets.ISO_8859_1), 16)
            : new BigInteger(new String(buf, s, end - s, StandardCharsets.ISO_8859_1));
        if (neg) v = v.negate();
        checkIntegerRange(et, v, neg, line, col);
      }
      bits = v;
    }
    DenseElementsAttr.writeBits(out, off, nbytes, bits);
  }

  private DenseElementsAttr denseFromHex(ShapedType st, byte[] hex, int line, int col) {
    Type et = st.elementType();
    long n = st.numElements();
    if (et instanceof IntegerType it && it.width() == 1) {
      // Bit-packed, as MLIR stores i1; a single byte is a splat.
      if (hex.length == 1 && n != 1 && !(n <= 8 && hex[0] != 0 && hex[0] != (byte) 0xFF)) {
        return DenseElementsAttr.ofRaw(st, new byte[] {(byte) (hex[0] != 0 ? 1 : 0)});
      }
      if (hex.length != (n + 7) / 8) throw errorAt(line, col, "elements hex data size is invalid for provided type");
      byte[] d = new byte[(int) n];
      for (int i = 0; i < n; i++) d[i] = (byte) ((hex[i / 8] >> (i % 8)) & 1);
      return DenseElementsAttr.ofRaw(st, d);
    }
    if (!DenseElementsAttr.isValidElementType(et)) throw errorAt(line, col, "invalid element type for hex dense elements");
    int eb = DenseElementsAttr.elementBytes(et);
    int storage = storageBytes(et);
    if (hex.length == storage) {
      return DenseElementsAttr.ofRaw(st, widen(hex, 1, storage, eb));
    }
    if (hex.length != n * storage) throw errorAt(line, col, "elements hex data size is invalid for provided type");
    return DenseElementsAttr.ofRaw(st, widen(hex, (int) n, storage, eb));
  }

  /** Bytes per element in MLIR's raw (hex) encoding. */
  static int storageBytes(Type et) {
    if (et instanceof ComplexType ct) return 2 * storageBytes(ct.elementType());
    if (et instanceof FloatType ft) return ft == FloatType.F80 ? 16 : (ft.width() + 7) / 8;
    return DenseElementsAttr.elementBytes(et);
  }

  private static byte[] widen(byte[] raw, int count, int storage, int eb) {
    if (storage == eb) return raw;
    byte[] r = new byte[count * eb];
    for (int i = 0; i < count; i++) System.arraycopy(raw, i * storage, r, i * eb, Math.min(storage, eb));
    return r;
  }

  private DenseStringElementsAttr denseStrings(ShapedType st, DenseLiteral lit, int line, int col) {
    List<byte[]> vals = new ArrayList<>();
    for (long[] e : lit.elements) {
      if (e[0] != 3) throw errorAt(line, col, "expected string elements");
      vals.add(Lexer.decodeString(buf, (int) e[2], (int) e[3]));
    }
    boolean splat = lit.shape.length == 0;
    if (!splat && !java.util.Arrays.equals(lit.shape, st.shape()))
      throw errorAt(line, col, "inferred shape of elements literal ([" + joinDims(lit.shape) + "]) does not match type ([" + joinDims(st.shape()) + "])");
    return new DenseStringElementsAttr(st, vals);
  }

  private static String joinDims(long[] d) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < d.length; i++) sb.append(i > 0 ? ", " : "").append(d[i] == ShapedType.DYNAMIC ? "?" : Long.toString(d[i]));
    return sb.toString();
  }

  // ===================================================================================
  // Affine maps and integer sets
  // ===================================================================================

  record MapOrSet(AffineMap map, IntegerSet set) {}

  /** Parses {@code (dims)[syms] -> (exprs)} or {@code (dims)[syms] : (constraints)}. */
  MapOrSet parseAffineMapOrSet(boolean wantMap) {
    Map<String, AffineExpr> ids = new HashMap<>();
    int nd = 0, ns = 0;
    expect(Token.L_PAREN, "expected '(' at start of dimensional identifiers list");
    if (lex.kind != Token.R_PAREN) {
      do {
        String id = parseAffineIdentifier();
        if (ids.put(id, AffineExpr.dim(nd++)) != null) throw error("redefinition of identifier '" + id + "'");
      } while (consumeIf(Token.COMMA));
    }
    expect(Token.R_PAREN, "expected ')' at end of dimensional identifiers list");
    if (consumeIf(Token.L_SQUARE)) {
      if (lex.kind != Token.R_SQUARE) {
        do {
          String id = parseAffineIdentifier();
          if (ids.put(id, AffineExpr.symbol(ns++)) != null) throw error("redefinition of identifier '" + id + "'");
        } while (consumeIf(Token.COMMA));
      }
      expect(Token.R_SQUARE, "expected ']' at end of symbol identifiers list");
    }
    if (wantMap) {
      expect(Token.ARROW, "expected '->' or ':'");
      expect(Token.L_PAREN, "expected '(' at start of affine map range");
      List<AffineExpr> rs = new ArrayList<>();
      if (lex.kind != Token.R_PAREN) do rs.add(parseAffineExpr(ids)); while (consumeIf(Token.COMMA));
      expect(Token.R_PAREN, "expected ')' at end of affine map range");
      return new MapOrSet(new AffineMap(nd, ns, rs), null);
    }
    expect(Token.COLON, "expected ':' or '['");
    expect(Token.L_PAREN, "expected '(' at start of integer set constraint list");
    List<AffineExpr> cs = new ArrayList<>();
    List<Boolean> eq = new ArrayList<>();
    if (lex.kind != Token.R_PAREN) {
      do {
        AffineExpr lhs = parseAffineExpr(ids);
        int op;
        if (lex.kind == Token.GREATER) { lex.next(); expect(Token.EQUAL, "expected '=' after '>'"); op = 0; }
        else if (lex.kind == Token.LESS) { lex.next(); expect(Token.EQUAL, "expected '=' after '<'"); op = 1; }
        else if (lex.kind == Token.EQUAL) { lex.next(); expect(Token.EQUAL, "expected '=' after '='"); op = 2; }
        else throw error("expected '== affine-expr' or '>= affine-expr' at end of affine constraint");
        AffineExpr rhs = parseAffineExpr(ids);
        AffineExpr c = op == 1 ? rhs.minus(lhs) : (rhs instanceof AffineExpr.Constant k && k.value() == 0 ? lhs : lhs.minus(rhs));
        cs.add(c);
        eq.add(op == 2);
      } while (consumeIf(Token.COMMA));
    }
    expect(Token.R_PAREN, "expected ')' at end of integer set constraint list");
    return new MapOrSet(null, new IntegerSet(nd, ns, cs, eq));
  }

  private String parseAffineIdentifier() {
    if (lex.kind != Token.BARE_IDENT) throw error("expected bare identifier");
    String s = lex.text();
    lex.next();
    return s;
  }

  private AffineExpr parseAffineExpr(Map<String, AffineExpr> ids) {
    enterNested();
    AffineExpr lhs = parseAffineTerm(ids);
    while (lex.kind == Token.PLUS || lex.kind == Token.MINUS) {
      boolean minus = lex.kind == Token.MINUS;
      lex.next();
      AffineExpr rhs = parseAffineTerm(ids);
      lhs = minus ? lhs.minus(rhs) : lhs.plus(rhs);
    }
    exitNested();
    return lhs;
  }

  private AffineExpr parseAffineTerm(Map<String, AffineExpr> ids) {
    int line = lex.line, col = lex.col;
    AffineExpr lhs = parseAffineFactor(ids);
    while (true) {
      AffineExpr.Kind k;
      if (lex.kind == Token.STAR) k = AffineExpr.Kind.MUL;
      else if (lex.kind == Token.BARE_IDENT && lex.is("floordiv")) k = AffineExpr.Kind.FLOORDIV;
      else if (lex.kind == Token.BARE_IDENT && lex.is("ceildiv")) k = AffineExpr.Kind.CEILDIV;
      else if (lex.kind == Token.BARE_IDENT && lex.is("mod")) k = AffineExpr.Kind.MOD;
      else return lhs;
      int opLine = lex.line, opCol = lex.col;
      lex.next();
      AffineExpr rhs = parseAffineFactor(ids);
      if (k == AffineExpr.Kind.MUL && !lhs.isSymbolicOrConstant() && !rhs.isSymbolicOrConstant())
        throw errorAt(opLine, opCol, "non-affine expression: at least one of the multiply operands has to be either a constant or symbolic");
      if (k != AffineExpr.Kind.MUL && !rhs.isSymbolicOrConstant())
        throw errorAt(opLine, opCol, "non-affine expression: right operand of " + k.spelling + " has to be either a constant or symbolic");
      lhs = AffineExpr.binary(k, lhs, rhs);
    }
  }

  private AffineExpr parseAffineFactor(Map<String, AffineExpr> ids) {
    switch (lex.kind) {
      case Token.L_PAREN: {
        lex.next();
        AffineExpr e = parseAffineExpr(ids);
        expect(Token.R_PAREN, "expected ')'");
        return e;
      }
      case Token.MINUS: {
        lex.next();
        enterNested();
        AffineExpr e = parseAffineFactor(ids);
        exitNested();
        return e instanceof AffineExpr.Constant c ? AffineExpr.constant(-c.value()) : AffineExpr.binary(AffineExpr.Kind.MUL, e, AffineExpr.constant(-1));
      }
      case Token.INTEGER: {
        BigInteger v = integerValue();
        if (v.bitLength() > 63) throw error("constant too large for index");
        lex.next();
        return AffineExpr.constant(v.longValue());
      }
      case Token.BARE_IDENT: {
        AffineExpr e = ids.get(lex.text());
        if (e == null) throw error("use of undeclared identifier");
        lex.next();
        return e;
      }
      default: throw error("expected affine expression");
    }
  }

  // ===================================================================================
  // Locations
  // ===================================================================================

  /** Parses the inside of {@code loc(...)}. */
  Location parseLocationInstance() {
    enterNested();
    try {
      switch (lex.kind) {
        case Token.HASH_ID: {
          String alias = new String(buf, lex.start + 1, lex.end - lex.start - 1, StandardCharsets.UTF_8);
          Attribute a = attrAliases.get(alias);
          if (a == null) throw error("undefined symbol alias id '" + alias + "'");
          if (!(a instanceof Location l)) throw error("expected location, but found '" + alias + "'");
          lex.next();
          return l;
        }
        case Token.STRING: {
          String s = new String(Lexer.decodeString(buf, lex.start, lex.end), StandardCharsets.UTF_8);
          lex.next();
          if (lex.kind == Token.COLON) {
            lex.next();
            if (lex.kind != Token.INTEGER) throw error("expected integer line number in FileLineColLoc");
            long line = parseSmallInt();
            expect(Token.COLON, "expected ':' in FileLineColLoc");
            if (lex.kind != Token.INTEGER) throw error("expected integer column number in FileLineColLoc");
            long col = parseSmallInt();
            // Lines and columns are unsigned 32-bit numbers (stored in ints, printed unsigned).
            if (line > 0xFFFFFFFFL || col > 0xFFFFFFFFL) throw error("line or column number too large");
            return ctx.intern(new Location.FileLineCol(s, (int) line, (int) col));
          }
          if (consumeIf(Token.L_PAREN)) {
            Location child = parseLocationInstance();
            expect(Token.R_PAREN, "expected ')' after child location of NameLoc");
            return ctx.intern(new Location.Name(s, child));
          }
          return ctx.intern(new Location.Name(s, Location.UNKNOWN));
        }
        case Token.BARE_IDENT: {
          if (lex.is("unknown")) {
            lex.next();
            return Location.UNKNOWN;
          }
          if (lex.is("callsite")) {
            lex.next();
            expect(Token.L_PAREN, "expected '(' in callsite location");
            Location callee = parseLocationInstance();
            if (!parseOptionalKeyword("at")) throw error("expected 'at' in callsite");
            Location caller = parseLocationInstance();
            expect(Token.R_PAREN, "expected ')' in callsite location");
            return ctx.intern(new Location.CallSite(callee, caller));
          }
          if (lex.is("fused")) {
            lex.next();
            Attribute meta = null;
            if (consumeIf(Token.LESS)) {
              meta = parseAttribute(null);
              expect(Token.GREATER, "expected '>' after fused location metadata");
            }
            expect(Token.L_SQUARE, "expected '[' in fused location");
            List<Location> ls = new ArrayList<>();
            if (lex.kind != Token.R_SQUARE) do ls.add(parseLocationInstance()); while (consumeIf(Token.COMMA));
            expect(Token.R_SQUARE, "expected ']' in fused location");
            return ctx.intern(new Location.Fused(ls, meta));
          }
          throw error("expected location instance");
        }
        default: throw error("expected location instance");
      }
    } finally {
      exitNested();
    }
  }
}
