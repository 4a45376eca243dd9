package dev.mlc.backend.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.mlc.dialect.llvm.ir.FuncOp;
import dev.mlc.dialect.llvm.ir.LlvmType;
import dev.mlc.ir.Operation;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.diag.Diagnostic;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMJITEventListenerRef;
import org.bytedeco.llvm.LLVM.LLVMOrcDefinitionGeneratorRef;
import org.bytedeco.llvm.LLVM.LLVMOrcExecutionSessionRef;
import org.bytedeco.llvm.LLVM.LLVMOrcLLJITBuilderObjectLinkingLayerCreatorFunction;
import org.bytedeco.llvm.LLVM.LLVMOrcObjectLayerRef;
import org.bytedeco.llvm.LLVM.LLVMOrcErrorReporterFunction;
import org.bytedeco.llvm.LLVM.LLVMOrcJITTargetMachineBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMOrcLLJITBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMOrcLLJITRef;
import org.bytedeco.llvm.LLVM.LLVMOrcThreadSafeContextRef;
import org.bytedeco.llvm.LLVM.LLVMOrcThreadSafeModuleRef;

/**
 * A module compiled to native code in memory by ORC's LLJIT: one LLJIT per module, so modules
 * compile, run and are freed independently on any threads (an LLJIT is not thread-safe; each is
 * used under this object's lock only). Every function with a body is compiled when the module is
 * created (errors surface then), and symbols the module only declares resolve against the process
 * (libc, libm). {@link #close} frees the LLJIT with all its code and memory; it waits for calls in
 * progress, and later calls are refused.
 */
public final class JitModule implements AutoCloseable {
  private LLVMOrcLLJITRef jit;
  private final Map<String, LlvmType.Func> signatures = new HashMap<>();
  private final Map<String, NativeFunction> functions = new HashMap<>();
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private boolean closed;

  private JitModule() {}

  /**
   * Translates, verifies, optimizes (the options' level) and JIT-compiles {@code module}. A
   * translation or verification error is a {@link BackendException} carrying the located
   * diagnostics.
   */
  public static JitModule compile(Operation module, TargetOptions options) { return compile(module, options, null); }

  /**
   * As {@link #compile(Operation, TargetOptions)}, with compiled code cached in {@code cache}
   * (null: none): the module is translated (cheap), and when an object file for the same LLVM IR,
   * options and LLVM version is in the cache, it is linked as it is, without optimizing or
   * generating code again. A cached object that does not load is dropped and compiled anew.
   */
  public static JitModule compile(Operation module, TargetOptions options, ObjectCache cache) {
    Native.init();
    if (cache == null && !PROFILE) {
      LLVMOrcThreadSafeContextRef tsc = LLVMOrcCreateNewThreadSafeContext();
      LlvmModule m;
      try {
        m = translateOrThrow(module, LLVMOrcThreadSafeContextGetContext(tsc), options);
      } catch (BackendException e) {
        LLVMOrcDisposeThreadSafeContext(tsc);
        throw e;
      }
      LLVMOrcThreadSafeModuleRef[] tsm = {null};
      try {
        m.optimize();
        tsm[0] = LLVMOrcCreateNewThreadSafeModule(m.release(), tsc);
        return link(module, options, jm -> {
          LLVMOrcThreadSafeModuleRef added = tsm[0];
          tsm[0] = null; // consumed by the JIT, even when adding fails
          Native.check(LLVMOrcLLJITAddLLVMIRModule(jm.jit, LLVMOrcLLJITGetMainJITDylib(jm.jit), added), "adding the module to the JIT");
        });
      } finally {
        if (tsm[0] != null) LLVMOrcDisposeThreadSafeModule(tsm[0]);
        m.close();
        // A thread-safe module keeps the context alive; this handle is no longer needed.
        LLVMOrcDisposeThreadSafeContext(tsc);
      }
    }
    LLVMContextRef ctx = LLVMContextCreate();
    try (LlvmModule m = translateOrThrow(module, ctx, options)) {
      String key = cache == null ? null : cache.key(m.toIR(), options); // no cache: JIT profiling compiles to an object for the perf map
      byte[] cached = cache == null ? null : cache.get(key);
      if (cached != null) {
        try {
          return link(module, options, jm -> addObject(jm, cached));
        } catch (BackendException e) {
          cache.remove(key); // stale or damaged: compile it again below
        }
      }
      m.optimize();
      byte[] obj = m.toObject();
      JitModule jm = link(module, options, j -> addObject(j, obj));
      if (cache != null) cache.put(key, obj);
      return jm;
    } finally {
      LLVMContextDispose(ctx);
    }
  }

  /**
   * Links an object file compiled earlier (by {@link LlvmModule#toObject} for the same target) into a
   * new JIT, without the module it came from: {@code functions} names the functions to look up and
   * their llvm types (the caller's record of the module's signatures, e.g. next to the object in an
   * on-disk cache). Every named function is looked up now, so a missing symbol fails here.
   */
  public static JitModule fromObject(byte[] object, Map<String, LlvmType.Func> functions, TargetOptions options) {
    Native.init();
    JitModule jm = new JitModule();
    try {
      startJit(jm, options); // a cached object of a parallel or profiled module calls the runtime too
      addObject(jm, object);
      jm.signatures.putAll(functions);
      for (String name : jm.signatures.keySet()) jm.address(name);
      jm.writePerfMap();
      return jm;
    } catch (RuntimeException e) {
      jm.close();
      throw e;
    }
  }

  /** The version of the LLVM this backend links (part of every cache key). */
  public static String llvmVersion() {
    Native.init();
    return Native.llvmVersion();
  }

  private static void addObject(JitModule jm, byte[] obj) {
    org.bytedeco.javacpp.BytePointer bytes = new org.bytedeco.javacpp.BytePointer(obj);
    org.bytedeco.llvm.LLVM.LLVMMemoryBufferRef buf = LLVMCreateMemoryBufferWithMemoryRangeCopy(bytes, obj.length, new org.bytedeco.javacpp.BytePointer("mlc-object"));
    bytes.close();
    // The JIT owns the buffer from here on.
    Native.check(LLVMOrcLLJITAddObjectFile(jm.jit, LLVMOrcLLJITGetMainJITDylib(jm.jit), buf), "adding the object file to the JIT");
    if (PROFILE) jm.perfObject = obj;
  }

  /** Translates in {@code ctx} (owned by the caller), or throws with the located diagnostics. */
  private static LlvmModule translateOrThrow(Operation module, LLVMContextRef ctx, TargetOptions options) {
    LlvmModule[] holder = new LlvmModule[1];
    List<Diagnostic> diags = module.context().diagnostics().captureOnThisThread(() -> holder[0] = LlvmModule.translateIn(module, ctx, false, options));
    if (holder[0] != null) return holder[0];
    throw LlvmModule.failure(diags);
  }

  /** A new LLJIT for {@code jm} that resolves against the process and defines the runtime entries. */
  private static void startJit(JitModule jm, TargetOptions options) {
    jm.jit = createJit(options);
    LLVMOrcDefinitionGeneratorRef gen = new LLVMOrcDefinitionGeneratorRef();
    Native.check(LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess(gen, LLVMOrcLLJITGetGlobalPrefix(jm.jit), null, null), "process symbols");
    LLVMOrcJITDylibAddGenerator(LLVMOrcLLJITGetMainJITDylib(jm.jit), gen);
    defineRuntime(jm);
  }

  /**
   * Defines the runtime entries of compiled code in the module's JITDylib: {@code mlc_parallel_for}
   * ({@link ParallelRuntime}), {@code mlc_profile_begin} and {@code mlc_profile_end} ({@link Profiler}),
   * {@code mlc_buffer_acquire} and {@code mlc_buffer_release} ({@link BufferPool}).
   */
  private static void defineRuntime(JitModule jm) {
    long[] profile = Profiler.entryAddresses();
    long[] pool = BufferPool.entryAddresses();
    String[] names = {ParallelRuntime.ENTRY, Profiler.BEGIN, Profiler.END, BufferPool.ACQUIRE, BufferPool.RELEASE};
    long[] addresses = {ParallelRuntime.entryAddress(), profile[0], profile[1], pool[0], pool[1]};
    try (org.bytedeco.llvm.LLVM.LLVMOrcCSymbolMapPair pairs = new org.bytedeco.llvm.LLVM.LLVMOrcCSymbolMapPair(names.length)) {
      for (int i = 0; i < names.length; i++) {
        org.bytedeco.llvm.LLVM.LLVMOrcCSymbolMapPair pair = pairs.getPointer(i);
        pair.Name(LLVMOrcLLJITMangleAndIntern(jm.jit, names[i]));
        pair.Sym().Address(addresses[i]);
        pair.Sym().Flags().GenericFlags((byte) (LLVMJITSymbolGenericFlagsExported | LLVMJITSymbolGenericFlagsCallable)).TargetFlags((byte) 0);
      }
      Native.check(LLVMOrcJITDylibDefine(LLVMOrcLLJITGetMainJITDylib(jm.jit), LLVMOrcAbsoluteSymbols(pairs, names.length)), "defining the runtime entries");
    }
  }

  /**
   * A new LLJIT resolving against the process, given its code by {@code add}, with every
   * externally visible function of {@code module} compiled and looked up now.
   */
  private static JitModule link(Operation module, TargetOptions options, java.util.function.Consumer<JitModule> add) {
    JitModule jm = new JitModule();
    try {
      startJit(jm, options);
      add.accept(jm);
      for (Operation op : module.region(0).front()) {
        if (!op.isa(FuncOp.NAME) || op.region(0).isEmpty() || !(op.attr("sym_name") instanceof StringAttr s)) continue;
        String link = FuncOp.linkage(op);
        if (!link.equals("external") && !link.equals("weak") && !link.equals("weak_odr")) continue;
        jm.signatures.put(s.value(), FuncOp.functionType(op));
      }
      for (String name : jm.signatures.keySet()) jm.address(name); // compiles everything now
      jm.writePerfMap();
      return jm;
    } catch (RuntimeException e) {
      jm.close();
      throw e;
    }
  }

  /**
   * The execution session's errors (for example the symbols a module needs that nothing defines),
   * which LLJIT would print to standard error: kept per thread, added to the lookup's exception.
   * Materialization runs on the thread that looks a symbol up (no compile threads), under this
   * module's lock. One reporter serves every JIT (JavaCPP callbacks are a scarce native resource).
   */
  private static final ThreadLocal<List<String>> SESSION_ERRORS = ThreadLocal.withInitial(java.util.ArrayList::new);

  private static final class Reporter extends LLVMOrcErrorReporterFunction {
    @Override public void call(org.bytedeco.javacpp.Pointer ctx, org.bytedeco.llvm.LLVM.LLVMErrorRef err) {
      String m = Native.error(err);
      if (m != null) SESSION_ERRORS.get().add(m);
    }
  }

  private static final Reporter REPORTER = new Reporter();

  /**
   * With {@code MLC_JIT_PROFILE=1} in the environment (or {@code -Dmlc.jit.profile=true}), JIT code
   * is linked by RuntimeDyld with LLVM's perf listener (jitdump files for {@code perf record -k 1}
   * and {@code perf inject --jit}, where this LLVM build supports it) and its GDB registration
   * listener, so profilers and debuggers see compiled functions by name.
   */
  static final boolean PROFILE = "1".equals(System.getenv("MLC_JIT_PROFILE")) || Boolean.getBoolean("mlc.jit.profile");

  private static final class ProfilingLayer extends LLVMOrcLLJITBuilderObjectLinkingLayerCreatorFunction {
    @Override public LLVMOrcObjectLayerRef call(org.bytedeco.javacpp.Pointer ctx, LLVMOrcExecutionSessionRef es, org.bytedeco.javacpp.BytePointer triple) {
      LLVMOrcObjectLayerRef layer = LLVMOrcCreateRTDyldObjectLinkingLayerWithSectionMemoryManager(es);
      for (LLVMJITEventListenerRef l : new LLVMJITEventListenerRef[] {LLVMCreatePerfJITEventListener(), LLVMCreateGDBRegistrationListener()})
        if (l != null && !l.isNull()) LLVMOrcRTDyldObjectLinkingLayerRegisterJITEventListener(layer, l);
      return layer;
    }
  }

  private static final ProfilingLayer PROFILING_LAYER = PROFILE ? new ProfilingLayer() : null;

  private static LLVMOrcLLJITRef createJit(TargetOptions options) {
    LLVMOrcJITTargetMachineBuilderRef jtmb = LLVMOrcJITTargetMachineBuilderCreateFromTargetMachine(LlvmModule.createTargetMachine(options));
    LLVMOrcLLJITBuilderRef builder = LLVMOrcCreateLLJITBuilder();
    LLVMOrcLLJITBuilderSetJITTargetMachineBuilder(builder, jtmb);
    if (PROFILING_LAYER != null) LLVMOrcLLJITBuilderSetObjectLinkingLayerCreator(builder, PROFILING_LAYER, null);
    LLVMOrcLLJITRef jit = new LLVMOrcLLJITRef();
    Native.check(LLVMOrcCreateLLJIT(jit, builder), "cannot create the JIT");
    LLVMOrcExecutionSessionSetErrorReporter(LLVMOrcLLJITGetExecutionSession(jit), REPORTER, null);
    return jit;
  }

  /** The object file linked under JIT profiling, kept until its perf map lines are written. */
  private byte[] perfObject;

  private void writePerfMap() {
    if (perfObject == null) return;
    PerfMap.append(PerfMap.entries(perfObject, this::address));
    perfObject = null;
  }

  /** The address of a symbol of the linked code (for tests and the perf map). */
  long symbolAddress(String name) { return address(name); }

  private long address(String name) {
    long[] addr = new long[1];
    lock.writeLock().lock();
    try {
      if (closed) throw new IllegalStateException("the module is closed");
      List<String> session = SESSION_ERRORS.get();
      session.clear();
      String err = Native.error(LLVMOrcLLJITLookup(jit, addr, name));
      if (err != null) {
        String why = session.isEmpty() ? err : String.join("; ", session) + " (" + err + ")";
        session.clear();
        throw new BackendException("cannot compile '@" + name + "': " + why);
      }
    } finally {
      lock.writeLock().unlock();
    }
    return addr[0];
  }

  /** The compiled function {@code name} (a function with a body and external linkage). */
  public NativeFunction function(String name) {
    LlvmType.Func ft = signatures.get(name);
    if (ft == null) throw new BackendException("no function '@" + name + "' with a body and external linkage in the compiled module (functions: " + signatures.keySet() + ")");
    synchronized (functions) {
      NativeFunction f = functions.get(name);
      if (f == null) functions.put(name, f = new NativeFunction(name, ft, address(name), this));
      return f;
    }
  }

  /** The names of the functions that can be called. */
  public java.util.Set<String> functionNames() { return java.util.Collections.unmodifiableSet(signatures.keySet()); }

  void enter() {
    lock.readLock().lock();
    if (closed) {
      lock.readLock().unlock();
      throw new IllegalStateException("the compiled module is closed");
    }
  }

  void exit() { lock.readLock().unlock(); }

  @Override public void close() {
    lock.writeLock().lock();
    try {
      if (closed) return;
      closed = true;
      if (jit != null && !jit.isNull()) Native.check(LLVMOrcDisposeLLJIT(jit), "disposing the JIT");
      jit = null;
    } finally {
      lock.writeLock().unlock();
    }
  }
}
