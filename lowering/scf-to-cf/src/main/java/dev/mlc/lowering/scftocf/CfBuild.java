package dev.mlc.lowering.scftocf;

import dev.mlc.dialect.arith.ir.CmpOp;
import dev.mlc.ir.Block;
import dev.mlc.ir.Builder;
import dev.mlc.ir.Location;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.DenseArrayAttr;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.type.IntegerType;
import java.util.ArrayList;
import java.util.List;

/** Builds the cf and arith ops the scf lowerings emit. */
final class CfBuild {
  private CfBuild() {}

  static Operation br(Builder b, Location loc, Block dest, List<? extends Value> args) {
    return b.insert(Operation.create(b.context().opName("cf.br"), loc, args, List.of(), null, DictionaryAttr.EMPTY, List.of(dest), 0));
  }

  static Operation condBr(Builder b, Location loc, Value cond, Block t, List<? extends Value> tArgs, Block f, List<? extends Value> fArgs) {
    List<Value> ops = new ArrayList<>();
    ops.add(cond);
    ops.addAll(tArgs);
    ops.addAll(fArgs);
    DictionaryAttr attrs = DictionaryAttr.of(new NamedAttribute("operandSegmentSizes",
        new DenseArrayAttr(IntegerType.of(32), new long[] {1, tArgs.size(), fArgs.size()})));
    return b.insert(Operation.create(b.context().opName("cf.cond_br"), loc, ops, List.of(), null, attrs, List.of(t, f), 0));
  }

  /** {@code cf.switch %flag : i32, [default: ^d, v0: ^c0, ...]} with no block operands. */
  static Operation switchOp(Builder b, Location loc, Value flag, Block dflt, long[] cases, List<Block> caseBlocks) {
    var st = new dev.mlc.ir.OperationState(b.context().opName("cf.switch"), loc);
    st.operands.add(flag);
    dev.mlc.dialect.cf.ir.SwitchOp.setProperties(st, flag.type(), cases, 0, new long[cases.length]);
    st.successors.add(dflt);
    st.successors.addAll(caseBlocks);
    return b.create(st);
  }

  static Value cmpi(Builder b, Location loc, int predicate, Value l, Value r) {
    return b.create("arith.cmpi", loc, List.of(l, r), List.of(IntegerType.of(1)),
        DictionaryAttr.of(new NamedAttribute("predicate", CmpOp.predicateAttr(predicate)))).result(0);
  }

  static Value binary(Builder b, Location loc, String name, Value l, Value r) {
    return b.create(name, loc, List.of(l, r), List.of(l.type()), DictionaryAttr.EMPTY).result(0);
  }

  static Value cast(Builder b, Location loc, String name, Value v, Type to) {
    return b.create(name, loc, List.of(v), List.of(to), DictionaryAttr.EMPTY).result(0);
  }

  /** cmpi predicate numbers (MLIR's order). */
  static final int EQ = 0, NE = 1, SLT = 2, SLE = 3, SGT = 4, SGE = 5, ULT = 6, ULE = 7, UGT = 8, UGE = 9;
}
