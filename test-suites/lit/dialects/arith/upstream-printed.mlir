// IR as mlir-opt-19 prints it (named constants, named results of the extended ops, the generic
// form with default flags): it parses, and our output of it is stable.
// RUN: mlc-opt %s --split-input-file > %t.1 && mlc-opt %t.1 --split-input-file > %t.2 && diff %t.1 %t.2
// RUN: mlc-opt %s --split-input-file | FileCheck %s

// CHECK-LABEL: func.func @upstream_custom
// CHECK: arith.addi %arg2, %arg2 overflow<nsw, nuw> : i32
// CHECK: arith.constant -1 : i32
// CHECK: = arith.addui_extended %arg2, %arg2 : i32, i1
// CHECK: arith.truncf %arg0 to_nearest_even fastmath<fast> : f32 to f16
module {
  func.func @upstream_custom(%arg0: f32, %arg1: f32, %arg2: i32, %arg3: vector<4xf32>, %arg4: tensor<2xi32>, %arg5: f16) {
    %0 = arith.addi %arg2, %arg2 overflow<nsw, nuw> : i32
    %1 = arith.addf %arg0, %arg1 fastmath<nnan,ninf> : f32
    %2 = arith.cmpf ult, %arg0, %arg1 fastmath<fast> : f32
    %3 = arith.truncf %arg0 : f32 to f16
    %4 = arith.extf %arg5 : f16 to f32
    %5 = arith.select %2, %arg0, %arg1 : f32
    %6 = arith.cmpf olt, %arg3, %arg3 : vector<4xf32>
    %7 = arith.select %6, %arg3, %arg3 : vector<4xi1>, vector<4xf32>
    %8 = arith.select %2, %arg3, %arg3 : vector<4xf32>
    %cst = arith.constant dense<[1, 2]> : tensor<2xi32>
    %cst_0 = arith.constant 1.000000e+00 : f32
    %c-1_i32 = arith.constant -1 : i32
    %true = arith.constant true
    %c0 = arith.constant 0 : index
    %sum, %overflow = arith.addui_extended %arg2, %arg2 : i32, i1
    %low, %high = arith.mulsi_extended %arg2, %arg2 : i32
    %9 = arith.index_cast %c0 : index to i32
    %10 = arith.truncf %arg0 to_nearest_even fastmath<fast> : f32 to f16
    %11 = arith.maxnumf %arg0, %arg1 : f32
    %c-1_i8 = arith.constant -1 : i8
    %cst_1 = arith.constant 0x7FC00000 : f32
    %cst_2 = arith.constant 1.000000e+10 : f32
    %12 = arith.shli %arg2, %arg2 overflow<nsw> : i32
    %13 = arith.divsi %arg2, %arg2 : i32
    %cst_3 = arith.constant -0.000000e+00 : f32
    %c3_i64 = arith.constant 3 : i64
    %cst_4 = arith.constant dense<1.500000e+00> : vector<4xf32>
    return
  }
}

// -----

// CHECK-LABEL: func.func @upstream_generic
// CHECK: arith.addf %arg0, %arg1 fastmath<nnan,ninf> : f32
// CHECK: arith.cmpf olt, %arg3, %arg3 : vector<4xf32>
"builtin.module"() ({
  "func.func"() <{function_type = (f32, f32, i32, vector<4xf32>, tensor<2xi32>, f16) -> (), sym_name = "upstream_generic"}> ({
  ^bb0(%arg0: f32, %arg1: f32, %arg2: i32, %arg3: vector<4xf32>, %arg4: tensor<2xi32>, %arg5: f16):
    %0 = "arith.addi"(%arg2, %arg2) <{overflowFlags = #arith.overflow<nsw, nuw>}> : (i32, i32) -> i32
    %1 = "arith.addf"(%arg0, %arg1) <{fastmath = #arith.fastmath<nnan,ninf>}> : (f32, f32) -> f32
    %2 = "arith.cmpf"(%arg0, %arg1) <{fastmath = #arith.fastmath<fast>, predicate = 11 : i64}> : (f32, f32) -> i1
    %3 = "arith.truncf"(%arg0) : (f32) -> f16
    %4 = "arith.extf"(%arg5) : (f16) -> f32
    %5 = "arith.select"(%2, %arg0, %arg1) : (i1, f32, f32) -> f32
    %6 = "arith.cmpf"(%arg3, %arg3) <{fastmath = #arith.fastmath<none>, predicate = 4 : i64}> : (vector<4xf32>, vector<4xf32>) -> vector<4xi1>
    %7 = "arith.select"(%6, %arg3, %arg3) : (vector<4xi1>, vector<4xf32>, vector<4xf32>) -> vector<4xf32>
    %8 = "arith.select"(%2, %arg3, %arg3) : (i1, vector<4xf32>, vector<4xf32>) -> vector<4xf32>
    %9 = "arith.constant"() <{value = dense<[1, 2]> : tensor<2xi32>}> : () -> tensor<2xi32>
    %10 = "arith.constant"() <{value = 1.000000e+00 : f32}> : () -> f32
    %11 = "arith.constant"() <{value = -1 : i32}> : () -> i32
    %12 = "arith.constant"() <{value = true}> : () -> i1
    %13 = "arith.constant"() <{value = 0 : index}> : () -> index
    %14:2 = "arith.addui_extended"(%arg2, %arg2) : (i32, i32) -> (i32, i1)
    %15:2 = "arith.mulsi_extended"(%arg2, %arg2) : (i32, i32) -> (i32, i32)
    %16 = "arith.index_cast"(%13) : (index) -> i32
    %17 = "arith.truncf"(%arg0) <{fastmath = #arith.fastmath<fast>, roundingmode = 0 : i32}> : (f32) -> f16
    %18 = "arith.maxnumf"(%arg0, %arg1) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    %19 = "arith.constant"() <{value = -1 : i8}> : () -> i8
    %20 = "arith.constant"() <{value = 0x7FC00000 : f32}> : () -> f32
    %21 = "arith.constant"() <{value = 1.000000e+10 : f32}> : () -> f32
    %22 = "arith.shli"(%arg2, %arg2) <{overflowFlags = #arith.overflow<nsw>}> : (i32, i32) -> i32
    %23 = "arith.divsi"(%arg2, %arg2) : (i32, i32) -> i32
    %24 = "arith.constant"() <{value = -0.000000e+00 : f32}> : () -> f32
    %25 = "arith.constant"() <{value = 3 : i64}> : () -> i64
    %26 = "arith.constant"() <{value = dense<1.500000e+00> : vector<4xf32>}> : () -> vector<4xf32>
    "func.return"() : () -> ()
  }) : () -> ()
}) : () -> ()

// -----

// CHECK-LABEL: func.func @extended
// CHECK: arith.cmpi slt, %arg0, %{{.*}} : i32
module {
  func.func @extended(%arg0: i32, %arg1: i32) -> (i32, i32, i32, i32, i1) {
    %c0_i32 = arith.constant 0 : i32
    %false = arith.constant false
    %0 = arith.addi %arg0, %arg1 : i32
    %1 = arith.muli %arg0, %arg1 : i32
    %2 = arith.cmpi slt, %arg0, %c0_i32 : i32
    %3 = arith.extsi %2 : i1 to i32
    return %arg0, %0, %1, %3, %false : i32, i32, i32, i32, i1
  }
}
