package dev.mlc.dialect.tl.transforms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.MLContext;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Verifier;
import dev.mlc.ir.attr.FloatAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.rewrite.GreedyRewriteDriver;
import dev.mlc.ir.rewrite.RewritePatternSet;
import dev.mlc.ir.transforms.LoopInvariantCodeMotionPass;
import dev.mlc.ir.type.FloatType;
import dev.mlc.text.Parser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tl canonicalizations and licm keep what a program computes: interpret before and after, compare. */
class TlPatternsSemanticsTest {
  static final String SRC = """
      func.func @f(%t: tensor<8xf32>, %s: f32, %lo: index, %hi: index, %step: index) -> (tensor<8xf32>, f32, f32) {
        %m = tl.to_buffer %t : tensor<8xf32> to memref<8xf32>
        %c = tl.cast %m : memref<8xf32> to memref<?xf32>
        %back = tl.cast %c : memref<?xf32> to memref<8xf32>
        %dead = tl.alloc() : memref<4xf32>
        tl.dealloc %dead : memref<4xf32>
        %c9 = "test.constant"() {value = 9 : index} : () -> index
        %c3 = "test.constant"() {value = 3 : index} : () -> index
        %never = tl.loop (%i) = (%c9) to (%c3) step (%step) iterators ["reduction"] iter_args(%a = %s) -> (f32) {
          %x = tl.load %back[%i] : memref<8xf32>
          tl.yield %x : f32
        }
        %r:2 = tl.loop (%i) = (%lo) to (%hi) step (%step) iterators ["parallel"] iter_args(%a = %s, %keep = %s) -> (f32, f32) {
          %b = tl.broadcast %s : f32 to vector<4xf32>
          %b2 = tl.broadcast %b : vector<4xf32> to vector<1x4xf32>
          %w = tl.subview %back[0] [8] [1] : memref<8xf32> to memref<8xf32>
          %v = tl.vload %w[%i] : memref<8xf32>, vector<4xf32>
          %f = tl.fma %v, %b, %b : vector<4xf32>
          tl.vstore %f, %w[%i] : memref<8xf32>, vector<4xf32>
          %e = tl.extract %b[%lo] : vector<4xf32>
          tl.yield %e, %keep : f32, f32
        }
        %out = tl.to_tensor %m : memref<8xf32> to tensor<8xf32>
        return %out, %r#0, %r#1 : tensor<8xf32>, f32, f32
      }
      """;

  static Object[] interpret(MLContext ctx, Operation module) {
    Interpreter in = new Interpreter(ctx).with("test.constant",
        (i, op, a) -> new Object[] {op.attr("value") instanceof IntegerAttr n ? (Object) n.value().longValue() : (Object) ((FloatAttr) op.attr("value")).value()});
    Tensor t = Tensor.ofDoubles(FloatType.F32, new long[] {8}, 1, 2, 3, 4, 5, 6, 7, 8);
    return in.call(Interpreter.findFunction(module, "f"), t, 2.0, 0L, 8L, 4L);
  }

  static int countOps(Operation module) {
    int[] n = {0};
    module.walk(o -> n[0]++);
    return n[0];
  }

  @Test
  void canonicalizeAndLicmPreserveResults() {
    MLContext ctx = MLContext.withAllDialects();
    Operation module = Parser.parse(ctx, "f.mlir", SRC);
    assertNotNull(module);
    assertTrue(Verifier.verify(module));
    Object[] before = interpret(ctx, module);
    // Loads 1..4 and 5..8 become 2x+2; the extracted lane is the broadcast scalar.
    assertArrayEquals(new double[] {4, 6, 8, 10, 12, 14, 16, 18}, ((Tensor) before[0]).doubles());
    assertEquals(2.0, before[1]);
    assertEquals(2.0, before[2]);

    int opsBefore = countOps(module);
    RewritePatternSet patterns = new RewritePatternSet();
    for (OpDef d : ctx.registeredOps()) d.addCanonicalizationPatterns(patterns);
    GreedyRewriteDriver.apply(module, patterns);
    List<Operation> loops = new ArrayList<>();
    module.walk(o -> {
      if (o.isa("tl.loop")) loops.add(o);
    });
    int hoisted = 0;
    for (Operation l : loops) hoisted += LoopInvariantCodeMotionPass.moveLoopInvariantCode(l);
    assertTrue(Verifier.verify(module));
    assertEquals(1, loops.size(), "the empty loop is gone");
    assertTrue(hoisted >= 1, "the broadcast leaves the loop");
    assertTrue(countOps(module) < opsBefore, "the patterns simplified the program");

    Object[] after = interpret(ctx, module);
    assertEquals(before[0], after[0]);
    assertEquals(before[1], after[1]);
    assertEquals(before[2], after[2]);
  }
}
