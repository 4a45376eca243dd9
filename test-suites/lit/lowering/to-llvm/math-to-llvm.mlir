// RUN: mlc-opt --convert-math-to-llvm %s | FileCheck %s
// RUN: mlc-opt --convert-math-to-llvm %s | mlc-opt | FileCheck %s

// Functions without an intrinsic are calls into the C math library, declared once.
// CHECK: llvm.func @erf(f64) -> f64
// CHECK: llvm.func @sinf(f32) -> f32
// CHECK-NOT: llvm.func @sinf
// CHECK-LABEL: func.func @main(
// CHECK: %[[S:.*]] = llvm.call @sinf(%{{.*}}) : (f32) -> f32
// CHECK: llvm.call @sinf(%[[S]]) : (f32) -> f32
// CHECK: llvm.intr.exp(%{{.*}}) : (f32) -> f32
// CHECK: llvm.intr.sqrt
// CHECK: llvm.fdiv
// CHECK: llvm.intr.fabs
// CHECK-NOT: math.
func.func @main(%x: f32) -> f32 {
  %0 = math.sin %x : f32
  %1 = math.sin %0 : f32
  %2 = math.exp %1 : f32
  %3 = math.rsqrt %2 : f32
  %4 = math.absf %3 : f32
  return %4 : f32
}

// CHECK-LABEL: func.func @erf64(
// CHECK: llvm.call @erf(%{{.*}}) : (f64) -> f64
func.func @erf64(%x: f64) -> f64 {
  %0 = math.erf %x : f64
  return %0 : f64
}

// CHECK-LABEL: func.func @absi(
// CHECK: %[[Z:.*]] = llvm.mlir.constant(0 : i32) : i32
// CHECK: %[[N:.*]] = llvm.sub %[[Z]], %[[X:.*]] : i32
// CHECK: %[[LT:.*]] = llvm.icmp "slt" %[[X]], %[[Z]] : i32
// CHECK: llvm.select %[[LT]], %[[N]], %[[X]] : i1, i32
func.func @absi(%x: i32) -> i32 {
  %0 = math.absi %x : i32
  return %0 : i32
}

// Vectors are scalarized: one call per lane.
// CHECK-LABEL: func.func @vector_tanh(
// CHECK: %[[U:.*]] = llvm.mlir.undef : vector<2xf32>
// CHECK: %[[E0:.*]] = llvm.extractelement %{{.*}}[%{{.*}} : i64] : vector<2xf32>
// CHECK: %[[C0:.*]] = llvm.call @tanhf(%[[E0]]) : (f32) -> f32
// CHECK: %[[V0:.*]] = llvm.insertelement %[[C0]], %[[U]][%{{.*}} : i64] : vector<2xf32>
// CHECK: llvm.call @tanhf
// CHECK: llvm.insertelement %{{.*}}, %[[V0]][%{{.*}} : i64] : vector<2xf32>
func.func @vector_tanh(%x: vector<2xf32>) -> vector<2xf32> {
  %0 = math.tanh %x : vector<2xf32>
  return %0 : vector<2xf32>
}
