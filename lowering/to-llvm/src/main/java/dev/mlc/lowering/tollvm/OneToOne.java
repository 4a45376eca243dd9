package dev.mlc.lowering.tollvm;

import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.rewrite.conversion.ConversionPattern;
import dev.mlc.ir.rewrite.conversion.ConversionPatternRewriter;
import dev.mlc.ir.rewrite.conversion.TypeConverter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code from(operands) -> to(converted operands)}: converted result types, the successors, and
 * only the attributes named in {@code keep} (the source dialect's flags do not carry over).
 */
final class OneToOne extends ConversionPattern {
  private final String to;
  private final Set<String> keep;

  OneToOne(String from, String to, TypeConverter tc, Set<String> keep) {
    super(from, tc);
    this.to = to;
    this.keep = keep;
  }

  @Override public String name() { return "Lower(" + rootName() + " -> " + to + ")"; }

  @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rw) {
    List<Type> results = new ArrayList<>();
    for (Type t : op.resultTypes()) {
      Type c = typeConverter().convertType(t);
      if (c == null) return rw.notifyMatchFailure(op, "result type " + t + " has no llvm equivalent");
      results.add(c);
    }
    for (Value v : operands)
      if (typeConverter().convertType(v.type()) == null) return rw.notifyMatchFailure(op, "operand type " + v.type() + " has no llvm equivalent");
    if (op.numSuccessors() > 0) {
      // Branch operands must match the (already converted) successor block arguments.
      List<Type> blockTypes = new ArrayList<>();
      for (var b : op.successors()) blockTypes.addAll(b.argumentTypes());
      int first = operands.size() - blockTypes.size();
      for (int i = 0; i < blockTypes.size(); i++)
        if (first < 0 || !operands.get(first + i).type().equals(blockTypes.get(i)))
          return rw.notifyMatchFailure(op, "successor block arguments do not have the converted operand types (convert the enclosing function's blocks first)");
    }
    List<NamedAttribute> attrs = new ArrayList<>();
    for (String k : keep) if (op.attr(k) != null) attrs.add(new NamedAttribute(k, op.attr(k)));
    Operation n = Operation.create(rw.context().opName(to), op.location(), operands, results, null, DictionaryAttr.of(attrs),
        op.successors(), 0);
    rw.insert(n);
    rw.replaceOp(op, n);
    return true;
  }

  /** One pattern per entry of {@code table}, in name order. */
  static List<ConversionPattern> table(TypeConverter tc, Map<String, String> table, Set<String> keep) {
    List<ConversionPattern> r = new ArrayList<>();
    for (var e : new TreeMap<>(table).entrySet()) r.add(new OneToOne(e.getKey(), e.getValue(), tc, keep));
    return r;
  }
}
