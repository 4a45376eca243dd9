// RUN: mlc-opt %s | mlc-opt | FileCheck %s
// RUN: mlc-opt %s --mlir-print-op-generic | mlc-opt | FileCheck %s

// CHECK-LABEL: func.func @float_unary
func.func @float_unary(%x: f32, %v: vector<4xf16>, %t: tensor<2x?xf64>) {
  // CHECK: math.absf %{{.*}} : f32
  %0 = math.absf %x : f32
  // CHECK: math.acos %{{.*}} fastmath<fast> : vector<4xf16>
  %1 = math.acos %v fastmath<fast> : vector<4xf16>
  // CHECK: math.acosh %{{.*}} fastmath<nnan,afn> : tensor<2x?xf64>
  %2 = math.acosh %t fastmath<afn,nnan> : tensor<2x?xf64>
  // CHECK: math.asin %{{.*}} : f32
  %3 = math.asin %x : f32
  // CHECK: math.asinh %{{.*}} fastmath<fast> : vector<4xf16>
  %4 = math.asinh %v fastmath<fast> : vector<4xf16>
  // CHECK: math.atan %{{.*}} fastmath<nnan,afn> : tensor<2x?xf64>
  %5 = math.atan %t fastmath<afn,nnan> : tensor<2x?xf64>
  // CHECK: math.atanh %{{.*}} : f32
  %6 = math.atanh %x : f32
  // CHECK: math.cbrt %{{.*}} fastmath<fast> : vector<4xf16>
  %7 = math.cbrt %v fastmath<fast> : vector<4xf16>
  // CHECK: math.ceil %{{.*}} fastmath<nnan,afn> : tensor<2x?xf64>
  %8 = math.ceil %t fastmath<afn,nnan> : tensor<2x?xf64>
  // CHECK: math.cos %{{.*}} : f32
  %9 = math.cos %x : f32
  // CHECK: math.cosh %{{.*}} fastmath<fast> : vector<4xf16>
  %10 = math.cosh %v fastmath<fast> : vector<4xf16>
  // CHECK: math.erf %{{.*}} fastmath<nnan,afn> : tensor<2x?xf64>
  %11 = math.erf %t fastmath<afn,nnan> : tensor<2x?xf64>
  // CHECK: math.exp %{{.*}} : f32
  %12 = math.exp %x : f32
  // CHECK: math.exp2 %{{.*}} fastmath<fast> : vector<4xf16>
  %13 = math.exp2 %v fastmath<fast> : vector<4xf16>
  // CHECK: math.expm1 %{{.*}} fastmath<nnan,afn> : tensor<2x?xf64>
  %14 = math.expm1 %t fastmath<afn,nnan> : tensor<2x?xf64>
  // CHECK: math.floor %{{.*}} : f32
  %15 = math.floor %x : f32
  // CHECK: math.log %{{.*}} fastmath<fast> : vector<4xf16>
  %16 = math.log %v fastmath<fast> : vector<4xf16>
  // CHECK: math.log10 %{{.*}} fastmath<nnan,afn> : tensor<2x?xf64>
  %17 = math.log10 %t fastmath<afn,nnan> : tensor<2x?xf64>
  // CHECK: math.log1p %{{.*}} : f32
  %18 = math.log1p %x : f32
  // CHECK: math.log2 %{{.*}} fastmath<fast> : vector<4xf16>
  %19 = math.log2 %v fastmath<fast> : vector<4xf16>
  // CHECK: math.round %{{.*}} fastmath<nnan,afn> : tensor<2x?xf64>
  %20 = math.round %t fastmath<afn,nnan> : tensor<2x?xf64>
  // CHECK: math.roundeven %{{.*}} : f32
  %21 = math.roundeven %x : f32
  // CHECK: math.rsqrt %{{.*}} fastmath<fast> : vector<4xf16>
  %22 = math.rsqrt %v fastmath<fast> : vector<4xf16>
  // CHECK: math.sin %{{.*}} fastmath<nnan,afn> : tensor<2x?xf64>
  %23 = math.sin %t fastmath<afn,nnan> : tensor<2x?xf64>
  // CHECK: math.sinh %{{.*}} : f32
  %24 = math.sinh %x : f32
  // CHECK: math.sqrt %{{.*}} fastmath<fast> : vector<4xf16>
  %25 = math.sqrt %v fastmath<fast> : vector<4xf16>
  // CHECK: math.tan %{{.*}} fastmath<nnan,afn> : tensor<2x?xf64>
  %26 = math.tan %t fastmath<afn,nnan> : tensor<2x?xf64>
  // CHECK: math.tanh %{{.*}} : f32
  %27 = math.tanh %x : f32
  // CHECK: math.trunc %{{.*}} fastmath<fast> : vector<4xf16>
  %28 = math.trunc %v fastmath<fast> : vector<4xf16>
  return
}

// CHECK-LABEL: func.func @others
func.func @others(%x: f32, %y: f32, %i: i32, %vi: vector<2xi64>, %vf: vector<2xf32>) {
  // CHECK: math.atan2 %{{.*}}, %{{.*}} : f32
  %0 = math.atan2 %x, %y : f32
  // CHECK: math.copysign %{{.*}}, %{{.*}} fastmath<nsz> : f32
  %1 = math.copysign %x, %y fastmath<nsz> : f32
  // CHECK: math.powf %{{.*}}, %{{.*}} : f32
  %2 = math.powf %x, %y : f32
  // CHECK: math.fma %{{.*}}, %{{.*}}, %{{.*}} fastmath<contract> : f32
  %3 = math.fma %x, %y, %x fastmath<contract> : f32
  // CHECK: math.fpowi %{{.*}}, %{{.*}} : f32, i32
  %4 = math.fpowi %x, %i : f32, i32
  // CHECK: math.fpowi %{{.*}}, %{{.*}} fastmath<fast> : vector<2xf32>, vector<2xi64>
  %5 = math.fpowi %vf, %vi fastmath<fast> : vector<2xf32>, vector<2xi64>
  // CHECK: math.ipowi %{{.*}}, %{{.*}} : i32
  %6 = math.ipowi %i, %i : i32
  // CHECK: math.absi %{{.*}} : i32
  %7 = math.absi %i : i32
  // CHECK: math.ctlz %{{.*}} : vector<2xi64>
  %8 = math.ctlz %vi : vector<2xi64>
  // CHECK: math.cttz %{{.*}} : i32
  %9 = math.cttz %i : i32
  // CHECK: math.ctpop %{{.*}} : i32
  %10 = math.ctpop %i : i32
  return
}
