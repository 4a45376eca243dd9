// Identical pure ops in one block are merged.
func.func @simple(%a: i32, %b: i32) -> (i32, i32) {
  %0 = arith.addi %a, %b : i32
  %1 = arith.addi %a, %b : i32
  return %0, %1 : i32, i32
}

// -----

// Identical constants are merged.
func.func @constants() -> (i32, i32, f32, f32) {
  %0 = arith.constant 1 : i32
  %1 = arith.constant 1 : i32
  %2 = arith.constant 1.0 : f32
  %3 = arith.constant 1.0 : f32
  return %0, %1, %2, %3 : i32, i32, f32, f32
}

// -----

// Ops differing in an attribute (predicate, fastmath) or in operand order are not merged.
func.func @different(%a: i32, %b: i32, %x: f32) -> (i1, i1, i32, i32, f32, f32) {
  %0 = arith.cmpi slt, %a, %b : i32
  %1 = arith.cmpi sle, %a, %b : i32
  %2 = arith.subi %a, %b : i32
  %3 = arith.subi %b, %a : i32
  %4 = arith.addf %x, %x : f32
  %5 = arith.addf %x, %x fastmath<fast> : f32
  return %0, %1, %2, %3, %4, %5 : i1, i1, i32, i32, f32, f32
}

// -----

// Chains of equal computations are merged transitively.
func.func @chains(%a: i32) -> (i32, i32) {
  %0 = arith.muli %a, %a : i32
  %1 = arith.addi %0, %a : i32
  %2 = arith.muli %a, %a : i32
  %3 = arith.addi %2, %a : i32
  return %1, %3 : i32, i32
}

// -----

// An op in a dominated block reuses the dominating block's op.
func.func @dominated(%a: i32, %c: i1) -> i32 {
  %0 = arith.addi %a, %a : i32
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %1 = arith.addi %a, %a : i32
  return %1 : i32
^bb2:
  return %0 : i32
}

// -----

// Ops in sibling blocks (neither dominates the other) are not merged.
func.func @siblings(%a: i32, %c: i1) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %0 = arith.addi %a, %a : i32
  cf.br ^bb3(%0 : i32)
^bb2:
  %1 = arith.addi %a, %a : i32
  cf.br ^bb3(%1 : i32)
^bb3(%r: i32):
  return %r : i32
}

// -----

// Side-effecting calls are not merged, pure ops around them are.
func.func private @effect(i32) -> i32
func.func @calls(%a: i32) -> (i32, i32, i32, i32) {
  %0 = func.call @effect(%a) : (i32) -> i32
  %1 = func.call @effect(%a) : (i32) -> i32
  %2 = arith.addi %a, %a : i32
  %3 = arith.addi %a, %a : i32
  return %0, %1, %2, %3 : i32, i32, i32, i32
}

// -----

// Ops of different result types are not merged.
func.func @types(%a: i8) -> (i16, i32) {
  %0 = arith.extsi %a : i8 to i16
  %1 = arith.extsi %a : i8 to i32
  return %0, %1 : i16, i32
}

// -----

// CSE runs in every function separately.
func.func @f1(%a: i32) -> i32 {
  %0 = arith.addi %a, %a : i32
  %1 = arith.addi %a, %a : i32
  %2 = arith.muli %0, %1 : i32
  return %2 : i32
}
func.func @f2(%a: i32) -> i32 {
  %0 = arith.addi %a, %a : i32
  return %0 : i32
}

// -----

// Dead ops are left alone by CSE (it only merges).
func.func @dead(%a: i32) {
  %0 = arith.addi %a, %a : i32
  %1 = arith.addi %a, %a : i32
  return
}

// -----

// An op inside a region reuses an equal op of the enclosing block (the region is dominated).
func.func @into_region(%a: i32, %c: i1) -> i32 {
  %0 = arith.muli %a, %a : i32
  %r = scf.if %c -> (i32) {
    %1 = arith.muli %a, %a : i32
    scf.yield %1 : i32
  } else {
    scf.yield %0 : i32
  }
  return %r : i32
}

// -----

// Equal ops in the two branches of an scf.if are not merged with each other.
func.func @sibling_regions(%a: i32, %c: i1) -> i32 {
  %r = scf.if %c -> (i32) {
    %0 = arith.addi %a, %a : i32
    scf.yield %0 : i32
  } else {
    %1 = arith.addi %a, %a : i32
    scf.yield %1 : i32
  }
  return %r : i32
}

// -----

// Equal scf.if ops with single-block regions and no effects are merged, regions compared.
func.func @equal_ifs(%a: i32, %b: i32, %c: i1) -> (i32, i32) {
  %0 = scf.if %c -> (i32) {
    scf.yield %a : i32
  } else {
    scf.yield %b : i32
  }
  %1 = scf.if %c -> (i32) {
    scf.yield %a : i32
  } else {
    scf.yield %b : i32
  }
  return %0, %1 : i32, i32
}

// -----

// Ops in a loop body reuse the enclosing function's ops; the loop body's own duplicates merge.
func.func @loop_body(%lb: index, %ub: index, %step: index, %a: i32) -> i32 {
  %0 = arith.addi %a, %a : i32
  %r = scf.for %i = %lb to %ub step %step iter_args(%acc = %a) -> (i32) {
    %1 = arith.addi %a, %a : i32
    %2 = arith.muli %acc, %1 : i32
    %3 = arith.muli %acc, %1 : i32
    %4 = arith.addi %2, %3 : i32
    scf.yield %4 : i32
  }
  %5 = arith.addi %r, %0 : i32
  return %5 : i32
}

// -----

// Constants in nested regions merge with the function's constants.
func.func @nested_constants(%c: i1) -> i32 {
  %one = arith.constant 1 : i32
  %r = scf.if %c -> (i32) {
    %one2 = arith.constant 1 : i32
    scf.yield %one2 : i32
  } else {
    scf.yield %one : i32
  }
  return %r : i32
}

// -----

// Commutative ops with swapped operands.
func.func @commutative(%a: i32, %b: i32) -> (i32, i32) {
  %0 = arith.addi %a, %b : i32
  %1 = arith.addi %b, %a : i32
  return %0, %1 : i32, i32
}

// -----

// math ops are pure and merged; their fastmath flags must agree.
func.func @math_ops(%x: f32) -> (f32, f32, f32) {
  %0 = math.exp %x : f32
  %1 = math.exp %x : f32
  %2 = math.exp %x fastmath<afn> : f32
  return %0, %1, %2 : f32, f32, f32
}

// -----

// An op after a loop reuses an equal op before it; ops inside the loop using the iteration variable do not merge out.
func.func @after_loop(%lb: index, %ub: index, %step: index, %a: index) -> (index, index) {
  %0 = arith.muli %a, %a : index
  %r = scf.for %i = %lb to %ub step %step iter_args(%acc = %a) -> (index) {
    %1 = arith.muli %i, %i : index
    %2 = arith.addi %acc, %1 : index
    scf.yield %2 : index
  }
  %3 = arith.muli %a, %a : index
  return %0, %3 : index, index
}

// -----

// cf.assert has effects: two equal asserts both stay.
func.func @asserts(%c: i1) {
  cf.assert %c, "first"
  cf.assert %c, "first"
  return
}

// -----

// Duplicates in a later block dominated through a chain of branches are merged.
func.func @chain_of_blocks(%a: i32) -> i32 {
  %0 = arith.muli %a, %a : i32
  cf.br ^bb1
^bb1:
  %1 = arith.muli %a, %a : i32
  cf.br ^bb2
^bb2:
  %2 = arith.muli %a, %a : i32
  %3 = arith.addi %1, %2 : i32
  %4 = arith.addi %3, %0 : i32
  return %4 : i32
}

// -----

// Equal ops on block arguments of a loop header are merged within the header only.
func.func @loop_header(%n: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  cf.br ^bb1(%c0 : i32)
^bb1(%i: i32):
  %0 = arith.cmpi slt, %i, %n : i32
  %1 = arith.cmpi slt, %i, %n : i32
  %2 = arith.andi %0, %1 : i1
  cf.cond_br %2, ^bb2, ^bb3
^bb2:
  %c1 = arith.constant 1 : i32
  %next = arith.addi %i, %c1 : i32
  cf.br ^bb1(%next : i32)
^bb3:
  return %i : i32
}
