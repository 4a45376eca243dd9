// x + y * -1 and y * -1 + x become subtractions.
func.func @add_mul_minus_one(%x: i32, %y: i32) -> (i32, i32) {
  %m = arith.constant -1 : i32
  %0 = arith.muli %y, %m : i32
  %1 = arith.addi %x, %0 : i32
  %2 = arith.addi %0, %x : i32
  return %1, %2 : i32, i32
}

// -----

// Constant reassociation keeps only the overflow flags both ops had.
func.func @overflow_flags(%x: i32) -> (i32, i32) {
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %0 = arith.addi %x, %c1 overflow<nsw, nuw> : i32
  %1 = arith.addi %0, %c2 overflow<nsw> : i32
  %2 = arith.muli %x, %c2 overflow<nuw> : i32
  %3 = arith.muli %2, %c2 overflow<nuw> : i32
  return %1, %3 : i32, i32
}

// -----

// More constant reassociations: c1 - (x + c0), c1 - (x - c0), c1 - (c0 - x), (c0 - x) - c1.
func.func @sub_chains(%x: i32) -> (i32, i32, i32, i32) {
  %c3 = arith.constant 3 : i32
  %c10 = arith.constant 10 : i32
  %a = arith.addi %x, %c3 : i32
  %0 = arith.subi %c10, %a : i32
  %s = arith.subi %x, %c3 : i32
  %1 = arith.subi %c10, %s : i32
  %t = arith.subi %c3, %x : i32
  %2 = arith.subi %c10, %t : i32
  %3 = arith.subi %t, %c10 : i32
  return %0, %1, %2, %3 : i32, i32, i32, i32
}

// -----

// Extended ops whose high/overflow result is unused become plain ops.
func.func @extended_unused(%x: i32, %y: i32) -> (i32, i32, i32) {
  %0, %o = arith.addui_extended %x, %y : i32, i1
  %1, %h = arith.mulsi_extended %x, %y : i32
  %2, %h2 = arith.mului_extended %x, %y : i32
  return %0, %1, %2 : i32, i32, i32
}

// -----

// mulsi_extended by one: the high part is the sign of x.
func.func @mulsi_extended_one(%x: i32) -> (i32, i32) {
  %one = arith.constant 1 : i32
  %lo, %hi = arith.mulsi_extended %x, %one : i32
  return %lo, %hi : i32, i32
}

// -----

// Bitwise ops of two equal extensions become one extension of the bitwise op.
func.func @bitwise_of_ext(%a: i8, %b: i8) -> (i32, i32, i32, i32) {
  %ea = arith.extui %a : i8 to i32
  %eb = arith.extui %b : i8 to i32
  %0 = arith.andi %ea, %eb : i32
  %1 = arith.ori %ea, %eb : i32
  %2 = arith.xori %ea, %eb : i32
  %sa = arith.extsi %a : i8 to i32
  %sb = arith.extsi %b : i8 to i32
  %3 = arith.andi %sa, %sb : i32
  return %0, %1, %2, %3 : i32, i32, i32, i32
}

// -----

// Equality of two equal extensions compares the narrow values; ordering predicates stay.
func.func @cmp_of_ext(%a: i8, %b: i8) -> (i1, i1, i1) {
  %sa = arith.extsi %a : i8 to i32
  %sb = arith.extsi %b : i8 to i32
  %0 = arith.cmpi eq, %sa, %sb : i32
  %ua = arith.extui %a : i8 to i32
  %ub = arith.extui %b : i8 to i32
  %1 = arith.cmpi ne, %ua, %ub : i32
  %2 = arith.cmpi slt, %sa, %sb : i32
  return %0, %1, %2 : i1, i1, i1
}

// -----

// index_cast of an extension casts the narrow value; extsi of extui is an extui.
func.func @index_cast_of_ext(%a: i8) -> (index, index, i64) {
  %s = arith.extsi %a : i8 to i32
  %0 = arith.index_cast %s : i32 to index
  %u = arith.extui %a : i8 to i32
  %1 = arith.index_castui %u : i32 to index
  %2 = arith.extsi %u : i32 to i64
  return %0, %1, %2 : index, index, i64
}

// -----

// trunci of an extension to a width in between is a narrower extension.
func.func @trunc_of_ext(%a: i8) -> (i16, i16) {
  %s = arith.extsi %a : i8 to i64
  %0 = arith.trunci %s : i64 to i16
  %u = arith.extui %a : i8 to i64
  %1 = arith.trunci %u : i64 to i16
  return %0, %1 : i16, i16
}

// -----

// (a - b) - a is 0 - b.
func.func @sub_sub_lhs(%a: i32, %b: i32) -> i32 {
  %0 = arith.subi %a, %b : i32
  %1 = arith.subi %0, %a : i32
  return %1 : i32
}

// -----

// Double negation of an i1 through xori with true.
func.func @not_not(%c: i1) -> i1 {
  %t = arith.constant true
  %0 = arith.xori %c, %t : i1
  %1 = arith.xori %0, %t : i1
  return %1 : i1
}

// -----

// Canonicalization reaches ops in nested regions of func bodies and in several functions.
func.func @a(%x: i32) -> i32 {
  %z = arith.constant 0 : i32
  %0 = arith.addi %x, %z : i32
  return %0 : i32
}
func.func @b(%x: i32) -> i32 {
  %one = arith.constant 1 : i32
  %0 = arith.muli %one, %x : i32
  return %0 : i32
}

// -----

// A function whose constants are partly unused: the unused ones are erased.
func.func @unused_constants() -> i32 {
  %a = arith.constant 1 : i32
  %b = arith.constant 2 : i32
  %c = arith.constant 3 : i32
  return %b : i32
}

// -----

// Splat vector comparisons of a value with itself fold to splat constants.
func.func @vector_cmp_same(%x: vector<4xi32>) -> (vector<4xi1>, vector<4xi1>) {
  %0 = arith.cmpi eq, %x, %x : vector<4xi32>
  %1 = arith.cmpi slt, %x, %x : vector<4xi32>
  return %0, %1 : vector<4xi1>, vector<4xi1>
}

// -----

// Vector select with a splat condition constant.
func.func @vector_select(%a: vector<4xf32>, %b: vector<4xf32>) -> vector<4xf32> {
  %t = arith.constant dense<true> : vector<4xi1>
  %0 = arith.select %t, %a, %b : vector<4xi1>, vector<4xf32>
  return %0 : vector<4xf32>
}

// -----

// func.call results and returns are untouched; calls are not folded away.
func.func private @g(i32) -> i32
func.func @calls(%x: i32) -> i32 {
  %0 = func.call @g(%x) : (i32) -> i32
  %z = arith.constant 0 : i32
  %1 = arith.addi %0, %z : i32
  return %1 : i32
}
