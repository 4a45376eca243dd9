package dev.mlc.dialect.llvm.interp;

import dev.mlc.dialect.llvm.ir.FuncOp;
import dev.mlc.dialect.llvm.ir.GlobalOp;
import dev.mlc.dialect.llvm.ir.LlvmType;
import dev.mlc.dialect.llvm.ir.LlvmTypeSizes;
import dev.mlc.ir.Attribute;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.attr.DenseArrayAttr;
import dev.mlc.ir.attr.DenseElementsAttr;
import dev.mlc.ir.attr.ElementsAttr;
import dev.mlc.ir.attr.FloatAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.attr.SymbolRefAttr;
import dev.mlc.ir.attr.TypeAttr;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.interp.InterpreterException;
import dev.mlc.ir.interp.InterpreterProvider;
import dev.mlc.ir.interp.OpSemantics;
import dev.mlc.ir.interp.Scalars;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.VectorType;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;

/**
 * The reference interpreter's implementations of the llvm dialect's ops, on the flat {@link Memory}
 * of each run. Integers wrap (the nsw/nuw flags are not checked); division by zero, signed division
 * overflow, shifts by the bit width or more and out-of-range float-to-int conversions (all undefined
 * or poison in LLVM) are errors; {@code undef} and {@code poison} are modelled as zero (a legal
 * refinement of undef; for poison, a simplification).
 */
public final class LlvmInterpreter implements InterpreterProvider {
  /** The memory of a run. */
  public static Memory memory(Interpreter in) { return in.extension(Memory.class, Memory::new); }

  @Override public void register(Registry r) {
    registerArith(r);
    registerCasts(r);
    registerValues(r);
    registerMemory(r);
    registerControl(r);
    registerIntrinsics(r);
  }

  // ---- helpers ----

  static Type scalar(Type t) { return t instanceof VectorType v ? v.elementType() : t; }

  /** Applies {@code f} lane by lane when the result type is a vector (scalar operands are broadcast). */
  static Object lanes(Type result, Object[] ops, Function<Object[], Object> f) {
    if (!(result instanceof VectorType vt)) return f.apply(ops);
    Tensor out = Tensor.zeros(vt.elementType(), vt.shape());
    Object[] lane = new Object[ops.length];
    for (int i = 0; i < out.size(); i++) {
      for (int k = 0; k < ops.length; k++) lane[k] = ops[k] instanceof Tensor t ? t.get(i) : ops[k];
      out.set(i, f.apply(lane));
    }
    return out;
  }

  static Object[] one(Object v) { return new Object[] {v}; }

  interface IntOp { long apply(Interpreter in, long a, long b, Type t); }

  static void intBinary(Registry r, String name, IntOp f) {
    r.add(name, (in, op, a) -> {
      Type t = scalar(op.result(0).type());
      return one(lanes(op.result(0).type(), a, x -> Scalars.wrap(f.apply(in, (Long) x[0], (Long) x[1], t), t)));
    });
  }

  static void floatUnary(Registry r, String name, DoubleUnaryOperator f) {
    r.add(name, (in, op, a) -> {
      Type t = scalar(op.result(0).type());
      return one(lanes(op.result(0).type(), a, x -> Scalars.round(f.applyAsDouble((Double) x[0]), t)));
    });
  }

  static void floatBinary(Registry r, String name, DoubleBinaryOperator f) {
    r.add(name, (in, op, a) -> {
      Type t = scalar(op.result(0).type());
      return one(lanes(op.result(0).type(), a, x -> Scalars.round(f.applyAsDouble((Double) x[0], (Double) x[1]), t)));
    });
  }

  static long nonZero(Interpreter in, long b) {
    if (b == 0) throw in.error("division by zero");
    return b;
  }

  static long shiftAmount(Interpreter in, long b, Type t) {
    int w = Scalars.width(t);
    long s = Scalars.unsigned(b, t);
    if (s < 0 || s >= w) throw in.error("shift amount " + s + " is not less than the bit width " + w + " (the result is poison)");
    return s;
  }

  static long minValue(Type t) { return Scalars.width(t) >= 64 ? Long.MIN_VALUE : -(1L << (Scalars.width(t) - 1)); }

  // ---- arithmetic ----

  private static void registerArith(Registry r) {
    intBinary(r, "llvm.add", (in, a, b, t) -> a + b);
    intBinary(r, "llvm.sub", (in, a, b, t) -> a - b);
    intBinary(r, "llvm.mul", (in, a, b, t) -> a * b);
    intBinary(r, "llvm.and", (in, a, b, t) -> a & b);
    intBinary(r, "llvm.or", (in, a, b, t) -> a | b);
    intBinary(r, "llvm.xor", (in, a, b, t) -> a ^ b);
    intBinary(r, "llvm.sdiv", (in, a, b, t) -> {
      nonZero(in, b);
      if (b == -1 && a == minValue(t)) throw in.error("signed division overflow");
      return a / b;
    });
    intBinary(r, "llvm.srem", (in, a, b, t) -> {
      nonZero(in, b);
      if (b == -1 && a == minValue(t)) throw in.error("signed division overflow");
      return a % b;
    });
    intBinary(r, "llvm.udiv", (in, a, b, t) -> Long.divideUnsigned(Scalars.unsigned(a, t), Scalars.unsigned(nonZero(in, b), t)));
    intBinary(r, "llvm.urem", (in, a, b, t) -> Long.remainderUnsigned(Scalars.unsigned(a, t), Scalars.unsigned(nonZero(in, b), t)));
    intBinary(r, "llvm.shl", (in, a, b, t) -> a << shiftAmount(in, b, t));
    intBinary(r, "llvm.lshr", (in, a, b, t) -> Scalars.unsigned(a, t) >>> shiftAmount(in, b, t));
    intBinary(r, "llvm.ashr", (in, a, b, t) -> Scalars.signed(a, t) >> shiftAmount(in, b, t));
    floatBinary(r, "llvm.fadd", (a, b) -> a + b);
    floatBinary(r, "llvm.fsub", (a, b) -> a - b);
    floatBinary(r, "llvm.fmul", (a, b) -> a * b);
    floatBinary(r, "llvm.fdiv", (a, b) -> a / b);
    floatBinary(r, "llvm.frem", (a, b) -> a % b);
    floatUnary(r, "llvm.fneg", a -> -a);
    r.add("llvm.icmp", (in, op, a) -> {
      String pred = predicate(op, List.of("eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge"));
      Type t = scalar(op.operand(0).type());
      return one(lanes(op.result(0).type(), a, x -> icmp(pred, x[0], x[1], t) ? 1L : 0L));
    });
    r.add("llvm.fcmp", (in, op, a) -> {
      String pred = predicate(op, List.of("_false", "oeq", "ogt", "oge", "olt", "ole", "one", "ord", "ueq", "ugt", "uge", "ult", "ule", "une", "uno", "_true"));
      return one(lanes(op.result(0).type(), a, x -> fcmp(pred, (Double) x[0], (Double) x[1]) ? 1L : 0L));
    });
    r.add("llvm.select", (in, op, a) -> {
      if (!(a[0] instanceof Tensor)) return one((Long) a[0] != 0 ? a[1] : a[2]);
      return one(lanes(op.result(0).type(), a, x -> (Long) x[0] != 0 ? x[1] : x[2]));
    });
  }

  static String predicate(Operation op, List<String> names) { return names.get((int) ((IntegerAttr) op.attr("predicate")).longValue()); }

  static boolean icmp(String pred, Object x, Object y, Type t) {
    long a, b;
    if (x instanceof Pointer p) {
      a = p.address();
      b = ((Pointer) y).address();
      t = IntegerType.of(64);
    } else {
      a = (Long) x;
      b = (Long) y;
    }
    long ua = Scalars.unsigned(a, t), ub = Scalars.unsigned(b, t);
    return switch (pred) {
      case "eq" -> a == b;
      case "ne" -> a != b;
      case "slt" -> a < b;
      case "sle" -> a <= b;
      case "sgt" -> a > b;
      case "sge" -> a >= b;
      case "ult" -> Long.compareUnsigned(ua, ub) < 0;
      case "ule" -> Long.compareUnsigned(ua, ub) <= 0;
      case "ugt" -> Long.compareUnsigned(ua, ub) > 0;
      default -> Long.compareUnsigned(ua, ub) >= 0;
    };
  }

  static boolean fcmp(String pred, double a, double b) {
    boolean uno = Double.isNaN(a) || Double.isNaN(b);
    return switch (pred) {
      case "_false" -> false;
      case "_true" -> true;
      case "ord" -> !uno;
      case "uno" -> uno;
      case "oeq" -> !uno && a == b;
      case "ogt" -> !uno && a > b;
      case "oge" -> !uno && a >= b;
      case "olt" -> !uno && a < b;
      case "ole" -> !uno && a <= b;
      case "one" -> !uno && a != b;
      case "ueq" -> uno || a == b;
      case "ugt" -> uno || a > b;
      case "uge" -> uno || a >= b;
      case "ult" -> uno || a < b;
      case "ule" -> uno || a <= b;
      default -> uno || a != b;
    };
  }

  // ---- casts ----

  static void cast(Registry r, String name, BiFunction<Object, Type[], Object> f) {
    r.add(name, (in, op, a) -> {
      Type[] ts = {scalar(op.operand(0).type()), scalar(op.result(0).type())};
      return one(lanes(op.result(0).type(), a, x -> f.apply(x[0], ts)));
    });
  }

  static long floatToInt(Interpreter in, double v, Type t, boolean unsigned) {
    int w = Scalars.width(t);
    double tv = v < 0 ? Math.ceil(v) : Math.floor(v);
    double lo = unsigned ? 0 : -Math.scalb(1.0, w - 1), hi = unsigned ? Math.scalb(1.0, w) : Math.scalb(1.0, w - 1);
    if (Double.isNaN(v) || tv < lo || tv >= hi)
      throw in.error("value " + v + " does not fit in " + (unsigned ? "unsigned " : "") + t + " (the result is poison)");
    return Scalars.floatToInt(v, t, unsigned);
  }

  private static void registerCasts(Registry r) {
    cast(r, "llvm.sext", (x, t) -> Scalars.wrap((Long) x, t[1]));
    cast(r, "llvm.zext", (x, t) -> Scalars.wrap(Scalars.unsigned((Long) x, t[0]), t[1]));
    cast(r, "llvm.trunc", (x, t) -> Scalars.wrap((Long) x, t[1]));
    cast(r, "llvm.fpext", (x, t) -> Scalars.round((Double) x, t[1]));
    cast(r, "llvm.fptrunc", (x, t) -> Scalars.round((Double) x, t[1]));
    cast(r, "llvm.sitofp", (x, t) -> Scalars.intToFloat(Scalars.signed((Long) x, t[0]), false, t[1]));
    cast(r, "llvm.uitofp", (x, t) -> Scalars.intToFloat(Scalars.unsigned((Long) x, t[0]), Scalars.width(t[0]) >= 64, t[1]));
    r.add("llvm.fptosi", (in, op, a) -> {
      Type t = scalar(op.result(0).type());
      return one(lanes(op.result(0).type(), a, x -> floatToInt(in, (Double) x[0], t, false)));
    });
    r.add("llvm.fptoui", (in, op, a) -> {
      Type t = scalar(op.result(0).type());
      return one(lanes(op.result(0).type(), a, x -> Scalars.wrap(floatToInt(in, (Double) x[0], t, true), t)));
    });
    r.add("llvm.ptrtoint", (in, op, a) -> {
      Type t = scalar(op.result(0).type());
      return one(lanes(op.result(0).type(), a, x -> Scalars.wrap(((Pointer) x[0]).address(), t)));
    });
    r.add("llvm.inttoptr", (in, op, a) -> one(memory(in).fromAddress(Scalars.unsigned((Long) a[0], op.operand(0).type()))));
    r.add("llvm.bitcast", (in, op, a) -> {
      Type from = op.operand(0).type(), to = op.result(0).type();
      if (from.equals(to)) return one(a[0]);
      return one(memory(in).fromBytes(to, Memory.bytesOf(from, a[0])));
    });
  }

  // ---- values ----

  /** The zero value of {@code t} (also what undef and poison are in this interpreter). */
  public static Object zero(Type t) {
    return switch (t) {
      case IntegerType it -> 0L;
      case FloatType ft -> 0.0;
      case LlvmType.Ptr p -> Pointer.NULL;
      case VectorType v -> Tensor.zeros(v.elementType(), v.shape());
      case LlvmType.Array a -> {
        Object[] f = new Object[(int) a.size()];
        for (int i = 0; i < f.length; i++) f[i] = zero(a.elementType());
        yield new Aggregate(f);
      }
      case LlvmType.Struct s -> new Aggregate(s.fields().stream().map(LlvmInterpreter::zero).toArray());
      default -> throw new InterpreterException("type " + LlvmType.str(t) + " has no value");
    };
  }

  /** The value of a constant attribute as type {@code t}. */
  static Object constant(Interpreter in, Attribute v, Type t) {
    if (t instanceof LlvmType.Ptr) return memory(in).fromAddress(((IntegerAttr) v).longValue());
    if (v instanceof IntegerAttr i) return Scalars.wrap(i.longValue(), t);
    if (v instanceof FloatAttr f) return Scalars.round(f.value(), t);
    if (v instanceof ElementsAttr e) {
      Tensor flat = Tensor.fromAttr(e, in.context().resources());
      if (t instanceof VectorType vt) return flat.reshape(vt.shape());
      return fill(t, flat, new int[1]);
    }
    throw new InterpreterException("constant " + v + " of type " + LlvmType.str(t) + " is not supported by the interpreter");
  }

  /** Fills an array (of arrays) or vector of type {@code t} from the elements of {@code flat}, in order. */
  static Object fill(Type t, Tensor flat, int[] next) {
    if (t instanceof LlvmType.Array a) {
      Object[] f = new Object[(int) a.size()];
      for (int i = 0; i < f.length; i++) f[i] = fill(a.elementType(), flat, next);
      return new Aggregate(f);
    }
    if (t instanceof VectorType v) {
      Tensor out = Tensor.zeros(v.elementType(), v.shape());
      for (int i = 0; i < out.size(); i++) out.set(i, flat.get(next[0]++));
      return out;
    }
    Object x = flat.get(next[0]++);
    return x instanceof Double d ? (Object) Scalars.round(d, t) : (Object) Scalars.wrap((Long) x, t);
  }

  static long[] ints(Operation op, String attr) { return ((DenseArrayAttr) op.attr(attr)).asLongs(); }

  private static void registerValues(Registry r) {
    r.add("llvm.mlir.constant", (in, op, a) -> one(constant(in, op.attr("value"), op.result(0).type())));
    for (String n : List.of("llvm.mlir.undef", "llvm.mlir.poison", "llvm.mlir.zero")) r.add(n, (in, op, a) -> one(zero(op.result(0).type())));
    r.add("llvm.mlir.addressof", (in, op, a) -> one(addressOf(in, in.lookupSymbol(op, (SymbolRefAttr) op.attr("global_name")))));
    r.add("llvm.extractvalue", (in, op, a) -> {
      Object v = a[0];
      for (long i : ints(op, "position")) v = ((Aggregate) v).get((int) i);
      return one(v);
    });
    r.add("llvm.insertvalue", (in, op, a) -> one(insert((Aggregate) a[0], ints(op, "position"), 0, a[1])));
    r.add("llvm.extractelement", (in, op, a) -> {
      Tensor v = (Tensor) a[0];
      return one(v.get(lane(in, v, (Long) a[1], op.operand(1).type())));
    });
    r.add("llvm.insertelement", (in, op, a) -> {
      Tensor v = ((Tensor) a[0]).copy();
      v.set(lane(in, v, (Long) a[2], op.operand(2).type()), a[1]);
      return one(v);
    });
    r.add("llvm.shufflevector", (in, op, a) -> {
      Tensor x = (Tensor) a[0], y = (Tensor) a[1];
      long[] mask = ints(op, "mask");
      VectorType rt = (VectorType) op.result(0).type();
      Tensor out = Tensor.zeros(rt.elementType(), rt.shape());
      for (int i = 0; i < mask.length; i++) {
        if (mask[i] >= x.size() + y.size()) throw in.error("mask index " + mask[i] + " is out of range for two vectors of " + x.size() + " lanes (the lane is poison)");
        if (mask[i] >= 0) out.set(i, mask[i] < x.size() ? x.get((int) mask[i]) : y.get((int) mask[i] - x.size()));
      }
      return one(out);
    });
  }

  static int lane(Interpreter in, Tensor v, long index, Type t) {
    long i = Scalars.unsigned(index, t);
    if (i < 0 || i >= v.size()) throw in.error("lane index " + i + " is out of range for a vector of " + v.size() + " lanes (the result is poison)");
    return (int) i;
  }

  static Aggregate insert(Aggregate agg, long[] pos, int k, Object v) {
    int i = (int) pos[k];
    return agg.with(i, k == pos.length - 1 ? v : insert((Aggregate) agg.get(i), pos, k + 1, v));
  }

  /** The address of a global (allocated and initialized on first use) or of a function. */
  static Pointer addressOf(Interpreter in, Operation target) {
    Memory mem = memory(in);
    String name = ((StringAttr) target.attr("sym_name")).value();
    if (target.isa(FuncOp.NAME)) return mem.function(target, "@" + name);
    return mem.global(target, m -> {
      Type t = GlobalOp.globalType(target);
      Memory.Allocation alloc = m.newGlobal(LlvmTypeSizes.size(t), "global @" + name);
      Pointer p = new Pointer(alloc, 0);
      Attribute v = target.attr("value");
      if (v instanceof StringAttr s) {
        byte[] b = s.bytes();
        for (int i = 0; i < b.length; i++) m.writeBits(p.plus(i), 1, b[i]);
      } else if (v != null) {
        m.store(p, t, constant(in, v, t));
      } else if (!target.region(0).isEmpty()) {
        m.store(p, t, in.runRegion(target.region(0))[0]);
      }
      if (GlobalOp.isConstant(target)) m.markReadOnly(alloc);
      return alloc;
    });
  }

  // ---- memory ----

  static Pointer checkAlignment(Interpreter in, Operation op, Pointer p) {
    if (op.attr("alignment") instanceof IntegerAttr al && al.longValue() > 1 && p.alloc() != null && p.address() % al.longValue() != 0)
      throw in.error("misaligned access: address 0x" + Long.toHexString(p.address()) + " is not a multiple of the alignment " + al.longValue());
    return p;
  }

  private static void registerMemory(Registry r) {
    r.add("llvm.alloca", (in, op, a) -> {
      Type e = ((TypeAttr) op.attr("elem_type")).type();
      long n = (Long) a[0];
      if (n < 0) throw in.error("negative allocation size " + n);
      return one(memory(in).allocateStack(n * LlvmTypeSizes.size(e), "stack slot of 'llvm.alloca' at " + op.location()));
    });
    r.add("llvm.load", (in, op, a) -> one(memory(in).load(checkAlignment(in, op, (Pointer) a[0]), op.result(0).type())));
    r.add("llvm.store", (in, op, a) -> {
      memory(in).store(checkAlignment(in, op, (Pointer) a[1]), op.operand(0).type(), a[0]);
      return OpSemantics.NONE;
    });
    r.add("llvm.getelementptr", (in, op, a) -> {
      Pointer base = (Pointer) a[0];
      Type t = ((TypeAttr) op.attr("elem_type")).type();
      long[] raw = ints(op, "rawConstantIndices");
      int dyn = 1;
      long off = 0;
      for (int k = 0; k < raw.length; k++) {
        long idx = raw[k] == Integer.MIN_VALUE ? (Long) a[dyn++] : raw[k];
        if (k == 0) off += idx * LlvmTypeSizes.size(t);
        else if (t instanceof LlvmType.Struct s) {
          off += LlvmTypeSizes.fieldOffset(s, (int) idx);
          t = s.fields().get((int) idx);
        } else if (t instanceof LlvmType.Array ar) {
          t = ar.elementType();
          off += idx * LlvmTypeSizes.size(t);
        } else if (t instanceof VectorType v) {
          t = v.elementType();
          off += idx * LlvmTypeSizes.elementBytes(t);
        }
      }
      Pointer p = base.plus(off);
      if (op.attr("inbounds") != null && base.alloc() != null && (p.offset() < 0 || p.offset() > base.alloc().size()))
        throw in.error("inbounds getelementptr moves " + off + " bytes from offset " + base.offset() + " of " + base.alloc().origin()
            + " (" + base.alloc().size() + " bytes), out of its bounds (the result is poison)");
      return one(p);
    });
  }

  // ---- control flow ----

  /** Calls {@code f} in a new stack frame (its allocas are freed on return). */
  static Object[] callFunction(Interpreter in, Operation f, Object[] args) {
    Memory mem = memory(in);
    String name = ((StringAttr) f.attr("sym_name")).value();
    if (f.region(0).isEmpty()) return external(in, mem, name, args);
    mem.pushFrame();
    try {
      return in.call(f, args);
    } finally {
      mem.popFrame();
    }
  }

  /** The C library functions the interpreter provides for declarations: malloc, calloc, free. */
  static Object[] external(Interpreter in, Memory mem, String name, Object[] args) {
    return switch (name) {
      case "malloc" -> one(mem.allocate((Long) args[0], "heap block of malloc(" + args[0] + ") by " + in.currentOp().location()));
      case "calloc" -> {
        long n = (Long) args[0] * (Long) args[1];
        Pointer p = mem.allocate(n, "heap block of calloc by " + in.currentOp().location());
        mem.fill(p, (byte) 0, n);
        yield one(p);
      }
      case "free" -> {
        mem.free((Pointer) args[0]);
        yield OpSemantics.NONE;
      }
      default -> throw in.error("call to external function @" + name + " which has no body (the interpreter provides malloc, calloc and free)");
    };
  }

  private static void registerControl(Registry r) {
    r.add("llvm.br", (in, op, a) -> {
      in.branch(0, a);
      return OpSemantics.NONE;
    });
    r.add("llvm.cond_br", (in, op, a) -> {
      long[] seg = ints(op, "operandSegmentSizes");
      boolean taken = (Long) a[0] != 0;
      int from = taken ? 1 : 1 + (int) seg[1], n = (int) (taken ? seg[1] : seg[2]);
      in.branch(taken ? 0 : 1, java.util.Arrays.copyOfRange(a, from, from + n));
      return OpSemantics.NONE;
    });
    r.add("llvm.switch", (in, op, a) -> {
      long[] seg = ints(op, "operandSegmentSizes");
      long[] cases = op.attr("case_values") instanceof DenseElementsAttr d ? caseValues(d) : new long[0];
      long[] caseSegs = op.attr("case_operand_segments") instanceof DenseArrayAttr cs ? cs.asLongs() : new long[0];
      long x = (Long) a[0];
      int start = 1 + (int) seg[1];
      for (int i = 0; i < cases.length; i++) {
        if (Scalars.wrap(cases[i], op.operand(0).type()) == x) {
          in.branch(i + 1, java.util.Arrays.copyOfRange(a, start, start + (int) caseSegs[i]));
          return OpSemantics.NONE;
        }
        start += (int) caseSegs[i];
      }
      in.branch(0, java.util.Arrays.copyOfRange(a, 1, 1 + (int) seg[1]));
      return OpSemantics.NONE;
    });
    r.add("llvm.return", (in, op, a) -> OpSemantics.NONE);
    r.add("llvm.unreachable", (in, op, a) -> {
      throw in.error("reached 'llvm.unreachable'");
    });
    r.add("llvm.call", (in, op, a) -> {
      Operation f;
      Object[] args = a;
      if (op.attr("callee") instanceof SymbolRefAttr s) f = in.lookupSymbol(op, s);
      else {
        Pointer fp = (Pointer) a[0];
        if (fp.alloc() == null || fp.alloc().function() == null || fp.offset() != 0)
          throw in.error("indirect call through " + fp + ", which does not point to a function");
        f = fp.alloc().function();
        args = java.util.Arrays.copyOfRange(a, 1, a.length);
      }
      return callFunction(in, f, args);
    });
  }

  static long[] caseValues(DenseElementsAttr d) {
    long[] r = new long[(int) d.type().numElements()];
    for (int i = 0; i < r.length; i++) r[i] = d.longValue(d.isSplat() ? 0 : i);
    return r;
  }

  // ---- intrinsics ----

  /** Rounds to the nearest integer, halfway cases away from zero (C's round). */
  static double round(double x) {
    if (!Double.isFinite(x)) return x;
    if (x < 0 || (x == 0 && 1 / x < 0)) return -round(-x);
    double f = Math.floor(x);
    return x - f >= 0.5 ? f + 1 : f;
  }

  static double maxnum(double a, double b) { return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b); }

  static double minnum(double a, double b) { return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b); }

  private static void registerIntrinsics(Registry r) {
    floatUnary(r, "llvm.intr.exp", Math::exp);
    floatUnary(r, "llvm.intr.log", Math::log);
    floatUnary(r, "llvm.intr.sqrt", Math::sqrt);
    floatUnary(r, "llvm.intr.fabs", Math::abs);
    floatUnary(r, "llvm.intr.floor", Math::floor);
    floatUnary(r, "llvm.intr.ceil", Math::ceil);
    floatUnary(r, "llvm.intr.round", LlvmInterpreter::round);
    floatBinary(r, "llvm.intr.pow", Math::pow);
    floatBinary(r, "llvm.intr.maxnum", LlvmInterpreter::maxnum);
    floatBinary(r, "llvm.intr.minnum", LlvmInterpreter::minnum);
    floatBinary(r, "llvm.intr.maximum", Math::max);
    floatBinary(r, "llvm.intr.minimum", Math::min);
    OpSemantics fma = (in, op, a) -> {
      Type t = scalar(op.result(0).type());
      return one(lanes(op.result(0).type(), a, x -> t == FloatType.F32
          ? (double) Math.fma((float) (double) (Double) x[0], (float) (double) (Double) x[1], (float) (double) (Double) x[2])
          : Scalars.round(Math.fma((Double) x[0], (Double) x[1], (Double) x[2]), t)));
    };
    r.add("llvm.intr.fma", fma);
    r.add("llvm.intr.fmuladd", fma);
    r.add("llvm.intr.vector.reduce.fadd", (in, op, a) -> one(foldLanes(op, a[0], (Tensor) a[1], (x, y) -> x + y)));
    r.add("llvm.intr.vector.reduce.fmul", (in, op, a) -> one(foldLanes(op, a[0], (Tensor) a[1], (x, y) -> x * y)));
    r.add("llvm.intr.vector.reduce.fmax", (in, op, a) -> one(foldLanes(op, null, (Tensor) a[0], LlvmInterpreter::maxnum)));
    r.add("llvm.intr.vector.reduce.fmin", (in, op, a) -> one(foldLanes(op, null, (Tensor) a[0], LlvmInterpreter::minnum)));
    intReduce(r, "add", (a, b, t) -> a + b);
    intReduce(r, "mul", (a, b, t) -> a * b);
    intReduce(r, "and", (a, b, t) -> a & b);
    intReduce(r, "or", (a, b, t) -> a | b);
    intReduce(r, "xor", (a, b, t) -> a ^ b);
    intReduce(r, "smax", (a, b, t) -> Math.max(a, b));
    intReduce(r, "smin", (a, b, t) -> Math.min(a, b));
    intReduce(r, "umax", (a, b, t) -> Long.compareUnsigned(Scalars.unsigned(a, t), Scalars.unsigned(b, t)) >= 0 ? a : b);
    intReduce(r, "umin", (a, b, t) -> Long.compareUnsigned(Scalars.unsigned(a, t), Scalars.unsigned(b, t)) <= 0 ? a : b);
    r.add("llvm.intr.memcpy", (in, op, a) -> {
      memory(in).copy((Pointer) a[0], (Pointer) a[1], nonNegative(in, (Long) a[2]));
      return OpSemantics.NONE;
    });
    r.add("llvm.intr.memset", (in, op, a) -> {
      memory(in).fill((Pointer) a[0], (byte) (long) (Long) a[1], nonNegative(in, (Long) a[2]));
      return OpSemantics.NONE;
    });
    r.add("llvm.intr.masked.load", (in, op, a) -> {
      VectorType vt = (VectorType) op.result(0).type();
      Tensor mask = (Tensor) a[1];
      Tensor out = a.length > 2 ? ((Tensor) a[2]).copy() : Tensor.zeros(vt.elementType(), vt.shape());
      long eb = LlvmTypeSizes.elementBytes(vt.elementType());
      for (int i = 0; i < out.size(); i++)
        if (mask.getLong(i) != 0) out.set(i, memory(in).load(((Pointer) a[0]).plus(i * eb), vt.elementType()));
      return one(out);
    });
    r.add("llvm.intr.masked.store", (in, op, a) -> {
      VectorType vt = (VectorType) op.operand(0).type();
      Tensor v = (Tensor) a[0], mask = (Tensor) a[2];
      long eb = LlvmTypeSizes.elementBytes(vt.elementType());
      for (int i = 0; i < v.size(); i++)
        if (mask.getLong(i) != 0) memory(in).store(((Pointer) a[1]).plus(i * eb), vt.elementType(), v.get(i));
      return OpSemantics.NONE;
    });
  }

  static long nonNegative(Interpreter in, long n) {
    if (n < 0) throw in.error("negative length " + n);
    return n;
  }

  static double foldLanes(Operation op, Object start, Tensor v, DoubleBinaryOperator f) {
    Type t = op.result(0).type();
    double acc = start != null ? (Double) start : v.getDouble(0);
    for (int i = start != null ? 0 : 1; i < v.size(); i++) acc = Scalars.round(f.applyAsDouble(acc, v.getDouble(i)), t);
    return acc;
  }

  interface LongOp { long apply(long a, long b, Type t); }

  static void intReduce(Registry r, String kind, LongOp f) {
    r.add("llvm.intr.vector.reduce." + kind, (in, op, a) -> {
      Tensor v = (Tensor) a[0];
      Type t = op.result(0).type();
      long acc = v.getLong(0);
      for (int i = 1; i < v.size(); i++) acc = Scalars.wrap(f.apply(acc, v.getLong(i), t), t);
      return one(acc);
    });
  }
}
