package dev.mlc.ir.pass;

/**
 * Parses MLIR's textual pass pipelines: {@code builtin.module(func.func(canonicalize{max-iterations=4},cse))},
 * or a bare list ({@code cse,canonicalize}) relative to a given anchor. Errors are
 * {@link IllegalArgumentException}s whose message points at the offending position.
 */
public final class PipelineParser {
  private final PassRegistry registry;
  private final String text;
  private int pos;

  private PipelineParser(PassRegistry registry, String text) {
    this.registry = registry;
    this.text = text;
  }

  /**
   * Parses {@code text}. When it is a single {@code opname(...)} whose op name equals
   * {@code rootAnchor}, that is the root pipeline; otherwise the elements are added to a pipeline
   * anchored on {@code rootAnchor}.
   */
  public static PassManager parse(PassRegistry registry, String text, String rootAnchor) {
    PipelineParser p = new PipelineParser(registry, text.strip());
    PassManager root = new PassManager(rootAnchor);
    int save = p.pos;
    String first = p.peekName();
    if (first != null && (first.equals(rootAnchor) || first.equals("any") && rootAnchor == null) && p.isNestedAt()) {
      p.pos = save;
      p.name();
      p.expect('(');
      if (!p.at(')')) p.parseElements(root);
      p.expect(')');
    } else {
      p.pos = save;
      if (!p.atEnd()) p.parseElements(root);
    }
    if (!p.atEnd()) throw p.error("unexpected text after the pipeline");
    return root;
  }

  /** Adds the elements of {@code text} (a comma-separated list) to {@code pm}. */
  public static void parseInto(PassRegistry registry, String text, PassManager pm) {
    PipelineParser p = new PipelineParser(registry, text.strip());
    if (!p.atEnd()) p.parseElements(pm);
    if (!p.atEnd()) throw p.error("unexpected text after the pipeline");
  }

  private void parseElements(PassManager pm) {
    do {
      skipWs();
      int start = pos;
      String name = name();
      if (name.isEmpty()) throw error("expected a pass or op name");
      skipWs();
      if (at('(')) {
        pos++;
        PassManager nested = pm.nest(name);
        skipWs();
        if (!at(')')) parseElements(nested);
        expect(')');
        continue;
      }
      String options = null;
      if (at('{')) options = braced();
      PassRegistry.PipelineDef def = registry.pipeline(name);
      if (def != null) {
        if (options != null) throw errorAt(start, "named pipeline '" + name + "' takes no options");
        parseInto(registry, def.pipeline(), pm);
        continue;
      }
      Pass p = registry.create(name);
      if (p == null) throw errorAt(start, "'" + name + "' does not refer to a registered pass or pass pipeline");
      if (options != null) {
        try {
          PassOptions.apply(p, options);
        } catch (IllegalArgumentException e) {
          throw errorAt(start, e.getMessage());
        }
      }
      pm.addPass(p);
      skipWs();
    } while (consume(','));
  }

  private String braced() {
    int start = ++pos;
    int depth = 1;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '"' || c == '\'') {
        int e = text.indexOf(c, pos + 1);
        if (e < 0) throw error("unterminated quote");
        pos = e + 1;
        continue;
      }
      if (c == '{') depth++;
      else if (c == '}' && --depth == 0) return text.substring(start, pos++);
      pos++;
    }
    throw error("expected '}' to close the pass options");
  }

  private String peekName() {
    int save = pos;
    skipWs();
    String n = name();
    pos = save;
    return n.isEmpty() ? null : n;
  }

  private boolean isNestedAt() {
    int save = pos;
    skipWs();
    name();
    skipWs();
    boolean r = at('(');
    pos = save;
    return r;
  }

  private String name() {
    skipWs();
    int s = pos;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == '$') pos++;
      else break;
    }
    return text.substring(s, pos);
  }

  private void skipWs() { while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++; }

  private boolean at(char c) {
    skipWs();
    return pos < text.length() && text.charAt(pos) == c;
  }

  private boolean consume(char c) {
    if (!at(c)) return false;
    pos++;
    return true;
  }

  private void expect(char c) {
    if (!consume(c)) throw error("expected '" + c + "'");
  }

  private boolean atEnd() {
    skipWs();
    return pos >= text.length();
  }

  private IllegalArgumentException error(String msg) { return errorAt(pos, msg); }

  private IllegalArgumentException errorAt(int at, String msg) {
    return new IllegalArgumentException("invalid pass pipeline '" + text + "' at column " + (at + 1) + ": " + msg);
  }
}
