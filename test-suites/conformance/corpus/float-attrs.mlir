// Floating-point attributes: decimal and hexadecimal forms, special values, every float type.

// A float without a type is f64.
"foo.op"() {a = 1.0} : () -> ()

// -----

// Simple f32 and f64 values.
"foo.op"() {a = 1.5 : f32, b = -2.25 : f64, c = 0.0 : f32} : () -> ()

// -----

// Exponent notation.
"foo.op"() {a = 1.0e10 : f32, b = 2.5E-3 : f64, c = -1.0e+2 : f64, d = 6.02214076e23 : f64} : () -> ()

// -----

// Values that are not exactly representable print with more digits.
"foo.op"() {a = 0.1 : f32, b = 0.1 : f64, c = 3.14159265358979 : f64} : () -> ()

// -----

// Negative zero.
"foo.op"() {a = -0.0 : f32, b = -0.0 : f64, c = -0.0 : f16} : () -> ()

// -----

// Quiet NaN as a hex bit pattern.
"foo.op"() {a = 0x7FC00000 : f32, b = 0x7FF8000000000000 : f64} : () -> ()

// -----

// NaNs with payloads and negative NaN.
"foo.op"() {a = 0x7FC00001 : f32, b = 0xFFC00000 : f32, c = 0x7FF0000000000001 : f64} : () -> ()

// -----

// Infinities.
"foo.op"() {a = 0x7F800000 : f32, b = 0xFF800000 : f32, c = 0x7FF0000000000000 : f64, d = 0xFFF0000000000000 : f64} : () -> ()

// -----

// Hex bit patterns of ordinary values.
"foo.op"() {a = 0x3F800000 : f32, b = 0x4000000000000000 : f64, c = 0x00000001 : f32} : () -> ()

// -----

// Largest and smallest normal f32 values.
"foo.op"() {a = 3.40282347e+38 : f32, b = 1.17549435e-38 : f32} : () -> ()

// -----

// f64 extremes.
"foo.op"() {a = 1.7976931348623157e+308 : f64, b = 2.2250738585072014e-308 : f64, c = 4.9406564584124654e-324 : f64} : () -> ()

// -----

// Half-precision values.
"foo.op"() {a = 1.0 : f16, b = 65504.0 : f16, c = -0.5 : f16, d = 0.000061035156 : f16} : () -> ()

// -----

// Half-precision special values as bit patterns.
"foo.op"() {a = 0x7C00 : f16, b = 0xFC00 : f16, c = 0x7E00 : f16, d = 0x0001 : f16} : () -> ()

// -----

// bfloat16 values.
"foo.op"() {a = 1.0 : bf16, b = -3.5 : bf16, c = 3.3895313892515355e+38 : bf16, d = 0.1 : bf16} : () -> ()

// -----

// bfloat16 special values.
"foo.op"() {a = 0x7F80 : bf16, b = 0x7FC0 : bf16, c = 0x8000 : bf16} : () -> ()

// -----

// tf32 values.
"foo.op"() {a = 1.0 : tf32, b = -0.75 : tf32} : () -> ()

// -----

// x87 extended precision.
"foo.op"() {a = 1.0 : f80, b = -2.5 : f80, c = 0x7FFF8000000000000000 : f80} : () -> ()

// -----

// Quad precision.
"foo.op"() {a = 1.0 : f128, b = 0.1 : f128, c = 0x7FFF0000000000000000000000000000 : f128} : () -> ()

// -----

// 8-bit float values.
"foo.op"() {a = 1.0 : f8E5M2, b = 2.0 : f8E4M3FN, c = -0.5 : f8E5M2FNUZ, d = 4.0 : f8E4M3FNUZ} : () -> ()

// -----

// More 8-bit float values.
"foo.op"() {a = 1.0 : f8E4M3B11FNUZ, b = 0.5 : f8E4M3, c = 448.0 : f8E4M3FN, d = 57344.0 : f8E5M2} : () -> ()

// -----

// 8-bit float bit patterns.
"foo.op"() {a = 0x7F : f8E4M3FN, b = 0x7C : f8E5M2, c = 0x80 : f8E5M2FNUZ, d = 0x01 : f8E4M3} : () -> ()

// -----

// Integers written as floats.
"foo.op"() {a = 100.0 : f32, b = 1024.0 : f64, c = 16777216.0 : f32} : () -> ()

// -----

// Values that round when stored in f32.
"foo.op"() {a = 16777217.0 : f32, b = 1.00000001 : f32} : () -> ()

// -----

// Denormal values.
"foo.op"() {a = 1.0e-45 : f32, b = 1.0e-40 : f32, c = 5.0e-324 : f64} : () -> ()

// -----

// Float attributes in arrays and dictionaries.
"foo.op"() {a = [1.0 : f32, 2.0 : f16, 0x7F800000 : f32], b = {c = 0.5 : bf16}} : () -> ()

// -----

// Float attributes as properties.
"foo.op"() <{scale = 0.125 : f32}> : () -> ()

// -----

// Many decimal digits.
"foo.op"() {a = 0.333333333333333314829616256247390992939472198486328125 : f64} : () -> ()

// -----

// Large exponents that stay finite.
"foo.op"() {a = 1.0e300 : f64, b = -1.0e-300 : f64} : () -> ()

// -----

// A float constant on an op with a result.
%0 = "foo.constant"() {value = 2.718281828 : f64} : () -> f64

// -----

// Integer-looking values with a float type.
"foo.op"() {a = 1.0 : f32, b = -1.0 : f32, c = 10.0 : f64} : () -> ()

// -----

// Float printed with scientific notation.
"foo.op"() {a = 123456789.0 : f64, b = 0.000001 : f64, c = 1.0e-7 : f32} : () -> ()
