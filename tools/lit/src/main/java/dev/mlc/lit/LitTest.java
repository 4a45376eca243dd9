package dev.mlc.lit;

import java.nio.file.Path;

/**
 * One test file to run.
 *
 * @param path the test file (absolute, normalized)
 * @param name its display name, {@code "suite :: dir/file.mlir"}
 * @param config the configuration that applies to it
 */
public record LitTest(Path path, String name, LitConfig config) {
  public LitTest {
    path = path.toAbsolutePath().normalize();
  }

  /** A test for {@code path} under {@code config}, named by it. */
  public static LitTest of(Path path, LitConfig config) {
    return new LitTest(path, config.testName(path), config);
  }

  @Override
  public String toString() { return name; }
}
