package dev.mlc.dialect.tl.transforms;

import dev.mlc.dialect.tl.ir.StructuredOps;
import dev.mlc.dialect.tl.ir.Tl;
import dev.mlc.ir.Attribute;
import dev.mlc.ir.Block;
import dev.mlc.ir.Builder;
import dev.mlc.ir.IRMapping;
import dev.mlc.ir.Location;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.affine.AffineExpr;
import dev.mlc.ir.affine.AffineMap;
import dev.mlc.ir.attr.DenseElementsAttr;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.FloatAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassContext;
import dev.mlc.ir.pass.PassInfo;
import dev.mlc.ir.pass.PassOption;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IndexType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.MemRefType;
import dev.mlc.ir.type.VectorType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vectorizes {@code tl.generic}s on buffers along their innermost loop: a {@code tl.loop} over the
 * outer dimensions around a {@code tl.loop} over the innermost one by the vector width, with
 * {@code tl.vload}/{@code tl.vstore} of the operands that are contiguous along it, scalars (loaded
 * once, broadcast where needed) for those that do not vary along it, the body's arith and math ops
 * on vectors, and a masked tail for the last partial vector. An innermost reduction
 * ({@code out = combine(out, e)}) accumulates {@code e} in a vector and reduces it horizontally
 * once per output element. Whatever cannot be vectorized is left as it is, and with
 * {@code report=true} a remark says why.
 */
@PassInfo(name = "vectorize", summary = "Vectorize tl.generic along the innermost loop at the target's vector width",
    description = "The width comes from the vector-bits option, else the module's #cpu.target vector_bits, else the host (512 with AVX-512).")
public final class VectorizePass extends Pass {
  @PassOption(name = "vector-bits", description = "Vector register width in bits (0: the module's #cpu.target, else the host)")
  int vectorBits = 0;

  @PassOption(name = "min-trip-count", description = "Leave innermost loops with fewer static iterations than this")
  int minTripCount = 4;

  @PassOption(name = "report", description = "Emit a remark for every tl.generic left scalar, saying why")
  boolean report = false;

  @PassOption(name = "interchange", description = "When the innermost loop cannot be vectorized, move a parallel loop that can inward (the order of every reduction is kept)")
  boolean interchange = false;

  /** The reduction combinations recognized in a body, with their horizontal-reduction kind. */
  static final Map<String, String> COMBINE = Map.ofEntries(Map.entry("arith.addf", "add"), Map.entry("arith.mulf", "mul"),
      Map.entry("arith.maximumf", "maximumf"), Map.entry("arith.minimumf", "minimumf"), Map.entry("arith.addi", "add"),
      Map.entry("arith.muli", "mul"), Map.entry("arith.maxsi", "maxsi"), Map.entry("arith.minsi", "minsi"), Map.entry("arith.andi", "and"),
      Map.entry("arith.ori", "or"), Map.entry("arith.xori", "xor"));

  static final Set<String> INT_DIVISION = Set.of("arith.divsi", "arith.divui", "arith.remsi", "arith.remui", "arith.floordivsi", "arith.ceildivsi",
      "arith.ceildivui");

  @Override public void runOnOperation(Operation root, PassContext ctx) {
    int bits = vectorBits > 0 ? vectorBits : targetBits(root);
    List<Operation> generics = new ArrayList<>();
    root.walk(o -> {
      if (o.isa("tl.generic")) generics.add(o);
    });
    var done = ctx.statistic("num-vectorized", "tl.generic ops vectorized");
    var left = ctx.statistic("num-left-scalar", "tl.generic ops left scalar");
    for (Operation g : generics) {
      if (g.parentOp() == null) continue;
      Object plan = analyze(g, bits);
      if (plan instanceof String && interchange) {
        Object moved = moveInward(g, bits);
        if (moved != null) plan = moved;
      }
      if (plan instanceof String why) {
        left.add(1);
        if (report) g.emitRemark("not vectorized: " + why);
        continue;
      }
      new Emitter(g, (Plan) plan).emit();
      done.add(1);
    }
  }

  /**
   * Tries each parallel loop, innermost first, as the innermost one (the others keep their order,
   * so every output element's reduction runs in the same order); keeps the first permutation that
   * vectorizes and returns its plan, else restores the generic and returns null.
   */
  Object moveInward(Operation g, int bits) {
    List<String> its = LoopUtils.iterators(g);
    int n = its.size();
    for (int p = n - 2; p >= 0; p--) {
      if (!its.get(p).equals("parallel")) continue;
      int[] perm = new int[n], inv = new int[n];
      for (int i = 0, k = 0; i < n; i++) if (i != p) perm[k++] = i;
      perm[n - 1] = p;
      for (int i = 0; i < n; i++) inv[perm[i]] = i;
      InterchangePass.generic(g, perm, inv);
      Object plan = analyze(g, bits);
      if (plan instanceof Plan) return plan;
      InterchangePass.generic(g, inv, perm);
    }
    return null;
  }

  /** The vector width of the module's {@code #cpu.target} (its {@code vector_bits}), else the host's. */
  static int targetBits(Operation root) {
    Pattern p = Pattern.compile("vector_bits = (\\d+)");
    for (Operation o = root; o != null; o = o.parentOp()) {
      Attribute a = o.attr("cpu.target");
      if (a != null) {
        Matcher m = p.matcher(a.toString());
        if (m.find()) return Integer.parseInt(m.group(1));
      }
    }
    return hostBits();
  }

  private static volatile int host;

  static int hostBits() {
    if (host == 0) {
      int r = 128;
      try {
        String flags = Files.readString(Path.of("/proc/cpuinfo"));
        if (flags.contains(" avx512f")) r = 512;
        else if (flags.contains(" avx2")) r = 256;
      } catch (Exception e) {
        r = 128;
      }
      host = r;
    }
    return host;
  }

  /** What the emitter needs: the width, which operands are vectors, the reduction combiners per output. */
  record Plan(int width, boolean[] vectorOperand, boolean reduction, Operation[] combiners) {}

  static boolean unitInLoop(AffineExpr e, int d) {
    if (e instanceof AffineExpr.Dim x) return x.position() == d;
    if (e instanceof AffineExpr.Binary b && b.kind() == AffineExpr.Kind.ADD) {
      boolean l = LoopUtils.involves(b.lhs(), d), r = LoopUtils.involves(b.rhs(), d);
      if (l && !r) return unitInLoop(b.lhs(), d);
      if (r && !l) return unitInLoop(b.rhs(), d);
    }
    return false;
  }

  static int elementBits(Type t) {
    if (t instanceof FloatType f) return f.width();
    if (t instanceof IntegerType i) return i.width();
    return -1;
  }

  private static boolean isHalf(Type t) { return t instanceof FloatType f && f.width() == 16; }

  /** The plan, or why the generic is left scalar. */
  Object analyze(Operation op, int bits) {
    if (!LoopUtils.onBuffers(op)) return "it has tensor operands (bufferize first)";
    List<AffineMap> maps = StructuredOps.maps(op);
    List<String> its = LoopUtils.iterators(op);
    int n = its.size(), inner = n - 1, ins = StructuredOps.numInputs(op);
    if (n == 0) return "it has no loop (rank 0)";
    Block body = op.region(0).front();
    int widest = 0;
    boolean[] vec = new boolean[op.numOperands()];
    for (int i = 0; i < op.numOperands(); i++) {
      Value v = op.operand(i);
      Type e = LoopUtils.element(v);
      if (v.type() instanceof VectorType) return "operand #" + i + " is a vector";
      int eb = elementBits(e);
      if (eb <= 0 || (e instanceof IntegerType it && it.width() == 1)) return "operand #" + i + " has element type " + e + " (only integers and floats)";
      if (!(v.type() instanceof MemRefType t)) continue;
      widest = Math.max(widest, eb);
      List<AffineExpr> res = maps.get(i).results();
      for (int j = 0; j + 1 < res.size(); j++)
        if (LoopUtils.involves(res.get(j), inner))
          return "operand #" + i + " is not contiguous along the innermost loop (d" + inner + " in index #" + j + ")";
      if (res.isEmpty() || !LoopUtils.involves(res.getLast(), inner)) continue;
      if (!unitInLoop(res.getLast(), inner)) return "operand #" + i + " is not contiguous along the innermost loop (" + res.getLast() + ")";
      Long stride = LoopUtils.innermostStride(t);
      if (stride == null || stride != 1) return "operand #" + i + " has a non-unit innermost stride";
      vec[i] = true;
    }
    if (widest == 0) return "it has no buffer operand";
    for (int i = 0; i < ins; i++)
      for (int o = ins; o < op.numOperands(); o++)
        if (op.operand(i) == op.operand(o) && !maps.get(i).equals(maps.get(o))) return "input #" + i + " is also an output, with another map";
    long trip = LoopUtils.staticLoopSizes(op)[inner];
    if (trip >= 0 && trip < minTripCount) return "the innermost loop has " + trip + " iterations (fewer than " + minTripCount + ")";
    int width = Math.max(1, bits / widest);
    if (trip > 0) width = (int) Math.min(width, Long.highestOneBit(trip) == trip ? trip : Long.highestOneBit(trip) * 2);
    if (width < 2) return "the vector width is " + width;
    boolean masked = trip < 0 || trip % width != 0;
    for (Operation b : body) {
      if (b == body.last()) continue;
      if (b.isa("tl.index")) {
        if (((IntegerAttr) b.attr("dim")).value().intValue() == inner) return "the body reads tl.index of the innermost loop";
        continue;
      }
      if (!(b.name().startsWith("arith.") || b.name().startsWith("math.")) || b.numRegions() > 0)
        return "body op '" + b.name() + "' has no vector form";
      if (b.isa("arith.index_cast") || b.isa("arith.index_castui") || b.isa("arith.bitcast")) return "body op '" + b.name() + "' has no vector form";
      for (Value r : b.results()) if (r.type() instanceof IndexType) return "body op '" + b.name() + "' computes an index";
      // convert-to-llvm lowers f16/bf16 math (libm through f32) and f64 -> f16/bf16 truncation on scalars only
      if (b.name().startsWith("math.") && b.results().stream().anyMatch(r -> isHalf(r.type())))
        return "body op '" + b.name() + "' on a half type has no vector lowering";
      if (b.isa("arith.truncf") && isHalf(b.result(0).type()) && b.operand(0).type() instanceof FloatType f && f.width() > 32)
        return "body op 'arith.truncf' from f64 to a half type has no vector lowering";
      if (masked && INT_DIVISION.contains(b.name())) return "integer division in a body with a masked tail";
    }
    boolean reduction = its.get(inner).equals("reduction");
    Operation[] combiners = new Operation[op.numOperands() - ins];
    Operation yield = body.last();
    for (int o = 0; o < combiners.length; o++) {
      int i = ins + o;
      List<AffineExpr> res = maps.get(i).results();
      if (!reduction) {
        if (!vec[i]) return "output #" + o + " does not vary along the innermost (parallel) loop";
        continue;
      }
      for (AffineExpr e : res) if (LoopUtils.involves(e, inner)) return "output #" + o + " varies along the innermost (reduction) loop";
      Value arg = body.argument(i);
      Operation c = yield.operand(o).definingOp();
      if (c == null || c.parentOp() != op || !COMBINE.containsKey(c.name()) || c.numOperands() != 2)
        return "output #" + o + " is not updated by a recognized reduction (add, mul, max, min, and, or, xor)";
      if (!arg.hasOneUse() || (c.operand(0) != arg && c.operand(1) != arg) || !c.result(0).hasOneUse())
        return "output #" + o + " is used other than by its reduction";
      Value e = c.operand(0) == arg ? c.operand(1) : c.operand(0);
      if (dependsOnOutputs(e, body, ins)) return "the reduced value of output #" + o + " depends on an output";
      combiners[o] = c;
    }
    return new Plan(width, vec, reduction, combiners);
  }

  static boolean dependsOnOutputs(Value v, Block body, int ins) {
    if (v instanceof dev.mlc.ir.BlockArgument ba) return ba.owner() == body && ba.index() >= ins;
    Operation d = v.definingOp();
    if (d == null || d.parentBlock() != body) return false;
    for (Value x : d.operands()) if (dependsOnOutputs(x, body, ins)) return true;
    return false;
  }

  /** Builds the vectorized nest of one generic and erases it. */
  static final class Emitter {
    final Operation op;
    final Plan plan;
    final Builder b;
    final Location loc;
    final List<AffineMap> maps;
    final List<String> its;
    final int n, inner, ins, width;
    final Block body;
    Value iota;

    Emitter(Operation op, Plan plan) {
      this.op = op;
      this.plan = plan;
      this.b = new Builder(op.context());
      this.loc = op.location();
      this.maps = StructuredOps.maps(op);
      this.its = LoopUtils.iterators(op);
      this.n = its.size();
      this.inner = n - 1;
      this.ins = StructuredOps.numInputs(op);
      this.width = plan.width();
      this.body = op.region(0).front();
    }

    VectorType vt(Type e) { return new VectorType(new long[] {width}, e); }

    void emit() {
      b.setInsertionPoint(op);
      List<Value> ubs = LoopUtils.loopSizes(b, loc, op);
      Value c0 = LoopUtils.index(b, loc, 0), c1 = LoopUtils.index(b, loc, 1);
      Operation before = c0.definingOp();
      if (n > 1) {
        Tl.loop(b, loc, Collections.nCopies(n - 1, c0), ubs.subList(0, n - 1), Collections.nCopies(n - 1, c1), its.subList(0, n - 1), List.of(),
            (bb, ivs) -> {
              innerLoops(ivs, ubs.get(inner), c0, before);
              return List.of();
            });
      } else innerLoops(List.of(), ubs.get(inner), c0, before);
      op.erase();
    }

    /** The main loop by the width and the masked tail, at the current point of the outer loops. */
    void innerLoops(List<Value> outer, Value size, Value c0, Operation before) {
      Value w = LoopUtils.index(b, loc, width);
      Long s = LoopUtils.constantIndex(size);
      Value main;
      if (s != null) main = LoopUtils.index(b, loc, s - s % width);
      else main = LoopUtils.arith(b, loc, "arith.subi", size, LoopUtils.arith(b, loc, "arith.remsi", size, w));
      boolean tail = s == null || s % width != 0;
      boolean hasMain = s == null || s >= width;
      String it = its.get(inner);
      if (!plan.reduction()) {
        if (hasMain) Tl.loop(b, loc, List.of(c0), List.of(main), List.of(w), List.of(it), List.of(), (bb, ivs) -> {
          chunk(outer, ivs.get(0), null, before, List.of());
          return List.of();
        });
        if (tail) Tl.loop(b, loc, List.of(main), List.of(size), List.of(w), List.of(it), List.of(), (bb, ivs) -> {
          chunk(outer, ivs.get(0), mask(size, ivs.get(0), before), before, List.of());
          return List.of();
        });
        return;
      }
      List<Value> accs = new ArrayList<>();
      for (Operation c : plan.combiners()) accs.add(Tl.broadcast(b, loc, neutral(c), vt(c.result(0).type())));
      if (hasMain) accs = new ArrayList<>(Tl.loop(b, loc, List.of(c0), List.of(main), List.of(w), List.of(it), accs, (bb, args) ->
          chunk(outer, args.get(0), null, before, args.subList(1, args.size()))).results());
      if (tail) accs = new ArrayList<>(Tl.loop(b, loc, List.of(main), List.of(size), List.of(w), List.of(it), accs, (bb, args) ->
          chunk(outer, args.get(0), mask(size, args.get(0), before), before, args.subList(1, args.size()))).results());
      List<Value> dims = new ArrayList<>(outer);
      dims.add(c0);
      IndexMath math = new IndexMath(b, loc, dims, before);
      for (int o = 0; o < accs.size(); o++) {
        Operation c = plan.combiners()[o];
        Value out = op.operand(ins + o);
        List<Value> idx = math.apply(maps.get(ins + o).results());
        Value reduced = horizontal(c, accs.get(o));
        Value old = Tl.load(b, loc, out, idx);
        Value arg = body.argument(ins + o);
        List<Value> operands = c.operand(0) == arg ? List.of(old, reduced) : List.of(reduced, old);
        Operation nc = b.insert(c.clone(new IRMapping()));
        for (int k = 0; k < 2; k++) nc.setOperand(k, operands.get(k));
        Tl.store(b, loc, nc.result(0), out, idx);
      }
    }

    Value mask(Value size, Value iv, Operation before) {
      if (iota == null) {
        try (var g = b.guard()) {
          b.setInsertionPoint(before);
          long[] lanes = new long[width];
          for (int i = 0; i < width; i++) lanes[i] = i;
          byte[] raw = new byte[4 * width];
          for (int i = 0; i < width; i++) DenseElementsAttr.putLE(raw, 4 * i, 4, lanes[i]);
          iota = b.create("arith.constant", loc, List.of(), List.of(vt(IntegerType.of(32))),
              DictionaryAttr.of(new NamedAttribute("value", DenseElementsAttr.ofRaw(vt(IntegerType.of(32)), raw)))).result(0);
        }
      }
      Value left = LoopUtils.arith(b, loc, "arith.subi", size, iv);
      Value left32 = b.create("arith.index_cast", loc, List.of(left), List.of(IntegerType.of(32)), DictionaryAttr.EMPTY).result(0);
      Value bc = Tl.broadcast(b, loc, left32, vt(IntegerType.of(32)));
      return b.create("arith.cmpi", loc, List.of(iota, bc), List.of(vt(IntegerType.of(1))),
          DictionaryAttr.of(new NamedAttribute("predicate", IntegerAttr.i64(2)))).result(0); // slt
    }

    Value scalarConstant(Type t, double f, long i) {
      Attribute a = t instanceof FloatType ft ? FloatAttr.of(ft, f) : IntegerAttr.of(t, i);
      return b.create("arith.constant", loc, List.of(), List.of(t), DictionaryAttr.of(new NamedAttribute("value", a))).result(0);
    }

    /** The identity of a combiner: x = combine(x, neutral). */
    Value neutral(Operation c) {
      Type t = c.result(0).type();
      int w = elementBits(t);
      return switch (c.name()) {
        case "arith.addf" -> scalarConstant(t, -0.0, 0);
        case "arith.mulf" -> scalarConstant(t, 1.0, 0);
        case "arith.maximumf" -> scalarConstant(t, Double.NEGATIVE_INFINITY, 0);
        case "arith.minimumf" -> scalarConstant(t, Double.POSITIVE_INFINITY, 0);
        case "arith.muli" -> scalarConstant(t, 0, 1);
        case "arith.andi" -> scalarConstant(t, 0, -1);
        case "arith.maxsi" -> scalarConstant(t, 0, w >= 64 ? Long.MIN_VALUE : -(1L << (w - 1)));
        case "arith.minsi" -> scalarConstant(t, 0, w >= 64 ? Long.MAX_VALUE : (1L << (w - 1)) - 1);
        default -> scalarConstant(t, 0, 0); // addi, ori, xori
      };
    }

    /** Reduces the lanes of an accumulator: tl.reduction where it is lowered, else a chain of lane extracts. */
    Value horizontal(Operation c, Value acc) {
      String kind = COMBINE.get(c.name());
      Type t = c.result(0).type();
      if (!kind.equals("maximumf") && !kind.equals("minimumf")) return Tl.reduction(b, loc, kind, acc);
      Value r = null;
      for (int i = 0; i < width; i++) {
        Value lane = b.create("tl.extract", loc, List.of(acc, LoopUtils.index(b, loc, i)), List.of(t), DictionaryAttr.EMPTY).result(0);
        r = r == null ? lane : b.create(c.name(), loc, List.of(r, lane), List.of(t), DictionaryAttr.EMPTY).result(0);
      }
      return r;
    }

    /** One vector of iterations starting at {@code iv}: loads, the body on vectors, stores (or accumulates); returns the new accumulators. */
    List<Value> chunk(List<Value> outer, Value iv, Value mask, Operation before, List<Value> accs) {
      List<Value> dims = new ArrayList<>(outer);
      dims.add(iv);
      IndexMath math = new IndexMath(b, loc, dims, before);
      Map<Value, Value> vals = new IdentityHashMap<>();
      Map<Value, Boolean> isVec = new IdentityHashMap<>();
      Map<Type, Value> passThrough = new HashMap<>();
      List<List<Value>> at = new ArrayList<>();
      for (int i = 0; i < op.numOperands(); i++) {
        Value v = op.operand(i);
        Value arg = body.argument(i);
        List<Value> idx = v.type() instanceof MemRefType ? math.apply(maps.get(i).results()) : List.of();
        at.add(idx);
        if (!arg.hasUses() || (plan.reduction() && i >= ins)) continue;
        Value x;
        if (!(v.type() instanceof MemRefType)) x = v;
        else if (!plan.vectorOperand()[i]) x = Tl.load(b, loc, v, idx);
        else {
          VectorType t = vt(LoopUtils.element(v));
          if (mask == null) x = Tl.vload(b, loc, t, v, idx);
          else {
            Type e = t.elementType();
            Value pass = passThrough.computeIfAbsent(e, k -> Tl.broadcast(b, loc, scalarConstant(k, 0.0, 1), t));
            List<Value> operands = new ArrayList<>(List.of(v));
            operands.addAll(idx);
            operands.add(mask);
            operands.add(pass);
            x = b.create("tl.vload", loc, operands, List.of(t), DictionaryAttr.EMPTY).result(0);
          }
        }
        vals.put(arg, x);
        isVec.put(arg, plan.vectorOperand()[i]);
      }
      Set<Operation> combiners = Collections.newSetFromMap(new IdentityHashMap<>());
      if (plan.reduction()) Collections.addAll(combiners, plan.combiners());
      for (Operation o : body) {
        if (o == body.last() || combiners.contains(o)) continue;
        if (o.isa("tl.index")) {
          vals.put(o.result(0), dims.get(((IntegerAttr) o.attr("dim")).value().intValue()));
          isVec.put(o.result(0), false);
          continue;
        }
        boolean anyVec = false;
        for (Value x : o.operands()) anyVec |= isVec.getOrDefault(x, false);
        IRMapping m = new IRMapping();
        for (Value x : o.operands()) {
          Value y = vals.getOrDefault(x, x);
          if (anyVec && !isVec.getOrDefault(x, false)) y = Tl.broadcast(b, loc, y, vt(y.type()));
          m.map(x, y);
        }
        Operation c = b.insert(o.clone(m));
        for (int r = 0; r < c.numResults(); r++) {
          if (anyVec) c.result(r).setType(vt(o.result(r).type()));
          vals.put(o.result(r), c.result(r));
          isVec.put(o.result(r), anyVec);
        }
      }
      Operation yield = body.last();
      if (!plan.reduction()) {
        for (int o = 0; o < yield.numOperands(); o++) {
          Value y = yield.operand(o);
          Value v = vals.getOrDefault(y, y);
          if (!isVec.getOrDefault(y, false)) v = Tl.broadcast(b, loc, v, vt(v.type()));
          List<Value> operands = new ArrayList<>(List.of(v, op.operand(ins + o)));
          operands.addAll(at.get(ins + o));
          if (mask != null) operands.add(mask);
          b.create("tl.vstore", loc, operands, List.of(), DictionaryAttr.EMPTY);
        }
        return List.of();
      }
      List<Value> next = new ArrayList<>();
      for (int o = 0; o < accs.size(); o++) {
        Operation c = plan.combiners()[o];
        Value arg = body.argument(ins + o);
        Value e = c.operand(0) == arg ? c.operand(1) : c.operand(0);
        Value v = vals.getOrDefault(e, e);
        if (!isVec.getOrDefault(e, false)) v = Tl.broadcast(b, loc, v, vt(v.type()));
        if (mask != null) {
          Value id = Tl.broadcast(b, loc, neutral(c), vt(c.result(0).type()));
          v = b.create("arith.select", loc, List.of(mask, v, id), List.of(v.type()), DictionaryAttr.EMPTY).result(0);
        }
        List<Value> operands = c.operand(0) == arg ? List.of(accs.get(o), v) : List.of(v, accs.get(o));
        IRMapping m = new IRMapping();
        Operation nc = b.insert(c.clone(m));
        for (int k = 0; k < 2; k++) nc.setOperand(k, operands.get(k));
        nc.result(0).setType(v.type());
        next.add(nc.result(0));
      }
      return next;
    }
  }
}
