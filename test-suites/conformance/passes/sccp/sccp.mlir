// Constants propagate through straight-line arithmetic.
func.func @straight() -> i32 {
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %0 = arith.addi %c1, %c2 : i32
  %1 = arith.muli %0, %0 : i32
  return %1 : i32
}

// -----

// A branch on a constant condition: only the taken successor is live, its argument is constant.
func.func @cond_br_constant(%x: i32) -> i32 {
  %t = arith.constant true
  %c1 = arith.constant 1 : i32
  cf.cond_br %t, ^bb1(%c1 : i32), ^bb1(%x : i32)
^bb1(%a: i32):
  return %a : i32
}

// -----

// A block argument receiving the same constant along every edge is that constant.
func.func @same_constant_both_edges(%c: i1) -> i32 {
  %c1 = arith.constant 1 : i32
  cf.cond_br %c, ^bb1(%c1 : i32), ^bb1(%c1 : i32)
^bb1(%a: i32):
  %0 = arith.addi %a, %c1 : i32
  return %0 : i32
}

// -----

// Different constants along the edges: the argument is not constant.
func.func @different_constants(%c: i1) -> i32 {
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  cf.cond_br %c, ^bb1(%c1 : i32), ^bb1(%c2 : i32)
^bb1(%a: i32):
  return %a : i32
}

// -----

// A loop whose counter stays constant because the back edge is never taken.
func.func @loop_never_taken() -> i32 {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  cf.br ^bb1(%c0 : i32)
^bb1(%i: i32):
  %cond = arith.cmpi slt, %i, %c0 : i32
  cf.cond_br %cond, ^bb2, ^bb3
^bb2:
  %n = arith.addi %i, %c1 : i32
  cf.br ^bb1(%n : i32)
^bb3:
  return %i : i32
}

// -----

// A real loop: the counter is overdefined and nothing folds.
func.func @loop(%n: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  cf.br ^bb1(%c0 : i32)
^bb1(%i: i32):
  %cond = arith.cmpi slt, %i, %n : i32
  cf.cond_br %cond, ^bb2, ^bb3
^bb2:
  %next = arith.addi %i, %c1 : i32
  cf.br ^bb1(%next : i32)
^bb3:
  return %i : i32
}

// -----

// Constant arguments propagate into a private callee and its constant result back to the caller.
func.func private @callee(%x: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  %0 = arith.addi %x, %c1 : i32
  return %0 : i32
}
func.func @caller() -> i32 {
  %c5 = arith.constant 5 : i32
  %0 = func.call @callee(%c5) : (i32) -> i32
  return %0 : i32
}

// -----

// A public callee may have unknown callers: its arguments are not assumed constant.
func.func @public_callee(%x: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  %0 = arith.addi %x, %c1 : i32
  return %0 : i32
}
func.func @caller2() -> i32 {
  %c5 = arith.constant 5 : i32
  %0 = func.call @public_callee(%c5) : (i32) -> i32
  return %0 : i32
}

// -----

// A private callee called with different constants: its argument is overdefined.
func.func private @callee3(%x: i32) -> i32 {
  return %x : i32
}
func.func @caller3() -> (i32, i32) {
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %0 = func.call @callee3(%c1) : (i32) -> i32
  %1 = func.call @callee3(%c2) : (i32) -> i32
  return %0, %1 : i32, i32
}

// -----

// Comparisons and selects on propagated constants.
func.func @cmp_select(%x: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %cmp = arith.cmpi slt, %c1, %c2 : i32
  %0 = arith.select %cmp, %c1, %x : i32
  return %0 : i32
}

// -----

// An unreachable block is left alone (SCCP does not erase blocks).
func.func @unreachable(%x: i32) -> i32 {
  %f = arith.constant false
  cf.cond_br %f, ^bb1, ^bb2
^bb1:
  %0 = arith.addi %x, %x : i32
  return %0 : i32
^bb2:
  return %x : i32
}

// -----

// cf.switch on a constant flag takes one case.
func.func @switch_constant(%x: i32) -> i32 {
  %flag = arith.constant 1 : i32
  %c10 = arith.constant 10 : i32
  %c20 = arith.constant 20 : i32
  cf.switch %flag : i32, [
    default: ^bb1(%x : i32),
    0: ^bb1(%c10 : i32),
    1: ^bb1(%c20 : i32)
  ]
^bb1(%a: i32):
  return %a : i32
}

// -----

// scf.if on a constant condition: only the taken region contributes to the result.
func.func @scf_if_constant(%x: i32) -> i32 {
  %t = arith.constant true
  %c1 = arith.constant 1 : i32
  %r = scf.if %t -> (i32) {
    scf.yield %c1 : i32
  } else {
    scf.yield %x : i32
  }
  return %r : i32
}

// -----

// scf.if yielding the same constant from both regions has a constant result.
func.func @scf_if_same(%c: i1) -> i32 {
  %r = scf.if %c -> (i32) {
    %a = arith.constant 7 : i32
    scf.yield %a : i32
  } else {
    %b = arith.constant 7 : i32
    scf.yield %b : i32
  }
  return %r : i32
}

// -----

// scf.for whose iter_arg stays constant through the body.
func.func @scf_for_constant_iter(%lb: index, %ub: index, %step: index) -> i32 {
  %c5 = arith.constant 5 : i32
  %r = scf.for %i = %lb to %ub step %step iter_args(%acc = %c5) -> (i32) {
    %z = arith.constant 0 : i32
    %s = arith.addi %acc, %z : i32
    scf.yield %s : i32
  }
  return %r : i32
}

// -----

// scf.for accumulating: the iter_arg is overdefined.
func.func @scf_for_accumulate(%lb: index, %ub: index, %step: index) -> i32 {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %r = scf.for %i = %lb to %ub step %step iter_args(%acc = %c0) -> (i32) {
    %s = arith.addi %acc, %c1 : i32
    scf.yield %s : i32
  }
  return %r : i32
}

// -----

// Results of calls to external functions are unknown; arithmetic on them is not folded.
func.func private @ext() -> i32
func.func @external_call() -> i32 {
  %0 = func.call @ext() : () -> i32
  %c1 = arith.constant 1 : i32
  %1 = arith.addi %0, %c1 : i32
  return %1 : i32
}

// -----

// Folds that need only one constant operand (x * 0) still need the other operand to be known in SCCP.
func.func @mul_zero(%x: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %0 = arith.muli %x, %c0 : i32
  return %0 : i32
}

// -----

// A switch on an unknown flag: the merged argument is overdefined.
func.func @switch_unknown(%flag: i32) -> i32 {
  %c10 = arith.constant 10 : i32
  %c20 = arith.constant 20 : i32
  cf.switch %flag : i32, [
    default: ^bb1(%c10 : i32),
    0: ^bb1(%c20 : i32)
  ]
^bb1(%a: i32):
  return %a : i32
}

// -----

// scf.while whose condition is false on entry: the result is the initial value.
func.func @while_false_entry() -> i32 {
  %c3 = arith.constant 3 : i32
  %c0 = arith.constant 0 : i32
  %r = scf.while (%i = %c3) : (i32) -> i32 {
    %cond = arith.cmpi slt, %i, %c0 : i32
    scf.condition(%cond) %i : i32
  } do {
  ^bb0(%j: i32):
    %c1 = arith.constant 1 : i32
    %n = arith.addi %j, %c1 : i32
    scf.yield %n : i32
  }
  return %r : i32
}

// -----

// Float constants propagate and fold, including math ops.
func.func @floats() -> f32 {
  %a = arith.constant 2.0 : f32
  %b = arith.constant 0.5 : f32
  %0 = arith.mulf %a, %b : f32
  %1 = math.sqrt %0 : f32
  return %1 : f32
}
