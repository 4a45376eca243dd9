package dev.mlc.lowering.tollvm;

import dev.mlc.ir.rewrite.conversion.ConversionPattern;
import dev.mlc.ir.rewrite.conversion.TypeConverter;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The cf to llvm patterns: the branches are one-to-one, keeping their successors and operand segments. */
public final class CfToLlvm {
  private CfToLlvm() {}

  static final Map<String, String> BRANCHES = Map.of("cf.br", "llvm.br", "cf.cond_br", "llvm.cond_br", "cf.switch", "llvm.switch");

  public static List<ConversionPattern> patterns(TypeConverter tc) {
    return OneToOne.table(tc, BRANCHES, Set.of("operandSegmentSizes", "case_values", "case_operand_segments"));
  }
}
