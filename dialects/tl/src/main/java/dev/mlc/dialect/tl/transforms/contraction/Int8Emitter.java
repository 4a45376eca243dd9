package dev.mlc.dialect.tl.transforms.contraction;

import dev.mlc.dialect.tl.ir.Tl;
import dev.mlc.ir.Builder;
import dev.mlc.ir.Location;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.DenseArrayAttr;
import dev.mlc.ir.attr.DenseElementsAttr;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.FloatAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.RankedTensorType;
import dev.mlc.ir.type.VectorType;
import java.util.ArrayList;
import java.util.List;

/** What the int8 kernels build: typed (masked) vector accesses, splats, byte constants. */
abstract class Int8Emitter extends Emitter {
  static final IntegerType I1 = IntegerType.of(1), I8 = IntegerType.of(8), I32 = IntegerType.of(32);
  static final VectorType VI32 = new VectorType(new long[] {VL}, I32), VB = new VectorType(new long[] {4 * VL}, I8),
      VB4 = new VectorType(new long[] {4}, I8);

  Int8Emitter(Builder b, Location loc) { super(b, loc); }

  /** A new constant buffer of {@code t} holding {@code data} (little-endian elements). */
  Value constant(RankedTensorType t, byte[] data) {
    Value cst = b.create("arith.constant", loc, List.of(), List.of(t), DictionaryAttr.of(new NamedAttribute("value", DenseElementsAttr.ofRaw(t, data)))).result(0);
    return Tl.toBuffer(b, loc, cst);
  }

  /** The four bytes of {@code a4} repeated over 64 lanes (one 32-bit broadcast). */
  Value splat4(Value a4) {
    long[] rep = new long[4 * VL];
    for (int l = 0; l < rep.length; l++) rep[l] = l % 4;
    return shuffle(a4, a4, rep, VB);
  }

  Value shuffle(Value x, Value y, long[] mask, VectorType t) {
    return b.create("tl.shuffle", loc, List.of(x, y), List.of(t), DictionaryAttr.of(new NamedAttribute("mask", new DenseArrayAttr(I32, mask)))).result(0);
  }

  Value cpuDot(Value acc, Value u8, Value s8) {
    return b.create("cpu.vnni_dpbusd", loc, List.of(acc, u8, s8), List.of(VI32), DictionaryAttr.EMPTY).result(0);
  }

  Value iconst(VectorType t, long v) {
    return b.create("arith.constant", loc, List.of(), List.of(t), DictionaryAttr.of(new NamedAttribute("value",
        DenseElementsAttr.splat(t, IntegerAttr.of(t.elementType(), v))))).result(0);
  }

  Value fconst(VectorType t, float v) {
    return b.create("arith.constant", loc, List.of(), List.of(t), DictionaryAttr.of(new NamedAttribute("value",
        DenseElementsAttr.splat(t, FloatAttr.of((FloatType) t.elementType(), v))))).result(0);
  }

  Value zeroOf(VectorType t) { return t.elementType() instanceof FloatType ? fconst(t, 0f) : iconst(t, 0); }

  Value maskOf(int length, int lanes) {
    VectorType mt = new VectorType(new long[] {length}, I1);
    byte[] bits = new byte[length];
    for (int l = 0; l < lanes; l++) bits[l] = 1;
    return b.create("arith.constant", loc, List.of(), List.of(mt), DictionaryAttr.of(new NamedAttribute("value", DenseElementsAttr.ofRaw(mt, bits)))).result(0);
  }

  Value maskedLoad(Value buf, List<Value> at, VectorType t, int lanes) {
    List<Value> ops = new ArrayList<>(List.of(buf));
    ops.addAll(at);
    ops.add(maskOf((int) t.shape()[0], lanes));
    ops.add(zeroOf(t));
    return b.create("tl.vload", loc, ops, List.of(t), DictionaryAttr.EMPTY).result(0);
  }

  /** A {@code vector<16xT>} load of {@code lanes} elements (masked, zeros past them, when fewer than 16). */
  Value vloadT(Value buf, List<Value> at, int lanes, VectorType t) {
    return lanes == VL ? Tl.vload(b, loc, t, buf, at) : maskedLoad(buf, at, t, lanes);
  }

  void vstoreT(Value v, Value buf, List<Value> at, int lanes) {
    List<Value> ops = new ArrayList<>(List.of(v, buf));
    ops.addAll(at);
    if (lanes < VL) ops.add(maskOf(VL, lanes));
    b.create("tl.vstore", loc, ops, List.of(), DictionaryAttr.EMPTY);
  }
}
