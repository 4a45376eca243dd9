package dev.mlc.dialect.cpu.ir;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Dialect;
import dev.mlc.ir.Type;
import dev.mlc.ir.asm.AsmParser;

/**
 * CPU-specific target ops and the target description: {@code #cpu.target<...>} (architecture,
 * features, vector width) on a module or function, the VNNI int8 dot products, and
 * {@code cpu.vector_bits}.
 */
public final class CpuDialect implements Dialect {
  @Override public String namespace() { return "cpu"; }

  @Override public String summary() { return "CPU-specific target ops: vector widths, int8 dot products"; }

  @Override public void initialize(Registrar r) {
    r.addOp(new VnniDotOp(false));
    r.addOp(new VnniDotOp(true));
    r.addOp(new VectorBitsOp());
  }

  @Override public Attribute parseAttribute(AsmParser parser, Type type) { return CpuTargetAttr.parse(parser); }
}
