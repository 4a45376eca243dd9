package dev.mlc.ir.transforms;

import static dev.mlc.ir.transforms.MiniDialect.I32;
import static dev.mlc.ir.transforms.MiniDialect.constant;
import static dev.mlc.ir.transforms.MiniDialect.entry;
import static dev.mlc.ir.transforms.MiniDialect.func;
import static dev.mlc.ir.transforms.MiniDialect.op;
import static dev.mlc.ir.transforms.MiniDialect.ret;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.rewrite.OperationFolder;
import java.util.List;
import org.junit.jupiter.api.Test;

class SCCPPassTest {
  private final Operation module = MiniDialect.module(MiniDialect.context());
  private final Operation f = func(module, "f", false, List.of(I32), List.of(I32, I32), false);

  @Test void anInPlaceFoldIsUndoneAndGivesNoConstant() {
    Value x = entry(f).argument(0);
    Value c = constant(entry(f), 1);
    Operation swap = op(entry(f), "mini.swap", List.of(c, x), List.of(I32));
    Operation sum = op(entry(f), "mini.add", List.of(c, c), List.of(I32));
    Operation r = ret(entry(f), List.of(swap.result(), sum.result()));
    assertTrue(MiniDialect.run(new SCCPPass(), module));
    assertEquals(x, swap.operand(1), "the simulated fold did not reorder the operands");
    assertSame(swap.result(), r.operand(0));
    assertEquals(IntegerAttr.of(I32, 2), OperationFolder.constantValue(r.operand(1)));
    assertNull(sum.parentBlock(), "the folded add is erased");
  }

  @Test void solverTracksExecutabilityAndValues() {
    Value c = constant(entry(f), 20);
    Operation sum = op(entry(f), "mini.add", List.of(c, c), List.of(I32));
    ret(entry(f), List.of(sum.result(), entry(f).argument(0)));
    SparseConstantPropagation s = SparseConstantPropagation.solve(module);
    assertTrue(s.isExecutable(entry(f)));
    assertEquals(ConstantValue.of(IntegerAttr.of(I32, 40), "mini"), s.valueOf(sum.result()));
    assertEquals(ConstantValue.OVERDEFINED, s.valueOf(entry(f).argument(0)), "a public function's arguments are unknown");
  }
}
