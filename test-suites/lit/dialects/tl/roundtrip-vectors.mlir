// The vector ops of tl read back to the same IR, in custom and generic form.
// RUN: mlc-opt %s | FileCheck %s
// RUN: mlc-opt %s | mlc-opt | FileCheck %s
// RUN: mlc-opt --mlir-print-op-generic %s | mlc-opt | FileCheck %s
// RUN: mlc-opt --mlir-print-op-generic %s | FileCheck %s --check-prefix=GENERIC

// CHECK-LABEL: func.func @memory(%arg0: memref<4x8xf32>, %arg1: index, %arg2: vector<8xi1>, %arg3: vector<8xf32>)
// CHECK-NEXT:    %[[V:.*]] = tl.vload %arg0[%arg1, %arg1] : memref<4x8xf32>, vector<8xf32>
// CHECK-NEXT:    %{{.*}} = tl.vload %arg0[%arg1, %arg1], %arg2, %arg3 : memref<4x8xf32>, vector<8xf32>
// CHECK-NEXT:    %{{.*}} = tl.vload %arg0[%arg1, %arg1] : memref<4x8xf32>, vector<2x4xf32>
// CHECK-NEXT:    tl.vstore %[[V]], %arg0[%arg1, %arg1] : memref<4x8xf32>, vector<8xf32>
// CHECK-NEXT:    tl.vstore %[[V]], %arg0[%arg1, %arg1], %arg2 : memref<4x8xf32>, vector<8xf32>
// GENERIC: "tl.vload"(%arg0, %arg1, %arg1, %arg2, %arg3) : (memref<4x8xf32>, index, index, vector<8xi1>, vector<8xf32>) -> vector<8xf32>
// GENERIC: "tl.vstore"(%{{.*}}, %arg0, %arg1, %arg1, %arg2) : (vector<8xf32>, memref<4x8xf32>, index, index, vector<8xi1>) -> ()
func.func @memory(%m: memref<4x8xf32>, %i: index, %mask: vector<8xi1>, %pass: vector<8xf32>) {
  %v = tl.vload %m[%i, %i] : memref<4x8xf32>, vector<8xf32>
  %w = tl.vload %m[%i, %i], %mask, %pass : memref<4x8xf32>, vector<8xf32>
  %x = tl.vload %m[%i, %i] : memref<4x8xf32>, vector<2x4xf32>
  tl.vstore %v, %m[%i, %i] : memref<4x8xf32>, vector<8xf32>
  tl.vstore %v, %m[%i, %i], %mask : memref<4x8xf32>, vector<8xf32>
  return
}

// CHECK-LABEL: func.func @lanes(%arg0: f32, %arg1: vector<8xf32>, %arg2: index, %arg3: vector<4xi32>, %arg4: i32)
// CHECK-NEXT:    %[[B:.*]] = tl.broadcast %arg0 : f32 to vector<8xf32>
// CHECK-NEXT:    %{{.*}} = tl.broadcast %[[B]] : vector<8xf32> to vector<4x8xf32>
// CHECK-NEXT:    %[[E:.*]] = tl.extract %arg1[%arg2] : vector<8xf32>
// CHECK-NEXT:    %{{.*}} = tl.insert %[[E]], %arg1[%arg2] : vector<8xf32>
// CHECK-NEXT:    %[[F:.*]] = tl.fma %arg1, %arg1, %[[B]] : vector<8xf32>
// CHECK-NEXT:    %{{.*}} = tl.reduction <add>, %[[F]] : vector<8xf32> into f32
// CHECK-NEXT:    %{{.*}} = tl.reduction <maxui>, %arg3, %arg4 : vector<4xi32> into i32
// GENERIC: "tl.extract"(%arg1, %arg2) : (vector<8xf32>, index) -> f32
// GENERIC: "tl.reduction"(%{{.*}}) <{kind = "add"}> : (vector<8xf32>) -> f32
func.func @lanes(%s: f32, %v: vector<8xf32>, %i: index, %w: vector<4xi32>, %acc: i32) {
  %b = tl.broadcast %s : f32 to vector<8xf32>
  %b2 = tl.broadcast %b : vector<8xf32> to vector<4x8xf32>
  %e = tl.extract %v[%i] : vector<8xf32>
  %n = tl.insert %e, %v[%i] : vector<8xf32>
  %f = tl.fma %v, %v, %b : vector<8xf32>
  %r = tl.reduction <add>, %f : vector<8xf32> into f32
  %r2 = tl.reduction <maxui>, %w, %acc : vector<4xi32> into i32
  return
}

// CHECK-LABEL: func.func @outer(%arg0: vector<4xf32>, %arg1: vector<8xf32>, %arg2: vector<4x8xf32>)
// CHECK-NEXT:    %[[O:.*]] = tl.outerproduct %arg0, %arg1 : vector<4xf32>, vector<8xf32>
// CHECK-NEXT:    %{{.*}} = tl.outerproduct %arg0, %arg1, %arg2 : vector<4xf32>, vector<8xf32>
// GENERIC: "tl.outerproduct"(%arg0, %arg1, %arg2) : (vector<4xf32>, vector<8xf32>, vector<4x8xf32>) -> vector<4x8xf32>
func.func @outer(%a: vector<4xf32>, %b: vector<8xf32>, %acc: vector<4x8xf32>) {
  %o = tl.outerproduct %a, %b : vector<4xf32>, vector<8xf32>
  %p = tl.outerproduct %a, %b, %acc : vector<4xf32>, vector<8xf32>
  return
}

// CHECK-LABEL: func.func @shapes(%arg0: vector<4x2xf32>)
// CHECK-NEXT:    %{{.*}} = tl.shape_cast %arg0 : vector<4x2xf32> to vector<8xf32>
// CHECK-NEXT:    %{{.*}} = tl.transpose %arg0, [1, 0] : vector<4x2xf32> to vector<2x4xf32>
// GENERIC: "tl.transpose"(%arg0) <{permutation = array<i64: 1, 0>}> : (vector<4x2xf32>) -> vector<2x4xf32>
func.func @shapes(%v: vector<4x2xf32>) {
  %a = tl.shape_cast %v : vector<4x2xf32> to vector<8xf32>
  %b = tl.transpose %v, [1, 0] : vector<4x2xf32> to vector<2x4xf32>
  return
}

// CHECK-LABEL: func.func @shuffle(%arg0: vector<4xf32>, %arg1: vector<4xf32>)
// CHECK-NEXT:    %{{.*}} = tl.shuffle %arg0, %arg1, [0, 2, 4, 6] : vector<4xf32>, vector<4xf32> to vector<4xf32>
// CHECK-NEXT:    %{{.*}} = tl.shuffle %arg0, %arg1, [7, 7] : vector<4xf32>, vector<4xf32> to vector<2xf32>
// GENERIC: "tl.shuffle"(%arg0, %arg1) <{mask = array<i64: 0, 2, 4, 6>}> : (vector<4xf32>, vector<4xf32>) -> vector<4xf32>
func.func @shuffle(%a: vector<4xf32>, %b: vector<4xf32>) {
  %e = tl.shuffle %a, %b, [0, 2, 4, 6] : vector<4xf32>, vector<4xf32> to vector<4xf32>
  %f = tl.shuffle %a, %b, [7, 7] : vector<4xf32>, vector<4xf32> to vector<2xf32>
  return
}

// CHECK-LABEL: func.func @contract(%arg0: vector<4x8xf32>, %arg1: vector<8x16xf32>, %arg2: vector<4x16xf32>)
// CHECK-NEXT:    %{{.*}} = tl.contract {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} %arg0, %arg1, %arg2 : vector<4x8xf32>, vector<8x16xf32> into vector<4x16xf32>
// GENERIC: "tl.contract"(%arg0, %arg1, %arg2) <{indexing_maps = [{{.*}}], iterator_types = ["parallel", "parallel", "reduction"]}> : (vector<4x8xf32>, vector<8x16xf32>, vector<4x16xf32>) -> vector<4x16xf32>
func.func @contract(%a: vector<4x8xf32>, %b: vector<8x16xf32>, %acc: vector<4x16xf32>) {
  %r = tl.contract {indexing_maps = [affine_map<(i, j, k) -> (i, k)>, affine_map<(i, j, k) -> (k, j)>, affine_map<(i, j, k) -> (i, j)>],
                    iterator_types = ["parallel", "parallel", "reduction"]} %a, %b, %acc : vector<4x8xf32>, vector<8x16xf32> into vector<4x16xf32>
  return
}
