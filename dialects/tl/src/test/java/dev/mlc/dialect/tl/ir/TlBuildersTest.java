package dev.mlc.dialect.tl.ir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.Builder;
import dev.mlc.ir.Location;
import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import dev.mlc.ir.Verifier;
import dev.mlc.ir.affine.AffineMap;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.interp.Tensor;
import dev.mlc.ir.type.FloatType;
import dev.mlc.text.Parser;
import dev.mlc.text.PrintOptions;
import dev.mlc.text.Printer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Programs built with {@link Tl}'s builders verify, print in custom form and compute what they should. */
class TlBuildersTest {
  @Test
  void buildLoopNestGenericAndSubview() {
    MLContext ctx = MLContext.withAllDialects();
    Operation module = Parser.parse(ctx, "b.mlir", """
        func.func @f(%t: tensor<4x3xf32>, %c0: index, %c1: index, %c3: index, %c4: index, %z: f32) -> (f32, tensor<4x3xf32>, f32) {
          return %z, %t, %z : f32, tensor<4x3xf32>, f32
        }
        """);
    Operation f = Interpreter.findFunction(module, "f");
    var args = f.region(0).front().arguments();
    Value t = args.get(0), c0 = args.get(1), c1 = args.get(2), c3 = args.get(3), c4 = args.get(4), z = args.get(5);
    Operation ret = f.region(0).front().last();
    Builder b = new Builder(ctx);
    b.setInsertionPoint(ret);
    Location loc = Location.UNKNOWN;
    Value m = Tl.toBuffer(b, loc, t);
    Operation sum = Tl.loop(b, loc, List.of(c0, c0), List.of(c4, c3), List.of(c1, c1), List.of("parallel", "reduction"), List.of(z), (bb, a) -> {
      Value x = Tl.load(bb, loc, m, List.of(a.get(0), a.get(1)));
      return List.of(bb.create("test.add", loc, List.of(a.get(2), x), List.of(FloatType.F32), DictionaryAttr.EMPTY).result(0));
    });
    AffineMap id = AffineMap.identity(2);
    Operation sq = Tl.generic(b, loc, List.of(t), List.of(t), List.of(id, id), List.of("parallel", "parallel"),
        (bb, a) -> List.of(bb.create("test.mul", loc, List.of(a.get(0), a.get(0)), List.of(FloatType.F32), DictionaryAttr.EMPTY).result(0)));
    Value row = Tl.subview(b, loc, m, List.of(c1, 0L), List.of(1L, 3L), List.of(1L, 1L));
    Value x = Tl.load(b, loc, row, List.of(c0, c1));
    ret.setOperand(0, sum.result(0));
    ret.setOperand(1, sq.result(0));
    ret.setOperand(2, x);
    assertTrue(Verifier.verify(module));
    String text = Printer.print(module, PrintOptions.DEFAULT);
    assertTrue(text.contains("tl.loop (%arg6, %arg7) = (%arg1, %arg1) to (%arg4, %arg3) step (%arg2, %arg2) iterators [\"parallel\", \"reduction\"] iter_args(%arg8 = %arg5) -> (f32) {"), text);
    assertTrue(text.contains("tl.subview %0[%arg2, 0] [1, 3] [1, 1] : memref<4x3xf32> to memref<1x3xf32, strided<[3, 1], offset: ?>>"), text);

    Interpreter in = new Interpreter(ctx)
        .with("test.add", (i, op, a) -> new Object[] {(Double) a[0] + (Double) a[1]})
        .with("test.mul", (i, op, a) -> new Object[] {(Double) a[0] * (Double) a[1]});
    Tensor input = Tensor.ofDoubles(FloatType.F32, new long[] {4, 3}, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    Object[] r = in.call(f, input, 0L, 1L, 3L, 4L, 0.5);
    assertEquals(78.5, r[0]);
    assertArrayEquals(new double[] {1, 4, 9, 16, 25, 36, 49, 64, 81, 100, 121, 144}, ((Tensor) r[1]).doubles());
    assertEquals(5.0, r[2], "row 1, column 1");
  }
}
