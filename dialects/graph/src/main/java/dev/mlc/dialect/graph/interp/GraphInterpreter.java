package dev.mlc.dialect.graph.interp;

import static dev.mlc.dialect.graph.interp.Elementwise.binary;
import static dev.mlc.dialect.graph.interp.Elementwise.compare;
import static dev.mlc.dialect.graph.interp.Elementwise.unary;

import dev.mlc.dialect.graph.interp.ReduceKernels.Kind;
import dev.mlc.dialect.graph.ir.ShapeError;
import dev.mlc.ir.Operation;
import dev.mlc.ir.attr.ElementsAttr;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.interp.InterpreterProvider;
import dev.mlc.ir.interp.OpSemantics;
import dev.mlc.ir.interp.Tensor;

/**
 * The reference interpreter's implementations of the graph dialect's ops, with ONNX (opset 21)
 * numerics: floats are computed in double and rounded once to the result's element type.
 */
public final class GraphInterpreter implements InterpreterProvider {
  private static final java.util.Map<String, OpSemantics> KERNELS = kernels();

  private static java.util.Map<String, OpSemantics> kernels() {
    java.util.Map<String, OpSemantics> m = new java.util.HashMap<>();
    new GraphInterpreter().register(m::put);
    return java.util.Map.copyOf(m);
  }

  /** The semantics of graph op {@code opName}, or null (the constant folder evaluates ops with these). */
  public static OpSemantics kernel(String opName) { return KERNELS.get(opName); }

  /** Registers every kernel; an invalid attribute ({@link ShapeError} from {@link dev.mlc.dialect.graph.ir.GraphAttrs}) is reported as an error of the op. */
  @Override public void register(Registry registry) {
    Registry r = (name, s) -> registry.add(name, (in, op, v) -> {
      try {
        return s.execute(in, op, v);
      } catch (ShapeError e) {
        throw in.error(e.getMessage());
      }
    });
    r.add("graph.constant", GraphInterpreter::constant);
    r.add("graph.add", binary(Double::sum, (in, a, b) -> a + b));
    r.add("graph.sub", binary((a, b) -> a - b, (in, a, b) -> a - b));
    r.add("graph.mul", binary((a, b) -> a * b, (in, a, b) -> a * b));
    r.add("graph.div", binary((a, b) -> a / b, Elementwise::idiv));
    r.add("graph.max", binary(Elementwise::fmax, (in, a, b) -> Math.max(a, b)));
    r.add("graph.min", binary(Elementwise::fmin, (in, a, b) -> Math.min(a, b)));
    r.add("graph.pow", binary(Math::pow, Elementwise::ipow));
    r.add("graph.equal", compare(c -> c == 0));
    r.add("graph.less", compare(c -> c < 0));
    r.add("graph.greater", compare(c -> c > 0));
    r.add("graph.where", Elementwise::where);
    r.add("graph.relu", unary(Elementwise::relu, x -> Math.max(x, 0)));
    r.add("graph.sigmoid", unary(MathFns::sigmoid));
    r.add("graph.tanh", unary(Math::tanh));
    r.add("graph.exp", unary(Math::exp));
    r.add("graph.log", unary(Math::log));
    r.add("graph.sqrt", unary(Math::sqrt));
    r.add("graph.neg", unary(x -> -x, x -> -x));
    r.add("graph.abs", unary(Math::abs, Math::abs));
    r.add("graph.erf", unary(MathFns::erf));
    r.add("graph.reciprocal", unary(x -> 1 / x));
    r.add("graph.gelu", Elementwise.configured(Elementwise::gelu));
    r.add("graph.leaky_relu", Elementwise.configured(Elementwise::leakyRelu));
    r.add("graph.hard_sigmoid", Elementwise.configured(Elementwise::hardSigmoid));
    r.add("graph.hard_swish", unary(Elementwise::hardSwish));
    r.add("graph.clip", Elementwise::clip);
    r.add("graph.cast", Elementwise::cast);
    r.add("graph.matmul", LinalgKernels::matmul);
    r.add("graph.gemm", LinalgKernels::gemm);
    r.add("graph.conv2d", LayoutKernels.nhwcAware(ConvKernels::conv2d, true));
    r.add("graph.conv_transpose2d", ConvKernels::convTranspose2d);
    r.add("graph.max_pool2d", LayoutKernels.nhwcAware(PoolKernels::maxPool, false));
    r.add("graph.avg_pool2d", LayoutKernels.nhwcAware(PoolKernels::avgPool, false));
    r.add("graph.global_avg_pool", PoolKernels::globalAvgPool);
    r.add("graph.batch_norm", NormKernels::batchNorm);
    r.add("graph.layer_norm", NormKernels::layerNorm);
    r.add("graph.softmax", NormKernels::softmax);
    r.add("graph.reduce_sum", ReduceKernels.reduce(Kind.SUM));
    r.add("graph.reduce_mean", ReduceKernels.reduce(Kind.MEAN));
    r.add("graph.reduce_max", ReduceKernels.reduce(Kind.MAX));
    r.add("graph.reduce_min", ReduceKernels.reduce(Kind.MIN));
    r.add("graph.reshape", ShapeKernels::reshape);
    r.add("graph.flatten", ShapeKernels::flatten);
    r.add("graph.squeeze", ShapeKernels::squeeze);
    r.add("graph.unsqueeze", ShapeKernels::unsqueeze);
    r.add("graph.transpose", ShapeKernels::transpose);
    r.add("graph.concat", ShapeKernels::concat);
    r.add("graph.split", ShapeKernels::split);
    r.add("graph.slice", ShapeKernels::slice);
    r.add("graph.pad", ShapeKernels::pad);
    r.add("graph.gather", ShapeKernels::gather);
    r.add("graph.depth_to_space", ShapeKernels::depthToSpace);
    r.add("graph.space_to_depth", ShapeKernels::spaceToDepth);
    r.add("graph.resize", ResizeKernel::resize);
    r.add("graph.quantize_linear", QuantKernels::quantize);
    r.add("graph.dequantize_linear", QuantKernels::dequantize);
    r.add("graph.matmul_integer", QuantKernels::matmulInteger);
    r.add("graph.qlinear_matmul", QuantKernels::qlinearMatmul);
    r.add("graph.qlinear_conv2d", QuantKernels::qlinearConv2d);
    r.add("graph.conv_integer", QuantKernels::convInteger);
    r.add("graph.fusion", GraphInterpreter::fusion);
    r.add("graph.yield", (in, op, v) -> {
      in.yieldValues(v);
      return OpSemantics.NONE;
    });
  }

  /** The value of the {@code value} attribute ({@code dense<...>}, or {@code dense_resource<...>} from the context's resources). */
  static Object[] constant(Interpreter in, Operation op, Object[] v) {
    if (!(op.attr("value") instanceof ElementsAttr attr)) throw in.error("requires an elements attribute 'value'");
    return new Object[] {Tensor.fromAttr(attr, op.context().resources())};
  }

  /**
   * Runs the region with the operands bound to its block's arguments; the results are the values
   * its {@code graph.yield} yields.
   */
  static Object[] fusion(Interpreter in, Operation op, Object[] v) {
    if (op.numRegions() != 1) throw in.error("expects one region");
    Object[] r = in.runRegion(op.region(0), v);
    // When graph.yield is not known as a terminator (the dialect's ops not loaded), the region ends
    // without yielding: read the yielded values from the frame, which the region shares.
    Operation last = op.region(0).numBlocks() == 1 ? op.region(0).front().last() : null;
    if (r.length != op.numResults() && last != null && last.isa("graph.yield")) {
      r = new Object[last.numOperands()];
      for (int i = 0; i < r.length; i++) r[i] = in.value(last.operand(i));
    }
    if (r.length != op.numResults()) throw in.error("region yields " + r.length + " values for " + op.numResults() + " results");
    return r;
  }
}
