// Integer casts of constants fold.
func.func @int_casts_of_constants() -> (i64, i64, i8, index, i32) {
  %a = arith.constant -1 : i32
  %0 = arith.extsi %a : i32 to i64
  %1 = arith.extui %a : i32 to i64
  %b = arith.constant 300 : i32
  %2 = arith.trunci %b : i32 to i8
  %3 = arith.index_cast %a : i32 to index
  %c = arith.constant 42 : index
  %4 = arith.index_castui %c : index to i32
  return %0, %1, %2, %3, %4 : i64, i64, i8, index, i32
}

// -----

// Float and mixed casts of constants fold.
func.func @float_casts_of_constants() -> (f64, f16, i32, i32, f32, f32, i32) {
  %a = arith.constant 1.5 : f32
  %0 = arith.extf %a : f32 to f64
  %1 = arith.truncf %a : f32 to f16
  %m = arith.constant -2.75 : f32
  %2 = arith.fptosi %m : f32 to i32
  %p = arith.constant 2.75 : f32
  %3 = arith.fptoui %p : f32 to i32
  %i = arith.constant -3 : i32
  %4 = arith.sitofp %i : i32 to f32
  %5 = arith.uitofp %i : i32 to f32
  %6 = arith.bitcast %a : f32 to i32
  return %0, %1, %2, %3, %4, %5, %6 : f64, f16, i32, i32, f32, f32, i32
}

// -----

// Cast chains: ext of ext is one ext; trunc of ext back to the source type is the source.
func.func @ext_chains(%x: i8) -> (i64, i64, i8, i16, i64) {
  %0 = arith.extsi %x : i8 to i16
  %1 = arith.extsi %0 : i16 to i64
  %2 = arith.extui %x : i8 to i16
  %3 = arith.extui %2 : i16 to i64
  %4 = arith.trunci %0 : i16 to i8
  %e = arith.extsi %x : i8 to i32
  %5 = arith.trunci %e : i32 to i16
  %6 = arith.extsi %2 : i16 to i64
  return %1, %3, %4, %5, %6 : i64, i64, i8, i16, i64
}

// -----

// trunc of trunc is one trunc; trunc of a shift right by the truncated width.
func.func @trunc_chains(%x: i64) -> (i8, i32) {
  %0 = arith.trunci %x : i64 to i32
  %1 = arith.trunci %0 : i32 to i8
  %c = arith.constant 32 : i64
  %s = arith.shrui %x, %c : i64
  %2 = arith.trunci %s : i64 to i32
  return %1, %2 : i8, i32
}

// -----

// bitcast of bitcast back to the source type is the source.
func.func @bitcast_chain(%x: f32) -> (f32, i32) {
  %0 = arith.bitcast %x : f32 to i32
  %1 = arith.bitcast %0 : i32 to f32
  %2 = arith.bitcast %1 : f32 to i32
  return %1, %2 : f32, i32
}

// -----

// index_cast round trips.
func.func @index_cast_chain(%x: i32, %i: index) -> (i32, index) {
  %0 = arith.index_cast %x : i32 to index
  %1 = arith.index_cast %0 : index to i32
  %2 = arith.index_castui %i : index to i64
  %3 = arith.index_castui %2 : i64 to index
  return %1, %3 : i32, index
}

// -----

// Float extension then truncation back is the source; the other order is kept.
func.func @float_chains(%x: f16, %y: f32) -> (f16, f32, f64) {
  %0 = arith.extf %x : f16 to f32
  %1 = arith.truncf %0 : f32 to f16
  %2 = arith.truncf %y : f32 to f16
  %3 = arith.extf %2 : f16 to f32
  %4 = arith.extf %0 : f32 to f64
  return %1, %3, %4 : f16, f32, f64
}

// -----

// Casts of splat vector constants fold.
func.func @vector_casts() -> (vector<4xi64>, vector<4xf32>) {
  %a = arith.constant dense<-2> : vector<4xi16>
  %0 = arith.extsi %a : vector<4xi16> to vector<4xi64>
  %1 = arith.sitofp %a : vector<4xi16> to vector<4xf32>
  return %0, %1 : vector<4xi64>, vector<4xf32>
}

// -----

// Out-of-range float to integer conversions are not folded.
func.func @fptosi_out_of_range() -> i8 {
  %a = arith.constant 1000.0 : f32
  %0 = arith.fptosi %a : f32 to i8
  return %0 : i8
}

// -----

// Signed extension of an unsigned extension, and extension feeding a comparison.
func.func @ext_compare(%x: i8, %y: i8) -> i1 {
  %0 = arith.extui %x : i8 to i32
  %1 = arith.extui %y : i8 to i32
  %2 = arith.cmpi ult, %0, %1 : i32
  return %2 : i1
}
