package dev.mlc.backend.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.mlc.ir.Operation;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMMemoryBufferRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMPassBuilderOptionsRef;
import org.bytedeco.llvm.LLVM.LLVMTargetDataRef;
import org.bytedeco.llvm.LLVM.LLVMTargetMachineRef;
import org.bytedeco.llvm.LLVM.LLVMTargetRef;

/**
 * An LLVM module translated from the llvm dialect, with the target machine it is compiled for:
 * verify it, optimize it, print it as LLVM IR, write bitcode, assembly or an object file.
 * {@link #close} frees the module, its LLVM context (when this object owns it) and the target machine.
 */
public final class LlvmModule implements AutoCloseable {
  private final LLVMContextRef ctx;
  private final boolean ownsContext;
  private LLVMModuleRef mod;
  private LLVMTargetMachineRef tm;
  private final TargetOptions options;

  private LlvmModule(LLVMContextRef ctx, boolean ownsContext, LLVMModuleRef mod, TargetOptions options) {
    this.ctx = ctx;
    this.ownsContext = ownsContext;
    this.mod = mod;
    this.options = options;
  }

  /**
   * Verifies {@code module}, translates it in a new LLVM context for the target of {@code options}
   * (triple and data layout set) and runs LLVM's verifier; null after emitting located errors.
   */
  public static LlvmModule translate(Operation module, TargetOptions options) {
    Native.init();
    LLVMContextRef ctx = LLVMContextCreate();
    LlvmModule m = translateIn(module, ctx, true, options);
    if (m == null) LLVMContextDispose(ctx);
    return m;
  }

  /**
   * As {@link #translate}, but a failure is a {@link BackendException} listing the located
   * diagnostics ({@code FILE:LINE:COL: message}) instead of diagnostics emitted to the context.
   */
  public static LlvmModule translateOrThrow(Operation module, TargetOptions options) {
    LlvmModule[] holder = new LlvmModule[1];
    java.util.List<dev.mlc.ir.diag.Diagnostic> diags = module.context().diagnostics().captureOnThisThread(() -> holder[0] = translate(module, options));
    if (holder[0] == null) throw failure(diags);
    return holder[0];
  }

  /** The exception for a module that does not translate, listing its diagnostics. */
  static BackendException failure(java.util.List<dev.mlc.ir.diag.Diagnostic> diags) {
    StringBuilder sb = new StringBuilder("cannot compile the module:");
    for (dev.mlc.ir.diag.Diagnostic d : diags) {
      dev.mlc.ir.Location.FileLineCol fl = d.location() == null ? null : d.location().fileLocation();
      sb.append("\n  ").append(fl == null ? "<unknown>" : fl.file() + ":" + fl.line() + ":" + fl.column()).append(": ").append(d.message());
    }
    return new BackendException(sb.toString());
  }

  /** As {@link #translate}, in a context owned by the caller (the JIT's thread-safe context). */
  static LlvmModule translateIn(Operation module, LLVMContextRef ctx, boolean ownsContext, TargetOptions options) {
    // Our verifier first: the C API trusts its input, and IR it rejects could crash LLVM.
    if (!dev.mlc.ir.Verifier.verify(module)) return null;
    LLVMModuleRef mod = Translation.translate(module, ctx, moduleName(module), options.debugInfo(), options.preferVectorWidth());
    if (mod == null) return null;
    LlvmModule m = new LlvmModule(ctx, ownsContext, mod, options);
    try {
      m.tm = createTargetMachine(options);
      LLVMSetTarget(mod, options.triple());
      LLVMTargetDataRef dl = LLVMCreateTargetDataLayout(m.tm);
      LLVMSetModuleDataLayout(mod, dl);
      LLVMDisposeTargetData(dl);
    } catch (BackendException e) {
      module.emitError(e.getMessage());
      m.closeKeepingContext();
      return null;
    }
    String err = m.verify();
    if (err != null) {
      culprit(module, err).emitError("LLVM IR fails to verify: " + err.strip());
      m.closeKeepingContext();
      return null;
    }
    return m;
  }

  /** The op of the first symbol LLVM's message names ({@code @name}), or the module. */
  static Operation culprit(Operation module, String message) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("@([A-Za-z0-9_.$-]+)").matcher(message);
    while (m.find())
      for (Operation op : module.region(0).front())
        if (op.attr("sym_name") instanceof dev.mlc.ir.attr.StringAttr s && s.value().equals(m.group(1))) return op;
    return module;
  }

  private static String moduleName(Operation module) {
    return module.attr("sym_name") instanceof dev.mlc.ir.attr.StringAttr s ? s.value() : "mlc";
  }

  static LLVMTargetMachineRef createTargetMachine(TargetOptions o) {
    Native.init();
    PointerPointer<LLVMTargetRef> target = new PointerPointer<>(1);
    BytePointer err = new BytePointer((org.bytedeco.javacpp.Pointer) null);
    if (LLVMGetTargetFromTriple(o.triple(), target, err) != 0)
      throw new BackendException("unknown target triple '" + o.triple() + "': " + Native.message(err));
    LLVMTargetMachineRef tm = LLVMCreateTargetMachine(target.get(LLVMTargetRef.class, 0), o.triple(), o.cpu(), o.features(), o.codeGenLevel(),
        o.pic() ? LLVMRelocPIC : LLVMRelocDefault, LLVMCodeModelDefault);
    if (tm == null || tm.isNull()) throw new BackendException("cannot create a target machine for '" + o.triple() + "' (cpu '" + o.cpu() + "')");
    return tm;
  }

  /** LLVM's verifier: null when the module is valid, its message otherwise. */
  public String verify() {
    BytePointer msg = new BytePointer((org.bytedeco.javacpp.Pointer) null);
    int broken = LLVMVerifyModule(mod, LLVMReturnStatusAction, msg);
    String m = Native.message(msg);
    return broken != 0 ? m : null;
  }

  /** Runs LLVM's {@code default<O0..O3>} pipeline for the options' level (nothing for level -1). */
  public void optimize() { optimize(options.optLevel() < 0 ? null : "default<O" + options.optLevel() + ">"); }

  /** Runs a new-pass-manager pipeline, e.g. {@code default<O3>} or {@code instcombine,dce}. */
  public void optimize(String pipeline) {
    if (pipeline == null) return;
    LLVMPassBuilderOptionsRef po = LLVMCreatePassBuilderOptions();
    try {
      Native.check(LLVMRunPasses(mod, pipeline, tm, po), "LLVM pass pipeline '" + pipeline + "' failed");
    } finally {
      LLVMDisposePassBuilderOptions(po);
    }
  }

  /** The module as LLVM IR text. */
  public String toIR() { return Native.message(LLVMPrintModuleToString(mod)); }

  /** The module as LLVM bitcode. */
  public byte[] toBitcode() { return bytesOf(LLVMWriteBitcodeToMemoryBuffer(mod)); }

  /** Native assembly for the target. */
  public String toAssembly() { return new String(emit(LLVMAssemblyFile), java.nio.charset.StandardCharsets.UTF_8); }

  /** A relocatable object file (ELF on Linux) for the target. */
  public byte[] toObject() { return emit(LLVMObjectFile); }

  private byte[] emit(int kind) {
    PointerPointer<LLVMMemoryBufferRef> out = new PointerPointer<>(1);
    BytePointer err = new BytePointer((org.bytedeco.javacpp.Pointer) null);
    if (LLVMTargetMachineEmitToMemoryBuffer(tm, mod, kind, err, out) != 0) throw new BackendException("code generation failed: " + Native.message(err));
    return bytesOf(out.get(LLVMMemoryBufferRef.class, 0));
  }

  private static byte[] bytesOf(LLVMMemoryBufferRef buf) {
    try {
      byte[] r = new byte[(int) LLVMGetBufferSize(buf)];
      LLVMGetBufferStart(buf).get(r);
      return r;
    } finally {
      LLVMDisposeMemoryBuffer(buf);
    }
  }

  public TargetOptions options() { return options; }

  /** The LLVM module (still owned by this object). */
  LLVMModuleRef module() { return mod; }

  /** Hands the module over (to the JIT): this object no longer frees it. */
  LLVMModuleRef release() {
    LLVMModuleRef m = mod;
    mod = null;
    return m;
  }

  private void closeKeepingContext() {
    if (mod != null) LLVMDisposeModule(mod);
    mod = null;
    if (tm != null) LLVMDisposeTargetMachine(tm);
    tm = null;
  }

  @Override public void close() {
    closeKeepingContext();
    if (ownsContext && ctx != null) LLVMContextDispose(ctx);
  }
}
