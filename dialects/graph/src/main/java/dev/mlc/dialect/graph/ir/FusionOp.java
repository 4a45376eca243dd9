package dev.mlc.dialect.graph.ir;

import dev.mlc.ir.Block;
import dev.mlc.ir.OpDef;
import dev.mlc.ir.Operation;
import dev.mlc.ir.OperationState;
import dev.mlc.ir.Region;
import dev.mlc.ir.Traits;
import dev.mlc.ir.asm.OpAsmParser;
import dev.mlc.ir.asm.OpAsmPrinter;
import dev.mlc.ir.type.FunctionType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code graph.fusion}: a group of graph ops that lowers to one loop nest or kernel. Its one block's
 * arguments bind the operands (the region is isolated from above), and {@code graph.yield} gives
 * the results.
 */
public final class FusionOp extends OpDef implements Traits.Pure, Traits.IsolatedFromAbove, Traits.SingleBlock {
  public static final String NAME = "graph.fusion";

  FusionOp() { super(NAME); }

  @Override public String summary() { return "A fused group of graph ops with captured operands"; }

  @Override public String description() {
    return GraphOp.doc("What the fusion pass produces: one region with one block whose arguments bind the operands (in order); "
        + "the body is isolated from above and ends in `graph.yield`, whose operands are the results.",
        """
        %r = graph.fusion(%x = %a, %y = %b) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32> {
          %s = graph.add %x, %y : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
          %t = graph.relu %s : tensor<2x3xf32>
          graph.yield %t : tensor<2x3xf32>
        }""");
  }

  @Override protected boolean verify(Operation op) {
    if (op.numRegions() != 1 || op.region(0).numBlocks() != 1) return op.emitOpError("expects one region with one block").failure();
    Block body = op.region(0).front();
    if (body.numArguments() != op.numOperands())
      return op.emitOpError("expects " + op.numOperands() + " block arguments to bind the operands, but the block has " + body.numArguments()).failure();
    for (int i = 0; i < op.numOperands(); i++)
      if (!body.argument(i).type().equals(op.operand(i).type()))
        return op.emitOpError("block argument #" + i + " has type '" + GraphOp.fmt(body.argument(i).type()) + "', but operand #" + i + " has type '"
            + GraphOp.fmt(op.operand(i).type()) + "'").failure();
    Operation term = body.last();
    if (term == null || !term.isa(YieldOp.NAME)) return op.emitOpError("expects the body to end in 'graph.yield'").failure();
    if (!term.operandTypes().equals(op.resultTypes()))
      return op.emitOpError("yields (" + GraphOp.fmtAll(term.operandTypes()) + "), but the results are (" + GraphOp.fmtAll(op.resultTypes()) + ")").failure();
    return true;
  }

  @Override public boolean hasCustomAssembly() { return true; }

  @Override public boolean canPrintCustomForm(Operation op) {
    return op.properties() == null && op.numRegions() == 1 && op.region(0).numBlocks() == 1 && op.region(0).front().numArguments() == op.numOperands();
  }

  @Override public void print(Operation op, OpAsmPrinter p) {
    Block body = op.region(0).front();
    p.print('(');
    for (int i = 0; i < op.numOperands(); i++) {
      if (i > 0) p.print(", ");
      p.printOperand(body.argument(i));
      p.print(" = ");
      p.printOperand(op.operand(i));
    }
    p.print(") : ");
    p.printFunctionalType(op);
    p.printOptionalAttrDictWithKeyword(op.attributes(), List.of());
    p.print(' ');
    p.printRegion(op.region(0), false, true);
  }

  @Override public void parse(OpAsmParser p, OperationState st) {
    List<OpAsmParser.UnresolvedOperand> args = new ArrayList<>(), operands = new ArrayList<>();
    p.parsePunct("(");
    if (!p.parseOptionalPunct(")")) {
      do {
        args.add(p.parseOperand());
        p.parsePunct("=");
        operands.add(p.parseOperand());
      } while (p.parseOptionalPunct(","));
      p.parsePunct(")");
    }
    if (!(p.parseColonType() instanceof FunctionType ft)) throw p.error("expected a function type");
    if (ft.inputs().size() != operands.size()) throw p.error(operands.size() + " operands present, but the type lists " + ft.inputs().size());
    p.resolveOperands(operands, ft.inputs(), st.operands);
    st.resultTypes.addAll(ft.results());
    p.parseOptionalAttrDictWithKeyword(st.attributes);
    List<OpAsmParser.Argument> blockArgs = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) blockArgs.add(new OpAsmParser.Argument(args.get(i), ft.inputs().get(i), args.get(i).location()));
    Region body = st.addRegion();
    p.parseRegion(body, blockArgs);
  }
}
