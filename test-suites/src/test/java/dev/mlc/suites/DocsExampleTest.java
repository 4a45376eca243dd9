package dev.mlc.suites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.mlc.lit.LitResult;
import dev.mlc.lit.LitRunner;
import dev.mlc.lit.LitStatus;
import dev.mlc.lit.LitTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the worked examples of {@code docs/}: every page's code blocks marked {@code file=PATH} are
 * written out; Java sources are compiled against MLC into a plugin jar (with the page's services
 * files); {@code .mlir} files are run by mlc-lit with {@code %plugin} substituted by that jar.
 */
class DocsExampleTest {
  private static final Pattern BLOCK = Pattern.compile("```(\\w+) file=(\\S+)\\n(.*?)```", Pattern.DOTALL);

  @TestFactory
  Stream<DynamicTest> docs() throws Exception {
    List<Path> pages;
    try (var s = Files.list(Path.of("../docs"))) {
      pages = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (Path page : pages) {
      Map<String, String> files = new LinkedHashMap<>();
      Matcher m = BLOCK.matcher(Files.readString(page));
      while (m.find()) files.put(m.group(2), m.group(3));
      if (files.keySet().stream().noneMatch(f -> f.endsWith(".mlir"))) continue;
      tests.add(DynamicTest.dynamicTest(page.getFileName().toString(), page.toUri(), () -> runPage(page, files)));
    }
    assertFalse(tests.isEmpty(), "no documentation page with a runnable example");
    return tests.stream();
  }

  private static void runPage(Path page, Map<String, String> files) throws Exception {
    Path dir = Files.createTempDirectory(Path.of("target"), "docs-");
    Path src = dir.resolve("src"), classes = dir.resolve("classes"), tests = dir.resolve("tests");
    List<String> javac = new ArrayList<>(List.of("-d", classes.toString(), "-cp", System.getProperty("java.class.path")));
    for (var e : files.entrySet()) {
      Path target = (e.getKey().endsWith(".java") ? src : e.getKey().endsWith(".mlir") ? tests : classes).resolve(e.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, e.getValue());
      if (e.getKey().endsWith(".java")) javac.add(target.toString());
    }
    Files.createDirectories(classes);
    if (javac.size() > 4)
      assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, javac.toArray(new String[0])), page + ": examples must compile");
    Path jar = dir.resolve("example.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); var walk = Files.walk(classes)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(p));
      }
    }
    Files.writeString(tests.resolve("lit.json"), "{\"name\": \"docs\", \"suffixes\": [\".mlir\"]}");
    LitRunner runner = LitRunner.builder().substitution("%plugin", jar.toAbsolutePath().toString()).tempRoot(dir.resolve("lit-tmp")).build();
    for (LitTest t : runner.discover(List.of(tests))) {
      LitResult r = runner.run(t);
      assertEquals(LitStatus.PASS, r.status(), () -> page + ": " + r.report());
    }
  }
}
