// tl.loop, tl.generic, tl.index and tl.matmul read back to the same IR, in custom and generic form.
// As for scf.for, the empty tl.yield of a loop without results is implied in the custom form.
// RUN: mlc-opt %s | FileCheck %s
// RUN: mlc-opt %s | mlc-opt | FileCheck %s
// RUN: mlc-opt --mlir-print-op-generic %s | mlc-opt | FileCheck %s
// RUN: mlc-opt --mlir-print-op-generic %s | FileCheck %s --check-prefix=GENERIC

// CHECK-LABEL: func.func @loops(%arg0: memref<?x?xf32>, %arg1: index, %arg2: index, %arg3: index, %arg4: f32) -> f32
// CHECK-NEXT:    %[[R:.*]] = tl.loop (%[[I:.*]], %[[J:.*]]) = (%arg2, %arg2) to (%arg1, %arg1) step (%arg3, %arg3) iterators ["parallel", "reduction"] iter_args(%[[ACC:.*]] = %arg4) -> (f32) {
// CHECK-NEXT:      %[[X:.*]] = tl.load %arg0[%[[I]], %[[J]]] : memref<?x?xf32>
// CHECK-NEXT:      tl.yield %[[X]] : f32
// CHECK-NEXT:    }
// CHECK-NEXT:    tl.loop (%[[K:.*]]) = (%arg2) to (%arg1) step (%arg3) iterators ["parallel"] {
// CHECK-NEXT:      tl.store %arg4, %arg0[%[[K]], %[[K]]] : memref<?x?xf32>
// CHECK-NEXT:    } attributes {unroll = 4 : i64}
// CHECK-NEXT:    return %[[R]] : f32
// GENERIC: %{{.*}} = "tl.loop"(%arg2, %arg2, %arg1, %arg1, %arg3, %arg3, %arg4) <{iterator_types = ["parallel", "reduction"]}> ({
// GENERIC-NEXT: ^bb0(%{{.*}}: index, %{{.*}}: index, %{{.*}}: f32):
// GENERIC: "tl.yield"(%{{.*}}) : (f32) -> ()
// GENERIC-NEXT: }) : (index, index, index, index, index, index, f32) -> f32
// GENERIC:      "tl.store"
// GENERIC-NEXT: "tl.yield"() : () -> ()
// GENERIC-NEXT: }) {unroll = 4 : i64} : (index, index, index) -> ()
func.func @loops(%m: memref<?x?xf32>, %n: index, %c0: index, %c1: index, %z: f32) -> f32 {
  %r = tl.loop (%i, %j) = (%c0, %c0) to (%n, %n) step (%c1, %c1) iterators ["parallel", "reduction"] iter_args(%acc = %z) -> (f32) {
    %x = tl.load %m[%i, %j] : memref<?x?xf32>
    tl.yield %x : f32
  }
  tl.loop (%k) = (%c0) to (%n) step (%c1) iterators ["parallel"] {
    tl.store %z, %m[%k, %k] : memref<?x?xf32>
  } attributes {unroll = 4 : i64}
  return %r : f32
}

// CHECK-LABEL: func.func @generic(%arg0: tensor<4x8xf32>, %arg1: tensor<8x16xf32>, %arg2: tensor<4x16xf32>, %arg3: f32, %arg4: memref<4x?xf32>)
// CHECK-NEXT:    %{{.*}} = tl.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%arg0, %arg1 : tensor<4x8xf32>, tensor<8x16xf32>) outs(%arg2 : tensor<4x16xf32>) {
// CHECK-NEXT:    ^bb0(%{{.*}}: f32, %{{.*}}: f32, %[[ACC:.*]]: f32):
// CHECK-NEXT:      tl.yield %[[ACC]] : f32
// CHECK-NEXT:    } -> tensor<4x16xf32>
// CHECK-NEXT:    tl.generic {indexing_maps = [affine_map<(d0, d1) -> ()>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"], library_call = "fill"} ins(%arg3 : f32) outs(%arg4 : memref<4x?xf32>) {
// CHECK-NEXT:    ^bb0(%[[S:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT:      %{{.*}} = tl.index 1 : index
// CHECK-NEXT:      tl.yield %[[S]] : f32
// CHECK-NEXT:    }
// CHECK-NEXT:    %{{.*}} = tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%arg2 : tensor<4x16xf32>) {
// GENERIC: "tl.generic"(%arg0, %arg1, %arg2) <{indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"], operandSegmentSizes = array<i32: 2, 1>}> ({
// GENERIC: "tl.index"() <{dim = 1 : i64}> : () -> index
func.func @generic(%a: tensor<4x8xf32>, %b: tensor<8x16xf32>, %c: tensor<4x16xf32>, %s: f32, %m: memref<4x?xf32>) {
  %r = tl.generic {indexing_maps = [affine_map<(i, j, k) -> (i, k)>, affine_map<(i, j, k) -> (k, j)>, affine_map<(i, j, k) -> (i, j)>],
                   iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %b : tensor<4x8xf32>, tensor<8x16xf32>) outs(%c : tensor<4x16xf32>) {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    tl.yield %acc : f32
  } -> tensor<4x16xf32>
  tl.generic {indexing_maps = [affine_map<(i, j) -> ()>, affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"], library_call = "fill"}
      ins(%s : f32) outs(%m : memref<4x?xf32>) {
  ^bb0(%x: f32, %o: f32):
    %j = tl.index 1 : index
    tl.yield %x : f32
  }
  %t = tl.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]} outs(%c : tensor<4x16xf32>) {
  ^bb0(%o: f32):
    tl.yield %o : f32
  } -> tensor<4x16xf32>
  return
}

// A 1-D convolution window: loop ranges from the plain dimensions, the window expression fits.
// CHECK-LABEL: func.func @window
// CHECK:         tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d0 + d1)>, affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0)>], iterator_types = ["parallel", "reduction"]}
func.func @window(%in: memref<6xf32>, %w: memref<3xf32>, %out: memref<4xf32>) {
  tl.generic {indexing_maps = [affine_map<(i, k) -> (i + k)>, affine_map<(i, k) -> (k)>, affine_map<(i, k) -> (i)>], iterator_types = ["parallel", "reduction"]}
      ins(%in, %w : memref<6xf32>, memref<3xf32>) outs(%out : memref<4xf32>) {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    tl.yield %acc : f32
  }
  return
}

// CHECK-LABEL: func.func @matmul(%arg0: memref<4x8xf32>, %arg1: memref<8x?xf32>, %arg2: memref<4x?xf32>, %arg3: tensor<4x8xi32>, %arg4: tensor<8x2xi32>, %arg5: tensor<4x2xi32>)
// CHECK-NEXT:    tl.matmul ins(%arg0, %arg1 : memref<4x8xf32>, memref<8x?xf32>) outs(%arg2 : memref<4x?xf32>)
// CHECK-NEXT:    %{{.*}} = tl.matmul ins(%arg3, %arg4 : tensor<4x8xi32>, tensor<8x2xi32>) outs(%arg5 : tensor<4x2xi32>) -> tensor<4x2xi32>
// GENERIC: "tl.matmul"(%arg0, %arg1, %arg2) : (memref<4x8xf32>, memref<8x?xf32>, memref<4x?xf32>) -> ()
func.func @matmul(%a: memref<4x8xf32>, %b: memref<8x?xf32>, %c: memref<4x?xf32>, %x: tensor<4x8xi32>, %y: tensor<8x2xi32>, %z: tensor<4x2xi32>) {
  tl.matmul ins(%a, %b : memref<4x8xf32>, memref<8x?xf32>) outs(%c : memref<4x?xf32>)
  %r = tl.matmul ins(%x, %y : tensor<4x8xi32>, tensor<8x2xi32>) outs(%z : tensor<4x2xi32>) -> tensor<4x2xi32>
  return
}
