// Attribute and type aliases.

// A type alias.
!t = i32
%0 = "foo.def"() : () -> !t

// -----

// A type alias for a shaped type.
!tensor = tensor<?x4xf32>
%0 = "foo.def"() : () -> !tensor
"foo.use"(%0) : (tensor<?x4xf32>) -> ()

// -----

// A type alias for a dialect type.
!handle = !foo.handle<"x", 1>
%0 = "foo.def"() : () -> !handle

// -----

// Type aliases used inside other types.
!elem = f16
!vec = vector<8x!elem>
%0 = "foo.def"() : () -> tensor<2x!vec>

// -----

// Type aliases that refer to earlier aliases.
!a = i8
!b = tuple<!a, !a>
!c = tuple<!b, !b>
%0 = "foo.def"() : () -> !c

// -----

// An attribute alias.
#attr = 42 : i32
"foo.op"() {a = #attr} : () -> ()

// -----

// An attribute alias for a dictionary.
#config = {tile = [4, 8], name = "cfg"}
"foo.op"() {c = #config} : () -> ()

// -----

// An affine map alias.
#map = affine_map<(d0, d1) -> (d1, d0)>
"foo.op"() {map = #map} : () -> ()

// -----

// An affine map alias used in a memref layout.
#layout = affine_map<(d0, d1) -> (d0 * 8 + d1)>
%0 = "foo.def"() : () -> memref<4x8xf32, #layout>

// -----

// Alias names with dollars, digits and underscores.
#a$c_1 = "x"
!y_2$ = i64
%0 = "foo.op"() {a = #a$c_1} : () -> !y_2$

// -----

// An alias for a dialect attribute.
#enc = #foo.encoding<"csr">
%0 = "foo.def"() : () -> tensor<4x4xf32, #enc>

// -----

// An attribute alias for an array of aliases.
#m0 = affine_map<(d0) -> (d0)>
#m1 = affine_map<(d0) -> (d0 + 1)>
#maps = [#m0, #m1]
"foo.op"() {maps = #maps} : () -> ()

// -----

// Aliases that are never used.
!unused = f32
#unused = 1 : i8
"foo.op"() : () -> ()

// -----

// An alias for a dense attribute.
#w = dense<[1, 2, 3]> : tensor<3xi32>
"foo.op"() {w = #w} : () -> ()

// -----

// An alias for a string.
#s = "a string"
"foo.op"() {s = #s} : () -> ()

// -----

// A type alias for a function type used as an operand type.
!fn = (i32) -> i32
%0 = "foo.def"() : () -> !fn
"foo.use"(%0) : (!fn) -> ()

// -----

// An alias for an integer set.
#set = affine_set<(d0) : (d0 - 10 >= 0)>
"foo.op"() {condition = #set} : () -> ()

// -----

// A type alias for a memref with a strided layout.
!buf = memref<?x?xf32, strided<[?, 1], offset: ?>>
%0 = "foo.def"() : () -> !buf

// -----

// Aliases used in properties and block arguments.
!idx = index
#one = 1 : index
"foo.op"() <{step = #one}> ({
^bb0(%iv: !idx):
  "foo.use"(%iv) : (!idx) -> ()
}) : () -> ()

// -----

// A type alias for a complex type and a vector of it in a tensor.
!c64 = complex<f32>
%0 = "foo.def"() : () -> tensor<3x!c64>
