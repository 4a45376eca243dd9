package dev.mlc.onnx;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code --input-shape NAME=1x3x224x224} flag's values. */
public final class OnnxShapes {
  private OnnxShapes() {}

  /** Parses {@code NAME=DxDx...} entries ({@code NAME=} alone: a scalar); throws IllegalArgumentException-free {@link OnnxImportException} on bad input. */
  public static Map<String, long[]> parse(List<String> specs) {
    Map<String, long[]> m = new LinkedHashMap<>();
    for (String spec : specs) {
      int eq = spec.lastIndexOf('=');
      if (eq <= 0) throw new OnnxImportException("error: --input-shape expects NAME=DxD..., got '" + spec + "'");
      String dims = spec.substring(eq + 1).trim();
      long[] shape;
      try {
        shape = dims.isEmpty() ? new long[0] : java.util.Arrays.stream(dims.split("x")).mapToLong(Long::parseLong).toArray();
      } catch (NumberFormatException e) {
        throw new OnnxImportException("error: --input-shape expects NAME=DxD... with integer dimensions, got '" + spec + "'");
      }
      for (long d : shape) if (d < 0) throw new OnnxImportException("error: --input-shape dimensions must not be negative, got '" + spec + "'");
      m.put(spec.substring(0, eq), shape);
    }
    return m;
  }
}
