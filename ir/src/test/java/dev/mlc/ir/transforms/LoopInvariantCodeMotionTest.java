package dev.mlc.ir.transforms;

import static dev.mlc.ir.transforms.MiniDialect.I32;
import static dev.mlc.ir.transforms.MiniDialect.entry;
import static dev.mlc.ir.transforms.MiniDialect.func;
import static dev.mlc.ir.transforms.MiniDialect.op;
import static dev.mlc.ir.transforms.MiniDialect.ret;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mlc.ir.Block;
import dev.mlc.ir.Location;
import dev.mlc.ir.Operation;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.IntegerAttr;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoopInvariantCodeMotionTest {
  @Test void opsOfAGraphRegionLeaveInDependencyOrder() {
    Operation module = MiniDialect.module(MiniDialect.context());
    Operation f = func(module, "f", false, List.of(), List.of(), false);
    Operation loop = Operation.create(module.context().opName("mini.graph_loop"), Location.UNKNOWN, List.of(), List.of(), null, null,
        List.of(), 1);
    entry(f).append(loop);
    ret(entry(f), List.of());
    Block body = loop.region(0).addBlock();
    // %v0 = add(%c, %v1); %v1 = add(%c, %c); %c = const 5 -- uses before definitions, as graph regions allow.
    Operation v0 = op(body, "mini.add", List.of(), List.of(I32));
    Operation v1 = op(body, "mini.add", List.of(), List.of(I32));
    Operation c = op(body, "mini.const", List.of(), List.of(I32), DictionaryAttr.EMPTY.with("value", IntegerAttr.of(I32, 5)));
    Operation effect = op(body, "mini.effect", List.of(v0.result()), List.of());
    v0.setOperands(List.of(c.result(), v1.result()));
    v1.setOperands(List.of(c.result(), c.result()));
    assertEquals(3, LoopInvariantCodeMotionPass.moveLoopInvariantCode(loop));
    assertEquals(List.of(c, v1, v0, loop, entry(f).last()), entry(f).operations());
    assertEquals(List.of(effect), body.operations());
  }
}
