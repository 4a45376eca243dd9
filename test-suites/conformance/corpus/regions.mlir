// Regions and blocks: empty regions, several regions, several blocks, block arguments.

// An op with one empty region.
"foo.op"() ({
}) : () -> ()

// -----

// An op with several empty regions.
"foo.op"() ({
}, {
}, {
}) : () -> ()

// -----

// An op with one region holding one op.
"foo.op"() ({
  "foo.inner"() : () -> ()
}) : () -> ()

// -----

// Two regions with content.
"foo.if"() ({
  "foo.then"() : () -> ()
}, {
  "foo.else"() : () -> ()
}) : () -> ()

// -----

// A region whose only block is empty but explicitly labeled.
"foo.op"() ({
^bb0:
}) : () -> ()

// -----

// An entry block with arguments.
"foo.op"() ({
^bb0(%arg0: i32, %arg1: f32):
  "foo.use"(%arg0, %arg1) : (i32, f32) -> ()
}) : () -> ()

// -----

// An entry block with unused arguments and no ops.
"foo.op"() ({
^bb0(%x: index):
}) : () -> ()

// -----

// Multiple blocks in one region.
"foo.op"() ({
  "foo.a"() : () -> ()
^bb1:
  "foo.b"() : () -> ()
^bb2:
  "foo.c"() : () -> ()
}) : () -> ()

// -----

// Multiple blocks with arguments.
"foo.op"() ({
^bb0(%a: i32):
  "foo.use"(%a) : (i32) -> ()
^bb1(%b: i64, %c: i64):
  "foo.use"(%b, %c) : (i64, i64) -> ()
}) : () -> ()

// -----

// Deeply nested regions.
"foo.l1"() ({
  "foo.l2"() ({
    "foo.l3"() ({
      "foo.l4"() ({
        "foo.l5"() : () -> ()
      }) : () -> ()
    }) : () -> ()
  }) : () -> ()
}) : () -> ()

// -----

// Values from an enclosing region used inside a nested region.
%0 = "foo.def"() : () -> i32
"foo.op"() ({
  "foo.use"(%0) : (i32) -> ()
  "foo.op"() ({
    "foo.use"(%0) : (i32) -> ()
  }) : () -> ()
}) : () -> ()

// -----

// Block arguments of an outer region used in an inner region.
"foo.op"() ({
^bb0(%outer: f32):
  "foo.op"() ({
  ^bb0(%inner: f32):
    "foo.use"(%outer, %inner) : (f32, f32) -> ()
  }) : () -> ()
}) : () -> ()

// -----

// An op with regions, operands, results and attributes together.
%0 = "foo.def"() : () -> i32
%1:2 = "foo.loop"(%0) ({
^bb0(%iv: i32):
  "foo.yield"(%iv) : (i32) -> ()
}) {step = 1 : i32} : (i32) -> (i32, f32)

// -----

// Graph-region style: an unregistered op may use a value defined later in its block.
"foo.graph"() ({
  %0 = "foo.node"(%1) : (i32) -> i32
  %1 = "foo.node"(%0) : (i32) -> i32
}) : () -> ()

// -----

// A self-referencing op in a graph region.
"foo.graph"() ({
  %0 = "foo.node"(%0) : (i32) -> i32
}) : () -> ()

// -----

// Empty regions mixed with non-empty regions.
"foo.op"() ({
}, {
  "foo.x"() : () -> ()
}, {
}) : () -> ()

// -----

// A region with a block that has arguments of many types.
"foo.op"() ({
^bb0(%a: tensor<?xf32>, %b: memref<4xi8>, %c: vector<[4]xi1>, %d: complex<f64>, %e: !foo.t<1>):
}) : () -> ()

// -----

// Nested ops with multiple regions each.
"foo.outer"() ({
  "foo.mid"() ({
    "foo.a"() : () -> ()
  }, {
    "foo.b"() : () -> ()
  }) : () -> ()
}, {
  "foo.c"() : () -> ()
}) : () -> ()

// -----

// Block argument names are renumbered on print.
"foo.op"() ({
^entry(%first: i1, %second: i1):
  "foo.use"(%second, %first) : (i1, i1) -> ()
}) : () -> ()

// -----

// Many values defined in one region.
"foo.op"() ({
  %a = "foo.def"() : () -> i8
  %b = "foo.def"() : () -> i16
  %c = "foo.def"() : () -> i32
  %d = "foo.def"() : () -> i64
  "foo.use"(%d, %c, %b, %a) : (i64, i32, i16, i8) -> ()
}) : () -> ()

// -----

// Values of a nested region are numbered after those of the enclosing block.
%0 = "foo.def"() : () -> i32
"foo.op"() ({
  %1 = "foo.def"() : () -> i32
  "foo.use"(%0, %1) : (i32, i32) -> ()
}) : () -> ()
%2 = "foo.def"() : () -> i32
