// Symbol names and symbol references.

// Flat symbol references.
"foo.op"() {callee = @func, other = @_under.score$1} : () -> ()

// -----

// Nested symbol references.
"foo.op"() {a = @outer::@inner, b = @a::@b::@c} : () -> ()

// -----

// Quoted symbol names with spaces and punctuation.
"foo.op"() {a = @"with space", b = @"a::b", c = @"quote\"d"} : () -> ()

// -----

// Quoted symbol names that are valid bare identifiers print bare.
"foo.op"() {a = @"simple", b = @"x.y"} : () -> ()

// -----

// Quoted names that start with a digit stay quoted.
"foo.op"() {a = @"0abc", b = @"-dash"} : () -> ()

// -----

// Symbols defined by ops with sym_name.
"foo.func"() ({
}) {sym_name = "f", function_type = () -> ()} : () -> ()
"foo.call"() {callee = @f} : () -> ()

// -----

// Symbol visibility attributes.
"foo.func"() ({
}) {sym_name = "private_fn", sym_visibility = "private"} : () -> ()
"foo.func"() ({
}) {sym_name = "nested_fn", sym_visibility = "nested"} : () -> ()

// -----

// Symbol references into nested modules.
module @outer {
  module @inner {
    "foo.func"() ({
    }) {sym_name = "leaf"} : () -> ()
  }
}
"foo.call"() {callee = @outer::@inner::@leaf} : () -> ()

// -----

// Symbol references in arrays and dictionaries.
"foo.op"() {refs = [@a, @b::@c], map = {target = @d}} : () -> ()

// -----

// Symbol references as properties.
"foo.op"() <{callee = @target}> : () -> ()

// -----

// A symbol name with non-ASCII bytes.
"foo.op"() {a = @"caf\C3\A9"} : () -> ()

// -----

// A nested reference with a quoted leaf.
"foo.op"() {a = @root::@"leaf name"} : () -> ()

// -----

// Symbol names with the characters allowed in bare identifiers.
"foo.op"() {a = @a$b, b = @_x, c = @x.y.z, d = @A9} : () -> ()
