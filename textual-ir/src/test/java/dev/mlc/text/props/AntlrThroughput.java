package dev.mlc.text.props;

import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.text.Parser;
import dev.mlc.text.ParserConfig;
import dev.mlc.text.grammar.MLIRLexer;
import dev.mlc.text.grammar.MLIRParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How fast the ANTLR reference grammar reads MLIR, next to our hand-written parser: the reason
 * the hot path is hand-written. Measures, on one file: the ANTLR lexer alone; lexer and parser
 * (SLL prediction, the fast mode) without and with a parse tree; and {@link Parser#parse}.
 *
 * <pre>
 * python3 ../shared/bench/gen_mlir.py -o /tmp/chain.mlir chain 1000000
 * java -Xmx16g -cp ... dev.mlc.text.props.AntlrThroughput /tmp/chain.mlir [runs]
 * mvn -Pslow -pl textual-ir test -Dtest=AntlrThroughput -Dmlc.bench.file=/tmp/chain.mlir
 * </pre>
 *
 * Without {@code mlc.bench.file} the test makes a 100,000-op chain in memory (the surefire heap is
 * 3 GiB; ANTLR's buffered tokens and parse tree for the 60 MB file need more than 4).
 *
 * <p>Measured on the 2-core dev machine, 1M-op chain (59.8 MB), medians of 7 runs, -Xmx16g: ANTLR
 * lexer alone 0.81 s, lexer + parser 1.70 s, with the parse tree 4.2 s; Parser.parse 0.28 s.
 */
@Tag("slow")
class AntlrThroughput {
  public static void main(String[] args) throws IOException {
    byte[] bytes = Files.readAllBytes(Path.of(args[0]));
    run(args[0], bytes, args.length > 1 ? Integer.parseInt(args[1]) : 3);
  }

  @Test
  void measure() throws IOException {
    String file = System.getProperty("mlc.bench.file");
    if (file != null) run(file, Files.readAllBytes(Path.of(file)), Integer.getInteger("mlc.bench.runs", 3));
    else run("chain of 100,000 ops (in memory)", chain(100_000).getBytes(StandardCharsets.UTF_8), Integer.getInteger("mlc.bench.runs", 3));
  }

  /** The {@code chain} file of shared/bench/gen_mlir.py. */
  static String chain(int n) {
    StringBuilder sb = new StringBuilder(n * 60);
    sb.append("\"builtin.module\"() ({\n  \"func.func\"() ({\n  ^bb0(%a: f32, %b: f32):\n");
    String prev = "%a";
    for (int i = 1; i <= n; i++) {
      sb.append("    %").append(i).append(" = \"").append(i % 2 == 1 ? "arith.addf" : "arith.mulf").append("\"(").append(prev)
          .append(", %b) : (f32, f32) -> f32\n");
      prev = "%" + i;
    }
    sb.append("    \"func.return\"(").append(prev).append(") : (f32) -> ()\n");
    sb.append("  }) {sym_name = \"chain\", function_type = (f32, f32) -> f32} : () -> ()\n}) : () -> ()\n");
    return sb.toString();
  }

  interface Step {
    long run() throws Exception;
  }

  static void run(String name, byte[] bytes, int runs) {
    double mb = bytes.length / 1e6;
    System.out.printf("%s: %.1f MB, best and median of %d runs%n", name, mb, runs);
    String text = new String(bytes, StandardCharsets.UTF_8);
    measure("ANTLR lexer only", mb, runs, () -> {
      MLIRLexer lexer = new MLIRLexer(CharStreams.fromString(text));
      long n = 0;
      for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) n++;
      return n;
    });
    measure("ANTLR lexer + parser (SLL, no tree)", mb, runs, () -> {
      MLIRParser p = parser(CharStreams.fromString(text));
      p.setBuildParseTree(false);
      p.toplevel();
      return p.getNumberOfSyntaxErrors();
    });
    measure("ANTLR lexer + parser (SLL, parse tree)", mb, runs, () -> {
      MLIRParser p = parser(CharStreams.fromString(text));
      return p.toplevel().getChildCount() + p.getNumberOfSyntaxErrors();
    });
    measure("our Parser.parse (parse only)", mb, runs, () -> {
      MLContext ctx = new MLContext();
      ctx.allowUnregisteredDialects(true);
      Operation m = Parser.parse(ctx, "bench.mlir", bytes, ParserConfig.DEFAULT);
      if (m == null) throw new IllegalStateException("our parser failed: " + ctx.diagnostics().takeCollected());
      return m.numRegions();
    });
  }

  private static MLIRParser parser(CharStream chars) {
    MLIRLexer lexer = new MLIRLexer(chars);
    MLIRParser p = new MLIRParser(new CommonTokenStream(lexer));
    p.getInterpreter().setPredictionMode(PredictionMode.SLL);
    return p;
  }

  private static void measure(String what, double mb, int runs, Step step) {
    double[] secs = new double[runs];
    try {
      for (int i = 0; i < runs; i++) {
        System.gc();
        long t0 = System.nanoTime();
        step.run();
        secs[i] = (System.nanoTime() - t0) / 1e9;
      }
    } catch (Throwable e) {
      System.out.printf("  %-40s failed: %s%n", what, e);
      return;
    }
    Arrays.sort(secs);
    double best = secs[0], median = secs[runs / 2];
    System.out.printf("  %-40s best %7.3f s (%6.1f MB/s)   median %7.3f s%n", what, best, mb / best, median);
  }
}
