// cf.cond_br on a constant condition becomes a cf.br; the dead block is erased.
func.func @cond_br_constant(%x: i32, %y: i32) -> i32 {
  %t = arith.constant true
  cf.cond_br %t, ^bb1(%x : i32), ^bb2(%y : i32)
^bb1(%a: i32):
  return %a : i32
^bb2(%b: i32):
  return %b : i32
}

// -----

// cf.cond_br with the same destination and arguments on both edges becomes a cf.br.
func.func @cond_br_same_dest(%c: i1, %x: i32) -> i32 {
  cf.cond_br %c, ^bb1(%x : i32), ^bb1(%x : i32)
^bb1(%a: i32):
  return %a : i32
}

// -----

// A block with a single predecessor through cf.br is merged into it.
func.func @merge_blocks(%x: i32) -> i32 {
  %0 = arith.addi %x, %x : i32
  cf.br ^bb1(%0 : i32)
^bb1(%a: i32):
  %1 = arith.muli %a, %a : i32
  cf.br ^bb2
^bb2:
  return %1 : i32
}

// -----

// A cf.br to a block that only branches on is forwarded.
func.func @forward_branch(%c: i1, %x: i32, %y: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  cf.br ^bb3(%x : i32)
^bb2:
  cf.br ^bb3(%y : i32)
^bb3(%a: i32):
  return %a : i32
}

// -----

// Unreachable blocks are erased.
func.func @unreachable(%x: i32) -> i32 {
  return %x : i32
^bb1:
  %0 = arith.addi %x, %x : i32
  cf.br ^bb2
^bb2:
  return %0 : i32
}

// -----

// Identical blocks are merged, and their block argument becomes a select-free merge.
func.func @identical_blocks(%c: i1, %x: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  return %x : i32
^bb2:
  return %x : i32
}

// -----

// A block argument receiving the same value on every edge is replaced by that value.
func.func @same_argument(%c: i1, %x: i32) -> i32 {
  cf.cond_br %c, ^bb1(%x : i32), ^bb2
^bb2:
  cf.br ^bb1(%x : i32)
^bb1(%a: i32):
  %0 = arith.addi %a, %a : i32
  return %0 : i32
}

// -----

// cf.cond_br on a negated condition swaps its destinations.
func.func private @f()
func.func private @g()
func.func @cond_br_not(%c: i1) {
  %t = arith.constant true
  %n = arith.xori %c, %t : i1
  cf.cond_br %n, ^bb1, ^bb2
^bb1:
  func.call @f() : () -> ()
  return
^bb2:
  func.call @g() : () -> ()
  return
}

// -----

// cf.switch on a constant flag becomes a cf.br to the matching case.
func.func @switch_constant(%x: i32, %y: i32) -> i32 {
  %flag = arith.constant 2 : i32
  cf.switch %flag : i32, [
    default: ^bb1(%x : i32),
    2: ^bb1(%y : i32)
  ]
^bb1(%a: i32):
  return %a : i32
}

// -----

// cf.switch with only a default becomes a cf.br.
func.func @switch_default_only(%flag: i32, %x: i32) -> i32 {
  cf.switch %flag : i32, [
    default: ^bb1(%x : i32)
  ]
^bb1(%a: i32):
  return %a : i32
}

// -----

// cf.assert of a constant true is erased.
func.func @assert_true(%x: i32) -> i32 {
  %t = arith.constant true
  cf.assert %t, "never fails"
  return %x : i32
}

// -----

// A loop in cf form keeps its structure; constants stay in the entry block.
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

// Two blocks that differ only in an operand are merged, the operand becoming a block argument.
func.func @merge_with_argument(%c: i1, %x: i32, %y: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %0 = arith.addi %x, %x : i32
  return %0 : i32
^bb2:
  %1 = arith.addi %y, %y : i32
  return %1 : i32
}

// -----

// cf.cond_br to one block with different arguments becomes a cf.br with an arith.select.
func.func @cond_br_select(%c: i1, %x: i32, %y: i32) -> i32 {
  cf.cond_br %c, ^bb1(%x : i32), ^bb1(%y : i32)
^bb1(%a: i32):
  return %a : i32
}

// -----

// An unused block argument is erased from its block and from the branches into it.
func.func @unused_block_argument(%c: i1, %x: i32, %y: i32) -> i32 {
  cf.cond_br %c, ^bb1(%x : i32), ^bb2
^bb2:
  cf.br ^bb1(%y : i32)
^bb1(%a: i32):
  return %x : i32
}

// -----

// A conditional branch whose successor's condition is implied by the first one is threaded.
func.func private @f(i32)
func.func @cond_br_same_condition(%c: i1, %x: i32, %y: i32) {
  cf.cond_br %c, ^bb1, ^bb3
^bb1:
  cf.cond_br %c, ^bb2, ^bb3
^bb2:
  func.call @f(%x) : (i32) -> ()
  return
^bb3:
  func.call @f(%y) : (i32) -> ()
  return
}
