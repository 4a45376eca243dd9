package dev.mlc.backend.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMErrorRef;

/** Process-wide LLVM set-up (the native target, once) and helpers for the C API's strings and errors. */
final class Native {
  private Native() {}

  private static volatile boolean initialized;

  /** Initializes the native target, its assembly printer and parser (idempotent, thread-safe). */
  static void init() {
    if (initialized) return;
    synchronized (Native.class) {
      if (initialized) return;
      LLVMInitializeNativeTarget();
      LLVMInitializeNativeAsmPrinter();
      LLVMInitializeNativeAsmParser();
      initialized = true;
    }
  }

  /** The string of an LLVM-allocated message, which is then freed ({@code LLVMDisposeMessage}). */
  static String message(BytePointer p) {
    if (p == null || p.isNull()) return "";
    try {
      return p.getString(java.nio.charset.StandardCharsets.UTF_8);
    } finally {
      LLVMDisposeMessage(p);
    }
  }

  /** The message of an error (consumed), or null for success. */
  static String error(LLVMErrorRef e) {
    if (e == null || e.isNull()) return null;
    BytePointer m = LLVMGetErrorMessage(e);
    try {
      return m.getString(java.nio.charset.StandardCharsets.UTF_8);
    } finally {
      LLVMDisposeErrorMessage(m);
    }
  }

  /** Throws a {@link BackendException} for an error (consumed). */
  static void check(LLVMErrorRef e, String what) {
    String m = error(e);
    if (m != null) throw new BackendException(what + ": " + m);
  }

  /** A native array of pointers, or null for none (the C API accepts NULL with a zero count). */
  @SafeVarargs
  static <P extends Pointer> PointerPointer<P> array(P... ps) { return ps.length == 0 ? null : new PointerPointer<>(ps); }

  /** The host's triple, CPU name and features, asked of LLVM once. */
  private static final class Host {
    static final String TRIPLE = message(LLVMGetDefaultTargetTriple());
    static final String CPU = message(LLVMGetHostCPUName());
    static final String FEATURES = message(LLVMGetHostCPUFeatures());
  }

  /** LLVM's version, e.g. {@code 20.1.7}. */
  static String llvmVersion() {
    int[] major = new int[1], minor = new int[1], patch = new int[1];
    LLVMGetVersion(major, minor, patch);
    return major[0] + "." + minor[0] + "." + patch[0];
  }

  static String hostTriple() { return Host.TRIPLE; }

  static String hostCpu() { return Host.CPU; }

  static String hostFeatures() { return Host.FEATURES; }
}
