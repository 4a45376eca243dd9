package dev.mlc.onnx;

import com.google.protobuf.ByteString;
import dev.mlc.ir.Type;
import dev.mlc.ir.attr.DenseElementsAttr;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.RankedTensorType;
import dev.mlc.onnx.proto.Onnx.StringStringEntryProto;
import dev.mlc.onnx.proto.Onnx.TensorProto;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** ONNX element types and tensors to MLIR types and {@code dense} elements. */
final class OnnxTensors {
  private OnnxTensors() {}

  /** The MLIR element type of an ONNX {@code TensorProto.DataType}, or null when the graph dialect has none. */
  static Type elementType(int dataType) {
    return switch (dataType) {
      case TensorProto.DataType.FLOAT_VALUE -> FloatType.F32;
      case TensorProto.DataType.DOUBLE_VALUE -> FloatType.F64;
      case TensorProto.DataType.FLOAT16_VALUE -> FloatType.F16;
      case TensorProto.DataType.BFLOAT16_VALUE -> FloatType.BF16;
      case TensorProto.DataType.INT8_VALUE -> IntegerType.of(8);
      case TensorProto.DataType.UINT8_VALUE -> IntegerType.of(8, IntegerType.Signedness.UNSIGNED);
      case TensorProto.DataType.INT32_VALUE -> IntegerType.of(32);
      case TensorProto.DataType.INT64_VALUE -> IntegerType.of(64);
      case TensorProto.DataType.BOOL_VALUE -> IntegerType.of(1);
      default -> null;
    };
  }

  static String dataTypeName(int dataType) {
    TensorProto.DataType t = TensorProto.DataType.forNumber(dataType);
    return t == null ? "data type " + dataType : t.name();
  }

  /** The little-endian bytes of a tensor's elements (raw, typed fields, or an external file next to the model). */
  static byte[] bytes(TensorProto t, RankedTensorType type, Path baseDir) {
    Type et = type.elementType();
    long n = type.numElements();
    int eb = DenseElementsAttr.elementBytes(et);
    if (n * eb > Integer.MAX_VALUE - 8) throw new OnnxImportException("tensor '" + t.getName() + "' is too large (" + n * eb + " bytes)");
    int size = (int) (n * eb);
    if (t.getDataLocation() == TensorProto.DataLocation.EXTERNAL) return external(t, size, baseDir);
    if (t.hasRawData()) {
      ByteString raw = t.getRawData();
      if (raw.size() != size)
        throw new OnnxImportException("tensor '" + t.getName() + "' has " + raw.size() + " bytes of raw data, but its type " + fmt(type) + " needs " + size);
      return raw.toByteArray();
    }
    ByteBuffer out = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    int dt = t.getDataType();
    int count;
    switch (dt) {
      case TensorProto.DataType.FLOAT_VALUE -> {
        count = t.getFloatDataCount();
        check(t, count, n, type);
        for (int i = 0; i < count; i++) out.putFloat(t.getFloatData(i));
      }
      case TensorProto.DataType.DOUBLE_VALUE -> {
        count = t.getDoubleDataCount();
        check(t, count, n, type);
        for (int i = 0; i < count; i++) out.putDouble(t.getDoubleData(i));
      }
      case TensorProto.DataType.INT64_VALUE -> {
        count = t.getInt64DataCount();
        check(t, count, n, type);
        for (int i = 0; i < count; i++) out.putLong(t.getInt64Data(i));
      }
      default -> {
        // int32_data holds INT32, INT8, UINT8, BOOL, and the bit patterns of FLOAT16/BFLOAT16
        count = t.getInt32DataCount();
        check(t, count, n, type);
        for (int i = 0; i < count; i++) {
          int v = t.getInt32Data(i);
          switch (eb) {
            case 1 -> out.put((byte) v);
            case 2 -> out.putShort((short) v);
            default -> out.putInt(v);
          }
        }
      }
    }
    return out.array();
  }

  private static void check(TensorProto t, int count, long n, RankedTensorType type) {
    if (count != n) throw new OnnxImportException("tensor '" + t.getName() + "' has " + count + " elements, but its type " + fmt(type) + " needs " + n);
  }

  private static byte[] external(TensorProto t, int size, Path baseDir) {
    String location = null;
    long offset = 0, length = -1;
    for (StringStringEntryProto e : t.getExternalDataList()) {
      switch (e.getKey()) {
        case "location" -> location = e.getValue();
        case "offset" -> offset = parseLong(t, e);
        case "length" -> length = parseLong(t, e);
        default -> { }
      }
    }
    if (location == null) throw new OnnxImportException("tensor '" + t.getName() + "' has external data without a 'location'");
    Path file = (baseDir == null ? Path.of(".") : baseDir).resolve(location).normalize();
    if (length >= 0 && length != size)
      throw new OnnxImportException("tensor '" + t.getName() + "': external data length " + length + " does not match its type (" + size + " bytes)");
    if (!Files.isRegularFile(file))
      throw new OnnxImportException("tensor '" + t.getName() + "': external data file '" + file + "' not found");
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
      if (offset + size > f.length())
        throw new OnnxImportException("tensor '" + t.getName() + "': external data file '" + file + "' has " + f.length() + " bytes, fewer than offset "
            + offset + " + " + size);
      byte[] b = new byte[size];
      f.seek(offset);
      f.readFully(b);
      return b;
    } catch (IOException e) {
      throw new OnnxImportException("tensor '" + t.getName() + "': cannot read external data file '" + file + "': " + e.getMessage());
    }
  }

  private static long parseLong(TensorProto t, StringStringEntryProto e) {
    try {
      return Long.parseLong(e.getValue());
    } catch (NumberFormatException x) {
      throw new OnnxImportException("tensor '" + t.getName() + "': external data '" + e.getKey() + "' is not a number: '" + e.getValue() + "'");
    }
  }

  static String fmt(RankedTensorType t) { return dev.mlc.dialect.graph.ir.GraphOp.fmt(t); }
}
