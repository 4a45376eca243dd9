// A single-block callee is inlined; the private callee, now unreferenced, is erased.
func.func private @add(%a: i32, %b: i32) -> i32 {
  %0 = arith.addi %a, %b : i32
  return %0 : i32
}
func.func @caller(%x: i32) -> i32 {
  %0 = func.call @add(%x, %x) : (i32, i32) -> i32
  return %0 : i32
}

// -----

// Inlining is followed by canonicalization of the caller: constants fold through the inlined body.
func.func @mul(%a: i32, %b: i32) -> i32 {
  %0 = arith.muli %a, %b : i32
  return %0 : i32
}
func.func @caller(%x: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  %0 = func.call @mul(%x, %c1) : (i32, i32) -> i32
  return %0 : i32
}

// -----

// Nested calls are inlined transitively.
func.func @inner(%a: f32) -> f32 {
  %0 = arith.mulf %a, %a : f32
  return %0 : f32
}
func.func @middle(%a: f32) -> f32 {
  %0 = func.call @inner(%a) : (f32) -> f32
  %1 = arith.addf %0, %a : f32
  return %1 : f32
}
func.func @outer(%a: f32) -> f32 {
  %0 = func.call @middle(%a) : (f32) -> f32
  return %0 : f32
}

// -----

// A callee with several blocks is inlined: the caller's block is split and the returns become branches.
func.func @abs(%a: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %neg = arith.cmpi slt, %a, %c0 : i32
  cf.cond_br %neg, ^bb1, ^bb2
^bb1:
  %n = arith.subi %c0, %a : i32
  return %n : i32
^bb2:
  return %a : i32
}
func.func @caller(%x: i32) -> i32 {
  %0 = func.call @abs(%x) : (i32) -> i32
  %1 = arith.addi %0, %x : i32
  return %1 : i32
}

// -----

// A directly recursive function is not inlined into itself.
func.func @rec(%a: i32) -> i32 {
  %0 = func.call @rec(%a) : (i32) -> i32
  return %0 : i32
}

// -----

// Mutually recursive functions.
// DIFF: mlc-opt leaves calls inside a call-graph cycle alone; MLIR 19 inlines through the cycle,
// bounded only by its inline history (a callee is not inlined into code it produced) and the
// simplify-and-inline iterations, which unrolls @odd into @even several times.
func.func @even(%a: i32) -> i1 {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %z = arith.cmpi eq, %a, %c0 : i32
  cf.cond_br %z, ^bb1, ^bb2
^bb1:
  %t = arith.constant true
  return %t : i1
^bb2:
  %m = arith.subi %a, %c1 : i32
  %r = func.call @odd(%m) : (i32) -> i1
  return %r : i1
}
func.func @odd(%a: i32) -> i1 {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %z = arith.cmpi eq, %a, %c0 : i32
  cf.cond_br %z, ^bb1, ^bb2
^bb1:
  %f = arith.constant false
  return %f : i1
^bb2:
  %m = arith.subi %a, %c1 : i32
  %r = func.call @even(%m) : (i32) -> i1
  return %r : i1
}

// -----

// Calls to external declarations are not inlined.
func.func private @external(i32) -> i32
func.func @caller(%x: i32) -> i32 {
  %0 = func.call @external(%x) : (i32) -> i32
  return %0 : i32
}

// -----

// A callee without results used for its effects is inlined.
func.func private @sink(i32)
func.func @wrapper(%a: i32) {
  func.call @sink(%a) : (i32) -> ()
  return
}
func.func @caller(%x: i32) {
  func.call @wrapper(%x) : (i32) -> ()
  func.call @wrapper(%x) : (i32) -> ()
  return
}

// -----

// A callee with several results.
func.func @divmod(%a: i32, %b: i32) -> (i32, i32) {
  %q = arith.divui %a, %b : i32
  %r = arith.remui %a, %b : i32
  return %q, %r : i32, i32
}
func.func @caller(%x: i32, %y: i32) -> i32 {
  %q, %r = func.call @divmod(%x, %y) : (i32, i32) -> (i32, i32)
  %s = arith.addi %q, %r : i32
  return %s : i32
}

// -----

// A callee with structured control flow is inlined with its regions.
func.func @select_max(%a: i32, %b: i32) -> i32 {
  %c = arith.cmpi sgt, %a, %b : i32
  %r = scf.if %c -> (i32) {
    scf.yield %a : i32
  } else {
    scf.yield %b : i32
  }
  return %r : i32
}
func.func @caller(%x: i32, %y: i32) -> i32 {
  %0 = func.call @select_max(%x, %y) : (i32, i32) -> i32
  return %0 : i32
}

// -----

// A call inside a loop body is inlined there.
func.func private @step(%a: i32) -> i32 {
  %c2 = arith.constant 2 : i32
  %0 = arith.muli %a, %c2 : i32
  return %0 : i32
}
func.func @loop(%lb: index, %ub: index, %s: index, %init: i32) -> i32 {
  %r = scf.for %i = %lb to %ub step %s iter_args(%acc = %init) -> (i32) {
    %n = func.call @step(%acc) : (i32) -> i32
    scf.yield %n : i32
  }
  return %r : i32
}

// -----

// A multi-block callee cannot be inlined into a single-block region (scf.for's body).
func.func @abs(%a: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %neg = arith.cmpi slt, %a, %c0 : i32
  cf.cond_br %neg, ^bb1, ^bb2
^bb1:
  %n = arith.subi %c0, %a : i32
  return %n : i32
^bb2:
  return %a : i32
}
func.func @loop(%lb: index, %ub: index, %s: index, %init: i32) -> i32 {
  %r = scf.for %i = %lb to %ub step %s iter_args(%acc = %init) -> (i32) {
    %n = func.call @abs(%acc) : (i32) -> i32
    scf.yield %n : i32
  }
  return %r : i32
}

// -----

// A private callee called twice is inlined at both sites and then erased.
func.func private @sq(%a: i32) -> i32 {
  %0 = arith.muli %a, %a : i32
  return %0 : i32
}
func.func @caller(%x: i32, %y: i32) -> i32 {
  %0 = func.call @sq(%x) : (i32) -> i32
  %1 = func.call @sq(%y) : (i32) -> i32
  %2 = arith.addi %0, %1 : i32
  return %2 : i32
}

// -----

// A private callee also referenced from an attribute is inlined but kept.
func.func private @id(%a: i32) -> i32 {
  return %a : i32
}
func.func @caller(%x: i32) -> i32 attributes {keep = @id} {
  %0 = func.call @id(%x) : (i32) -> i32
  return %0 : i32
}

// -----

// Inlining with math and constants in the callee; the caller's simplification folds them.
func.func private @norm(%a: f32) -> f32 {
  %one = arith.constant 1.0 : f32
  %0 = arith.mulf %a, %one : f32
  %1 = math.absf %0 : f32
  return %1 : f32
}
func.func @caller(%x: f32) -> f32 {
  %0 = func.call @norm(%x) : (f32) -> f32
  return %0 : f32
}
