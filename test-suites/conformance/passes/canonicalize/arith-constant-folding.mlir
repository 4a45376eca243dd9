// Integer binary ops with two constant operands fold to one constant.
func.func @int_binary() -> (i32, i32, i32, i32, i32, i32, i32) {
  %a = arith.constant 7 : i32
  %b = arith.constant -3 : i32
  %0 = arith.addi %a, %b : i32
  %1 = arith.subi %a, %b : i32
  %2 = arith.muli %a, %b : i32
  %3 = arith.andi %a, %b : i32
  %4 = arith.ori %a, %b : i32
  %5 = arith.xori %a, %b : i32
  %6 = arith.maxsi %a, %b : i32
  return %0, %1, %2, %3, %4, %5, %6 : i32, i32, i32, i32, i32, i32, i32
}

// -----

// Signed and unsigned divisions and remainders with constant operands, rounding toward zero,
// floor and ceiling.
func.func @int_division() -> (i32, i32, i32, i32, i32, i32, i32, i32) {
  %a = arith.constant -7 : i32
  %b = arith.constant 2 : i32
  %0 = arith.divsi %a, %b : i32
  %1 = arith.divui %a, %b : i32
  %2 = arith.remsi %a, %b : i32
  %3 = arith.remui %a, %b : i32
  %4 = arith.floordivsi %a, %b : i32
  %5 = arith.ceildivsi %a, %b : i32
  %6 = arith.ceildivui %a, %b : i32
  %7 = arith.minui %a, %b : i32
  return %0, %1, %2, %3, %4, %5, %6, %7 : i32, i32, i32, i32, i32, i32, i32, i32
}

// -----

// Division by a constant zero is not folded (it is undefined behaviour, left for run time).
func.func @int_division_by_zero() -> (i32, i32, i32, i32) {
  %a = arith.constant 7 : i32
  %z = arith.constant 0 : i32
  %0 = arith.divsi %a, %z : i32
  %1 = arith.divui %a, %z : i32
  %2 = arith.remsi %a, %z : i32
  %3 = arith.ceildivsi %a, %z : i32
  return %0, %1, %2, %3 : i32, i32, i32, i32
}

// -----

// Signed division overflow (INT_MIN / -1) is not folded.
func.func @int_division_overflow() -> (i8, i8) {
  %a = arith.constant -128 : i8
  %m = arith.constant -1 : i8
  %0 = arith.divsi %a, %m : i8
  %1 = arith.floordivsi %a, %m : i8
  return %0, %1 : i8, i8
}

// -----

// Wrapping arithmetic on narrow integers and on i1.
func.func @int_wrap() -> (i8, i8, i1, i1) {
  %a = arith.constant 127 : i8
  %b = arith.constant 1 : i8
  %0 = arith.addi %a, %b : i8
  %1 = arith.muli %a, %a : i8
  %t = arith.constant true
  %2 = arith.addi %t, %t : i1
  %3 = arith.xori %t, %t : i1
  return %0, %1, %2, %3 : i8, i8, i1, i1
}

// -----

// Shifts by constant amounts; shifting by the bit width or more is not folded.
func.func @shifts() -> (i8, i8, i8, i8) {
  %a = arith.constant -16 : i8
  %s = arith.constant 2 : i8
  %w = arith.constant 8 : i8
  %0 = arith.shli %a, %s : i8
  %1 = arith.shrsi %a, %s : i8
  %2 = arith.shrui %a, %s : i8
  %3 = arith.shli %a, %w : i8
  return %0, %1, %2, %3 : i8, i8, i8, i8
}

// -----

// Float binary ops with constant operands fold in the operand type's precision.
func.func @float_binary() -> (f32, f32, f32, f32, f32, f32) {
  %a = arith.constant 1.5 : f32
  %b = arith.constant 0.25 : f32
  %0 = arith.addf %a, %b : f32
  %1 = arith.subf %a, %b : f32
  %2 = arith.mulf %a, %b : f32
  %3 = arith.divf %a, %b : f32
  %4 = arith.maximumf %a, %b : f32
  %5 = arith.minnumf %a, %b : f32
  return %0, %1, %2, %3, %4, %5 : f32, f32, f32, f32, f32, f32
}

// -----

// Float division by zero folds to infinity; 0/0 to NaN.
func.func @float_division_by_zero() -> (f64, f64) {
  %a = arith.constant 1.0 : f64
  %z = arith.constant 0.0 : f64
  %0 = arith.divf %a, %z : f64
  %1 = arith.divf %z, %z : f64
  return %0, %1 : f64, f64
}

// -----

// remf folds like C's fmod.
func.func @remf() -> f32 {
  %a = arith.constant 5.5 : f32
  %b = arith.constant 2.0 : f32
  %0 = arith.remf %a, %b : f32
  return %0 : f32
}

// -----

// negf of a constant.
func.func @negf() -> f32 {
  %a = arith.constant 2.5 : f32
  %0 = arith.negf %a : f32
  return %0 : f32
}

// -----

// Rounding to f16 and bf16 when folding.
func.func @half() -> (f16, bf16) {
  %a = arith.constant 1.0 : f16
  %b = arith.constant 0.001 : f16
  %0 = arith.addf %a, %b : f16
  %c = arith.constant 1.0 : bf16
  %d = arith.constant 0.001 : bf16
  %1 = arith.addf %c, %d : bf16
  return %0, %1 : f16, bf16
}

// -----

// Splat vector and tensor constants fold elementwise.
func.func @splats() -> (vector<4xi32>, tensor<2xf32>) {
  %a = arith.constant dense<3> : vector<4xi32>
  %b = arith.constant dense<4> : vector<4xi32>
  %0 = arith.muli %a, %b : vector<4xi32>
  %c = arith.constant dense<1.5> : tensor<2xf32>
  %1 = arith.addf %c, %c : tensor<2xf32>
  return %0, %1 : vector<4xi32>, tensor<2xf32>
}

// -----

// Non-splat dense constants fold elementwise.
func.func @dense() -> tensor<3xi32> {
  %a = arith.constant dense<[1, 2, 3]> : tensor<3xi32>
  %b = arith.constant dense<[10, 20, 30]> : tensor<3xi32>
  %0 = arith.addi %a, %b : tensor<3xi32>
  return %0 : tensor<3xi32>
}

// -----

// Index arithmetic folds.
func.func @index() -> (index, index) {
  %a = arith.constant 12 : index
  %b = arith.constant 5 : index
  %0 = arith.muli %a, %b : index
  %1 = arith.remui %a, %b : index
  return %0, %1 : index, index
}

// -----

// Extended arithmetic with constant operands.
func.func @extended() -> (i8, i1, i8, i8) {
  %a = arith.constant 200 : i8
  %b = arith.constant 100 : i8
  %0, %1 = arith.addui_extended %a, %b : i8, i1
  %2, %3 = arith.mului_extended %a, %b : i8
  return %0, %1, %2, %3 : i8, i1, i8, i8
}

// -----

// Folds on i64 extremes: wrapping, signed min, unsigned max.
func.func @i64_extremes() -> (i64, i64, i64, i1) {
  %max = arith.constant 9223372036854775807 : i64
  %min = arith.constant -9223372036854775808 : i64
  %one = arith.constant 1 : i64
  %0 = arith.addi %max, %one : i64
  %1 = arith.subi %min, %one : i64
  %2 = arith.divui %min, %one : i64
  %3 = arith.cmpi ugt, %min, %max : i64
  return %0, %1, %2, %3 : i64, i64, i64, i1
}

// -----

// Float folds producing infinities and denormals.
func.func @float_overflow() -> (f32, f32) {
  %big = arith.constant 3.0e38 : f32
  %tiny = arith.constant 1.0e-38 : f32
  %ten = arith.constant 10.0 : f32
  %0 = arith.mulf %big, %ten : f32
  %1 = arith.divf %tiny, %ten : f32
  return %0, %1 : f32, f32
}

// -----

// Non-splat float vectors fold elementwise, with a NaN element.
func.func @dense_float() -> vector<3xf32> {
  %a = arith.constant dense<[1.0, 0.0, -2.0]> : vector<3xf32>
  %b = arith.constant dense<[3.0, 0.0, 0.5]> : vector<3xf32>
  %0 = arith.divf %a, %b : vector<3xf32>
  return %0 : vector<3xf32>
}
