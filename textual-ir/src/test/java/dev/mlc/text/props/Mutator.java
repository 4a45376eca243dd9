package dev.mlc.text.props;

import dev.mlc.text.grammar.MLIRLexer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * Breaks valid MLIR in the ways a fuzzer would: byte-level damage (bit flips, deletions,
 * duplications, truncation, random and invalid UTF-8 bytes), token-level damage (delete,
 * duplicate, swap, replace, insert tokens), and pure garbage. Tokens come from the ANTLR lexer.
 */
final class Mutator {
  private Mutator() {}

  /** Token texts worth inserting: punctuation, keywords, and the starts of every construct. */
  private static final String[] VOCABULARY = {"(", ")", "[", "]", "{", "}", "<", ">", ",", "=", ":", "::", "->", "-", "+",
      "*", "?", "%0", "%x#1", "%a:2", "^bb0", "^bb1(", "@sym", "@\"s\"", "#map", "#loc", "!t", "!test.t<", "#test.a<", "\"",
      "\"s\"", "\"test.op\"", "0", "-1", "0x7FC00000", "1.5e3", "9999999999999999999999999", "i32", "i0", "i16777216",
      "f32", "index", "tensor<", "memref<", "vector<", "tensor<?x", "vector<[4]x", "complex<", "tuple<", "dense<",
      "dense_resource<", "array<", "affine_map<", "affine_set<", "strided<", "loc(", "fused[", "callsite(", "unknown",
      "module", "attributes", "true", "unit", "{-#", "#-}", "//", "\n", "floordiv", "d0", "s0", "...", "\\", "\u0000"};

  /** A token of the input: its text and where it is, in code points. */
  record Tok(int start, int stop, int type, String text) {}

  /** The ANTLR tokens of {@code text}, whitespace and comments left out. */
  static List<Tok> tokens(String text) {
    MLIRLexer lexer = new MLIRLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    List<Tok> out = new ArrayList<>();
    for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken())
      out.add(new Tok(t.getStartIndex(), t.getStopIndex() + 1, t.getType(), t.getText()));
    return out;
  }

  /** Whether a token is punctuation (removing or repeating it breaks only the syntax). */
  static boolean isPunctuation(Tok t) {
    return switch (t.type()) {
      case MLIRLexer.LPAREN, MLIRLexer.RPAREN, MLIRLexer.LSQUARE, MLIRLexer.RSQUARE, MLIRLexer.LBRACE, MLIRLexer.RBRACE,
           MLIRLexer.LESS, MLIRLexer.GREATER, MLIRLexer.COMMA, MLIRLexer.EQUAL, MLIRLexer.COLON, MLIRLexer.ARROW -> true;
      default -> false;
    };
  }

  /** One to three random mutations of {@code valid}. */
  static byte[] mutate(String valid, SplittableRandom r) {
    byte[] b = valid.getBytes(StandardCharsets.UTF_8);
    int n = 1 + (r.nextInt(4) == 0 ? r.nextInt(3) : 0);
    for (int i = 0; i < n; i++) b = r.nextBoolean() ? mutateBytes(b, r) : mutateTokens(b, r);
    return b;
  }

  static byte[] mutateBytes(byte[] b, SplittableRandom r) {
    if (b.length == 0) return randomBytes(r, 8);
    int p = r.nextInt(b.length);
    ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + 16);
    switch (r.nextInt(8)) {
      case 0 -> { // flip a bit
        byte[] c = b.clone();
        c[p] ^= (byte) (1 << r.nextInt(8));
        return c;
      }
      case 1 -> { // set a byte
        byte[] c = b.clone();
        c[p] = (byte) r.nextInt(256);
        return c;
      }
      case 2 -> { // delete a range
        int len = 1 + r.nextInt(Math.min(16, b.length - p));
        out.write(b, 0, p);
        out.write(b, p + len, b.length - p - len);
      }
      case 3 -> { // duplicate a range
        int len = 1 + r.nextInt(Math.min(32, b.length - p));
        out.write(b, 0, p + len);
        out.write(b, p, b.length - p);
      }
      case 4 -> { // truncate
        out.write(b, 0, p);
      }
      case 5 -> { // insert random bytes, often invalid UTF-8
        out.write(b, 0, p);
        out.writeBytes(randomBytes(r, 1 + r.nextInt(6)));
        out.write(b, p, b.length - p);
      }
      case 6 -> { // swap two ranges
        int q = r.nextInt(b.length);
        int lo = Math.min(p, q), hi = Math.max(p, q);
        int len = Math.min(1 + r.nextInt(8), Math.min(hi - lo, b.length - hi));
        if (len <= 0) return b;
        byte[] c = b.clone();
        System.arraycopy(b, hi, c, lo, len);
        System.arraycopy(b, lo, c, hi, len);
        return c;
      }
      default -> { // replace an ASCII digit or letter with another of its kind
        byte[] c = b.clone();
        for (int i = 0; i < 20; i++) {
          int k = (p + i) % c.length;
          if (c[k] >= '0' && c[k] <= '9') {
            c[k] = (byte) ('0' + r.nextInt(10));
            break;
          }
        }
        return c;
      }
    }
    return out.toByteArray();
  }

  static byte[] mutateTokens(byte[] b, SplittableRandom r) {
    String text = new String(b, StandardCharsets.UTF_8);
    int[] cps = text.codePoints().toArray();
    List<Tok> toks = tokens(text);
    if (toks.isEmpty()) return (text + VOCABULARY[r.nextInt(VOCABULARY.length)]).getBytes(StandardCharsets.UTF_8);
    Tok t = toks.get(r.nextInt(toks.size()));
    return switch (r.nextInt(5)) {
      case 0 -> splice(cps, t.start(), t.stop(), ""); // delete
      case 1 -> splice(cps, t.stop(), t.stop(), (r.nextBoolean() ? " " : "") + t.text()); // duplicate
      case 2 -> { // swap with another token
        Tok u = toks.get(r.nextInt(toks.size()));
        if (u.start() == t.start()) yield b;
        Tok lo = u.start() < t.start() ? u : t, hi = lo == u ? t : u;
        if (lo.stop() > hi.start()) yield b;
        yield (str(cps, 0, lo.start()) + hi.text() + str(cps, lo.stop(), hi.start()) + lo.text() + str(cps, hi.stop(), cps.length))
            .getBytes(StandardCharsets.UTF_8);
      }
      case 3 -> splice(cps, t.start(), t.stop(), toks.get(r.nextInt(toks.size())).text()); // replace
      default -> splice(cps, r.nextBoolean() ? t.start() : t.stop(), r.nextBoolean() ? t.start() : t.stop(), // insert
          VOCABULARY[r.nextInt(VOCABULARY.length)]);
    };
  }

  /**
   * A mutation that only breaks the syntax: delete, duplicate or swap-with-its-neighbour one
   * punctuation token. A deleted token leaves a blank, so that its neighbours cannot merge into a
   * different valid token ({@code %r:2} must not become {@code %r2}). Returns null when the input
   * has no punctuation.
   */
  static String syntaxOnlyMutation(String valid, SplittableRandom r) {
    int[] cps = valid.codePoints().toArray();
    List<Tok> toks = tokens(valid);
    List<Integer> punct = new ArrayList<>();
    for (int i = 0; i < toks.size(); i++) if (isPunctuation(toks.get(i))) punct.add(i);
    if (punct.isEmpty()) return null;
    int i = punct.get(r.nextInt(punct.size()));
    Tok t = toks.get(i);
    switch (r.nextInt(3)) {
      case 0:
        return new String(splice(cps, t.start(), t.stop(), " "), StandardCharsets.UTF_8);
      case 1:
        return new String(splice(cps, t.stop(), t.stop(), t.text()), StandardCharsets.UTF_8);
      default:
        if (i + 1 >= toks.size() || !isPunctuation(toks.get(i + 1)) || toks.get(i + 1).text().equals(t.text()))
          return new String(splice(cps, t.start(), t.stop(), " "), StandardCharsets.UTF_8);
        Tok u = toks.get(i + 1);
        return str(cps, 0, t.start()) + u.text() + str(cps, t.stop(), u.start()) + t.text() + str(cps, u.stop(), cps.length);
    }
  }

  /** Garbage: random bytes, random vocabulary soup, or absurdly deep nesting. */
  static byte[] garbage(SplittableRandom r) {
    switch (r.nextInt(6)) {
      case 0:
        return randomBytes(r, r.nextInt(300));
      case 1: {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(200);
        for (int i = 0; i < n; i++) sb.append((char) (' ' + r.nextInt(95)));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
      }
      case 2, 3: {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(60);
        for (int i = 0; i < n; i++) sb.append(VOCABULARY[r.nextInt(VOCABULARY.length)]).append(r.nextInt(3) == 0 ? "" : " ");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
      }
      default:
        return deepNesting(r, 1 + r.nextInt(2_000)); // FuzzLongRun.deepNestingAtScale goes deeper
    }
  }

  /** The constructs of {@link #deepNesting}: prefix, opening, innermost, closing, suffix. */
  static final String[][] NESTING_KINDS = {
      {"\"t.op\"() {a = ", "[", "", "]", "} : () -> ()"},
      {"", "\"t.op\"() ({\n", "", "}) : () -> ()\n", ""},
      {"\"t.op\"() : () -> ", "tuple<", "", ">", ""},
      {"\"t.op\"() : () -> (", "(", "() -> ()", ") -> ()", ")"},
      {"\"t.op\"() : () -> ", "memref<2x", "f32", ">", ""},
      {"\"t.op\"() {a = affine_map<(d0) -> (", "(", "d0", ")", ")>} : () -> ()"},
      {"\"t.op\"() {a = ", "{a = ", "1", "}", "} : () -> ()"},
      {"\"t.op\"() : () -> () loc(", "callsite(", "unknown", " at unknown)", ")"},
      {"\"t.op\"() : () -> !test.t", "<", "", ">", ""},
      {"\"t.op\"() {a = dense<", "[", "1", "]", "> : tensor<1xi32>} : () -> ()"}, // wrong shape: an error
      {"\"t.op\"() {a = ", "#test.a<", "", ">", "} : () -> ()"},
      {"\"t.op\"() : () -> () loc(", "fused[", "unknown", "]", ")"},
  };

  /** Nesting {@code depth} deep of a random construct, sometimes left unclosed. */
  static byte[] deepNesting(SplittableRandom r, int depth) {
    return deepNesting(r.nextInt(NESTING_KINDS.length), depth, r.nextInt(4) != 0);
  }

  /** Nesting {@code depth} deep of construct {@code kind} (arrays, regions, types, affine parens, ...). */
  static byte[] deepNesting(int kind, int depth, boolean closed) {
    String[] k = NESTING_KINDS[kind];
    StringBuilder sb = new StringBuilder(k[0]);
    for (int i = 0; i < depth; i++) sb.append(k[1]);
    sb.append(k[2]);
    if (closed) for (int i = 0; i < depth; i++) sb.append(k[3]);
    sb.append(k[4]);
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] randomBytes(SplittableRandom r, int n) {
    byte[] b = new byte[n];
    byte[][] special = {{(byte) 0xC3}, {(byte) 0x80}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {0}, {(byte) 0xE2, (byte) 0x82}};
    for (int i = 0; i < n; i++) {
      if (r.nextInt(4) == 0) {
        byte[] s = special[r.nextInt(special.length)];
        for (int j = 0; j < s.length && i < n; j++) b[i++] = s[j];
        i--;
      } else {
        b[i] = (byte) r.nextInt(256);
      }
    }
    return b;
  }

  private static String str(int[] cps, int from, int to) { return new String(cps, from, to - from); }

  private static byte[] splice(int[] cps, int from, int to, String with) {
    return (str(cps, 0, from) + with + str(cps, to, cps.length)).getBytes(StandardCharsets.UTF_8);
  }
}
