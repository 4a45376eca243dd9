package dev.mlc.ir.core;

import static dev.mlc.ir.core.CoreIr.I32;
import static dev.mlc.ir.core.CoreIr.I64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.Block;
import dev.mlc.ir.Builder;
import dev.mlc.ir.Dialect;
import dev.mlc.ir.Location;
import dev.mlc.ir.MLContext;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationName;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Traits;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.attr.UnitAttr;
import dev.mlc.ir.diag.Diagnostic;
import dev.mlc.ir.diag.Severity;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassContext;
import dev.mlc.ir.pass.PassInfo;
import dev.mlc.ir.pass.PassRegistry;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The context (op names, dialect and pass registration, diagnostics), builders, and how ops keep attributes. */
class ContextAndBuilderTest {
  private final CoreIr ir = new CoreIr();

  // ---- op names and dialects ----

  @Test
  void opNamesAreInterned() {
    OperationName add = ir.ctx.opName("ct.add");
    assertSame(add, ir.ctx.opName("ct.add"));
    assertTrue(add.isRegistered());
    assertEquals("ct", add.dialectNamespace());
    assertTrue(add.def().hasTrait(Traits.Commutative.class));
    assertSame(add.def(), ir.ctx.opDef("ct.add"));
    OperationName foreign = ir.ctx.opName("zz.op.sub");
    assertSame(foreign, ir.ctx.opName("zz.op.sub"));
    assertNull(foreign.def());
    assertEquals("zz", foreign.dialectNamespace());
    assertEquals("", ir.ctx.opName("nodot").dialectNamespace());
    assertNull(ir.ctx.opDef("zz.op.sub"));
    List<String> names = ir.ctx.registeredOps().stream().map(OpDef::name).toList();
    assertTrue(names.contains("builtin.module") && names.contains("ct.func"));
    List<String> sorted = new ArrayList<>(names);
    Collections.sort(sorted);
    assertEquals(sorted, names);
  }

  @Test
  void traitsIncludeInheritedTraitInterfaces() {
    OpDef forward = ir.ctx.opDef("ct.forward");
    assertTrue(forward.traits().containsAll(Set.of(Traits.IsTerminator.class, Traits.SameOperandsAndResultType.class)));
    assertFalse(forward.hasTrait(Traits.Pure.class));
    assertEquals("ct", forward.dialectNamespace());
  }

  private static Dialect dialect(String ns, OpDef... defs) {
    return new Dialect() {
      @Override public String namespace() { return ns; }

      @Override public void initialize(Registrar r) { for (OpDef d : defs) r.addOp(d); }
    };
  }

  @Test
  void dialectRegistrationRules() {
    MLContext ctx = new MLContext();
    Dialect first = dialect("dup", new CoreIr.Plain("dup.x"));
    ctx.loadDialect(first);
    ctx.loadDialect(dialect("dup", new CoreIr.Plain("dup.y")));
    assertSame(first, ctx.dialect("dup"), "a namespace loads once");
    assertNull(ctx.opDef("dup.y"));
    var wrongNs = assertThrows(IllegalArgumentException.class, () -> ctx.loadDialect(dialect("bad", new CoreIr.Plain("zz.x"))));
    assertEquals("op 'zz.x' registered by dialect 'bad'", wrongNs.getMessage());
    var twice = assertThrows(IllegalArgumentException.class,
        () -> ctx.loadDialect(dialect("two", new CoreIr.Plain("two.x"), new CoreIr.Plain("two.x"))));
    assertEquals("op 'two.x' registered twice", twice.getMessage());
    assertNotNull(ctx.dialect("builtin"));
  }

  /** A dialect found through {@link java.util.ServiceLoader}. */
  public static final class ServiceDialect implements Dialect {
    public ServiceDialect() {}

    @Override public String namespace() { return "svc"; }

    @Override public void initialize(Registrar r) { r.addOp(new CoreIr.Plain("svc.op")); }
  }

  @Test
  void dialectsAreFoundThroughServiceLoader(@TempDir Path dir) throws IOException {
    Path services = dir.resolve("dev.mlc.ir.Dialect");
    Files.writeString(services, "# a comment\n" + ServiceDialect.class.getName() + "\n");
    URL url = services.toUri().toURL();
    ClassLoader loader = new ClassLoader(getClass().getClassLoader()) {
      @Override protected Enumeration<URL> findResources(String name) {
        return Collections.enumeration(name.equals("META-INF/services/dev.mlc.ir.Dialect") ? List.of(url) : List.of());
      }
    };
    MLContext ctx = MLContext.withAllDialects(loader);
    assertTrue(ctx.dialect("svc") instanceof ServiceDialect);
    assertTrue(ctx.opName("svc.op").isRegistered());
    ctx.loadDialects(loader);
    assertEquals(2, ctx.dialects().size(), "builtin and svc, each once");
  }

  @PassInfo(name = "cse", summary = "Clashes with the real cse")
  static final class ClashingPass extends Pass {
    @Override public void runOnOperation(Operation op, PassContext ctx) {}
  }

  static final class UnnamedPass extends Pass {
    @Override public void runOnOperation(Operation op, PassContext ctx) {}
  }

  @Test
  void passesAreFoundThroughServiceLoader() {
    PassRegistry r = PassRegistry.load(getClass().getClassLoader());
    for (String n : List.of("canonicalize", "cse", "dce", "inline", "sccp")) assertNotNull(r.create(n), n);
    assertEquals("canonicalize", r.create("canonicalize").name());
    assertNull(r.create("no-such-pass"));
    var clash = assertThrows(IllegalStateException.class, () -> r.add(ClashingPass.class));
    assertTrue(clash.getMessage().startsWith("pass name 'cse' registered by both "), clash.getMessage());
    var unnamed = assertThrows(IllegalStateException.class, () -> r.add(UnnamedPass.class));
    assertEquals("pass " + UnnamedPass.class.getName() + " lacks @PassInfo", unnamed.getMessage());
    Class<? extends Pass> cse = r.lookup("cse");
    r.add(cse);
    assertSame(cse, r.lookup("cse"), "adding a class again is harmless");
  }

  // ---- diagnostics ----

  @Test
  void diagnosticsAreCollectedOrHandledWithTheirNotes() {
    Operation f = ir.func("f");
    f.emitOpError("first").attachNote(null, "a note at the op");
    f.emitWarning("second");
    List<Diagnostic> ds = ir.diagnostics();
    assertEquals(2, ds.size());
    assertEquals("'ct.func' op first", ds.get(0).message());
    assertEquals(f.location(), ds.get(0).notes().get(0).location(), "a note without location takes the diagnostic's");
    assertEquals(Severity.WARNING, ds.get(1).severity());
    assertEquals(1, ir.ctx.diagnostics().errorCount());

    List<Diagnostic> handled = new ArrayList<>();
    Runnable remove = ir.ctx.diagnostics().addHandler(handled::add);
    f.emitRemark("to the handler");
    remove.run();
    f.emitError("collected again");
    assertEquals(List.of("to the handler"), handled.stream().map(Diagnostic::message).toList());
    assertEquals(List.of("collected again"), ir.diagnostics().stream().map(Diagnostic::message).toList());
    List<Diagnostic> captured = ir.ctx.diagnostics().captureOnThisThread(() -> f.emitError("captured"));
    assertEquals(List.of(), ir.diagnostics(), "captured diagnostics are not delivered");
    ir.ctx.diagnostics().replay(captured);
    assertEquals(List.of("captured"), ir.diagnostics().stream().map(Diagnostic::message).toList());
  }

  @Test
  void locationsFindTheirFileLocation() {
    Location.FileLineCol f = new Location.FileLineCol("a.mlir", 3, 4), g = new Location.FileLineCol("b.mlir", 1, 1);
    assertEquals(Location.file("a.mlir", 3, 4), f);
    assertEquals(f, new Location.Name("conv", f).fileLocation());
    assertEquals(g, new Location.CallSite(g, f).fileLocation(), "the callee first");
    assertEquals(f, new Location.CallSite(Location.UNKNOWN, f).fileLocation(), "then the caller");
    assertEquals(f, new Location.Fused(List.of(Location.UNKNOWN, f, g), null).fileLocation());
    assertNull(new Location.Fused(List.of(), null).fileLocation());
    assertNull(Location.UNKNOWN.fileLocation());
    assertThrows(NullPointerException.class, () -> new Location.Name("x", null));
    Operation op = Operation.create(ir.ctx.opName("ct.use"), null, List.of(), List.of(), null, null, List.of(), 0);
    assertSame(Location.UNKNOWN, op.location());
    op.setLocation(f);
    assertSame(f, op.location());
  }

  // ---- builders ----

  @Test
  void insertionPoints() {
    Operation f = ir.func("f");
    Block entry = CoreIr.entry(f);
    Builder b = ir.b;
    Operation first = ir.use();
    Operation last = ir.ret();
    b.setInsertionPoint(last);
    Operation beforeLast = ir.use();
    b.setInsertionPointToStart(entry);
    Operation start = ir.use();
    b.setInsertionPointAfter(first);
    Operation afterFirst = ir.use();
    assertEquals(List.of(start, first, afterFirst, beforeLast, last), entry.operations());
    b.setInsertionPointAfter(last);
    assertSame(entry, b.insertionBlock());
    assertNull(b.insertionPoint(), "after the last op means at the end");
    try (var g = b.guard()) {
      b.setInsertionPointToStart(entry);
      assertSame(start, b.insertionPoint());
    }
    assertNull(b.insertionPoint(), "the guard restores the insertion point");
    assertSame(entry, b.insertionBlock());
    b.clearInsertionPoint();
    Operation loose = ir.use();
    assertNull(loose.parentBlock(), "without an insertion point ops stay detached");
  }

  @Test
  void createBlockMovesTheInsertionPointIntoIt() {
    Operation f = ir.func("f");
    Block blk = ir.b.createBlock(f.region(0), List.of(I32, I64), Location.file("b", 1, 1));
    assertSame(blk, ir.b.insertionBlock());
    assertEquals(List.of(I32, I64), blk.argumentTypes());
    assertEquals(Location.file("b", 1, 1), blk.argument(1).location());
    assertEquals(1, blk.indexInRegion());
    Operation c = ir.b.create("ct.const", Location.UNKNOWN, List.of(), List.of(I32), DictionaryAttr.EMPTY.with("value", IntegerAttr.of(I32, 4)));
    assertSame(blk, c.parentBlock());
  }

  @Test
  void inherentAttributesLiveInTheProperties() {
    ir.func("f");
    Operation c = ir.b.create("ct.const", Location.UNKNOWN, List.of(), List.of(I32),
        DictionaryAttr.EMPTY.with("value", IntegerAttr.of(I32, 4)).with("note", UnitAttr.INSTANCE));
    assertEquals(DictionaryAttr.EMPTY.with("value", IntegerAttr.of(I32, 4)), c.properties(), "value is inherent to ct.const");
    assertEquals(DictionaryAttr.EMPTY.with("note", UnitAttr.INSTANCE), c.attributes());
    assertEquals(IntegerAttr.of(I32, 4), c.attr("value"));
    assertEquals(IntegerAttr.of(I32, 4), c.attr("value", IntegerAttr.class));
    assertNull(c.attr("value", StringAttr.class));
    c.setAttr("value", IntegerAttr.of(I32, 5));
    assertEquals(IntegerAttr.of(I32, 5), ((DictionaryAttr) c.properties()).get("value"));
    c.removeAttr("value");
    assertNull(c.properties(), "an emptied property dictionary is dropped");
    c.removeAttr("note");
    assertTrue(c.attributes().isEmpty());
    Operation u = ir.use();
    u.setAttr("value", UnitAttr.INSTANCE);
    assertNull(u.properties(), "on other ops the same name is discardable");
    assertTrue(u.hasAttr("value"));
  }

  @Test
  void operationStateCreatesOpsWithRegions() {
    OperationState s = new OperationState(ir.ctx.opName("ct.exec"), Location.file("s", 2, 3));
    s.addOperands(List.of()).addTypes(List.of(I32)).addAttribute("k", UnitAttr.INSTANCE);
    Block body = s.addRegion().addBlock();
    s.regions.add(null);
    body.append(Operation.create(ir.ctx.opName("ct.yield"), null, List.of(), List.of(), null, null, List.of(), 0));
    Operation op = Operation.create(s);
    assertEquals(2, op.numRegions());
    assertSame(body, CoreIr.entry(op));
    assertSame(op, body.parentOp());
    assertTrue(op.region(1).isEmpty());
    assertEquals(List.of(I32), op.resultTypes());
    assertTrue(op.hasAttr("k"));
    assertEquals(Location.file("s", 2, 3), op.location());
    assertSame(op, CoreIr.entry(op).first().parentOp());
  }
}
