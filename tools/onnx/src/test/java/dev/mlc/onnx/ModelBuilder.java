package dev.mlc.onnx;

import com.google.protobuf.ByteString;
import dev.mlc.onnx.proto.Onnx.AttributeProto;
import dev.mlc.onnx.proto.Onnx.GraphProto;
import dev.mlc.onnx.proto.Onnx.ModelProto;
import dev.mlc.onnx.proto.Onnx.NodeProto;
import dev.mlc.onnx.proto.Onnx.OperatorSetIdProto;
import dev.mlc.onnx.proto.Onnx.TensorProto;
import dev.mlc.onnx.proto.Onnx.TensorShapeProto;
import dev.mlc.onnx.proto.Onnx.TypeProto;
import dev.mlc.onnx.proto.Onnx.ValueInfoProto;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Writes small ONNX models for tests (no model file is committed): graph inputs, initializers and nodes. */
final class ModelBuilder {
  static final int FLOAT = TensorProto.DataType.FLOAT_VALUE, INT64 = TensorProto.DataType.INT64_VALUE, INT32 = TensorProto.DataType.INT32_VALUE,
      BOOL = TensorProto.DataType.BOOL_VALUE, UINT8 = TensorProto.DataType.UINT8_VALUE, INT8 = TensorProto.DataType.INT8_VALUE;

  private final GraphProto.Builder g = GraphProto.newBuilder().setName("test");
  private final int opset;
  private int nodes;

  ModelBuilder(int opset) { this.opset = opset; }

  /** A graph input; a negative dimension is symbolic ({@code N}). */
  ModelBuilder input(String name, int elemType, long... shape) {
    g.addInput(valueInfo(name, elemType, shape));
    return this;
  }

  ModelBuilder output(String name, int elemType) {
    g.addOutput(ValueInfoProto.newBuilder().setName(name).setType(TypeProto.newBuilder().setTensorType(TypeProto.Tensor.newBuilder().setElemType(elemType))));
    return this;
  }

  ModelBuilder init(TensorProto t) {
    g.addInitializer(t);
    return this;
  }

  /** A node named {@code opType_k}; an input named "" is absent. */
  ModelBuilder node(String opType, String[] inputs, String[] outputs, AttributeProto... attrs) {
    NodeProto.Builder n = NodeProto.newBuilder().setOpType(opType).setName(opType.toLowerCase() + "_" + nodes++);
    for (String i : inputs) n.addInput(i);
    for (String o : outputs) n.addOutput(o);
    for (AttributeProto a : attrs) n.addAttribute(a);
    g.addNode(n);
    return this;
  }

  ModelProto model() {
    return ModelProto.newBuilder().setIrVersion(opset >= 21 ? 10 : opset >= 13 ? 7 : 5).setProducerName("mlc-test")
        .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(opset)).setGraph(g).build();
  }

  byte[] bytes() { return model().toByteArray(); }

  static ValueInfoProto valueInfo(String name, int elemType, long... shape) {
    TensorShapeProto.Builder s = TensorShapeProto.newBuilder();
    for (long d : shape) s.addDim(d < 0 ? TensorShapeProto.Dimension.newBuilder().setDimParam("N") : TensorShapeProto.Dimension.newBuilder().setDimValue(d));
    return ValueInfoProto.newBuilder().setName(name)
        .setType(TypeProto.newBuilder().setTensorType(TypeProto.Tensor.newBuilder().setElemType(elemType).setShape(s))).build();
  }

  // ---- tensors ----

  static TensorProto floats(String name, long[] shape, float... values) {
    ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (float v : values) b.putFloat(v);
    return TensorProto.newBuilder().setName(name).setDataType(FLOAT).addAllDims(box(shape)).setRawData(ByteString.copyFrom(b.array())).build();
  }

  /** Floats in the typed {@code float_data} field instead of raw bytes. */
  static TensorProto floatsTyped(String name, long[] shape, float... values) {
    TensorProto.Builder t = TensorProto.newBuilder().setName(name).setDataType(FLOAT).addAllDims(box(shape));
    for (float v : values) t.addFloatData(v);
    return t.build();
  }

  static TensorProto longs(String name, long[] shape, long... values) {
    TensorProto.Builder t = TensorProto.newBuilder().setName(name).setDataType(INT64).addAllDims(box(shape));
    for (long v : values) t.addInt64Data(v);
    return t.build();
  }

  /** An integer tensor of data type {@code type} (INT8, UINT8, INT32) in raw little-endian bytes. */
  static TensorProto ints(String name, int type, long[] shape, long... values) {
    int w = type == INT32 ? 4 : 1;
    ByteBuffer b = ByteBuffer.allocate(values.length * w).order(ByteOrder.LITTLE_ENDIAN);
    for (long v : values) {
      if (w == 4) b.putInt((int) v);
      else b.put((byte) v);
    }
    return TensorProto.newBuilder().setName(name).setDataType(type).addAllDims(box(shape)).setRawData(ByteString.copyFrom(b.array())).build();
  }

  static TensorProto longs1(String name, long... values) { return longs(name, new long[] {values.length}, values); }

  private static java.util.List<Long> box(long[] shape) {
    java.util.List<Long> l = new java.util.ArrayList<>();
    for (long d : shape) l.add(d);
    return l;
  }

  // ---- attributes ----

  static AttributeProto attr(String name, long v) { return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INT).setI(v).build(); }

  static AttributeProto attr(String name, float v) {
    return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.FLOAT).setF(v).build();
  }

  static AttributeProto attr(String name, String v) {
    return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.STRING).setS(ByteString.copyFrom(v, StandardCharsets.UTF_8)).build();
  }

  static AttributeProto attr(String name, long[] v) {
    AttributeProto.Builder a = AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INTS);
    for (long x : v) a.addInts(x);
    return a.build();
  }

  static AttributeProto attr(String name, TensorProto t) {
    return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.TENSOR).setT(t).build();
  }

  static String[] names(String... n) { return n; }
}
