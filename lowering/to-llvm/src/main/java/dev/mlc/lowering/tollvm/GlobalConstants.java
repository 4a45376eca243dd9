package dev.mlc.lowering.tollvm;

import static dev.mlc.lowering.tollvm.LlvmBuild.value;
import static dev.mlc.lowering.tollvm.LlvmTypeConverter.PTR;

import dev.mlc.dialect.llvm.ir.LlvmAttr;
import dev.mlc.dialect.llvm.ir.LlvmType;
import dev.mlc.ir.Block;
import dev.mlc.ir.Builder;
import dev.mlc.ir.Location;
import dev.mlc.ir.OpOperand;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.DenseElementsAttr;
import dev.mlc.ir.attr.SymbolRefAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.attr.TypeAttr;
import dev.mlc.ir.attr.UnitAttr;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.MemRefType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Constant buffers as read-only globals (MLIR's memref.global + memref.get_global, for tl):
 * {@code tl.to_buffer (arith.constant dense<...> : tensor<...>)} becomes a private constant
 * {@code llvm.mlir.global} holding the elements, and the buffer is a descriptor of its address
 * (offset 0, row-major strides). When the buffer is only read (loads, {@code tl.copy} from it,
 * views of it), it is the global itself and its {@code tl.dealloc}s are dropped (nothing was
 * allocated); otherwise it is a fresh {@code tl.alloc} filled with a {@code tl.copy} from the global
 * (a memcpy), freed as before. Runs as a step before the conversion, so the dense tensor constant
 * (which has no llvm equivalent) never reaches it.
 */
final class GlobalConstants {
  private GlobalConstants() {}

  static final String CAST = ReconcileUnrealizedCastsPass.CAST;

  /**
   * Rewrites every {@code tl.to_buffer} of a dense constant nested in {@code root} when the pass
   * runs on a module (the globals go into its body; a pass nested on functions, which may run in
   * parallel, must not touch the module, so there the constants stay and the conversion reports them).
   */
  static void apply(Operation root) {
    if (!root.isa("builtin.module") || root.numRegions() == 0 || root.region(0).isEmpty()) return;
    Operation module = root;
    List<Operation> todo = new ArrayList<>();
    root.walk(o -> {
      if (o.isa("tl.to_buffer") && constantOf(o) != null && o.result(0).type() instanceof MemRefType t && t.hasStaticShape()
          && TlToLlvm.identityLayout(t) && TlToLlvm.elementType(t) != null)
        todo.add(o);
    });
    if (todo.isEmpty()) return;
    Set<String> names = new HashSet<>();
    for (Operation o : module.region(0).front()) if (o.attr("sym_name") instanceof StringAttr s) names.add(s.value());
    Block body = module.region(0).front();
    java.util.Map<DenseElementsAttr, String> globals = new java.util.IdentityHashMap<>();
    for (Operation tb : todo) rewrite(tb, body, names, globals);
  }

  private static DenseElementsAttr constantOf(Operation toBuffer) {
    Operation c = toBuffer.operand(0).definingOp();
    return c != null && c.isa("arith.constant") && c.attr("value") instanceof DenseElementsAttr d ? d : null;
  }

  /**
   * One constant buffer; {@code globals} holds the global made for each value already, so copies of
   * one constant (outline-parallel-loops clones the constant buffers a parallel body reads) share it.
   */
  private static void rewrite(Operation tb, Block moduleBody, Set<String> names, java.util.Map<DenseElementsAttr, String> globals) {
    MemRefType t = (MemRefType) tb.result(0).type();
    Location loc = tb.location();
    Builder b = new Builder(tb.context());
    Operation constant = tb.operand(0).definingOp();
    DenseElementsAttr value = constantOf(tb);
    Value buffer = tb.result(0);
    if (buffer.users().stream().allMatch(u -> u.isa("tl.dealloc"))) { // only freed (its readers were cloned elsewhere): no global
      for (Operation u : List.copyOf(buffer.users())) u.erase();
      tb.erase();
      if (!constant.result(0).hasUses()) constant.erase();
      return;
    }
    String name = globals.get(value);
    if (name == null) {
      name = "__constant_0";
      for (int k = 1; names.contains(name); k++) name = "__constant_" + k;
      names.add(name);
      globals.put(value, name);
      declareGlobal(b, moduleBody, loc, t, name, value);
    }
    b.setInsertionPoint(tb);
    Value p = value(b, "llvm.mlir.addressof", loc, List.of(), PTR, "global_name", SymbolRefAttr.flat(name));
    List<Value> sizes = new ArrayList<>();
    for (long s : t.shape()) sizes.add(LlvmBuild.i64(b, loc, s));
    Value desc = Descriptor.build(b, loc, t, p, p, sizes);
    Value global = b.create(CAST, loc, List.of(desc), List.of(t), dev.mlc.ir.attr.DictionaryAttr.of(List.of())).result(0);

    if (readOnly(buffer)) {
      for (Operation u : List.copyOf(buffer.users())) if (u.isa("tl.dealloc")) u.erase();
      buffer.replaceAllUsesWith(global);
    } else {
      Value fresh = b.create("tl.alloc", loc, List.of(), List.of(t), dev.mlc.ir.attr.DictionaryAttr.of(List.of())).result(0);
      b.create("tl.copy", loc, List.of(global, fresh), List.of(), dev.mlc.ir.attr.DictionaryAttr.of(List.of()));
      buffer.replaceAllUsesWith(fresh);
    }
    tb.erase();
    if (!constant.result(0).hasUses()) constant.erase();
  }

  private static void declareGlobal(Builder b, Block moduleBody, Location loc, MemRefType t, String name, DenseElementsAttr value) {
    Type elem = TlToLlvm.elementType(t);
    Type gt = elem;
    long[] shape = t.shape();
    if (shape.length == 0) gt = new LlvmType.Array(1, elem);
    for (int k = shape.length - 1; k >= 0; k--) gt = new LlvmType.Array(shape[k], gt);
    try (var g = b.guard()) {
      b.setInsertionPointToStart(moduleBody);
      OperationState st = new OperationState(b.context().opName("llvm.mlir.global"), loc);
      st.addAttribute("addr_space", IntegerAttr.of(IntegerType.of(32), 0));
      st.addAttribute("constant", UnitAttr.INSTANCE);
      st.addAttribute("global_type", new TypeAttr(b.intern(gt)));
      st.addAttribute("linkage", LlvmAttr.linkage("private"));
      st.addAttribute("sym_name", StringAttr.of(name));
      st.addAttribute("value", value);
      st.addAttribute("alignment", IntegerAttr.i64(64));
      st.addRegion();
      b.create(st);
    }
  }

  /** Whether {@code buffer} is only read: loaded, copied from, measured, viewed (views only read) or freed. */
  static boolean readOnly(Value buffer) {
    for (OpOperand u : buffer.useList()) {
      Operation o = u.owner();
      switch (o.name().toString()) {
        case "tl.load", "tl.vload", "tl.dim", "tl.dealloc" -> {}
        case "tl.copy" -> { if (u.index() != 0) return false; }
        case "tl.reshape", "tl.subview", "tl.cast", "tl.reinterpret_cast" -> {
          if (u.index() != 0) return false;
          for (Value r : o.results()) if (!readOnly(r)) return false;
        }
        default -> { return false; }
      }
    }
    return true;
  }
}
