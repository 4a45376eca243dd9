// SSA values: multiple results, result groups, forward references, unusual names.

// Two results bound to one name and used by index.
%0:2 = "foo.pair"() : () -> (i32, f32)
"foo.use"(%0#0, %0#1) : (i32, f32) -> ()

// -----

// Many results.
%r:5 = "foo.many"() : () -> (i1, i2, i3, i4, i5)
"foo.use"(%r#4, %r#0, %r#2) : (i5, i1, i3) -> ()

// -----

// Result groups bound to several names.
%a, %b:2, %c = "foo.groups"() : () -> (i8, i16, i32, i64)
"foo.use"(%a, %b#0, %b#1, %c) : (i8, i16, i32, i64) -> ()

// -----

// A single result used many times.
%x = "foo.def"() : () -> index
"foo.use"(%x, %x, %x) : (index, index, index) -> ()

// -----

// Zero-result op between defining ops.
%0 = "foo.def"() : () -> i32
"foo.nothing"() : () -> ()
%1 = "foo.def"() : () -> i32
"foo.use"(%0, %1) : (i32, i32) -> ()

// -----

// Names with dots, underscores, dollars and dashes.
%foo.bar = "foo.def"() : () -> i32
%_x$1 = "foo.def"() : () -> i32
%a-b = "foo.def"() : () -> i32
%$ = "foo.def"() : () -> i32
"foo.use"(%foo.bar, %_x$1, %a-b, %$) : (i32, i32, i32, i32) -> ()

// -----

// Numeric names need not be consecutive.
%7 = "foo.def"() : () -> i32
%42 = "foo.def"() : () -> i32
"foo.use"(%42, %7) : (i32, i32) -> ()

// -----

// A forward reference in a graph region at the top level of a module.
"foo.use"(%later) : (i32) -> ()
%later = "foo.def"() : () -> i32

// -----

// A forward reference to a multi-result value.
"foo.op"() ({
  "foo.use"(%v#1) : (f32) -> ()
  %v:2 = "foo.def"() : () -> (i32, f32)
}) : () -> ()

// -----

// An op with operands of many types.
%0:4 = "foo.defs"() : () -> (tensor<2xf32>, memref<?xi8>, vector<4xi1>, !foo.t)
"foo.use"(%0#0, %0#1, %0#2, %0#3) : (tensor<2xf32>, memref<?xi8>, vector<4xi1>, !foo.t) -> ()

// -----

// Operands and results with the same type list.
%0 = "foo.def"() : () -> f64
%1:2 = "foo.op"(%0, %0) : (f64, f64) -> (f64, f64)

// -----

// A value used in a nested region through a result index.
%0:3 = "foo.def"() : () -> (i1, i8, i16)
"foo.op"() ({
  "foo.use"(%0#2) : (i16) -> ()
}) : () -> ()

// -----

// Operation names with several dots and digits.
"foo.bar.baz"() : () -> ()
"foo.op_2"() : () -> ()
"a.b"() : () -> ()

// -----

// Operation names with a dollar sign.
"foo.with$dollar"() : () -> ()

// -----

// A results group of size one.
%a:1 = "foo.def"() : () -> i32
"foo.use"(%a#0) : (i32) -> ()

// -----

// Result with a function type.
%f = "foo.def"() : () -> ((i32) -> i32)
"foo.call"(%f) : ((i32) -> i32) -> ()

// -----

// An op whose result is unused.
%unused = "foo.def"() : () -> i32
