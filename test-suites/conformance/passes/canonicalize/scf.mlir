// scf.if on a constant condition is replaced by the taken region's body.
func.func @if_constant(%a: i32, %b: i32) -> (i32, i32) {
  %t = arith.constant true
  %f = arith.constant false
  %0 = scf.if %t -> (i32) {
    %s = arith.addi %a, %b : i32
    scf.yield %s : i32
  } else {
    scf.yield %b : i32
  }
  %1 = scf.if %f -> (i32) {
    scf.yield %a : i32
  } else {
    %m = arith.muli %a, %b : i32
    scf.yield %m : i32
  }
  return %0, %1 : i32, i32
}

// -----

// scf.if yielding its operands directly becomes an arith.select; an i1 true/false yield becomes the condition.
func.func @if_to_select(%c: i1, %a: i32, %b: i32) -> (i32, i1) {
  %t = arith.constant true
  %f = arith.constant false
  %0, %1 = scf.if %c -> (i32, i1) {
    scf.yield %a, %t : i32, i1
  } else {
    scf.yield %b, %f : i32, i1
  }
  return %0, %1 : i32, i1
}

// -----

// Results of scf.if that are unused are dropped, and yields of the same value on both sides forwarded.
func.func private @use(i32)
func.func @if_unused_results(%c: i1, %a: i32, %b: i32) -> i32 {
  %0, %1 = scf.if %c -> (i32, i32) {
    func.call @use(%a) : (i32) -> ()
    scf.yield %a, %a : i32, i32
  } else {
    func.call @use(%b) : (i32) -> ()
    scf.yield %b, %a : i32, i32
  }
  return %1 : i32
}

// -----

// An scf.if with an empty then region and no results is erased; an empty else region is dropped.
func.func private @use(i32)
func.func @if_empty(%c: i1, %a: i32) {
  scf.if %c {
  }
  scf.if %c {
    func.call @use(%a) : (i32) -> ()
  } else {
  }
  return
}

// -----

// An scf.if with a negated condition swaps its regions.
func.func private @use(i32)
func.func @if_not(%c: i1, %a: i32, %b: i32) {
  %t = arith.constant true
  %n = arith.xori %c, %t : i1
  scf.if %n {
    func.call @use(%a) : (i32) -> ()
  } else {
    func.call @use(%b) : (i32) -> ()
  }
  return
}

// -----

// scf.for with zero iterations is replaced by its initial values.
func.func @for_zero_trip(%init: i32) -> i32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c1 to %c0 step %c1 iter_args(%acc = %init) -> (i32) {
    %s = arith.addi %acc, %acc : i32
    scf.yield %s : i32
  }
  return %r : i32
}

// -----

// scf.for with exactly one iteration is inlined with the lower bound as induction variable.
func.func @for_one_trip(%init: index) -> index {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c0 to %c1 step %c1 iter_args(%acc = %init) -> (index) {
    %s = arith.addi %acc, %i : index
    scf.yield %s : index
  }
  return %r : index
}

// -----

// Loop-carried values that are yielded unchanged are forwarded from the initial values.
func.func @for_invariant_iter_arg(%lb: index, %ub: index, %step: index, %a: i32, %b: i32) -> (i32, i32) {
  %r:2 = scf.for %i = %lb to %ub step %step iter_args(%x = %a, %y = %b) -> (i32, i32) {
    %s = arith.addi %y, %x : i32
    scf.yield %x, %s : i32, i32
  }
  return %r#0, %r#1 : i32, i32
}

// -----

// An scf.for without results and with an empty body is erased.
func.func @for_empty(%lb: index, %ub: index, %step: index) {
  scf.for %i = %lb to %ub step %step {
  }
  return
}

// -----

// Folds in loop bodies and nested regions.
func.func @folds_in_regions(%lb: index, %ub: index, %step: index, %a: i32) -> i32 {
  %r = scf.for %i = %lb to %ub step %step iter_args(%acc = %a) -> (i32) {
    %z = arith.constant 0 : i32
    %s = arith.addi %acc, %z : i32
    scf.yield %s : i32
  }
  return %r : i32
}

// -----

// scf.while whose before region forwards its arguments unchanged.
func.func @while_loop(%n: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %r = scf.while (%i = %c0) : (i32) -> i32 {
    %cond = arith.cmpi slt, %i, %n : i32
    scf.condition(%cond) %i : i32
  } do {
  ^bb0(%j: i32):
    %next = arith.addi %j, %c1 : i32
    scf.yield %next : i32
  }
  return %r : i32
}

// -----

// scf.while with a constant false condition does not iterate.
func.func @while_false(%a: i32) -> i32 {
  %f = arith.constant false
  %r = scf.while (%i = %a) : (i32) -> i32 {
    scf.condition(%f) %i : i32
  } do {
  ^bb0(%j: i32):
    scf.yield %j : i32
  }
  return %r : i32
}

// -----

// scf.execute_region with a single block is inlined.
func.func @execute_region(%a: i32) -> i32 {
  %r = scf.execute_region -> i32 {
    %s = arith.addi %a, %a : i32
    scf.yield %s : i32
  }
  return %r : i32
}

// -----

// Nested scf.if on the same condition: the inner one folds to its then region.
func.func @nested_if(%c: i1, %a: i32, %b: i32) -> i32 {
  %0 = scf.if %c -> (i32) {
    %1 = scf.if %c -> (i32) {
      scf.yield %a : i32
    } else {
      scf.yield %b : i32
    }
    scf.yield %1 : i32
  } else {
    scf.yield %b : i32
  }
  return %0 : i32
}

// -----

// scf.parallel with a reduction and constant bounds.
func.func @parallel(%a: f32) -> f32 {
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  %c1 = arith.constant 1 : index
  %init = arith.constant 0.0 : f32
  %r = scf.parallel (%i) = (%c0) to (%c4) step (%c1) init (%init) -> f32 {
    scf.reduce(%a : f32) {
    ^bb0(%x: f32, %y: f32):
      %s = arith.addf %x, %y : f32
      scf.reduce.return %s : f32
    }
  }
  return %r : f32
}
