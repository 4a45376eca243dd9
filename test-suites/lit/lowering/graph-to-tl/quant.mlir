// RUN: mlc-opt --convert-graph-to-tl --split-input-file %s | FileCheck %s

// Quantization in f32: divide, round half to even, add the zero point, saturate (NaN gives 0),
// convert. A ui8 tensor is an i8 buffer holding the same bits: saturation is to [0, 255].
// CHECK-LABEL: func.func @main(%arg0: memref<4xf32>, %arg1: memref<4xi8>) {
// CHECK:         tl.generic {{.*}} ins(%arg0 : memref<4xf32>) outs(%arg1 : memref<4xi8>)
// CHECK:           %[[S:.*]] = arith.constant 5.000000e-01 : f32
// CHECK:           %[[Z:.*]] = arith.constant 3.000000e+00 : f32
// CHECK:           %[[V:.*]] = arith.divf %{{.*}}, %[[S]] : f32
// CHECK:           %[[R:.*]] = math.roundeven %[[V]] : f32
// CHECK:           %[[Q:.*]] = arith.addf %[[R]], %[[Z]] : f32
// CHECK:           arith.constant 0.000000e+00 : f32
// CHECK:           arith.maximumf
// CHECK:           arith.constant 2.550000e+02 : f32
// CHECK:           arith.minimumf
// CHECK:           arith.cmpf uno, %[[Q]], %[[Q]] : f32
// CHECK:           arith.select
// CHECK:           %[[I:.*]] = arith.fptosi %{{.*}} : f32 to i32
// CHECK:           arith.trunci %[[I]] : i32 to i8
func.func @main(%x: tensor<4xf32>) -> tensor<4xui8> {
  %q = "graph.quantize_linear"(%x) {scale = 5.0e-01 : f32, zero_point = 3 : i64} : (tensor<4xf32>) -> tensor<4xui8>
  return %q : tensor<4xui8>
}

// -----

// Per-axis dequantization: scales and zero points are 1-D constant buffers read through the axis;
// a ui8 operand is zero-extended.
// CHECK-LABEL: func.func @main(%arg0: memref<2x3xi8>, %arg1: memref<2x3xf32>) {
// CHECK:         %[[SB:.*]] = tl.to_buffer %{{.*}} : tensor<3xf32> to memref<3xf32>
// CHECK:         %[[ZB:.*]] = tl.to_buffer %{{.*}} : tensor<3xf32> to memref<3xf32>
// CHECK:         tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%arg0, %[[SB]], %[[ZB]] : memref<2x3xi8>, memref<3xf32>, memref<3xf32>) outs(%arg1 : memref<2x3xf32>)
// CHECK:           arith.extui %{{.*}} : i8 to i32
// CHECK:           arith.sitofp
// CHECK:           arith.subf
// CHECK:           arith.mulf
// CHECK:         tl.dealloc %[[ZB]]
// CHECK:         tl.dealloc %[[SB]]
func.func @main(%x: tensor<2x3xui8>) -> tensor<2x3xf32> {
  %d = "graph.dequantize_linear"(%x) {scale = dense<[0.5, 0.25, 2.0]> : tensor<3xf32>, zero_point = dense<[3, 250, 0]> : tensor<3xui8>} : (tensor<2x3xui8>) -> tensor<2x3xf32>
  return %d : tensor<2x3xf32>
}

// -----

// MatMulInteger: zero points subtracted after widening, exact i32 accumulation into the output.
// CHECK-LABEL: func.func @main(%arg0: memref<2x4xi8>, %arg1: memref<4x3xi8>, %arg2: memref<2x3xi32>) {
// CHECK:         tl.fill %{{.*}}, %arg2 : memref<2x3xi32>
// CHECK:         tl.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]}
// CHECK:           arith.extui %{{.*}} : i8 to i32
// CHECK:           arith.subi
// CHECK:           arith.extsi %{{.*}} : i8 to i32
// CHECK:           arith.muli
// CHECK:           arith.addi
func.func @main(%a: tensor<2x4xui8>, %b: tensor<4x3xi8>) -> tensor<2x3xi32> {
  %r = "graph.matmul_integer"(%a, %b) {a_zero_point = 3 : i64} : (tensor<2x4xui8>, tensor<4x3xi8>) -> tensor<2x3xi32>
  return %r : tensor<2x3xi32>
}

// -----

// QLinearMatMul: an i32 accumulator temporary, then requantization with the f32 multiplier
// a_scale * b_scale / y_scale (here 0.5 * 0.25 / 1.0).
// CHECK-LABEL: func.func @main(%arg0: memref<2x4xi8>, %arg1: memref<4x3xi8>, %arg2: memref<2x3xi8>) {
// CHECK:         %[[ACC:.*]] = tl.alloc() : memref<2x3xi32>
// CHECK:         iterator_types = ["parallel", "parallel", "reduction"]
// CHECK:         ins(%[[ACC]] : memref<2x3xi32>) outs(%arg2 : memref<2x3xi8>)
// CHECK:           arith.constant 1.250000e-01 : f32
// CHECK:           arith.sitofp %{{.*}} : i32 to f32
// CHECK:           math.roundeven
// CHECK:         tl.dealloc %[[ACC]]
func.func @main(%a: tensor<2x4xi8>, %b: tensor<4x3xi8>) -> tensor<2x3xi8> {
  %r = "graph.qlinear_matmul"(%a, %b) {a_scale = 5.0e-01 : f32, b_scale = 2.5e-01 : f32, y_scale = 1.0 : f32, y_zero_point = 2 : i64} : (tensor<2x4xi8>, tensor<4x3xi8>) -> tensor<2x3xi8>
  return %r : tensor<2x3xi8>
}

// -----

// QLinearConv: centered i32 copies of input and weights, the integer convolution (zero padding)
// with the bias, requantized per output channel.
// CHECK-LABEL: func.func @main(%arg0: memref<1x2x4x4xi8>, %arg1: memref<3x2x3x3xi8>, %arg2: memref<3xi32>, %arg3: memref<1x3x4x4xi8>) {
// CHECK:         %[[X:.*]] = tl.alloc() : memref<1x2x4x4xi32>
// CHECK:         %[[W:.*]] = tl.alloc() : memref<3x2x3x3xi32>
// CHECK:         %[[ACC:.*]] = tl.alloc() : memref<1x3x4x4xi32>
// CHECK:         %[[XP:.*]] = tl.alloc() : memref<1x2x6x6xi32>
// CHECK:         affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1 floordiv 3 * 2 + d4, d2 + d5, d3 + d6)>
// CHECK:         %[[M:.*]] = tl.to_buffer %{{.*}} : tensor<3xf32> to memref<3xf32>
// CHECK:         ins(%[[ACC]], %[[M]] : memref<1x3x4x4xi32>, memref<3xf32>) outs(%arg3 : memref<1x3x4x4xi8>)
func.func @main(%x: tensor<1x2x4x4xui8>, %w: tensor<3x2x3x3xi8>, %b: tensor<3xi32>) -> tensor<1x3x4x4xi8> {
  %y = "graph.qlinear_conv2d"(%x, %w, %b) {x_scale = 5.0e-01 : f32, x_zero_point = 128 : i64, w_scale = dense<[1.0e-01, 2.0e-01, 3.0e-01]> : tensor<3xf32>, y_scale = 1.0 : f32, pads = [1, 1, 1, 1]} : (tensor<1x2x4x4xui8>, tensor<3x2x3x3xi8>, tensor<3xi32>) -> tensor<1x3x4x4xi8>
  return %y : tensor<1x3x4x4xi8>
}

// -----

// 1-D matmul operands: a vector times a matrix iterates (n, k).
// CHECK-LABEL: func.func @main(%arg0: memref<4xf32>, %arg1: memref<4x3xf32>, %arg2: memref<3xf32>) {
// CHECK:         tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d1, d0)>, affine_map<(d0, d1) -> (d0)>], iterator_types = ["parallel", "reduction"]}
func.func @main(%v: tensor<4xf32>, %m: tensor<4x3xf32>) -> tensor<3xf32> {
  %r = "graph.matmul"(%v, %m) : (tensor<4xf32>, tensor<4x3xf32>) -> tensor<3xf32>
  return %r : tensor<3xf32>
}
