package dev.mlc.backend.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.mlc.dialect.llvm.ir.FuncOp;
import dev.mlc.dialect.llvm.ir.GlobalOp;
import dev.mlc.dialect.llvm.ir.LlvmAttr;
import dev.mlc.dialect.llvm.ir.LlvmType;
import dev.mlc.ir.Attribute;
import dev.mlc.ir.Block;
import dev.mlc.ir.Location;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.ArrayAttr;
import dev.mlc.ir.attr.DenseArrayAttr;
import dev.mlc.ir.attr.DenseElementsAttr;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.FloatAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.attr.SymbolRefAttr;
import dev.mlc.ir.attr.TypeAttr;
import dev.mlc.ir.attr.UnitAttr;
import dev.mlc.ir.interfaces.BranchOpInterface;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.VectorType;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMDIBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMMetadataRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Translates a module of MLIR's {@code llvm} dialect into an LLVM module through the LLVM C API:
 * symbols first (functions, globals), then global initializers (constant-folded by LLVM's IR
 * builder), then function bodies, block by block in reverse post-order, block arguments becoming
 * phis. A construct that has no translation is a located error ({@code 'llvm.x' op cannot be
 * translated: ...}) and the translation stops; nothing is thrown at the caller.
 */
public final class Translation {
  private final LLVMContextRef ctx;
  private final LLVMModuleRef mod;
  private LLVMBuilderRef b;
  private final Map<Value, LLVMValueRef> values = new IdentityHashMap<>();
  private final Map<Block, LLVMBasicBlockRef> blocks = new IdentityHashMap<>();
  private final Map<Block, LLVMValueRef[]> phis = new IdentityHashMap<>();
  private final Map<String, LLVMValueRef> symbols = new HashMap<>();
  private final Map<Type, LLVMTypeRef> types = new HashMap<>();
  private final Map<String, LLVMTypeRef> namedStructs = new HashMap<>();
  private LLVMValueRef currentFunction;
  private int preferVectorWidth;

  /** Raised after the diagnostic is emitted; ends the translation. */
  private static final class Failed extends RuntimeException {
    Failed() { super(null, null, false, false); }
  }

  private Translation(LLVMContextRef ctx, LLVMModuleRef mod) {
    this.ctx = ctx;
    this.mod = mod;
  }

  /**
   * Translates {@code module} (a {@code builtin.module} of llvm-dialect symbols) into a new LLVM
   * module of {@code ctx}, owned by the caller; null after emitting a located error.
   */
  public static LLVMModuleRef translate(Operation module, LLVMContextRef ctx, String name) { return translate(module, ctx, name, false, 0); }

  /**
   * As {@link #translate(Operation, LLVMContextRef, String)}; {@code debugInfo}: op locations become
   * DWARF line tables; {@code preferVectorWidth > 0}: the {@code prefer-vector-width} attribute of
   * every defined function.
   */
  public static LLVMModuleRef translate(Operation module, LLVMContextRef ctx, String name, boolean debugInfo, int preferVectorWidth) {
    Native.init();
    LLVMModuleRef mod = LLVMModuleCreateWithNameInContext(name, ctx);
    Translation t = new Translation(ctx, mod);
    t.preferVectorWidth = preferVectorWidth;
    t.b = LLVMCreateBuilderInContext(ctx);
    if (debugInfo) t.beginDebugInfo(module);
    try {
      t.translateModule(module);
      if (t.di != null) LLVMDIBuilderFinalize(t.di);
      return mod;
    } catch (Failed f) {
      LLVMDisposeModule(mod);
      return null;
    } finally {
      if (t.di != null) LLVMDisposeDIBuilder(t.di);
      LLVMDisposeBuilder(t.b);
    }
  }

  // ---- debug info ----

  private LLVMDIBuilderRef di;
  private LLVMMetadataRef subprogram;
  private final Map<String, LLVMMetadataRef> files = new HashMap<>();

  private LLVMMetadataRef file(String path) {
    return files.computeIfAbsent(path, p -> {
      int slash = p.lastIndexOf('/');
      String dir = slash < 0 ? "" : p.substring(0, slash), base = p.substring(slash + 1);
      return LLVMDIBuilderCreateFile(di, base, base.length(), dir, dir.length());
    });
  }

  private void beginDebugInfo(Operation module) {
    di = LLVMCreateDIBuilder(mod);
    Location.FileLineCol fl = module.location().fileLocation();
    if (fl == null)
      for (Operation op : module.region(0).isEmpty() ? List.<Operation>of() : module.region(0).front().operations())
        if ((fl = op.location().fileLocation()) != null) break;
    String producer = "MLC";
    LLVMDIBuilderCreateCompileUnit(di, LLVMDWARFSourceLanguageC, file(fl != null ? fl.file() : "<unknown>"), producer, producer.length(), 0, "", 0, 0,
        "", 0, LLVMDWARFEmissionFull, 0, 0, 0, "", 0, "", 0);
    String key = "Debug Info Version";
    LLVMAddModuleFlag(mod, LLVMModuleFlagBehaviorWarning, key, key.length(),
        LLVMValueAsMetadata(LLVMConstInt(LLVMInt32TypeInContext(ctx), LLVMDebugMetadataVersion(), 0)));
  }

  /** A DISubprogram for a defined function, at its location. */
  private void beginSubprogram(Operation f, LLVMValueRef fn) {
    if (di == null) return;
    Location.FileLineCol fl = f.location().fileLocation();
    LLVMMetadataRef file = file(fl != null ? fl.file() : "<unknown>");
    String name = symName(f);
    int line = fl != null ? fl.line() : 0;
    LLVMMetadataRef type = LLVMDIBuilderCreateSubroutineType(di, file, (LLVMMetadataRef) null, 0, LLVMDIFlagZero);
    boolean local = !FuncOp.linkage(f).equals("external");
    subprogram = LLVMDIBuilderCreateFunction(di, file, name, name.length(), name, name.length(), file, line, type, local ? 1 : 0, 1, line, LLVMDIFlagZero, 0);
    LLVMSetSubprogram(fn, subprogram);
  }

  /** Sets the builder's debug location to {@code op}'s (line 0 where it has none). */
  private void locate(Operation op) {
    if (di == null || subprogram == null) return;
    Location.FileLineCol fl = op.location().fileLocation();
    LLVMSetCurrentDebugLocation2(b, LLVMDIBuilderCreateDebugLocation(ctx, fl != null ? fl.line() : 0, fl != null ? fl.column() : 0, subprogram, null));
  }

  private Failed fail(Operation op, String why) {
    op.emitError("'" + op.name() + "' op cannot be translated: " + why);
    return new Failed();
  }

  // ---- module ----

  private void translateModule(Operation module) {
    if (module.numRegions() != 1 || module.region(0).isEmpty()) throw fail(module, "expected a module with one block of llvm dialect symbols");
    List<Operation> funcs = new ArrayList<>(), globals = new ArrayList<>();
    for (Operation op : module.region(0).front()) {
      if (op.isa(FuncOp.NAME)) funcs.add(op);
      else if (op.isa(GlobalOp.NAME)) globals.add(op);
      else if (!op.name().startsWith("llvm.")) throw fail(op, NOT_LLVM);
      else throw fail(op, "only 'llvm.func' and 'llvm.mlir.global' may appear at the top level of the module");
    }
    for (Operation f : funcs) declareFunction(f);
    for (Operation g : globals) declareGlobal(g);
    for (Operation g : globals) initializeGlobal(g);
    for (Operation f : funcs) if (!f.region(0).isEmpty()) defineFunction(f);
  }

  private static final String NOT_LLVM = "only ops of the llvm dialect can be translated to LLVM IR (lower the module to the llvm dialect first)";

  private static String symName(Operation op) { return ((StringAttr) op.attr("sym_name")).value(); }

  private static int linkage(String name) {
    return switch (name) {
      case "private" -> LLVMPrivateLinkage;
      case "internal" -> LLVMInternalLinkage;
      case "available_externally" -> LLVMAvailableExternallyLinkage;
      case "linkonce" -> LLVMLinkOnceAnyLinkage;
      case "weak" -> LLVMWeakAnyLinkage;
      case "common" -> LLVMCommonLinkage;
      case "appending" -> LLVMAppendingLinkage;
      case "extern_weak" -> LLVMExternalWeakLinkage;
      case "linkonce_odr" -> LLVMLinkOnceODRLinkage;
      case "weak_odr" -> LLVMWeakODRLinkage;
      default -> LLVMExternalLinkage;
    };
  }

  private static final Map<String, Integer> CCONV = Map.ofEntries(Map.entry("ccc", 0), Map.entry("fastcc", 8), Map.entry("coldcc", 9),
      Map.entry("cc_10", 10), Map.entry("cc_11", 11), Map.entry("anyregcc", 13), Map.entry("preserve_mostcc", 14),
      Map.entry("preserve_allcc", 15), Map.entry("swiftcc", 16), Map.entry("cxx_fast_tlscc", 17), Map.entry("tailcc", 18),
      Map.entry("cfguard_checkcc", 19), Map.entry("swifttailcc", 20));

  private static void setVisibilityAndUnnamedAddr(Operation op, LLVMValueRef g) {
    if (op.attr("visibility_") instanceof IntegerAttr v && v.longValue() > 0 && v.longValue() < 3) LLVMSetVisibility(g, (int) v.longValue());
    if (op.attr("unnamed_addr") instanceof IntegerAttr u && u.longValue() > 0 && u.longValue() < 3) LLVMSetUnnamedAddress(g, (int) u.longValue());
    if (op.attr("section") instanceof StringAttr s) LLVMSetSection(g, s.value());
  }

  /** Function attributes MLIR keeps as unit properties, by their LLVM names. */
  private static final Map<String, String> UNIT_FN_ATTRS = Map.of("no_inline", "noinline", "always_inline", "alwaysinline",
      "no_unwind", "nounwind", "will_return", "willreturn", "optimize_none", "optnone", "convergent", "convergent");

  private void declareFunction(Operation f) {
    LlvmType.Func ft = FuncOp.functionType(f);
    if (ft == null) throw fail(f, "requires a 'function_type' of LLVM function type");
    LLVMValueRef fn = LLVMAddFunction(mod, symName(f), type(ft, f));
    symbols.put(symName(f), fn);
    LLVMSetLinkage(fn, linkage(FuncOp.linkage(f)));
    setVisibilityAndUnnamedAddr(f, fn);
    if (f.attr("CConv") instanceof LlvmAttr cc && CCONV.containsKey(cc.value())) LLVMSetFunctionCallConv(fn, CCONV.get(cc.value()));
    if (f.attr("alignment") instanceof IntegerAttr a) LLVMSetAlignment(fn, (int) a.longValue());
    if (f.attr("arg_attrs") instanceof ArrayAttr aa)
      for (int i = 0; i < aa.size() && i < ft.params().size(); i++) addAttrs(fn, i + 1, aa.get(i));
    if (f.attr("res_attrs") instanceof ArrayAttr ra && ra.size() == 1) addAttrs(fn, 0, ra.get(0));
    for (var e : UNIT_FN_ATTRS.entrySet()) if (f.attr(e.getKey()) instanceof UnitAttr) addEnumAttr(fn, -1, e.getValue());
    if (f.attr("passthrough") instanceof ArrayAttr pt)
      for (Attribute a : pt.elements()) if (a instanceof StringAttr s) addEnumAttr(fn, -1, s.value());
    if (f.attr("target_cpu") instanceof StringAttr s) addStringAttr(fn, "target-cpu", s.value());
    if (f.attr("target_features") instanceof StringAttr s) addStringAttr(fn, "target-features", s.value());
    if (preferVectorWidth > 0 && !f.region(0).isEmpty()) addStringAttr(fn, "prefer-vector-width", Integer.toString(preferVectorWidth));
  }

  /** {@code {llvm.noalias, llvm.nonnull, ...}}: the unit ones become LLVM's enum attributes. */
  private void addAttrs(LLVMValueRef fn, int index, Attribute dict) {
    if (!(dict instanceof DictionaryAttr d)) return;
    for (NamedAttribute a : d.entries())
      if (a.name().startsWith("llvm.") && a.value() instanceof UnitAttr) addEnumAttr(fn, index, a.name().substring(5));
  }

  private void addEnumAttr(LLVMValueRef fn, int index, String name) {
    int kind = LLVMGetEnumAttributeKindForName(name, name.length());
    if (kind != 0) LLVMAddAttributeAtIndex(fn, index, LLVMCreateEnumAttribute(ctx, kind, 0));
  }

  private void addStringAttr(LLVMValueRef fn, String key, String value) {
    LLVMAddAttributeAtIndex(fn, -1, LLVMCreateStringAttribute(ctx, key, key.length(), value, value.length()));
  }

  private void declareGlobal(Operation g) {
    Type t = GlobalOp.globalType(g);
    if (t == null) throw fail(g, "requires attribute 'global_type'");
    int as = g.attr("addr_space") instanceof IntegerAttr a ? (int) a.longValue() : 0;
    LLVMValueRef gv = LLVMAddGlobalInAddressSpace(mod, type(t, g), symName(g), as);
    symbols.put(symName(g), gv);
    String link = g.attr("linkage") instanceof LlvmAttr l ? l.value() : "external";
    LLVMSetLinkage(gv, linkage(link));
    if (GlobalOp.isConstant(g)) LLVMSetGlobalConstant(gv, 1);
    if (g.attr("thread_local_") != null) LLVMSetThreadLocal(gv, 1);
    if (g.attr("externally_initialized") != null) LLVMSetExternallyInitialized(gv, 1);
    if (g.attr("alignment") instanceof IntegerAttr al) LLVMSetAlignment(gv, (int) al.longValue());
    setVisibilityAndUnnamedAddr(g, gv);
  }

  private void initializeGlobal(Operation g) {
    LLVMValueRef gv = symbols.get(symName(g));
    Type t = GlobalOp.globalType(g);
    Attribute v = g.attr("value");
    LLVMValueRef init = null;
    if (v != null) {
      init = constant(v, t, g);
    } else if (!g.region(0).isEmpty()) {
      // The initializer region is built with an unpositioned builder: LLVM's IR builder folds
      // operations on constants into constants, and anything else is not a constant initializer.
      Block body = g.region(0).front();
      for (Operation op : body) {
        if (op.isa("llvm.return")) {
          init = value(op.operand(0), op);
          break;
        }
        translateOp(op);
      }
      if (init == null || LLVMIsConstant(init) == 0) throw fail(g, "the initializer region does not compute a constant");
    } else if (g.attr("linkage") instanceof LlvmAttr l && !l.value().equals("external") && !l.value().equals("extern_weak")) {
      init = l.value().equals("common") ? LLVMConstNull(type(t, g)) : LLVMGetUndef(type(t, g));
    }
    if (init != null) LLVMSetInitializer(gv, init);
  }

  // ---- types ----

  LLVMTypeRef type(Type t, Operation at) {
    LLVMTypeRef r = types.get(t);
    if (r != null) return r;
    r = switch (t) {
      case IntegerType it when it.isSignless() -> LLVMIntTypeInContext(ctx, it.width());
      case FloatType ft -> switch (ft) {
        case F16 -> LLVMHalfTypeInContext(ctx);
        case BF16 -> LLVMBFloatTypeInContext(ctx);
        case F32 -> LLVMFloatTypeInContext(ctx);
        case F64 -> LLVMDoubleTypeInContext(ctx);
        case F80 -> LLVMX86FP80TypeInContext(ctx);
        case F128 -> LLVMFP128TypeInContext(ctx);
        default -> throw fail(at, "type '" + t + "' has no LLVM IR equivalent");
      };
      case VectorType vt -> {
        if (vt.shape().length != 1) throw fail(at, "only 1-D vectors have an LLVM IR equivalent, not '" + LlvmType.str(t) + "'");
        LLVMTypeRef e = type(vt.elementType(), at);
        yield vt.scalableDims()[0] ? LLVMScalableVectorType(e, (int) vt.shape()[0]) : LLVMVectorType(e, (int) vt.shape()[0]);
      }
      case LlvmType.Ptr p -> LLVMPointerTypeInContext(ctx, p.addressSpace());
      case LlvmType.Void v -> LLVMVoidTypeInContext(ctx);
      case LlvmType.Array a -> LLVMArrayType2(type(a.elementType(), at), a.size());
      case LlvmType.Struct s when s.name() != null -> namedStruct(s, at);
      case LlvmType.Struct s -> {
        LLVMTypeRef[] fs = new LLVMTypeRef[s.fields().size()];
        for (int i = 0; i < fs.length; i++) fs[i] = type(s.fields().get(i), at);
        yield LLVMStructTypeInContext(ctx, Native.array(fs), fs.length, s.packed() ? 1 : 0);
      }
      case LlvmType.Func f -> {
        LLVMTypeRef[] ps = new LLVMTypeRef[f.params().size()];
        for (int i = 0; i < ps.length; i++) ps[i] = type(f.params().get(i), at);
        yield LLVMFunctionType(type(f.result(), at), Native.array(ps), ps.length, f.varArg() ? 1 : 0);
      }
      default -> throw fail(at, "type '" + LlvmType.str(t) + "' has no LLVM IR equivalent");
    };
    types.put(t, r);
    return r;
  }

  private LLVMTypeRef namedStruct(LlvmType.Struct s, Operation at) {
    LLVMTypeRef r = namedStructs.get(s.name());
    if (r != null) return r;
    r = LLVMStructCreateNamed(ctx, s.name());
    namedStructs.put(s.name(), r);
    if (!s.isOpaque()) {
      LLVMTypeRef[] fs = new LLVMTypeRef[s.fields().size()];
      for (int i = 0; i < fs.length; i++) fs[i] = type(s.fields().get(i), at);
      LLVMStructSetBody(r, Native.array(fs), fs.length, s.packed() ? 1 : 0);
    }
    return r;
  }

  private LLVMTypeRef i32() { return LLVMInt32TypeInContext(ctx); }

  // ---- constants ----

  private LLVMValueRef constInt(LLVMTypeRef ty, int width, BigInteger v) {
    if (width <= 64) return LLVMConstInt(ty, v.longValue(), 0);
    long[] words = new long[(width + 63) / 64];
    for (int k = 0; k < words.length; k++) words[k] = v.shiftRight(64 * k).longValue();
    return LLVMConstIntOfArbitraryPrecision(ty, words.length, words);
  }

  private LLVMValueRef constFloat(LLVMTypeRef ty, FloatType ft, BigInteger bits, Operation at) {
    if (ft == FloatType.F32 || ft == FloatType.F64 || ft == FloatType.F16 || ft == FloatType.BF16) {
      // Through the integer of the same width, so that every bit (NaN payloads too) is kept.
      LLVMValueRef i = LLVMConstInt(LLVMIntTypeInContext(ctx, ft.width()), bits.longValue(), 0);
      return LLVMConstBitCast(i, ty);
    }
    throw fail(at, "constants of type '" + ft + "' are not supported");
  }

  /** The LLVM constant of attribute {@code a} as a value of type {@code t}. */
  LLVMValueRef constant(Attribute a, Type t, Operation at) {
    LLVMTypeRef ty = type(t, at);
    if (a instanceof IntegerAttr i) {
      if (t instanceof LlvmType.Ptr) return LLVMConstIntToPtr(LLVMConstInt(LLVMInt64TypeInContext(ctx), i.longValue(), 0), ty);
      if (t instanceof IntegerType it) return constInt(ty, it.width(), i.value());
      if (t instanceof FloatType ft) return constFloat(ty, ft, i.value(), at);
    }
    if (a instanceof FloatAttr f) {
      if (t instanceof FloatType ft) return constFloat(ty, ft, f.type() == ft ? f.bits() : FloatAttr.of(ft, f.value()).bits(), at);
      if (t instanceof IntegerType it) return constInt(ty, it.width(), f.bits());
    }
    if (a instanceof StringAttr s && t instanceof LlvmType.Array arr && arr.elementType().equals(IntegerType.of(8))) {
      byte[] bytes = s.bytes();
      if (bytes.length != arr.size()) throw fail(at, "string of " + bytes.length + " bytes for " + LlvmType.str(t));
      return LLVMConstStringInContext2(ctx, new BytePointer(bytes), bytes.length, 1);
    }
    if (a instanceof DenseElementsAttr d) {
      if (t instanceof VectorType vt) {
        int n = (int) vt.numElements();
        LLVMValueRef[] es = new LLVMValueRef[n];
        for (int k = 0; k < n; k++) es[k] = constant(d.element(d.isSplat() ? 0 : k), vt.elementType(), at);
        return LLVMConstVector(Native.array(es), n);
      }
      if (t instanceof LlvmType.Array) return denseArray(d, t, new long[] {0}, at);
    }
    if (a instanceof dev.mlc.dialect.llvm.ir.LlvmMarkerAttr m) {
      return switch (m.kind()) {
        case "undef" -> LLVMGetUndef(ty);
        case "poison" -> LLVMGetPoison(ty);
        default -> LLVMConstNull(ty);
      };
    }
    throw fail(at, "attribute " + a + " is not a constant of type " + LlvmType.str(t));
  }

  /** Nested arrays from the row-major elements of {@code d}, starting at {@code next[0]}. */
  private LLVMValueRef denseArray(DenseElementsAttr d, Type t, long[] next, Operation at) {
    if (t instanceof LlvmType.Array arr) {
      LLVMValueRef[] es = new LLVMValueRef[(int) arr.size()];
      for (int k = 0; k < es.length; k++) es[k] = denseArray(d, arr.elementType(), next, at);
      return LLVMConstArray2(type(arr.elementType(), at), Native.array(es), es.length);
    }
    long idx = d.isSplat() ? 0 : next[0]++;
    if (idx >= d.type().numElements()) throw fail(at, "the initializer has fewer elements than the global's type");
    return constant(d.element(idx), t, at);
  }

  // ---- functions ----

  private void defineFunction(Operation f) {
    LLVMValueRef fn = symbols.get(symName(f));
    currentFunction = fn;
    List<Block> order = reversePostOrder(f.region(0).front());
    Set<Block> reachable = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    reachable.addAll(order);
    // Blocks in the order of the region (unreachable ones dropped), phis for block arguments.
    for (Block blk : f.region(0).blocks()) {
      if (!reachable.contains(blk)) continue;
      LLVMBasicBlockRef bb = LLVMAppendBasicBlockInContext(ctx, fn, "");
      blocks.put(blk, bb);
      if (blk.isEntryBlock()) {
        for (int i = 0; i < blk.numArguments(); i++) values.put(blk.argument(i), LLVMGetParam(fn, i));
      } else {
        LLVMPositionBuilderAtEnd(b, bb);
        LLVMValueRef[] ps = new LLVMValueRef[blk.numArguments()];
        for (int i = 0; i < ps.length; i++) {
          ps[i] = LLVMBuildPhi(b, type(blk.argument(i).type(), f), "");
          values.put(blk.argument(i), ps[i]);
        }
        phis.put(blk, ps);
      }
    }
    beginSubprogram(f, fn);
    for (Block blk : order) {
      LLVMPositionBuilderAtEnd(b, blocks.get(blk));
      for (Operation op : blk) {
        locate(op);
        translateOp(op);
      }
    }
    if (di != null) LLVMSetCurrentDebugLocation2(b, null);
    subprogram = null;
  }

  private static List<Block> reversePostOrder(Block entry) {
    List<Block> post = new ArrayList<>();
    Set<Block> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Object[]> stack = new ArrayDeque<>();
    seen.add(entry);
    stack.push(new Object[] {entry, 0});
    while (!stack.isEmpty()) {
      Object[] top = stack.peek();
      Block blk = (Block) top[0];
      int i = (Integer) top[1];
      Operation term = blk.isEmpty() ? null : blk.last();
      int n = term == null ? 0 : term.numSuccessors();
      if (i < n) {
        top[1] = i + 1;
        Block s = term.successor(i);
        if (seen.add(s)) stack.push(new Object[] {s, 0});
      } else {
        stack.pop();
        post.add(blk);
      }
    }
    java.util.Collections.reverse(post);
    return post;
  }

  private LLVMValueRef value(Value v, Operation user) {
    LLVMValueRef r = values.get(v);
    if (r == null) throw fail(user, "an operand is defined by an op that was not translated (or after its use)");
    return r;
  }

  private LLVMValueRef[] operands(Operation op, int from) {
    LLVMValueRef[] r = new LLVMValueRef[op.numOperands() - from];
    for (int i = from; i < op.numOperands(); i++) r[i - from] = value(op.operand(i), op);
    return r;
  }

  private LLVMValueRef x(Operation op, int i) { return value(op.operand(i), op); }

  private LLVMTypeRef resultType(Operation op) { return type(op.result(0).type(), op); }

  private static int fastmath(Operation op) {
    if (!(op.attr("fastmathFlags") instanceof LlvmAttr f)) return 0;
    int bits = 0;
    for (String flag : f.flags())
      bits |= switch (flag) {
        case "nnan" -> LLVMFastMathNoNaNs;
        case "ninf" -> LLVMFastMathNoInfs;
        case "nsz" -> LLVMFastMathNoSignedZeros;
        case "arcp" -> LLVMFastMathAllowReciprocal;
        case "contract" -> LLVMFastMathAllowContract;
        case "afn" -> LLVMFastMathApproxFunc;
        case "reassoc" -> LLVMFastMathAllowReassoc;
        default -> 0;
      };
    return bits;
  }

  private static LLVMValueRef withFastmath(Operation op, LLVMValueRef v) {
    int fm = fastmath(op);
    if (fm != 0 && LLVMIsAInstruction(v) != null && !LLVMIsAInstruction(v).isNull() && LLVMCanValueUseFastMathFlags(v) != 0) LLVMSetFastMathFlags(v, fm);
    return v;
  }

  private static LLVMValueRef withOverflow(Operation op, LLVMValueRef v) {
    if (op.attr("overflowFlags") instanceof LlvmAttr f && LLVMIsAInstruction(v) != null && !LLVMIsAInstruction(v).isNull()) {
      if (f.has("nsw")) LLVMSetNSW(v, 1);
      if (f.has("nuw")) LLVMSetNUW(v, 1);
    }
    return v;
  }

  /** LLVMRealPredicate by MLIR's fcmp predicate number (_false, oeq, ogt, oge, olt, ole, one, ord, ueq, ugt, uge, ult, ule, une, uno, _true). */
  private static final int[] FCMP = {LLVMRealPredicateFalse, LLVMRealOEQ, LLVMRealOGT, LLVMRealOGE, LLVMRealOLT, LLVMRealOLE, LLVMRealONE,
      LLVMRealORD, LLVMRealUEQ, LLVMRealUGT, LLVMRealUGE, LLVMRealULT, LLVMRealULE, LLVMRealUNE, LLVMRealUNO, LLVMRealPredicateTrue};

  private static final List<String> ICMP = List.of("eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge");

  private static int icmp(String p) {
    return switch (p) {
      case "eq" -> LLVMIntEQ;
      case "ne" -> LLVMIntNE;
      case "slt" -> LLVMIntSLT;
      case "sle" -> LLVMIntSLE;
      case "sgt" -> LLVMIntSGT;
      case "sge" -> LLVMIntSGE;
      case "ult" -> LLVMIntULT;
      case "ule" -> LLVMIntULE;
      case "ugt" -> LLVMIntUGT;
      default -> LLVMIntUGE;
    };
  }

  private void define(Operation op, LLVMValueRef v) { values.put(op.result(0), v); }

  private static final Map<String, Integer> CASTS = Map.ofEntries(Map.entry("llvm.sext", LLVMSExt), Map.entry("llvm.zext", LLVMZExt),
      Map.entry("llvm.trunc", LLVMTrunc), Map.entry("llvm.fpext", LLVMFPExt), Map.entry("llvm.fptrunc", LLVMFPTrunc),
      Map.entry("llvm.sitofp", LLVMSIToFP), Map.entry("llvm.uitofp", LLVMUIToFP), Map.entry("llvm.fptosi", LLVMFPToSI),
      Map.entry("llvm.fptoui", LLVMFPToUI), Map.entry("llvm.bitcast", LLVMBitCast), Map.entry("llvm.ptrtoint", LLVMPtrToInt),
      Map.entry("llvm.inttoptr", LLVMIntToPtr));

  private static final Map<String, Integer> INT_BINARY = Map.ofEntries(Map.entry("llvm.add", LLVMAdd), Map.entry("llvm.sub", LLVMSub),
      Map.entry("llvm.mul", LLVMMul), Map.entry("llvm.shl", LLVMShl), Map.entry("llvm.sdiv", LLVMSDiv), Map.entry("llvm.udiv", LLVMUDiv),
      Map.entry("llvm.srem", LLVMSRem), Map.entry("llvm.urem", LLVMURem), Map.entry("llvm.and", LLVMAnd), Map.entry("llvm.or", LLVMOr),
      Map.entry("llvm.xor", LLVMXor), Map.entry("llvm.lshr", LLVMLShr), Map.entry("llvm.ashr", LLVMAShr));

  private static final Map<String, Integer> FLOAT_BINARY = Map.of("llvm.fadd", LLVMFAdd, "llvm.fsub", LLVMFSub, "llvm.fmul", LLVMFMul,
      "llvm.fdiv", LLVMFDiv, "llvm.frem", LLVMFRem);

  /** Intrinsics overloaded on the result type; the rest name their overloads below. */
  private static final Set<String> RESULT_OVERLOADED = new HashSet<>(List.of("exp", "log", "sqrt", "fabs", "floor", "ceil", "round", "pow",
      "maxnum", "minnum", "maximum", "minimum", "fma", "fmuladd"));

  private void translateOp(Operation op) {
    String name = op.name();
    Integer opc;
    if ((opc = INT_BINARY.get(name)) != null) {
      define(op, withOverflow(op, LLVMBuildBinOp(b, opc, x(op, 0), x(op, 1), "")));
      return;
    }
    if ((opc = FLOAT_BINARY.get(name)) != null) {
      define(op, withFastmath(op, LLVMBuildBinOp(b, opc, x(op, 0), x(op, 1), "")));
      return;
    }
    if ((opc = CASTS.get(name)) != null) {
      define(op, LLVMBuildCast(b, opc, x(op, 0), resultType(op), ""));
      return;
    }
    if (name.startsWith("llvm.intr.")) {
      intrinsic(op, name.substring("llvm.intr.".length()));
      return;
    }
    switch (name) {
      case "llvm.fneg" -> define(op, withFastmath(op, LLVMBuildFNeg(b, x(op, 0), "")));
      case "llvm.icmp" -> {
        int k = op.attr("predicate") instanceof IntegerAttr p ? (int) p.longValue() : -1;
        if (k < 0 || k >= ICMP.size()) throw fail(op, "invalid predicate");
        define(op, LLVMBuildICmp(b, icmp(ICMP.get(k)), x(op, 0), x(op, 1), ""));
      }
      case "llvm.fcmp" -> {
        // MLIR numbers fcmp predicates as LLVM's C++ enum; the C API's LLVMRealPredicate differs (uno is 8).
        int k = op.attr("predicate") instanceof IntegerAttr p ? (int) p.longValue() : -1;
        if (k < 0 || k >= FCMP.length) throw fail(op, "invalid predicate");
        define(op, withFastmath(op, LLVMBuildFCmp(b, FCMP[k], x(op, 0), x(op, 1), "")));
      }
      case "llvm.select" -> define(op, withFastmath(op, LLVMBuildSelect(b, x(op, 0), x(op, 1), x(op, 2), "")));
      case "llvm.mlir.constant" -> define(op, constant(op.attr("value"), op.result(0).type(), op));
      case "llvm.mlir.undef" -> define(op, LLVMGetUndef(resultType(op)));
      case "llvm.mlir.poison" -> define(op, LLVMGetPoison(resultType(op)));
      case "llvm.mlir.zero" -> define(op, LLVMConstNull(resultType(op)));
      case "llvm.mlir.addressof" -> {
        SymbolRefAttr s = op.attr("global_name", SymbolRefAttr.class);
        LLVMValueRef g = s == null ? null : symbols.get(s.leaf());
        if (g == null) throw fail(op, "no global or function named '" + (s == null ? "?" : s.leaf()) + "'");
        define(op, g);
      }
      case "llvm.extractvalue" -> {
        LLVMValueRef v = x(op, 0);
        for (long p : position(op)) v = LLVMBuildExtractValue(b, v, (int) p, "");
        define(op, v);
      }
      case "llvm.insertvalue" -> define(op, insertValue(x(op, 0), x(op, 1), position(op), 0)); // (container, value)
      case "llvm.extractelement" -> define(op, LLVMBuildExtractElement(b, x(op, 0), x(op, 1), ""));
      case "llvm.insertelement" -> define(op, LLVMBuildInsertElement(b, x(op, 0), x(op, 1), x(op, 2), "")); // (vector, value, position)
      case "llvm.shufflevector" -> {
        long[] mask = op.attr("mask") instanceof DenseArrayAttr d ? d.asLongs() : new long[0];
        LLVMValueRef[] m = new LLVMValueRef[mask.length];
        for (int i = 0; i < mask.length; i++) m[i] = mask[i] < 0 ? LLVMGetPoison(i32()) : LLVMConstInt(i32(), mask[i], 0);
        define(op, LLVMBuildShuffleVector(b, x(op, 0), x(op, 1), LLVMConstVector(Native.array(m), m.length), ""));
      }
      case "llvm.alloca" -> {
        Type e = op.attr("elem_type") instanceof TypeAttr ta ? ta.type() : null;
        if (e == null) throw fail(op, "requires 'elem_type'");
        LLVMValueRef a = LLVMBuildArrayAlloca(b, type(e, op), x(op, 0), "");
        if (op.attr("alignment") instanceof IntegerAttr al && al.longValue() > 0) LLVMSetAlignment(a, (int) al.longValue());
        define(op, a);
      }
      case "llvm.load" -> {
        LLVMValueRef l = LLVMBuildLoad2(b, resultType(op), x(op, 0), "");
        access(op, l);
        define(op, l);
      }
      case "llvm.store" -> access(op, LLVMBuildStore(b, x(op, 0), x(op, 1)));
      case "llvm.getelementptr" -> define(op, gep(op));
      case "llvm.call" -> call(op);
      case "llvm.return" -> {
        if (op.numOperands() == 0) LLVMBuildRetVoid(b);
        else LLVMBuildRet(b, x(op, 0));
      }
      case "llvm.unreachable" -> LLVMBuildUnreachable(b);
      case "llvm.br" -> LLVMBuildBr(b, edge(op, 0));
      case "llvm.cond_br" -> {
        LLVMValueRef c = x(op, 0);
        LLVMBasicBlockRef t = edge(op, 0), f = edge(op, 1);
        LLVMBuildCondBr(b, c, t, f);
      }
      case "llvm.switch" -> {
        LLVMValueRef c = x(op, 0);
        long[] cases = op.attr("case_values") instanceof DenseElementsAttr d ? caseValues(d) : new long[0];
        LLVMBasicBlockRef def = edge(op, 0);
        LLVMBasicBlockRef[] targets = new LLVMBasicBlockRef[cases.length];
        for (int i = 0; i < cases.length; i++) targets[i] = edge(op, i + 1);
        LLVMValueRef sw = LLVMBuildSwitch(b, c, def, cases.length);
        for (int i = 0; i < cases.length; i++) LLVMAddCase(sw, LLVMConstInt(LLVMTypeOf(c), cases[i], 0), targets[i]);
      }
      default -> throw fail(op, op.name().startsWith("llvm.") ? "no translation to LLVM IR is implemented for this op"
          : NOT_LLVM);
    }
  }

  private static long[] caseValues(DenseElementsAttr d) {
    long[] r = new long[(int) d.type().numElements()];
    for (int i = 0; i < r.length; i++) r[i] = d.longValue(d.isSplat() ? 0 : i);
    return r;
  }

  private long[] position(Operation op) {
    if (!(op.attr("position") instanceof DenseArrayAttr d)) throw fail(op, "requires 'position'");
    return d.asLongs();
  }

  private LLVMValueRef insertValue(LLVMValueRef agg, LLVMValueRef v, long[] pos, int k) {
    if (k == pos.length - 1) return LLVMBuildInsertValue(b, agg, v, (int) pos[k], "");
    LLVMValueRef inner = LLVMBuildExtractValue(b, agg, (int) pos[k], "");
    return LLVMBuildInsertValue(b, agg, insertValue(inner, v, pos, k + 1), (int) pos[k], "");
  }

  private void access(Operation op, LLVMValueRef inst) {
    if (op.attr("alignment") instanceof IntegerAttr al && al.longValue() > 0) LLVMSetAlignment(inst, (int) al.longValue());
    if (op.attr("volatile_") != null) LLVMSetVolatile(inst, 1);
    if (op.attr("ordering") instanceof IntegerAttr o && o.longValue() != 0) LLVMSetOrdering(inst, (int) o.longValue());
  }

  private LLVMValueRef gep(Operation op) {
    Type e = op.attr("elem_type") instanceof TypeAttr ta ? ta.type() : null;
    if (e == null || !(op.attr("rawConstantIndices") instanceof DenseArrayAttr raw)) throw fail(op, "requires 'elem_type' and 'rawConstantIndices'");
    long[] r = raw.asLongs();
    LLVMValueRef[] idx = new LLVMValueRef[r.length];
    int dyn = 1;
    for (int k = 0; k < r.length; k++) idx[k] = r[k] == Integer.MIN_VALUE ? x(op, dyn++) : LLVMConstInt(i32(), r[k], 1);
    return op.attr("inbounds") != null ? LLVMBuildInBoundsGEP2(b, type(e, op), x(op, 0), Native.array(idx), idx.length, "")
        : LLVMBuildGEP2(b, type(e, op), x(op, 0), Native.array(idx), idx.length, "");
  }

  private void call(Operation op) {
    SymbolRefAttr callee = op.attr("callee", SymbolRefAttr.class);
    LLVMValueRef fn;
    LLVMTypeRef fty;
    LLVMValueRef[] args;
    if (callee != null) {
      fn = symbols.get(callee.leaf());
      if (fn == null || LLVMIsAFunction(fn) == null || LLVMIsAFunction(fn).isNull()) throw fail(op, "'" + callee.leaf() + "' is not a function of the module");
      fty = LLVMGlobalGetValueType(fn);
      args = operands(op, 0);
    } else {
      fn = x(op, 0);
      args = operands(op, 1);
      if (op.attr("var_callee_type") instanceof TypeAttr vt) fty = type(vt.type(), op);
      else {
        LLVMTypeRef[] ps = new LLVMTypeRef[args.length];
        for (int i = 0; i < ps.length; i++) ps[i] = type(op.operand(i + 1).type(), op);
        LLVMTypeRef ret = op.numResults() == 0 ? LLVMVoidTypeInContext(ctx) : resultType(op);
        fty = LLVMFunctionType(ret, Native.array(ps), ps.length, 0);
      }
    }
    LLVMValueRef c = LLVMBuildCall2(b, fty, fn, Native.array(args), args.length, "");
    if (op.attr("CConv") instanceof LlvmAttr cc && CCONV.containsKey(cc.value()) && !cc.value().equals("ccc")) LLVMSetInstructionCallConv(c, CCONV.get(cc.value()));
    if (op.attr("TailCallKind") instanceof LlvmAttr tk) {
      int k = List.of("none", "tail", "musttail", "notail").indexOf(tk.value());
      if (k > 0) LLVMSetTailCallKind(c, k);
    }
    withFastmath(op, c);
    if (op.numResults() == 1) define(op, c);
  }

  /**
   * The LLVM block a terminator's successor {@code i} branches to, with the successor's phis
   * given this edge's operands. A block reached twice from one terminator with arguments gets a
   * forwarding block per extra edge, as a phi has one entry per predecessor.
   */
  private LLVMBasicBlockRef edge(Operation term, int i) {
    Block succ = term.successor(i);
    LLVMBasicBlockRef target = blocks.get(succ), from = LLVMGetInsertBlock(b);
    List<Value> args = term.def() instanceof BranchOpInterface br ? br.successorOperands(term, i) : List.of();
    if (args.size() != succ.numArguments()) throw fail(term, "successor #" + i + " gets " + args.size() + " operands for " + succ.numArguments() + " block arguments");
    if (args.isEmpty()) return target;
    boolean again = false;
    for (int j = 0; j < i; j++) again |= term.successor(j) == succ;
    LLVMBasicBlockRef via = target;
    if (again) {
      via = LLVMAppendBasicBlockInContext(ctx, currentFunction, "");
      LLVMBuilderRef fb = LLVMCreateBuilderInContext(ctx);
      LLVMPositionBuilderAtEnd(fb, via);
      LLVMBuildBr(fb, target);
      LLVMDisposeBuilder(fb);
      from = via;
    }
    LLVMValueRef[] ps = phis.get(succ);
    for (int k = 0; k < ps.length; k++) {
      LLVMValueRef v = value(args.get(k), term);
      LLVMAddIncoming(ps[k], Native.array(v), Native.array(from), 1);
    }
    return via;
  }

  // ---- intrinsics ----

  private void intrinsic(Operation op, String mnemonic) {
    LLVMValueRef[] args = operands(op, 0);
    List<LLVMTypeRef> overloads = new ArrayList<>();
    LLVMValueRef[] callArgs = args;
    if (RESULT_OVERLOADED.contains(mnemonic)) {
      overloads.add(resultType(op));
    } else if (mnemonic.startsWith("vector.reduce.")) {
      overloads.add(LLVMTypeOf(args[args.length - 1]));
    } else if (mnemonic.equals("memcpy") || mnemonic.equals("memset")) {
      overloads.add(LLVMTypeOf(args[0]));
      if (mnemonic.equals("memcpy")) overloads.add(LLVMTypeOf(args[1]));
      overloads.add(LLVMTypeOf(args[2]));
      boolean vol = op.attr("isVolatile") instanceof IntegerAttr v && v.longValue() != 0;
      callArgs = new LLVMValueRef[] {args[0], args[1], args[2], LLVMConstInt(LLVMInt1TypeInContext(ctx), vol ? 1 : 0, 0)};
    } else if (mnemonic.equals("masked.load")) {
      LLVMTypeRef rt = resultType(op);
      overloads.add(rt);
      overloads.add(LLVMTypeOf(args[0]));
      LLVMValueRef pass = args.length > 2 ? args[2] : LLVMGetPoison(rt);
      callArgs = new LLVMValueRef[] {args[0], LLVMConstInt(i32(), alignment(op), 0), args[1], pass};
    } else if (mnemonic.equals("masked.store")) {
      overloads.add(LLVMTypeOf(args[0]));
      overloads.add(LLVMTypeOf(args[1]));
      callArgs = new LLVMValueRef[] {args[0], args[1], LLVMConstInt(i32(), alignment(op), 0), args[2]};
    } else {
      throw fail(op, "no translation to LLVM IR is implemented for this intrinsic");
    }
    String name = "llvm." + mnemonic;
    int id = LLVMLookupIntrinsicID(name, name.length());
    if (id == 0) throw fail(op, "LLVM has no intrinsic named '" + name + "'");
    LLVMTypeRef[] ov = overloads.toArray(new LLVMTypeRef[0]);
    LLVMValueRef fn = LLVMGetIntrinsicDeclaration(mod, id, Native.array(ov), ov.length);
    LLVMValueRef c = LLVMBuildCall2(b, LLVMGlobalGetValueType(fn), fn, Native.array(callArgs), callArgs.length, "");
    withFastmath(op, c);
    if (op.numResults() == 1) define(op, c);
  }

  private static long alignment(Operation op) { return op.attr("alignment") instanceof IntegerAttr a ? a.longValue() : 1; }
}
