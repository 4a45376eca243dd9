package dev.mlc.lowering.tollvm;

import dev.mlc.dialect.llvm.ir.LlvmAttr;
import dev.mlc.dialect.llvm.ir.LlvmType;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.attr.SymbolRefAttr;
import dev.mlc.ir.attr.TypeAttr;
import dev.mlc.ir.rewrite.conversion.ConversionPattern;
import dev.mlc.ir.rewrite.conversion.ConversionPatternRewriter;
import dev.mlc.ir.rewrite.conversion.TypeConverter;
import dev.mlc.ir.type.FunctionType;
import dev.mlc.ir.type.MemRefType;
import dev.mlc.ir.rewrite.conversion.TypeConverter.SignatureConversion;
import java.util.ArrayList;
import java.util.List;

/** The func to llvm patterns (MLIR's FuncToLLVM); cf's branches are one-to-one (CfToLlvm). */
public final class FuncToLlvm {
  private FuncToLlvm() {}

  /** The llvm result type of a function with {@code results}: void, the one result converted, or null (several). */
  static Type resultType(TypeConverter tc, List<Type> results) {
    if (results.isEmpty()) return LlvmType.Void.INSTANCE;
    return results.size() == 1 ? tc.convertType(results.get(0)) : null;
  }

  /** The llvm.func's attributes: its type, external linkage, the name and (as upstream) the visibility. */
  static DictionaryAttr attributes(Operation op, LlvmType.Func type) {
    List<NamedAttribute> as = new ArrayList<>(List.of(new NamedAttribute("function_type", new TypeAttr(type)),
        new NamedAttribute("linkage", LlvmAttr.EXTERNAL), new NamedAttribute("sym_name", op.attr("sym_name"))));
    if (op.attr("sym_visibility") != null) as.add(new NamedAttribute("sym_visibility", op.attr("sym_visibility")));
    // Argument attributes (llvm.noalias, ...) carry over when every argument stays one argument (no memref expands).
    if (op.attr("arg_attrs") instanceof dev.mlc.ir.attr.ArrayAttr aa && op.attr("function_type") instanceof TypeAttr ta
        && ta.type() instanceof FunctionType ft && ft.inputs().stream().noneMatch(t -> t instanceof MemRefType))
      as.add(new NamedAttribute("arg_attrs", aa));
    return DictionaryAttr.of(as);
  }

  /** {@code func.func @f(args) -> r} -> {@code llvm.func @f(args') -> r'}: the body moves over, block signatures converted. */
  static final class FuncLowering extends ConversionPattern {
    FuncLowering(TypeConverter tc) { super("func.func", tc); }

    @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rw) {
      if (!(op.attr("function_type") instanceof TypeAttr ta && ta.type() instanceof FunctionType ft))
        return rw.notifyMatchFailure(op, "no function_type");
      Type result = resultType(typeConverter(), ft.results());
      if (result == null) return rw.notifyMatchFailure(op, "functions with several results are not supported (MLIR packs them in a struct)");
      for (Type t : ft.results())
        if (t instanceof MemRefType) return rw.notifyMatchFailure(op, "returning a buffer is not supported");
      List<Type> params = new ArrayList<>();
      SignatureConversion sig = new SignatureConversion(ft.inputs().size());
      for (int i = 0; i < ft.inputs().size(); i++) {
        Type t = ft.inputs().get(i);
        Type c = typeConverter().convertType(t);
        if (c == null) return rw.notifyMatchFailure(op, "argument type " + t + " has no llvm equivalent");
        // The calling convention: a memref argument expands into its descriptor's fields.
        List<Type> expanded = t instanceof MemRefType m ? Descriptor.expandedTypes(m) : List.of(c);
        sig.addInputs(i, expanded);
        params.addAll(expanded);
      }
      Operation f = rw.insert(Operation.create(rw.context().opName("llvm.func"), op.location(), List.of(), List.of(), null,
          attributes(op, new LlvmType.Func(result, params, false)),
          List.of(), 1));
      rw.inlineRegionBefore(op.region(0), f.region(0), 0);
      if (!f.region(0).isEmpty() && !rw.convertRegionTypes(f.region(0), typeConverter(), sig))
        return rw.notifyMatchFailure(op, "block argument types do not convert");
      rw.eraseOp(op);
      return true;
    }
  }

  /** {@code func.return %v} -> {@code llvm.return %v'}. */
  static final class ReturnLowering extends ConversionPattern {
    ReturnLowering(TypeConverter tc) { super("func.return", tc); }

    @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rw) {
      if (operands.size() > 1) return rw.notifyMatchFailure(op, "returning several values is not supported");
      rw.replaceOp(op, LlvmBuild.op(rw, "llvm.return", op.location(), operands, null));
      return true;
    }
  }

  /** {@code func.call @f(args)} -> {@code llvm.call @f(args')}. */
  static final class CallLowering extends ConversionPattern {
    CallLowering(TypeConverter tc) { super("func.call", tc); }

    @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rw) {
      if (op.numResults() > 1) return rw.notifyMatchFailure(op, "calls with several results are not supported");
      Type r = op.numResults() == 0 ? null : typeConverter().convertType(op.result(0).type());
      if (op.numResults() == 1 && r == null) return rw.notifyMatchFailure(op, "result type has no llvm equivalent");
      if (!(op.attr("callee") instanceof SymbolRefAttr callee)) return rw.notifyMatchFailure(op, "no callee");
      for (Value v : op.operands())
        if (v.type() instanceof MemRefType) return rw.notifyMatchFailure(op, "passing a buffer to a call is not supported");
      rw.replaceOp(op, LlvmBuild.op(rw, "llvm.call", op.location(), operands, r, "callee", callee));
      return true;
    }
  }

  public static List<ConversionPattern> patterns(TypeConverter tc) {
    return List.of(new FuncLowering(tc), new ReturnLowering(tc), new CallLowering(tc));
  }
}
