// Properties: the <{...}> dictionary of an unregistered op.

// A single property.
"foo.op"() <{value = 1 : i32}> : () -> ()

// -----

// An empty property dictionary is kept on an unregistered op.
"foo.op"() <{}> : () -> ()

// -----

// Properties of several kinds; keys are sorted on print.
"foo.op"() <{z = "s", a = [1, 2], m = {n = unit}, t = f32}> : () -> ()

// -----

// Properties and discardable attributes together.
"foo.op"() <{prop = 1 : i64}> {attr = 2 : i64} : () -> ()

// -----

// Properties on an op with operands and results.
%0 = "foo.def"() : () -> i32
%1 = "foo.add"(%0, %0) <{overflow = "nsw"}> : (i32, i32) -> i32

// -----

// Properties on an op with regions.
"foo.op"() <{kind = 3 : i8}> ({
  "foo.inner"() <{x}> : () -> ()
}) : () -> ()

// -----

// Properties on an op with successors, regions and attributes.
"foo.op"() ({
  "foo.br"()[^bb1] <{p = 0 : index}> ({
  }) {a} : () -> ()
^bb1:
  "foo.return"() : () -> ()
}) : () -> ()

// -----

// A unit property.
"foo.op"() <{flag}> : () -> ()

// -----

// Properties holding nested dictionaries and arrays.
"foo.op"() <{cfg = {layers = [{n = 1}, {n = 2}], name = "net"}}> : () -> ()

// -----

// Properties holding types and symbol references.
"foo.op"() <{type = tensor<?xf32>, callee = @f::@g}> : () -> ()

// -----

// Properties holding dialect attributes.
"foo.op"() <{attr = #foo.thing<1, 2>, ty = !foo.t}> : () -> ()

// -----

// A quoted property name.
"foo.op"() <{"weird name" = 1 : i32}> : () -> ()

// -----

// Properties on an explicit generic module.
"builtin.module"() <{sym_name = "named"}> ({
  "foo.op"() : () -> ()
}) : () -> ()

// -----

// A module with both sym_name and sym_visibility properties.
"builtin.module"() <{sym_name = "vis", sym_visibility = "private"}> ({
  "foo.op"() : () -> ()
}) : () -> ()
