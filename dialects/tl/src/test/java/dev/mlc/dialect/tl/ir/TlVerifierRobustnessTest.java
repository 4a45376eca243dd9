package dev.mlc.dialect.tl.ir;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.mlc.ir.Attribute;
import dev.mlc.ir.Block;
import dev.mlc.ir.Location;
import dev.mlc.ir.MLContext;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.affine.AffineMap;
import dev.mlc.ir.attr.AffineMapAttr;
import dev.mlc.ir.attr.ArrayAttr;
import dev.mlc.ir.attr.DenseArrayAttr;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.IntegerAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.diag.Diagnostic;
import dev.mlc.ir.type.FloatType;
import dev.mlc.ir.type.IndexType;
import dev.mlc.ir.type.IntegerType;
import dev.mlc.ir.type.MemRefType;
import dev.mlc.ir.type.RankedTensorType;
import dev.mlc.ir.type.VectorType;
import dev.mlc.text.PrintOptions;
import dev.mlc.text.Printer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Malformed tl ops (random operand, result and attribute mixes, with and without a body) never
 * crash a verifier or a printer, and a verifier that rejects an op always says why.
 */
class TlVerifierRobustnessTest {
  static final Type[] TYPES = {IndexType.INSTANCE, FloatType.F32, IntegerType.of(32), new MemRefType(new long[] {4}, FloatType.F32),
      new MemRefType(new long[] {2, 4}, FloatType.F32), new RankedTensorType(new long[] {4}, FloatType.F32), new VectorType(new long[] {4}, FloatType.F32),
      new VectorType(new long[] {4}, IntegerType.of(1)), new VectorType(new long[] {2, 4}, FloatType.F32)};

  static final NamedAttribute[] ATTRS = {new NamedAttribute("index", IntegerAttr.i64(1)), new NamedAttribute("dim", IntegerAttr.i64(0)),
      new NamedAttribute("kind", StringAttr.of("add")), new NamedAttribute("iterator_types", ArrayAttr.of(StringAttr.of("parallel"))),
      new NamedAttribute("indexing_maps", ArrayAttr.of(new AffineMapAttr(AffineMap.identity(1)))),
      new NamedAttribute("operandSegmentSizes", TlOp.segments(1, 0, 0, 0)), new NamedAttribute("operandSegmentSizes", TlOp.segments(1, 1)),
      new NamedAttribute("static_offsets", DenseArrayAttr.i64(0)), new NamedAttribute("static_sizes", DenseArrayAttr.i64(2)),
      new NamedAttribute("static_strides", DenseArrayAttr.i64(1)), new NamedAttribute("permutation", DenseArrayAttr.i64(1, 0)),
      new NamedAttribute("alignment", IntegerAttr.i64(3))};

  @Test
  void randomMalformedOpsAreRejectedWithAMessageAndPrint() {
    MLContext ctx = MLContext.withAllDialects();
    Random rnd = new Random(42);
    List<OpDef> defs = ctx.registeredOps().stream().filter(d -> d.dialectNamespace().equals("tl")).toList();
    // A function-like holder whose block arguments provide values of every type.
    Operation holder = Operation.create(ctx.opName("test.isolated_region"), Location.UNKNOWN, List.of(), List.of(), null, DictionaryAttr.EMPTY, List.of(), 1);
    Block top = new Block();
    for (Type t : TYPES) top.addArgument(t, Location.UNKNOWN);
    holder.region(0).appendBlock(top);
    int rejected = 0;
    for (int iter = 0; iter < 3000; iter++) {
      OpDef def = defs.get(rnd.nextInt(defs.size()));
      List<Value> operands = new ArrayList<>();
      for (int i = rnd.nextInt(6); i > 0; i--) operands.add(top.argument(rnd.nextInt(TYPES.length)));
      List<Type> results = new ArrayList<>();
      for (int i = rnd.nextInt(3); i > 0; i--) results.add(TYPES[rnd.nextInt(TYPES.length)]);
      List<NamedAttribute> attrs = new ArrayList<>();
      for (NamedAttribute a : ATTRS) if (rnd.nextInt(3) == 0 && attrs.stream().noneMatch(x -> x.name().equals(a.name()))) attrs.add(a);
      int regions = rnd.nextInt(2);
      Operation op = Operation.create(ctx.opName(def.name()), Location.UNKNOWN, operands, results, null, DictionaryAttr.of(attrs), List.of(), regions);
      if (regions == 1 && rnd.nextBoolean()) {
        Block body = new Block();
        for (int i = rnd.nextInt(3); i > 0; i--) body.addArgument(TYPES[rnd.nextInt(TYPES.length)], Location.UNKNOWN);
        op.region(0).appendBlock(body);
      }
      top.append(op);
      boolean[] ok = {false};
      List<Diagnostic> ds;
      try {
        ds = ctx.diagnostics().captureOnThisThread(() -> ok[0] = def.verifyOp(op));
        Printer.print(holder, PrintOptions.DEFAULT);
      } catch (RuntimeException e) {
        fail(def.name() + " crashed on " + operands.stream().map(Value::type).toList() + " -> " + results + " " + attrs + ": " + e, e);
        return;
      }
      if (!ok[0]) {
        rejected++;
        assertFalse(ds.isEmpty(), def.name() + " rejected an op without a message: " + operands.stream().map(Value::type).toList() + " -> " + results + " " + attrs);
      }
      op.erase();
    }
    assertTrue(rejected > 2000, "most random ops are malformed: " + rejected);
  }
}
