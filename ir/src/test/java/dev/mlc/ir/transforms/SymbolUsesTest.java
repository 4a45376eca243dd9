package dev.mlc.ir.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.Block;
import dev.mlc.ir.Operation;
import dev.mlc.ir.attr.ArrayAttr;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.DistinctAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.attr.SymbolRefAttr;
import dev.mlc.ir.builtin.ModuleOp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SymbolUsesTest {
  private static SymbolRefAttr ref(String s) { return SymbolRefAttr.flat(s); }

  @Test
  void findsReferencesAtAnyDepth() {
    var a = DictionaryAttr.of(new NamedAttribute("x", ArrayAttr.of(IntegerAttr.i64(1), ArrayAttr.of(ref("a")))),
        new NamedAttribute("y", DictionaryAttr.of(new NamedAttribute("z", new DistinctAttr(ref("b"))))),
        new NamedAttribute("w", new SymbolRefAttr("c", List.of("d"))));
    List<SymbolRefAttr> found = new ArrayList<>();
    SymbolUses.forEachRef(a, found::add);
    assertEquals(List.of(new SymbolRefAttr("c", List.of("d")), ref("a"), ref("b")), found);
  }

  @Test
  void walkUsesStopsAtNestedSymbolTablesButSeesTheirOwnAttributes() {
    TinyIr ir = new TinyIr();
    Block f = ir.func("f", 0);
    ir.op("t.effect", List.of(), List.of(), 0, new NamedAttribute("callee", ref("inner_use")));
    Operation nested = ModuleOp.create(ir.ctx, dev.mlc.ir.Location.UNKNOWN);
    nested.setAttr("use", ref("on_module"));
    ir.b.insert(nested);
    ir.b.setInsertionPointToEnd(ModuleOp.body(nested));
    ir.op("t.effect", List.of(), List.of(), 0, new NamedAttribute("callee", ref("hidden")));
    List<SymbolRefAttr> found = new ArrayList<>();
    assertTrue(SymbolUses.walkUses(f.parentOp(), found::add));
    assertEquals(List.of(ref("inner_use"), ref("on_module")), found);
  }

  @Test
  void visibilityAndSymbolness() {
    TinyIr ir = new TinyIr();
    Operation f = ir.func("f", 0).parentOp();
    assertTrue(SymbolUses.isSymbol(f));
    assertEquals(SymbolUses.Visibility.PUBLIC, SymbolUses.visibility(f));
    f.setAttr("sym_visibility", StringAttr.of("nested"));
    assertEquals(SymbolUses.Visibility.NESTED, SymbolUses.visibility(f));
    assertFalse(SymbolUses.isSymbol(ir.module));
    ir.module.setAttr("sym_name", StringAttr.of("m"));
    assertTrue(SymbolUses.isSymbol(ir.module));
  }
}
