package dev.mlc.tools;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/** The standard streams, working directory and environment of one tool invocation. */
public record ToolIO(InputStream in, PrintStream out, PrintStream err, Path cwd, Map<String, String> env) {
  /** The process's own streams, directory and environment. */
  public static ToolIO system() {
    return new ToolIO(System.in, System.out, System.err, Path.of("").toAbsolutePath(), System.getenv());
  }

  /** Resolves a path argument against the working directory. */
  public Path resolve(String path) { return cwd.resolve(path); }
}
