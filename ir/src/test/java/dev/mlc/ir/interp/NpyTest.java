package dev.mlc.ir.interp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.Type;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IndexType;
import dev.mlc.ir.type.IntegerType;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** .npy reading and writing, against files written by NumPy 2.4 ({@code np.save}, {@code np.lib.format.write_array}). */
class NpyTest {
  // np.save(f, np.array([[1.5,-2,3],[4,5,6.25]], dtype='<f4'))
  static final String F32 = "k05VTVBZAQB2AHsnZGVzY3InOiAnPGY0JywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDIsIDMpLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAMA/AAAAwAAAQEAAAIBAAACgQAAAyEA=";
  // np.save(f, np.asfortranarray(np.array([[1,2,3],[4,5,6]], dtype='<f8')))
  static final String F64_FORTRAN = "k05VTVBZAQB2AHsnZGVzY3InOiAnPGY4JywgJ2ZvcnRyYW5fb3JkZXInOiBUcnVlLCAnc2hhcGUnOiAoMiwgMyksIH0gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAAAAAADwPwAAAAAAABBAAAAAAAAAAEAAAAAAAAAUQAAAAAAAAAhAAAAAAAAAGEA=";
  // np.save(f, np.array(True))
  static final String BOOL_0D = "k05VTVBZAQB2AHsnZGVzY3InOiAnfGIxJywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKCksIH0gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoB";
  // np.save(f, np.array([-128,5,127], dtype='i1'))
  static final String I8 = "k05VTVBZAQB2AHsnZGVzY3InOiAnfGkxJywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDMsKSwgfSAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAqABX8=";
  // np.save(f, np.array([255,0,7], dtype='u1'))
  static final String U8 = "k05VTVBZAQB2AHsnZGVzY3InOiAnfHUxJywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDMsKSwgfSAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAr/AAc=";
  // np.save(f, np.array([0.5,-1.25], dtype='<f2'))
  static final String F16 = "k05VTVBZAQB2AHsnZGVzY3InOiAnPGYyJywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDIsKSwgfSAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAOAC9";
  // np.lib.format.write_array(f, np.array([1,-2], dtype='<i4'), version=(2,0))
  static final String I32_V2 = "k05VTVBZAgB0AAAAeydkZXNjcic6ICc8aTQnLCAnZm9ydHJhbl9vcmRlcic6IEZhbHNlLCAnc2hhcGUnOiAoMiwpLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoBAAAA/v///w==";
  // np.lib.format.write_array(f, np.array([3], dtype='<i4'), version=(3,0))
  static final String I32_V3 = "k05VTVBZAwB0AAAAeydkZXNjcic6ICc8aTQnLCAnZm9ydHJhbl9vcmRlcic6IEZhbHNlLCAnc2hhcGUnOiAoMSwpLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoDAAAA";
  // np.save(f, np.array([1,-2], dtype='>i4'))
  static final String I32_BIG = "k05VTVBZAQB2AHsnZGVzY3InOiAnPmk0JywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDIsKSwgfSAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAAAB/////g==";
  // np.save(f, np.array([[1],[2]], dtype='<i8'))
  static final String I64 = "k05VTVBZAQB2AHsnZGVzY3InOiAnPGk4JywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDIsIDEpLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoBAAAAAAAAAAIAAAAAAAAA";

  static byte[] b(String s) { return Base64.getDecoder().decode(s); }

  static final Type I1 = IntegerType.of(1), I8T = IntegerType.of(8), I32 = IntegerType.of(32), I64T = IntegerType.of(64);
  static final Type UI8 = IntegerType.of(8, IntegerType.Signedness.UNSIGNED);

  @Test void readsNumpyFilesOfEveryMappedDtype() {
    Tensor f32 = Npy.read(b(F32), FloatType.F32);
    assertArrayEquals(new long[] {2, 3}, f32.shape());
    assertArrayEquals(new double[] {1.5, -2, 3, 4, 5, 6.25}, f32.doubles());
    assertArrayEquals(new long[] {-128, 5, 127}, Npy.read(b(I8), I8T).longs());
    assertArrayEquals(new long[] {255, 0, 7}, Npy.read(b(U8), UI8).longs());
    assertArrayEquals(new double[] {0.5, -1.25}, Npy.read(b(F16), FloatType.F16).doubles());
    assertArrayEquals(new long[] {1, 2}, Npy.read(b(I64), I64T).longs());
    assertArrayEquals(new long[] {1, 2}, Npy.read(b(I64), IndexType.INSTANCE).longs());
  }

  @Test void zeroDimensionalBoolean() {
    Tensor t = Npy.read(b(BOOL_0D), I1);
    assertEquals(0, t.rank());
    assertEquals(1L, t.get(0));
  }

  @Test void fortranOrderIsReadAsTheSameLogicalArray() {
    Tensor t = Npy.read(b(F64_FORTRAN), FloatType.F64);
    assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, t.doubles());
    assertTrue(Npy.header(b(F64_FORTRAN)).fortranOrder());
  }

  @Test void versionsTwoAndThreeAndBigEndian() {
    assertArrayEquals(new long[] {1, -2}, Npy.read(b(I32_V2), I32).longs());
    assertArrayEquals(new long[] {3}, Npy.read(b(I32_V3), I32).longs());
    assertArrayEquals(new long[] {1, -2}, Npy.read(b(I32_BIG), I32).longs());
  }

  @Test void writesExactlyWhatNumpyWrites() {
    for (String f : new String[] {F32, I8, U8, F16, I64, BOOL_0D}) {
      Tensor t = Npy.read(b(f));
      assertArrayEquals(b(f), Npy.write(t), "re-written " + Npy.header(b(f)));
    }
  }

  @Test void bf16IsItsRawWordsAsU2() {
    Tensor t = Tensor.ofDoubles(FloatType.BF16, new long[] {2}, 1.0, -0.5);
    byte[] file = Npy.write(t);
    assertEquals("<u2", Npy.header(file).descr());
    assertArrayEquals(new long[] {0x3f80, 0xbf00}, Npy.read(file).longs(), "raw bfloat16 words");
    assertEquals(t, Npy.read(file, FloatType.BF16));
  }

  @Test void roundTripsEveryElementType() {
    for (Type et : new Type[] {FloatType.F32, FloatType.F64, FloatType.F16, FloatType.BF16, I1, I8T, UI8, I32, I64T, IntegerType.of(16),
        IntegerType.of(32, IntegerType.Signedness.UNSIGNED)}) {
      Tensor t = (Tensor) RandomInputs.generate(new dev.mlc.ir.type.RankedTensorType(new long[] {3, 2}, et), RandomInputs.streamFor(7, 0));
      assertEquals(t, Npy.read(Npy.write(t), et), et.toString());
    }
  }

  @Test void wrongDtypeIsAClearError() {
    var e = assertThrows(Npy.FormatException.class, () -> Npy.read(b(F32), FloatType.F64));
    assertEquals("dtype '<f4' does not match element type f64 (expected '<f8')", e.getMessage());
  }

  @Test void corruptFilesAreClearErrors() {
    assertEquals("not a .npy file (the magic string \\x93NUMPY is missing)",
        assertThrows(Npy.FormatException.class, () -> Npy.read("hello world, not npy".getBytes())).getMessage());
    byte[] truncated = Arrays.copyOf(b(F32), b(F32).length - 4);
    assertTrue(assertThrows(Npy.FormatException.class, () -> Npy.read(truncated)).getMessage().startsWith("truncated .npy data: shape [2, 3] of '<f4' needs 24 bytes, the file has 20"));
    byte[] badHeader = b(F32);
    badHeader[20] = '#';
    assertTrue(assertThrows(Npy.FormatException.class, () -> Npy.read(badHeader)).getMessage().startsWith("corrupt .npy header"));
    byte[] v9 = b(F32);
    v9[6] = 9;
    assertEquals("unsupported .npy format version 9.0 (versions 1.0, 2.0 and 3.0 are supported)",
        assertThrows(Npy.FormatException.class, () -> Npy.read(v9)).getMessage());
  }
}
