package dev.mlc.tools;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The bytes of a tool's input file and the buffer name its diagnostics use ({@code <stdin>} for {@code -}). */
public record ToolInput(byte[] bytes, String bufferName) {
  /** Reads {@code file} ({@code -}: standard input); a missing or unreadable file is a {@link ToolError}. */
  public static ToolInput read(ToolIO io, String file) {
    try {
      if (file.equals("-")) return new ToolInput(io.in().readAllBytes(), "<stdin>");
      return new ToolInput(readFile(io.resolve(file)), file);
    } catch (NoSuchFileException e) {
      throw new ToolError("could not open input file '" + file + "': no such file");
    } catch (IOException e) {
      throw new ToolError("could not read input file '" + file + "': " + e.getMessage());
    }
  }

  /**
   * The bytes of a file, read through a 1 MiB buffer: {@code Files.readAllBytes} reads a large file
   * through a temporary native buffer as large as the file, which doubles the memory a large input
   * costs.
   */
  public static byte[] readFile(Path p) throws IOException {
    try (FileChannel ch = FileChannel.open(p)) {
      long size = ch.size();
      if (size > Integer.MAX_VALUE - 16) throw new IOException("file too large (" + size + " bytes)");
      byte[] b = new byte[(int) size];
      ByteBuffer buf = ByteBuffer.allocateDirect((int) Math.min(Math.max(size, 1 << 16), 1 << 20));
      int n = 0;
      while (true) {
        buf.clear();
        int r = ch.read(buf);
        if (r < 0) break;
        buf.flip();
        if (n + r > b.length) b = java.util.Arrays.copyOf(b, Math.max(n + r, (int) Math.min(Integer.MAX_VALUE - 16, b.length * 2L)));
        buf.get(b, n, r);
        n += r;
      }
      return n == b.length ? b : java.util.Arrays.copyOf(b, n);
    }
  }
}
