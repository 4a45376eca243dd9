package dev.mlc.suites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.tools.ToolIO;
import dev.mlc.tools.opt.MlcOpt;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An out-of-tree pass and dialect, compiled into a jar at test time, load into mlc-opt with
 * {@code --load-plugin} and run as flags, with no rebuild of MLC.
 */
class PluginLoadingTest {
  private static final String PASS = """
      package plug;
      import dev.mlc.ir.Operation;
      import dev.mlc.ir.attr.UnitAttr;
      import dev.mlc.ir.pass.*;
      /** Tags every op named in the option with a unit attribute 'plug.seen'. */
      @PassInfo(name = "plug-tag", summary = "Tags ops (a plugin pass)")
      public final class TagPass extends Pass {
        @PassOption(name = "op", description = "op name to tag") String opName = "plug.thing";
        @Override public void runOnOperation(Operation root, PassContext ctx) {
          root.walk(o -> { if (o.isa(opName)) o.setAttr("plug.seen", UnitAttr.INSTANCE); });
        }
      }
      """;
  private static final String DIALECT = """
      package plug;
      import dev.mlc.ir.*;
      /** A plugin dialect with one op. */
      public final class PlugDialect implements Dialect {
        public String namespace() { return "plug"; }
        public void initialize(Registrar r) {
          r.addOp(new OpDef("plug.thing") {
            @Override public String summary() { return "A plugin op"; }
            @Override protected boolean verify(Operation op) {
              return op.numResults() == 1 || op.emitOpError("expects one result").failure();
            }
          });
        }
      }
      """;

  @Test
  void pluginPassAndDialectRunWithoutRebuildingMlc(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("src/plug");
    Files.createDirectories(src);
    Files.writeString(src.resolve("TagPass.java"), PASS);
    Files.writeString(src.resolve("PlugDialect.java"), DIALECT);
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes);
    var javac = ToolProvider.getSystemJavaCompiler();
    int rc = javac.run(null, null, null, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
        src.resolve("TagPass.java").toString(), src.resolve("PlugDialect.java").toString());
    assertEquals(0, rc, "plugin sources must compile");
    Path jar = dir.resolve("plug.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (String c : List.of("plug/TagPass.class", "plug/PlugDialect.class")) {
        out.putNextEntry(new JarEntry(c));
        out.write(Files.readAllBytes(classes.resolve(c)));
      }
      for (Path p : Files.list(classes.resolve("plug")).filter(p -> p.getFileName().toString().contains("$")).toList()) {
        out.putNextEntry(new JarEntry("plug/" + p.getFileName()));
        out.write(Files.readAllBytes(p));
      }
      out.putNextEntry(new JarEntry("META-INF/services/dev.mlc.ir.pass.Pass"));
      out.write("plug.TagPass\n".getBytes(StandardCharsets.UTF_8));
      out.putNextEntry(new JarEntry("META-INF/services/dev.mlc.ir.Dialect"));
      out.write("plug.PlugDialect\n".getBytes(StandardCharsets.UTF_8));
    }
    String input = "%0 = \"plug.thing\"() : () -> i32\n";
    String[] r = run(dir, input, "--load-plugin=" + jar, "--plug-tag");
    assertEquals("0", r[0], r[2]);
    assertTrue(r[1].contains("\"plug.thing\"() {plug.seen} : () -> i32"), r[1]);

    // The plugin dialect's verifier runs: a registered op, not an unregistered one.
    r = run(dir, "\"plug.thing\"() : () -> ()\n", "--load-plugin", jar.toString());
    assertEquals("1", r[0]);
    assertTrue(r[2].contains("'plug.thing' op expects one result"), r[2]);

    // Without the plugin the pass flag is unknown.
    r = run(dir, input, "--plug-tag");
    assertEquals("1", r[0]);
    assertTrue(r[2].contains("plug-tag"), r[2]);

    // The plugin's passes are listed.
    r = run(dir, "", "--load-plugin=" + jar, "--list-passes");
    assertTrue(r[1].contains("--plug-tag") && r[1].contains("Tags ops (a plugin pass)"), r[1]);
  }

  private static String[] run(Path cwd, String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    ToolIO io = new ToolIO(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), cwd, Map.of());
    int rc = new MlcOpt().run(List.of(args), io);
    return new String[] {Integer.toString(rc), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
  }
}
