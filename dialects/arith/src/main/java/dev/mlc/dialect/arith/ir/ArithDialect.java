package dev.mlc.dialect.arith.ir;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Builder;
import dev.mlc.ir.Dialect;
import dev.mlc.ir.Location;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.asm.AsmParser;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.interfaces.InlinerInterface;
import java.util.List;

/**
 * MLIR's arith dialect: integer and float arithmetic, compares, select, casts, with MLIR's
 * syntax, folds and canonicalizations, and the {@code #arith.fastmath<...>} and
 * {@code #arith.overflow<...>} attributes. Every arith op may be inlined (MLIR's
 * ArithInlinerInterface); the dialect has no return terminator.
 */
public final class ArithDialect implements Dialect, InlinerInterface {
  @Override public String namespace() { return "arith"; }

  @Override public String summary() { return "MLIR's arith dialect: integer and float arithmetic, compares, casts"; }

  @Override public void initialize(Registrar r) {
    for (OpDef d : ArithOps.all()) r.addOp(d);
  }

  @Override public boolean isReturn(Operation terminator) { return false; }

  @Override public Attribute parseAttribute(AsmParser p, Type type) {
    String k = p.parseKeyword();
    return switch (k) {
      case "fastmath" -> p.context().intern(FastMathAttr.parseParams(p));
      case "overflow" -> p.context().intern(OverflowAttr.parseParams(p));
      default -> throw p.error("unknown attribute '" + k + "' in the arith dialect");
    };
  }

  /** Folded values become {@code arith.constant}s. */
  @Override public Operation materializeConstant(Builder b, Attribute value, Type type, Location loc) {
    if (!ConstantOp.isBuildableWith(value, type)) return null;
    return b.create(ConstantOp.NAME, loc, List.of(), List.of(type), DictionaryAttr.of(new NamedAttribute("value", value)));
  }
}
