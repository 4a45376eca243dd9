package dev.mlc.ir.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.core.TestPasses.AnyPass;
import dev.mlc.ir.core.TestPasses.FuncPass;
import dev.mlc.ir.core.TestPasses.NoOptionsPass;
import dev.mlc.ir.core.TestPasses.OptionsPass;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassManager;
import dev.mlc.ir.pass.PassRegistry;
import dev.mlc.ir.pass.PassRegistry.PipelineDef;
import dev.mlc.ir.pass.PipelineParser;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The textual pipeline syntax: nesting, options, named pipelines, implicit nesting, errors with columns, round trips. */
class PipelineParserTest {
  private final PassRegistry registry = TestPasses.registry();

  private PassManager parse(String text) { return PipelineParser.parse(registry, text, "builtin.module"); }

  private String error(String text) { return assertThrows(IllegalArgumentException.class, () -> parse(text)).getMessage(); }

  @Test
  void nestedPipelines() {
    PassManager pm = parse("builtin.module( test-any , ct.func(test-func, test-noopt))");
    assertEquals("builtin.module", pm.anchor());
    assertEquals(2, pm.entries().size());
    assertInstanceOf(AnyPass.class, pm.entries().get(0));
    PassManager nested = assertInstanceOf(PassManager.class, pm.entries().get(1));
    assertEquals("ct.func", nested.anchor());
    assertInstanceOf(FuncPass.class, nested.entries().get(0));
    assertInstanceOf(NoOptionsPass.class, nested.entries().get(1));
    assertEquals("builtin.module(test-any,ct.func(test-func,test-noopt))", pm.toString());
  }

  @Test
  void aBareListIsRelativeToTheRootAndNestsAnchoredPassesImplicitly() {
    assertEquals("builtin.module(ct.func(test-func),test-any,ct.func(test-func))", parse("test-func,test-any,test-func").toString());
    assertEquals("builtin.module(ct.func(test-func,test-func))", parse("test-func, test-func").toString(),
        "consecutive passes of one anchor share one nested pipeline");
    assertEquals("builtin.module(ct.func(test-noopt,test-func))", parse("ct.func(test-noopt),test-func").toString());
    assertTrue(parse("").isEmpty());
    assertTrue(parse("builtin.module()").isEmpty());
  }

  @Test
  void anyAnchoredPipelines() {
    PassManager pm = PipelineParser.parse(registry, "any(test-any,ct.func(test-func))", null);
    assertNull(pm.anchor());
    assertEquals("any(test-any,ct.func(test-func))", pm.toString());
    PassManager nestedAny = parse("any(test-noopt)");
    assertNull(((PassManager) nestedAny.entries().get(0)).anchor());
    assertEquals("builtin.module(any(test-noopt))", nestedAny.toString());
  }

  @Test
  void optionsInBraces() {
    PassManager pm = parse("test-options{max-iter=3 label=\"a, b}\" names={x,y}}, test-options");
    OptionsPass first = (OptionsPass) pm.entries().get(0), second = (OptionsPass) pm.entries().get(1);
    assertEquals(3, first.maxIter);
    assertEquals("a, b}", first.label);
    assertEquals(List.of("x", "y"), first.names);
    assertEquals(10, second.maxIter, "each occurrence is a fresh instance with default options");
  }

  @Test
  void namedPipelinesExpandInPlace() {
    registry.addPipeline(new PipelineDef("my-pipe", "Any then func", "test-any,test-func"));
    registry.addPipeline(new PipelineDef("inner", "For functions", "test-noopt"));
    assertEquals("builtin.module(test-noopt,test-any,ct.func(test-func))", parse("test-noopt,my-pipe").toString());
    assertEquals("builtin.module(ct.func(test-noopt,test-func))", parse("ct.func(inner,test-func)").toString());
    assertEquals("Any then func", registry.pipeline("my-pipe").summary());
    assertEquals(2, registry.pipelines().size());
    assertEquals("invalid pass pipeline 'my-pipe{x=1}' at column 1: named pipeline 'my-pipe' takes no options", error("my-pipe{x=1}"));
  }

  @Test
  void errorsPointAtTheirColumn() {
    assertEquals("invalid pass pipeline 'test-any,nope' at column 10: 'nope' does not refer to a registered pass or pass pipeline",
        error("test-any,nope"));
    assertEquals("invalid pass pipeline 'builtin.module(test-any' at column 24: expected ')'", error("builtin.module(test-any"));
    assertEquals("invalid pass pipeline 'test-any)' at column 9: unexpected text after the pipeline", error("test-any)"));
    assertEquals("invalid pass pipeline ',test-any' at column 1: expected a pass or op name", error(",test-any"));
    assertEquals("invalid pass pipeline 'test-options{max-iter=3' at column 24: expected '}' to close the pass options",
        error("test-options{max-iter=3"));
    assertEquals("invalid pass pipeline 'test-any,test-options{nope=1}' at column 10: no such option 'nope' for pass 'test-options'"
        + " (options: max-iter, flag, mode, sizes, names, label, big, ratio)", error("test-any,test-options{nope=1}"));
    assertEquals("invalid pass pipeline 'test-options{label=\"x}' at column 20: unterminated quote", error("test-options{label=\"x}"));
    assertTrue(error("  test-any,,").startsWith("invalid pass pipeline 'test-any,,' at column 10: "), "columns count from the stripped text");
  }

  /** Random pipelines print, parse and print again to the same text. */
  @Property(tries = 300)
  void toStringRoundTripsThroughTheParser(@ForAll @Size(max = 12) List<@IntRange(min = 0, max = 99) Integer> script) {
    PassManager pm = new PassManager("builtin.module");
    List<PassManager> open = new ArrayList<>(List.of(pm));
    for (int step : script) {
      PassManager cur = open.get(open.size() - 1);
      switch (step % 7) {
        case 0 -> open.add(cur.nest(step % 2 == 0 ? "ct.func" : "any"));
        case 1 -> {
          if (open.size() > 1) open.remove(open.size() - 1);
        }
        case 2 -> cur.addPass(new FuncPass());
        case 3 -> cur.addPass(new NoOptionsPass());
        case 4 -> {
          OptionsPass p = new OptionsPass();
          p.maxIter = step;
          p.label = step % 3 == 0 ? "with space" : "x" + step;
          p.sizes = List.of(step, -step);
          cur.addPass(p);
        }
        default -> cur.addPass(new AnyPass());
      }
    }
    String text = pm.toString();
    PassManager back = parse(text);
    assertEquals(text, back.toString());
    assertEquals(shape(pm), shape(back));
  }

  /** The classes and anchors of a pipeline, structurally. */
  private static String shape(PassManager pm) {
    StringBuilder sb = new StringBuilder(String.valueOf(pm.anchor())).append('[');
    for (Object e : pm.entries()) sb.append(e instanceof Pass p ? p.getClass().getSimpleName() : shape((PassManager) e)).append(' ');
    return sb.append(']').toString();
  }
}
