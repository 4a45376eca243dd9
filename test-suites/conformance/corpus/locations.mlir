// Locations: file:line:col, names, call sites, fused, unknown and location aliases.

// A file-line-column location.
"foo.op"() : () -> () loc("file.mlir":10:8)

// -----

// A file name with a directory and unusual characters.
"foo.op"() : () -> () loc("/path/to dir/model-v2.onnx":0:0)

// -----

// The unknown location.
"foo.op"() : () -> () loc(unknown)

// -----

// A name location without a child.
"foo.op"() : () -> () loc("conv1")

// -----

// A name location with a file child.
"foo.op"() : () -> () loc("relu"("model.py":42:7))

// -----

// A call-site location.
"foo.op"() : () -> () loc(callsite("callee.mlir":1:1 at "caller.mlir":5:3))

// -----

// Nested call sites.
"foo.op"() : () -> () loc(callsite(callsite("a.mlir":1:1 at "b.mlir":2:2) at "c.mlir":3:3))

// -----

// Call sites with name locations.
"foo.op"() : () -> () loc(callsite("inner"("x.py":1:0) at "outer"))

// -----

// A fused location.
"foo.op"() : () -> () loc(fused["a.mlir":1:1, "b.mlir":2:2])

// -----

// A fused location with string metadata.
"foo.op"() : () -> () loc(fused<"fusion">["a.mlir":1:1, "name"])

// -----

// A fused location with dialect metadata.
"foo.op"() : () -> () loc(fused<#foo.meta<1>>["x", "y"])

// -----

// Fused locations containing call sites and unknown.
"foo.op"() : () -> () loc(fused[callsite("f" at "g"), unknown, "z.mlir":9:9])

// -----

// A location alias defined before its use.
#loc0 = loc("defined.mlir":1:2)
"foo.op"() : () -> () loc(#loc0)

// -----

// A location alias used before its definition.
"foo.op"() : () -> () loc(#later)
#later = loc("later.mlir":3:4)

// -----

// Several ops sharing one location alias.
#shared = loc("shared"("s.mlir":7:1))
"foo.op"() : () -> () loc(#shared)
"foo.op"() : () -> () loc(#shared)

// -----

// Location aliases built from other aliases.
#a = loc("a.mlir":1:1)
#b = loc("b.mlir":2:2)
"foo.op"() : () -> () loc(callsite(#a at #b))
"foo.op"() : () -> () loc(fused[#a, #b])

// -----

// Locations on an op with results, operands and regions.
%0 = "foo.def"() : () -> i32 loc("def.mlir":1:1)
"foo.op"(%0) ({
  "foo.inner"() : () -> () loc("inner.mlir":2:2)
}) : (i32) -> () loc("outer.mlir":3:3)

// -----

// Block argument locations.
"foo.op"() ({
^bb0(%a: i32 loc("arg0.mlir":1:1), %b: f32 loc("argb")):
  "foo.use"(%a, %b) : (i32, f32) -> ()
}) : () -> ()

// -----

// Block argument locations in non-entry blocks.
"foo.op"() ({
^bb0:
  "foo.br"()[^bb1] : () -> ()
^bb1(%x: index loc("x.mlir":4:4)):
  "foo.use"(%x) : (index) -> ()
}) : () -> ()

// -----

// A location on an explicit module.
module @m {
  "foo.op"() : () -> () loc("in.mlir":2:3)
} loc("module.mlir":1:1)

// -----

// A location on a generic module.
"builtin.module"() ({
  "foo.op"() : () -> ()
}) : () -> () loc("generic-module")

// -----

// Escapes inside location strings.
"foo.op"() : () -> () loc("with \"quotes\"\0A":1:1)

// -----

// Large line and column numbers.
"foo.op"() : () -> () loc("big.mlir":4294967295:4294967295)

// -----

// Location attributes stored in attributes.
"foo.op"() {where = loc("attr.mlir":5:6), list = [loc("n"), loc(unknown)]} : () -> ()

// -----

// A fused location with a single member.
"foo.op"() : () -> () loc(fused["only.mlir":1:1])

// -----

// A fused location nested in a name and a call site.
"foo.op"() : () -> () loc("outer"(callsite("a" at fused["b", "c"])))

// -----

// An empty name location.
"foo.op"() : () -> () loc("")

// -----

// Locations on operations in nested regions of nested ops.
"foo.op"() ({
  "foo.op"() ({
    "foo.leaf"() : () -> () loc("deep.mlir":3:5)
  }) : () -> () loc("mid.mlir":2:3)
}) : () -> () loc("top.mlir":1:1)
