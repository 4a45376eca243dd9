package dev.mlc.ir.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.Operation;
import dev.mlc.ir.core.TestPasses.Mode;
import dev.mlc.ir.core.TestPasses.NoOptionsPass;
import dev.mlc.ir.core.TestPasses.OptionsPass;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassContext;
import dev.mlc.ir.pass.PassInfo;
import dev.mlc.ir.pass.PassManager;
import dev.mlc.ir.pass.PassOption;
import dev.mlc.ir.pass.PassOptions;
import dev.mlc.ir.pass.PipelineParser;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Pass options: typed fields set from {@code key=value} text, with user-facing errors, printed back by describe. */
class PassOptionsTest {
  private static OptionsPass applied(String text) {
    OptionsPass p = new OptionsPass();
    PassOptions.apply(p, text);
    return p;
  }

  private static String error(Pass p, String text) {
    return assertThrows(IllegalArgumentException.class, () -> PassOptions.apply(p, text)).getMessage();
  }

  @Test
  void defaultsPrintAsThePipelineSyntax() {
    assertEquals("test-options{max-iter=10 flag=false mode=fast sizes= names= label=\"\" big=1099511627776 ratio=0.5}",
        new OptionsPass().toString());
    assertEquals("test-noopt", new NoOptionsPass().toString());
  }

  @Test
  void everyKindOfOptionIsParsed() {
    OptionsPass p = applied("max-iter=4 flag mode=very-slow sizes=1,2,3 names={a,b} label=\"x y\" big=-5 ratio=1e-3");
    assertEquals(4, p.maxIter);
    assertTrue(p.flag, "a bare key means true");
    assertEquals(Mode.VERY_SLOW, p.mode);
    assertEquals(List.of(1, 2, 3), p.sizes);
    assertEquals(List.of("a", "b"), p.names);
    assertEquals("x y", p.label);
    assertEquals(-5L, p.big);
    assertEquals(1e-3, p.ratio);
    assertEquals("test-options{max-iter=4 flag=true mode=very-slow sizes=1,2,3 names=a,b label=\"x y\" big=-5 ratio=0.001}", p.toString());
  }

  @Test
  void booleanSpellings() {
    assertFalse(applied("flag=false").flag);
    assertTrue(applied("flag=true").flag);
    assertTrue(applied("flag=1").flag);
    assertFalse(applied("flag=1 flag=0").flag, "the last setting wins");
  }

  @Test
  void quotesAndBraces() {
    assertEquals("a b", applied("label='a b'").label);
    assertEquals("", applied("label=\"\"").label);
    assertEquals(List.of(1, 2, 3), applied("sizes={1, 2, 3}").sizes, "spaces inside braces belong to the value");
    assertEquals("a{b}c", applied("label={a{b}c}").label, "inner braces are kept");
    assertEquals("{x} y", applied("label=\"{x} y\"").label);
    assertEquals(List.of(), applied("sizes=").sizes);
    assertEquals(List.of(), applied("names= max-iter=2").names);
    assertEquals(10, applied("   ").maxIter, "blank text sets nothing");
  }

  @Test
  void errorsNameTheOptionThePassAndTheExpectation() {
    OptionsPass p = new OptionsPass();
    assertEquals("no such option 'nope' for pass 'test-options' (options: max-iter, flag, mode, sizes, names, label, big, ratio)",
        error(p, "nope=1"));
    assertEquals("no such option 'x' for pass 'test-noopt' (it takes no options)", error(new NoOptionsPass(), "x=1"));
    assertEquals("option 'max-iter' of pass 'test-options' expects a int, got 'four'", error(p, "max-iter=four"));
    assertEquals("option 'flag' of pass 'test-options' expects true or false, got 'yes'", error(p, "flag=yes"));
    assertEquals("option 'mode' of pass 'test-options' expects one of fast|very-slow, got 'slow'", error(p, "mode=slow"));
    assertEquals("option 'sizes' of pass 'test-options' expects a list<integer>, got '1,x'", error(p, "sizes=1,x"));
    assertEquals("option 'ratio' of pass 'test-options' expects a double, got 'half'", error(p, "ratio=half"));
    assertEquals("unterminated quote in options 'label=\"abc'", error(p, "label=\"abc"));
    assertEquals("unbalanced '}' in options 'label=a}'", error(p, "label=a}"));
    assertEquals("expected an option name in '=3'", error(p, "=3"));
    assertEquals(10, p.maxIter, "failed applications leave the defaults");
  }

  @Test
  void optionsAreListedInDeclarationOrderWithTheirTypes() {
    var opts = PassOptions.options(OptionsPass.class);
    assertEquals(List.of("max-iter", "flag", "mode", "sizes", "names", "label", "big", "ratio"), opts.stream().map(o -> o.name()).toList());
    assertEquals(List.of("int", "boolean", "fast|very-slow", "list<integer>", "list<string>", "string", "long", "double"),
        opts.stream().map(o -> o.typeName()).toList());
    assertEquals("An int", opts.get(0).description());
  }

  @PassInfo(name = "test-bad-option", summary = "Declares a final option")
  static final class FinalOptionPass extends Pass {
    @PassOption(name = "x", description = "Cannot be set") final int x = 1;

    @Override public void runOnOperation(Operation op, PassContext ctx) {}
  }

  @Test
  void optionFieldsMustBeMutableInstanceFields() {
    var e = assertThrows(IllegalStateException.class, () -> PassOptions.options(FinalOptionPass.class));
    assertEquals("pass option FinalOptionPass.x must be an instance, non-final field", e.getMessage());
  }

  @Provide
  Arbitrary<String> listElements() { return Arbitraries.strings().withChars("ab{}-.=\"").ofMinLength(1).ofMaxLength(4); }

  @Provide
  Arbitrary<List<String>> listsOfElements() { return listElements().list().ofMaxSize(3); }

  @Provide
  Arbitrary<String> labels() { return Arbitraries.strings().withChars("ab \t{}\"'=,()").ofMaxLength(8); }

  /** Whatever the option values, the printed pass parses back (through the pipeline parser) to the same options. */
  @Property(tries = 400)
  void describeRoundTripsThroughThePipelineParser(
      @ForAll @IntRange(min = -1000, max = 1000) int maxIter, @ForAll boolean flag, @ForAll Mode mode,
      @ForAll @Size(max = 4) List<@IntRange(min = -50, max = 50) Integer> sizes,
      @ForAll("listsOfElements") List<String> names, @ForAll("labels") String label,
      @ForAll long big, @ForAll double ratio) {
    Assume.that(!(label.contains("\"") && label.contains("'")));
    OptionsPass p = new OptionsPass();
    p.maxIter = maxIter;
    p.flag = flag;
    p.mode = mode;
    p.sizes = List.copyOf(sizes);
    p.names = List.copyOf(names);
    p.label = label;
    p.big = big;
    p.ratio = ratio;
    String text = p.toString();
    PassManager pm = PipelineParser.parse(TestPasses.registry(), text, null);
    OptionsPass q = (OptionsPass) pm.entries().get(0);
    assertEquals(maxIter, q.maxIter, text);
    assertEquals(flag, q.flag, text);
    assertEquals(mode, q.mode, text);
    assertEquals(sizes, q.sizes, text);
    assertEquals(names, q.names, text);
    assertEquals(label, q.label, text);
    assertEquals(big, q.big, text);
    assertEquals(Double.doubleToLongBits(ratio), Double.doubleToLongBits(q.ratio), text);
    assertEquals(text, q.toString());
  }
}
