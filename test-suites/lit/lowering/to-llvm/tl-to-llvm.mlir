// RUN: mlc-opt --convert-tl-to-llvm %s | FileCheck %s

// CHECK-LABEL: func.func @views(
// CHECK: %[[D:.*]] = builtin.unrealized_conversion_cast %{{.*}} : memref<8x8xf32> to !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
// CHECK: %[[OFF:.*]] = llvm.extractvalue %[[D]][2]
// CHECK: %[[ST0:.*]] = llvm.extractvalue %[[D]][4, 0]
// CHECK: llvm.mul %{{.*}}, %[[ST0]] : i64
// CHECK: llvm.insertvalue
// CHECK: %[[AP:.*]] = llvm.extractvalue %{{.*}}[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
// CHECK: llvm.getelementptr %[[AP]][%{{.*}}] : (!llvm.ptr, i64) -> !llvm.ptr, f32
// CHECK: llvm.load %{{.*}} {alignment = 4 : i64} : !llvm.ptr -> vector<4xf32>
// CHECK: llvm.intr.masked.store %{{.*}}, %{{.*}}, %{{.*}} {alignment = 4 : i32} : vector<4xf32>, vector<4xi1> into !llvm.ptr
func.func @views(%m: memref<8x8xf32>, %o: index, %mask: vector<4xi1>) {
  %c0 = arith.constant 0 : index
  %s = tl.subview %m[%o, 2] [4, 4] [1, 1] : memref<8x8xf32> to memref<4x4xf32, strided<[8, 1], offset: ?>>
  %v = tl.vload %s[%c0, %c0] : memref<4x4xf32, strided<[8, 1], offset: ?>>, vector<4xf32>
  tl.vstore %v, %m[%c0, %c0], %mask : memref<8x8xf32>, vector<4xf32>
  return
}

// CHECK-LABEL: func.func @vectors(
// CHECK: %[[U:.*]] = llvm.mlir.undef : vector<8xf32>
// CHECK: %[[I:.*]] = llvm.insertelement %{{.*}}, %[[U]][%{{.*}} : i64] : vector<8xf32>
// CHECK: %[[B:.*]] = llvm.shufflevector %[[I]], %[[U]] [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32>
// CHECK: %[[F:.*]] = llvm.intr.fma(%[[B]], %[[B]], %[[B]]) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
// CHECK: "llvm.intr.vector.reduce.fadd"(%{{.*}}, %[[F]]) : (f32, vector<8xf32>) -> f32
// CHECK: "llvm.intr.vector.reduce.smax"(%{{.*}}) : (vector<4xi32>) -> i32
// CHECK: llvm.icmp "sgt"
// CHECK: llvm.select
func.func @vectors(%x: f32, %w: vector<4xi32>, %acc: i32) -> (f32, i32) {
  %b = tl.broadcast %x : f32 to vector<8xf32>
  %f = tl.fma %b, %b, %b : vector<8xf32>
  %s = tl.reduction <add>, %f : vector<8xf32> into f32
  %m = tl.reduction <maxsi>, %w, %acc : vector<4xi32> into i32
  return %s, %m : f32, i32
}

// CHECK-LABEL: func.func @fill(
// CHECK: llvm.br ^bb[[HEAD:.*]](%{{.*}} : i64)
// CHECK: ^bb[[HEAD]](%[[I:.*]]: i64):
// CHECK: llvm.icmp "slt" %[[I]], %{{.*}} : i64
// CHECK: llvm.store
func.func @fill(%m: memref<4x?xf32>, %x: f32) {
  tl.fill %x, %m : memref<4x?xf32>
  return
}
