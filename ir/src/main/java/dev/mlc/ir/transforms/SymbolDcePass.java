package dev.mlc.ir.transforms;

import dev.mlc.ir.Block;
import dev.mlc.ir.Operation;
import dev.mlc.ir.SymbolTable;
import dev.mlc.ir.attr.SymbolRefAttr;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassContext;
import dev.mlc.ir.pass.PassInfo;
import dev.mlc.ir.transforms.SymbolUses.Visibility;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MLIR's {@code symbol-dce}: erases the symbols nothing live refers to. Public symbols and every
 * op that is not a symbol are live; a private symbol (or a {@code nested} one in a symbol table
 * hidden from above) is live once a live op refers to it, so a chain of private functions goes
 * away as a whole. Nested symbol tables are processed recursively.
 */
@PassInfo(name = "symbol-dce", summary = "Eliminate dead symbols",
    description = "Deletes the symbols of a symbol table (and of the symbol tables nested in it) that are not public and are not "
        + "referenced, directly or through other live symbols, by any live operation.")
public final class SymbolDcePass extends Pass {
  @Override public String displayName() { return "SymbolDCE"; }

  @Override public void runOnOperation(Operation op, PassContext ctx) {
    if (!SymbolTable.isSymbolTable(op)) {
      op.emitOpError("was scheduled to run under SymbolDCE, but does not define a symbol table");
      ctx.signalFailure();
      return;
    }
    // The symbols of a table that parents cannot see (a top-level or private one) are all discardable.
    boolean hidden = op.parentOp() == null || !SymbolUses.isSymbol(op) || SymbolUses.visibility(op) == Visibility.PRIVATE;
    Liveness liveness = new Liveness();
    if (!liveness.compute(op, hidden)) {
      ctx.signalFailure();
      return;
    }
    List<Operation> tables = new ArrayList<>();
    op.walk(o -> { if (SymbolTable.isSymbolTable(o)) tables.add(o); });
    long erased = 0;
    for (Operation table : tables)
      for (Block b : table.region(0).blocks())
        for (Operation o : b)
          if (SymbolUses.isSymbol(o) && !liveness.live.contains(o) && o.useEmpty()) {
            o.erase();
            erased++;
          }
    ctx.statistic("num-dce'd", "Number of symbols DCE'd").add(erased);
    if (erased == 0) ctx.markAllPreserved();
  }

  /** The live symbols of one run, found by propagating references from the known-live ops. */
  private static final class Liveness {
    final Set<Operation> live = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Operation, SymbolTable> tables = new IdentityHashMap<>();

    boolean compute(Operation tableOp, boolean hidden) {
      ArrayDeque<Operation> worklist = new ArrayDeque<>();
      for (Block b : tableOp.region(0).blocks())
        for (Operation o : b) {
          if (!SymbolUses.isSymbol(o)) worklist.push(o);
          else if (!isDiscardable(o, hidden) && live.add(o)) worklist.push(o);
        }
      while (!worklist.isEmpty()) {
        Operation o = worklist.pop();
        if (SymbolTable.isSymbolTable(o)) {
          boolean nestedHidden = hidden || !SymbolUses.isSymbol(o) || SymbolUses.visibility(o) == Visibility.PRIVATE;
          if (!compute(o, nestedHidden)) return false;
        } else {
          // Symbol tables may sit inside the regions of a live op: look at them too.
          for (var r : o.regions()) for (Block b : r.blocks()) for (Operation n : b) if (n.numRegions() > 0) worklist.push(n);
        }
        Operation parent = o.parentOp();
        if (parent == null || !SymbolTable.isSymbolTable(parent)) continue;
        boolean known = SymbolUses.walkUses(o, ref -> {
          for (Operation s : resolve(parent, ref)) if (live.add(s)) worklist.push(s);
        });
        if (!known) {
          o.emitError("operation contains potentially unknown symbol table, meaning that we can't reliable compute symbol uses");
          return false;
        }
      }
      return true;
    }

    private static boolean isDiscardable(Operation symbol, boolean hidden) {
      return switch (SymbolUses.visibility(symbol)) {
        case PRIVATE -> true;
        case NESTED -> hidden;
        case PUBLIC -> false;
      };
    }

    /** Every symbol along the path of {@code ref} from {@code tableOp}; empty if a step does not resolve. */
    private List<Operation> resolve(Operation tableOp, SymbolRefAttr ref) {
      List<Operation> path = new ArrayList<>(1 + ref.nested().size());
      Operation cur = table(tableOp).lookup(ref.root());
      for (int i = 0; cur != null; i++) {
        path.add(cur);
        if (i == ref.nested().size()) return path;
        cur = SymbolTable.isSymbolTable(cur) ? table(cur).lookup(ref.nested().get(i)) : null;
      }
      return List.of();
    }

    private SymbolTable table(Operation op) { return tables.computeIfAbsent(op, SymbolTable::new); }
  }
}
