package dev.mlc.tools.opt;

import dev.mlc.tools.ToolIO;
import dev.mlc.tools.ToolInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Reads the input file on a second thread while the passes are registered and the options read.
 * The file is guessed from the plain command lines of {@link QuickOptions} (flags, {@code -o FILE},
 * one file); the guess is used only if the options name the same file, else the input is read as
 * usual. A failed read is repeated by {@link ToolInput#read}, which gives the diagnostic.
 */
final class InputPrefetch {
  private final String file;
  private final CompletableFuture<byte[]> bytes;

  private InputPrefetch(String file, CompletableFuture<byte[]> bytes) {
    this.file = file;
    this.bytes = bytes;
  }

  /** Starts reading the file that {@code args} seem to name, or returns null. */
  static InputPrefetch start(ToolIO io, List<String> args) {
    String file = null;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("-o")) {
        i++;
        continue;
      }
      if (a.startsWith("-")) {
        if (!QuickOptions.FLAGS.contains(a)) return null;
        continue;
      }
      if (file != null) return null;
      file = a;
    }
    if (file == null || file.startsWith("@")) return null;
    Path p = io.resolve(file);
    if (!Files.isRegularFile(p)) return null;
    CompletableFuture<byte[]> f = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        f.complete(ToolInput.readFile(p));
      } catch (Throwable e) {
        f.completeExceptionally(e);
      }
    }, "mlc-read");
    t.setDaemon(true);
    t.start();
    return new InputPrefetch(file, f);
  }

  /** The input named {@code file}: the prefetched bytes if they are of that file, else read now. */
  static ToolInput take(InputPrefetch pre, ToolIO io, String file) {
    if (pre != null && pre.file.equals(file)) {
      try {
        return new ToolInput(pre.bytes.join(), file);
      } catch (RuntimeException e) {
        // Read it again below, for the usual diagnostic.
      }
    }
    return ToolInput.read(io, file);
  }
}
