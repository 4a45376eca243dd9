package dev.mlc.ir.rewrite.conversion;

import dev.mlc.ir.Block;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Region;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.rewrite.PatternRewriter;
import dev.mlc.ir.rewrite.RewritePattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A pattern of a dialect conversion (MLIR's {@code ConversionPattern}): it sees the op together
 * with its adaptor operands, the operands as already converted. With a {@link TypeConverter}, each
 * adaptor operand has the converted type of the original operand (a target materialization is
 * inserted where the producer was not converted); without one, it is the operand's latest
 * replacement, whatever its type. Like every pattern it either changes nothing and returns false,
 * saying why through {@link PatternRewriter#notifyMatchFailure}, or rewrites through the rewriter
 * and returns true; the driver rolls back whatever a failing pattern did.
 *
 * <p>Simple 1:1 lowerings need no class: {@link #renames} turns a table of op names into patterns.
 */
public abstract class ConversionPattern extends RewritePattern {
  private final TypeConverter typeConverter;

  protected ConversionPattern(String rootName, int benefit, TypeConverter typeConverter) {
    super(rootName, benefit);
    this.typeConverter = typeConverter;
  }

  protected ConversionPattern(String rootName, TypeConverter typeConverter) { this(rootName, 1, typeConverter); }

  protected ConversionPattern(String rootName) { this(rootName, 1, null); }

  /** The converter of the adaptor operands' types; null when operands are passed unconverted. */
  public final TypeConverter typeConverter() { return typeConverter; }

  /** Rewrites {@code op}, whose converted operands are {@code operands} (one per operand of {@code op}). */
  public abstract boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rewriter);

  @Override public final boolean matchAndRewrite(Operation op, PatternRewriter rewriter) {
    if (!(rewriter instanceof ConversionPatternRewriter r))
      throw new IllegalStateException("conversion pattern '" + name() + "' applied outside a dialect conversion");
    List<Value> operands = r.adaptorOperands(op, typeConverter);
    return operands != null && matchAndRewrite(op, operands, r);
  }

  /** The body of a conversion pattern given as a lambda. */
  @FunctionalInterface
  public interface Body {
    boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rewriter);
  }

  /** A conversion pattern from a lambda. */
  public static ConversionPattern of(String name, String rootName, int benefit, TypeConverter typeConverter, Body body) {
    return new ConversionPattern(rootName, benefit, typeConverter) {
      @Override public String name() { return name; }

      @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rewriter) {
        return body.matchAndRewrite(op, operands, rewriter);
      }
    };
  }

  /**
   * {@code from(operands) -> to(converted operands)}: the same op under another name, with the
   * converted operands, converted result types, the same properties, attributes and successors,
   * and the regions moved over (their block signatures converted when there is a converter).
   */
  public static ConversionPattern rename(String from, String to, TypeConverter typeConverter) {
    String name = "Rename(" + from + " -> " + to + ")";
    return of(name, from, 1, typeConverter, (op, operands, rewriter) -> {
      List<Type> resultTypes = op.resultTypes();
      if (typeConverter != null) {
        resultTypes = new ArrayList<>();
        for (Type t : op.resultTypes()) {
          Type c = typeConverter.convertType(t);
          if (c == null) return rewriter.notifyMatchFailure(op, "result type " + t + " does not convert 1:1");
          resultTypes.add(c);
        }
        for (Region r : op.regions())
          for (Block b : r.blocks())
            if (typeConverter.convertBlockSignature(b) == null) return rewriter.notifyMatchFailure(op, "a region's block signature cannot be converted");
      }
      Operation n = Operation.create(rewriter.context().opName(to), op.location(), operands, resultTypes, op.properties(),
          op.attributes(), op.successors(), op.numRegions());
      rewriter.insert(n);
      for (int i = 0; i < op.numRegions(); i++) {
        rewriter.inlineRegionBefore(op.region(i), n.region(i), 0);
        if (typeConverter != null) rewriter.convertRegionTypes(n.region(i), typeConverter);
      }
      rewriter.replaceOp(op, n);
      return true;
    });
  }

  /**
   * One {@link #rename} pattern per entry of {@code table} (source op name → target op name), in
   * name order: {@code patterns.addAll(ConversionPattern.renames(tc, Map.of("src.add", "dst.add")))}.
   */
  public static List<ConversionPattern> renames(TypeConverter typeConverter, Map<String, String> table) {
    List<ConversionPattern> r = new ArrayList<>(table.size());
    for (var e : new TreeMap<>(table).entrySet()) r.add(rename(e.getKey(), e.getValue(), typeConverter));
    return r;
  }
}
