package dev.mlc.dialect.func.interp;

import dev.mlc.dialect.func.ir.CallOp;
import dev.mlc.ir.interp.InterpreterProvider;

/** The reference interpreter's implementations of the func dialect's ops ({@code func.return} ends a body by default). */
public final class FuncInterpreter implements InterpreterProvider {
  @Override public void register(Registry r) {
    r.add(CallOp.NAME, (in, op, args) -> in.call(in.lookupSymbol(op, ((CallOp) op.def()).callee(op)), args));
  }
}
