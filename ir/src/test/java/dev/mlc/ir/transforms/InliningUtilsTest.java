package dev.mlc.ir.transforms;

import static dev.mlc.ir.transforms.MiniDialect.I32;
import static dev.mlc.ir.transforms.MiniDialect.call;
import static dev.mlc.ir.transforms.MiniDialect.entry;
import static dev.mlc.ir.transforms.MiniDialect.func;
import static dev.mlc.ir.transforms.MiniDialect.op;
import static dev.mlc.ir.transforms.MiniDialect.ret;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.Block;
import dev.mlc.ir.Location;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import dev.mlc.ir.type.IntegerType;
import java.util.List;
import org.junit.jupiter.api.Test;

class InliningUtilsTest {
  private final Operation module = MiniDialect.module(MiniDialect.context());
  private final Operation caller = func(module, "caller", false, List.of(I32), List.of(I32), false);
  private final Value x = entry(caller).argument(0);

  /** {@code callee(a) = add(a, a)}. */
  private Operation addSelf(String name) {
    Operation f = func(module, name, true, List.of(I32), List.of(I32), false);
    Value a = entry(f).argument(0);
    Operation add = op(entry(f), "mini.add", List.of(a, a), List.of(I32));
    add.setLocation(Location.file("callee.mlir", 5, 5));
    ret(entry(f), List.of(add.result()));
    return f;
  }

  @Test void inlinesOneBlockReplacingResultsWithCallSiteLocations() {
    Operation callee = addSelf("callee");
    Operation c = call(entry(caller), "callee", List.of(x), List.of(I32));
    c.setLocation(Location.file("caller.mlir", 1, 1));
    Operation r = ret(entry(caller), List.of(c.result()));
    InliningUtils.Result result = InliningUtils.inlineCall(c, callee);
    assertTrue(result.succeeded(), result.failure());
    Operation add = entry(caller).first();
    assertEquals(List.of(add, r), entry(caller).operations());
    assertEquals(List.of(x, x), add.operands());
    assertSame(add.result(), r.operand(0));
    assertEquals(new Location.CallSite(Location.file("callee.mlir", 5, 5), Location.file("caller.mlir", 1, 1)), add.location());
    assertEquals(List.of(add), result.inlinedOps());
    assertEquals(2, entry(callee).size(), "the callee is copied, not moved");
  }

  private void assertRefused(Operation callee, Operation call, String reason) {
    List<Operation> before = entry(caller).operations();
    int uses = x.useCount();
    InliningUtils.Result r = InliningUtils.inlineCall(call, callee);
    assertEquals(reason, r.failure());
    assertEquals(before, entry(caller).operations(), "the caller is unchanged");
    assertEquals(uses, x.useCount(), "no use of caller values is left behind");
  }

  @Test void refusesDeclarationsIllegalOpsAndTypeMismatches() {
    Operation decl = func(module, "decl", true, List.of(I32), List.of(I32), true);
    assertRefused(decl, call(entry(caller), "decl", List.of(x), List.of(I32)), "the callee has no body");
    Operation forbidding = addSelf("forbidding");
    op(entry(forbidding), "mini.forbidden", List.of(), List.of()).moveBefore(entry(forbidding).first());
    assertRefused(forbidding, call(entry(caller), "forbidding", List.of(x), List.of(I32)), "'mini.forbidden' is not legal to inline");
    Operation wide = func(module, "wide", true, List.of(IntegerType.of(64)), List.of(), false);
    ret(entry(wide), List.of());
    assertRefused(wide, call(entry(caller), "wide", List.of(x), List.of()), "the call's operand types differ from the callee's arguments");
  }

  @Test void refusesSeveralBlocksWhenTheDialectCannotBranchFromReturns() {
    Operation twoBlocks = func(module, "two_blocks", true, List.of(I32), List.of(I32), false);
    Block exit = twoBlocks.region(0).addBlock();
    Value y = exit.addArgument(I32, Location.UNKNOWN);
    Operation br = Operation.create(module.context().opName("mini.br"), Location.UNKNOWN, List.of(entry(twoBlocks).argument(0)), List.of(),
        null, null, List.of(exit), 0);
    entry(twoBlocks).append(br);
    ret(exit, List.of(y));
    Operation c = call(entry(caller), "two_blocks", List.of(x), List.of(I32));
    ret(entry(caller), List.of(c.result()));
    assertRefused(twoBlocks, c, "dialect 'mini' cannot turn 'mini.return' into a branch");
  }
}
