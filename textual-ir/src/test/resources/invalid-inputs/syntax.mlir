// Inputs the parser must reject (run with --allow-unregistered-dialect). Each case carries MLIR's
// `expected-error @+N {{message substring}}` annotations, prefixed with the expected column
// (`// col C: expected-error ...`). InvalidInputTest checks our parser against them; upstream can
// check the same file (columns aside) with:
//   mlir-opt-19 --allow-unregistered-dialect --split-input-file --verify-diagnostics syntax.mlir

// -----
// A missing ')' at the end of an operand list.
%0 = "foo.def"() : () -> i32
// col 12: expected-error @+1 {{expected ')' to end operand list}}
"foo.op"(%0 : (i32) -> ()

// -----
// A missing ':' before the function type.
// col 13: expected-error @+1 {{expected '{' to begin a region}}
"foo.op"() () -> ()

// -----
// A missing '=' after a result name.
// col 3: expected-error @+1 {{expected '=' after SSA name}}
%0 "foo.op"() : () -> i32

// -----
// A character that starts no token.
// col 23: expected-error @+1 {{unexpected character}}
"foo.op"() : () -> () ~

// -----
// Another character that starts no token.
// col 23: expected-error @+1 {{unexpected character}}
"foo.op"() : () -> () $

// -----
// An unterminated string.
// col 33: expected-error @+1 {{expected '"' in string literal}}
"foo.op"() {a = "abc} : () -> ()

// -----
// A newline inside a string.
// col 21: expected-error @+1 {{expected '"' in string literal}}
"foo.op"() {a = "abc
"} : () -> ()

// -----
// An unknown escape.
// col 18: expected-error @+1 {{unknown escape in string literal}}
"foo.op"() {a = "\q"} : () -> ()

// -----
// A C-style hex escape is not an MLIR escape.
// col 21: expected-error @+1 {{unknown escape in string literal}}
"foo.op"() {a = "abc\x41"} : () -> ()

// -----
// A function type without '->'.
// col 16: expected-error @+1 {{expected '->' in function type}}
"foo.op"() : ()

// -----
// A missing '}' at the end of an attribute dictionary.
// col 17: expected-error @+1 {{integer literal not valid for specified type}}
"foo.op"() {a = 1 : () -> ()

// -----
// A missing ']' at the end of an array.
// col 22: expected-error @+1 {{expected ',' or ']'}}
"foo.op"() {a = [1, 2} : () -> ()

// -----
// An attribute dictionary after the type.
// col 22: expected-error @+1 {{expected operation name in quotes}}
"foo.op"() : () -> () {a = 1}

// -----
// An unknown type keyword.
// col 21: expected-error @+1 {{expected non-function type}}
"foo.op"() : () -> (float)

// -----
// A misspelled float type.
// col 24: expected-error @+1 {{expected non-function type}}
%0 = "foo.op"() : () -> f8E4M3FNX

// -----
// An unknown attribute keyword.
// col 16: expected-error @+1 {{expected attribute value}}
"foo.op"() {a = blah} : () -> ()

// -----
// A use whose type differs from the definition's.
// col 1: expected-note @+1 {{prior use here}}
%0 = "foo.def"() : () -> i32
// col 11: expected-error @+1 {{use of value '%0' expects different type than prior uses: 'i64' vs 'i32'}}
"foo.use"(%0) : (i64) -> ()

// -----
// A value that is never defined.
"foo.op"() ({
  // col 13: expected-error @+1 {{use of undeclared SSA value name}}
  "foo.use"(%x) : (i32) -> ()
}) : () -> ()

// -----
// A value defined in a nested region is not visible after it.
"foo.op"() ({
  "foo.op"() ({
    %1 = "foo.def"() : () -> i32
  }) : () -> ()
  // col 13: expected-error @+1 {{use of undeclared SSA value name}}
  "foo.use"(%1) : (i32) -> ()
}) : () -> ()

// -----
// A value defined twice.
// col 1: expected-note @+1 {{previously defined here}}
%0 = "foo.def"() : () -> i32
// col 1: expected-error @+1 {{redefinition of SSA value '%0'}}
%0 = "foo.def"() : () -> i32

// -----
// A block argument that shadows a value of the enclosing region.
// col 1: expected-note @+1 {{previously defined here}}
%0 = "foo.def"() : () -> i32
"foo.use"(%0) ({
// col 6: expected-error @+1 {{redefinition of SSA value '%0'}}
^bb0(%0: i32):
  "foo.x"() : () -> ()
}) : (i32) -> ()

// -----
// Two block arguments with the same name.
"foo.op"() ({
// col 15: expected-error @+2 {{redefinition of SSA value '%a'}}
// col 6: expected-note @+1 {{previously defined here}}
^bb0(%a: i32, %a: i32):
  "foo.x"() : () -> ()
}) : () -> ()

// -----
// A branch to a block that does not exist.
"foo.op"() ({
  // col 14: expected-error @+1 {{reference to an undefined block}}
  "foo.br"()[^bb9] : () -> ()
}) : () -> ()

// -----
// A successor in another region: block names are scoped to their region.
"foo.op"() ({
^bb1:
  "foo.op"() ({
    // col 16: expected-error @+1 {{reference to an undefined block}}
    "foo.br"()[^bb1] : () -> ()
  }) : () -> ()
}) : () -> ()

// -----
// A block defined twice.
"foo.op"() ({
^bb1:
  "foo.x"() : () -> ()
// col 1: expected-error @+1 {{redefinition of block '^bb1'}}
^bb1:
  "foo.x"() : () -> ()
}) : () -> ()

// -----
// A block argument without a type.
"foo.op"() ({
// col 8: expected-error @+1 {{expected ':' and type for SSA operand}}
^bb0(%a):
  "foo.x"() : () -> ()
}) : () -> ()

// -----
// More result names than results.
// col 1: expected-error @+1 {{operation defines 1 results but was provided 2 to bind}}
%0:2 = "foo.op"() : () -> i32

// -----
// A name for an op without results.
// col 1: expected-error @+1 {{cannot name an operation with no results}}
%0 = "foo.op"() : () -> ()

// -----
// More operands than operand types.
%0 = "foo.def"() : () -> i32
// col 16: expected-error @+1 {{expected 1 operand type}}
"foo.op"(%0) : () -> ()

// -----
// A result number past the end.
%0:2 = "foo.def"() : () -> (i32, i32)
// col 11: expected-error @+1 {{reference to invalid result number}}
"foo.use"(%0#2) : (i32) -> ()

// -----
// A result number missing after '#'.
%0:2 = "foo.def"() : () -> (i32, i32)
// col 13: expected-error @+1 {{invalid attribute name}}
"foo.use"(%0#) : (i32) -> ()

// -----
// A key used twice in one dictionary.
// col 20: expected-error @+1 {{duplicate key 'a' in dictionary attribute}}
"foo.op"() {a = 1, a = 2} : () -> ()

// -----
// An attribute name that is not an identifier.
// col 13: expected-error @+1 {{expected attribute name}}
"foo.op"() {1 = 2} : () -> ()

// -----
// An integer too large for i8.
// col 17: expected-error @+1 {{integer constant out of range for attribute}}
"foo.op"() {a = 256 : i8} : () -> ()

// -----
// An integer too small for i8.
// col 18: expected-error @+1 {{integer constant out of range for attribute}}
"foo.op"() {a = -129 : i8} : () -> ()

// -----
// A negative value for an unsigned type.
// col 31: expected-error @+1 {{negative integer literal not valid for unsigned integer type}}
"foo.op"() {a = 1 : ui8, b = -1 : ui8} : () -> ()

// -----
// A float literal for an integer type.
// col 26: expected-error @+1 {{floating point value not valid for specified type}}
"foo.op"() {a = 1.5 : i32} : () -> ()

// -----
// A dense array element out of range.
// col 30: expected-error @+1 {{integer constant out of range}}
"foo.op"() {a = array<i8: 300>} : () -> ()

// -----
// A dense i1 element that is not 0 or 1.
// col 24: expected-error @+1 {{integer constant out of range for type}}
"foo.op"() {a = dense<[2]> : tensor<1xi1>} : () -> ()

// -----
// A dense literal whose shape does not match its type.
// col 34: expected-error @+1 {{inferred shape of elements literal ([3]) does not match type ([2])}}
"foo.op"() {a = dense<[1, 2, 3]> : tensor<2xi32>} : () -> ()

// -----
// A ragged dense literal.
// col 35: expected-error @+1 {{tensor literal is invalid; ranks are not consistent between elements}}
"foo.op"() {a = dense<[[1, 2], [3]]> : tensor<2x2xi32>} : () -> ()

// -----
// A dense splat of a dynamically shaped tensor.
// col 41: expected-error @+1 {{elements literal type must have static shape}}
"foo.op"() {a = dense<1> : tensor<?xi32>} : () -> ()

// -----
// A sparse index outside the shape.
// col 17: expected-error @+1 {{sparse index #0 is not contained within the value shape}}
"foo.op"() {a = sparse<[[0, 5]], [1]> : tensor<2x2xi32>} : () -> ()

// -----
// An undefined attribute alias.
// col 22: expected-error @+1 {{undefined symbol alias id 'nope'}}
"foo.op"() {a = #nope} : () -> ()

// -----
// An undefined type alias.
// col 30: expected-error @+1 {{undefined symbol alias id 'nope'}}
%0 = "foo.op"() : () -> !nope

// -----
// An attribute alias defined twice.
#a = 1
// col 1: expected-error @+1 {{redefinition of attribute alias id 'a'}}
#a = 2

// -----
// An invalid dimension list: two 'x' in a row.
// col 34: expected-error @+1 {{expected non-function type}}
%0 = "foo.op"() : () -> tensor<2xx3xf32>

// -----
// An invalid dimension list: a negative size.
// col 34: expected-error @+1 {{expected non-function type}}
%0 = "foo.op"() : () -> tensor<2x-1xf32>

// -----
// A vector with a dynamic size.
// col 32: expected-error @+1 {{expected non-function type}}
%0 = "foo.op"() : () -> vector<?xf32>

// -----
// A vector with a zero size.
// col 34: expected-error @+1 {{vector types must have positive constant sizes}}
%0 = "foo.op"() : () -> vector<0xf32>

// -----
// A tensor of memrefs.
// col 34: expected-error @+1 {{invalid tensor element type}}
%0 = "foo.op"() : () -> tensor<4xmemref<2xf32>>

// -----
// A complex of a memref.
// col 33: expected-error @+1 {{invalid element type for complex}}
%0 = "foo.op"() : () -> complex<memref<2xf32>>

// -----
// An opaque attribute is not a memory space.
// col 25: expected-error @+1 {{unsupported memory space Attribute}}
%0 = "foo.op"() : () -> memref<4xf32, #foo.space<shared>>

// -----
// A strided layout with the wrong number of strides.
// col 25: expected-error @+1 {{expected the number of strides to match the rank}}
%0 = "foo.op"() : () -> memref<4xf32, strided<[1, 1]>>

// -----
// An integer type wider than the limit.
// col 25: expected-error @+1 {{integer bitwidth is limited to 16777215 bits}}
%0 = "foo.op"() : () -> i16777216

// -----
// An unterminated tuple type.
// col 34: expected-error @+1 {{expected '>' in tuple type}}
%0 = "foo.op"() : () -> tuple<i32

// -----
// A trailing comma in a type list.
// col 30: expected-error @+1 {{expected non-function type}}
%0 = "foo.op"() : () -> (i32, )

// -----
// A type after a typed attribute value that is not a type.
// col 20: expected-error @+1 {{expected non-function type}}
"foo.op"() {a = 1 : f32x} : () -> ()

// -----
// A bare '@' is not a symbol reference.
// col 18: expected-error @+1 {{@ identifier expected to start with letter or '_'}}
"foo.op"() {a = @} : () -> ()

// -----
// An op without its type.
// col 11: expected-error @+1 {{expected ':' followed by operation type}}
"foo.op"()

// -----
// A custom-form op that is not registered.
// col 1: expected-error @+1 {{custom op 'builtin.bogus' is unknown}}
builtin.bogus() : () -> ()

// -----
// A truncated file: a region that is never closed.
"foo.op"() ({
  // col 27: expected-error @+1 {{expected operation name in quotes}}
  "foo.inner"() : () -> ()

// -----
// A truncated file: a dense literal cut short.
// col 28: expected-error @+1 {{expected ']'}}
"foo.op"() {a = dense<[1, 2

// -----
// A truncated file: an unterminated property dictionary.
// col 18: expected-error @+1 {{integer literal not valid for specified type}}
"foo.op"() <{a = 1 : () -> ()

// -----
// A truncated file: an unfinished location.
// col 27: expected-error @+1 {{expected location instance}}
"foo.op"() : () -> () loc(

// -----
// A file location without a column.
// col 37: expected-error @+1 {{expected ':' in FileLineColLoc}}
"foo.op"() : () -> () loc("f.mlir":1)

// -----
// A location alias that is never defined.
// col 27: expected-error @+1 {{operation location alias was never defined}}
"foo.op"() : () -> () loc(#nope)

// -----
// A resource blob that is not valid hex.
"foo.op"() {a = dense_resource<r> : tensor<1xi8>} : () -> ()
{-#
  dialect_resources: {
    builtin: {
      // col 10: expected-error @+1 {{expected hex string blob for key 'r'}}
      r: "0x0"
    }
  }
#-}

// -----
// An affine map using an undeclared dimension.
// col 37: expected-error @+1 {{use of undeclared identifier}}
"foo.op"() {a = affine_map<(d0) -> (d1)>} : () -> ()

// -----
// A non-affine product of two dimensions.
// col 44: expected-error @+1 {{non-affine expression: at least one of the multiply operands has to be either a constant or symbolic}}
"foo.op"() {a = affine_map<(d0, d1) -> (d0 * d1)>} : () -> ()

// -----
// Garbage after a module.
module @m {
  "foo.op"() : () -> ()
// col 3: expected-error @+1 {{custom op 'extra' is unknown}}
} extra

// -----
// A bad token where a cached function type would match right after it (found by the long fuzz run).
"foo.a"() : () -> ()
// col 13: expected-error @+1 {{@ identifier expected to start with letter or '_'}}
"foo.b"() :@() -> ()
