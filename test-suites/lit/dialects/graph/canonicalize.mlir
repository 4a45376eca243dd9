// RUN: mlc-opt --canonicalize %s | FileCheck %s
// Folds and canonicalization patterns of the graph dialect: identities (only where the result type is the operand's), constant folding, involutions, transpose/reshape composition.

// CHECK-LABEL: func.func @identities(%arg0: tensor<2x3xf32>, %arg1: tensor<4xi32>) -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<4xi32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>) {
// CHECK-NEXT: return %arg0, %arg0, %arg1, %arg0, %arg0, %arg0 : tensor<2x3xf32>, tensor<2x3xf32>, tensor<4xi32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>
func.func @identities(%x: tensor<2x3xf32>, %i: tensor<4xi32>) -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<4xi32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>) {
  %z = graph.constant dense<-0.0> : tensor<3xf32>
  %nz = graph.constant dense<-0.0> : tensor<2x3xf32>
  %one = graph.constant dense<1.0> : tensor<2x3xf32>
  %zi = graph.constant dense<0> : tensor<4xi32>
  %0 = graph.add %x, %z : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %1 = graph.mul %one, %x : tensor<2x3xf32>
  %2 = graph.sub %i, %zi : tensor<4xi32>
  %3 = graph.div %x, %one : tensor<2x3xf32>
  %4 = graph.add %z, %x : (tensor<3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %5 = graph.add %nz, %x : tensor<2x3xf32>
  return %0, %1, %2, %3, %4, %5 : tensor<2x3xf32>, tensor<2x3xf32>, tensor<4xi32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>
}

// CHECK-LABEL: func.func @not_identities(%arg0: tensor<3xf32>, %arg1: tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>) {
// CHECK-NEXT: %0 = graph.constant dense<0.000000e+00> : tensor<2x3xf32>
// CHECK-NEXT: %1 = graph.constant dense<1.000000e+00> : tensor<2x3xf32>
// CHECK-NEXT: %2 = graph.add %arg0, %0 : (tensor<3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK-NEXT: %3 = graph.sub %0, %arg1 : tensor<2x3xf32>
// CHECK-NEXT: %4 = graph.div %1, %arg1 : tensor<2x3xf32>
// CHECK-NEXT: %5 = graph.mul %arg1, %0 : tensor<2x3xf32>
// CHECK-NEXT: return %2, %3, %4, %5 : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>
func.func @not_identities(%x: tensor<3xf32>, %y: tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>) {
  %z = graph.constant dense<0.0> : tensor<2x3xf32>
  %one = graph.constant dense<1.0> : tensor<2x3xf32>
  %0 = graph.add %x, %z : (tensor<3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %1 = graph.sub %z, %y : tensor<2x3xf32>
  %2 = graph.div %one, %y : tensor<2x3xf32>
  %3 = graph.mul %y, %z : tensor<2x3xf32>
  return %0, %1, %2, %3 : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>
}

// CHECK-LABEL: func.func @constant_binary() -> (tensor<2x2xf32>, tensor<2xi32>, tensor<2x2xi1>, tensor<2xf32>, tensor<2xf32>) {
// CHECK-NEXT: %0 = graph.constant dense<{{\[\[}}1.100000e+01, 2.200000e+01], [1.300000e+01, 2.400000e+01]]> : tensor<2x2xf32>
// CHECK-NEXT: %1 = graph.constant dense<[14, -21]> : tensor<2xi32>
// CHECK-NEXT: %2 = graph.constant dense<true> : tensor<2x2xi1>
// CHECK-NEXT: %3 = graph.constant dense<[0x7FC00000, 2.000000e+01]> : tensor<2xf32>
// CHECK-NEXT: %4 = graph.constant dense<[1.000000e+10, 1.04857602E+26]> : tensor<2xf32>
// CHECK-NEXT: return %0, %1, %2, %3, %4 : tensor<2x2xf32>, tensor<2xi32>, tensor<2x2xi1>, tensor<2xf32>, tensor<2xf32>
func.func @constant_binary() -> (tensor<2x2xf32>, tensor<2xi32>, tensor<2x2xi1>, tensor<2xf32>, tensor<2xf32>) {
  %a = graph.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %b = graph.constant dense<[10.0, 20.0]> : tensor<2xf32>
  %i = graph.constant dense<[7, -7]> : tensor<2xi32>
  %j = graph.constant dense<[2, 3]> : tensor<2xi32>
  %nan = graph.constant dense<[0x7FC00000, 1.0]> : tensor<2xf32>
  %0 = graph.add %a, %b : (tensor<2x2xf32>, tensor<2xf32>) -> tensor<2x2xf32>
  %1 = graph.mul %i, %j : tensor<2xi32>
  %2 = graph.less %a, %b : (tensor<2x2xf32>, tensor<2xf32>) -> tensor<2x2xi1>
  %3 = graph.max %nan, %b : tensor<2xf32>
  %4 = graph.pow %b, %b : tensor<2xf32>
  return %0, %1, %2, %3, %4 : tensor<2x2xf32>, tensor<2xi32>, tensor<2x2xi1>, tensor<2xf32>, tensor<2xf32>
}

// CHECK-LABEL: func.func @integer_division_not_folded() -> tensor<2xi32> {
// CHECK-NEXT: %0 = graph.constant dense<[7, -7]> : tensor<2xi32>
// CHECK-NEXT: %1 = graph.constant dense<[0, 2]> : tensor<2xi32>
// CHECK-NEXT: %2 = graph.div %0, %1 : tensor<2xi32>
// CHECK-NEXT: return %2 : tensor<2xi32>
func.func @integer_division_not_folded() -> tensor<2xi32> {
  %i = graph.constant dense<[7, -7]> : tensor<2xi32>
  %z = graph.constant dense<[0, 2]> : tensor<2xi32>
  %0 = graph.div %i, %z : tensor<2xi32>
  return %0 : tensor<2xi32>
}

// CHECK-LABEL: func.func @constant_unary() -> (tensor<3xf32>, tensor<3xf32>, tensor<3xi8>, tensor<3xf32>, tensor<3xi32>, tensor<3xui8>, tensor<3xf32>) {
// CHECK-NEXT: %0 = graph.constant dense<[0.000000e+00, 5.000000e-01, 8.000000e+00]> : tensor<3xf32>
// CHECK-NEXT: %1 = graph.constant dense<[0.000000e+00, 5.000000e-01, 6.000000e+00]> : tensor<3xf32>
// CHECK-NEXT: %2 = graph.constant dense<[-128, -5, -127]> : tensor<3xi8>
// CHECK-NEXT: %3 = graph.constant dense<[-2.000000e-01, 5.000000e-01, 8.000000e+00]> : tensor<3xf32>
// CHECK-NEXT: %4 = graph.constant dense<[-2, 2147483647, 0]> : tensor<3xi32>
// CHECK-NEXT: %5 = graph.constant dense<[128, 5, 127]> : tensor<3xui8>
// CHECK-NEXT: %6 = graph.constant dense<[0x{{7|F}}FC00000, 0.707106769, 2.82842708]> : tensor<3xf32>
// CHECK-NEXT: return %0, %1, %2, %3, %4, %5, %6 : tensor<3xf32>, tensor<3xf32>, tensor<3xi8>, tensor<3xf32>, tensor<3xi32>, tensor<3xui8>, tensor<3xf32>
func.func @constant_unary() -> (tensor<3xf32>, tensor<3xf32>, tensor<3xi8>, tensor<3xf32>, tensor<3xi32>, tensor<3xui8>, tensor<3xf32>) {
  %a = graph.constant dense<[-2.0, 0.5, 8.0]> : tensor<3xf32>
  %i = graph.constant dense<[-128, 5, 127]> : tensor<3xi8>
  %f = graph.constant dense<[-2.7, 1.0e+10, 0x7FC00000]> : tensor<3xf32>
  %0 = graph.relu %a : tensor<3xf32>
  %1 = graph.clip %a {max = 6.000000e+00 : f32, min = 0.000000e+00 : f32} : tensor<3xf32>
  %2 = graph.neg %i : tensor<3xi8>
  %3 = graph.leaky_relu %a {alpha = 1.000000e-01 : f32} : tensor<3xf32>
  %4 = graph.cast %f : (tensor<3xf32>) -> tensor<3xi32>
  %5 = graph.cast %i : (tensor<3xi8>) -> tensor<3xui8>
  %6 = graph.sqrt %a : tensor<3xf32>
  return %0, %1, %2, %3, %4, %5, %6 : tensor<3xf32>, tensor<3xf32>, tensor<3xi8>, tensor<3xf32>, tensor<3xi32>, tensor<3xui8>, tensor<3xf32>
}

// CHECK-LABEL: func.func @where(%arg0: tensor<2xi1>, %arg1: tensor<2xf32>, %arg2: tensor<2xf32>) -> (tensor<2xf32>, tensor<2xf32>) {
// CHECK-NEXT: %0 = graph.constant dense<[1.000000e+00, 4.000000e+00]> : tensor<2xf32>
// CHECK-NEXT: return %arg1, %0 : tensor<2xf32>, tensor<2xf32>
func.func @where(%c: tensor<2xi1>, %x: tensor<2xf32>, %y: tensor<2xf32>) -> (tensor<2xf32>, tensor<2xf32>) {
  %t = graph.constant dense<true> : tensor<2xi1>
  %k = graph.constant dense<[true, false]> : tensor<2xi1>
  %a = graph.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %b = graph.constant dense<[3.0, 4.0]> : tensor<2xf32>
  %0 = graph.where %t, %x, %y : (tensor<2xi1>, tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  %1 = graph.where %k, %a, %b : (tensor<2xi1>, tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  return %0, %1 : tensor<2xf32>, tensor<2xf32>
}

// CHECK-LABEL: func.func @involutions(%arg0: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) {
// CHECK-NEXT: %0 = graph.relu %arg0 : tensor<4xf32>
// CHECK-NEXT: return %arg0, %0, %arg0 : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>
func.func @involutions(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) {
  %0 = graph.neg %x : tensor<4xf32>
  %1 = graph.neg %0 : tensor<4xf32>
  %2 = graph.relu %x : tensor<4xf32>
  %3 = graph.relu %2 : tensor<4xf32>
  %4 = graph.cast %x : (tensor<4xf32>) -> tensor<4xf32>
  return %1, %3, %4 : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>
}

// CHECK-LABEL: func.func @transposes(%arg0: tensor<2x3x4xf32>) -> (tensor<2x3x4xf32>, tensor<4x2x3xf32>, tensor<2x3x4xf32>, tensor<3x2xf32>) {
// CHECK-NEXT: %0 = graph.constant dense<{{\[\[}}1.000000e+00, 4.000000e+00], [2.000000e+00, 5.000000e+00], [3.000000e+00, 6.000000e+00]]> : tensor<3x2xf32>
// CHECK-NEXT: %1 = graph.transpose %arg0 {perm = [2, 0, 1]} : (tensor<2x3x4xf32>) -> tensor<4x2x3xf32>
// CHECK-NEXT: return %arg0, %1, %arg0, %0 : tensor<2x3x4xf32>, tensor<4x2x3xf32>, tensor<2x3x4xf32>, tensor<3x2xf32>
func.func @transposes(%x: tensor<2x3x4xf32>) -> (tensor<2x3x4xf32>, tensor<4x2x3xf32>, tensor<2x3x4xf32>, tensor<3x2xf32>) {
  %0 = graph.transpose %x {perm = [0, 1, 2]} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %1 = graph.transpose %x {perm = [1, 0, 2]} : (tensor<2x3x4xf32>) -> tensor<3x2x4xf32>
  %2 = graph.transpose %1 {perm = [2, 1, 0]} : (tensor<3x2x4xf32>) -> tensor<4x2x3xf32>
  %3 = graph.transpose %x : (tensor<2x3x4xf32>) -> tensor<4x3x2xf32>
  %4 = graph.transpose %3 : (tensor<4x3x2xf32>) -> tensor<2x3x4xf32>
  %c = graph.constant dense<[[1, 2, 3], [4, 5, 6]]> : tensor<2x3xi32>
  %cf = graph.cast %c : (tensor<2x3xi32>) -> tensor<2x3xf32>
  %5 = graph.transpose %cf : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return %0, %2, %4, %5 : tensor<2x3x4xf32>, tensor<4x2x3xf32>, tensor<2x3x4xf32>, tensor<3x2xf32>
}

// CHECK-LABEL: func.func @reshapes(%arg0: tensor<2x3x4xf32>) -> (tensor<2x3x4xf32>, tensor<24xf32>, tensor<6x4xf32>, tensor<1x2x3x4xf32>, tensor<2x3x4xf32>, tensor<3x2xi32>) {
// CHECK-NEXT: %0 = graph.constant dense<{{\[\[}}1, 2], [3, 4], [5, 6]]> : tensor<3x2xi32>
// CHECK-NEXT: %1 = graph.reshape %arg0 : (tensor<2x3x4xf32>) -> tensor<24xf32>
// CHECK-NEXT: %2 = graph.reshape %arg0 : (tensor<2x3x4xf32>) -> tensor<6x4xf32>
// CHECK-NEXT: %3 = graph.reshape %arg0 : (tensor<2x3x4xf32>) -> tensor<1x2x3x4xf32>
// CHECK-NEXT: return %arg0, %1, %2, %3, %arg0, %0 : tensor<2x3x4xf32>, tensor<24xf32>, tensor<6x4xf32>, tensor<1x2x3x4xf32>, tensor<2x3x4xf32>, tensor<3x2xi32>
func.func @reshapes(%x: tensor<2x3x4xf32>) -> (tensor<2x3x4xf32>, tensor<24xf32>, tensor<6x4xf32>, tensor<1x2x3x4xf32>, tensor<2x3x4xf32>, tensor<3x2xi32>) {
  %0 = graph.reshape %x : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %1 = graph.reshape %x : (tensor<2x3x4xf32>) -> tensor<6x4xf32>
  %2 = graph.reshape %1 : (tensor<6x4xf32>) -> tensor<24xf32>
  %3 = graph.flatten %x : (tensor<2x3x4xf32>) -> tensor<2x12xf32>
  %4 = graph.reshape %3 : (tensor<2x12xf32>) -> tensor<6x4xf32>
  %5 = graph.unsqueeze %x {axes = [0]} : (tensor<2x3x4xf32>) -> tensor<1x2x3x4xf32>
  %6 = graph.squeeze %5 {axes = [0]} : (tensor<1x2x3x4xf32>) -> tensor<2x3x4xf32>
  %c = graph.constant dense<[[1, 2, 3], [4, 5, 6]]> : tensor<2x3xi32>
  %7 = graph.reshape %c : (tensor<2x3xi32>) -> tensor<3x2xi32>
  return %0, %2, %4, %5, %6, %7 : tensor<2x3x4xf32>, tensor<24xf32>, tensor<6x4xf32>, tensor<1x2x3x4xf32>, tensor<2x3x4xf32>, tensor<3x2xi32>
}

// CHECK-LABEL: func.func @no_op_layout(%arg0: tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x2xf32>) {
// CHECK-NEXT: %0 = graph.slice %arg0 {axes = [1], ends = [2], starts = [0]} : (tensor<2x3xf32>) -> tensor<2x2xf32>
// CHECK-NEXT: return %arg0, %arg0, %arg0, %arg0, %0 : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x2xf32>
func.func @no_op_layout(%x: tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x2xf32>) {
  %0 = graph.concat %x {axis = 0 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %1 = graph.slice %x {ends = [9223372036854775807, 3], starts = [0, -100]} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %2 = graph.pad %x {pads = [0, 0, 0, 0]} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %3 = graph.resize %x {scales = [1.0, 1.0]} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %4 = graph.slice %x {ends = [2], starts = [0], axes = [1]} : (tensor<2x3xf32>) -> tensor<2x2xf32>
  return %0, %1, %2, %3, %4 : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x2xf32>
}

// Constants folded inside a fusion body are materialized inside it (the body is isolated from above).
// CHECK-LABEL: func.func @fusion_body
// CHECK-NEXT:    graph.fusion(%[[X:.*]] = %arg0)
// CHECK-NEXT:      %[[C:.*]] = graph.constant dense<[-1.000000e+00, -2.000000e+00]> : tensor<2xf32>
// CHECK-NEXT:      %[[M:.*]] = graph.mul %[[X]], %[[C]] : tensor<2xf32>
// CHECK-NEXT:      graph.yield %[[M]] : tensor<2xf32>
func.func @fusion_body(%a: tensor<2xf32>) -> tensor<2xf32> {
  %0 = graph.fusion(%x = %a) : (tensor<2xf32>) -> tensor<2xf32> {
    %c = graph.constant dense<[1.0, 2.0]> : tensor<2xf32>
    %d = graph.neg %c : tensor<2xf32>
    %z = graph.constant dense<-0.0> : tensor<2xf32>
    %s = graph.add %x, %z : tensor<2xf32>
    %t = graph.mul %s, %d : tensor<2xf32>
    graph.yield %t : tensor<2xf32>
  }
  return %0 : tensor<2xf32>
}
// Constant shape subgraphs (concat, slice with clamped negative steps, gather with negative indices) fold; an out-of-range gather index is left to the interpreter.

// CHECK-LABEL: func.func @shape_subgraph() -> (tensor<4xi64>, tensor<2xi64>, tensor<2x2xi64>, tensor<3xi64>) {
// CHECK-NEXT: %0 = graph.constant dense<[1, 3, 224, 224]> : tensor<4xi64>
// CHECK-NEXT: %1 = graph.constant dense<[1, 224]> : tensor<2xi64>
// CHECK-NEXT: %2 = graph.constant dense<{{\[\[}}3, 1], [6, 4]]> : tensor<2x2xi64>
// CHECK-NEXT: %3 = graph.constant dense<[5, 1, 224]> : tensor<3xi64>
// CHECK-NEXT: return %0, %1, %2, %3 : tensor<4xi64>, tensor<2xi64>, tensor<2x2xi64>, tensor<3xi64>
func.func @shape_subgraph() -> (tensor<4xi64>, tensor<2xi64>, tensor<2x2xi64>, tensor<3xi64>) {
  %s = graph.constant dense<[1, 3, 224, 224]> : tensor<4xi64>
  %i = graph.constant dense<[0, -1]> : tensor<2xi64>
  %n = graph.constant dense<[-1]> : tensor<1xi64>
  %0 = graph.concat %n, %s {axis = 0 : i64} : (tensor<1xi64>, tensor<4xi64>) -> tensor<5xi64>
  %1 = graph.slice %0 {ends = [5], starts = [1]} : (tensor<5xi64>) -> tensor<4xi64>
  %2 = graph.gather %s, %i {axis = 0 : i64} : (tensor<4xi64>, tensor<2xi64>) -> tensor<2xi64>
  %m = graph.constant dense<[[1, 2, 3], [4, 5, 6]]> : tensor<2x3xi64>
  %3 = graph.slice %m {ends = [-100], starts = [100], axes = [1], steps = [-2]} : (tensor<2x3xi64>) -> tensor<2x2xi64>
  %4 = graph.gather %m, %i {axis = 1 : i64} : (tensor<2x3xi64>, tensor<2xi64>) -> tensor<2x2xi64>
  %5 = graph.reduce_sum %4 {axes = [1]} : (tensor<2x2xi64>) -> tensor<2x1xi64>
  %o = graph.constant dense<[5]> : tensor<1xi64>
  %6 = graph.concat %o, %2 {axis = 0 : i64} : (tensor<1xi64>, tensor<2xi64>) -> tensor<3xi64>
  return %1, %2, %3, %6 : tensor<4xi64>, tensor<2xi64>, tensor<2x2xi64>, tensor<3xi64>
}

// CHECK-LABEL: func.func @gather_out_of_range_not_folded() -> tensor<1xf32> {
// CHECK-NEXT: %0 = graph.constant dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>
// CHECK-NEXT: %1 = graph.constant dense<2> : tensor<1xi64>
// CHECK-NEXT: %2 = graph.gather %0, %1 : (tensor<2xf32>, tensor<1xi64>) -> tensor<1xf32>
// CHECK-NEXT: return %2 : tensor<1xf32>
func.func @gather_out_of_range_not_folded() -> tensor<1xf32> {
  %d = graph.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %i = graph.constant dense<[2]> : tensor<1xi64>
  %0 = graph.gather %d, %i : (tensor<2xf32>, tensor<1xi64>) -> tensor<1xf32>
  return %0 : tensor<1xf32>
}

// x + 0.0 is not x when x is -0.0 (the sum is +0.0), and x - (-0.0) is not x either: neither folds.
// CHECK-LABEL: func.func @signed_zeros(%arg0: tensor<2xf32>) -> (tensor<2xf32>, tensor<2xf32>) {
// CHECK-NEXT: %[[P:.*]] = graph.constant dense<0.000000e+00> : tensor<2xf32>
// CHECK-NEXT: %[[N:.*]] = graph.constant dense<-0.000000e+00> : tensor<2xf32>
// CHECK-NEXT: %[[A:.*]] = graph.add %arg0, %[[P]] : tensor<2xf32>
// CHECK-NEXT: %[[S:.*]] = graph.sub %arg0, %[[N]] : tensor<2xf32>
// CHECK-NEXT: return %[[A]], %[[S]]
func.func @signed_zeros(%x: tensor<2xf32>) -> (tensor<2xf32>, tensor<2xf32>) {
  %p = graph.constant dense<0.0> : tensor<2xf32>
  %n = graph.constant dense<-0.0> : tensor<2xf32>
  %0 = graph.add %x, %p : tensor<2xf32>
  %1 = graph.sub %x, %n : tensor<2xf32>
  return %0, %1 : tensor<2xf32>, tensor<2xf32>
}
