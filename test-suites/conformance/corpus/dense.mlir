// Dense elements attributes: list, splat and hex forms for every element kind.

// A splat integer tensor.
"foo.op"() {a = dense<1> : tensor<4xi32>} : () -> ()

// -----

// A splat float tensor and a splat vector.
"foo.op"() {a = dense<2.5> : tensor<2x3xf32>, b = dense<0.0> : vector<4xf64>} : () -> ()

// -----

// A one-dimensional integer list.
"foo.op"() {a = dense<[1, 2, 3, 4]> : tensor<4xi32>} : () -> ()

// -----

// A two-dimensional integer list.
"foo.op"() {a = dense<[[1, 2, 3], [4, 5, 6]]> : tensor<2x3xi64>} : () -> ()

// -----

// A three-dimensional list.
"foo.op"() {a = dense<[[[1], [2]], [[3], [4]]]> : tensor<2x2x1xi8>} : () -> ()

// -----

// A list whose elements are all equal prints as a splat.
"foo.op"() {a = dense<[7, 7, 7]> : tensor<3xi16>} : () -> ()

// -----

// Negative and extreme integers.
"foo.op"() {a = dense<[-128, 127, 0, -1]> : tensor<4xi8>, b = dense<[-9223372036854775808, 9223372036854775807]> : tensor<2xi64>} : () -> ()

// -----

// Unsigned and signed element types.
"foo.op"() {a = dense<[0, 255]> : tensor<2xui8>, b = dense<[-1, 1]> : tensor<2xsi32>} : () -> ()

// -----

// Index elements.
"foo.op"() {a = dense<[0, 1, 2]> : tensor<3xindex>} : () -> ()

// -----

// Wide integer elements.
"foo.op"() {a = dense<[1, 170141183460469231731687303715884105727]> : tensor<2xi128>} : () -> ()

// -----

// Odd-width integer elements.
"foo.op"() {a = dense<[1, -1, 3]> : tensor<3xi3>} : () -> ()

// -----

// Boolean elements as true/false.
"foo.op"() {a = dense<[true, false, true, true]> : tensor<4xi1>} : () -> ()

// -----

// Boolean elements as 0/1 and a boolean splat.
"foo.op"() {a = dense<[1, 0]> : tensor<2xi1>, b = dense<true> : tensor<8xi1>, c = dense<false> : vector<3xi1>} : () -> ()

// -----

// A two-dimensional boolean list.
"foo.op"() {a = dense<[[true, false], [false, true]]> : tensor<2x2xi1>} : () -> ()

// -----

// A float list.
"foo.op"() {a = dense<[1.0, -2.5, 0.0, 3.25]> : tensor<4xf32>} : () -> ()

// -----

// Floats of other types.
"foo.op"() {a = dense<[1.0, 2.0]> : tensor<2xf16>, b = dense<[0.5, -0.5]> : tensor<2xbf16>, c = dense<[1.0e100]> : tensor<1xf64>} : () -> ()

// -----

// A float splat in a rank-2 vector.
"foo.op"() {a = dense<-1.0> : vector<2x2xf32>} : () -> ()

// -----

// Special float values in a list.
"foo.op"() {a = dense<[0x7FC00000, 0x7F800000, 0xFF800000, -0.0]> : tensor<4xf32>} : () -> ()

// -----

// 8-bit float elements.
"foo.op"() {a = dense<[1.0, 2.0, -4.0]> : tensor<3xf8E4M3FN>, b = dense<0.5> : tensor<2xf8E5M2>} : () -> ()

// -----

// f80 and f128 elements.
"foo.op"() {a = dense<[1.0, 2.0]> : tensor<2xf80>, b = dense<1.5> : tensor<2xf128>} : () -> ()

// -----

// Complex integer elements.
"foo.op"() {a = dense<[(1, 2), (3, -4)]> : tensor<2xcomplex<i32>>} : () -> ()

// -----

// Complex float elements and a complex splat.
"foo.op"() {a = dense<[(1.0, 2.0), (0.5, -0.5)]> : tensor<2xcomplex<f32>>, b = dense<(1.0, 0.0)> : tensor<3xcomplex<f64>>} : () -> ()

// -----

// String elements.
"foo.op"() {a = dense<["a", "bc", ""]> : tensor<3x!foo.string>} : () -> ()

// -----

// A string splat with escapes.
"foo.op"() {a = dense<"x\0Ay"> : tensor<2x!foo.string>} : () -> ()

// -----

// Hex form for integer data.
"foo.op"() {a = dense<"0x0100000002000000"> : tensor<2xi32>} : () -> ()

// -----

// Hex form for float data.
"foo.op"() {a = dense<"0x0000803F00000040"> : tensor<2xf32>} : () -> ()

// -----

// Hex form for a splat.
"foo.op"() {a = dense<"0x01000000"> : tensor<4xi32>} : () -> ()

// -----

// Large tensors print in hex form.
"foo.op"() {a = dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]> : tensor<32xi32>} : () -> ()

// -----

// Rank-0 tensors.
"foo.op"() {a = dense<5> : tensor<i32>, b = dense<1.5> : tensor<f32>} : () -> ()

// -----

// Empty tensors.
"foo.op"() {a = dense<> : tensor<0xi32>, b = dense<[]> : tensor<0xf32>, c = dense<> : tensor<2x0xi8>} : () -> ()

// -----

// Dense vectors.
"foo.op"() {a = dense<[1, 2]> : vector<2xi64>, b = dense<[[1.0, 2.0], [3.0, 4.0]]> : vector<2x2xf32>} : () -> ()

// -----

// Dense elements of index type in a vector.
"foo.op"() {a = dense<[4, 8]> : vector<2xindex>} : () -> ()

// -----

// Dense tensors with an encoding.
"foo.op"() {a = dense<[1, 2]> : tensor<2xi32, "enc">} : () -> ()

// -----

// Dense attributes as properties and in arrays.
"foo.op"() <{value = dense<[1, 2]> : tensor<2xi32>}> {list = [dense<0> : tensor<1xi8>, dense<1.0> : tensor<1xf32>]} : () -> ()

// -----

// A dense attribute on a constant-like op.
%0 = "foo.constant"() {value = dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>} : () -> tensor<2x2xf32>

// -----

// Boolean elements in hex form are bit-packed; 0xFF is a splat of true.
"foo.op"() {a = dense<"0x0D"> : tensor<4xi1>, b = dense<"0xFF"> : tensor<4xi1>} : () -> ()

// -----

// Complex elements in hex form.
"foo.op"() {a = dense<"0x0000803F00000040"> : tensor<1xcomplex<f32>>} : () -> ()

// -----

// Sparse elements attribute.
"foo.op"() {a = sparse<[[0, 0], [1, 2]], [1, 5]> : tensor<3x4xi32>} : () -> ()

// -----

// Sparse float elements and an empty sparse attribute.
"foo.op"() {a = sparse<[[1]], [2.5]> : tensor<4xf32>, b = sparse<> : tensor<2xi8>} : () -> ()

// -----

// More than 100 elements print in hex form.
"foo.op"() {a = dense<[-128, -91, -54, -17, 20, 57, 94, -125, -88, -51, -14, 23, 60, 97, -122, -85, -48, -11, 26, 63, 100, -119, -82, -45, -8, 29, 66, 103, -116, -79, -42, -5, 32, 69, 106, -113, -76, -39, -2, 35, 72, 109, -110, -73, -36, 1, 38, 75, 112, -107, -70, -33, 4, 41, 78, 115, -104, -67, -30, 7, 44, 81, 118, -101, -64, -27, 10, 47, 84, 121, -98, -61, -24, 13, 50, 87, 124, -95, -58, -21, 16, 53, 90, 127, -92, -55, -18, 19, 56, 93, -126, -89, -52, -15, 22, 59, 96, -123, -86, -49, -12, 25, 62, 99, -120, -83, -46, -9, 28, 65, 102, -117, -80, -43, -6, 31, 68, 105, -114, -77, -40, -3, 34, 71, 108, -111, -74, -37]> : tensor<128xi8>} : () -> ()

// -----

// A large float tensor in hex form.
"foo.op"() {a = dense<"0x0000803F0000813F0000823F0000833F0000843F0000853F0000863F0000873F0000883F0000893F00008A3F00008B3F00008C3F00008D3F00008E3F00008F3F0000903F0000913F0000923F0000933F0000943F0000953F0000963F0000973F0000983F0000993F00009A3F00009B3F00009C3F00009D3F00009E3F00009F3F0000A03F0000A13F0000A23F0000A33F0000A43F0000A53F0000A63F0000A73F0000A83F0000A93F0000AA3F0000AB3F0000AC3F0000AD3F0000AE3F0000AF3F0000B03F0000B13F0000B23F0000B33F0000B43F0000B53F0000B63F0000B73F0000B83F0000B93F0000BA3F0000BB3F0000BC3F0000BD3F0000BE3F0000BF3F"> : tensor<64xf32>} : () -> ()

// -----

// Unsigned elements wider than 64 bits print without truncation.
"foo.wide"() {a = dense<[340282366920938463463374607431768211455, 5]> : tensor<2xui128>, b = dense<[255, 1]> : tensor<2xui8>} : () -> ()
