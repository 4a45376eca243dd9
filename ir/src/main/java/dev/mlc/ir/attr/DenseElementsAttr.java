package dev.mlc.ir.attr;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Type;
import dev.mlc.ir.type.ComplexType;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IndexType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.ShapedType;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;

/**
 * {@code dense<...>} of integer, index, float or complex elements. The elements are stored
 * little-endian, each in {@link #elementBytes} bytes ({@code i1} one byte per element, 0 or 1;
 * {@code index} 8 bytes); a splat stores a single element.
 */
public final class DenseElementsAttr implements ElementsAttr {
  private final ShapedType type;
  private final byte[] data;
  private final boolean splat;
  private int hash;

  private DenseElementsAttr(ShapedType type, byte[] data, boolean splat) {
    this.type = type;
    this.data = data;
    this.splat = splat;
  }

  /**
   * Elements from raw little-endian bytes ({@link #elementBytes} per element). A buffer holding one
   * element is a splat; otherwise it must hold exactly every element.
   */
  public static DenseElementsAttr ofRaw(ShapedType type, byte[] data) {
    Objects.requireNonNull(type);
    int eb = elementBytes(type.elementType());
    data = canonicalBits(type.elementType(), data, eb);
    long n = type.numElements();
    if (n < 0) throw new IllegalArgumentException("dense elements need a static shape");
    if (data.length == eb) return new DenseElementsAttr(type, data.clone(), true);
    if (data.length != n * eb) throw new IllegalArgumentException("expected " + n * eb + " bytes of element data, got " + data.length);
    // Keep the canonical splat form when all elements are equal.
    boolean allSame = n > 0;
    for (int i = eb; i < data.length && allSame; i++) allSame = data[i] == data[i % eb];
    if (allSame && n > 1) return new DenseElementsAttr(type, Arrays.copyOf(data, eb), true);
    return new DenseElementsAttr(type, data.clone(), n == 1);
  }

  /**
   * Integers narrower than their storage keep only their low {@code width} bits (the rest zero), so
   * that equal values have equal bytes (and splats are recognized) whatever bytes came in.
   */
  private static byte[] canonicalBits(Type et, byte[] data, int eb) {
    if (!(et instanceof IntegerType it) || it.width() >= eb * 8) return data;
    int w = it.width();
    byte[] out = data.clone();
    for (int off = 0; off + eb <= out.length; off += eb)
      for (int k = 0; k < eb; k++) {
        int bitsHere = Math.max(0, Math.min(8, w - 8 * k));
        out[off + k] = (byte) (out[off + k] & ((1 << bitsHere) - 1));
      }
    return out;
  }

  /** A splat of one attribute value (an IntegerAttr or FloatAttr of the element type). */
  public static DenseElementsAttr splat(ShapedType type, Attribute value) {
    byte[] b = new byte[elementBytes(type.elementType())];
    writeElement(type.elementType(), b, 0, value);
    return new DenseElementsAttr(type, b, true);
  }

  public static DenseElementsAttr ofFloats(ShapedType type, float... values) {
    byte[] b = new byte[values.length * 4];
    for (int i = 0; i < values.length; i++) putLE(b, i * 4, 4, Float.floatToRawIntBits(values[i]));
    return ofRaw(type, b);
  }

  /** Bytes used to store one element of {@code t}. */
  public static int elementBytes(Type t) {
    if (t instanceof IntegerType it) return Math.max(1, (it.width() + 7) / 8);
    if (t instanceof IndexType) return 8;
    if (t instanceof FloatType ft) return (ft.width() + 7) / 8 == 10 ? 16 : (ft.width() + 7) / 8;
    if (t instanceof ComplexType ct) return 2 * elementBytes(ct.elementType());
    throw new IllegalArgumentException("invalid dense element type " + t);
  }

  public static boolean isValidElementType(Type t) {
    return t instanceof IntegerType || t instanceof IndexType || t instanceof FloatType
        || t instanceof ComplexType ct && (ct.elementType() instanceof IntegerType || ct.elementType() instanceof FloatType);
  }

  @Override public ShapedType type() { return type; }

  public Type elementType() { return type.elementType(); }

  public boolean isSplat() { return splat; }

  /** The raw storage; callers must not modify it. */
  public byte[] rawData() { return data; }

  public int elementBytes() { return elementBytes(type.elementType()); }

  private int offset(long i) { return splat ? 0 : Math.toIntExact(i * elementBytes()); }

  /** Element {@code i} (row-major) of an integer/index type, sign-extended from its width. */
  public BigInteger intValue(long i) { return readInt(type.elementType(), data, offset(i), true); }

  /** Element {@code i} as a long, sign-extended for signless/signed, zero-extended for unsigned. */
  public long longValue(long i) {
    Type et = type.elementType();
    boolean signed = !(et instanceof IntegerType it && it.isUnsigned());
    return readInt(et, data, offset(i), signed).longValue();
  }

  /** The raw bit pattern of element {@code i} (any non-complex type). */
  public BigInteger bits(long i) { return readInt(type.elementType() instanceof FloatType ft ? IntegerType.of(ft.width()) : type.elementType(), data, offset(i), false); }

  /** Element {@code i} of a float type. */
  public double doubleValue(long i) {
    FloatType ft = (FloatType) type.elementType();
    return FloatBits.toDouble(ft, bits(i));
  }

  /** Element {@code i} as an attribute of the element type (unsigned elements zero-extended, others sign-extended). */
  public dev.mlc.ir.Attribute element(long i) {
    Type et = type.elementType();
    if (et instanceof FloatType ft) return new FloatAttr(ft, bits(i));
    if (et instanceof ComplexType) throw new UnsupportedOperationException("complex element as attribute");
    boolean unsigned = et instanceof IntegerType it && it.isUnsigned();
    return new IntegerAttr(et, unsigned ? readInt(et, data, offset(i), false) : intValue(i));
  }

  static BigInteger readInt(Type t, byte[] data, int off, boolean signed) {
    int width = t instanceof IntegerType it ? it.width() : 64;
    int nb = Math.max(1, (width + 7) / 8);
    if (nb <= 8) {
      long v = 0;
      for (int k = nb - 1; k >= 0; k--) v = (v << 8) | (data[off + k] & 0xFF);
      if (width < 64) {
        long mask = (1L << width) - 1;
        v &= mask;
        if (signed && width > 0 && ((v >>> (width - 1)) & 1) != 0 && !(width == 1 && t instanceof IntegerType it1 && it1.isSignless())) v |= ~mask;
        return BigInteger.valueOf(v);
      }
      return signed ? BigInteger.valueOf(v) : new BigInteger(Long.toUnsignedString(v));
    }
    byte[] be = new byte[nb + 1];
    for (int k = 0; k < nb; k++) be[nb - k] = data[off + k];
    BigInteger v = new BigInteger(be).and(BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE));
    if (signed && v.testBit(width - 1)) v = v.subtract(BigInteger.ONE.shiftLeft(width));
    return v;
  }

  /** Writes an IntegerAttr/FloatAttr value of element type {@code t} at {@code off}. */
  public static void writeElement(Type t, byte[] out, int off, dev.mlc.ir.Attribute value) {
    if (value instanceof FloatAttr f) writeBits(out, off, elementBytes(t), f.bits());
    else if (value instanceof IntegerAttr i) writeBits(out, off, elementBytes(t), i.value());
    else throw new IllegalArgumentException("not an element value: " + value);
  }

  /** Writes the low {@code nbytes*8} bits of {@code v} little-endian (two's complement). */
  public static void writeBits(byte[] out, int off, int nbytes, BigInteger v) {
    if (nbytes <= 8 && v.bitLength() < 64) {
      putLE(out, off, nbytes, v.longValue());
      return;
    }
    for (int k = 0; k < nbytes; k++) out[off + k] = v.shiftRight(8 * k).byteValue();
  }

  public static void putLE(byte[] out, int off, int nbytes, long v) {
    for (int k = 0; k < nbytes; k++) out[off + k] = (byte) (v >>> (8 * k));
  }

  @Override public boolean equals(Object o) {
    return o == this || o instanceof DenseElementsAttr d && splat == d.splat && type.equals(d.type) && Arrays.equals(data, d.data);
  }

  @Override public int hashCode() {
    int h = hash;
    if (h == 0) hash = h = type.hashCode() * 31 + Arrays.hashCode(data) + (splat ? 1 : 0);
    return h;
  }

  @Override public String toString() { return dev.mlc.ir.asm.AsmText.of(this, () -> getClass().getSimpleName()); }
}
