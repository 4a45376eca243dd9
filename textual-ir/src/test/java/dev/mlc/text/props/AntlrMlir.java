package dev.mlc.text.props;

import dev.mlc.text.grammar.MLIRLexer;
import dev.mlc.text.grammar.MLIRParser;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Runs the ANTLR reference grammar (src/main/antlr4/.../MLIR.g4) and turns its parse tree into a
 * {@link StructuralSummary}, applying the same rules as our parser: a file holding exactly one
 * {@code builtin.module} is that module; otherwise an implicit module wraps the top-level ops.
 */
final class AntlrMlir {
  private AntlrMlir() {}

  /** The tree (null when there were syntax errors) and the syntax errors, {@code line:col: msg}. */
  record Result(MLIRParser.ToplevelContext tree, List<String> errors) {
    boolean ok() { return errors.isEmpty(); }
  }

  private static final class Collect extends BaseErrorListener {
    final List<String> errors = new ArrayList<>();

    @Override public void syntaxError(Recognizer<?, ?> r, Object sym, int line, int col, String msg, RecognitionException e) {
      if (errors.size() < 20) errors.add(line + ":" + (col + 1) + ": " + msg);
    }
  }

  static Result parse(String text) { return parse(CharStreams.fromString(text, "input")); }

  /** Bytes are decoded as UTF-8 (invalid sequences become U+FFFD, which no token accepts). */
  static Result parse(byte[] bytes) {
    return parse(CharStreams.fromString(new String(bytes, StandardCharsets.UTF_8), "input"));
  }

  /** Two-stage parse: fast SLL with bail-out, then full LL with error reporting. */
  static Result parse(CharStream chars) {
    Collect lexErrors = new Collect();
    MLIRLexer lexer = new MLIRLexer(chars);
    lexer.removeErrorListeners();
    lexer.addErrorListener(lexErrors);
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    MLIRParser parser = new MLIRParser(tokens);
    parser.removeErrorListeners();
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new BailErrorStrategy());
    try {
      MLIRParser.ToplevelContext t = parser.toplevel();
      if (lexErrors.errors.isEmpty()) return new Result(t, List.of());
      return new Result(null, lexErrors.errors);
    } catch (ParseCancellationException e) {
      // fall through to LL
    }
    tokens.seek(0);
    parser.reset();
    Collect parseErrors = new Collect();
    parser.addErrorListener(parseErrors);
    parser.getInterpreter().setPredictionMode(PredictionMode.LL);
    parser.setErrorHandler(new DefaultErrorStrategy());
    MLIRParser.ToplevelContext t = parser.toplevel();
    List<String> errors = new ArrayList<>(lexErrors.errors);
    errors.addAll(parseErrors.errors);
    return new Result(errors.isEmpty() ? t : null, errors);
  }

  /** Whether the grammar accepts {@code text}. */
  static boolean accepts(String text) { return parse(text).ok(); }

  // ---- the summary ----

  static List<String> summary(MLIRParser.ToplevelContext top) { return new Summarizer(top).run(); }

  /** Walks the tree; knows the attribute aliases, so that {@code <#alias>} properties resolve. */
  private static final class Summarizer {
    private final MLIRParser.ToplevelContext top;
    private final Map<String, MLIRParser.AttributeValueContext> aliases = new HashMap<>();
    private final List<String> out = new ArrayList<>();

    Summarizer(MLIRParser.ToplevelContext top) {
      this.top = top;
      for (MLIRParser.AttributeAliasDefContext d : top.attributeAliasDef()) aliases.put(d.HASH_ID().getText(), d.attributeValue());
    }

    List<String> run() {
      List<MLIRParser.OperationContext> ops = top.operation();
      if (ops.size() == 1 && isModule(ops.get(0))) {
        op(ops.get(0), 0);
      } else {
        out.add(StructuralSummary.line(0, "builtin.module", 0, 0, 0, List.of(List.of(0)), List.of()));
        for (MLIRParser.OperationContext o : ops) op(o, 1);
      }
      return out;
    }

    /** The attribute an alias chain ends at. */
    private MLIRParser.AttributeValueContext resolve(MLIRParser.AttributeValueContext a) {
      for (int i = 0; i < 100 && a instanceof MLIRParser.ExtendedAttrContext e && e.HASH_ID() != null && e.type() == null
          && aliases.containsKey(e.HASH_ID().getText()); i++) a = aliases.get(e.HASH_ID().getText());
      return a;
    }

    private static boolean isModule(MLIRParser.OperationContext op) {
      if (op.customOperation() != null) return true;
      return "builtin.module".equals(decodeString(op.genericOperation().STRING().getText()));
    }

    private void op(MLIRParser.OperationContext op, int depth) {
      int results = 0;
      if (op.opResultList() != null)
        for (MLIRParser.OpResultContext r : op.opResultList().opResult())
          results += r.integerLiteral() == null ? 1 : Integer.decode(r.integerLiteral().getText());
      List<String> names = new ArrayList<>();
      List<MLIRParser.RegionContext> regions = new ArrayList<>();
      String name;
      int operands = 0, successors = 0;
      boolean customModule = false;
      if (op.customOperation() != null) {
        MLIRParser.CustomOperationContext c = op.customOperation();
        name = "builtin.module";
        customModule = true;
        if (c.SYMBOL_ID() != null) names.add("sym_name");
        if (c.dictionaryAttribute() != null) names.addAll(entryNames(c.dictionaryAttribute()));
        regions.add(c.region());
      } else {
        MLIRParser.GenericOperationContext g = op.genericOperation();
        name = decodeString(g.STRING().getText());
        if (g.valueUseList() != null) operands = g.valueUseList().valueUse().size();
        if (g.successorList() != null) successors = g.successorList().CARET_ID().size();
        if (g.properties() != null) {
          if (resolve(g.properties().attributeValue()) instanceof MLIRParser.DictionaryAttrContext d)
            names.addAll(entryNames(d.dictionaryAttribute()));
          else names.add(StructuralSummary.NON_DICT_PROPERTIES);
        }
        if (g.dictionaryAttribute() != null) names.addAll(entryNames(g.dictionaryAttribute()));
        if (g.regionList() != null) regions.addAll(g.regionList().region());
      }
      List<List<Integer>> shape = new ArrayList<>();
      for (MLIRParser.RegionContext r : regions) {
        List<Integer> blocks = new ArrayList<>();
        if (!r.operation().isEmpty()) blocks.add(0);
        for (MLIRParser.BlockContext b : r.block()) {
          MLIRParser.BlockArgListContext args = b.blockLabel().blockArgList();
          blocks.add(args == null ? 0 : args.blockArg().size());
        }
        // The custom module form always has a body block, as ModuleOp.parse makes one.
        if (customModule && blocks.isEmpty()) blocks.add(0);
        shape.add(blocks);
      }
      out.add(StructuralSummary.line(depth, name, results, operands, successors, shape, names));
      for (MLIRParser.RegionContext r : regions) {
        for (MLIRParser.OperationContext o : r.operation()) op(o, depth + 1);
        for (MLIRParser.BlockContext b : r.block())
          for (MLIRParser.OperationContext o : b.operation()) op(o, depth + 1);
      }
    }
  }

  private static List<String> entryNames(MLIRParser.DictionaryAttributeContext d) {
    List<String> names = new ArrayList<>();
    for (MLIRParser.AttributeEntryContext e : d.attributeEntry()) {
      TerminalNode s = e.STRING();
      names.add(s != null ? decodeString(s.getText()) : e.bareId().getText());
    }
    return names;
  }

  /** The value of a string literal token (quotes included), escapes resolved, as UTF-8. */
  static String decodeString(String token) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(token.length());
    int end = token.length() - 1;
    for (int i = 1; i < end; i++) {
      char c = token.charAt(i);
      if (c != '\\') {
        int cp = token.codePointAt(i);
        if (Character.isSupplementaryCodePoint(cp)) i++;
        bytes.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
        continue;
      }
      char n = token.charAt(++i);
      switch (n) {
        case 'n' -> bytes.write('\n');
        case 't' -> bytes.write('\t');
        case '"', '\\' -> bytes.write(n);
        default -> {
          bytes.write(Integer.parseInt(token.substring(i, i + 2), 16));
          i++;
        }
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
