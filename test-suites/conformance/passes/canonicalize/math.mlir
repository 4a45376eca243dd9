// math ops on float constants fold (those MLIR folds: abs, sqrt, exp, log, pow, ...).
func.func @math_constants() -> (f32, f32, f32, f32, f32, f32) {
  %a = arith.constant 4.0 : f32
  %b = arith.constant 0.5 : f32
  %0 = math.sqrt %a : f32
  %1 = math.absf %b : f32
  %2 = math.powf %a, %b : f32
  %3 = math.exp %b : f32
  %4 = math.log %a : f32
  %5 = math.floor %b : f32
  return %0, %1, %2, %3, %4, %5 : f32, f32, f32, f32, f32, f32
}

// -----

// More math folds on constants: ceil, round, copysign, fma, trig.
func.func @math_constants2() -> (f64, f64, f64, f64, f64, f64) {
  %a = arith.constant -2.5 : f64
  %b = arith.constant 3.0 : f64
  %0 = math.ceil %a : f64
  %1 = math.round %a : f64
  %2 = math.copysign %b, %a : f64
  %3 = math.fma %a, %b, %b : f64
  %4 = math.sin %b : f64
  %5 = math.tanh %b : f64
  return %0, %1, %2, %3, %4, %5 : f64, f64, f64, f64, f64, f64
}

// -----

// Integer math ops on constants.
func.func @math_int() -> (i32, i32, i32, i32) {
  %a = arith.constant -8 : i32
  %0 = math.absi %a : i32
  %1 = math.ctlz %a : i32
  %2 = math.cttz %a : i32
  %3 = math.ctpop %a : i32
  return %0, %1, %2, %3 : i32, i32, i32, i32
}

// -----

// Identities: powf by 1 and 2 and 0.5, ipowi, sqrt of non-constants is kept.
func.func @math_identities(%x: f32) -> (f32, f32, f32, f32) {
  %one = arith.constant 1.0 : f32
  %two = arith.constant 2.0 : f32
  %half = arith.constant 0.5 : f32
  %0 = math.powf %x, %one : f32
  %1 = math.powf %x, %two : f32
  %2 = math.powf %x, %half : f32
  %3 = math.sqrt %x : f32
  return %0, %1, %2, %3 : f32, f32, f32, f32
}

// -----

// Operations MLIR does not fold stay: erf, rsqrt of a constant.
func.func @math_unfolded() -> (f32, f32) {
  %a = arith.constant 4.0 : f32
  %0 = math.erf %a : f32
  %1 = math.rsqrt %a : f32
  return %0, %1 : f32, f32
}

// -----

// More float math folds on constants: exp2, log2, log10, log1p, cos, atan, atan2, trunc.
// DIFF: log10 of 3.0 in f32: MLIR folds with the host's single-precision libm (glibc's log10f,
// 0.477121234, one ulp off); we round the double result to f32 correctly (0.477121264).
func.func @math_constants3() -> (f32, f32, f32, f32, f32, f32, f32, f32) {
  %a = arith.constant 3.0 : f32
  %b = arith.constant 0.25 : f32
  %0 = math.exp2 %a : f32
  %1 = math.log2 %a : f32
  %2 = math.log10 %a : f32
  %3 = math.log1p %b : f32
  %4 = math.cos %b : f32
  %5 = math.atan %b : f32
  %6 = math.atan2 %a, %b : f32
  %7 = math.trunc %a : f32
  return %0, %1, %2, %3, %4, %5, %6, %7 : f32, f32, f32, f32, f32, f32, f32, f32
}

// -----

// Math folds that would produce NaN or are out of domain (sqrt and log of negatives).
func.func @math_domain() -> (f32, f32) {
  %m = arith.constant -4.0 : f32
  %0 = math.sqrt %m : f32
  %1 = math.log %m : f32
  return %0, %1 : f32, f32
}

// -----

// ipowi and fpowi with constant operands.
func.func @pow_int() -> (i32, f32) {
  %b = arith.constant 3 : i32
  %e = arith.constant 4 : i32
  %0 = math.ipowi %b, %e : i32
  %x = arith.constant 1.5 : f32
  %1 = math.fpowi %x, %e : f32, i32
  return %0, %1 : i32, f32
}

// -----

// Math folds on splat vectors.
func.func @math_vector() -> vector<4xf32> {
  %a = arith.constant dense<16.0> : vector<4xf32>
  %0 = math.sqrt %a : vector<4xf32>
  return %0 : vector<4xf32>
}
