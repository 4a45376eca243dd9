package dev.mlc.ir.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mlc.ir.attr.IntegerAttr;
import org.junit.jupiter.api.Test;

class ConstantValueTest {
  private static final ConstantValue ONE = ConstantValue.of(IntegerAttr.i64(1), "a");
  private static final ConstantValue TWO = ConstantValue.of(IntegerAttr.i64(2), "a");

  @Test void joinIsTheLatticeUpperBound() {
    assertEquals(ONE, ConstantValue.UNKNOWN.join(ONE));
    assertEquals(ONE, ONE.join(ConstantValue.UNKNOWN));
    assertEquals(ONE, ONE.join(ConstantValue.of(IntegerAttr.i64(1), "b")), "equal constants from another dialect stay as they were");
    assertEquals(ConstantValue.OVERDEFINED, ONE.join(TWO));
    assertEquals(ConstantValue.OVERDEFINED, ConstantValue.OVERDEFINED.join(ONE));
    assertEquals(ConstantValue.OVERDEFINED, ConstantValue.UNKNOWN.join(ConstantValue.OVERDEFINED));
  }
}
