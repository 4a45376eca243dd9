package dev.mlc.ir.core;

import static dev.mlc.ir.core.CoreIr.I32;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.MLContext;
import dev.mlc.ir.Type;
import dev.mlc.ir.attr.ArrayAttr;
import dev.mlc.ir.attr.DenseArrayAttr;
import dev.mlc.ir.attr.DenseElementsAttr;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.DistinctAttr;
import dev.mlc.ir.attr.FloatAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.attr.SparseElementsAttr;
import dev.mlc.ir.attr.StridedLayoutAttr;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.attr.SymbolRefAttr;
import dev.mlc.ir.attr.TypeAttr;
import dev.mlc.ir.attr.UnitAttr;
import dev.mlc.ir.type.ComplexType;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.FunctionType;
import dev.mlc.ir.type.IndexType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.IntegerType.Signedness;
import dev.mlc.ir.type.MemRefType;
import dev.mlc.ir.type.RankedTensorType;
import dev.mlc.ir.type.ShapedType;
import dev.mlc.ir.type.TupleType;
import dev.mlc.ir.type.VectorType;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Types and attributes are values: equality, interning, dictionaries, dense element storage. */
class AttributeTest {
  private static RankedTensorType tensor(Type elem, long... shape) { return new RankedTensorType(shape, elem); }

  // ---- value semantics and interning ----

  @Test
  void equalValuesInternToOneInstance() {
    MLContext ctx = new MLContext();
    List<Object[]> pairs = List.of(
        new Object[] {IntegerAttr.of(I32, 5), new IntegerAttr(IntegerType.of(32), BigInteger.valueOf(5))},
        new Object[] {tensor(FloatType.F32, 2, ShapedType.DYNAMIC), tensor(FloatType.F32, 2, ShapedType.DYNAMIC)},
        new Object[] {new MemRefType(new long[] {4}, I32), new MemRefType(new long[] {4}, I32)},
        new Object[] {new VectorType(new long[] {4, 8}, FloatType.F16, new boolean[] {false, true}),
            new VectorType(new long[] {4, 8}, FloatType.F16, new boolean[] {false, true})},
        new Object[] {new FunctionType(List.of(I32), List.of()), new FunctionType(new ArrayList<>(List.of(I32)), List.of())},
        new Object[] {new TupleType(List.of(I32, IndexType.INSTANCE)), new TupleType(List.of(I32, IndexType.INSTANCE))},
        new Object[] {StringAttr.of("héllo"), StringAttr.ofBytes("héllo".getBytes(StandardCharsets.UTF_8), null)},
        new Object[] {DenseArrayAttr.i64(1, 2, 3), new DenseArrayAttr(IntegerType.of(64), new long[] {1, 2, 3})},
        new Object[] {new StridedLayoutAttr(0, new long[] {4, 1}), new StridedLayoutAttr(0, new long[] {4, 1})},
        new Object[] {ArrayAttr.of(UnitAttr.INSTANCE, new TypeAttr(I32)), new ArrayAttr(List.of(UnitAttr.INSTANCE, new TypeAttr(I32)))},
        new Object[] {new SymbolRefAttr("a", List.of("b")), new SymbolRefAttr("a", List.of("b"))},
        new Object[] {FloatAttr.of(FloatType.BF16, 1.5), FloatAttr.of(FloatType.BF16, 1.5)},
        new Object[] {DictionaryAttr.of(new NamedAttribute("b", UnitAttr.INSTANCE), new NamedAttribute("a", I32attr(1))),
            DictionaryAttr.of(new NamedAttribute("a", I32attr(1)), new NamedAttribute("b", UnitAttr.INSTANCE))});
    for (Object[] p : pairs) {
      assertNotSame(p[0], p[1]);
      assertEquals(p[0], p[1], () -> "value equality of " + p[0].getClass().getSimpleName());
      assertEquals(p[0].hashCode(), p[1].hashCode(), () -> "hash of " + p[0].getClass().getSimpleName());
      Object first = ctx.intern(p[0]);
      assertSame(first, ctx.intern(p[1]), () -> "interning " + p[0].getClass().getSimpleName());
      assertSame(first, ctx.intern(first));
    }
  }

  private static IntegerAttr I32attr(long v) { return IntegerAttr.of(I32, v); }

  @Test
  void differentValuesStayDifferent() {
    MLContext ctx = new MLContext();
    assertNotSame(ctx.intern(IntegerAttr.of(I32, 1)), ctx.intern(IntegerAttr.of(IntegerType.of(32, Signedness.SIGNED), 1)));
    assertNotEquals(IntegerAttr.of(I32, 1), IntegerAttr.of(IntegerType.of(64), 1));
    assertNotEquals(tensor(I32, 2, 3), tensor(I32, 3, 2));
    assertNotEquals(new VectorType(new long[] {8}, I32, new boolean[] {true}), new VectorType(new long[] {8}, I32));
    assertNotEquals(StringAttr.of("a"), StringAttr.of("a", I32), "a typed string differs from an untyped one");
    assertSame(IntegerType.of(32), IntegerType.of(32, Signedness.SIGNLESS));
    assertEquals("si8", IntegerType.of(8, Signedness.SIGNED).toString());
    assertThrows(IllegalArgumentException.class, () -> IntegerType.of(-1));
  }

  @Test
  void stringAttrsAreBytes() {
    byte[] invalidUtf8 = {(byte) 0xFF, 'a'};
    StringAttr raw = StringAttr.ofBytes(invalidUtf8, null);
    invalidUtf8[1] = 'b';
    assertArrayEquals(new byte[] {(byte) 0xFF, 'a'}, raw.bytes(), "the attribute keeps its own copy");
    assertNotEquals(StringAttr.of(raw.value()), raw, "decoding replaced the invalid byte, the attribute did not");
    assertEquals("\uFFFDa", raw.value());
    assertEquals(StringAttr.of("\u00e9"), StringAttr.ofBytes(new byte[] {(byte) 0xC3, (byte) 0xA9}, null));
  }

  @Test
  void distinctAttrsEqualOnlyThemselves() {
    MLContext ctx = new MLContext();
    DistinctAttr a = new DistinctAttr(UnitAttr.INSTANCE), b = new DistinctAttr(UnitAttr.INSTANCE);
    assertNotEquals(a, b);
    assertEquals(a, a);
    assertSame(a, ctx.intern(a));
    assertSame(b, ctx.intern(b));
    assertSame(UnitAttr.INSTANCE, a.referenced());
  }

  // ---- dictionaries ----

  @Test
  void dictionariesAreSortedAndUnique() {
    DictionaryAttr d = DictionaryAttr.of(new NamedAttribute("c", I32attr(3)), new NamedAttribute("a", I32attr(1)),
        new NamedAttribute("b", I32attr(2)));
    assertEquals(List.of("a", "b", "c"), d.names());
    assertEquals(I32attr(2), d.get("b"));
    assertNull(d.get("z"));
    assertTrue(d.contains("c"));
    assertEquals(new NamedAttribute("a", I32attr(1)), d.entry(0));

    DictionaryAttr added = d.with("bb", UnitAttr.INSTANCE);
    assertEquals(List.of("a", "b", "bb", "c"), added.names());
    assertEquals(List.of("a", "b", "c"), d.names(), "with() returns a new dictionary");
    assertEquals(I32attr(9), d.with("a", I32attr(9)).get("a"));
    assertEquals(3, d.with("a", I32attr(9)).size());
    assertEquals(List.of("a", "c"), d.without("b").names());
    assertSame(d, d.without("zz"));
    assertEquals(d.without("b"), d.with("b", null));
    assertSame(DictionaryAttr.EMPTY, DictionaryAttr.of(new NamedAttribute("x", UnitAttr.INSTANCE)).without("x"));
    assertSame(DictionaryAttr.EMPTY, DictionaryAttr.of(List.of()));
  }

  @Test
  void duplicateNamesAreRejected() {
    var e = assertThrows(IllegalArgumentException.class, () -> DictionaryAttr.of(new NamedAttribute("b", UnitAttr.INSTANCE),
        new NamedAttribute("a", UnitAttr.INSTANCE), new NamedAttribute("b", I32attr(1))));
    assertEquals("duplicate key 'b'", e.getMessage());
    var sortedDup = assertThrows(IllegalArgumentException.class,
        () -> DictionaryAttr.of(new NamedAttribute("a", UnitAttr.INSTANCE), new NamedAttribute("a", UnitAttr.INSTANCE)));
    assertEquals("duplicate key 'a'", sortedDup.getMessage());
    assertEquals("b", DictionaryAttr.findDuplicate(List.of(new NamedAttribute("b", UnitAttr.INSTANCE),
        new NamedAttribute("a", UnitAttr.INSTANCE), new NamedAttribute("b", UnitAttr.INSTANCE))));
    assertNull(DictionaryAttr.findDuplicate(List.of(new NamedAttribute("b", UnitAttr.INSTANCE))));
  }

  /** Any sequence of with/without agrees with a sorted map; building from the final entries in any order gives an equal dictionary. */
  @Property(tries = 300)
  void dictionaryUpdatesAgreeWithASortedMap(@ForAll @Size(max = 30) List<@AlphaChars @StringLength(min = 1, max = 2) String> keys,
                                            @ForAll @Size(max = 30) List<@IntRange(min = -1, max = 5) Integer> values) {
    DictionaryAttr d = DictionaryAttr.EMPTY;
    TreeMap<String, Attribute> model = new TreeMap<>();
    for (int i = 0; i < keys.size(); i++) {
      int v = i < values.size() ? values.get(i) : 0;
      Attribute a = v < 0 ? null : I32attr(v);
      d = d.with(keys.get(i), a);
      if (a == null) model.remove(keys.get(i));
      else model.put(keys.get(i), a);
    }
    assertEquals(new ArrayList<>(model.keySet()), d.names());
    for (Map.Entry<String, Attribute> e : model.entrySet()) assertEquals(e.getValue(), d.get(e.getKey()));
    List<NamedAttribute> reversed = new ArrayList<>(d.entries());
    java.util.Collections.reverse(reversed);
    assertEquals(d, DictionaryAttr.of(reversed));
    assertEquals(d.hashCode(), DictionaryAttr.of(reversed).hashCode());
  }

  // ---- dense elements ----

  @Test
  void equalElementsAreStoredAsASplat() {
    RankedTensorType t = tensor(IntegerType.of(16), 2, 2);
    DenseElementsAttr same = DenseElementsAttr.ofRaw(t, new byte[] {1, 2, 1, 2, 1, 2, 1, 2});
    assertTrue(same.isSplat());
    assertArrayEquals(new byte[] {1, 2}, same.rawData());
    assertEquals(DenseElementsAttr.splat(t, IntegerAttr.of(IntegerType.of(16), 0x0201)), same);
    assertEquals(same, DenseElementsAttr.ofRaw(t, new byte[] {1, 2}));
    assertEquals(0x0201, same.intValue(3).intValue());
    assertEquals(4, same.numElements());

    DenseElementsAttr mixed = DenseElementsAttr.ofRaw(t, new byte[] {1, 2, 1, 2, 1, 2, 2, 1});
    assertFalse(mixed.isSplat());
    assertEquals(0x0102, mixed.intValue(3).intValue());
    assertNotEquals(same, mixed);

    assertTrue(DenseElementsAttr.ofRaw(tensor(I32, 1), new byte[] {7, 0, 0, 0}).isSplat(), "one element is a splat");
    assertTrue(DenseElementsAttr.ofFloats(tensor(FloatType.F32, 3), 1.5f, 1.5f, 1.5f).isSplat());
    assertFalse(DenseElementsAttr.ofFloats(tensor(FloatType.F32, 2), 0.0f, -0.0f).isSplat(), "zeros of different sign differ");
    var e = assertThrows(IllegalArgumentException.class, () -> DenseElementsAttr.ofRaw(t, new byte[6]));
    assertEquals("expected 8 bytes of element data, got 6", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> DenseElementsAttr.ofRaw(tensor(I32, ShapedType.DYNAMIC), new byte[4]));
  }

  @Test
  void signedUnsignedAndSignlessReads() {
    byte[] data = {(byte) 0xFF, 0x7F, (byte) 0x80};
    DenseElementsAttr signless = DenseElementsAttr.ofRaw(tensor(IntegerType.of(8), 3), data);
    DenseElementsAttr signed = DenseElementsAttr.ofRaw(tensor(IntegerType.of(8, Signedness.SIGNED), 3), data);
    DenseElementsAttr unsigned = DenseElementsAttr.ofRaw(tensor(IntegerType.of(8, Signedness.UNSIGNED), 3), data);
    assertEquals(List.of(-1L, 127L, -128L), longs(signless));
    assertEquals(List.of(-1L, 127L, -128L), longs(signed));
    assertEquals(List.of(255L, 127L, 128L), longs(unsigned));
    assertEquals(BigInteger.valueOf(-1), signless.intValue(0), "intValue sign-extends");
    assertEquals(BigInteger.valueOf(0xFF), unsigned.bits(0));
    assertEquals(IntegerAttr.of(IntegerType.of(8), -1), signless.element(0));
    assertEquals(IntegerAttr.of(IntegerType.of(8, Signedness.UNSIGNED), 255), unsigned.element(0),
        "an unsigned element is the non-negative integer its text denotes");

    DenseElementsAttr wide = DenseElementsAttr.ofRaw(tensor(IntegerType.of(64, Signedness.UNSIGNED), 1),
        new byte[] {-1, -1, -1, -1, -1, -1, -1, -1});
    assertEquals(new BigInteger("18446744073709551615"), wide.bits(0));
    byte[] i128 = new byte[16];
    i128[15] = (byte) 0x80;
    assertEquals(BigInteger.ONE.shiftLeft(127).negate(), DenseElementsAttr.ofRaw(tensor(IntegerType.of(128), 1), i128).intValue(0));
    DenseElementsAttr idx = DenseElementsAttr.ofRaw(tensor(IndexType.INSTANCE, 2), new byte[] {5, 0, 0, 0, 0, 0, 0, 0, -2, -1, -1, -1,
        -1, -1, -1, -1});
    assertEquals(List.of(5L, -2L), longs(idx));
    assertEquals(8, idx.elementBytes());
  }

  private static List<Long> longs(DenseElementsAttr d) {
    List<Long> r = new ArrayList<>();
    for (long i = 0; i < d.numElements(); i++) r.add(d.longValue(i));
    return r;
  }

  @Test
  void i1ElementsAreOneBytePerElement() {
    IntegerType i1 = IntegerType.of(1);
    DenseElementsAttr bools = DenseElementsAttr.ofRaw(tensor(i1, 4), new byte[] {1, 0, 0, 1});
    assertEquals(1, bools.elementBytes());
    assertEquals(List.of(1L, 0L, 0L, 1L), longs(bools), "signless i1 true reads as 1, not -1");
    assertEquals(IntegerAttr.TRUE, bools.element(0));
    assertEquals(IntegerAttr.FALSE, bools.element(1));
    assertTrue(IntegerAttr.TRUE.isBool());
    DenseElementsAttr allTrue = DenseElementsAttr.splat(tensor(i1, 8), IntegerAttr.TRUE);
    assertTrue(allTrue.isSplat());
    assertEquals(1L, allTrue.longValue(7));
    assertEquals(-1L, DenseElementsAttr.ofRaw(tensor(IntegerType.of(1, Signedness.SIGNED), 1), new byte[] {1}).longValue(0));
  }

  @Test
  void floatAndComplexElements() {
    DenseElementsAttr halves = DenseElementsAttr.ofRaw(tensor(FloatType.F16, 2), new byte[] {0x00, 0x3C, 0x00, (byte) 0xC0});
    assertEquals(1.0, halves.doubleValue(0));
    assertEquals(-2.0, halves.doubleValue(1));
    assertEquals(FloatAttr.of(FloatType.F16, -2.0), halves.element(1));
    DenseElementsAttr bf = DenseElementsAttr.splat(tensor(FloatType.BF16, 3), FloatAttr.of(FloatType.BF16, 0.5));
    assertEquals(0.5, bf.doubleValue(2));
    assertEquals(16, DenseElementsAttr.elementBytes(FloatType.F80), "f80 is stored in 16 bytes");

    ComplexType cf = new ComplexType(FloatType.F32);
    assertEquals(8, DenseElementsAttr.elementBytes(cf));
    assertEquals(4, DenseElementsAttr.elementBytes(new ComplexType(IntegerType.of(16))));
    byte[] data = new byte[16];
    DenseElementsAttr.putLE(data, 0, 4, Float.floatToRawIntBits(1.0f));
    DenseElementsAttr.putLE(data, 4, 4, Float.floatToRawIntBits(-1.0f));
    DenseElementsAttr.putLE(data, 8, 4, Float.floatToRawIntBits(1.0f));
    DenseElementsAttr.putLE(data, 12, 4, Float.floatToRawIntBits(-1.0f));
    DenseElementsAttr c = DenseElementsAttr.ofRaw(tensor(cf, 2), data);
    assertTrue(c.isSplat(), "two equal (real, imaginary) pairs are a splat");
    assertEquals(8, c.rawData().length);
    assertEquals(-1.0f, Float.intBitsToFloat(java.nio.ByteBuffer.wrap(c.rawData()).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt(4)));
    DenseElementsAttr.putLE(data, 12, 4, Float.floatToRawIntBits(2.0f));
    DenseElementsAttr c2 = DenseElementsAttr.ofRaw(tensor(cf, 2), data);
    assertFalse(c2.isSplat(), "a different imaginary part breaks the splat");
    assertEquals(16, c2.rawData().length);
    assertThrows(UnsupportedOperationException.class, () -> c2.element(0));
    byte[] ci = {1, 0, 2, 0, 1, 0, 3, 0};
    assertFalse(DenseElementsAttr.ofRaw(tensor(new ComplexType(IntegerType.of(16)), 2), ci).isSplat());
    assertTrue(DenseElementsAttr.isValidElementType(cf));
    assertFalse(DenseElementsAttr.isValidElementType(new ComplexType(IndexType.INSTANCE)));
  }

  @Test
  void sparseAndDenseArrays() {
    RankedTensorType t = tensor(I32, 2, 2);
    DenseElementsAttr idx = DenseElementsAttr.ofRaw(tensor(IntegerType.of(64), 1, 2), new byte[16]);
    DenseElementsAttr vals = DenseElementsAttr.ofRaw(tensor(I32, 1), new byte[] {5, 0, 0, 0});
    SparseElementsAttr s = new SparseElementsAttr(t, idx, vals);
    assertEquals(new SparseElementsAttr(t, idx, vals), s);
    assertEquals(4, s.numElements());
    DenseArrayAttr f = new DenseArrayAttr(FloatType.F32, new long[] {Float.floatToRawIntBits(2.5f)});
    assertEquals(2.5, f.asDouble(0));
    long[] raw = {1, 2};
    DenseArrayAttr copy = DenseArrayAttr.i64(raw);
    raw[0] = 9;
    assertEquals(1, copy.asLongs()[0], "dense arrays copy their input");
    assertThrows(IllegalArgumentException.class, () -> new DenseArrayAttr(IntegerType.of(7), new long[0]));
    assertThrows(IllegalArgumentException.class, () -> new DenseArrayAttr(IntegerType.of(8, Signedness.SIGNED), new long[0]));
  }

  /** Bits above a narrow integer's width are dropped, so equal values compare equal (found by the long fuzz run). */
  @org.junit.jupiter.api.Test
  void narrowIntegerStorageIsCanonical() {
    var t = new dev.mlc.ir.type.RankedTensorType(new long[] {2}, dev.mlc.ir.type.IntegerType.of(4));
    var a = dev.mlc.ir.attr.DenseElementsAttr.ofRaw(t, new byte[] {(byte) 0xFF, 0x0F});
    org.junit.jupiter.api.Assertions.assertTrue(a.isSplat());
    org.junit.jupiter.api.Assertions.assertEquals(-1, a.longValue(0));
    var zero = new dev.mlc.ir.type.RankedTensorType(new long[] {2}, dev.mlc.ir.type.IntegerType.of(0));
    org.junit.jupiter.api.Assertions.assertEquals(dev.mlc.ir.attr.DenseElementsAttr.ofRaw(zero, new byte[] {0, 0}),
        dev.mlc.ir.attr.DenseElementsAttr.ofRaw(zero, new byte[] {(byte) 0xED, 0x70}));
  }
}
