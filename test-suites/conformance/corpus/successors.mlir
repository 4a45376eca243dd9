// Successors: branches between blocks, forward references to blocks, successor operands.

// An unconditional branch to a later block.
"foo.op"() ({
  "foo.br"()[^bb1] : () -> ()
^bb1:
  "foo.return"() : () -> ()
}) : () -> ()

// -----

// A branch passing operands to a block argument.
"foo.op"() ({
  %0 = "foo.def"() : () -> i32
  "foo.br"(%0)[^bb1] : (i32) -> ()
^bb1(%x: i32):
  "foo.return"(%x) : (i32) -> ()
}) : () -> ()

// -----

// A conditional branch with two successors.
"foo.op"() ({
^bb0(%c: i1):
  "foo.cond_br"(%c)[^bb1, ^bb2] : (i1) -> ()
^bb1:
  "foo.return"() : () -> ()
^bb2:
  "foo.return"() : () -> ()
}) : () -> ()

// -----

// A loop: a block branching back to itself.
"foo.op"() ({
  "foo.br"()[^loop] : () -> ()
^loop:
  "foo.br"()[^loop] : () -> ()
}) : () -> ()

// -----

// A backward branch to an earlier block.
"foo.op"() ({
  "foo.br"()[^bb2] : () -> ()
^bb1:
  "foo.return"() : () -> ()
^bb2:
  "foo.br"()[^bb1] : () -> ()
}) : () -> ()

// -----

// A switch-like op with many successors.
"foo.op"() ({
^bb0(%v: i32):
  "foo.switch"(%v)[^bb1, ^bb2, ^bb3, ^bb1] {cases = [0, 1, 2]} : (i32) -> ()
^bb1:
  "foo.return"() : () -> ()
^bb2:
  "foo.return"() : () -> ()
^bb3:
  "foo.return"() : () -> ()
}) : () -> ()

// -----

// A branch with a forward reference to a value defined in the target's predecessor.
"foo.op"() ({
  %0 = "foo.def"() : () -> f32
  "foo.br"()[^bb2] : () -> ()
^bb1:
  "foo.use"(%1) : (f32) -> ()
  "foo.return"() : () -> ()
^bb2:
  %1 = "foo.def"() : () -> f32
  "foo.br"()[^bb1] : () -> ()
}) : () -> ()

// -----

// A diamond with block arguments merging two values.
"foo.op"() ({
^bb0(%c: i1, %a: i64, %b: i64):
  "foo.cond_br"(%c)[^then, ^else] : (i1) -> ()
^then:
  "foo.br"(%a)[^merge] : (i64) -> ()
^else:
  "foo.br"(%b)[^merge] : (i64) -> ()
^merge(%m: i64):
  "foo.return"(%m) : (i64) -> ()
}) : () -> ()

// -----

// Branch ops with results.
"foo.op"() ({
  %0:2 = "foo.invoke"()[^ok, ^err] : () -> (i32, i1)
^ok:
  "foo.use"(%0#0) : (i32) -> ()
^err:
  "foo.use"(%0#1) : (i1) -> ()
}) : () -> ()

// -----

// Successors with attributes and properties.
"foo.op"() ({
  "foo.br"()[^bb1] <{weights = array<i32: 1, 2>}> {hint} : () -> ()
^bb1:
  "foo.return"() : () -> ()
}) : () -> ()

// -----

// Block names with digits, dashes, dots and dollars.
"foo.op"() ({
  "foo.br"()[^bb-1] : () -> ()
^bb-1:
  "foo.br"()[^9] : () -> ()
^9:
  "foo.br"()[^_x.y$] : () -> ()
^_x.y$:
  "foo.return"() : () -> ()
}) : () -> ()

// -----

// Unreachable blocks and blocks with several predecessors.
"foo.op"() ({
  "foo.cond_br"()[^bb2, ^bb2] : () -> ()
^bb1:
  "foo.br"()[^bb2] : () -> ()
^bb2:
  "foo.return"() : () -> ()
}) : () -> ()

// -----

// Successors in several regions of the same op.
"foo.op"() ({
  "foo.br"()[^a] : () -> ()
^a:
  "foo.return"() : () -> ()
}, {
  "foo.br"()[^a] : () -> ()
^a:
  "foo.return"() : () -> ()
}) : () -> ()

// -----

// An op with successors and a region.
"foo.op"() ({
  "foo.try"()[^bb1] ({
    "foo.inner"() : () -> ()
  }) : () -> ()
^bb1:
  "foo.return"() : () -> ()
}) : () -> ()
