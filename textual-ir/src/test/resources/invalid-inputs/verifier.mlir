// Inputs that parse but fail verification (run with --allow-unregistered-dialect). The test
// registers a `test.ssacfg_region` op (like upstream's test dialect): one SSACFG region, so that
// dominance is checked; unregistered ops have graph regions. Upstream check:
//   mlir-opt-19 --allow-unregistered-dialect --split-input-file --verify-diagnostics verifier.mlir

// -----
// A value used before its definition in the same block.
"test.ssacfg_region"() ({
  // col 3: expected-error @+1 {{operand #0 does not dominate this use}}
  "foo.use"(%0) : (i32) -> ()
  // col 8: expected-note @+1 {{operand defined here (op in the same block)}}
  %0 = "foo.def"() : () -> i32
  "foo.end"() : () -> ()
}) : () -> ()

// -----
// A value defined in a block that does not dominate the use.
"test.ssacfg_region"() ({
  %0 = "foo.def"() : () -> i32
  "foo.br"()[^bb2] : () -> ()
^bb1:
  // col 8: expected-note @+1 {{operand defined here (op in the same region)}}
  %1 = "foo.def"() : () -> i32
  "foo.br"()[^bb2] : () -> ()
^bb2:
  // col 3: expected-error @+1 {{operand #0 does not dominate this use}}
  "foo.use"(%1) : (i32) -> ()
}) : () -> ()

// -----
// A loop whose header uses a value defined later in the loop.
"test.ssacfg_region"() ({
^bb0(%arg: i32):
  "foo.br"()[^bb1] : () -> ()
^bb1:
  // col 3: expected-error @+1 {{operand #0 does not dominate this use}}
  "foo.use"(%1) : (i32) -> ()
  "foo.br"()[^bb2] : () -> ()
^bb2:
  // col 8: expected-note @+1 {{operand defined here (op in the same region)}}
  %1 = "foo.def"() : () -> i32
  "foo.br"()[^bb1] : () -> ()
}) : () -> ()

// -----
// A use in a nested region of a value defined after the region's op.
"test.ssacfg_region"() ({
  "foo.region"() ({
    // col 5: expected-error @+1 {{operand #0 does not dominate this use}}
    "foo.use"(%0) : (i32) -> ()
  }) : () -> ()
  // col 8: expected-note @+1 {{operand defined here (op in a parent region)}}
  %0 = "foo.def"() : () -> i32
}) : () -> ()

// -----
// A symbol defined twice in a module.
// col 1: expected-note @+1 {{see existing symbol definition here}}
"foo.func"() ({
}) {sym_name = "f"} : () -> ()
// col 1: expected-error @+1 {{redefinition of symbol named 'f'}}
"foo.func"() ({
}) {sym_name = "f"} : () -> ()

// -----
// Two nested modules with the same name.
module @outer {
  // col 3: expected-note @+1 {{see existing symbol definition here}}
  module @inner {
  }
  // col 3: expected-error @+1 {{redefinition of symbol named 'inner'}}
  module @inner {
  }
}

// -----
// A value from outside an isolated module (custom form).
%0 = "foo.def"() : () -> i32
// col 1: expected-note @+1 {{required by region isolation constraints}}
module {
  // col 3: expected-error @+1 {{'foo.use' op using value defined outside the region}}
  "foo.use"(%0) : (i32) -> ()
}

// -----
// A value from outside an isolated module (generic form).
%0 = "foo.def"() : () -> i32
// col 1: expected-note @+1 {{required by region isolation constraints}}
"builtin.module"() ({
  // col 3: expected-error @+1 {{'foo.use' op using value defined outside the region}}
  "foo.use"(%0) : (i32) -> ()
}) : () -> ()

// -----
// A branch that does not end its block.
"test.ssacfg_region"() ({
  // col 3: expected-error @+1 {{operation with block successors must terminate its parent block}}
  "foo.br"()[^bb1] : () -> ()
  "foo.x"() : () -> ()
^bb1:
  "foo.end"() : () -> ()
}) : () -> ()

// -----
// An empty block in a region that needs terminators.
// col 1: expected-error @+1 {{empty block: expect at least a terminator}}
"test.ssacfg_region"() ({
^bb0:
}) : () -> ()

// -----
// An entry block that is branched to.
// col 1: expected-error @+1 {{entry block of region may not have predecessors}}
"test.ssacfg_region"() ({
^bb0:
  "foo.br"()[^bb0] : () -> ()
}) : () -> ()

// -----
// A module whose body block has arguments.
// col 1: expected-error @+1 {{'builtin.module' op region should have no arguments}}
"builtin.module"() ({
^bb0(%a: i32):
  "foo.x"() : () -> ()
}) : () -> ()

// -----
// A module with two blocks.
// col 1: expected-error @+1 {{'builtin.module' op expects region #0 to have 0 or 1 blocks}}
"builtin.module"() ({
  "foo.x"() : () -> ()
^bb1:
  "foo.x"() : () -> ()
}) : () -> ()

// -----
// A module with a result.
// col 6: expected-error @+1 {{'builtin.module' op requires zero results}}
%0 = "builtin.module"() ({
  "foo.x"() : () -> ()
}) : () -> i32
