package dev.mlc.tools.opt;

import dev.mlc.ir.Dialect;
import dev.mlc.ir.MLContext;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.Traits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generates the dialect reference, {@code docs/dialects/<namespace>.md}, from the op definitions
 * (dialect summary; per op its name, summary, traits, interfaces and description with its IR
 * example), so that it cannot drift from the code. Every registered dialect with at least one op
 * gets a page; {@code index.md} lists them.
 *
 * <p>Run: {@code java -cp 'tools/dist/target/lib/*' dev.mlc.tools.opt.DialectDocs docs/dialects}
 * after {@code mvn -DskipTests install}, or (as the staleness test says)
 * {@link #REGENERATE}.
 */
public final class DialectDocs {
  private DialectDocs() {}

  /** The command that regenerates the committed pages, quoted in every page and in the staleness test. */
  public static final String REGENERATE =
      "mvn -o -q verify -pl test-suites -am -Dtest=DialectDocsTest -Dsurefire.failIfNoSpecifiedTests=false -Dmlc.updateDocs=true";

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "docs/dialects");
    Map<String, String> pages = generate(MLContext.withAllDialects(DialectDocs.class.getClassLoader()));
    write(dir, pages);
    System.out.println("wrote " + pages.size() + " pages to " + dir);
  }

  /** Writes {@code pages} into {@code dir}, replacing files of the same names. */
  public static void write(Path dir, Map<String, String> pages) throws IOException {
    Files.createDirectories(dir);
    for (var e : pages.entrySet()) Files.writeString(dir.resolve(e.getKey()), e.getValue());
  }

  /** File name to contents: one page per dialect that has ops, and {@code index.md}. */
  public static Map<String, String> generate(MLContext ctx) {
    Map<String, List<OpDef>> byDialect = new LinkedHashMap<>();
    List<Dialect> dialects = new ArrayList<>(ctx.dialects());
    dialects.sort(Comparator.comparing(Dialect::namespace));
    for (Dialect d : dialects) byDialect.put(d.namespace(), new ArrayList<>());
    for (OpDef op : ctx.registeredOps()) {
      List<OpDef> l = byDialect.get(op.dialectNamespace());
      if (l != null) l.add(op);
    }
    Map<String, String> pages = new LinkedHashMap<>();
    StringBuilder index = new StringBuilder(header()).append("# Dialects\n\n");
    for (Dialect d : dialects) {
      List<OpDef> ops = byDialect.get(d.namespace());
      if (ops.isEmpty()) continue;
      pages.put(d.namespace() + ".md", page(d, ops));
      index.append("- [`").append(d.namespace()).append("`](").append(d.namespace()).append(".md): ")
          .append(d.summary().isEmpty() ? "(no summary)" : d.summary()).append(" (").append(ops.size()).append(ops.size() == 1 ? " op)\n" : " ops)\n");
    }
    pages.put("index.md", index.toString());
    return pages;
  }

  private static String header() {
    return "<!-- Generated from the op definitions by dev.mlc.tools.opt.DialectDocs: do not edit.\n     Regenerate with: " + REGENERATE
        + " -->\n\n";
  }

  /** One dialect's page. */
  static String page(Dialect d, List<OpDef> ops) {
    StringBuilder b = new StringBuilder(header());
    b.append("# The `").append(d.namespace()).append("` dialect\n\n");
    if (!d.summary().isEmpty()) b.append(sentence(d.summary())).append("\n\n");
    b.append("## Operations\n\n");
    for (OpDef op : ops) b.append("- [`").append(op.name()).append("`](#").append(anchor(op.name())).append("): ").append(summaryOf(op)).append('\n');
    b.append('\n');
    for (OpDef op : ops) {
      b.append("### `").append(op.name()).append("`\n\n");
      b.append(sentence(summaryOf(op))).append("\n\n");
      List<String> traits = traitNames(op);
      if (!traits.isEmpty()) b.append("Traits: ").append(codeList(traits)).append("\n\n");
      List<String> interfaces = interfaceNames(op);
      if (!interfaces.isEmpty()) b.append("Interfaces: ").append(codeList(interfaces)).append("\n\n");
      String desc = op.description().strip();
      if (!desc.isEmpty()) b.append(desc).append("\n\n");
    }
    return b.toString().stripTrailing() + "\n";
  }

  private static String summaryOf(OpDef op) { return op.summary().isEmpty() ? "(no summary)" : op.summary(); }

  private static String sentence(String s) { return s.endsWith(".") ? s : s + "."; }

  /** GitHub's heading anchor of {@code ### `name`}. */
  private static String anchor(String name) { return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_ -]", ""); }

  private static String codeList(List<String> names) {
    StringBuilder b = new StringBuilder();
    for (String n : names) b.append(b.isEmpty() ? "" : ", ").append('`').append(n).append('`');
    return b.toString();
  }

  /** The op's traits (the {@link Traits} interfaces it implements), by simple name, sorted. */
  static List<String> traitNames(OpDef op) {
    Set<String> names = new java.util.TreeSet<>();
    for (Class<?> t : op.traits()) if (t != Traits.Trait.class) names.add(t.getSimpleName());
    return List.copyOf(names);
  }

  /** The op interfaces (interfaces that are not traits) its definition implements, sorted. */
  static List<String> interfaceNames(OpDef op) {
    Set<String> names = new LinkedHashSet<>();
    List<Class<?>> todo = new ArrayList<>();
    for (Class<?> c = op.getClass(); c != null && c != OpDef.class; c = c.getSuperclass()) todo.addAll(List.of(c.getInterfaces()));
    while (!todo.isEmpty()) {
      Class<?> i = todo.removeLast();
      if (Traits.Trait.class.isAssignableFrom(i)) continue;
      if (names.add(i.getSimpleName())) todo.addAll(List.of(i.getInterfaces()));
    }
    return names.stream().sorted().toList();
  }
}
