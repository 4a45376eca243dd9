package dev.mlc.backend.llvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.Operation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** perf's map of JIT code: each function's address (from the JIT) and size (from the object's symbol table). */
class PerfMapTest {
  static final String SRC = """
      llvm.func @poly(%x: f64) -> f64 {
        %0 = llvm.fmul %x, %x : f64
        %1 = llvm.fadd %0, %x : f64
        llvm.return %1 : f64
      }
      llvm.func @twice(%x: f64) -> f64 {
        %0 = llvm.fadd %x, %x : f64
        llvm.return %0 : f64
      }
      """;

  @Test void linesNameEachFunctionAtItsAddressWithItsSize() {
    Operation m = TranslationTest.parse(SRC);
    byte[] obj;
    try (LlvmModule lm = LlvmModule.translateOrThrow(m, TargetOptions.host())) {
      obj = lm.toObject();
    }
    Map<String, Long> sizes = PerfMap.symbolSizes(obj);
    assertTrue(sizes.get("poly") > 0 && sizes.get("twice") > 0, sizes.toString());
    var sig = dev.mlc.dialect.llvm.ir.FuncOp.functionType(m.region(0).front().first());
    try (JitModule j = JitModule.fromObject(obj, Map.of("poly", sig, "twice", sig), TargetOptions.host())) {
      List<String> lines = PerfMap.entries(obj, j::symbolAddress);
      assertEquals(2, lines.size(), lines.toString());
      for (String name : List.of("poly", "twice")) {
        String expected = Long.toHexString(j.symbolAddress(name)) + " " + Long.toHexString(sizes.get(name)) + " " + name;
        assertTrue(lines.contains(expected), lines + " lacks " + expected);
      }
      assertEquals(4.0 + 2.0, (Double) j.function("poly").invoke(2.0), 0.0);
    }
  }
}
