// Integer and boolean attributes.

// An integer without a type is i64.
"foo.op"() {a = 42} : () -> ()

// -----

// Integers of every common signless width.
"foo.op"() {a = 1 : i1, b = 127 : i8, c = 32767 : i16, d = 2147483647 : i32, e = 9223372036854775807 : i64} : () -> ()

// -----

// Negative integers.
"foo.op"() {a = -1 : i8, b = -128 : i8, c = -32768 : i16, d = -2147483648 : i32, e = -9223372036854775808 : i64} : () -> ()

// -----

// Zero in several widths.
"foo.op"() {a = 0 : i1, b = 0 : i32, c = 0 : index, d = 0 : si8, e = 0 : ui8} : () -> ()

// -----

// Unsigned integers at their maximum.
"foo.op"() {a = 255 : ui8, b = 65535 : ui16, c = 4294967295 : ui32, d = 18446744073709551615 : ui64} : () -> ()

// -----

// Signed integers at their extremes.
"foo.op"() {a = -128 : si8, b = 127 : si8, c = -9223372036854775808 : si64} : () -> ()

// -----

// Signless integers print as signed: 255 : i8 is -1.
"foo.op"() {a = 255 : i8, b = 4294967295 : i32} : () -> ()

// -----

// 128-bit integers beyond the 64-bit range.
"foo.op"() {a = 170141183460469231731687303715884105727 : i128, b = -170141183460469231731687303715884105728 : i128} : () -> ()

// -----

// Very wide integers.
"foo.op"() {a = 123456789012345678901234567890123456789012345678901234567890 : i256} : () -> ()

// -----

// Unsigned 128-bit maximum.
"foo.op"() {a = 340282366920938463463374607431768211455 : ui128} : () -> ()

// -----

// Hexadecimal integers.
"foo.op"() {a = 0x10 : i32, b = 0xFF : i64, c = 0x7fffffff : i32, d = 0xdeadbeef : ui32} : () -> ()

// -----

// Hexadecimal integer that fills a signless width.
"foo.op"() {a = 0xFFFFFFFF : i32, b = 0x8000000000000000 : i64} : () -> ()

// -----

// Index attributes.
"foo.op"() {a = 7 : index, b = -3 : index, c = 9223372036854775807 : index} : () -> ()

// -----

// Boolean attributes.
"foo.op"() {a = true, b = false} : () -> ()

// -----

// i1 integer literals print as booleans.
"foo.op"() {a = 1 : i1, b = 0 : i1, c = -1 : i1} : () -> ()

// -----

// Odd-width integers.
"foo.op"() {a = 3 : i2, b = -4 : i3, c = 100 : i7, d = 5 : ui3, e = -2 : si2} : () -> ()

// -----

// Integers inside arrays.
"foo.op"() {a = [1, 2 : i8, -3 : i16, 0x4 : i32, true]} : () -> ()

// -----

// Leading zeros are not significant.
"foo.op"() {a = 007 : i32, b = -0010 : i64} : () -> ()

// -----

// Integer attributes as properties.
"foo.op"() <{count = 3 : i32, big = -1 : i64}> : () -> ()

// -----

// Integer attributes on an op with results.
%0 = "foo.constant"() {value = 12 : i32} : () -> i32
%1 = "foo.constant"() {value = -12 : index} : () -> index

// -----

// Integers of width 1 in a signed or unsigned flavor.
"foo.op"() {a = 1 : ui1, b = -1 : si1} : () -> ()

// -----

// The same value in many widths.
"foo.op"() {i8 = 100 : i8, i16 = 100 : i16, i32 = 100 : i32, i64 = 100 : i64, i128 = 100 : i128} : () -> ()

// -----

// Integer keys in attribute dictionaries are sorted when printed.
"foo.op"() {z = 1 : i32, a = 2 : i32, m = 3 : i32} : () -> ()

// -----

// A 64-bit value that needs all bits as unsigned.
"foo.op"() {a = 0xFFFFFFFFFFFFFFFF : ui64, b = 0xFFFFFFFFFFFFFFFF : i64} : () -> ()

// -----

// A 1024-bit integer near its maximum.
"foo.op"() {a = 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF : i1024} : () -> ()
