// RUN: mlc-opt %s --canonicalize --split-input-file | FileCheck %s
// Constant folds as mlir-opt-19 has them: library functions fold for f32 and f64 only; exact
// operations (absf, ceil, floor, roundeven, copysign) for every float type; cbrt, rsqrt, fma and
// fpowi never. (Digits are matched by prefix: upstream prints 17 significant digits.)

// CHECK-LABEL: func.func @f64_folds
// CHECK-DAG: arith.constant 1.648721270700128{{[0-9]*}} : f64
// CHECK-DAG: arith.constant -0.693147180559945{{[0-9]*}} : f64
// CHECK-DAG: arith.constant 0.47942553860420{{[0-9]*}} : f64
// CHECK-DAG: arith.constant 0.520499877813046{{[0-9]*}} : f64
// CHECK-DAG: arith.constant 0.707106781186547{{[0-9]*}} : f64
// CHECK-DAG: arith.constant 0.353553390593273{{[0-9]*}} : f64
// CHECK-DAG: arith.constant 0.32175055439664{{[0-9]*}} : f64
// CHECK-DAG: arith.constant 5.000000e-01 : f64
// CHECK-DAG: arith.constant -1.000000e+00 : f64
// CHECK-DAG: arith.constant 2.000000e+00 : f64
// CHECK: math.cbrt
// CHECK: math.rsqrt
// CHECK: math.fma
func.func @f64_folds() -> (f64, f64, f64, f64, f64, f64, f64, f64, f64, f64, f64, f64, f64) {
  %h = arith.constant 0.5 : f64
  %t = arith.constant 1.5 : f64
  %m = arith.constant -0.5 : f64
  %0 = math.exp %h : f64
  %1 = math.log %h : f64
  %2 = math.sin %h : f64
  %3 = math.erf %h : f64
  %4 = math.sqrt %h : f64
  %5 = math.powf %h, %t : f64
  %6 = math.atan2 %h, %t : f64
  %7 = math.absf %m : f64
  %8 = math.floor %m : f64
  %9 = math.round %t : f64
  %10 = math.cbrt %h : f64
  %11 = math.rsqrt %h : f64
  %12 = math.fma %h, %t, %h : f64
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12 : f64, f64, f64, f64, f64, f64, f64, f64, f64, f64, f64, f64, f64
}

// -----

// CHECK-LABEL: func.func @f16_folds
// CHECK-DAG: %[[C:.*]] = arith.constant 2.000000e+00 : f16
// CHECK-DAG: %[[F:.*]] = arith.constant 1.000000e+00 : f16
// CHECK-DAG: %[[N:.*]] = arith.constant -1.500000e+00 : f16
// CHECK: %[[E:.*]] = math.exp %{{.*}} : f16
// CHECK: return %[[C]], %[[F]], %[[N]], %[[E]]
func.func @f16_folds() -> (f16, f16, f16, f16) {
  %t = arith.constant 1.5 : f16
  %m = arith.constant -1.0 : f16
  %0 = math.ceil %t : f16
  %1 = math.floor %t : f16
  %2 = math.copysign %t, %m : f16
  %3 = math.exp %t : f16
  return %0, %1, %2, %3 : f16, f16, f16, f16
}

// -----

// CHECK-LABEL: func.func @int_folds
// CHECK-DAG: %[[A:.*]] = arith.constant 10 : i32
// CHECK-DAG: %[[L:.*]] = arith.constant 28 : i32
// CHECK-DAG: %[[T:.*]] = arith.constant 1 : i32
// CHECK-DAG: %[[P:.*]] = arith.constant 2 : i32
// CHECK-DAG: %[[W:.*]] = arith.constant 1000 : i32
// CHECK-DAG: %[[V:.*]] = arith.constant dense<[64, 0]> : vector<2xi64>
// CHECK: return %[[A]], %[[L]], %[[T]], %[[P]], %[[W]], %[[V]]
func.func @int_folds() -> (i32, i32, i32, i32, i32, vector<2xi64>) {
  %m = arith.constant -10 : i32
  %i = arith.constant 10 : i32
  %j = arith.constant 3 : i32
  %0 = math.absi %m : i32
  %1 = math.ctlz %i : i32
  %2 = math.cttz %i : i32
  %3 = math.ctpop %i : i32
  %4 = math.ipowi %i, %j : i32
  %v = arith.constant dense<[0, -1]> : vector<2xi64>
  %5 = math.ctlz %v : vector<2xi64>
  return %0, %1, %2, %3, %4, %5 : i32, i32, i32, i32, i32, vector<2xi64>
}
