// Each op family of the llvm dialect in LLVM IR.
// RUN: mlc-translate --mlir-to-llvmir %s | FileCheck %s

// CHECK-LABEL: define float @arith(float %0, float %1, i32 %2, i64 %3)
llvm.func @arith(%x: f32, %y: f32, %i: i32, %j: i64) -> f32 {
  // CHECK: fadd fast float %0, %1
  %0 = llvm.fadd %x, %y {fastmathFlags = #llvm.fastmath<fast>} : f32
  // CHECK: fmul nnan ninf float
  %1 = llvm.fmul %0, %y {fastmathFlags = #llvm.fastmath<nnan, ninf>} : f32
  // CHECK: fneg float
  %2 = llvm.fneg %1 : f32
  // CHECK: fcmp olt float
  %c = llvm.fcmp "olt" %2, %x : f32
  // CHECK: select i1 %{{[0-9]+}}, float
  %3 = llvm.select %c, %2, %x : i1, f32
  // CHECK: sext i32 %2 to i64
  %4 = llvm.sext %i : i32 to i64
  // CHECK: udiv i64
  %5 = llvm.udiv %4, %j : i64
  // CHECK: sitofp i64 %{{[0-9]+}} to float
  %6 = llvm.sitofp %5 : i64 to f32
  // CHECK: bitcast float %{{[0-9]+}} to i32
  %7 = llvm.bitcast %6 : f32 to i32
  // CHECK: lshr i32 %{{[0-9]+}}, 3
  %c3 = llvm.mlir.constant(3 : i32) : i32
  %8 = llvm.lshr %7, %c3 : i32
  // CHECK: icmp ult i32
  %9 = llvm.icmp "ult" %8, %i : i32
  // CHECK: zext i1 %{{[0-9]+}} to i32
  %10 = llvm.zext %9 : i1 to i32
  // CHECK: uitofp i32
  %11 = llvm.uitofp %10 : i32 to f32
  // CHECK: fadd float
  %12 = llvm.fadd %11, %3 : f32
  llvm.return %12 : f32
}

// CHECK-LABEL: define void @memory(ptr %0, i64 %1)
llvm.func @memory(%p: !llvm.ptr, %n: i64) {
  %one = llvm.mlir.constant(1 : i64) : i64
  // CHECK: %[[A:[0-9]+]] = alloca %pair, i64 1, align 8
  %a = llvm.alloca %one x !llvm.struct<"pair", (i32, f64)> {alignment = 8 : i64} : (i64) -> !llvm.ptr
  // CHECK: getelementptr inbounds %pair, ptr %[[A]], i32 0, i32 1
  %f = llvm.getelementptr inbounds %a[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"pair", (i32, f64)>
  // CHECK: getelementptr float, ptr %0, i64 %1
  %q = llvm.getelementptr %p[%n] : (!llvm.ptr, i64) -> !llvm.ptr, f32
  // CHECK: load volatile float, ptr %{{[0-9]+}}, align 4
  %v = llvm.load volatile %q {alignment = 4 : i64} : !llvm.ptr -> f32
  %d = llvm.fpext %v : f32 to f64
  // CHECK: store double %{{[0-9]+}}, ptr %{{[0-9]+}}, align 8
  llvm.store %d, %f {alignment = 8 : i64} : f64, !llvm.ptr
  // CHECK: call void @llvm.memcpy.p0.p0.i64(ptr %0, ptr %[[A]], i64 16, i1 false)
  %sz = llvm.mlir.constant(16 : i64) : i64
  "llvm.intr.memcpy"(%p, %a, %sz) <{isVolatile = false}> : (!llvm.ptr, !llvm.ptr, i64) -> ()
  llvm.return
}

// CHECK-LABEL: define { i32, float } @aggregates(i32 %0, float %1)
llvm.func @aggregates(%i: i32, %f: f32) -> !llvm.struct<(i32, f32)> {
  %u = llvm.mlir.undef : !llvm.struct<(i32, f32)>
  // CHECK: insertvalue { i32, float } undef, i32 %0, 0
  %s0 = llvm.insertvalue %i, %u[0] : !llvm.struct<(i32, f32)>
  // CHECK: insertvalue { i32, float } %{{[0-9]+}}, float %1, 1
  %s1 = llvm.insertvalue %f, %s0[1] : !llvm.struct<(i32, f32)>
  // CHECK: extractvalue { i32, float } %{{[0-9]+}}, 0
  %x = llvm.extractvalue %s1[0] : !llvm.struct<(i32, f32)>
  %s2 = llvm.insertvalue %x, %s1[0] : !llvm.struct<(i32, f32)>
  llvm.return %s2 : !llvm.struct<(i32, f32)>
}

// CHECK-LABEL: define <4 x float> @vectors(<4 x float> %0, i32 %1)
llvm.func @vectors(%v: vector<4xf32>, %k: i32) -> vector<4xf32> {
  // CHECK: extractelement <4 x float> %0, i32 %1
  %e = llvm.extractelement %v[%k : i32] : vector<4xf32>
  // CHECK: insertelement <4 x float> %0, float %{{[0-9]+}}, i32 %1
  %w = llvm.insertelement %e, %v[%k : i32] : vector<4xf32>
  // CHECK: shufflevector <4 x float> %{{[0-9]+}}, <4 x float> %0, <4 x i32> <i32 3, i32 2, i32 5, i32 poison>
  %s = llvm.shufflevector %w, %v [3, 2, 5, -1] : vector<4xf32>
  // CHECK: fadd <4 x float> %{{[0-9]+}}, <float 1.000000e+00, float 2.000000e+00, float 3.000000e+00, float 4.000000e+00>
  %c = llvm.mlir.constant(dense<[1.0, 2.0, 3.0, 4.0]> : vector<4xf32>) : vector<4xf32>
  %r = llvm.fadd %s, %c : vector<4xf32>
  llvm.return %r : vector<4xf32>
}

// CHECK-LABEL: define double @intrinsics(double %0, double %1, <8 x i32> %2)
llvm.func @intrinsics(%x: f64, %y: f64, %v: vector<8xi32>) -> f64 {
  // CHECK: call double @llvm.fma.f64(double %0, double %1, double %0)
  %0 = llvm.intr.fma(%x, %y, %x) : (f64, f64, f64) -> f64
  // CHECK: call double @llvm.sqrt.f64(
  %1 = llvm.intr.sqrt(%0) : (f64) -> f64
  // CHECK: call double @llvm.exp.f64(
  %2 = llvm.intr.exp(%1) : (f64) -> f64
  // CHECK: call double @llvm.pow.f64(
  %3 = llvm.intr.pow(%2, %y) : (f64, f64) -> f64
  // CHECK: call i32 @llvm.vector.reduce.smax.v8i32(<8 x i32> %2)
  %m = "llvm.intr.vector.reduce.smax"(%v) : (vector<8xi32>) -> i32
  %mf = llvm.sitofp %m : i32 to f64
  %r = llvm.fadd %3, %mf : f64
  llvm.return %r : f64
}

// CHECK-LABEL: define i32 @control(i32 %0)
llvm.func @control(%x: i32) -> i32 {
  // CHECK: switch i32 %0, label %{{[0-9]+}} [
  // CHECK-NEXT: i32 1, label %{{[0-9]+}}
  // CHECK-NEXT: i32 7, label %{{[0-9]+}}
  // CHECK-NEXT: ]
  llvm.switch %x : i32, ^def [
    1: ^one,
    7: ^seven(%x : i32)
  ]
^one:
  // CHECK: call i32 @control(i32 0)
  %z = llvm.mlir.constant(0 : i32) : i32
  %r = llvm.call @control(%z) : (i32) -> i32
  llvm.return %r : i32
^seven(%s: i32):
  llvm.return %s : i32
^def:
  // CHECK: unreachable
  llvm.unreachable
}

// CHECK-LABEL: declare i32 @printf(ptr, ...)
llvm.func @printf(!llvm.ptr, ...) -> i32
