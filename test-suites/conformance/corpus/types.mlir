// Builtin types: every kind appears as a result type of an unregistered op.

// Signless integers of common widths.
%0:5 = "foo.op"() : () -> (i1, i8, i16, i32, i64)

// -----

// Odd and very wide integer widths.
%0:4 = "foo.op"() : () -> (i2, i7, i128, i1024)

// -----

// Signed and unsigned integers.
%0:4 = "foo.op"() : () -> (si1, si8, si32, si64)
%1:4 = "foo.op"() : () -> (ui1, ui8, ui32, ui64)

// -----

// Very wide signed and unsigned integers.
%0:2 = "foo.op"() : () -> (si128, ui256)

// -----

// The index type.
%0 = "foo.op"() : () -> index

// -----

// IEEE and brain floats.
%0:4 = "foo.op"() : () -> (f16, bf16, f32, f64)

// -----

// Extended precision floats.
%0:3 = "foo.op"() : () -> (f80, f128, tf32)

// -----

// The 8-bit float types.
%0:3 = "foo.op"() : () -> (f8E5M2, f8E4M3FN, f8E5M2FNUZ)

// -----

// More 8-bit float types.
%0:3 = "foo.op"() : () -> (f8E4M3FNUZ, f8E4M3B11FNUZ, f8E4M3)

// -----

// Complex types over floats and integers.
%0:4 = "foo.op"() : () -> (complex<f32>, complex<f64>, complex<i32>, complex<bf16>)

// -----

// Complex of half-precision floats.
%0 = "foo.op"() : () -> complex<f16>

// -----

// The none type.
%0 = "foo.op"() : () -> none

// -----

// Ranked tensors with static shapes.
%0:3 = "foo.op"() : () -> (tensor<4xf32>, tensor<2x3x4xi8>, tensor<1x1x1x1x1xindex>)

// -----

// A rank-0 tensor.
%0 = "foo.op"() : () -> tensor<f32>

// -----

// Ranked tensors with dynamic dimensions.
%0:3 = "foo.op"() : () -> (tensor<?xf32>, tensor<?x?xi32>, tensor<2x?x4xf64>)

// -----

// Zero-sized dimensions.
%0:2 = "foo.op"() : () -> (tensor<0xf32>, tensor<3x0x2xi1>)

// -----

// Unranked tensors.
%0:2 = "foo.op"() : () -> (tensor<*xf32>, tensor<*xi1>)

// -----

// Tensors with an encoding attribute.
%0 = "foo.op"() : () -> tensor<?x8xf32, "sparse">
%1 = "foo.op"() : () -> tensor<4xi32, #foo.enc<layout = 3>>
%2 = "foo.op"() : () -> tensor<2x2xf16, {a = 1 : i64}>

// -----

// Tensors of complex, index and vector elements.
%0:3 = "foo.op"() : () -> (tensor<4xcomplex<f32>>, tensor<?xindex>, tensor<2xvector<4xf32>>)

// -----

// Tensor of an opaque dialect type.
%0 = "foo.op"() : () -> tensor<3x!foo.elem>

// -----

// Large static dimensions.
%0 = "foo.op"() : () -> tensor<4294967296x1xi8>

// -----

// Memrefs with static and dynamic shapes.
%0:3 = "foo.op"() : () -> (memref<4xf32>, memref<?x?xf32>, memref<f64>)

// -----

// Memrefs with integer memory spaces.
%0:2 = "foo.op"() : () -> (memref<4xf32, 1>, memref<8x?xi32, 3>)

// -----

// Memrefs with attribute memory spaces.
%0:2 = "foo.op"() : () -> (memref<4xf32, "gpu">, memref<4xf32, {kind = "shared"}>)

// -----

// Memrefs with affine map layouts.
%0 = "foo.op"() : () -> memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>
%1 = "foo.op"() : () -> memref<16xf32, affine_map<(d0) -> (d0 * 2 + 1)>>

// -----

// A memref layout with symbols.
%0 = "foo.op"() : () -> memref<?x?xf32, affine_map<(d0, d1)[s0, s1] -> (d0 * s0 + d1 + s1)>>

// -----

// Memrefs with strided layouts.
%0 = "foo.op"() : () -> memref<4x4xf32, strided<[4, 1]>>
%1 = "foo.op"() : () -> memref<4x4xf32, strided<[8, 2], offset: 3>>

// -----

// Strided layouts with dynamic strides and offsets.
%0 = "foo.op"() : () -> memref<?x?xf32, strided<[?, 1], offset: ?>>
%1 = "foo.op"() : () -> memref<?xf32, strided<[?]>>

// -----

// A strided layout together with a memory space.
%0 = "foo.op"() : () -> memref<4x?xf32, strided<[?, 1], offset: 16>, 2>

// -----

// An identity layout map is dropped when printed.
%0 = "foo.op"() : () -> memref<4x4xf32, affine_map<(d0, d1) -> (d0, d1)>>

// -----

// Unranked memrefs, with and without a memory space.
%0:2 = "foo.op"() : () -> (memref<*xf32>, memref<*xi8, 4>)

// -----

// Memref of vectors and of memrefs of index.
%0:2 = "foo.op"() : () -> (memref<4xvector<8xf32>>, memref<2xindex>)

// -----

// Fixed-length vectors.
%0:3 = "foo.op"() : () -> (vector<4xf32>, vector<2x3xi8>, vector<1xindex>)

// -----

// Scalable vectors.
%0:2 = "foo.op"() : () -> (vector<[4]xf32>, vector<[2]x[8]xi1>)

// -----

// Mixed fixed and scalable vector dimensions.
%0 = "foo.op"() : () -> vector<2x[4]xf16>

// -----

// Rank-0 vectors.
%0 = "foo.op"() : () -> vector<f32>

// -----

// Vectors of low-precision floats.
%0:2 = "foo.op"() : () -> (vector<16xbf16>, vector<32xf8E4M3FN>)

// -----

// Tuples, including the empty tuple and nested tuples.
%0:3 = "foo.op"() : () -> (tuple<>, tuple<i32, f32>, tuple<tuple<i1>, tensor<4xf32>>)

// -----

// Function types as values.
%0 = "foo.op"() : () -> (() -> ())
%1 = "foo.op"() : () -> ((i32, f32) -> i64)

// -----

// Function types with multiple results and nested function types.
%0 = "foo.op"() : () -> ((i32) -> (i1, i2))
%1 = "foo.op"() : () -> ((() -> ()) -> ((index) -> f32))

// -----

// Types as type attributes.
"foo.op"() {a = i32, b = tensor<?xf32>, c = memref<*xf16>, d = () -> ()} : () -> ()

// -----

// Opaque dialect types.
%0:3 = "foo.op"() : () -> (!foo.bar, !foo.baz<1>, !foo.qux<"s", 1 : i32>)

// -----

// Opaque dialect types with nested angle brackets and punctuation.
%0 = "foo.op"() : () -> !foo.bar<a<b<c>>, [1, 2], {x}>

// -----

// Opaque dialect type whose body is a string.
%0 = "foo.op"() : () -> !foo<"bar<1 x i32>">

// -----

// Pretty dialect type names with dots.
%0 = "foo.op"() : () -> !foo.bar.baz<x>

// -----

// Dialect types nested in builtin containers.
%0:2 = "foo.op"() : () -> (tuple<!foo.x, !foo.y<1>>, tensor<4x!foo.z>)

// -----

// Operand types must match the definitions.
%0:2 = "foo.op"() : () -> (i32, tensor<?xf32>)
"foo.use"(%0#0, %0#1) : (i32, tensor<?xf32>) -> ()

// -----

// A single result type in parentheses.
%0 = "foo.op"() : () -> (i32)

// -----

// Block argument types of every family.
"foo.op"() ({
^bb0(%a: i1, %b: f8E5M2, %c: memref<?xf32>, %d: !foo.t, %e: tuple<>):
  "foo.use"(%a, %b, %c, %d, %e) : (i1, f8E5M2, memref<?xf32>, !foo.t, tuple<>) -> ()
}) : () -> ()

// -----

// A tensor of opaque dialect types with parameters.
%0 = "foo.op"() : () -> tensor<2x!foo.pair<i32, i1>>

// -----

// Vector of integers of odd widths.
%0 = "foo.op"() : () -> vector<8xi3>

// -----

// Tensor encodings that are affine maps.
%0 = "foo.op"() : () -> tensor<4x4xf32, affine_map<(d0, d1) -> (d1)>>

// -----

// The body of an opaque type written in angle brackets is kept verbatim: a quoted body
// stays quoted (it is a different type from !foo.bar), an identifier body prints pretty.
%0:3 = "foo.op"() : () -> (!foo<"bar">, !foo<bar>, !foo<"a.b">)

// -----

// Opaque type bodies that are not identifiers keep their exact text.
%0:2 = "foo.op"() : () -> (!foo<[1, 2]>, !foo<"x" >)
