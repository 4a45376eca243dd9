package dev.mlc.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;

/** The bytes of a tool's input file and the buffer name its diagnostics use ({@code <stdin>} for {@code -}). */
public record ToolInput(byte[] bytes, String bufferName) {
  /** Reads {@code file} ({@code -}: standard input); a missing or unreadable file is a {@link ToolError}. */
  public static ToolInput read(ToolIO io, String file) {
    try {
      if (file.equals("-")) return new ToolInput(io.in().readAllBytes(), "<stdin>");
      return new ToolInput(Files.readAllBytes(io.resolve(file)), file);
    } catch (NoSuchFileException e) {
      throw new ToolError("could not open input file '" + file + "': no such file");
    } catch (IOException e) {
      throw new ToolError("could not read input file '" + file + "': " + e.getMessage());
    }
  }
}
