// Additive and multiplicative identities: x + 0, x - 0, x * 1, x * 0, x - x.
func.func @int_identities(%x: i32) -> (i32, i32, i32, i32, i32, i32) {
  %z = arith.constant 0 : i32
  %one = arith.constant 1 : i32
  %0 = arith.addi %x, %z : i32
  %1 = arith.subi %x, %z : i32
  %2 = arith.muli %x, %one : i32
  %3 = arith.muli %x, %z : i32
  %4 = arith.subi %x, %x : i32
  %5 = arith.addi %z, %x : i32
  return %0, %1, %2, %3, %4, %5 : i32, i32, i32, i32, i32, i32
}

// -----

// Division identities: x / 1, x rem 1, and unsigned forms.
func.func @div_identities(%x: i32) -> (i32, i32, i32, i32, i32, i32) {
  %one = arith.constant 1 : i32
  %0 = arith.divsi %x, %one : i32
  %1 = arith.divui %x, %one : i32
  %2 = arith.remsi %x, %one : i32
  %3 = arith.remui %x, %one : i32
  %4 = arith.floordivsi %x, %one : i32
  %5 = arith.ceildivui %x, %one : i32
  return %0, %1, %2, %3, %4, %5 : i32, i32, i32, i32, i32, i32
}

// -----

// Bitwise identities: x & 0, x & -1, x & x, x | 0, x | -1, x | x, x ^ 0, x ^ x.
func.func @bitwise_identities(%x: i32) -> (i32, i32, i32, i32, i32, i32, i32, i32) {
  %z = arith.constant 0 : i32
  %m = arith.constant -1 : i32
  %0 = arith.andi %x, %z : i32
  %1 = arith.andi %x, %m : i32
  %2 = arith.andi %x, %x : i32
  %3 = arith.ori %x, %z : i32
  %4 = arith.ori %x, %m : i32
  %5 = arith.ori %x, %x : i32
  %6 = arith.xori %x, %z : i32
  %7 = arith.xori %x, %x : i32
  return %0, %1, %2, %3, %4, %5, %6, %7 : i32, i32, i32, i32, i32, i32, i32, i32
}

// -----

// Shifts by zero are the operand.
func.func @shift_by_zero(%x: i32) -> (i32, i32, i32) {
  %z = arith.constant 0 : i32
  %0 = arith.shli %x, %z : i32
  %1 = arith.shrsi %x, %z : i32
  %2 = arith.shrui %x, %z : i32
  return %0, %1, %2 : i32, i32, i32
}

// -----

// Constants move to the right of commutative ops.
func.func @commute_constants(%x: i32) -> (i32, i32, i32) {
  %c = arith.constant 4 : i32
  %0 = arith.addi %c, %x : i32
  %1 = arith.muli %c, %x : i32
  %2 = arith.andi %c, %x : i32
  return %0, %1, %2 : i32, i32, i32
}

// -----

// Chains of constant additions and subtractions are reassociated into one constant.
func.func @add_chains(%x: i32) -> (i32, i32, i32, i32) {
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %0 = arith.addi %x, %c1 : i32
  %1 = arith.addi %0, %c2 : i32
  %2 = arith.subi %x, %c1 : i32
  %3 = arith.addi %2, %c2 : i32
  %4 = arith.subi %c2, %0 : i32
  %5 = arith.subi %0, %c2 : i32
  return %1, %3, %4, %5 : i32, i32, i32, i32
}

// -----

// Chains of constant multiplications fold into one constant.
func.func @mul_chain(%x: i32) -> i32 {
  %c3 = arith.constant 3 : i32
  %c5 = arith.constant 5 : i32
  %0 = arith.muli %x, %c3 : i32
  %1 = arith.muli %0, %c5 : i32
  return %1 : i32
}

// -----

// Add/sub cancellation: (a + b) - b, (a - b) + b, a - (a - b), (a - b) - a.
func.func @add_sub_cancel(%a: i32, %b: i32) -> (i32, i32, i32, i32) {
  %s = arith.addi %a, %b : i32
  %0 = arith.subi %s, %b : i32
  %d = arith.subi %a, %b : i32
  %1 = arith.addi %d, %b : i32
  %2 = arith.subi %a, %d : i32
  %3 = arith.subi %d, %a : i32
  return %0, %1, %2, %3 : i32, i32, i32, i32
}

// -----

// Double xor, x ^ y ^ y and (x & y) | x absorption-like folds.
func.func @xor_cancel(%x: i32, %y: i32) -> (i32, i32) {
  %0 = arith.xori %x, %y : i32
  %1 = arith.xori %0, %y : i32
  %2 = arith.andi %x, %y : i32
  %3 = arith.xori %2, %2 : i32
  return %1, %3 : i32, i32
}

// -----

// x & ~x is zero and x | ~x is all ones.
func.func @and_not(%x: i32) -> (i32, i32) {
  %m = arith.constant -1 : i32
  %n = arith.xori %x, %m : i32
  %0 = arith.andi %x, %n : i32
  %1 = arith.ori %x, %n : i32
  return %0, %1 : i32, i32
}

// -----

// min/max of a value with itself and with the extreme constants.
func.func @minmax(%x: i8) -> (i8, i8, i8, i8, i8, i8) {
  %smax = arith.constant 127 : i8
  %smin = arith.constant -128 : i8
  %umax = arith.constant -1 : i8
  %z = arith.constant 0 : i8
  %0 = arith.maxsi %x, %x : i8
  %1 = arith.maxsi %x, %smax : i8
  %2 = arith.minsi %x, %smin : i8
  %3 = arith.maxui %x, %umax : i8
  %4 = arith.minui %x, %z : i8
  %5 = arith.maxsi %x, %smin : i8
  return %0, %1, %2, %3, %4, %5 : i8, i8, i8, i8, i8, i8
}

// -----

// Float identities that hold for every input: x + -0.0, x - +0.0, x * 1.0, x / 1.0.
func.func @float_identities(%x: f32) -> (f32, f32, f32, f32) {
  %nz = arith.constant -0.0 : f32
  %pz = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %0 = arith.addf %x, %nz : f32
  %1 = arith.subf %x, %pz : f32
  %2 = arith.mulf %x, %one : f32
  %3 = arith.divf %x, %one : f32
  return %0, %1, %2, %3 : f32, f32, f32, f32
}

// -----

// Float identities that do not hold for -0.0 or NaN are not folded: x + 0.0, x * 0.0, x - x.
func.func @float_non_identities(%x: f32) -> (f32, f32, f32) {
  %pz = arith.constant 0.0 : f32
  %0 = arith.addf %x, %pz : f32
  %1 = arith.mulf %x, %pz : f32
  %2 = arith.subf %x, %x : f32
  return %0, %1, %2 : f32, f32, f32
}

// -----

// Double negation and negations in products and quotients.
func.func @negations(%x: f32, %y: f32) -> (f32, f32, f32) {
  %n = arith.negf %x : f32
  %0 = arith.negf %n : f32
  %m = arith.negf %y : f32
  %1 = arith.mulf %n, %m : f32
  %2 = arith.divf %n, %m : f32
  return %0, %1, %2 : f32, f32, f32
}

// -----

// Float min/max of a value with itself, and with infinities.
func.func @float_minmax(%x: f32) -> (f32, f32, f32, f32) {
  %inf = arith.constant 0x7F800000 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %0 = arith.maximumf %x, %x : f32
  %1 = arith.minnumf %x, %x : f32
  %2 = arith.maximumf %x, %ninf : f32
  %3 = arith.minimumf %x, %inf : f32
  return %0, %1, %2, %3 : f32, f32, f32, f32
}

// -----

// Fastmath flags survive on ops that are not folded.
func.func @fastmath(%x: f32, %y: f32) -> f32 {
  %0 = arith.addf %x, %y fastmath<fast> : f32
  %1 = arith.mulf %0, %y fastmath<nnan,ninf> : f32
  return %1 : f32
}

// -----

// Multiplication by a power of two is not rewritten into a shift by the canonicalizer.
func.func @mul_pow2(%x: i32) -> i32 {
  %c8 = arith.constant 8 : i32
  %0 = arith.muli %x, %c8 : i32
  return %0 : i32
}

// -----

// Identities on vectors with splat constants.
func.func @vector_identities(%x: vector<4xi32>) -> (vector<4xi32>, vector<4xi32>) {
  %z = arith.constant dense<0> : vector<4xi32>
  %one = arith.constant dense<1> : vector<4xi32>
  %0 = arith.addi %x, %z : vector<4xi32>
  %1 = arith.muli %x, %one : vector<4xi32>
  return %0, %1 : vector<4xi32>, vector<4xi32>
}

// -----

// Dead pure ops are erased by the canonicalizer.
func.func @dead(%x: i32, %y: f32) {
  %0 = arith.addi %x, %x : i32
  %1 = arith.mulf %y, %y : f32
  return
}
