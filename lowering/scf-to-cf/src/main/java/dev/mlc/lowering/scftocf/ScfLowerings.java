package dev.mlc.lowering.scftocf;

import static dev.mlc.lowering.scftocf.CfBuild.*;

import dev.mlc.dialect.scf.ir.ConditionOp;
import dev.mlc.dialect.scf.ir.ForOp;
import dev.mlc.dialect.scf.ir.IndexSwitchOp;
import dev.mlc.dialect.scf.ir.ParallelOp;
import dev.mlc.ir.Block;
import dev.mlc.ir.Location;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Region;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.rewrite.conversion.ConversionPattern;
import dev.mlc.ir.rewrite.conversion.ConversionPatternRewriter;
import dev.mlc.ir.type.IntegerType;
import java.util.ArrayList;
import java.util.List;

/** The scf to cf lowerings (MLIR's SCFToControlFlow patterns). */
final class ScfLowerings {
  private ScfLowerings() {}

  /**
   * Splits the op's block after it; the second half gets one argument per result of the op (the
   * block is new, so adding arguments needs no undo); the caller replaces the results by them.
   */
  static Block continuation(Operation op, ConversionPatternRewriter rw) {
    Block cont = rw.splitBlock(op.parentBlock(), op.nextOp());
    List<Value> args = new ArrayList<>();
    for (Type t : op.resultTypes()) args.add(cont.addArgument(t, op.location()));
    return cont;
  }

  /** Replaces the terminator {@code t} (a yield) by {@code cf.br ^dest(operands)}. */
  static void yieldToBranch(Operation t, Block dest, List<Value> operands, ConversionPatternRewriter rw) {
    rw.setInsertionPoint(t);
    br(rw, t.location(), dest, operands);
    rw.eraseOp(t);
  }

  /** Inlines every block of {@code r} before {@code cont}, its {@code scf.yield}s becoming branches to {@code cont}. */
  static void inlineYieldingTo(Region r, Block cont, ConversionPatternRewriter rw) { inlineYieldingTo(r, cont, cont, rw); }

  /** As above, the blocks inlined before {@code before}. */
  static void inlineYieldingTo(Region r, Block cont, Block before, ConversionPatternRewriter rw) {
    for (Block b : List.copyOf(r.blocks())) {
      Operation t = b.last();
      if (t != null && t.isa("scf.yield")) yieldToBranch(t, cont, List.copyOf(t.operands()), rw);
    }
    rw.inlineRegionBefore(r, before.parent(), before.indexInRegion());
  }

  /** scf.for -> ^cond(iv, iters): cond_br (iv slt ub), ^body, ^end; ^body...: br ^cond(iv + step, yielded). */
  static final class ForLowering extends ConversionPattern {
    ForLowering() { super(ForOp.NAME, null); }

    @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rw) {
      Location loc = op.location();
      Block init = op.parentBlock();
      Region region = op.region(0);
      Block cond = region.front();
      Block last = region.blocks().get(region.numBlocks() - 1);
      Operation yield = last.last();
      if (yield == null || !yield.isa("scf.yield")) return rw.notifyMatchFailure(op, "the body does not end with 'scf.yield'");
      Value lb = operands.get(0), ub = operands.get(1), step = operands.get(2);
      List<Value> inits = operands.subList(3, operands.size());
      Block firstBody = rw.splitBlock(cond, cond.first());
      rw.setInsertionPoint(yield);
      Value next = binary(rw, loc, "arith.addi", cond.argument(0), step);
      List<Value> loopArgs = new ArrayList<>();
      loopArgs.add(next);
      loopArgs.addAll(yield.operands());
      yieldToBranch(yield, cond, loopArgs, rw);
      Block end = rw.splitBlock(init, op.nextOp());
      rw.inlineRegionBefore(region, end.parent(), end.indexInRegion());
      rw.setInsertionPointToEnd(cond);
      Value cmp = cmpi(rw, loc, SLT, cond.argument(0), ub);
      condBr(rw, loc, cmp, firstBody, List.of(), end, List.of());
      rw.setInsertionPointToEnd(init);
      List<Value> entry = new ArrayList<>();
      entry.add(lb);
      entry.addAll(inits);
      br(rw, loc, cond, entry);
      rw.replaceOp(op, new ArrayList<>(cond.arguments().subList(1, cond.numArguments())));
      return true;
    }
  }

  /** scf.if -> cond_br %c, ^then, ^else; each branch's yield -> br ^continue(values). */
  static final class IfLowering extends ConversionPattern {
    IfLowering() { super("scf.if", null); }

    @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rw) {
      Block block = op.parentBlock();
      Block cont0 = continuation(op, rw), cont = cont0;
      Block thenB = op.region(0).front();
      inlineYieldingTo(op.region(0), cont, rw);
      Block elseB = cont;
      if (!op.region(1).isEmpty()) {
        elseB = op.region(1).front();
        inlineYieldingTo(op.region(1), cont, rw);
      }
      rw.setInsertionPointToEnd(block);
      condBr(rw, op.location(), operands.get(0), thenB, List.of(), elseB, List.of());
      rw.replaceOp(op, List.copyOf(cont0.arguments()));
      return true;
    }
  }

  /** scf.while -> br ^before(inits); condition -> cond_br %c, ^after(args), ^continue(args); after's yield -> br ^before. */
  static final class WhileLowering extends ConversionPattern {
    WhileLowering() { super("scf.while", null); }

    @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rw) {
      Block block = op.parentBlock();
      Region before = op.region(0), after = op.region(1);
      Block beforeFirst = before.front(), afterFirst = after.front();
      Operation condition = before.blocks().get(before.numBlocks() - 1).last();
      if (condition == null || !condition.isa(ConditionOp.NAME))
        return rw.notifyMatchFailure(op, "the 'before' region does not end with 'scf.condition'");
      Block cont0 = continuation(op, rw), cont = cont0;
      for (Block b : List.copyOf(after.blocks())) {
        Operation t = b.last();
        if (t != null && t.isa("scf.yield")) yieldToBranch(t, beforeFirst, List.copyOf(t.operands()), rw);
      }
      rw.inlineRegionBefore(after, cont.parent(), cont.indexInRegion());
      rw.inlineRegionBefore(before, afterFirst.parent(), afterFirst.indexInRegion());
      rw.setInsertionPoint(condition);
      List<Value> args = List.copyOf(ConditionOp.args(condition));
      condBr(rw, condition.location(), condition.operand(0), afterFirst, args, cont, args);
      rw.eraseOp(condition);
      rw.setInsertionPointToEnd(block);
      br(rw, op.location(), beforeFirst, operands);
      rw.replaceOp(op, List.copyOf(cont0.arguments()));
      return true;
    }
  }

  /** scf.index_switch %i -> cf.switch (index_cast %i to i32), [default: ^r0, c: ^rc...]; yields -> br ^continue. */
  static final class IndexSwitchLowering extends ConversionPattern {
    IndexSwitchLowering() { super(IndexSwitchOp.NAME, null); }

    @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rw) {
      long[] cases = IndexSwitchOp.cases(op);
      if (cases.length != op.numRegions() - 1) return rw.notifyMatchFailure(op, "case count does not match the case regions");
      for (long c : cases)
        if (c != (int) c) return rw.notifyMatchFailure(op, "case value " + c + " does not fit in i32");
      Block block = op.parentBlock();
      Block cont0 = continuation(op, rw), cont = cont0;
      List<Block> entries = new ArrayList<>();
      for (Region r : op.regions()) entries.add(r.front());
      for (int i = op.numRegions() - 1; i >= 0; i--) {
        inlineYieldingTo(op.region(i), cont0, cont, rw);
        cont = entries.get(i); // keep the regions in order: each is inlined before the next one
      }
      rw.setInsertionPointToEnd(block);
      Value flag = cast(rw, op.location(), "arith.index_cast", operands.get(0), IntegerType.of(32));
      switchOp(rw, op.location(), flag, entries.get(0), cases, entries.subList(1, entries.size()));
      rw.replaceOp(op, List.copyOf(cont0.arguments()));
      return true;
    }
  }

  /** scf.execute_region -> br ^entry; its blocks inlined, their yields -> br ^continue(values). */
  static final class ExecuteRegionLowering extends ConversionPattern {
    ExecuteRegionLowering() { super("scf.execute_region", null); }

    @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rw) {
      Block block = op.parentBlock();
      Block cont0 = continuation(op, rw), cont = cont0;
      Block entry = op.region(0).front();
      inlineYieldingTo(op.region(0), cont, rw);
      rw.setInsertionPointToEnd(block);
      br(rw, op.location(), entry, List.of());
      rw.replaceOp(op, List.copyOf(cont0.arguments()));
      return true;
    }
  }

  /**
   * scf.parallel -> nested scf.for (sequential, outermost dimension first) carrying the reductions;
   * each scf.reduce region is inlined with (accumulator, reduced value), its result the new accumulator.
   */
  static final class ParallelLowering extends ConversionPattern {
    ParallelLowering() { super(ParallelOp.NAME, null); }

    @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rw) {
      List<Value> lbs = ParallelOp.lowerBounds(op), ubs = ParallelOp.upperBounds(op), steps = ParallelOp.steps(op);
      List<Value> inits = ParallelOp.inits(op);
      Block body = ParallelOp.body(op);
      Operation reduce = body.last();
      if (reduce == null || !reduce.isa("scf.reduce")) return rw.notifyMatchFailure(op, "the body does not end with 'scf.reduce'");
      if (lbs.isEmpty()) return rw.notifyMatchFailure(op, "a zero-dimensional loop");
      Location loc = op.location();
      List<Type> accTypes = op.resultTypes();
      List<Operation> fors = new ArrayList<>();
      List<Value> ivs = new ArrayList<>();
      List<Value> iter = new ArrayList<>(inits);
      for (int d = 0; d < lbs.size(); d++) {
        List<Value> ops = new ArrayList<>(List.of(rw.remappedValue(lbs.get(d)), rw.remappedValue(ubs.get(d)), rw.remappedValue(steps.get(d))));
        for (Value v : iter) ops.add(rw.remappedValue(v));
        Operation f = rw.insert(Operation.create(rw.context().opName(ForOp.NAME), loc, ops, accTypes, null, DictionaryAttr.EMPTY, List.of(), 1));
        Block fb = f.region(0).addBlock();
        ivs.add(fb.addArgument(lbs.get(d).type(), loc));
        iter = new ArrayList<>();
        for (Type t : accTypes) iter.add(fb.addArgument(t, loc));
        fors.add(f);
        rw.setInsertionPointToEnd(fb);
      }
      Block inner = ForOp.body(fors.get(fors.size() - 1));
      rw.mergeBlocks(body, inner, ivs);
      List<Value> accs = new ArrayList<>();
      for (int j = 0; j < reduce.numRegions(); j++) {
        Block rb = reduce.region(j).front();
        Operation ret = rb.last();
        rw.inlineBlockBefore(rb, reduce, List.of(iter.get(j), reduce.operand(j)));
        accs.add(ret.operand(0));
        rw.eraseOp(ret);
      }
      rw.setInsertionPoint(reduce);
      rw.create("scf.yield", reduce.location(), accs, List.of(), DictionaryAttr.EMPTY);
      rw.eraseOp(reduce);
      for (int d = fors.size() - 2; d >= 0; d--) {
        rw.setInsertionPointToEnd(ForOp.body(fors.get(d)));
        rw.create("scf.yield", loc, fors.get(d + 1).results(), List.of(), DictionaryAttr.EMPTY);
      }
      rw.replaceOp(op, fors.get(0).results());
      return true;
    }
  }
}
