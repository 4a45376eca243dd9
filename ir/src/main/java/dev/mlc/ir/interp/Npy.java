package dev.mlc.ir.interp;

import dev.mlc.ir.Type;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IndexType;
import dev.mlc.ir.type.IntegerType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * NumPy {@code .npy} files (format versions 1.0, 2.0 and 3.0) to and from interpreter {@link Tensor}s.
 *
 * <p>Element types map to NumPy dtypes as {@code shared/spec/tools.md} says: {@code f32 <f4},
 * {@code f64 <f8}, {@code f16 <f2}, {@code bf16} as its raw 16-bit words {@code <u2}, {@code i8 |i1},
 * {@code ui8 |u1}, {@code i32 <i4}, {@code i64 <i8}, {@code i1 |b1}; also {@code i16 <i2},
 * {@code ui16 <u2}, {@code ui32 <u4}, {@code ui64 <u8} and {@code index <i8}. Rank-0 tensors are 0-d
 * arrays. Files are written in C order, version 1.0 (2.0 when the header needs it); Fortran-order
 * and big-endian files are read correctly.
 */
public final class Npy {
  private Npy() {}

  private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};

  /** A malformed file, or one whose dtype or shape does not fit what was asked for. */
  public static final class FormatException extends RuntimeException {
    public FormatException(String message) { super(message, null, false, false); }
  }

  /** The parsed header of a {@code .npy} file: the dtype string, the memory order, the shape and where the data starts. */
  public record Header(String descr, boolean fortranOrder, long[] shape, int dataOffset, int major) {
    @Override public String toString() { return "descr=" + descr + " fortran_order=" + fortranOrder + " shape=" + Arrays.toString(shape); }
  }

  /** The dtype {@code t} is written with, or null when {@code .npy} files cannot hold it. */
  public static String descr(Type t) {
    if (t instanceof FloatType f) {
      return switch (f) {
        case F32 -> "<f4";
        case F64 -> "<f8";
        case F16 -> "<f2";
        case BF16 -> "<u2";
        default -> null;
      };
    }
    if (t instanceof IndexType) return "<i8";
    if (t instanceof IntegerType it) {
      if (it.width() == 1) return "|b1";
      char kind = it.isUnsigned() ? 'u' : 'i';
      return switch (it.width()) {
        case 8 -> "|" + kind + "1";
        case 16, 32, 64 -> "<" + kind + it.width() / 8;
        default -> null;
      };
    }
    return null;
  }

  /** The element type a dtype reads as when nothing else is known ({@code <u2} reads as {@code ui16}). */
  public static Type elementTypeOf(String descr) {
    String d = normalize(descr);
    return switch (d) {
      case "f4" -> FloatType.F32;
      case "f8" -> FloatType.F64;
      case "f2" -> FloatType.F16;
      case "b1" -> IntegerType.of(1);
      case "i1", "i2", "i4", "i8" -> IntegerType.of(8 * (d.charAt(1) - '0'));
      case "u1", "u2", "u4", "u8" -> IntegerType.of(8 * (d.charAt(1) - '0'), IntegerType.Signedness.UNSIGNED);
      default -> throw new FormatException("unsupported dtype '" + descr + "'");
    };
  }

  /** The dtype without its byte-order character ({@code <f4 -> f4}). */
  private static String normalize(String descr) {
    if (!descr.isEmpty() && "<>|=".indexOf(descr.charAt(0)) >= 0) return descr.substring(1);
    return descr;
  }

  private static boolean bigEndian(String descr) { return descr.startsWith(">"); }

  // ---- reading ----

  /** Reads a file's header, checking the magic string, the version and the header's syntax. */
  public static Header header(byte[] file) {
    if (file.length < 10 || !Arrays.equals(file, 0, 6, MAGIC, 0, 6)) throw new FormatException("not a .npy file (the magic string \\x93NUMPY is missing)");
    int major = file[6] & 0xff, minor = file[7] & 0xff;
    if (major < 1 || major > 3 || minor != 0) throw new FormatException("unsupported .npy format version " + major + "." + minor + " (versions 1.0, 2.0 and 3.0 are supported)");
    int lenBytes = major == 1 ? 2 : 4;
    if (file.length < 8 + lenBytes) throw new FormatException("truncated .npy header");
    long hlen = ByteBuffer.wrap(file, 8, lenBytes).order(ByteOrder.LITTLE_ENDIAN).getShort() & 0xffffL;
    if (lenBytes == 4) hlen = ByteBuffer.wrap(file, 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xffffffffL;
    long start = 8 + lenBytes, end = start + hlen;
    if (end > file.length) throw new FormatException("truncated .npy header (it says " + hlen + " bytes, the file has " + (file.length - start) + ")");
    String text = new String(file, (int) start, (int) hlen, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    Map<String, Object> dict;
    try {
      Object v = new Literal(text).parseTop();
      if (!(v instanceof Map<?, ?> m)) throw new FormatException("the header is not a dictionary");
      @SuppressWarnings("unchecked") Map<String, Object> mm = (Map<String, Object>) m;
      dict = mm;
    } catch (IllegalArgumentException e) {
      throw new FormatException("corrupt .npy header: " + e.getMessage() + " in " + text.strip());
    }
    if (!(dict.get("descr") instanceof String descr)) throw new FormatException("corrupt .npy header: no 'descr' string (structured dtypes are not supported)");
    if (!(dict.get("fortran_order") instanceof Boolean fortran)) throw new FormatException("corrupt .npy header: no 'fortran_order' boolean");
    if (!(dict.get("shape") instanceof List<?> dims)) throw new FormatException("corrupt .npy header: no 'shape' tuple");
    long[] shape = new long[dims.size()];
    for (int i = 0; i < shape.length; i++) {
      if (!(dims.get(i) instanceof Long d) || d < 0) throw new FormatException("corrupt .npy header: bad dimension in 'shape'");
      shape[i] = d;
    }
    return new Header(descr, fortran, shape, (int) end, major);
  }

  /** Reads a file as a tensor of the element type its dtype names (see {@link #elementTypeOf}). */
  public static Tensor read(byte[] file) {
    Header h = header(file);
    return read(file, h, elementTypeOf(h.descr()));
  }

  /**
   * Reads a file as a tensor of element type {@code elementType}; its dtype must be the one
   * {@link #descr} gives for that type (a clear error otherwise).
   */
  public static Tensor read(byte[] file, Type elementType) {
    Header h = header(file);
    String want = descr(elementType);
    if (want == null) throw new FormatException("element type " + elementType + " cannot be read from a .npy file");
    if (!normalize(h.descr()).equals(normalize(want)))
      throw new FormatException("dtype '" + h.descr() + "' does not match element type " + elementType + " (expected '" + want + "')");
    return read(file, h, elementType);
  }

  private static Tensor read(byte[] file, Header h, Type elementType) {
    String d = normalize(h.descr());
    int width = d.charAt(1) - '0';
    long count = Tensor.count(h.shape());
    long need = count * width;
    long have = file.length - (long) h.dataOffset();
    if (have < need) throw new FormatException("truncated .npy data: shape " + Arrays.toString(h.shape()) + " of '" + h.descr() + "' needs " + need + " bytes, the file has " + have);
    if (have > need) throw new FormatException("corrupt .npy file: " + (have - need) + " bytes after the data of shape " + Arrays.toString(h.shape()));
    Tensor t = Tensor.zeros(elementType, h.shape());
    ByteBuffer buf = ByteBuffer.wrap(file, h.dataOffset(), (int) need).slice().order(bigEndian(h.descr()) ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
    long[] fstrides = fortranStrides(h.shape());
    long[] idx = new long[h.shape().length];
    for (int i = 0; i < count; i++) {
      int pos = i;
      if (h.fortranOrder()) {
        long p = 0;
        for (int k = 0; k < idx.length; k++) p += idx[k] * fstrides[k];
        pos = (int) p;
        for (int k = idx.length - 1; k >= 0; k--) {
          if (++idx[k] < h.shape()[k]) break;
          idx[k] = 0;
        }
      }
      int at = pos * width;
      long bits = switch (width) {
        case 1 -> buf.get(at);
        case 2 -> buf.getShort(at);
        case 4 -> buf.getInt(at);
        default -> buf.getLong(at);
      };
      char kind = d.charAt(0);
      if (kind == 'u' && width < 8) bits &= (1L << (8 * width)) - 1;
      if (elementType instanceof FloatType ft) {
        if (kind == 'f' || ft == FloatType.BF16) t.setDouble(i, Scalars.floatFromBits(bits, ft));
        else throw new FormatException("dtype '" + h.descr() + "' cannot be read as " + elementType);
      } else if (kind == 'b') {
        if (bits != 0 && bits != 1) throw new FormatException("corrupt .npy data: boolean element " + i + " is " + bits);
        t.setLong(i, bits);
      } else t.setLong(i, bits);
    }
    return t;
  }

  private static long[] fortranStrides(long[] shape) {
    long[] s = new long[shape.length];
    long acc = 1;
    for (int i = 0; i < shape.length; i++) {
      s[i] = acc;
      acc *= shape[i];
    }
    return s;
  }

  // ---- writing ----

  /** {@code t} as a {@code .npy} file (C order; format 1.0, or 2.0 when the header is too long for 1.0). */
  public static byte[] write(Tensor t) {
    String descr = descr(t.elementType());
    if (descr == null) throw new FormatException("element type " + t.elementType() + " cannot be written to a .npy file");
    StringBuilder shape = new StringBuilder("(");
    for (int i = 0; i < t.rank(); i++) shape.append(t.dim(i)).append(t.rank() == 1 ? "," : i + 1 < t.rank() ? ", " : "");
    shape.append(')');
    String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }";
    int major = dict.length() + 1 + 10 > 0xffff ? 2 : 1;
    int pre = major == 1 ? 10 : 12;
    int total = (pre + dict.length() + 1 + 63) / 64 * 64;
    String header = dict + " ".repeat(total - pre - dict.length() - 1) + "\n";
    int width = descr.charAt(2) - '0';
    ByteBuffer out = ByteBuffer.allocate(total + t.size() * width).order(ByteOrder.LITTLE_ENDIAN);
    out.put(MAGIC).put((byte) major).put((byte) 0);
    if (major == 1) out.putShort((short) header.length());
    else out.putInt(header.length());
    out.put(header.getBytes(StandardCharsets.ISO_8859_1));
    for (int i = 0; i < t.size(); i++) {
      long bits = t.isFloat() ? Scalars.floatBits(t.getDouble(i), t.elementType()) : t.getLong(i);
      switch (width) {
        case 1 -> out.put((byte) bits);
        case 2 -> out.putShort((short) bits);
        case 4 -> out.putInt((int) bits);
        default -> out.putLong(bits);
      }
    }
    return out.array();
  }

  // ---- the header's Python literal ----

  /** A reader for the Python literals of a header: dicts, tuples, lists, strings, ints, True/False/None. */
  private static final class Literal {
    private final String s;
    private int p;

    Literal(String s) { this.s = s; }

    Object parseTop() {
      Object v = value();
      skip();
      if (p != s.length()) throw new IllegalArgumentException("unexpected '" + s.charAt(p) + "' at offset " + p);
      return v;
    }

    private void skip() { while (p < s.length() && Character.isWhitespace(s.charAt(p))) p++; }

    private boolean eat(char c) {
      skip();
      if (p < s.length() && s.charAt(p) == c) {
        p++;
        return true;
      }
      return false;
    }

    private Object value() {
      skip();
      if (p >= s.length()) throw new IllegalArgumentException("unexpected end");
      char c = s.charAt(p);
      if (c == '{') {
        p++;
        Map<String, Object> m = new LinkedHashMap<>();
        while (!eat('}')) {
          if (!(value() instanceof String k)) throw new IllegalArgumentException("dictionary keys must be strings");
          if (!eat(':')) throw new IllegalArgumentException("expected ':' at offset " + p);
          m.put(k, value());
          if (!eat(',')) {
            if (!eat('}')) throw new IllegalArgumentException("expected ',' or '}' at offset " + p);
            break;
          }
        }
        return m;
      }
      if (c == '(' || c == '[') {
        char close = c == '(' ? ')' : ']';
        p++;
        List<Object> l = new ArrayList<>();
        while (!eat(close)) {
          l.add(value());
          if (!eat(',')) {
            if (!eat(close)) throw new IllegalArgumentException("expected ',' or '" + close + "' at offset " + p);
            break;
          }
        }
        return l;
      }
      if (c == '\'' || c == '"') {
        int end = s.indexOf(c, p + 1);
        if (end < 0) throw new IllegalArgumentException("unterminated string");
        String r = s.substring(p + 1, end);
        p = end + 1;
        return r;
      }
      int start = p;
      while (p < s.length() && (Character.isLetterOrDigit(s.charAt(p)) || s.charAt(p) == '-' || s.charAt(p) == '_')) p++;
      String word = s.substring(start, p);
      switch (word) {
        case "True": return Boolean.TRUE;
        case "False": return Boolean.FALSE;
        case "None": return null;
        default:
          String w = word.endsWith("L") ? word.substring(0, word.length() - 1) : word;
          try {
            return Long.parseLong(w);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException(word.isEmpty() ? "unexpected '" + c + "' at offset " + start : "unexpected '" + word + "'");
          }
      }
    }
  }
}
