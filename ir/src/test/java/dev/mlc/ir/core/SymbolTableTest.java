package dev.mlc.ir.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.Location;
import dev.mlc.ir.Operation;
import dev.mlc.ir.SymbolTable;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.attr.SymbolRefAttr;
import dev.mlc.ir.builtin.ModuleOp;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Symbol tables: flat lookup, insertion with renaming, erasure and nested references. */
class SymbolTableTest {
  private final CoreIr ir = new CoreIr();

  private Operation detachedFunc(String name) {
    return Operation.create(ir.ctx.opName("ct.func"), ir.nextLoc(), List.of(), List.of(), null,
        DictionaryAttr.EMPTY.with("sym_name", StringAttr.of(name)), List.of(), 1);
  }

  /** A module named {@code name} appended to {@code parent}'s body. */
  private Operation nestedModule(Operation parent, String name) {
    Operation m = ModuleOp.create(ir.ctx, ir.nextLoc());
    m.setAttr("sym_name", StringAttr.of(name));
    ModuleOp.body(parent).append(m);
    return m;
  }

  @Test
  void lookupFindsTheSymbolsOfTheBodyOnly() {
    Operation f = ir.func("f");
    Operation inner = ir.use();
    Operation g = ir.func("g");
    ir.at(ir.body());
    ir.use();
    SymbolTable t = new SymbolTable(ir.module);
    assertSame(ir.module, t.op());
    assertSame(f, t.lookup("f"));
    assertSame(g, t.lookup("g"));
    assertNull(t.lookup("h"));
    assertEquals("f", SymbolTable.symbolName(f));
    assertNull(SymbolTable.symbolName(inner));
    assertTrue(SymbolTable.isSymbolTable(ir.module));
    assertFalse(SymbolTable.isSymbolTable(f));
  }

  @Test
  void insertRenamesOnAClashAndAppendsToTheBody() {
    Operation f = ir.func("f");
    SymbolTable t = new SymbolTable(ir.module);
    Operation f2 = detachedFunc("f"), f3 = detachedFunc("f"), g = detachedFunc("g");
    assertEquals("f_0", t.insert(f2));
    assertEquals("f_1", t.insert(f3));
    assertEquals("g", t.insert(g));
    assertEquals(StringAttr.of("f_0"), f2.attr("sym_name"));
    assertEquals(List.of(f, f2, f3, g), ir.body().operations());
    assertSame(f2, t.lookup("f_0"));
    assertSame(f, t.lookup("f"));
    assertEquals("f", t.insert(f), "re-inserting a symbol under its own name keeps it");
    assertEquals(4, ir.body().size());
    var e = assertThrows(IllegalArgumentException.class, () -> t.insert(ir.op("ct.use", List.of(), List.of())));
    assertEquals("operation defines no symbol", e.getMessage());
  }

  @Test
  void renamedSymbolDoesNotClashWithAnExistingSuffixedName() {
    ir.func("f");
    ir.func("f_0");
    SymbolTable t = new SymbolTable(ir.module);
    assertEquals("f_1", t.insert(detachedFunc("f")));
  }

  @Test
  void eraseRemovesTheSymbolFromTableAndIr() {
    Operation f = ir.func("f");
    SymbolTable t = new SymbolTable(ir.module);
    t.erase(f);
    assertNull(t.lookup("f"));
    assertTrue(ir.body().isEmpty());
    assertEquals("f", t.insert(detachedFunc("f")), "the name is free again");
  }

  @Test
  void nestedReferencesResolveThroughNestedSymbolTables() {
    Operation a = nestedModule(ir.module, "a");
    Operation b = nestedModule(a, "b");
    Operation fn = detachedFunc("fn");
    ModuleOp.body(b).append(fn);
    Operation leaf = detachedFunc("leaf");
    ModuleOp.body(a).append(leaf);

    assertSame(a, SymbolTable.lookupIn(ir.module, SymbolRefAttr.flat("a")));
    assertSame(b, SymbolTable.lookupIn(ir.module, new SymbolRefAttr("a", List.of("b"))));
    assertSame(fn, SymbolTable.lookupIn(ir.module, new SymbolRefAttr("a", List.of("b", "fn"))));
    assertSame(leaf, SymbolTable.lookupIn(ir.module, new SymbolRefAttr("a", List.of("leaf"))));
    assertNull(SymbolTable.lookupIn(ir.module, new SymbolRefAttr("a", List.of("missing"))));
    assertNull(SymbolTable.lookupIn(ir.module, new SymbolRefAttr("a", List.of("leaf", "x"))), "a function is no symbol table");
    assertNull(SymbolTable.lookupIn(ir.module, SymbolRefAttr.flat("b")), "nested symbols are not visible at top level");
  }

  @Test
  void lookupNearestFromStartsAtTheClosestSymbolTable() {
    Operation a = nestedModule(ir.module, "a");
    Operation inA = detachedFunc("f");
    inA.region(0).addBlock();
    ModuleOp.body(a).append(inA);
    Operation top = ir.func("f");
    Operation insideTop = ir.use();
    ir.at(CoreIr.entry(inA));
    Operation insideA = ir.use();

    assertSame(inA, SymbolTable.lookupNearestFrom(insideA, SymbolRefAttr.flat("f")));
    assertSame(top, SymbolTable.lookupNearestFrom(insideTop, SymbolRefAttr.flat("f")));
    assertSame(inA, SymbolTable.lookupNearestFrom(insideTop, new SymbolRefAttr("a", List.of("f"))));
    assertSame(a, SymbolTable.nearestSymbolTable(insideA));
    assertSame(a, SymbolTable.nearestSymbolTable(a), "a symbol table is its own nearest");
    assertSame(top, SymbolTable.lookupNearestFrom(ir.module, SymbolRefAttr.flat("f")));
    Operation loose = Operation.create(ir.ctx.opName("ct.use"), Location.UNKNOWN, List.of(), List.of(), null, null, List.of(), 0);
    assertNull(SymbolTable.lookupNearestFrom(loose, SymbolRefAttr.flat("f")), "no enclosing symbol table");
  }

  @Test
  void visibility() {
    Operation f = ir.func("f");
    assertFalse(SymbolTable.isPrivate(f));
    f.setAttr(SymbolTable.VISIBILITY, StringAttr.of("private"));
    assertTrue(SymbolTable.isPrivate(f));
    assertEquals(DictionaryAttr.EMPTY, f.attributes(), "visibility is inherent to ct.func");
  }
}
