// RUN: mlc-opt --convert-graph-to-tl --split-input-file %s | FileCheck %s
// The lowering of graph.fusion groups (docs/fusion.md).

// Contraction + epilogue: the matmul writes the out-parameter, then ONE in-place generic over it
// reads the bias (broadcast) and the out-parameter's current element.
// CHECK-LABEL: func.func @main(%arg0: memref<4x8xf32>, %arg1: memref<8x16xf32>, %arg2: memref<16xf32>, %arg3: memref<4x16xf32>) {
// CHECK-NOT:     tl.alloc
// CHECK:         tl.fill %{{.*}}, %arg3
// CHECK:         iterator_types = ["parallel", "parallel", "reduction"]} ins(%arg0, %arg1 : memref<4x8xf32>, memref<8x16xf32>) outs(%arg3 : memref<4x16xf32>)
// CHECK:         tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%arg2 : memref<16xf32>) outs(%arg3 : memref<4x16xf32>) {
// CHECK-NEXT:    ^bb0(%[[B:.*]]: f32, %[[C:.*]]: f32):
// CHECK-NEXT:      %[[S:.*]] = arith.addf %[[C]], %[[B]] : f32
// CHECK-NEXT:      %[[Z:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-NEXT:      %[[R:.*]] = arith.maximumf %[[S]], %[[Z]] : f32
// CHECK-NEXT:      tl.yield %[[R]] : f32
// CHECK-NEXT:    }
// CHECK-NEXT:    return
func.func @main(%x: tensor<4x8xf32>, %w: tensor<8x16xf32>, %b: tensor<16xf32>) -> tensor<4x16xf32> {
  %0 = graph.fusion(%a = %x, %c = %w, %d = %b) : (tensor<4x8xf32>, tensor<8x16xf32>, tensor<16xf32>) -> tensor<4x16xf32> {
    %m = graph.matmul %a, %c : (tensor<4x8xf32>, tensor<8x16xf32>) -> tensor<4x16xf32>
    %s = graph.add %m, %d : (tensor<4x16xf32>, tensor<16xf32>) -> tensor<4x16xf32>
    %r = graph.relu %s : tensor<4x16xf32>
    graph.yield %r : tensor<4x16xf32>
  }
  return %0 : tensor<4x16xf32>
}

// -----

// Element-wise with two results, one returned and one an intermediate: one generic with two
// outputs, a compare and a cast in the body.
// CHECK-LABEL: func.func @main(%arg0: memref<2x3xf32>, %arg1: memref<3xf32>, %arg2: memref<2x3xf32>, %arg3: memref<2x3xi32>) {
// CHECK:         %[[T:.*]] = tl.alloc() : memref<2x3xf32>
// CHECK-NEXT:    tl.generic {{.*}} ins(%arg0, %arg1 : memref<2x3xf32>, memref<3xf32>) outs(%[[T]], %arg3 : memref<2x3xf32>, memref<2x3xi32>) {
// CHECK:           arith.subf
// CHECK:           arith.cmpf
// CHECK:           arith.extui
// CHECK:           tl.yield
// CHECK:         tl.generic {{.*}} ins(%[[T]] : memref<2x3xf32>) outs(%arg2 : memref<2x3xf32>)
// CHECK:         tl.dealloc %[[T]]
func.func @main(%x: tensor<2x3xf32>, %y: tensor<3xf32>) -> (tensor<2x3xf32>, tensor<2x3xi32>) {
  %0:2 = graph.fusion(%a = %x, %b = %y) : (tensor<2x3xf32>, tensor<3xf32>) -> (tensor<2x3xf32>, tensor<2x3xi32>) {
    %s = graph.sub %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
    %g = graph.greater %s, %a : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xi1>
    %c = graph.cast %g : (tensor<2x3xi1>) -> tensor<2x3xi32>
    graph.yield %s, %c : tensor<2x3xf32>, tensor<2x3xi32>
  }
  %n = graph.neg %0#0 : tensor<2x3xf32>
  return %n, %0#1 : tensor<2x3xf32>, tensor<2x3xi32>
}

// -----

// A group the fused lowering does not recognize (a transpose inside) is inlined and lowered op by op.
// CHECK-LABEL: func.func @main
// CHECK:         tl.alloc() : memref<2x3xf32>
// CHECK-COUNT-2: tl.generic
// CHECK-NOT:     graph.
func.func @main(%x: tensor<2x3xf32>) -> tensor<3x2xf32> {
  %0 = graph.fusion(%a = %x) : (tensor<2x3xf32>) -> tensor<3x2xf32> {
    %e = graph.exp %a : tensor<2x3xf32>
    %t = graph.transpose %e : (tensor<2x3xf32>) -> tensor<3x2xf32>
    graph.yield %t : tensor<3x2xf32>
  }
  return %0 : tensor<3x2xf32>
}

// -----

// Reduction with prologue and epilogue: the prologue (x·x) is computed inside the reduction
// generic and never stored; the mean's division and the epilogue (sqrt(v + eps)) are ONE in-place
// generic over the result.
// CHECK-LABEL: func.func @main(%arg0: memref<2x8xf32>, %arg1: memref<1xf32>, %arg2: memref<2x1xf32>) {
// CHECK-NOT:     tl.alloc
// CHECK:         tl.fill %{{.*}}, %arg2
// CHECK-NEXT:    tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, 0)>], iterator_types = ["parallel", "reduction"]} ins(%arg0 : memref<2x8xf32>) outs(%arg2 : memref<2x1xf32>) {
// CHECK-NEXT:    ^bb0(%[[X:.*]]: f32, %[[ACC:.*]]: f32):
// CHECK-NEXT:      %[[SQ:.*]] = arith.mulf %[[X]], %[[X]] : f32
// CHECK-NEXT:      %[[S:.*]] = arith.addf %[[ACC]], %[[SQ]] : f32
// CHECK-NEXT:      tl.yield %[[S]] : f32
// CHECK-NEXT:    }
// CHECK-NEXT:    tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%arg1 : memref<1xf32>) outs(%arg2 : memref<2x1xf32>) {
// CHECK:           arith.divf
// CHECK-NEXT:      arith.addf
// CHECK-NEXT:      math.sqrt
// CHECK-NEXT:      tl.yield
// CHECK-NEXT:    }
// CHECK-NEXT:    return
func.func @main(%x: tensor<2x8xf32>, %eps: tensor<1xf32>) -> tensor<2x1xf32> {
  %0 = graph.fusion(%a = %x, %b = %eps) : (tensor<2x8xf32>, tensor<1xf32>) -> tensor<2x1xf32> {
    %d2 = graph.mul %a, %a : tensor<2x8xf32>
    %v = graph.reduce_mean %d2 {axes = [1]} : (tensor<2x8xf32>) -> tensor<2x1xf32>
    %ve = graph.add %v, %b : (tensor<2x1xf32>, tensor<1xf32>) -> tensor<2x1xf32>
    %s = graph.sqrt %ve : tensor<2x1xf32>
    graph.yield %s : tensor<2x1xf32>
  }
  return %0 : tensor<2x1xf32>
}
