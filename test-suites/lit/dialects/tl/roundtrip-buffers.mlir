// The buffer ops of tl read back to the same IR, in custom and generic form.
// RUN: mlc-opt %s | FileCheck %s
// RUN: mlc-opt %s | mlc-opt | FileCheck %s
// RUN: mlc-opt --mlir-print-op-generic %s | mlc-opt | FileCheck %s
// RUN: mlc-opt --mlir-print-op-generic %s | FileCheck %s --check-prefix=GENERIC

// CHECK-LABEL: func.func @alloc(%arg0: index)
// CHECK-NEXT:    %[[M:.*]] = tl.alloc(%arg0) {alignment = 64 : i64} : memref<4x?xf32>
// CHECK-NEXT:    %[[A:.*]] = tl.alloca() : memref<8xf32>
// CHECK-NEXT:    %{{.*}} = tl.dim %[[M]], 1 : memref<4x?xf32>
// CHECK-NEXT:    %{{.*}} = tl.empty(%arg0) : tensor<?x4xf32>
// CHECK-NEXT:    tl.dealloc %[[M]] : memref<4x?xf32>
// GENERIC: "tl.alloc"(%arg0) <{alignment = 64 : i64}> : (index) -> memref<4x?xf32>
// GENERIC: "tl.dim"(%{{.*}}) <{index = 1 : i64}> : (memref<4x?xf32>) -> index
// GENERIC: "tl.empty"(%arg0) : (index) -> tensor<?x4xf32>
// GENERIC: "tl.dealloc"(%{{.*}}) : (memref<4x?xf32>) -> ()
func.func @alloc(%n: index) {
  %m = tl.alloc(%n) {alignment = 64 : i64} : memref<4x?xf32>
  %a = tl.alloca() : memref<8xf32>
  %d = tl.dim %m, 1 : memref<4x?xf32>
  %e = tl.empty(%n) : tensor<?x4xf32>
  tl.dealloc %m : memref<4x?xf32>
  return
}

// CHECK-LABEL: func.func @access(%arg0: memref<4x?xf32>, %arg1: index, %arg2: index, %arg3: f32, %arg4: tensor<8xf32>)
// CHECK-NEXT:    %[[X:.*]] = tl.load %arg0[%arg1, %arg2] : memref<4x?xf32>
// CHECK-NEXT:    tl.store %[[X]], %arg0[%arg1, %arg2] {nontemporal} : memref<4x?xf32>
// CHECK-NEXT:    tl.fill %arg3, %arg0 : memref<4x?xf32>
// CHECK-NEXT:    %{{.*}} = tl.fill %arg3, %arg4 : tensor<8xf32>
// GENERIC: "tl.load"(%arg0, %arg1, %arg2) : (memref<4x?xf32>, index, index) -> f32
// GENERIC: "tl.store"(%{{.*}}, %arg0, %arg1, %arg2) {nontemporal} : (f32, memref<4x?xf32>, index, index) -> ()
// GENERIC: "tl.fill"(%arg3, %arg4) : (f32, tensor<8xf32>) -> tensor<8xf32>
func.func @access(%m: memref<4x?xf32>, %i: index, %j: index, %v: f32, %t: tensor<8xf32>) {
  %x = tl.load %m[%i, %j] : memref<4x?xf32>
  tl.store %x, %m[%i, %j] {nontemporal} : memref<4x?xf32>
  tl.fill %v, %m : memref<4x?xf32>
  %t2 = tl.fill %v, %t : tensor<8xf32>
  return
}

// CHECK-LABEL: func.func @views(%arg0: memref<8x8xf32>, %arg1: memref<4x?xf32>, %arg2: index)
// CHECK-NEXT:    %{{.*}} = tl.subview %arg0[1, 2] [4, 3] [2, 1] : memref<8x8xf32> to memref<4x3xf32, strided<[16, 1], offset: 10>>
// CHECK-NEXT:    %{{.*}} = tl.subview %arg1[%arg2, 2] [2, %arg2] [1, 2] : memref<4x?xf32> to memref<2x?xf32, strided<[?, 2], offset: ?>>
// CHECK-NEXT:    %[[S:.*]] = tl.subview %arg0[0, 0] [8, 8] [1, 1] : memref<8x8xf32> to memref<8x8xf32>
// CHECK-NEXT:    %[[T:.*]] = tl.subview %arg0[4, 0] [2, 8] [1, 1] : memref<8x8xf32> to memref<2x8xf32, strided<[8, 1], offset: 32>>
// CHECK-NEXT:    %{{.*}} = tl.subview %[[T]][1, %arg2] [1, 4] [1, 2] : memref<2x8xf32, strided<[8, 1], offset: 32>> to memref<1x4xf32, strided<[8, 2], offset: ?>>
// CHECK-NEXT:    %{{.*}} = tl.subview %arg0[%arg2, 0] [1, 8] [1, 1] : memref<8x8xf32> to memref<8xf32, strided<[1], offset: ?>>
// CHECK-NEXT:    %{{.*}} = tl.subview %arg0[0, %arg2] [4, 1] [2, 1] : memref<8x8xf32> to memref<4xf32, strided<[16], offset: ?>>
// CHECK-NEXT:    %{{.*}} = tl.reshape %arg0 : memref<8x8xf32> to memref<64xf32>
// CHECK-NEXT:    %{{.*}} = tl.cast %arg0 : memref<8x8xf32> to memref<?x8xf32>
// CHECK-NEXT:    %{{.*}} = tl.cast %[[T]] : memref<2x8xf32, strided<[8, 1], offset: 32>> to memref<2x8xf32, strided<[?, ?], offset: ?>>
// GENERIC: "tl.subview"(%arg1, %arg2, %arg2) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>, static_offsets = array<i64: -9223372036854775808, 2>, static_sizes = array<i64: 2, -9223372036854775808>, static_strides = array<i64: 1, 2>}> : (memref<4x?xf32>, index, index) -> memref<2x?xf32, strided<[?, 2], offset: ?>>
func.func @views(%m: memref<8x8xf32>, %d: memref<4x?xf32>, %i: index) {
  %a = tl.subview %m[1, 2] [4, 3] [2, 1] : memref<8x8xf32> to memref<4x3xf32, strided<[16, 1], offset: 10>>
  %b = tl.subview %d[%i, 2] [2, %i] [1, 2] : memref<4x?xf32> to memref<2x?xf32, strided<[?, 2], offset: ?>>
  %c = tl.subview %m[0, 0] [8, 8] [1, 1] : memref<8x8xf32> to memref<8x8xf32>
  %rows = tl.subview %m[4, 0] [2, 8] [1, 1] : memref<8x8xf32> to memref<2x8xf32, strided<[8, 1], offset: 32>>
  %e = tl.subview %rows[1, %i] [1, 4] [1, 2] : memref<2x8xf32, strided<[8, 1], offset: 32>> to memref<1x4xf32, strided<[8, 2], offset: ?>>
  %row = tl.subview %m[%i, 0] [1, 8] [1, 1] : memref<8x8xf32> to memref<8xf32, strided<[1], offset: ?>>
  %col = tl.subview %m[0, %i] [4, 1] [2, 1] : memref<8x8xf32> to memref<4xf32, strided<[16], offset: ?>>
  %f = tl.reshape %m : memref<8x8xf32> to memref<64xf32>
  %g = tl.cast %m : memref<8x8xf32> to memref<?x8xf32>
  %h = tl.cast %rows : memref<2x8xf32, strided<[8, 1], offset: 32>> to memref<2x8xf32, strided<[?, ?], offset: ?>>
  return
}

// CHECK-LABEL: func.func @reinterpret(%arg0: memref<6xf32>, %arg1: memref<?xf32>, %arg2: index)
// CHECK-NEXT:    %{{.*}} = tl.reinterpret_cast %arg0 to offset: [0], sizes: [3, 2], strides: [1, 3] : memref<6xf32> to memref<3x2xf32, strided<[1, 3]>>
// CHECK-NEXT:    %{{.*}} = tl.reinterpret_cast %arg1 to offset: [%arg2], sizes: [4, %arg2], strides: [%arg2, 1] : memref<?xf32> to memref<4x?xf32, strided<[?, 1], offset: ?>>
// GENERIC: "tl.reinterpret_cast"(%arg1, %arg2, %arg2, %arg2) <{operandSegmentSizes = array<i32: 1, 1, 1, 1>, static_offsets = array<i64: -9223372036854775808>, static_sizes = array<i64: 4, -9223372036854775808>, static_strides = array<i64: -9223372036854775808, 1>}> : (memref<?xf32>, index, index, index) -> memref<4x?xf32, strided<[?, 1], offset: ?>>
func.func @reinterpret(%m: memref<6xf32>, %d: memref<?xf32>, %i: index) {
  %t = tl.reinterpret_cast %m to offset: [0], sizes: [3, 2], strides: [1, 3] : memref<6xf32> to memref<3x2xf32, strided<[1, 3]>>
  %v = tl.reinterpret_cast %d to offset: [%i], sizes: [4, %i], strides: [%i, 1] : memref<?xf32> to memref<4x?xf32, strided<[?, 1], offset: ?>>
  return
}

// CHECK-LABEL: func.func @bridges(%arg0: tensor<4x?xf32>, %arg1: memref<4x?xf32>)
// CHECK-NEXT:    %[[B:.*]] = tl.to_buffer %arg0 : tensor<4x?xf32> to memref<4x?xf32>
// CHECK-NEXT:    %{{.*}} = tl.to_tensor %[[B]] : memref<4x?xf32> to tensor<4x?xf32>
// CHECK-NEXT:    tl.copy %[[B]], %arg1 : memref<4x?xf32> to memref<4x?xf32>
// CHECK-NEXT:    %[[E:.*]] = tl.empty() : tensor<2x3xf32>
// CHECK-NEXT:    %{{.*}} = tl.reshape %[[E]] : tensor<2x3xf32> to tensor<6xf32>
// GENERIC: "tl.to_buffer"(%arg0) : (tensor<4x?xf32>) -> memref<4x?xf32>
// GENERIC: "tl.copy"(%{{.*}}, %arg1) : (memref<4x?xf32>, memref<4x?xf32>) -> ()
func.func @bridges(%t: tensor<4x?xf32>, %m: memref<4x?xf32>) {
  %b = tl.to_buffer %t : tensor<4x?xf32> to memref<4x?xf32>
  %u = tl.to_tensor %b : memref<4x?xf32> to tensor<4x?xf32>
  tl.copy %b, %m : memref<4x?xf32> to memref<4x?xf32>
  %e = tl.empty() : tensor<2x3xf32>
  %r = tl.reshape %e : tensor<2x3xf32> to tensor<6xf32>
  return
}

// CHECK-LABEL: func.func @slices(%arg0: tensor<8x8xf32>, %arg1: index)
// CHECK-NEXT:    %[[S:.*]] = tl.extract_slice %arg0[%arg1, 0] [2, 4] [1, 2] : tensor<8x8xf32> to tensor<2x4xf32>
// CHECK-NEXT:    %[[R:.*]] = tl.extract_slice %arg0[%arg1, 0] [1, %arg1] [1, 1] : tensor<8x8xf32> to tensor<?xf32>
// CHECK-NEXT:    %{{.*}} = tl.insert_slice %[[S]] into %arg0[0, %arg1] [2, 4] [3, 1] : tensor<2x4xf32> into tensor<8x8xf32>
// CHECK-NEXT:    %{{.*}} = tl.insert_slice %[[R]] into %arg0[%arg1, 0] [1, %arg1] [1, 1] : tensor<?xf32> into tensor<8x8xf32>
// GENERIC: "tl.insert_slice"(%{{.*}}, %arg0, %arg1) <{operandSegmentSizes = array<i32: 1, 1, 1, 0, 0>, static_offsets = array<i64: 0, -9223372036854775808>, static_sizes = array<i64: 2, 4>, static_strides = array<i64: 3, 1>}> : (tensor<2x4xf32>, tensor<8x8xf32>, index) -> tensor<8x8xf32>
func.func @slices(%t: tensor<8x8xf32>, %i: index) {
  %s = tl.extract_slice %t[%i, 0] [2, 4] [1, 2] : tensor<8x8xf32> to tensor<2x4xf32>
  %row = tl.extract_slice %t[%i, 0] [1, %i] [1, 1] : tensor<8x8xf32> to tensor<?xf32>
  %u = tl.insert_slice %s into %t[0, %i] [2, 4] [3, 1] : tensor<2x4xf32> into tensor<8x8xf32>
  %v = tl.insert_slice %row into %t[%i, 0] [1, %i] [1, 1] : tensor<?xf32> into tensor<8x8xf32>
  return
}

// CHECK-LABEL: func.func @tensor_elements(%arg0: tensor<4x?xf32>, %arg1: index, %arg2: f32)
// CHECK-NEXT:    %{{.*}} = tl.extract %arg0[%arg1, %arg1] : tensor<4x?xf32>
// CHECK-NEXT:    %{{.*}} = tl.insert %arg2, %arg0[%arg1, %arg1] : tensor<4x?xf32>
// GENERIC: "tl.extract"(%arg0, %arg1, %arg1) : (tensor<4x?xf32>, index, index) -> f32
func.func @tensor_elements(%t: tensor<4x?xf32>, %i: index, %v: f32) {
  %x = tl.extract %t[%i, %i] : tensor<4x?xf32>
  %u = tl.insert %v, %t[%i, %i] : tensor<4x?xf32>
  return
}

// CHECK-LABEL: func.func @reassociate(%arg0: tensor<2x3x4xf32>, %arg1: memref<?x4xf32>, %arg2: index)
// CHECK-NEXT:    %[[C:.*]] = tl.collapse_shape %arg0 {{\[\[}}0, 1], [2]] : tensor<2x3x4xf32> into tensor<6x4xf32>
// CHECK-NEXT:    %{{.*}} = tl.expand_shape %[[C]] {{\[\[}}0, 1], [2]] output_shape [3, 2, 4] : tensor<6x4xf32> into tensor<3x2x4xf32>
// CHECK-NEXT:    %[[E:.*]] = tl.expand_shape %arg1 {{\[\[}}0, 1], [2]] output_shape [%arg2, 2, 4] : memref<?x4xf32> into memref<?x2x4xf32>
// CHECK-NEXT:    %{{.*}} = tl.collapse_shape %[[E]] {{\[\[}}0, 1, 2]] : memref<?x2x4xf32> into memref<?xf32>
// GENERIC: "tl.expand_shape"(%arg1, %arg2) <{reassociation = {{.*}}, static_output_shape = array<i64: -9223372036854775808, 2, 4>}> : (memref<?x4xf32>, index) -> memref<?x2x4xf32>
func.func @reassociate(%t: tensor<2x3x4xf32>, %m: memref<?x4xf32>, %n: index) {
  %c = tl.collapse_shape %t [[0, 1], [2]] : tensor<2x3x4xf32> into tensor<6x4xf32>
  %e = tl.expand_shape %c [[0, 1], [2]] output_shape [3, 2, 4] : tensor<6x4xf32> into tensor<3x2x4xf32>
  %f = tl.expand_shape %m [[0, 1], [2]] output_shape [%n, 2, 4] : memref<?x4xf32> into memref<?x2x4xf32>
  %g = tl.collapse_shape %f [[0, 1, 2]] : memref<?x2x4xf32> into memref<?xf32>
  return
}
