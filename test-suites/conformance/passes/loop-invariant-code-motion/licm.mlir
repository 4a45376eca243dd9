// Pure ops on loop-invariant operands are hoisted out of scf.for.
func.func private @use(i32)
func.func @hoist_pure(%lb: index, %ub: index, %step: index, %a: i32, %b: i32) {
  scf.for %i = %lb to %ub step %step {
    %0 = arith.addi %a, %b : i32
    %1 = arith.muli %0, %a : i32
    func.call @use(%1) : (i32) -> ()
  }
  return
}

// -----

// Ops depending on the induction variable stay in the loop; the invariant ones before them move.
func.func private @use(index)
func.func @depends_on_iv(%lb: index, %ub: index, %step: index, %a: index) {
  scf.for %i = %lb to %ub step %step {
    %0 = arith.addi %a, %a : index
    %1 = arith.addi %i, %0 : index
    func.call @use(%1) : (index) -> ()
  }
  return
}

// -----

// Constants in the body are hoisted.
func.func private @use(i32)
func.func @constants(%lb: index, %ub: index, %step: index) {
  scf.for %i = %lb to %ub step %step {
    %c = arith.constant 42 : i32
    func.call @use(%c) : (i32) -> ()
  }
  return
}

// -----

// Calls (unknown side effects) stay in the loop even with invariant operands, and so do their users.
func.func private @effect(i32) -> i32
func.func @side_effects(%lb: index, %ub: index, %step: index, %a: i32) {
  scf.for %i = %lb to %ub step %step {
    %0 = func.call @effect(%a) : (i32) -> i32
    %1 = arith.addi %0, %0 : i32
  }
  return
}

// -----

// Division by a value that may be zero is not hoisted; by a non-zero constant it is.
func.func private @use(i32)
func.func @division(%lb: index, %ub: index, %step: index, %a: i32, %b: i32) {
  scf.for %i = %lb to %ub step %step {
    %c3 = arith.constant 3 : i32
    %0 = arith.divsi %a, %b : i32
    %1 = arith.divui %a, %c3 : i32
    %2 = arith.addi %0, %1 : i32
    func.call @use(%2) : (i32) -> ()
  }
  return
}

// -----

// Nested loops: invariant ops move out of both loops, ops on the outer variable out of the inner one.
func.func private @use(i32)
func.func @nested(%lb: index, %ub: index, %step: index, %a: i32) {
  scf.for %i = %lb to %ub step %step {
    scf.for %j = %lb to %ub step %step {
      %0 = arith.muli %a, %a : i32
      %1 = arith.index_cast %i : index to i32
      %2 = arith.addi %0, %1 : i32
      func.call @use(%2) : (i32) -> ()
    }
  }
  return
}

// -----

// Loop-carried values: ops on iter_args stay, invariant ops move.
func.func @iter_args(%lb: index, %ub: index, %step: index, %a: f32) -> f32 {
  %init = arith.constant 0.0 : f32
  %r = scf.for %i = %lb to %ub step %step iter_args(%acc = %init) -> (f32) {
    %0 = arith.mulf %a, %a : f32
    %1 = arith.addf %acc, %0 : f32
    scf.yield %1 : f32
  }
  return %r : f32
}

// -----

// math ops are pure and hoisted.
func.func private @use(f32)
func.func @math(%lb: index, %ub: index, %step: index, %x: f32) {
  scf.for %i = %lb to %ub step %step {
    %0 = math.exp %x : f32
    %1 = math.sqrt %0 : f32
    func.call @use(%1) : (f32) -> ()
  }
  return
}

// -----

// scf.while: invariant ops of the before and after regions are hoisted.
func.func @while(%n: i32, %a: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %r = scf.while (%i = %c0) : (i32) -> i32 {
    %lim = arith.addi %n, %a : i32
    %cond = arith.cmpi slt, %i, %lim : i32
    scf.condition(%cond) %i : i32
  } do {
  ^bb0(%j: i32):
    %one = arith.constant 1 : i32
    %next = arith.addi %j, %one : i32
    scf.yield %next : i32
  }
  return %r : i32
}

// -----

// An scf.if inside a loop on invariant operands is pure and hoisted with its region.
func.func @if_in_loop(%lb: index, %ub: index, %step: index, %c: i1, %a: i32, %b: i32) -> i32 {
  %init = arith.constant 0 : i32
  %r = scf.for %i = %lb to %ub step %step iter_args(%acc = %init) -> (i32) {
    %v = scf.if %c -> (i32) {
      scf.yield %a : i32
    } else {
      scf.yield %b : i32
    }
    %s = arith.addi %acc, %v : i32
    scf.yield %s : i32
  }
  return %r : i32
}

// -----

// scf.parallel bodies: invariant ops are hoisted.
func.func private @use(i32)
func.func @parallel(%lb: index, %ub: index, %step: index, %a: i32) {
  scf.parallel (%i) = (%lb) to (%ub) step (%step) {
    %0 = arith.muli %a, %a : i32
    %1 = arith.index_cast %i : index to i32
    %2 = arith.addi %0, %1 : i32
    func.call @use(%2) : (i32) -> ()
    scf.reduce
  }
  return
}

// -----

// A loop inside an scf.if: the invariant op moves out of the loop but stays in the if.
func.func private @use(i32)
func.func @loop_in_if(%c: i1, %lb: index, %ub: index, %step: index, %a: i32) {
  scf.if %c {
    scf.for %i = %lb to %ub step %step {
      %0 = arith.muli %a, %a : i32
      func.call @use(%0) : (i32) -> ()
    }
  }
  return
}

// -----

// A loop whose body only has invariant pure ops and a yield: they are all hoisted.
func.func @all_invariant(%lb: index, %ub: index, %step: index, %a: f32) -> f32 {
  %r = scf.for %i = %lb to %ub step %step iter_args(%acc = %a) -> (f32) {
    %0 = arith.mulf %a, %a : f32
    scf.yield %0 : f32
  }
  return %r : f32
}

// -----

// An scf.if with a call in a region has effects: it stays in the loop.
func.func private @effect(i32)
func.func @if_with_effect(%lb: index, %ub: index, %step: index, %c: i1, %a: i32) {
  scf.for %i = %lb to %ub step %step {
    scf.if %c {
      func.call @effect(%a) : (i32) -> ()
    }
  }
  return
}

// -----

// Float division may not trap: it is hoisted even with a non-constant divisor.
func.func private @use(f32)
func.func @divf(%lb: index, %ub: index, %step: index, %a: f32, %b: f32) {
  scf.for %i = %lb to %ub step %step {
    %0 = arith.divf %a, %b : f32
    func.call @use(%0) : (f32) -> ()
  }
  return
}

// -----

// Shifts by a non-constant amount and ceil/floor divisions by a constant.
// DIFF: MLIR 19's shifts are Pure (an out-of-range amount gives poison) and are hoisted; ours are
// only conditionally speculatable, because our interpreter reports an out-of-range shift as an
// error, so a shift hoisted out of a loop that runs zero times could fail where the program did not.
func.func private @use(i32)
func.func @shift_and_ceildiv(%lb: index, %ub: index, %step: index, %a: i32, %s: i32) {
  scf.for %i = %lb to %ub step %step {
    %c4 = arith.constant 4 : i32
    %0 = arith.shli %a, %s : i32
    %1 = arith.ceildivsi %a, %c4 : i32
    %2 = arith.addi %0, %1 : i32
    func.call @use(%2) : (i32) -> ()
  }
  return
}
