// RUN: mlc-opt --fuse --convert-graph-to-tl --tl-matmul-kernel --no-check-semantics %s | FileCheck %s
// RUN: mlc-run %s --random-inputs --seed 3 --check-against-interpreter --threads 1 --no-cache 2>&1 | FileCheck %s --check-prefix=NATIVE

// qlinear_conv2d (input zero point 77, 3x3, padding 1, width 18 = 16 + 2) on a target with
// AVX512-VNNI: the direct VNNI convolution. The u8 input is laid out once (four taps per 32-bit lane:
// byte loads, the padding taps the zero point, interleaved by shuffles) instead of the padded i32 copy
// (gone, with the i32 weights), the bias initialization and the requantization, dequantization and
// ReLU are applied in registers and the kernel stores f32. Natively (on a VNNI host: the kernel;
// elsewhere: the generic loops) it equals the interpreter bit for bit.
// CHECK-LABEL: func.func @main
// CHECK-NOT:     memref<1x2x7x20xi32>
// CHECK-NOT:     memref<3x2x3x3xi32>
// CHECK-NOT:     memref<1x3x5x18xi32>
// CHECK:         %[[XW:.*]] = tl.alloc() {alignment = 64 : i64} : memref<1x2x7x72xi8>
// CHECK:         tl.shuffle %{{.*}}, %{{.*}}, [{{.*}}] : vector<32xi8>, vector<32xi8> to vector<64xi8>
// CHECK:         tl.vstore %{{.*}}, %[[XW]]
// CHECK:         tl.loop {{.*}} iterators ["reduction"] iter_args
// CHECK:           tl.vload %[[XW]][{{.*}}] : memref<1x2x7x72xi8>, vector<64xi8>
// CHECK:           cpu.vnni_dpbusd
// CHECK:         arith.sitofp %{{.*}} : vector<16xi32> to vector<16xf32>
// CHECK:         math.roundeven %{{.*}} : vector<16xf32>
// CHECK:         arith.maximumf
// CHECK:         tl.vstore %{{.*}}, %{{.*}}[{{.*}}], %{{.*}} : memref<1x3x5x18xf32>, vector<16xf32>
// CHECK-NOT:     memref<1x3x5x18xi32>
// NATIVE: check-against-interpreter: ok (1 results; max abs error 0.00, max rel error 0.00)
module attributes {cpu.target = #cpu.target<"cascadelake", features = "+avx512f,+avx512vnni", vector_bits = 512>} {
func.func @main(%x: tensor<1x2x5x18xf32>) -> tensor<1x3x5x18xf32> {
  %w = "graph.constant"() {value = dense<[[[[-67, 24, 12], [-94, -33, 107], [27, -6, 33]], [[21, -111, 28], [-124, 105, 87], [-7, -61, 14]]], [[[-68, -78, 127], [56, -7, 11], [87, 13, -6]], [[-26, 36, 93], [-89, -68, 35], [-89, 95, 110]]], [[[6, -28, 62], [-124, 44, 71], [-111, -87, 67]], [[118, 24, -117], [-50, 72, -120], [83, 94, -59]]]]> : tensor<3x2x3x3xi8>} : () -> tensor<3x2x3x3xi8>
  %b = "graph.constant"() {value = dense<[68, 318, 572]> : tensor<3xi32>} : () -> tensor<3xi32>
  %q = graph.quantize_linear %x {scale = 0.0078125 : f32, zero_point = 77 : i64} : (tensor<1x2x5x18xf32>) -> tensor<1x2x5x18xui8>
  %y = graph.qlinear_conv2d %q, %w, %b {pads = [1, 1, 1, 1], w_scale = dense<0.004> : tensor<3xf32>, x_scale = 0.0078125 : f32, x_zero_point = 77 : i64, y_scale = 0.05 : f32, y_zero_point = 100 : i64} : (tensor<1x2x5x18xui8>, tensor<3x2x3x3xi8>, tensor<3xi32>) -> tensor<1x3x5x18xui8>
  %d = graph.dequantize_linear %y {scale = 0.05 : f32, zero_point = 100 : i64} : (tensor<1x3x5x18xui8>) -> tensor<1x3x5x18xf32>
  %r = graph.relu %d : tensor<1x3x5x18xf32>
  return %r : tensor<1x3x5x18xf32>
}
}
