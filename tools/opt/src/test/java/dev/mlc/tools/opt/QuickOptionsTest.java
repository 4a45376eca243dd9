package dev.mlc.tools.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The quick option reader gives picocli's options wherever it accepts a command line. */
class QuickOptionsTest {
  /** Every field of the options (and of the standard mixin), as text. */
  private static String describe(MlcOpt.Options o) throws IllegalAccessException {
    StringBuilder sb = new StringBuilder();
    for (Field f : MlcOpt.Options.class.getDeclaredFields()) {
      f.setAccessible(true);
      Object v = f.get(o);
      if (v instanceof dev.mlc.tools.StandardOptions s) v = s.debug + "/" + s.help + "/" + s.version;
      sb.append(f.getName()).append('=').append(v).append('\n');
    }
    return sb.toString();
  }

  /** Picocli's options for {@code args}, or null where it rejects them. */
  private static MlcOpt.Options picocli(List<String> args) {
    MlcOpt.Options o = new MlcOpt.Options();
    try {
      new CommandLine(o).parseArgs(args.toArray(new String[0]));
      return o;
    } catch (CommandLine.ParameterException e) {
      return null;
    }
  }

  private static void agree(List<String> args) throws IllegalAccessException {
    MlcOpt.Options quick = new MlcOpt.Options();
    if (!QuickOptions.read(args, quick)) return;
    MlcOpt.Options slow = picocli(args);
    assertTrue(slow != null, () -> "picocli rejects what the quick reader accepts: " + args);
    assertEquals(describe(slow), describe(quick), () -> "for " + args);
  }

  @Test void benchCommandLineIsReadQuickly() throws IllegalAccessException {
    List<String> args = List.of("--allow-unregistered-dialect", "--mlir-print-op-generic", "in.mlir", "-o", "/dev/null");
    MlcOpt.Options o = new MlcOpt.Options();
    assertTrue(QuickOptions.read(args, o));
    assertTrue(o.allowUnregistered && o.generic);
    assertEquals("in.mlir", o.input);
    assertEquals("/dev/null", o.output);
    agree(args);
  }

  @Test void everyFlagMeansWhatPicocliSays() throws IllegalAccessException {
    for (String flag : QuickOptions.FLAGS) {
      MlcOpt.Options o = new MlcOpt.Options();
      assertTrue(QuickOptions.read(List.of(flag), o), flag);
      assertEquals(describe(picocli(List.of(flag))), describe(o), flag);
    }
  }

  @Test void othersAreLeftToPicocli() {
    for (List<String> args : List.of(List.of("--help"), List.of("-h"), List.of("--version"), List.of("@args.txt"),
        List.of("a.mlir", "b.mlir"), List.of("--mlir-timing", "--mlir-timing"), List.of("-o"), List.of("-o", "--mlir-timing"),
        List.of("--split-input-file=// -----"), List.of("--threads", "2"), List.of("--", "-x.mlir"), List.of("-o", "a", "-o", "b"),
        List.of("--no-such-option"), List.of("")))
      assertFalse(QuickOptions.read(args, new MlcOpt.Options()), args.toString());
  }

  @Property(tries = 300) void quickReaderAgreesWithPicocli(@ForAll("commandLines") List<String> args) throws IllegalAccessException {
    agree(args);
  }

  @Provide Arbitrary<List<String>> commandLines() {
    List<String> words = new ArrayList<>(QuickOptions.FLAGS);
    words.addAll(List.of("-o", "-", "in.mlir", "out.mlir", "@x", "--", "-x", "--threads", "3", "--help", "--mlir-print-ir-after"));
    return Arbitraries.of(words).list().ofMaxSize(6);
  }
}
