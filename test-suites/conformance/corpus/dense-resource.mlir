// dense_resource attributes and the file-level resource section.

// A resource blob of four i32 values (the first four bytes give the alignment).
"foo.op"() {a = dense_resource<blob1> : tensor<4xi32>} : () -> ()

{-#
  dialect_resources: {
    builtin: {
      blob1: "0x0400000001000000020000000300000004000000"
    }
  }
#-}

// -----

// A float blob.
"foo.op"() {a = dense_resource<weights> : tensor<2xf32>} : () -> ()

{-#
  dialect_resources: {
    builtin: {
      weights: "0x040000000000803F00000040"
    }
  }
#-}

// -----

// Two ops sharing one blob, and a second blob.
"foo.op"() {a = dense_resource<shared> : tensor<2xi16>} : () -> ()
"foo.op"() {b = dense_resource<shared> : tensor<2xi16>, c = dense_resource<other> : tensor<1xi64>} : () -> ()

{-#
  dialect_resources: {
    builtin: {
      shared: "0x0200000001000200",
      other: "0x08000000FFFFFFFFFFFFFFFF"
    }
  }
#-}

// -----

// A blob with 16-byte alignment.
"foo.op"() {a = dense_resource<aligned> : tensor<2xf64>} : () -> ()

{-#
  dialect_resources: {
    builtin: {
      aligned: "0x10000000000000000000F03F0000000000000040"
    }
  }
#-}

// -----

// A resource used as a property and inside an array.
"foo.op"() <{value = dense_resource<r0> : tensor<3xi8>}> {list = [dense_resource<r0> : tensor<3xi8>]} : () -> ()

{-#
  dialect_resources: {
    builtin: {
      r0: "0x01000000010203"
    }
  }
#-}

// -----

// A resource on a vector type and on a rank-2 tensor.
"foo.op"() {a = dense_resource<vec> : vector<4xi8>, b = dense_resource<mat> : tensor<2x2xi8>} : () -> ()

{-#
  dialect_resources: {
    builtin: {
      vec: "0x0100000001020304",
      mat: "0x010000000A0B0C0D"
    }
  }
#-}

// -----

// Resource names with dots and digits.
"foo.op"() {a = dense_resource<layer1.weight_0> : tensor<1xi32>} : () -> ()

{-#
  dialect_resources: {
    builtin: {
      layer1.weight_0: "0x040000002A000000"
    }
  }
#-}

// -----

// A resource used inside a nested region.
"foo.op"() ({
  "foo.inner"() {a = dense_resource<nested> : tensor<2xi32>} : () -> ()
}) : () -> ()

{-#
  dialect_resources: {
    builtin: {
      nested: "0x040000000500000006000000"
    }
  }
#-}

// -----

// An empty resource section.
"foo.op"() : () -> ()

{-#
#-}

// -----

// A blob that holds bf16 values.
"foo.op"() {a = dense_resource<half> : tensor<2xbf16>} : () -> ()

{-#
  dialect_resources: {
    builtin: {
      half: "0x02000000803F0040"
    }
  }
#-}

// -----

// A resource handle without a blob prints as the bare handle.
"foo.op"() {a = dense_resource<missing> : tensor<2xi32>} : () -> ()

// -----

// A blob defined but not used is dropped when printed.
"foo.op"() {a = dense_resource<used> : tensor<1xi8>} : () -> ()

{-#
  dialect_resources: {
    builtin: {
      used: "0x0100000007",
      unused: "0x0100000008"
    }
  }
#-}
