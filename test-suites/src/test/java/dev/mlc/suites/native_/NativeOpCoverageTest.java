package dev.mlc.suites.native_;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.MLContext;
import dev.mlc.ir.OpDef;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * Every op of the graph dialect is compiled natively and checked against the interpreter by a named
 * property: a new graph op fails here until a native property covers it.
 */
class NativeOpCoverageTest {
  private static final String EW = "ElementwiseNativePropertiesTest#", SH = "ShapeNativePropertiesTest#", NN = "NnNativePropertiesTest#",
      Q = "QuantNativePropertiesTest#";

  /** Op -> the property (class#method) that runs it natively. */
  static final Map<String, String> COVERED = Map.ofEntries(
      entry("graph.add", EW + "broadcastingBinary"), entry("graph.sub", EW + "broadcastingBinary"), entry("graph.mul", EW + "broadcastingBinary"),
      entry("graph.div", EW + "broadcastingBinary"), entry("graph.max", EW + "broadcastingBinary"), entry("graph.min", EW + "broadcastingBinary"),
      entry("graph.pow", EW + "powMixedExponent"), entry("graph.equal", EW + "compares"), entry("graph.less", EW + "compares"),
      entry("graph.greater", EW + "compares"), entry("graph.where", EW + "where"), entry("graph.relu", EW + "unary"), entry("graph.neg", EW + "integerUnary"),
      entry("graph.abs", EW + "integerUnary"), entry("graph.exp", EW + "unary"), entry("graph.log", EW + "unary"), entry("graph.sqrt", EW + "unary"),
      entry("graph.tanh", EW + "unary"), entry("graph.erf", EW + "unary"), entry("graph.reciprocal", EW + "unary"), entry("graph.sigmoid", EW + "unary"),
      entry("graph.leaky_relu", EW + "unary"), entry("graph.clip", EW + "unary"), entry("graph.gelu", EW + "unary"), entry("graph.hard_sigmoid", EW + "unary"),
      entry("graph.hard_swish", EW + "unary"), entry("graph.cast", EW + "cast"),
      entry("graph.reshape", SH + "reshapeFamily"), entry("graph.flatten", SH + "reshapeFamily"), entry("graph.squeeze", SH + "reshapeFamily"),
      entry("graph.unsqueeze", SH + "reshapeFamily"), entry("graph.transpose", SH + "transpose"), entry("graph.concat", SH + "concat"),
      entry("graph.slice", SH + "slice"), entry("graph.pad", SH + "pad"), entry("graph.gather", SH + "gather"), entry("graph.split", SH + "split"),
      entry("graph.depth_to_space", SH + "depthSpace"), entry("graph.space_to_depth", SH + "depthSpace"), entry("graph.resize", SH + "resize"),
      entry("graph.fusion", SH + "fusionWithConstant"), entry("graph.constant", SH + "fusionWithConstant"), entry("graph.yield", SH + "fusionWithConstant"),
      entry("graph.conv2d", NN + "conv2d"), entry("graph.conv_transpose2d", NN + "convTranspose2d"), entry("graph.max_pool2d", NN + "pools"),
      entry("graph.avg_pool2d", NN + "pools"), entry("graph.global_avg_pool", NN + "globalAvgPool"), entry("graph.batch_norm", NN + "batchNorm"),
      entry("graph.layer_norm", NN + "layerNorm"), entry("graph.softmax", NN + "softmax"), entry("graph.gemm", NN + "gemm"), entry("graph.matmul", NN + "matmul"),
      entry("graph.reduce_sum", NN + "reductions"), entry("graph.reduce_mean", NN + "reductions"), entry("graph.reduce_max", NN + "reductions"),
      entry("graph.reduce_min", NN + "reductions"), entry("graph.quantize_linear", Q + "quantizeDequantize"),
      entry("graph.dequantize_linear", Q + "quantizeDequantize"), entry("graph.matmul_integer", Q + "matmulInteger"),
      entry("graph.qlinear_matmul", Q + "qlinearMatmul"), entry("graph.qlinear_conv2d", Q + "qlinearConv2d"),
      entry("graph.conv_integer", Q + "convInteger"));

  @Test void everyGraphOpHasANativeProperty() throws Exception {
    TreeSet<String> ops = new TreeSet<>();
    for (OpDef d : MLContext.withAllDialects(NativeOpCoverageTest.class.getClassLoader()).registeredOps())
      if (d.dialectNamespace().equals("graph")) ops.add(d.name());
    assertEquals(ops, new TreeSet<>(COVERED.keySet()), "graph ops without a native property, or properties of ops that are gone");
    List<String> missing = new ArrayList<>();
    for (String where : new TreeSet<>(COVERED.values())) {
      String[] cm = where.split("#");
      Class<?> c = Class.forName(NativeOpCoverageTest.class.getPackageName() + "." + cm[0]);
      boolean found = false;
      for (Method m : c.getDeclaredMethods()) found |= m.getName().equals(cm[1]) && m.isAnnotationPresent(Property.class);
      if (!found) missing.add(where);
    }
    assertTrue(missing.isEmpty(), "no such @Property: " + missing);
  }
}
