package dev.mlc.suites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.mlc.ir.MLContext;
import dev.mlc.tools.opt.DialectDocs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The committed dialect reference ({@code docs/dialects/*.md}) must be what {@link DialectDocs}
 * generates from the op definitions; {@code -Dmlc.updateDocs=true} rewrites it instead.
 */
class DialectDocsTest {
  static final Path DIR = Path.of("../docs/dialects");

  @Test void committedDialectDocsAreUpToDate() throws Exception {
    Map<String, String> pages = DialectDocs.generate(MLContext.withAllDialects(DialectDocsTest.class.getClassLoader()));
    if (Boolean.getBoolean("mlc.updateDocs")) {
      DialectDocs.write(DIR, pages);
      return;
    }
    List<String> stale = new ArrayList<>();
    for (var e : pages.entrySet()) {
      Path p = DIR.resolve(e.getKey());
      if (!Files.exists(p)) stale.add(e.getKey() + " (missing)");
      else if (!Files.readString(p).equals(e.getValue())) stale.add(e.getKey() + " (differs)");
    }
    try (var s = Files.list(DIR)) {
      for (Path p : s.toList())
        if (p.toString().endsWith(".md") && !pages.containsKey(p.getFileName().toString())) stale.add(p.getFileName() + " (no such dialect with ops)");
    }
    if (!stale.isEmpty())
      fail("docs/dialects is stale: " + String.join(", ", stale) + ".\nRegenerate it from the op definitions with:\n  " + DialectDocs.REGENERATE);
  }

  @Test void aPageHasTheSummaryTraitsAndExampleOfEveryOp() {
    Map<String, String> pages = DialectDocs.generate(MLContext.withAllDialects(DialectDocsTest.class.getClassLoader()));
    String func = pages.get("func.md");
    assertTrue(func.startsWith("<!-- Generated from the op definitions by dev.mlc.tools.opt.DialectDocs: do not edit."), func);
    assertTrue(func.contains("# The `func` dialect\n\nFunctions, calls and returns.\n"), func);
    assertTrue(func.contains("### `func.return`\n\nReturns values from a function.\n\nTraits: "), func);
    assertTrue(func.contains("```mlir\nreturn %0, %1 : i32, f32\n```"), func);
    assertTrue(func.contains("Interfaces: `CallOpInterface`"), func);
    assertTrue(pages.get("index.md").contains("- [`func`](func.md): Functions, calls and returns (3 ops)"), pages.get("index.md"));
    assertEquals(pages.keySet().stream().filter(k -> !k.equals("index.md")).count(),
        pages.get("index.md").lines().filter(l -> l.startsWith("- [")).count());
  }
}
