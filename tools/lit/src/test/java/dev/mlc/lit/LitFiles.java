package dev.mlc.lit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes test trees for the tests. */
final class LitFiles {
  private LitFiles() {}

  /** Writes {@code content} to {@code root/rel}, making directories as needed; returns the path. */
  static Path write(Path root, String rel, String content) {
    try {
      Path p = root.resolve(rel);
      Files.createDirectories(p.getParent());
      return Files.writeString(p, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
