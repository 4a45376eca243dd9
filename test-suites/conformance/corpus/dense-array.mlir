// array<T: ...> dense array attributes.

// i64 and i32 arrays.
"foo.op"() {a = array<i64: 1, 2, 3>, b = array<i32: -1, 0, 1>} : () -> ()

// -----

// Empty arrays of several element types.
"foo.op"() {a = array<i64>, b = array<f32>, c = array<i1>} : () -> ()

// -----

// i1 arrays.
"foo.op"() {a = array<i1: true, false, true>, b = array<i1: false, false>} : () -> ()

// -----

// i8 and i16 arrays with extreme values.
"foo.op"() {a = array<i8: -128, 127, 0>, b = array<i16: -32768, 32767>} : () -> ()

// -----

// i64 extremes.
"foo.op"() {a = array<i64: -9223372036854775808, 9223372036854775807>} : () -> ()

// -----

// f32 and f64 arrays.
"foo.op"() {a = array<f32: 1.0, -2.5, 0.0>, b = array<f64: 3.14, 1.0e10>} : () -> ()

// -----

// Float arrays with values that are not exactly representable.
"foo.op"() {a = array<f32: 0.1, 3.3>, b = array<f64: 0.1, 1.0e-300>} : () -> ()

// -----

// Special float values in arrays.
"foo.op"() {a = array<f32: 0x7FC00000, 0x7F800000, -0.0>, b = array<f64: 0xFFF0000000000000>} : () -> ()

// -----

// Single-element arrays.
"foo.op"() {a = array<i32: 42>, b = array<f64: 0.5>, c = array<i1: false>} : () -> ()

// -----

// Dense arrays as properties.
"foo.op"() <{operandSegmentSizes = array<i32: 1, 2>, perm = array<i64: 1, 0>}> : () -> ()

// -----

// Dense arrays nested in arrays and dictionaries.
"foo.op"() {a = [array<i64: 1>, array<i64>], b = {c = array<i32: 5, 6>}} : () -> ()

// -----

// A long dense array.
"foo.op"() {a = array<i64: 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24>} : () -> ()

// -----

// Hex integer elements.
"foo.op"() {a = array<i32: 0x10, 0xFF>} : () -> ()
