// RUN: mlc-opt %s | mlc-opt | FileCheck %s
// RUN: mlc-opt %s --mlir-print-op-generic | mlc-opt | FileCheck %s
// Every graph op in its custom form (and through the generic form), with both integer-list spellings and unknown dimensions.

// CHECK-LABEL: func.func @elementwise(%arg0: tensor<2x3xf32>, %arg1: tensor<3xf32>, %arg2: tensor<2x3xi1>, %arg3: tensor<2x3xi32>) {
// CHECK-NEXT: %0 = graph.add %arg0, %arg1 : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
// CHECK-NEXT: %1 = graph.sub %arg0, %arg1 : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
// CHECK-NEXT: %2 = graph.mul %arg1, %arg0 : (tensor<3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK-NEXT: %3 = graph.div %arg0, %arg0 : tensor<2x3xf32>
// CHECK-NEXT: %4 = graph.max %arg0, %arg1 : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
// CHECK-NEXT: %5 = graph.min %arg0, %arg1 : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
// CHECK-NEXT: %6 = graph.pow %arg0, %arg3 : (tensor<2x3xf32>, tensor<2x3xi32>) -> tensor<2x3xf32>
// CHECK-NEXT: %7 = graph.equal %arg0, %arg1 : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
// CHECK-NEXT: %8 = graph.less %arg3, %arg3 : (tensor<2x3xi32>, tensor<2x3xi32>) -> tensor<2x3xi1>
// CHECK-NEXT: %9 = graph.greater %arg0, %arg0 : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xi1>
// CHECK-NEXT: %10 = graph.where %arg2, %arg1, %arg0 : (tensor<2x3xi1>, tensor<3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK-NEXT: return
func.func @elementwise(%a: tensor<2x3xf32>, %b: tensor<3xf32>, %c: tensor<2x3xi1>, %i: tensor<2x3xi32>) {
  %0 = graph.add %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %1 = graph.sub %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %2 = graph.mul %b, %a : (tensor<3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %3 = graph.div %a, %a : tensor<2x3xf32>
  %4 = graph.max %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %5 = graph.min %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %6 = graph.pow %a, %i : (tensor<2x3xf32>, tensor<2x3xi32>) -> tensor<2x3xf32>
  %7 = graph.equal %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  %8 = graph.less %i, %i : (tensor<2x3xi32>, tensor<2x3xi32>) -> tensor<2x3xi1>
  %9 = graph.greater %a, %a : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xi1>
  %10 = graph.where %c, %b, %a : (tensor<2x3xi1>, tensor<3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// CHECK-LABEL: func.func @unary(%arg0: tensor<2x3xf32>, %arg1: tensor<4xi8>) {
// CHECK-NEXT: %0 = graph.relu %arg0 : tensor<2x3xf32>
// CHECK-NEXT: %1 = graph.sigmoid %arg0 : tensor<2x3xf32>
// CHECK-NEXT: %2 = graph.tanh %arg0 : tensor<2x3xf32>
// CHECK-NEXT: %3 = graph.exp %arg0 : tensor<2x3xf32>
// CHECK-NEXT: %4 = graph.log %arg0 : tensor<2x3xf32>
// CHECK-NEXT: %5 = graph.sqrt %arg0 : tensor<2x3xf32>
// CHECK-NEXT: %6 = graph.neg %arg1 : tensor<4xi8>
// CHECK-NEXT: %7 = graph.abs %arg0 : tensor<2x3xf32>
// CHECK-NEXT: %8 = graph.erf %arg0 : tensor<2x3xf32>
// CHECK-NEXT: %9 = graph.reciprocal %arg0 : tensor<2x3xf32>
// CHECK-NEXT: %10 = graph.gelu %arg0 {approximate = "tanh"} : tensor<2x3xf32>
// CHECK-NEXT: %11 = graph.leaky_relu %arg0 {alpha = 1.000000e-01 : f32} : tensor<2x3xf32>
// CHECK-NEXT: %12 = graph.clip %arg0 {max = 6.000000e+00 : f32, min = 0.000000e+00 : f32} : tensor<2x3xf32>
// CHECK-NEXT: %13 = graph.clip %arg0 {max = 1.000000e+00 : f32} : tensor<2x3xf32>
// CHECK-NEXT: %14 = graph.hard_sigmoid %arg0 {alpha = 2.000000e-01 : f32, beta = 5.000000e-01 : f32} : tensor<2x3xf32>
// CHECK-NEXT: %15 = graph.hard_swish %arg0 : tensor<2x3xf32>
// CHECK-NEXT: %16 = graph.cast %arg0 : (tensor<2x3xf32>) -> tensor<2x3xi32>
// CHECK-NEXT: %17 = graph.cast %arg1 : (tensor<4xi8>) -> tensor<4xbf16>
// CHECK-NEXT: return
func.func @unary(%x: tensor<2x3xf32>, %i: tensor<4xi8>) {
  %0 = graph.relu %x : tensor<2x3xf32>
  %1 = graph.sigmoid %x : tensor<2x3xf32>
  %2 = graph.tanh %x : tensor<2x3xf32>
  %3 = graph.exp %x : tensor<2x3xf32>
  %4 = graph.log %x : tensor<2x3xf32>
  %5 = graph.sqrt %x : tensor<2x3xf32>
  %6 = graph.neg %i : tensor<4xi8>
  %7 = graph.abs %x : tensor<2x3xf32>
  %8 = graph.erf %x : tensor<2x3xf32>
  %9 = graph.reciprocal %x : tensor<2x3xf32>
  %10 = graph.gelu %x {approximate = "tanh"} : tensor<2x3xf32>
  %11 = graph.leaky_relu %x {alpha = 1.000000e-01 : f32} : tensor<2x3xf32>
  %12 = graph.clip %x {max = 6.000000e+00 : f32, min = 0.000000e+00 : f32} : tensor<2x3xf32>
  %13 = graph.clip %x {max = 1.000000e+00 : f32} : tensor<2x3xf32>
  %14 = graph.hard_sigmoid %x {alpha = 2.000000e-01 : f32, beta = 5.000000e-01 : f32} : tensor<2x3xf32>
  %15 = graph.hard_swish %x : tensor<2x3xf32>
  %16 = graph.cast %x : (tensor<2x3xf32>) -> tensor<2x3xi32>
  %17 = graph.cast %i : (tensor<4xi8>) -> tensor<4xbf16>
  return
}

// CHECK-LABEL: func.func @nn(%arg0: tensor<1x3x8x8xf32>, %arg1: tensor<16x3x3x3xf32>, %arg2: tensor<16xf32>, %arg3: tensor<2x4xf32>, %arg4: tensor<3x4xf32>, %arg5: tensor<4x3xf32>, %arg6: tensor<3xf32>, %arg7: tensor<3x2x3x3xf32>) {
// CHECK-NEXT: %0 = graph.matmul %arg3, %arg5 : (tensor<2x4xf32>, tensor<4x3xf32>) -> tensor<2x3xf32>
// CHECK-NEXT: %1 = graph.gemm %arg3, %arg4 {trans_b = true} : (tensor<2x4xf32>, tensor<3x4xf32>) -> tensor<2x3xf32>
// CHECK-NEXT: %2 = graph.gemm %arg3, %arg4, %arg6 {alpha = 5.000000e-01 : f32, beta = 2.000000e+00 : f32, trans_b = true} : (tensor<2x4xf32>, tensor<3x4xf32>, tensor<3xf32>) -> tensor<2x3xf32>
// CHECK-NEXT: %3 = graph.conv2d %arg0, %arg1, %arg2 {pads = [1, 1, 1, 1], strides = [2, 2]} : (tensor<1x3x8x8xf32>, tensor<16x3x3x3xf32>, tensor<16xf32>) -> tensor<1x16x4x4xf32>
// CHECK-NEXT: %4 = graph.conv2d %arg0, %arg1 {dilations = array<i64: 2, 2>, groups = 1 : i64} : (tensor<1x3x8x8xf32>, tensor<16x3x3x3xf32>) -> tensor<1x16x4x4xf32>
// CHECK-NEXT: %5 = graph.conv_transpose2d %arg0, %arg7 {output_padding = [1, 1], strides = [2, 2]} : (tensor<1x3x8x8xf32>, tensor<3x2x3x3xf32>) -> tensor<1x2x18x18xf32>
// CHECK-NEXT: %6 = graph.max_pool2d %arg0 {ceil_mode = true, kernel_shape = [3, 3], strides = [2, 2]} : (tensor<1x3x8x8xf32>) -> tensor<1x3x4x4xf32>
// CHECK-NEXT: %7 = graph.avg_pool2d %arg0 {count_include_pad = true, kernel_shape = [2, 2], pads = [1, 1, 1, 1]} : (tensor<1x3x8x8xf32>) -> tensor<1x3x9x9xf32>
// CHECK-NEXT: %8 = graph.global_avg_pool %arg0 : (tensor<1x3x8x8xf32>) -> tensor<1x3x1x1xf32>
// CHECK-NEXT: return
func.func @nn(%x: tensor<1x3x8x8xf32>, %w: tensor<16x3x3x3xf32>, %b: tensor<16xf32>, %m: tensor<2x4xf32>, %n: tensor<3x4xf32>, %k: tensor<4x3xf32>, %c: tensor<3xf32>, %tw: tensor<3x2x3x3xf32>) {
  %0 = graph.matmul %m, %k : (tensor<2x4xf32>, tensor<4x3xf32>) -> tensor<2x3xf32>
  %1 = graph.gemm %m, %n {trans_b = true} : (tensor<2x4xf32>, tensor<3x4xf32>) -> tensor<2x3xf32>
  %2 = graph.gemm %m, %n, %c {alpha = 5.000000e-01 : f32, beta = 2.000000e+00 : f32, trans_b = true} : (tensor<2x4xf32>, tensor<3x4xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %3 = graph.conv2d %x, %w, %b {pads = [1, 1, 1, 1], strides = [2, 2]} : (tensor<1x3x8x8xf32>, tensor<16x3x3x3xf32>, tensor<16xf32>) -> tensor<1x16x4x4xf32>
  %4 = graph.conv2d %x, %w {dilations = array<i64: 2, 2>, groups = 1 : i64} : (tensor<1x3x8x8xf32>, tensor<16x3x3x3xf32>) -> tensor<1x16x4x4xf32>
  %5 = graph.conv_transpose2d %x, %tw {output_padding = [1, 1], strides = [2, 2]} : (tensor<1x3x8x8xf32>, tensor<3x2x3x3xf32>) -> tensor<1x2x18x18xf32>
  %6 = graph.max_pool2d %x {ceil_mode = true, kernel_shape = [3, 3], strides = [2, 2]} : (tensor<1x3x8x8xf32>) -> tensor<1x3x4x4xf32>
  %7 = graph.avg_pool2d %x {count_include_pad = true, kernel_shape = [2, 2], pads = [1, 1, 1, 1]} : (tensor<1x3x8x8xf32>) -> tensor<1x3x9x9xf32>
  %8 = graph.global_avg_pool %x : (tensor<1x3x8x8xf32>) -> tensor<1x3x1x1xf32>
  return
}

// CHECK-LABEL: func.func @norm(%arg0: tensor<1x3x4x4xf32>, %arg1: tensor<3xf32>, %arg2: tensor<2x5x8xf32>, %arg3: tensor<8xf32>) {
// CHECK-NEXT: %0 = graph.batch_norm %arg0, %arg1, %arg1, %arg1, %arg1 {epsilon = 1.000000e-03 : f32} : (tensor<1x3x4x4xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<1x3x4x4xf32>
// CHECK-NEXT: %1 = graph.layer_norm %arg2, %arg3, %arg3 : (tensor<2x5x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<2x5x8xf32>
// CHECK-NEXT: %2 = graph.layer_norm %arg2, %arg3 {axis = -1 : i64, epsilon = 9.99999974E-6 : f32} : (tensor<2x5x8xf32>, tensor<8xf32>) -> tensor<2x5x8xf32>
// CHECK-NEXT: %3 = graph.softmax %arg2 {axis = 1 : i64} : tensor<2x5x8xf32>
// CHECK-NEXT: %4 = graph.reduce_sum %arg2 {axes = [1], keepdims = false} : (tensor<2x5x8xf32>) -> tensor<2x8xf32>
// CHECK-NEXT: %5 = graph.reduce_mean %arg2 {axes = [-1]} : (tensor<2x5x8xf32>) -> tensor<2x5x1xf32>
// CHECK-NEXT: %6 = graph.reduce_max %arg2 : (tensor<2x5x8xf32>) -> tensor<1x1x1xf32>
// CHECK-NEXT: %7 = graph.reduce_min %arg2 {axes = [], keepdims = false} : (tensor<2x5x8xf32>) -> tensor<f32>
// CHECK-NEXT: return
func.func @norm(%x: tensor<1x3x4x4xf32>, %c: tensor<3xf32>, %y: tensor<2x5x8xf32>, %s: tensor<8xf32>) {
  %0 = graph.batch_norm %x, %c, %c, %c, %c {epsilon = 1.000000e-03 : f32} : (tensor<1x3x4x4xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<1x3x4x4xf32>
  %1 = graph.layer_norm %y, %s, %s : (tensor<2x5x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<2x5x8xf32>
  %2 = graph.layer_norm %y, %s {axis = -1 : i64, epsilon = 9.99999974E-6 : f32} : (tensor<2x5x8xf32>, tensor<8xf32>) -> tensor<2x5x8xf32>
  %3 = graph.softmax %y {axis = 1 : i64} : tensor<2x5x8xf32>
  %4 = graph.reduce_sum %y {axes = [1], keepdims = false} : (tensor<2x5x8xf32>) -> tensor<2x8xf32>
  %5 = graph.reduce_mean %y {axes = [-1]} : (tensor<2x5x8xf32>) -> tensor<2x5x1xf32>
  %6 = graph.reduce_max %y : (tensor<2x5x8xf32>) -> tensor<1x1x1xf32>
  %7 = graph.reduce_min %y {axes = [], keepdims = false} : (tensor<2x5x8xf32>) -> tensor<f32>
  return
}

// CHECK-LABEL: func.func @shapes(%arg0: tensor<2x3x4xf32>, %arg1: tensor<2x5x4xf32>, %arg2: tensor<2xi64>, %arg3: tensor<1x8x2x3xf32>) {
// CHECK-NEXT: %0 = graph.reshape %arg0 : (tensor<2x3x4xf32>) -> tensor<6x4xf32>
// CHECK-NEXT: %1 = graph.flatten %arg0 : (tensor<2x3x4xf32>) -> tensor<2x12xf32>
// CHECK-NEXT: %2 = graph.flatten %arg0 {axis = 0 : i64} : (tensor<2x3x4xf32>) -> tensor<1x24xf32>
// CHECK-NEXT: %3 = graph.transpose %arg0 : (tensor<2x3x4xf32>) -> tensor<4x3x2xf32>
// CHECK-NEXT: %4 = graph.transpose %arg0 {perm = [0, 2, 1]} : (tensor<2x3x4xf32>) -> tensor<2x4x3xf32>
// CHECK-NEXT: %5 = graph.concat %arg0, %arg1 {axis = 1 : i64} : (tensor<2x3x4xf32>, tensor<2x5x4xf32>) -> tensor<2x8x4xf32>
// CHECK-NEXT: %6 = graph.slice %arg0 {axes = [1], ends = [9223372036854775807], starts = [1]} : (tensor<2x3x4xf32>) -> tensor<2x2x4xf32>
// CHECK-NEXT: %7 = graph.slice %arg0 {axes = [2], ends = [-5], starts = [-1], steps = [-2]} : (tensor<2x3x4xf32>) -> tensor<2x3x2xf32>
// CHECK-NEXT: %8 = graph.pad %arg0 {pads = [0, 1, 0, 0, 1, -2], value = 1.000000e+00 : f32} : (tensor<2x3x4xf32>) -> tensor<2x5x2xf32>
// CHECK-NEXT: %9 = graph.gather %arg0, %arg2 {axis = 1 : i64} : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<2x2x4xf32>
// CHECK-NEXT: %10:2 = graph.split %arg1 {axis = 1 : i64, split = [2, 3]} : (tensor<2x5x4xf32>) -> (tensor<2x2x4xf32>, tensor<2x3x4xf32>)
// CHECK-NEXT: %11:3 = graph.split %arg1 {axis = 1 : i64} : (tensor<2x5x4xf32>) -> (tensor<2x2x4xf32>, tensor<2x2x4xf32>, tensor<2x1x4xf32>)
// CHECK-NEXT: %12 = graph.unsqueeze %arg0 {axes = [0, -1]} : (tensor<2x3x4xf32>) -> tensor<1x2x3x4x1xf32>
// CHECK-NEXT: %13 = graph.squeeze %12 : (tensor<1x2x3x4x1xf32>) -> tensor<2x3x4xf32>
// CHECK-NEXT: %14 = graph.squeeze %12 {axes = [-1]} : (tensor<1x2x3x4x1xf32>) -> tensor<1x2x3x4xf32>
// CHECK-NEXT: %15 = graph.depth_to_space %arg3 {blocksize = 2 : i64, mode = "CRD"} : (tensor<1x8x2x3xf32>) -> tensor<1x2x4x6xf32>
// CHECK-NEXT: %16 = graph.space_to_depth %15 {blocksize = 2 : i64} : (tensor<1x2x4x6xf32>) -> tensor<1x8x2x3xf32>
// CHECK-NEXT: %17 = graph.resize %arg3 {mode = "linear", scales = [1.000000e+00, 1.000000e+00, 2.000000e+00, 1.500000e+00]} : (tensor<1x8x2x3xf32>) -> tensor<1x8x4x4xf32>
// CHECK-NEXT: %18 = graph.resize %arg3 {coordinate_transformation_mode = "asymmetric", nearest_mode = "floor", sizes = [1, 8, 5, 7]} : (tensor<1x8x2x3xf32>) -> tensor<1x8x5x7xf32>
// CHECK-NEXT: return
func.func @shapes(%x: tensor<2x3x4xf32>, %y: tensor<2x5x4xf32>, %i: tensor<2xi64>, %z: tensor<1x8x2x3xf32>) {
  %0 = graph.reshape %x : (tensor<2x3x4xf32>) -> tensor<6x4xf32>
  %1 = graph.flatten %x : (tensor<2x3x4xf32>) -> tensor<2x12xf32>
  %2 = graph.flatten %x {axis = 0 : i64} : (tensor<2x3x4xf32>) -> tensor<1x24xf32>
  %3 = graph.transpose %x : (tensor<2x3x4xf32>) -> tensor<4x3x2xf32>
  %4 = graph.transpose %x {perm = [0, 2, 1]} : (tensor<2x3x4xf32>) -> tensor<2x4x3xf32>
  %5 = graph.concat %x, %y {axis = 1 : i64} : (tensor<2x3x4xf32>, tensor<2x5x4xf32>) -> tensor<2x8x4xf32>
  %6 = graph.slice %x {ends = [9223372036854775807], starts = [1], axes = [1]} : (tensor<2x3x4xf32>) -> tensor<2x2x4xf32>
  %7 = graph.slice %x {ends = [-5], starts = [-1], axes = [2], steps = [-2]} : (tensor<2x3x4xf32>) -> tensor<2x3x2xf32>
  %8 = graph.pad %x {pads = [0, 1, 0, 0, 1, -2], value = 1.000000e+00 : f32} : (tensor<2x3x4xf32>) -> tensor<2x5x2xf32>
  %9 = graph.gather %x, %i {axis = 1 : i64} : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<2x2x4xf32>
  %10:2 = graph.split %y {axis = 1 : i64, split = [2, 3]} : (tensor<2x5x4xf32>) -> (tensor<2x2x4xf32>, tensor<2x3x4xf32>)
  %11:3 = graph.split %y {axis = 1 : i64} : (tensor<2x5x4xf32>) -> (tensor<2x2x4xf32>, tensor<2x2x4xf32>, tensor<2x1x4xf32>)
  %12 = graph.unsqueeze %x {axes = [0, -1]} : (tensor<2x3x4xf32>) -> tensor<1x2x3x4x1xf32>
  %13 = graph.squeeze %12 : (tensor<1x2x3x4x1xf32>) -> tensor<2x3x4xf32>
  %14 = graph.squeeze %12 {axes = [-1]} : (tensor<1x2x3x4x1xf32>) -> tensor<1x2x3x4xf32>
  %15 = graph.depth_to_space %z {blocksize = 2 : i64, mode = "CRD"} : (tensor<1x8x2x3xf32>) -> tensor<1x2x4x6xf32>
  %16 = graph.space_to_depth %15 {blocksize = 2 : i64} : (tensor<1x2x4x6xf32>) -> tensor<1x8x2x3xf32>
  %17 = graph.resize %z {mode = "linear", scales = [1.000000e+00, 1.000000e+00, 2.000000e+00, 1.500000e+00]} : (tensor<1x8x2x3xf32>) -> tensor<1x8x4x4xf32>
  %18 = graph.resize %z {coordinate_transformation_mode = "asymmetric", nearest_mode = "floor", sizes = [1, 8, 5, 7]} : (tensor<1x8x2x3xf32>) -> tensor<1x8x5x7xf32>
  return
}

// CHECK-LABEL: func.func @quant(%arg0: tensor<4xf32>, %arg1: tensor<2x4xi8>, %arg2: tensor<4x3xui8>, %arg3: tensor<1x3x8x8xui8>, %arg4: tensor<4x3x3x3xi8>, %arg5: tensor<4xi32>, %arg6: tensor<2x4xf32>) {
// CHECK-NEXT: %0 = graph.quantize_linear %arg0 {scale = 5.000000e-01 : f32, zero_point = 3 : i64} : (tensor<4xf32>) -> tensor<4xi8>
// CHECK-NEXT: %1 = graph.dequantize_linear %0 {scale = 5.000000e-01 : f32, zero_point = 3 : i64} : (tensor<4xi8>) -> tensor<4xf32>
// CHECK-NEXT: %2 = graph.quantize_linear %arg6 {axis = 1 : i64, scale = dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00]> : tensor<4xf32>, zero_point = dense<0> : tensor<4xi64>} : (tensor<2x4xf32>) -> tensor<2x4xui8>
// CHECK-NEXT: %3 = graph.matmul_integer %arg1, %arg2 {a_zero_point = 3 : i64} : (tensor<2x4xi8>, tensor<4x3xui8>) -> tensor<2x3xi32>
// CHECK-NEXT: %4 = graph.qlinear_matmul %arg1, %arg2 {a_scale = 5.000000e-01 : f32, b_scale = 2.500000e-01 : f32, b_zero_point = 128 : i64, y_scale = 1.000000e+00 : f32, y_zero_point = 2 : i64} : (tensor<2x4xi8>, tensor<4x3xui8>) -> tensor<2x3xi8>
// CHECK-NEXT: %5 = graph.qlinear_conv2d %arg3, %arg4, %arg5 {w_scale = dense<[1.000000e-01, 2.000000e-01, 1.000000e-01, 2.000000e-01]> : tensor<4xf32>, x_scale = 5.000000e-01 : f32, y_scale = 1.000000e+00 : f32} : (tensor<1x3x8x8xui8>, tensor<4x3x3x3xi8>, tensor<4xi32>) -> tensor<1x4x6x6xui8>
// CHECK-NEXT: %6 = graph.conv_integer %arg3, %arg4 {pads = [1, 1, 1, 1], w_zero_point = dense<[0, 1, 2, 3]> : tensor<4xi64>, x_zero_point = 3 : i64} : (tensor<1x3x8x8xui8>, tensor<4x3x3x3xi8>) -> tensor<1x4x8x8xi32>
// CHECK-NEXT: return
func.func @quant(%x: tensor<4xf32>, %q: tensor<2x4xi8>, %u: tensor<4x3xui8>, %img: tensor<1x3x8x8xui8>, %k: tensor<4x3x3x3xi8>, %bias: tensor<4xi32>, %fq: tensor<2x4xf32>) {
  %0 = graph.quantize_linear %x {scale = 5.000000e-01 : f32, zero_point = 3 : i64} : (tensor<4xf32>) -> tensor<4xi8>
  %1 = graph.dequantize_linear %0 {scale = 5.000000e-01 : f32, zero_point = 3 : i64} : (tensor<4xi8>) -> tensor<4xf32>
  %2 = graph.quantize_linear %fq {axis = 1 : i64, scale = dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>, zero_point = dense<0> : tensor<4xi64>} : (tensor<2x4xf32>) -> tensor<2x4xui8>
  %3 = graph.matmul_integer %q, %u {a_zero_point = 3 : i64} : (tensor<2x4xi8>, tensor<4x3xui8>) -> tensor<2x3xi32>
  %4 = graph.qlinear_matmul %q, %u {a_scale = 5.000000e-01 : f32, b_scale = 2.500000e-01 : f32, b_zero_point = 128 : i64, y_scale = 1.000000e+00 : f32, y_zero_point = 2 : i64} : (tensor<2x4xi8>, tensor<4x3xui8>) -> tensor<2x3xi8>
  %5 = graph.qlinear_conv2d %img, %k, %bias {w_scale = dense<[1.0e-01, 2.0e-01, 1.0e-01, 2.0e-01]> : tensor<4xf32>, x_scale = 5.000000e-01 : f32, y_scale = 1.000000e+00 : f32} : (tensor<1x3x8x8xui8>, tensor<4x3x3x3xi8>, tensor<4xi32>) -> tensor<1x4x6x6xui8>
  %6 = graph.conv_integer %img, %k {pads = [1, 1, 1, 1], x_zero_point = 3 : i64, w_zero_point = dense<[0, 1, 2, 3]> : tensor<4xi64>} : (tensor<1x3x8x8xui8>, tensor<4x3x3x3xi8>) -> tensor<1x4x8x8xi32>
  return
}

// CHECK-LABEL: func.func @dynamic(%arg0: tensor<?x3x?x?xf32>, %arg1: tensor<8x3x3x3xf32>, %arg2: tensor<?x4xf32>, %arg3: tensor<4x?xf32>) {
// CHECK-NEXT: %0 = graph.conv2d %arg0, %arg1 : (tensor<?x3x?x?xf32>, tensor<8x3x3x3xf32>) -> tensor<?x8x?x?xf32>
// CHECK-NEXT: %1 = graph.matmul %arg2, %arg3 : (tensor<?x4xf32>, tensor<4x?xf32>) -> tensor<?x?xf32>
// CHECK-NEXT: %2 = graph.add %arg2, %arg2 : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<5x4xf32>
// CHECK-NEXT: %3 = graph.reshape %arg2 : (tensor<?x4xf32>) -> tensor<?xf32>
// CHECK-NEXT: %4 = graph.max_pool2d %arg0 {kernel_shape = [2, 2]} : tensor<?x3x?x?xf32>
// CHECK-NEXT: return
func.func @dynamic(%x: tensor<?x3x?x?xf32>, %w: tensor<8x3x3x3xf32>, %a: tensor<?x4xf32>, %b: tensor<4x?xf32>) {
  %0 = graph.conv2d %x, %w : (tensor<?x3x?x?xf32>, tensor<8x3x3x3xf32>) -> tensor<?x8x?x?xf32>
  %1 = graph.matmul %a, %b : (tensor<?x4xf32>, tensor<4x?xf32>) -> tensor<?x?xf32>
  %2 = graph.add %a, %a : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<5x4xf32>
  %3 = graph.reshape %a : (tensor<?x4xf32>) -> tensor<?xf32>
  %4 = graph.max_pool2d %x {kernel_shape = [2, 2]} : (tensor<?x3x?x?xf32>) -> tensor<?x3x?x?xf32>
  return
}

// CHECK-LABEL: func.func @constants() -> (tensor<2xf32>, tensor<4xi1>, tensor<2x2xi32>, tensor<3xf32>) {
// CHECK-NEXT: %0 = graph.constant dense<[1.500000e+00, -2.000000e+00]> : tensor<2xf32>
// CHECK-NEXT: %1 = graph.constant dense<[true, false, true, true]> : tensor<4xi1>
// CHECK-NEXT: %2 = graph.constant dense<7> : tensor<2x2xi32>
// CHECK-NEXT: %3 = graph.constant dense<[1.000000e+00, 2.000000e+00, 3.000000e+00]> : tensor<3xf32>
// CHECK-NEXT: return %0, %1, %2, %3 : tensor<2xf32>, tensor<4xi1>, tensor<2x2xi32>, tensor<3xf32>
func.func @constants() -> (tensor<2xf32>, tensor<4xi1>, tensor<2x2xi32>, tensor<3xf32>) {
  %0 = graph.constant dense<[1.5, -2.0]> : tensor<2xf32>
  %1 = graph.constant dense<[true, false, true, true]> : tensor<4xi1>
  %2 = graph.constant dense<7> : tensor<2x2xi32>
  %3 = graph.constant dense<"0x0000803F0000004000004040"> : tensor<3xf32>
  return %0, %1, %2, %3 : tensor<2xf32>, tensor<4xi1>, tensor<2x2xi32>, tensor<3xf32>
}

// CHECK-LABEL: func.func @resource() -> tensor<2xf32> {
// CHECK-NEXT: %0 = graph.constant dense_resource<weights> : tensor<2xf32>
// CHECK-NEXT: return %0 : tensor<2xf32>
func.func @resource() -> tensor<2xf32> {
  %0 = graph.constant dense_resource<weights> : tensor<2xf32>
  return %0 : tensor<2xf32>
}

// CHECK-LABEL: func.func @fusion(%arg0: tensor<2x3xf32>, %arg1: tensor<3xf32>) -> (tensor<2x3xf32>, tensor<3xf32>) {
// CHECK-NEXT: %0:2 = graph.fusion(%arg2 = %arg0, %arg3 = %arg1) : (tensor<2x3xf32>, tensor<3xf32>) -> (tensor<2x3xf32>, tensor<3xf32>) {
// CHECK-NEXT: %1 = graph.add %arg2, %arg3 : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
// CHECK-NEXT: %2 = graph.relu %1 : tensor<2x3xf32>
// CHECK-NEXT: graph.yield %2, %arg3 : tensor<2x3xf32>, tensor<3xf32>
// CHECK-NEXT: }
// CHECK-NEXT: return %0#0, %0#1 : tensor<2x3xf32>, tensor<3xf32>
func.func @fusion(%a: tensor<2x3xf32>, %b: tensor<3xf32>) -> (tensor<2x3xf32>, tensor<3xf32>) {
  %r:2 = graph.fusion(%x = %a, %y = %b) : (tensor<2x3xf32>, tensor<3xf32>) -> (tensor<2x3xf32>, tensor<3xf32>) {
    %s = graph.add %x, %y : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
    %t = graph.relu %s : tensor<2x3xf32>
    graph.yield %t, %y : tensor<2x3xf32>, tensor<3xf32>
  }
  return %r#0, %r#1 : tensor<2x3xf32>, tensor<3xf32>
}

{-#
  dialect_resources: {
    builtin: {
      weights: "0x040000000000803F00000040"
    }
  }
#-}

// CHECK: dialect_resources
// CHECK: weights: "0x040000000000803F00000040"
