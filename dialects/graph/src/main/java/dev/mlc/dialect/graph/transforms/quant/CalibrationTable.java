package dev.mlc.dialect.graph.transforms.quant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The observed value ranges of the ops the quantizer rewrites, keyed by {@link RangeObserver#key}
 * ({@code main#0}: the first matmul/gemm/conv2d of {@code @main} in pre-order). Stored as JSON:
 * <pre>{"format": "mlc-calibration-1", "samples": 8, "entries": [
 *   {"key": "main#0", "op": "graph.matmul", "input": [-1.0, 0.99], "output": [-2.5, 3.1]}]}</pre>
 */
public record CalibrationTable(String format, int samples, List<Entry> entries) {
  public static final String FORMAT = "mlc-calibration-1";

  /** The range of operand #0 ({@code input}) and result #0 ({@code output}) of one op, as {@code [min, max]}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Entry(String key, String op, double[] input, double[] output) {}

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public CalibrationTable {
    entries = List.copyOf(entries);
  }

  /** The entries by key. */
  public Map<String, Entry> byKey() {
    Map<String, Entry> m = new LinkedHashMap<>();
    for (Entry e : entries) m.put(e.key(), e);
    return m;
  }

  public String toJson() {
    try {
      return JSON.writeValueAsString(this) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public void write(Path file) throws IOException { Files.writeString(file, toJson()); }

  /** Reads a table; a malformed file is an {@link IOException} whose message says why. */
  public static CalibrationTable read(Path file) throws IOException {
    CalibrationTable t;
    try {
      t = JSON.readValue(Files.readAllBytes(file), CalibrationTable.class);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IOException("not a calibration table: " + e.getOriginalMessage());
    }
    if (!FORMAT.equals(t.format())) throw new IOException("not a calibration table: format is '" + t.format() + "', expected '" + FORMAT + "'");
    List<Entry> bad = new ArrayList<>();
    for (Entry e : t.entries())
      if (e.key() == null || !validRange(e.input()) || (e.output() != null && !validRange(e.output()))) bad.add(e);
    if (!bad.isEmpty()) throw new IOException("entry '" + bad.getFirst().key() + "' needs a key and finite [min, max] ranges with min <= max");
    return t;
  }

  static boolean validRange(double[] r) {
    return r != null && r.length == 2 && Double.isFinite(r[0]) && Double.isFinite(r[1]) && r[0] <= r[1];
  }
}
