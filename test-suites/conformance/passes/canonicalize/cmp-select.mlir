// cmpi of two constants folds for every predicate.
func.func @cmpi_constants() -> (i1, i1, i1, i1, i1, i1, i1, i1, i1, i1) {
  %a = arith.constant -1 : i32
  %b = arith.constant 1 : i32
  %0 = arith.cmpi eq, %a, %b : i32
  %1 = arith.cmpi ne, %a, %b : i32
  %2 = arith.cmpi slt, %a, %b : i32
  %3 = arith.cmpi sle, %a, %b : i32
  %4 = arith.cmpi sgt, %a, %b : i32
  %5 = arith.cmpi sge, %a, %b : i32
  %6 = arith.cmpi ult, %a, %b : i32
  %7 = arith.cmpi ule, %a, %b : i32
  %8 = arith.cmpi ugt, %a, %b : i32
  %9 = arith.cmpi uge, %a, %b : i32
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9 : i1, i1, i1, i1, i1, i1, i1, i1, i1, i1
}

// -----

// cmpi of a value with itself folds for every predicate.
func.func @cmpi_same(%x: i32) -> (i1, i1, i1, i1, i1, i1) {
  %0 = arith.cmpi eq, %x, %x : i32
  %1 = arith.cmpi ne, %x, %x : i32
  %2 = arith.cmpi slt, %x, %x : i32
  %3 = arith.cmpi sge, %x, %x : i32
  %4 = arith.cmpi ult, %x, %x : i32
  %5 = arith.cmpi ule, %x, %x : i32
  return %0, %1, %2, %3, %4, %5 : i1, i1, i1, i1, i1, i1
}

// -----

// A constant on the left of cmpi moves to the right with the swapped predicate.
func.func @cmpi_constant_lhs(%x: i32) -> (i1, i1) {
  %c = arith.constant 5 : i32
  %0 = arith.cmpi slt, %c, %x : i32
  %1 = arith.cmpi uge, %c, %x : i32
  return %0, %1 : i1, i1
}

// -----

// cmpi of an i1 with constants: x == true is x, x != false is x, x == false is not x.
func.func @cmpi_i1(%x: i1) -> (i1, i1, i1) {
  %t = arith.constant true
  %f = arith.constant false
  %0 = arith.cmpi eq, %x, %t : i1
  %1 = arith.cmpi ne, %x, %f : i1
  %2 = arith.cmpi eq, %x, %f : i1
  return %0, %1, %2 : i1, i1, i1
}

// -----

// Unsigned comparisons against the extremes fold.
func.func @cmpi_unsigned_extremes(%x: i32) -> (i1, i1) {
  %z = arith.constant 0 : i32
  %0 = arith.cmpi ult, %x, %z : i32
  %1 = arith.cmpi uge, %x, %z : i32
  return %0, %1 : i1, i1
}

// -----

// cmpf of constants, including NaN (ordered predicates false, unordered true).
func.func @cmpf_constants() -> (i1, i1, i1, i1, i1, i1) {
  %a = arith.constant 1.0 : f32
  %b = arith.constant 2.0 : f32
  %n = arith.constant 0x7FC00000 : f32
  %0 = arith.cmpf olt, %a, %b : f32
  %1 = arith.cmpf oeq, %a, %b : f32
  %2 = arith.cmpf one, %a, %n : f32
  %3 = arith.cmpf une, %a, %n : f32
  %4 = arith.cmpf uno, %a, %n : f32
  %5 = arith.cmpf ord, %a, %b : f32
  return %0, %1, %2, %3, %4, %5 : i1, i1, i1, i1, i1, i1
}

// -----

// cmpf true and false predicates fold regardless of the operands.
func.func @cmpf_trivial(%x: f32, %y: f32) -> (i1, i1) {
  %0 = arith.cmpf true, %x, %y : f32
  %1 = arith.cmpf false, %x, %y : f32
  return %0, %1 : i1, i1
}

// -----

// select with a constant condition picks one side; equal sides fold.
func.func @select_constant_condition(%a: i32, %b: i32) -> (i32, i32, i32) {
  %t = arith.constant true
  %f = arith.constant false
  %0 = arith.select %t, %a, %b : i32
  %1 = arith.select %f, %a, %b : i32
  %c = arith.cmpi slt, %a, %b : i32
  %2 = arith.select %c, %a, %a : i32
  return %0, %1, %2 : i32, i32, i32
}

// -----

// select of i1 true/false constants is the condition, or its negation.
func.func @select_i1(%c: i1) -> (i1, i1) {
  %t = arith.constant true
  %f = arith.constant false
  %0 = arith.select %c, %t, %f : i1
  %1 = arith.select %c, %f, %t : i1
  return %0, %1 : i1, i1
}

// -----

// select(c, x, y) on i1 values becomes logic ops.
func.func @select_i1_logic(%c: i1, %x: i1, %y: i1) -> i1 {
  %0 = arith.select %c, %x, %y : i1
  return %0 : i1
}

// -----

// select whose condition is a cmpi eq/ne between its two arms.
func.func @select_cmp_arms(%a: i32, %b: i32) -> (i32, i32) {
  %0 = arith.cmpi eq, %a, %b : i32
  %1 = arith.select %0, %a, %b : i32
  %2 = arith.cmpi ne, %a, %b : i32
  %3 = arith.select %2, %a, %b : i32
  return %1, %3 : i32, i32
}

// -----

// Nested selects on the same condition.
func.func @select_nested(%c: i1, %a: i32, %b: i32, %d: i32) -> (i32, i32) {
  %0 = arith.select %c, %a, %b : i32
  %1 = arith.select %c, %0, %d : i32
  %2 = arith.select %c, %d, %0 : i32
  return %1, %2 : i32, i32
}

// -----

// select with a negated condition swaps its arms.
func.func @select_not_condition(%c: i1, %a: i32, %b: i32) -> i32 {
  %t = arith.constant true
  %n = arith.xori %c, %t : i1
  %0 = arith.select %n, %a, %b : i32
  return %0 : i32
}

// -----

// extui of an i1 select of 1/0 constants is an extui of the condition.
func.func @select_one_zero(%c: i1) -> (i32, i32) {
  %one = arith.constant 1 : i32
  %zero = arith.constant 0 : i32
  %0 = arith.select %c, %one, %zero : i32
  %1 = arith.select %c, %zero, %one : i32
  return %0, %1 : i32, i32
}

// -----

// Negating a comparison (xor with true) inverts its predicate.
func.func @xor_cmpi(%a: i32, %b: i32) -> i1 {
  %t = arith.constant true
  %0 = arith.cmpi slt, %a, %b : i32
  %1 = arith.xori %0, %t : i1
  return %1 : i1
}

// -----

// cmpf of a float converted from an integer against an integral constant becomes a cmpi.
func.func @cmpf_sitofp(%x: i8) -> (i1, i1) {
  %f = arith.sitofp %x : i8 to f32
  %c = arith.constant 3.0 : f32
  %0 = arith.cmpf olt, %f, %c : f32
  %d = arith.constant 1000.0 : f32
  %1 = arith.cmpf olt, %f, %d : f32
  return %0, %1 : i1, i1
}
