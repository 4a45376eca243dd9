package dev.mlc.backend.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMBinaryRef;
import org.bytedeco.llvm.LLVM.LLVMMemoryBufferRef;
import org.bytedeco.llvm.LLVM.LLVMSymbolIteratorRef;

/**
 * perf's map file for JIT-compiled code ({@code /tmp/perf-PID.map}: one {@code START SIZE NAME} line
 * per function, hexadecimal), so that {@code perf report} names the functions of compiled models.
 * Written when JIT profiling is on ({@code MLC_JIT_PROFILE=1}, docs/backend.md): the sizes come from
 * the object file's symbol table, the addresses from the JIT's lookups. The LLVM of the JavaCPP presets
 * has no perf jitdump listener, so this is how perf sees JIT code.
 */
final class PerfMap {
  private PerfMap() {}

  /** The sized symbols of an object file (name to size in bytes), in symbol-table order. */
  static Map<String, Long> symbolSizes(byte[] object) {
    Map<String, Long> sizes = new LinkedHashMap<>();
    BytePointer bytes = new BytePointer(object);
    LLVMMemoryBufferRef buf = LLVMCreateMemoryBufferWithMemoryRangeCopy(bytes, object.length, new BytePointer("mlc-perf-map"));
    bytes.close();
    BytePointer err = new BytePointer((BytePointer) null);
    LLVMBinaryRef bin = LLVMCreateBinary(buf, null, err);
    try {
      if (bin == null || bin.isNull()) return sizes;
      LLVMSymbolIteratorRef it = LLVMObjectFileCopySymbolIterator(bin);
      try {
        for (; LLVMObjectFileIsSymbolIteratorAtEnd(bin, it) == 0; LLVMMoveToNextSymbol(it)) {
          BytePointer name = LLVMGetSymbolName(it);
          long size = LLVMGetSymbolSize(it);
          if (name != null && !name.isNull() && size > 0) sizes.put(name.getString(StandardCharsets.UTF_8), size);
        }
      } finally {
        LLVMDisposeSymbolIterator(it);
      }
    } finally {
      if (bin != null && !bin.isNull()) LLVMDisposeBinary(bin);
      LLVMDisposeMemoryBuffer(buf);
      if (!err.isNull()) LLVMDisposeMessage(err);
    }
    return sizes;
  }

  /** The map lines of the object's symbols that {@code lookup} finds (a symbol it cannot find, a local one say, is left out). */
  static List<String> entries(byte[] object, ToLongFunction<String> lookup) {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, Long> e : symbolSizes(object).entrySet()) {
      long address;
      try {
        address = lookup.applyAsLong(e.getKey());
      } catch (RuntimeException notExported) {
        continue;
      }
      if (address != 0) lines.add(String.format(Locale.ROOT, "%x %x %s", address, e.getValue(), e.getKey()));
    }
    return lines;
  }

  /** Appends {@code lines} to this process's perf map; a failure to write is not the model's failure. */
  static synchronized void append(List<String> lines) {
    if (lines.isEmpty()) return;
    Path file = Path.of("/tmp", "perf-" + ProcessHandle.current().pid() + ".map");
    try {
      Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException ignored) {
      // perf simply shows raw addresses
    }
  }
}
