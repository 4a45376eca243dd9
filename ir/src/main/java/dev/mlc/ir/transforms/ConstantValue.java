package dev.mlc.ir.transforms;

import dev.mlc.ir.Attribute;

/**
 * The lattice of sparse conditional constant propagation (MLIR's {@code ConstantValue}): unknown
 * (nothing known yet: the value may never be computed), a constant, or overdefined (not a single
 * constant). A constant remembers the dialect whose op produced it, which materializes it later.
 */
record ConstantValue(Attribute constant, String dialect, boolean overdefined) {
  static final ConstantValue UNKNOWN = new ConstantValue(null, null, false);
  static final ConstantValue OVERDEFINED = new ConstantValue(null, null, true);

  static ConstantValue of(Attribute constant, String dialect) { return new ConstantValue(constant, dialect, false); }

  boolean isUnknown() { return constant == null && !overdefined; }

  boolean isConstant() { return constant != null; }

  /** The least upper bound: unknown joins to the other side; different constants join to overdefined. */
  ConstantValue join(ConstantValue other) {
    if (isUnknown() || this.equals(other)) return other;
    if (other.isUnknown() || (isConstant() && constant.equals(other.constant))) return this;
    return OVERDEFINED;
  }
}
