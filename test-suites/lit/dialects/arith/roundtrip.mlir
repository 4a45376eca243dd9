// RUN: mlc-opt %s | mlc-opt | FileCheck %s
// RUN: mlc-opt %s --mlir-print-op-generic | mlc-opt | FileCheck %s

// CHECK-LABEL: func.func @int_binary
func.func @int_binary(%a: i32, %b: i32) {
  // CHECK: arith.addi %{{.*}}, %{{.*}} : i32
  %0 = arith.addi %a, %b : i32
  // CHECK: arith.addi %{{.*}}, %{{.*}} overflow<nsw, nuw> : i32
  %1 = arith.addi %a, %b overflow<nsw, nuw> : i32
  // CHECK: arith.subi %{{.*}}, %{{.*}} overflow<nuw> : i32
  %2 = arith.subi %a, %b overflow<nuw> : i32
  // CHECK: arith.muli %{{.*}}, %{{.*}} overflow<nsw> : i32
  %3 = arith.muli %a, %b overflow<nsw> : i32
  // CHECK: arith.divsi
  %4 = arith.divsi %a, %b : i32
  // CHECK: arith.divui
  %5 = arith.divui %a, %b : i32
  // CHECK: arith.ceildivsi
  %6 = arith.ceildivsi %a, %b : i32
  // CHECK: arith.ceildivui
  %7 = arith.ceildivui %a, %b : i32
  // CHECK: arith.floordivsi
  %8 = arith.floordivsi %a, %b : i32
  // CHECK: arith.remsi
  %9 = arith.remsi %a, %b : i32
  // CHECK: arith.remui
  %10 = arith.remui %a, %b : i32
  // CHECK: arith.andi
  %11 = arith.andi %a, %b : i32
  // CHECK: arith.ori
  %12 = arith.ori %a, %b : i32
  // CHECK: arith.xori
  %13 = arith.xori %a, %b : i32
  // CHECK: arith.shli %{{.*}}, %{{.*}} overflow<nsw> : i32
  %14 = arith.shli %a, %b overflow<nsw> : i32
  // CHECK: arith.shrsi
  %15 = arith.shrsi %a, %b : i32
  // CHECK: arith.shrui
  %16 = arith.shrui %a, %b : i32
  // CHECK: arith.maxsi
  %17 = arith.maxsi %a, %b : i32
  // CHECK: arith.maxui
  %18 = arith.maxui %a, %b : i32
  // CHECK: arith.minsi
  %19 = arith.minsi %a, %b : i32
  // CHECK: arith.minui %{{.*}}, %{{.*}} : i32
  %20 = arith.minui %a, %b : i32
  return
}

// CHECK-LABEL: func.func @float_binary
func.func @float_binary(%a: f32, %b: f32, %v: vector<4xf16>) {
  // CHECK: arith.addf %{{.*}}, %{{.*}} : f32
  %0 = arith.addf %a, %b : f32
  // CHECK: arith.addf %{{.*}}, %{{.*}} fastmath<fast> : f32
  %1 = arith.addf %a, %b fastmath<fast> : f32
  // CHECK: arith.subf %{{.*}}, %{{.*}} fastmath<nnan,ninf> : f32
  %2 = arith.subf %a, %b fastmath<nnan,ninf> : f32
  // CHECK: arith.mulf %{{.*}}, %{{.*}} fastmath<reassoc,contract> : f32
  %3 = arith.mulf %a, %b fastmath<contract,reassoc> : f32
  // CHECK: arith.divf
  %4 = arith.divf %a, %b : f32
  // CHECK: arith.remf
  %5 = arith.remf %a, %b : f32
  // CHECK: arith.negf %{{.*}} fastmath<nsz> : f32
  %6 = arith.negf %a fastmath<nsz> : f32
  // CHECK: arith.maximumf
  %7 = arith.maximumf %a, %b : f32
  // CHECK: arith.minimumf
  %8 = arith.minimumf %a, %b : f32
  // CHECK: arith.maxnumf
  %9 = arith.maxnumf %a, %b : f32
  // CHECK: arith.minnumf %{{.*}}, %{{.*}} : vector<4xf16>
  %10 = arith.minnumf %v, %v : vector<4xf16>
  // CHECK: arith.addf %{{.*}}, %{{.*}} : f32
  %11 = arith.addf %a, %b fastmath<none> : f32
  return
}

// CHECK-LABEL: func.func @compare_select
func.func @compare_select(%a: i32, %b: i32, %f: f32, %t: tensor<2x3xf64>, %m: vector<4xi1>, %v: vector<4xi32>) {
  // CHECK: arith.cmpi eq, %{{.*}}, %{{.*}} : i32
  %0 = arith.cmpi eq, %a, %b : i32
  // CHECK: arith.cmpi uge, %{{.*}}, %{{.*}} : i32
  %1 = arith.cmpi "uge", %a, %b : i32
  // CHECK: arith.cmpf one, %{{.*}}, %{{.*}} : f32
  %2 = arith.cmpf one, %f, %f : f32
  // CHECK: arith.cmpf uno, %{{.*}}, %{{.*}} fastmath<fast> : tensor<2x3xf64>
  %3 = arith.cmpf uno, %t, %t fastmath<fast> : tensor<2x3xf64>
  // CHECK: arith.select %{{.*}}, %{{.*}}, %{{.*}} : i32
  %4 = arith.select %0, %a, %b : i32
  // CHECK: arith.select %{{.*}}, %{{.*}}, %{{.*}} : vector<4xi1>, vector<4xi32>
  %5 = arith.select %m, %v, %v : vector<4xi1>, vector<4xi32>
  // CHECK: arith.select %{{.*}}, %{{.*}}, %{{.*}} : vector<4xi32>
  %6 = arith.select %0, %v, %v : vector<4xi32>
  // CHECK: arith.select %{{.*}}, %{{.*}}, %{{.*}} : tensor<2x3xi1>, tensor<2x3xf64>
  %7 = arith.select %3, %t, %t : tensor<2x3xi1>, tensor<2x3xf64>
  return
}

// CHECK-LABEL: func.func @casts
func.func @casts(%i8: i8, %i32: i32, %idx: index, %f16: f16, %f32: f32, %f64: f64) {
  // CHECK: arith.extsi %{{.*}} : i8 to i32
  %0 = arith.extsi %i8 : i8 to i32
  // CHECK: arith.extui %{{.*}} : i8 to i64
  %1 = arith.extui %i8 : i8 to i64
  // CHECK: arith.trunci %{{.*}} : i32 to i8
  %2 = arith.trunci %i32 : i32 to i8
  // CHECK: arith.extf %{{.*}} : f16 to f64
  %3 = arith.extf %f16 : f16 to f64
  // CHECK: arith.truncf %{{.*}} : f32 to f16
  %4 = arith.truncf %f32 : f32 to f16
  // CHECK: arith.truncf %{{.*}} toward_zero fastmath<fast> : f64 to f32
  %5 = arith.truncf %f64 toward_zero fastmath<fast> : f64 to f32
  // CHECK: arith.truncf %{{.*}} downward : f32 to bf16
  %6 = arith.truncf %f32 downward : f32 to bf16
  // CHECK: arith.sitofp %{{.*}} : i32 to f32
  %7 = arith.sitofp %i32 : i32 to f32
  // CHECK: arith.uitofp %{{.*}} : i8 to f16
  %8 = arith.uitofp %i8 : i8 to f16
  // CHECK: arith.fptosi %{{.*}} : f32 to i32
  %9 = arith.fptosi %f32 : f32 to i32
  // CHECK: arith.fptoui %{{.*}} : f64 to i8
  %10 = arith.fptoui %f64 : f64 to i8
  // CHECK: arith.index_cast %{{.*}} : index to i32
  %11 = arith.index_cast %idx : index to i32
  // CHECK: arith.index_castui %{{.*}} : i32 to index
  %12 = arith.index_castui %i32 : i32 to index
  // CHECK: arith.bitcast %{{.*}} : f32 to i32
  %13 = arith.bitcast %f32 : f32 to i32
  // CHECK: arith.bitcast %{{.*}} : f16 to bf16
  %14 = arith.bitcast %f16 : f16 to bf16
  return
}

// CHECK-LABEL: func.func @constants_extended
func.func @constants_extended(%a: i32, %b: i32, %v: vector<2xi64>) {
  // CHECK: arith.constant 42 : i32
  %0 = arith.constant 42 : i32
  // CHECK: arith.constant -1 : i8
  %1 = arith.constant 255 : i8
  // CHECK: arith.constant true
  %2 = arith.constant true
  // CHECK: arith.constant 0 : index
  %3 = arith.constant 0 : index
  // CHECK: arith.constant 1.500000e+00 : f32
  %4 = arith.constant 1.5 : f32
  // CHECK: arith.constant 0x7FC00000 : f32
  %5 = arith.constant 0x7FC00000 : f32
  // CHECK: arith.constant dense<[1, 2, 3]> : tensor<3xi32>
  %6 = arith.constant dense<[1, 2, 3]> : tensor<3xi32>
  // CHECK: arith.constant dense<2.500000e+00> : vector<4xbf16>
  %7 = arith.constant dense<2.5> : vector<4xbf16>
  // CHECK: arith.constant {foo = "bar"} 7 : i64
  %8 = arith.constant {foo = "bar"} 7 : i64
  // CHECK: = arith.addui_extended %{{.*}}, %{{.*}} : i32, i1
  %sum, %overflow = arith.addui_extended %a, %b : i32, i1
  // CHECK: = arith.mulsi_extended %{{.*}}, %{{.*}} : i32
  %low, %high = arith.mulsi_extended %a, %b : i32
  // CHECK: = arith.mului_extended %{{.*}}, %{{.*}} : vector<2xi64>
  %l2, %h2 = arith.mului_extended %v, %v : vector<2xi64>
  // CHECK: = arith.addui_extended %{{.*}}, %{{.*}} : vector<2xi64>, vector<2xi1>
  %s3, %o3 = arith.addui_extended %v, %v : vector<2xi64>, vector<2xi1>
  return
}

// The attributes on their own, in a discardable attribute dictionary.
// CHECK-LABEL: func.func @attributes
// CHECK-SAME: attributes {f = #arith.fastmath<nnan,afn>, g = #arith.fastmath<none>, h = #arith.fastmath<fast>, o = #arith.overflow<nsw>}
func.func @attributes() attributes {f = #arith.fastmath<afn,nnan>, g = #arith.fastmath<none>, h = #arith.fastmath<fast>, o = #arith.overflow<nsw>} {
  return
}
