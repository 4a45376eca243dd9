// Affine maps and integer sets as attributes (printed through #map/#set aliases).

// The identity map.
"foo.op"() {map = affine_map<(d0, d1) -> (d0, d1)>} : () -> ()

// -----

// A permutation.
"foo.op"() {map = affine_map<(d0, d1, d2) -> (d2, d0, d1)>} : () -> ()

// -----

// The empty map and a map with no dimensions.
"foo.op"() {a = affine_map<() -> ()>, b = affine_map<() -> (0)>} : () -> ()

// -----

// Constant results.
"foo.op"() {map = affine_map<(d0) -> (0, 1, -1, 42)>} : () -> ()

// -----

// Addition, subtraction and multiplication by constants.
"foo.op"() {map = affine_map<(d0, d1) -> (d0 + d1, d0 - d1, d0 * 3, -d1)>} : () -> ()

// -----

// floordiv, ceildiv and mod.
"foo.op"() {map = affine_map<(d0) -> (d0 floordiv 4, d0 ceildiv 8, d0 mod 16)>} : () -> ()

// -----

// Symbols.
"foo.op"() {map = affine_map<(d0)[s0, s1] -> (d0 * s0 + s1)>} : () -> ()

// -----

// A map with only symbols.
"foo.op"() {map = affine_map<()[s0] -> (s0, s0 * 2)>} : () -> ()

// -----

// Operations on symbols: s0 * s1 is allowed, floordiv by a symbol too.
"foo.op"() {map = affine_map<(d0)[s0, s1] -> (s0 * s1, d0 floordiv s0, d0 mod s1)>} : () -> ()

// -----

// Parentheses and precedence.
"foo.op"() {map = affine_map<(d0, d1) -> ((d0 + d1) * 2, d0 + d1 * 2, (d0 floordiv 2) mod 3)>} : () -> ()

// -----

// Constant folding on construction.
"foo.op"() {map = affine_map<(d0) -> (2 + 3, d0 * 0, d0 + 0, 4 * d0)>} : () -> ()

// -----

// Negative coefficients.
"foo.op"() {map = affine_map<(d0, d1) -> (d0 - d1 * 2 - 5, -(d0 + d1))>} : () -> ()

// -----

// Unused dimensions.
"foo.op"() {map = affine_map<(d0, d1, d2) -> (d1)>} : () -> ()

// -----

// Dimension names in the source do not matter.
"foo.op"() {map = affine_map<(i, j)[n] -> (j + n, i)>} : () -> ()

// -----

// The same map used twice shares an alias.
"foo.op"() {a = affine_map<(d0) -> (d0 + 1)>, b = affine_map<(d0) -> (d0 + 1)>} : () -> ()

// -----

// Several distinct maps get distinct aliases.
"foo.op"() {a = affine_map<(d0) -> (d0)>, b = affine_map<(d0) -> (d0 * 2)>, c = affine_map<(d0) -> (d0 * 3)>} : () -> ()

// -----

// An integer set with an inequality.
"foo.op"() {set = affine_set<(d0) : (d0 >= 0)>} : () -> ()

// -----

// An integer set with equalities and inequalities.
"foo.op"() {set = affine_set<(d0, d1)[s0] : (d0 - d1 == 0, s0 - d0 - 1 >= 0, d1 >= 0)>} : () -> ()

// -----

// The empty-constraint and always-false sets.
"foo.op"() {a = affine_set<(d0) : (0 == 0)>, b = affine_set<(d0) : (1 == 0)>} : () -> ()

// -----

// A set with floordiv and mod.
"foo.op"() {set = affine_set<(d0)[s0] : (d0 mod 2 == 0, s0 floordiv 4 - d0 >= 0)>} : () -> ()

// -----

// A set with only symbols.
"foo.op"() {set = affine_set<()[s0, s1] : (s0 - s1 >= 0)>} : () -> ()

// -----

// Maps inside arrays and dictionaries.
"foo.op"() {maps = [affine_map<(d0) -> (d0)>, affine_map<(d0, d1) -> (d1, d0)>], d = {m = affine_map<()[s0] -> (s0)>}} : () -> ()

// -----

// Maps as properties.
"foo.op"() <{indexing_maps = [affine_map<(d0, d1) -> (d0)>, affine_map<(d0, d1) -> (d1)>]}> : () -> ()

// -----

// A memref type whose layout map gets an alias.
%0 = "foo.op"() : () -> memref<8x8xf32, affine_map<(d0, d1) -> (d0 * 16 + d1)>>

// -----

// Large coefficients.
"foo.op"() {map = affine_map<(d0) -> (d0 * 1000000007 + 4294967296)>} : () -> ()

// -----

// A sum times a constant keeps its parentheses.
"foo.op"() {map = affine_map<(d0, d1) -> ((d0 + d1) * 4)>} : () -> ()

// -----

// Nested floordiv and mod; (d0 mod 64) mod 8 simplifies to d0 mod 8.
"foo.op"() {map = affine_map<(d0) -> ((d0 floordiv 4) floordiv 8, (d0 mod 64) mod 8)>} : () -> ()

// -----

// Many dimensions and symbols.
"foo.op"() {map = affine_map<(d0, d1, d2, d3, d4, d5)[s0, s1, s2] -> (d0 + d5 + s2, d3 * s1, d4)>} : () -> ()
