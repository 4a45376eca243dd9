package dev.mlc.ir;

import dev.mlc.ir.asm.AsmParser;

/**
 * A namespace of ops, types and attributes. Dialects are found through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/dev.mlc.ir.Dialect}), never a hand-kept list.
 */
public interface Dialect {
  /** The namespace: the prefix of its op names ({@code arith}) and of {@code !ns.type}/{@code #ns.attr}. */
  String namespace();

  /** Whether ops of this namespace that are not registered are accepted (as MLIR's test dialect does). */
  default boolean allowsUnknownOperations() { return false; }

  /** One line for listings and docs. */
  default String summary() { return ""; }

  /** Registers the dialect's ops. */
  void initialize(Registrar registrar);

  /**
   * Parses a type after {@code !namespace.} (or inside {@code !namespace<...>}); report errors
   * through the parser. The default rejects every type.
   */
  default Type parseType(AsmParser parser) {
    throw parser.error("dialect '" + namespace() + "' provides no types");
  }

  /** Parses an attribute after {@code #namespace.}; {@code type} is the trailing type if any. */
  default Attribute parseAttribute(AsmParser parser, Type type) {
    throw parser.error("dialect '" + namespace() + "' provides no attributes");
  }

  /**
   * Creates an op producing the constant {@code value} of {@code type} at the builder's insertion
   * point (used when folding produces an attribute); null when the dialect cannot.
   */
  default Operation materializeConstant(Builder builder, Attribute value, Type type, Location loc) { return null; }

  /** What a dialect registers into a context. */
  interface Registrar {
    void addOp(OpDef def);
  }
}
