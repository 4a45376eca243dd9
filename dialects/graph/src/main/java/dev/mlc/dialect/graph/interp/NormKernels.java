package dev.mlc.dialect.graph.interp;

import dev.mlc.dialect.graph.ir.GraphAttrs;
import dev.mlc.ir.Operation;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.interp.Tensor;
import java.util.Arrays;

/** BatchNormalization (inference), LayerNormalization, Softmax. */
final class NormKernels {
  private NormKernels() {}

  /** y = scale[c] * (x - mean[c]) / sqrt(var[c] + epsilon) + bias[c], c the dimension 1 (epsilon 1e-5). */
  static Object[] batchNorm(Interpreter in, Operation op, Object[] v) {
    Tensor x = K.t(v, 0), scale = K.t(v, 1), bias = K.t(v, 2), mean = K.t(v, 3), var = K.t(v, 4);
    if (x.rank() < 2) throw in.error("batch_norm expects rank >= 2");
    double eps = GraphAttrs.epsilon(op);
    long c = x.dim(1), inner = K.product(x.shape(), 2, x.rank());
    for (Tensor t : new Tensor[] {scale, bias, mean, var})
      if (t.size() != c) throw in.error("batch_norm parameters must have " + c + " elements, got " + Arrays.toString(t.shape()));
    Tensor r = K.out(op, 0, x.shape());
    for (int i = 0; i < r.size(); i++) {
      int ch = (int) ((i / inner) % c);
      r.setDouble(i, scale.getDouble(ch) * (x.getDouble(i) - mean.getDouble(ch)) / Math.sqrt(var.getDouble(ch) + eps) + bias.getDouble(ch));
    }
    return new Object[] {r};
  }

  /**
   * Normalizes over the dimensions [axis, rank): y = (x - mean) / sqrt(var + epsilon) * scale + bias,
   * var the biased variance mean((x - mean)^2) (epsilon inside the square root, as ONNX); scale and
   * bias broadcast to the normalized dimensions.
   */
  static Object[] layerNorm(Interpreter in, Operation op, Object[] v) {
    Tensor x = K.t(v, 0), scale = K.t(v, 1), bias = v.length > 2 ? K.t(v, 2) : null;
    int axis = K.axis(GraphAttrs.lastAxis(op), x.rank(), "layer_norm axis");
    double eps = GraphAttrs.epsilon(op);
    long[] normShape = Arrays.copyOfRange(x.shape(), axis, x.rank());
    long inner = Tensor.count(normShape), outer = x.size() / Math.max(inner, 1);
    long[] ss = K.broadcastStrides(scale.shape(), normShape);
    long[] bs = bias == null ? null : K.broadcastStrides(bias.shape(), normShape);
    if (!Arrays.equals(K.broadcast(scale.shape(), normShape), normShape)
        || bias != null && !Arrays.equals(K.broadcast(bias.shape(), normShape), normShape))
      throw in.error("layer_norm scale/bias do not broadcast to " + Arrays.toString(normShape));
    Tensor r = K.out(op, 0, x.shape());
    for (long o = 0; o < outer; o++) {
      int base = (int) (o * inner);
      double mean = 0;
      for (int j = 0; j < inner; j++) mean += x.getDouble(base + j);
      mean /= inner;
      double var = 0;
      for (int j = 0; j < inner; j++) {
        double dlt = x.getDouble(base + j) - mean;
        var += dlt * dlt;
      }
      var /= inner;
      double inv = 1 / Math.sqrt(var + eps);
      long[] idx = new long[normShape.length];
      for (int j = 0; j < inner; j++, K.next(idx, normShape)) {
        double y = (x.getDouble(base + j) - mean) * inv * scale.getDouble(K.dot(idx, ss));
        if (bias != null) y += bias.getDouble(K.dot(idx, bs));
        r.setDouble(base + j, y);
      }
    }
    return new Object[] {r};
  }

  /** Softmax along one axis (opset 13): exp(x - max) / sum(exp(x - max)). */
  static Object[] softmax(Interpreter in, Operation op, Object[] v) {
    Tensor x = K.t(v, 0);
    int axis = K.axis(GraphAttrs.lastAxis(op), x.rank(), "softmax axis");
    long n = x.dim(axis), inner = K.product(x.shape(), axis + 1, x.rank()), outer = K.product(x.shape(), 0, axis);
    Tensor r = K.out(op, 0, x.shape());
    for (long o = 0; o < outer; o++)
      for (long i = 0; i < inner; i++) {
        long base = o * n * inner + i;
        double max = Double.NEGATIVE_INFINITY;
        for (long j = 0; j < n; j++) max = Math.max(max, x.getDouble((int) (base + j * inner)));
        double sum = 0;
        for (long j = 0; j < n; j++) sum += StrictMath.exp(x.getDouble((int) (base + j * inner)) - max);
        for (long j = 0; j < n; j++) r.setDouble((int) (base + j * inner), StrictMath.exp(x.getDouble((int) (base + j * inner)) - max) / sum);
      }
    return new Object[] {r};
  }
}
