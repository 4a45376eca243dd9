// Unit, array, dictionary, type and opaque dialect attributes.

// A unit attribute written as a bare key, and explicitly.
"foo.op"() {a, b = unit} : () -> ()

// -----

// Empty array and empty dictionary.
"foo.op"() {a = [], b = {}} : () -> ()

// -----

// An empty attribute dictionary is not printed.
"foo.op"() {} : () -> ()

// -----

// Arrays of mixed attributes.
"foo.op"() {a = [1, "two", 3.0, unit, i32, true]} : () -> ()

// -----

// Nested arrays.
"foo.op"() {a = [[1, 2], [[3]], [], [[], [[]]]]} : () -> ()

// -----

// Dictionaries nested in dictionaries.
"foo.op"() {a = {b = {c = {d = 1 : i32}}, e = "x"}} : () -> ()

// -----

// Dictionary keys are sorted on print.
"foo.op"() {d = {z = 1, y = 2, x = 3}} : () -> ()

// -----

// Dictionaries inside arrays and arrays inside dictionaries.
"foo.op"() {a = [{x = 1}, {y = [2, {z}]}]} : () -> ()

// -----

// Quoted attribute names.
"foo.op"() {"quoted key" = 1 : i32, "a.b" = 2 : i32, "0leading" = unit} : () -> ()

// -----

// Dialect-prefixed attribute names.
"foo.op"() {foo.attr = 1, bar.baz = "s", a.b.c = unit} : () -> ()

// -----

// Type attributes of many kinds.
"foo.op"() {a = i1, b = f8E5M2, c = complex<f32>, d = tuple<i32, f32>, e = none, f = index} : () -> ()

// -----

// Shaped types as type attributes.
"foo.op"() {a = tensor<?x4xf32>, b = memref<2xi8, 1>, c = vector<[4]xf32>, d = tensor<*xi1>} : () -> ()

// -----

// A function type as an attribute.
"foo.op"() {type = (i32, i32) -> (i32)} : () -> ()

// -----

// Opaque dialect attributes.
"foo.op"() {a = #foo.attr, b = #foo.attr<1>, c = #foo<"raw body">} : () -> ()

// -----

// Opaque dialect attributes with nested punctuation.
"foo.op"() {a = #foo.layout<[1, 2], {x = "y"}, (a -> b)>} : () -> ()

// -----

// Opaque dialect attribute with a type.
"foo.op"() {a = #foo.value<42> : i32} : () -> ()

// -----

// Opaque dialect types used inside attributes.
"foo.op"() {a = !foo.type<x>, b = [!foo.a, !foo.b]} : () -> ()

// -----

// The strided layout attribute on its own.
"foo.op"() {a = strided<[4, 1]>, b = strided<[?, ?], offset: ?>, c = strided<[], offset: 5>} : () -> ()

// -----

// A dictionary attribute with typed values.
"foo.op"() {config = {tile = [4, 8], unroll = true, name = "x", scale = 1.5 : f32}} : () -> ()

// -----

// Discardable attributes after regions.
"foo.op"() ({
  "foo.inner"() : () -> ()
}) {after} : () -> ()

// -----

// Attributes with the same name in different dictionaries.
"foo.op"() <{a = 1 : i32}> {a = 2 : i32} : () -> ()

// -----

// Distinct attributes.
"foo.op"() {a = distinct[0]<{x = 1}>, b = distinct[1]<[]>} : () -> ()

// -----

// A distinct attribute referenced twice stays the same attribute.
"foo.op"() {a = distinct[0]<"id">, b = distinct[0]<"id">} : () -> ()

// -----

// A location as an attribute.
"foo.op"() {a = loc("x.mlir":1:2)} : () -> ()

// -----

// A very long array.
"foo.op"() {a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39]} : () -> ()

// -----

// The body of an opaque attribute written in angle brackets is kept verbatim.
"foo.op"() {a = #foo<"x">, b = #foo<x>, c = #foo<"a.b">, d = #foo<x<1>>} : () -> ()
