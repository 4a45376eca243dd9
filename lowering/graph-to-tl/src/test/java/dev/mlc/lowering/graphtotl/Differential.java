package dev.mlc.lowering.graphtotl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.dialect.func.ir.FuncOp;
import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.Verifier;
import dev.mlc.ir.interp.Buffer;
import dev.mlc.ir.interp.Compare;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.interp.RandomInputs;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.pass.PassExecutor;
import dev.mlc.ir.pass.PassManager;
import dev.mlc.ir.type.RankedTensorType;
import dev.mlc.text.Parser;
import dev.mlc.text.Printer;
import java.util.ArrayList;
import java.util.List;

/**
 * The differential check of the lowering: {@code @main} is interpreted on seeded random inputs, lowered,
 * and the lowered {@code @main} interpreted on the same inputs as buffers plus fresh (uninitialized)
 * out-parameter buffers; the out-parameters must match the graph results. The interpreter's checked
 * buffers catch reads of freed or never-written memory; every allocation must have a deallocation.
 */
final class Differential {
  private Differential() {}

  static Operation lower(MLContext ctx, Operation module) { return lower(ctx, module, List.of()); }

  /** Runs {@code first} (graph passes such as fuse), then the lowering. */
  static Operation lower(MLContext ctx, Operation module, List<dev.mlc.ir.pass.Pass> first) {
    PassManager pm = new PassManager("builtin.module");
    for (dev.mlc.ir.pass.Pass p : first) pm.addPass(p);
    pm.addPass(new ConvertGraphToTlPass());
    boolean[] ok = {false};
    List<dev.mlc.ir.diag.Diagnostic> diags = ctx.diagnostics().captureOnThisThread(
        () -> ok[0] = new PassExecutor(PassExecutor.Config.defaults(op -> Printer.print(op, dev.mlc.text.PrintOptions.DEFAULT))).run(pm, module));
    assertTrue(ok[0], () -> "the pass failed: " + diags);
    assertTrue(Verifier.verify(module), () -> "the lowered module does not verify:\n" + Printer.print(module, dev.mlc.text.PrintOptions.DEFAULT));
    return module;
  }

  /** Returns the lowered module's text after checking it against the interpreter. */
  static String check(String src, long seed) { return check(src, seed, List.of()); }

  /** As {@link #check(String, long)}, running the graph passes {@code first} before the lowering (the expected values come from the original graph). */
  static String check(String src, long seed, List<dev.mlc.ir.pass.Pass> first) {
    MLContext ctx = MLContext.withAllDialects();
    Operation module = Parser.parse(ctx, "test", src);
    Operation main = Interpreter.findFunction(module, "main");
    List<Type> ins = new ArrayList<>(FuncOp.functionType(main).inputs()), outs = FuncOp.functionType(main).results();
    Object[] inputs = RandomInputs.generate(ins, seed);
    Object[] expected = new Interpreter(ctx).call(main, inputs);
    lower(ctx, module, first);
    String text = Printer.print(module, dev.mlc.text.PrintOptions.DEFAULT);
    assertEquals(count(module, "tl.alloc") + count(module, "tl.to_buffer"), count(module, "tl.dealloc"), () -> "leak or double free:\n" + text);
    Object[] args = new Object[inputs.length + outs.size()];
    for (int i = 0; i < inputs.length; i++) args[i] = Buffer.of(retype((Tensor) inputs[i], ConvertGraphToTlPass.toMemRef(ins.get(i)).elementType()));
    Buffer[] outBufs = new Buffer[outs.size()];
    for (int k = 0; k < outs.size(); k++) {
      RankedTensorType t = (RankedTensorType) outs.get(k);
      args[inputs.length + k] = outBufs[k] = Buffer.allocate(ConvertGraphToTlPass.toMemRef(t).elementType(), t.shape(), false, "out" + k);
    }
    Object[] r = new Interpreter(ctx).call(Interpreter.findFunction(module, "main"), args);
    assertEquals(0, r.length);
    Object[] actual = new Object[outs.size()];
    for (int k = 0; k < outs.size(); k++) actual[k] = retype(outBufs[k].toTensor(), ((RankedTensorType) outs.get(k)).elementType());
    Compare.Result c = Compare.compare(expected, actual, 1e-5, 1e-6);
    assertTrue(c.ok(), () -> c.report() + "\n" + text);
    for (Object a : args) assertTrue(!((Buffer) a).allocation().isFreed(), "an argument buffer was freed");
    return text;
  }

  /** The same bits under element type {@code to} (ui8 values are passed to the lowered code as i8 buffers). */
  static Tensor retype(Tensor t, Type to) {
    if (t.elementType().equals(to)) return t;
    Tensor r = Tensor.zeros(to, t.shape());
    for (int i = 0; i < t.size(); i++) r.setLong(i, dev.mlc.ir.interp.Scalars.wrap(t.getLong(i), to));
    return r;
  }

  static int count(Operation module, String name) {
    int[] n = {0};
    module.walk(o -> n[0] += o.isa(name) ? 1 : 0);
    return n[0];
  }
}
