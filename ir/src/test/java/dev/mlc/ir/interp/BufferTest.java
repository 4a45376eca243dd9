package dev.mlc.ir.interp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
import org.junit.jupiter.api.Test;

class BufferTest {
  @Test void storesAreRoundedAndViewsShareMemory() {
    Buffer b = Buffer.allocate(FloatType.F16, new long[] {4, 4}, false, "loc(\"a.mlir\":3:5)");
    Buffer col = b.view(1, new long[] {4}, new long[] {4}); // column 1
    for (long i = 0; i < 4; i++) col.store(0.1 * i, i);
    assertEquals(Scalars.round(0.2, FloatType.F16), b.load(2, 1));
    assertArrayEquals(new long[] {4}, col.sizes());
  }

  @Test void faultsAreReportedClearly() {
    Buffer b = Buffer.allocate(IntegerType.of(32), new long[] {2, 3}, false, "test.mlir:1:1");
    InterpreterException oob = assertThrows(InterpreterException.class, () -> b.load(2, 0));
    assertTrue(oob.getMessage().contains("out-of-bounds"), oob.getMessage());
    InterpreterException uninit = assertThrows(InterpreterException.class, () -> b.load(1, 1));
    assertTrue(uninit.getMessage().contains("uninitialized"), uninit.getMessage());
    b.store(7L, 1, 1);
    assertEquals(7L, b.load(1, 1));
    b.free();
    InterpreterException uaf = assertThrows(InterpreterException.class, () -> b.load(1, 1));
    assertTrue(uaf.getMessage().contains("after it was freed") && uaf.getMessage().contains("test.mlir:1:1"), uaf.getMessage());
    assertThrows(InterpreterException.class, b::free);
  }

  @Test void viewsBeyondTheAllocationAreCaught() {
    Buffer b = Buffer.allocate(IntegerType.of(8), new long[] {4}, true, null);
    Buffer bad = b.view(2, new long[] {3}, new long[] {1});
    assertEquals(0L, bad.load(1));
    assertThrows(InterpreterException.class, () -> bad.load(2));
  }

  @Test void tensorsConvertBothWays() {
    Tensor t = Tensor.ofLongs(IntegerType.of(8), new long[] {2, 2}, 1, 2, 300, -1);
    assertEquals(44L, t.getLong(2));
    Tensor back = Buffer.of(t).toTensor();
    assertEquals(t, back);
    assertEquals(t, Tensor.fromAttr(t.toAttr(), null));
  }
}
