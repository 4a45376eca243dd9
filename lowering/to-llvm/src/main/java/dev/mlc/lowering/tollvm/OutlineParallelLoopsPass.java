package dev.mlc.lowering.tollvm;

import dev.mlc.dialect.llvm.ir.LlvmAttr;
import dev.mlc.dialect.llvm.ir.LlvmType;
import dev.mlc.dialect.scf.ir.ParallelOp;
import dev.mlc.ir.Block;
import dev.mlc.ir.Builder;
import dev.mlc.ir.IRMapping;
import dev.mlc.ir.Location;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.DenseArrayAttr;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.attr.SymbolRefAttr;
import dev.mlc.ir.attr.TypeAttr;
import dev.mlc.ir.builtin.UnrealizedConversionCastOp;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassContext;
import dev.mlc.ir.pass.PassInfo;
import dev.mlc.ir.pass.PassOption;
import dev.mlc.ir.type.FunctionType;
import dev.mlc.ir.type.IndexType;
import dev.mlc.ir.type.IntegerType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the outermost {@code scf.parallel} loops (without reductions) of each function on a thread
 * pool: the loop's body moves to a new function {@code @F_parallelN_body(%ctx: !llvm.ptr, %lo: index,
 * %hi: index, noalias pointers...)}, called by {@code @F_parallelN(%ctx, %lo, %hi)} (which passes the data
 * pointers of buffers the function allocated), that runs the flattened iterations {@code [lo, hi)} of the loop's first one or two
 * dimensions (the others stay an {@code scf.parallel} inside, sequentialized later), the values the
 * body uses from outside are packed in a stack struct whose address is {@code %ctx}, and the loop
 * becomes a call {@code mlc_parallel_for(@F_parallelN, %ctx, 0, total, grain)} into the runtime
 * (the JIT's thread pool, or the C runtime of AOT builds; docs/parallel-runtime.md). Loops too small
 * to pay ({@code total < 2 * grain}) call the outlined function directly. Nested parallel loops stay
 * inside the outlined body and run sequentially there. Run after {@code convert-tl-to-scf} (with
 * {@code parallel-loops=true}) and before {@code convert-scf-to-cf}.
 */
@PassInfo(name = "outline-parallel-loops", summary = "Outline scf.parallel loops into functions called through the parallel runtime",
    description = "Each outermost scf.parallel without reductions becomes a call of mlc_parallel_for(fn, ctx, 0, total, grain): its body "
        + "moves to a function over a range of the flattened first one or two dimensions, the captured values packed in a struct on the "
        + "stack. Loops whose total work is below two grains call the function directly.",
    anchor = "builtin.module")
public final class OutlineParallelLoopsPass extends Pass {
  /** The runtime entry: {@code void mlc_parallel_for(void (*fn)(void *, int64_t, int64_t), void *ctx, int64_t lo, int64_t hi, int64_t grain)}. */
  public static final String RUNTIME_ENTRY = "mlc_parallel_for";

  /** The attribute naming the outlined functions' origin (the function and loop they came from). */
  public static final String OUTLINED_ATTR = "mlc.parallel_outlined";

  @PassOption(name = "grain-work", description = "Estimated ops per chunk of a parallel loop (the grain is this over the work of one iteration)")
  long grainWork = 16384;

  @Override public void runOnOperation(Operation module, PassContext ctx) {
    List<Operation> loops = new ArrayList<>();
    module.walk(o -> {
      if (o.isa(ParallelOp.NAME) && o.numResults() == 0 && o.parentOfName(ParallelOp.NAME) == null && o.parentOfName("func.func") != null) loops.add(o);
    });
    var stat = ctx.statistic("num-outlined", "parallel loops outlined");
    Set<String> names = new HashSet<>();
    for (Operation o : module.region(0).front()) if (o.attr("sym_name") instanceof StringAttr s) names.add(s.value());
    for (Operation loop : loops)
      if (outline(module, loop, names)) stat.add(1);
  }

  private boolean outline(Operation module, Operation loop, Set<String> names) {
    Operation fn = loop.parentOfName("func.func");
    if (fn.region(0).isEmpty()) return false;
    Location loc = loop.location();
    List<Value> lbs = ParallelOp.lowerBounds(loop), ubs = ParallelOp.upperBounds(loop), steps = ParallelOp.steps(loop);
    int rank = lbs.size(), flat = Math.min(rank, 2);
    Block body = ParallelOp.body(loop);

    // The values the outlined function needs from outside: those the body uses, and the bounds.
    LinkedHashSet<Value> used = new LinkedHashSet<>();
    for (int d = 0; d < rank; d++) {
      used.add(lbs.get(d));
      used.add(steps.get(d));
      if (d >= flat) used.add(ubs.get(d));
    }
    loop.region(0).walk(op -> {
      for (Value v : op.operands()) if (!definedInside(loop, v)) used.add(v);
    });
    List<Value> consts = new ArrayList<>(), packed = new ArrayList<>(), constBuffers = new ArrayList<>();
    for (Value v : used) {
      if (isConstant(v)) consts.add(v);
      else if (isConstantBuffer(v)) constBuffers.add(v);
      else packed.add(v);
    }

    Builder b = new Builder(module.context());
    // n1, the trip count of the second flattened dimension, is a constant or a packed value.
    b.setInsertionPoint(loop);
    List<Value> trips = new ArrayList<>();
    for (int d = 0; d < flat; d++) trips.add(tripCount(b, loc, lbs.get(d), ubs.get(d), steps.get(d)));
    Value n1 = flat == 2 ? trips.get(1) : null;
    if (n1 != null) {
      if (isConstant(n1)) consts.add(n1);
      else packed.add(n1);
    }
    List<Type> fields = new ArrayList<>();
    for (Value v : packed) {
      Type t = LlvmTypeConverter.convert(v.type());
      if (t == null) {
        for (Value tr : trips) eraseIfUnused(tr);
        return false; // a type with no llvm form (a tensor, say): the loop stays sequential
      }
      fields.add(t);
    }
    LlvmType.Struct ctxType = LlvmType.Struct.literal(fields.isEmpty() ? List.of(LlvmTypeConverter.I64) : fields);

    // The outlined function @NAME(ctx, lo, hi), whose address the runtime gets, loads the data pointers of the buffers
    // this function allocated (distinct memory, reached in the body through nothing else) and calls @NAME_body with
    // them as llvm.noalias arguments: LLVM then knows, as in the original function, that they do not alias.
    String name = unique(names, stringAttr(fn, "sym_name") + "_parallel");
    List<Integer> fresh = new ArrayList<>();
    for (int k = 0; k < packed.size(); k++) if (fresh(packed.get(k), packed)) fresh.add(k);
    FunctionType ft = new FunctionType(List.of(LlvmTypeConverter.PTR, IndexType.INSTANCE, IndexType.INSTANCE), List.of());
    List<Type> bodyInputs = new ArrayList<>(ft.inputs());
    for (int k = 0; k < fresh.size(); k++) bodyInputs.add(LlvmTypeConverter.PTR);
    FunctionType bodyType = new FunctionType(bodyInputs, List.of());
    Operation outlined = function(module, loc, name, ft, fn, List.of());
    List<dev.mlc.ir.Attribute> argAttrs = new ArrayList<>();
    for (int i = 0; i < bodyInputs.size(); i++)
      argAttrs.add(i < 3 ? DictionaryAttr.EMPTY : DictionaryAttr.of(new NamedAttribute("llvm.noalias", dev.mlc.ir.attr.UnitAttr.INSTANCE)));
    Operation bodyFn = function(module, loc, name + "_body", bodyType, fn,
        fresh.isEmpty() ? List.of() : List.of(new NamedAttribute("arg_attrs", new dev.mlc.ir.attr.ArrayAttr(argAttrs))));
    module.region(0).front().insertAfter(outlined, fn);
    module.region(0).front().insertAfter(bodyFn, outlined);
    Block tramp = b.createBlock(outlined.region(0), ft.inputs(), loc);
    b.setInsertionPointToEnd(tramp);
    List<Value> callArgs = new ArrayList<>(tramp.arguments());
    for (int k : fresh) {
      Value p = LlvmBuild.value(b, "llvm.getelementptr", loc, List.of(tramp.argument(0)), LlvmTypeConverter.PTR, "elem_type", new TypeAttr(ctxType),
          "rawConstantIndices", new DenseArrayAttr(IntegerType.of(32), new long[] {0, k, 1}));
      callArgs.add(LlvmBuild.value(b, "llvm.load", loc, List.of(p), LlvmTypeConverter.PTR));
    }
    b.create("func.call", loc, callArgs, List.of(), DictionaryAttr.of(new NamedAttribute("callee", SymbolRefAttr.flat(name + "_body"))));
    b.create("func.return", loc, List.of(), List.of(), DictionaryAttr.EMPTY);

    Block entry = b.createBlock(bodyFn.region(0), bodyType.inputs(), loc);
    Value ctxArg = entry.argument(0), lo = entry.argument(1), hi = entry.argument(2);
    b.setInsertionPointToEnd(entry);
    IRMapping map = new IRMapping();
    for (Value c : consts) map.map(c, b.insert(c.definingOp().clone(new IRMapping())).result(0));
    for (Value c : constBuffers) {
      Operation tb = c.definingOp();
      IRMapping m = new IRMapping();
      m.map(tb.operand(0), b.insert(tb.operand(0).definingOp().clone(new IRMapping())).result(0));
      map.map(c, b.insert(tb.clone(m)).result(0));
    }
    for (int k = 0; k < packed.size(); k++) {
      Value p = gep(b, loc, ctxArg, ctxType, k);
      Value l = LlvmBuild.value(b, "llvm.load", loc, List.of(p), fields.get(k));
      if (contiguous(packed.get(k))) l = withStaticLayout(b, loc, l, (dev.mlc.ir.type.MemRefType) packed.get(k).type());
      int f = fresh.indexOf(k);
      if (f >= 0) {
        l = Descriptor.insert(b, loc, l, entry.argument(3 + f), 0);
        l = Descriptor.insert(b, loc, l, entry.argument(3 + f), 1);
      }
      map.map(packed.get(k), cast(b, loc, l, packed.get(k).type()));
    }
    Value c0 = index(b, loc, 0), c1 = index(b, loc, 1);
    List<Value> ivs = new ArrayList<>();
    if (flat == 1) {
      Block fb = forLoop(b, loc, lo, hi, c1);
      b.setInsertionPointToStart(fb);
      ivs.add(fb.argument(0));
    } else {
      Value n = map.lookupOrDefault(n1);
      Value ilo = arith(b, loc, "arith.divui", lo, n);
      Value ihi = arith(b, loc, "arith.addi", arith(b, loc, "arith.divui", arith(b, loc, "arith.subi", hi, c1), n), c1);
      Block ob = forLoop(b, loc, ilo, ihi, c1);
      b.setInsertionPointToStart(ob);
      Value base = arith(b, loc, "arith.muli", ob.argument(0), n);
      Value jlo = arith(b, loc, "arith.maxsi", arith(b, loc, "arith.subi", lo, base), c0);
      Value jhi = arith(b, loc, "arith.minsi", arith(b, loc, "arith.subi", hi, base), n);
      Block ib = forLoop(b, loc, jlo, jhi, c1);
      b.setInsertionPointToStart(ib);
      ivs.add(ob.argument(0));
      ivs.add(ib.argument(0));
    }
    for (int d = 0; d < flat; d++) {
      Value iv = arith(b, loc, "arith.addi", map.lookupOrDefault(lbs.get(d)), arith(b, loc, "arith.muli", ivs.get(d), map.lookupOrDefault(steps.get(d))));
      map.map(body.argument(d), iv);
    }
    if (rank > flat) {
      int rest = rank - flat;
      OperationState st = new OperationState(module.context().opName(ParallelOp.NAME), loc);
      for (List<Value> g : List.of(lbs, ubs, steps)) for (Value v : g.subList(flat, rank)) st.operands.add(map.lookupOrDefault(v));
      st.addAttribute("operandSegmentSizes", new DenseArrayAttr(IntegerType.of(32), new long[] {rest, rest, rest, 0}));
      st.addRegion();
      Operation inner = b.create(st);
      Block blk = b.createBlock(inner.region(0), java.util.Collections.nCopies(rest, IndexType.INSTANCE), loc);
      for (int d = flat; d < rank; d++) map.map(body.argument(d), blk.argument(d - flat));
      b.setInsertionPointToEnd(blk);
      for (Operation op : body) b.insert(op.clone(map));
    } else {
      for (Operation op : body) if (!op.isa("scf.reduce")) b.insert(op.clone(map));
    }
    b.setInsertionPointToEnd(entry);
    b.create("func.return", loc, List.of(), List.of(), DictionaryAttr.EMPTY);

    // The call site: pack the captured values in a struct on the stack (allocated once, at the function's entry).
    Block fnEntry = fn.region(0).front();
    b.setInsertionPointToStart(fnEntry);
    Value one = LlvmBuild.i64(b, loc, 1);
    Value ctxPtr = LlvmBuild.value(b, "llvm.alloca", loc, List.of(one), LlvmTypeConverter.PTR, "elem_type", new TypeAttr(ctxType));
    b.setInsertionPoint(loop);
    for (int k = 0; k < packed.size(); k++)
      LlvmBuild.op(b, "llvm.store", loc, List.of(cast(b, loc, packed.get(k), fields.get(k)), gep(b, loc, ctxPtr, ctxType, k)), null);
    Value total = flat == 1 ? trips.get(0) : arith(b, loc, "arith.muli", trips.get(0), trips.get(1));
    long grain = Math.max(1, (grainWork + work(loop, flat) - 1) / work(loop, flat));
    Value small = b.create("arith.cmpi", loc, List.of(total, index(b, loc, 2 * grain)), List.of(IntegerType.of(1)),
        DictionaryAttr.of(new NamedAttribute("predicate", IntegerAttr.i64(2)))).result(0); // slt
    Operation ifOp = b.insert(Operation.create(module.context().opName("scf.if"), loc, List.of(small), List.of(), null, DictionaryAttr.EMPTY, List.of(), 2));
    Block then = b.createBlock(ifOp.region(0), List.of(), loc);
    b.setInsertionPointToEnd(then);
    b.create("func.call", loc, List.of(ctxPtr, index(b, loc, 0), total), List.of(), DictionaryAttr.of(new NamedAttribute("callee", SymbolRefAttr.flat(name))));
    b.create("scf.yield", loc, List.of(), List.of(), DictionaryAttr.EMPTY);
    Block els = b.createBlock(ifOp.region(1), List.of(), loc);
    b.setInsertionPointToEnd(els);
    Value fnPtr = LlvmBuild.value(b, "llvm.mlir.addressof", loc, List.of(), LlvmTypeConverter.PTR, "global_name", SymbolRefAttr.flat(name));
    Value total64 = b.create("arith.index_cast", loc, List.of(total), List.of(LlvmTypeConverter.I64), DictionaryAttr.EMPTY).result(0);
    LlvmBuild.op(b, "llvm.call", loc, List.of(fnPtr, ctxPtr, LlvmBuild.i64(b, loc, 0), total64, LlvmBuild.i64(b, loc, grain)), null,
        "callee", SymbolRefAttr.flat(RUNTIME_ENTRY));
    b.create("scf.yield", loc, List.of(), List.of(), DictionaryAttr.EMPTY);
    loop.erase();
    declareRuntime(module, loc);
    return true;
  }

  /**
   * Whether {@code v} is a buffer known to be contiguous and row-major with a static shape: one that
   * {@code tl.alloc}, {@code tl.alloca} or {@code tl.to_buffer} made (a function argument's strides come
   * from its caller and are not trusted, as in the calling convention).
   */
  private static boolean contiguous(Value v) {
    Operation d = v.definingOp();
    if (!(v.type() instanceof dev.mlc.ir.type.MemRefType m) || d == null || !TlToLlvm.identityLayout(m)) return false;
    for (long s : m.shape()) if (s < 0) return false;
    return d.isa("tl.alloc") || d.isa("tl.alloca") || d.isa("tl.to_buffer");
  }

  /**
   * The descriptor {@code d} with its offset (0), sizes and row-major strides as constants, so that LLVM
   * sees the same static layout in the outlined function as in the original one (and vectorizes alike).
   */
  private static Value withStaticLayout(Builder b, Location loc, Value d, dev.mlc.ir.type.MemRefType m) {
    d = Descriptor.insert(b, loc, d, LlvmBuild.i64(b, loc, 0), 2);
    long stride = 1;
    for (int k = m.shape().length - 1; k >= 0; k--) {
      d = Descriptor.insert(b, loc, d, LlvmBuild.i64(b, loc, m.shape()[k]), 3, k);
      d = Descriptor.insert(b, loc, d, LlvmBuild.i64(b, loc, stride), 4, k);
      stride *= m.shape()[k];
    }
    return d;
  }

  private static Operation function(Operation module, Location loc, String name, FunctionType type, Operation from, List<NamedAttribute> extra) {
    List<NamedAttribute> attrs = new ArrayList<>(List.of(new NamedAttribute("sym_name", StringAttr.of(name)),
        new NamedAttribute("function_type", new TypeAttr(type)), new NamedAttribute("sym_visibility", StringAttr.of("private")),
        new NamedAttribute(OUTLINED_ATTR, StringAttr.of(stringAttr(from, "sym_name")))));
    attrs.addAll(extra);
    return Operation.create(module.context().opName("func.func"), loc, List.of(), List.of(), null, DictionaryAttr.of(attrs), List.of(), 1);
  }

  /**
   * Whether {@code v} is a buffer this function allocated ({@code tl.alloc}, {@code tl.alloca}: its allocated
   * and aligned pointers are the same, offset 0) that no other captured value is a view of: in the body its
   * memory is reached only through {@code v}, so its pointer may be a noalias argument.
   */
  private static boolean fresh(Value v, List<Value> captured) {
    Operation d = v.definingOp();
    if (!contiguous(v) || !(d.isa("tl.alloc") || d.isa("tl.alloca"))) return false;
    for (Value w : captured) {
      if (w == v) continue;
      for (Value x = w; x != null; ) {
        if (x == v) return false;
        Operation xd = x.definingOp();
        x = xd != null && xd.numOperands() > 0 && xd.operand(0).type() instanceof dev.mlc.ir.type.MemRefType ? xd.operand(0) : null;
      }
    }
    return true;
  }

  /** Whether {@code v} is defined in {@code loop}'s region. */
  private static boolean definedInside(Operation loop, Value v) {
    Block blk = v.parentBlock();
    Operation owner = blk == null ? null : blk.parentOp();
    return owner != null && loop.isAncestorOf(owner);
  }

  /**
   * A buffer of a dense constant ({@code tl.to_buffer} of {@code arith.constant}, packed weights) that
   * is only read: cloned into the body like a constant rather than captured, so that convert-to-llvm
   * still sees a read-only constant buffer and makes it a global (captured, it became a fresh copy of
   * the global made in every call).
   */
  private static boolean isConstantBuffer(Value v) {
    Operation d = v.definingOp();
    return d != null && d.isa("tl.to_buffer") && d.numOperands() == 1 && d.operand(0).definingOp() instanceof Operation c
        && c.isa("arith.constant") && c.attr("value") instanceof dev.mlc.ir.attr.DenseElementsAttr && GlobalConstants.readOnly(v);
  }

  private static boolean isConstant(Value v) {
    Operation d = v.definingOp();
    return d != null && d.numOperands() == 0 && d.numRegions() == 0 && d.numResults() == 1
        && (d.isa("arith.constant") || d.isa("llvm.mlir.constant"));
  }

  /** Estimated ops of one iteration of the flattened dimensions (nested loops multiply, unknown trip counts count 16). */
  private static long work(Operation loop, int flat) {
    long inner = 1;
    List<Value> lbs = ParallelOp.lowerBounds(loop), ubs = ParallelOp.upperBounds(loop), steps = ParallelOp.steps(loop);
    for (int d = flat; d < lbs.size(); d++) inner = sat(inner, trips(lbs.get(d), ubs.get(d), steps.get(d)));
    return Math.max(1, sat(inner, blockWork(ParallelOp.body(loop))));
  }

  private static long blockWork(Block b) {
    long w = 0;
    for (Operation op : b) {
      long own = 1;
      long nested = 0;
      for (int r = 0; r < op.numRegions(); r++) for (Block blk : op.region(r).blocks()) nested += blockWork(blk);
      if (op.isa("scf.for")) nested = sat(nested, trips(op.operand(0), op.operand(1), op.operand(2)));
      else if (op.isa(ParallelOp.NAME)) {
        List<Value> l = ParallelOp.lowerBounds(op), u = ParallelOp.upperBounds(op), s = ParallelOp.steps(op);
        for (int d = 0; d < l.size(); d++) nested = sat(nested, trips(l.get(d), u.get(d), s.get(d)));
      }
      w = Math.min(Long.MAX_VALUE / 4, w + own + nested);
    }
    return w;
  }

  private static long trips(Value lb, Value ub, Value step) {
    Long l = constant(lb), u = constant(ub), s = constant(step);
    if (l == null || u == null || s == null || s <= 0) return 16;
    return Math.max(0, (u - l + s - 1) / s);
  }

  private static long sat(long a, long b) { return b != 0 && a > Long.MAX_VALUE / 4 / b ? Long.MAX_VALUE / 4 : a * b; }

  private static Long constant(Value v) {
    Operation d = v.definingOp();
    if (d != null && d.isa("arith.constant") && d.attr("value") instanceof IntegerAttr ia) return ia.value().longValue();
    return null;
  }

  /** {@code max(0, ceildiv(ub - lb, step))}, folded when the bounds are constants. */
  private static Value tripCount(Builder b, Location loc, Value lb, Value ub, Value step) {
    Long l = constant(lb), u = constant(ub), s = constant(step);
    if (l != null && u != null && s != null && s > 0) return index(b, loc, Math.max(0, (u - l + s - 1) / s));
    Value n = arith(b, loc, "arith.subi", ub, lb);
    if (s == null || s != 1) n = arith(b, loc, "arith.ceildivsi", n, step);
    return arith(b, loc, "arith.maxsi", n, index(b, loc, 0));
  }

  private static void eraseIfUnused(Value v) {
    Operation d = v.definingOp();
    if (d != null && !v.hasUses() && d.numResults() == 1) {
      List<Value> ops = new ArrayList<>(d.operands());
      d.erase();
      for (Value o : ops) eraseIfUnused(o);
    }
  }

  /**
   * A value to or from its llvm form: a {@code builtin.unrealized_conversion_cast} marked {@link #PACK_ATTR}, which
   * convert-to-llvm lowers ({@link PackCastLowering}: a buffer becomes its descriptor struct, even when it is a
   * function argument expanded into fields).
   */
  private static Value cast(Builder b, Location loc, Value v, Type to) {
    if (v.type().equals(to)) return v;
    return b.create(UnrealizedConversionCastOp.NAME, loc, List.of(v), List.of(to), DictionaryAttr.of(new NamedAttribute(PACK_ATTR, dev.mlc.ir.attr.UnitAttr.INSTANCE))).result(0);
  }

  /** Marks the casts of captured values (see {@link #cast}). */
  public static final String PACK_ATTR = "mlc.parallel_pack";

  /** Lowers the marked casts: to llvm, the adaptor's value (a memref's descriptor struct); from llvm, the llvm value itself. */
  static final class PackCastLowering extends dev.mlc.ir.rewrite.conversion.ConversionPattern {
    PackCastLowering(dev.mlc.ir.rewrite.conversion.TypeConverter tc) { super(UnrealizedConversionCastOp.NAME, tc); }

    @Override public boolean matchAndRewrite(Operation op, List<Value> operands, dev.mlc.ir.rewrite.conversion.ConversionPatternRewriter rw) {
      if (op.attr(PACK_ATTR) == null || op.numOperands() != 1 || op.numResults() != 1) return rw.notifyMatchFailure(op, "not a cast of a captured value");
      Value in = op.operand(0);
      if (in.type() instanceof dev.mlc.ir.type.MemRefType)
        rw.replaceOp(op, List.of(Descriptor.of(rw, in, operands.get(0)).struct(rw, op.location())));
      else rw.replaceOp(op, List.of(operands.get(0)));
      return true;
    }
  }

  /** {@code llvm.getelementptr %p[0, k] : (!llvm.ptr) -> !llvm.ptr, struct}. */
  private static Value gep(Builder b, Location loc, Value p, Type struct, int k) {
    return LlvmBuild.value(b, "llvm.getelementptr", loc, List.of(p), LlvmTypeConverter.PTR, "elem_type", new TypeAttr(struct),
        "rawConstantIndices", new DenseArrayAttr(IntegerType.of(32), new long[] {0, k}));
  }

  private static Block forLoop(Builder b, Location loc, Value lb, Value ub, Value step) {
    Operation f = b.insert(Operation.create(b.context().opName("scf.for"), loc, List.of(lb, ub, step), List.of(), null, DictionaryAttr.EMPTY, List.of(), 1));
    Block blk = b.createBlock(f.region(0), List.of(IndexType.INSTANCE), loc);
    try (var g = b.guard()) {
      b.setInsertionPointToEnd(blk);
      b.create("scf.yield", loc, List.of(), List.of(), DictionaryAttr.EMPTY);
    }
    b.setInsertionPointAfter(f);
    return blk;
  }

  private static Value index(Builder b, Location loc, long v) {
    return b.create("arith.constant", loc, List.of(), List.of(IndexType.INSTANCE), DictionaryAttr.of(new NamedAttribute("value", IntegerAttr.index(v)))).result(0);
  }

  private static Value arith(Builder b, Location loc, String name, Value l, Value r) {
    return b.create(name, loc, List.of(l, r), List.of(l.type()), DictionaryAttr.EMPTY).result(0);
  }

  private static String stringAttr(Operation op, String name) { return op.attr(name) instanceof StringAttr s ? s.value() : "fn"; }

  private static String unique(Set<String> names, String base) {
    for (int i = 0; ; i++) {
      String n = base + i;
      if (names.add(n)) return n;
    }
  }

  private static void declareRuntime(Operation module, Location loc) {
    for (Operation o : module.region(0).front())
      if (o.attr("sym_name") instanceof StringAttr s && s.value().equals(RUNTIME_ENTRY)) return;
    Type ptr = LlvmTypeConverter.PTR, i64 = LlvmTypeConverter.I64;
    Operation f = Operation.create(module.context().opName("llvm.func"), loc, List.of(), List.of(), null, DictionaryAttr.of(List.of(
        new NamedAttribute("function_type", new TypeAttr(new LlvmType.Func(LlvmType.Void.INSTANCE, List.of(ptr, ptr, i64, i64, i64), false))),
        new NamedAttribute("linkage", LlvmAttr.EXTERNAL), new NamedAttribute("sym_name", StringAttr.of(RUNTIME_ENTRY)))), List.of(), 1);
    module.region(0).front().prepend(f);
  }
}
