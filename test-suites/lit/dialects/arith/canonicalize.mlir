// RUN: mlc-opt %s --canonicalize --split-input-file | FileCheck %s
// Every case here gives the same result with mlir-opt-19 --canonicalize.

// CHECK-LABEL: func.func @addi
// CHECK-DAG: %[[C4:.*]] = arith.constant 4 : i32
// CHECK-DAG: %[[C0:.*]] = arith.constant 0 : i32
// CHECK: %[[A:.*]] = arith.addi %arg0, %[[C4]] overflow<nsw> : i32
// CHECK: %[[S:.*]] = arith.subi %arg0, %arg1 : i32
// CHECK: return %arg0, %arg0, %[[A]], %arg0, %[[S]], %[[C0]]
func.func @addi(%x: i32, %y: i32) -> (i32, i32, i32, i32, i32, i32) {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c3 = arith.constant 3 : i32
  %0 = arith.addi %x, %c0 : i32
  %1 = arith.addi %c0, %x : i32
  %2 = arith.addi %x, %c1 overflow<nsw> : i32
  %3 = arith.addi %2, %c3 overflow<nsw> : i32
  %s = arith.subi %x, %y : i32
  %4 = arith.addi %s, %y : i32
  %m = arith.constant -1 : i32
  %n = arith.muli %y, %m : i32
  %5 = arith.addi %x, %n : i32
  %6 = arith.subi %c3, %c3 : i32
  return %0, %1, %3, %4, %5, %6 : i32, i32, i32, i32, i32, i32
}

// -----

// CHECK-LABEL: func.func @subi
// CHECK-DAG: %[[C0:.*]] = arith.constant 0 : i32
// CHECK-DAG: %[[CM2:.*]] = arith.constant -2 : i32
// CHECK-DAG: %[[C2:.*]] = arith.constant 2 : i32
// CHECK: %[[A:.*]] = arith.addi %arg0, %[[CM2]] : i32
// CHECK: %[[B:.*]] = arith.addi %arg0, %[[C2]] : i32
// CHECK: %[[N:.*]] = arith.subi %[[C0]], %arg1 : i32
// CHECK: return %[[C0]], %arg0, %arg0, %arg1, %[[A]], %[[B]], %[[N]]
func.func @subi(%x: i32, %y: i32) -> (i32, i32, i32, i32, i32, i32, i32) {
  %c0 = arith.constant 0 : i32
  %c5 = arith.constant 5 : i32
  %c7 = arith.constant 7 : i32
  %0 = arith.subi %x, %x : i32
  %1 = arith.subi %x, %c0 : i32
  %a = arith.addi %x, %y : i32
  %2 = arith.subi %a, %y : i32
  %3 = arith.subi %a, %x : i32
  %b = arith.addi %x, %c5 : i32
  %4 = arith.subi %b, %c7 : i32
  %c = arith.subi %c5, %x : i32
  %5 = arith.subi %c7, %c : i32
  %d = arith.subi %x, %y : i32
  %6 = arith.subi %d, %x : i32
  return %0, %1, %2, %3, %4, %5, %6 : i32, i32, i32, i32, i32, i32, i32
}

// -----

// Division by zero and signed overflow do not fold.
// CHECK-LABEL: func.func @muldiv
// CHECK-DAG: %[[C0:.*]] = arith.constant 0 : i32
// CHECK-DAG: %[[C3:.*]] = arith.constant 3 : i32
// CHECK-DAG: %[[C6:.*]] = arith.constant 6 : i32
// CHECK-DAG: %[[MIN:.*]] = arith.constant -2147483648 : i32
// CHECK-DAG: %[[M1:.*]] = arith.constant -1 : i32
// CHECK: %[[M:.*]] = arith.muli %arg0, %[[C6]] : i32
// CHECK: %[[D0:.*]] = arith.divsi %[[C3]], %[[C0]] : i32
// CHECK: %[[OV:.*]] = arith.divsi %[[MIN]], %[[M1]] : i32
// CHECK: return %[[C0]], %arg0, %[[M]], %arg0, %[[C0]], %[[D0]], %arg1, %[[OV]]
func.func @muldiv(%x: i32, %v: vector<4xi32>) -> (i32, i32, i32, i32, i32, i32, vector<4xi32>, i32) {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c3 = arith.constant 3 : i32
  %0 = arith.muli %x, %c0 : i32
  %1 = arith.muli %x, %c1 : i32
  %m = arith.muli %x, %c2 : i32
  %2 = arith.muli %m, %c3 : i32
  %3 = arith.divsi %x, %c1 : i32
  %4 = arith.remui %x, %c1 : i32
  %5 = arith.divsi %c3, %c0 : i32
  %ones = arith.constant dense<1> : vector<4xi32>
  %6 = arith.muli %v, %ones : vector<4xi32>
  %cmin = arith.constant -2147483648 : i32
  %cm1 = arith.constant -1 : i32
  %7 = arith.divsi %cmin, %cm1 : i32
  return %0, %1, %2, %3, %4, %5, %6, %7 : i32, i32, i32, i32, i32, i32, vector<4xi32>, i32
}

// -----

// CHECK-LABEL: func.func @bits
// CHECK-DAG: %[[C0:.*]] = arith.constant 0 : i32
// CHECK-DAG: %[[M1:.*]] = arith.constant -1 : i32
// CHECK: %[[GE:.*]] = arith.cmpi sge, %arg0, %[[C0]] : i32
// CHECK: return %[[C0]], %arg0, %arg0, %[[M1]], %[[C0]], %[[C0]], %arg0, %arg0, %[[GE]]
func.func @bits(%x: i32) -> (i32, i32, i32, i32, i32, i32, i32, i32, i1) {
  %c0 = arith.constant 0 : i32
  %m1 = arith.constant -1 : i32
  %0 = arith.andi %x, %c0 : i32
  %1 = arith.andi %x, %m1 : i32
  %2 = arith.ori %x, %x : i32
  %3 = arith.ori %x, %m1 : i32
  %n = arith.xori %x, %m1 : i32
  %4 = arith.andi %x, %n : i32
  %5 = arith.xori %x, %x : i32
  %6 = arith.xori %n, %m1 : i32
  %7 = arith.shli %x, %c0 : i32
  %t = arith.constant true
  %cmp = arith.cmpi slt, %x, %c0 : i32
  %8 = arith.xori %cmp, %t : i1
  return %0, %1, %2, %3, %4, %5, %6, %7, %8 : i32, i32, i32, i32, i32, i32, i32, i32, i1
}

// -----

// CHECK-LABEL: func.func @cmp
// CHECK-DAG: %[[C5:.*]] = arith.constant 5 : i32
// CHECK-DAG: %[[T:.*]] = arith.constant true
// CHECK-DAG: %[[F:.*]] = arith.constant false
// CHECK: %[[GT:.*]] = arith.cmpi sgt, %arg0, %[[C5]] : i32
// CHECK: return %[[T]], %[[F]], %[[GT]], %[[T]], %[[T]], %[[F]], %arg1
func.func @cmp(%x: i32, %b: i1, %f: f32) -> (i1, i1, i1, i1, i1, i1, i1) {
  %c5 = arith.constant 5 : i32
  %0 = arith.cmpi eq, %x, %x : i32
  %1 = arith.cmpi slt, %x, %x : i32
  %2 = arith.cmpi slt, %c5, %x : i32
  %3 = arith.cmpi ule, %x, %x : i32
  %nan = arith.constant 0x7FC00000 : f32
  %4 = arith.cmpf uno, %f, %nan : f32
  %5 = arith.cmpf olt, %f, %nan : f32
  %e = arith.extui %b : i1 to i32
  %c0 = arith.constant 0 : i32
  %6 = arith.cmpi ne, %e, %c0 : i32
  return %0, %1, %2, %3, %4, %5, %6 : i1, i1, i1, i1, i1, i1, i1
}

// -----

// CHECK-LABEL: func.func @select
// CHECK: %[[E:.*]] = arith.extui %arg0 : i1 to i32
// CHECK: %[[S:.*]] = arith.select %arg0, %arg2, %arg1 : i32
// CHECK: return %arg1, %arg1, %arg2, %arg0, %[[E]], %[[S]]
func.func @select(%c: i1, %x: i32, %y: i32) -> (i32, i32, i32, i1, i32, i32) {
  %t = arith.constant true
  %0 = arith.select %t, %x, %y : i32
  %1 = arith.select %c, %x, %x : i32
  %eq = arith.cmpi eq, %x, %y : i32
  %2 = arith.select %eq, %x, %y : i32
  %f = arith.constant false
  %3 = arith.select %c, %t, %f : i1
  %c1 = arith.constant 1 : i32
  %c0 = arith.constant 0 : i32
  %4 = arith.select %c, %c1, %c0 : i32
  %n = arith.xori %c, %t : i1
  %5 = arith.select %n, %x, %y : i32
  return %0, %1, %2, %3, %4, %5 : i32, i32, i32, i1, i32, i32
}

// -----

// CHECK-LABEL: func.func @select_nested
// CHECK-DAG: %[[T:.*]] = arith.constant true
// CHECK: %[[A:.*]] = arith.select %arg0, %arg2, %arg4 : i32
// CHECK: %[[B:.*]] = arith.select %arg0, %arg4, %arg3 : i32
// CHECK: %[[N:.*]] = arith.xori %arg0, %[[T]] : i1
// CHECK: return %[[A]], %[[B]], %[[N]]
func.func @select_nested(%c: i1, %d: i1, %x: i32, %y: i32, %z: i32) -> (i32, i32, i1) {
  %s1 = arith.select %c, %x, %y : i32
  %0 = arith.select %c, %s1, %z : i32
  %s2 = arith.select %c, %x, %y : i32
  %1 = arith.select %c, %z, %s2 : i32
  %t = arith.constant true
  %f = arith.constant false
  %2 = arith.select %c, %f, %t : i1
  return %0, %1, %2 : i32, i32, i1
}

// -----

// CHECK-LABEL: func.func @ext_of_logic
// CHECK: %[[AND:.*]] = arith.andi %arg0, %arg1 : i8
// CHECK: %[[Z:.*]] = arith.extui %[[AND]] : i8 to i32
// CHECK: %[[OR:.*]] = arith.ori %arg0, %arg1 : i8
// CHECK: %[[S:.*]] = arith.extsi %[[OR]] : i8 to i32
// CHECK: %[[EQ:.*]] = arith.cmpi eq, %arg0, %arg1 : i8
// CHECK: return %[[Z]], %[[S]], %[[EQ]]
func.func @ext_of_logic(%a: i8, %b: i8) -> (i32, i32, i1) {
  %x = arith.extui %a : i8 to i32
  %y = arith.extui %b : i8 to i32
  %0 = arith.andi %x, %y : i32
  %xs = arith.extsi %a : i8 to i32
  %ys = arith.extsi %b : i8 to i32
  %1 = arith.ori %xs, %ys : i32
  %2 = arith.cmpi eq, %xs, %ys : i32
  return %0, %1, %2 : i32, i32, i1
}

// -----

// CHECK-LABEL: func.func @casts
// CHECK-DAG: %[[C3:.*]] = arith.constant 3 : i64
// CHECK: %[[A:.*]] = arith.extsi %arg0 : i8 to i64
// CHECK: %[[B:.*]] = arith.extui %arg0 : i8 to i64
// CHECK: %[[C:.*]] = arith.extsi %arg0 : i8 to i16
// CHECK: %[[D:.*]] = arith.index_cast %arg2 : index to i32
// CHECK: return %[[A]], %[[B]], %arg0, %[[C]], %[[D]], %arg1, %[[C3]]
func.func @casts(%x: i8, %y: i32, %i: index) -> (i64, i64, i8, i16, i32, i32, i64) {
  %0 = arith.extsi %x : i8 to i16
  %1 = arith.extsi %0 : i16 to i64
  %u = arith.extui %x : i8 to i32
  %2 = arith.extsi %u : i32 to i64
  %e = arith.extui %x : i8 to i32
  %3 = arith.trunci %e : i32 to i8
  %e2 = arith.extsi %x : i8 to i32
  %4 = arith.trunci %e2 : i32 to i16
  %5 = arith.index_cast %i : index to i32
  %c = arith.index_cast %y : i32 to index
  %6 = arith.index_cast %c : index to i32
  %c3 = arith.constant 3 : i8
  %7 = arith.extsi %c3 : i8 to i64
  return %1, %2, %3, %4, %5, %6, %7 : i64, i64, i8, i16, i32, i32, i64
}

// -----

// CHECK-LABEL: func.func @floats
// CHECK-DAG: %[[Z:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-DAG: %[[THREE:.*]] = arith.constant 3.000000e+00 : f32
// CHECK: %[[A:.*]] = arith.addf %arg0, %[[Z]] : f32
// CHECK: %[[M:.*]] = arith.mulf %arg0, %arg1 : f32
// CHECK: return %arg0, %[[A]], %arg0, %arg0, %arg0, %arg0, %[[M]], %[[THREE]], %arg0
func.func @floats(%x: f32, %y: f32) -> (f32, f32, f32, f32, f32, f32, f32, f32, f32) {
  %nz = arith.constant -0.0 : f32
  %z = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %two = arith.constant 2.0 : f32
  %0 = arith.addf %x, %nz : f32
  %1 = arith.addf %x, %z : f32
  %2 = arith.subf %x, %z : f32
  %3 = arith.mulf %x, %one : f32
  %4 = arith.divf %x, %one : f32
  %a = arith.negf %x : f32
  %5 = arith.negf %a : f32
  %b = arith.negf %y : f32
  %6 = arith.mulf %a, %b : f32
  %7 = arith.addf %one, %two : f32
  %ninf = arith.constant 0xFF800000 : f32
  %8 = arith.maximumf %x, %ninf : f32
  return %0, %1, %2, %3, %4, %5, %6, %7, %8 : f32, f32, f32, f32, f32, f32, f32, f32, f32
}

// -----

// Inexact truncf, out-of-range fptoui and infinite results are not folded.
// CHECK-LABEL: func.func @float_constants
// CHECK-DAG: arith.constant {{6.666667e-01|0.666666686}} : f32
// CHECK-DAG: arith.constant 1.500000e+00 : f16
// CHECK-DAG: arith.constant 1 : i32
// CHECK-DAG: arith.constant -3.000000e+00 : f32
// CHECK-DAG: arith.constant 1069547520 : i32
// CHECK-DAG: arith.constant false
// CHECK-DAG: arith.constant 0x7FC00000 : f32
// CHECK-DAG: arith.constant 7.500000e-01 : f32
// CHECK-DAG: arith.constant 127 : i8
// CHECK: arith.truncf %{{.*}} : f32 to f16
// CHECK: arith.fptoui %{{.*}} : f32 to i32
func.func @float_constants() -> (f32, f16, i32, f32, i32, i1, f32, f32, f16, i32, i8) {
  %a = arith.constant 1.5 : f32
  %b = arith.constant 2.25 : f32
  %0 = arith.divf %a, %b : f32
  %1 = arith.truncf %a : f32 to f16
  %2 = arith.fptosi %a : f32 to i32
  %i = arith.constant -3 : i32
  %3 = arith.sitofp %i : i32 to f32
  %4 = arith.bitcast %a : f32 to i32
  %5 = arith.cmpf ogt, %a, %b : f32
  %n = arith.constant 0x7FC00000 : f32
  %6 = arith.maximumf %a, %n : f32
  %7 = arith.remf %b, %a : f32
  %8 = arith.truncf %0 : f32 to f16
  %neg = arith.constant -2.7 : f32
  %9 = arith.fptoui %neg : f32 to i32
  %g = arith.constant 127.9 : f32
  %10 = arith.fptosi %g : f32 to i8
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10 : f32, f16, i32, f32, i32, i1, f32, f32, f16, i32, i8
}

// -----

// cmpf folds scalars only (as upstream); cmpi folds vectors and tensors too.
// CHECK-LABEL: func.func @vectors
// CHECK-DAG: %[[V:.*]] = arith.constant dense<[11, 22]> : vector<2xi32>
// CHECK-DAG: %[[S:.*]] = arith.constant dense<-5> : tensor<3xi8>
// CHECK-DAG: %[[I:.*]] = arith.constant dense<[true, false]> : vector<2xi1>
// CHECK: %[[T:.*]] = arith.cmpf ogt
// CHECK: return %[[V]], %[[T]], %[[S]], %[[I]]
func.func @vectors() -> (vector<2xi32>, tensor<2xi1>, tensor<3xi8>, vector<2xi1>) {
  %cv = arith.constant dense<[1, 2]> : vector<2xi32>
  %cw = arith.constant dense<[10, 20]> : vector<2xi32>
  %0 = arith.addi %cv, %cw : vector<2xi32>
  %f = arith.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %g = arith.constant dense<[0.5, 3.0]> : tensor<2xf32>
  %1 = arith.cmpf ogt, %f, %g : tensor<2xf32>
  %h = arith.constant dense<251> : tensor<3xi16>
  %2 = arith.trunci %h : tensor<3xi16> to tensor<3xi8>
  %3 = arith.cmpi slt, %cv, %cw : vector<2xi32>
  %c15 = arith.constant dense<15> : vector<2xi32>
  %4 = arith.cmpi slt, %cw, %c15 : vector<2xi32>
  return %0, %1, %2, %4 : vector<2xi32>, tensor<2xi1>, tensor<3xi8>, vector<2xi1>
}

// -----

// CHECK-LABEL: func.func @extended
// CHECK-DAG: %[[F:.*]] = arith.constant false
// CHECK-DAG: %[[C0:.*]] = arith.constant 0 : i32
// CHECK: %[[S:.*]] = arith.addi %arg0, %arg1 : i32
// CHECK: %[[M:.*]] = arith.muli %arg0, %arg1 : i32
// CHECK: %[[NEG:.*]] = arith.cmpi slt, %arg0, %[[C0]] : i32
// CHECK: %[[H:.*]] = arith.extsi %[[NEG]] : i1 to i32
// CHECK: return %arg0, %[[S]], %[[M]], %[[H]], %[[F]]
func.func @extended(%x: i32, %y: i32) -> (i32, i32, i32, i32, i1) {
  %c0 = arith.constant 0 : i32
  %s, %o = arith.addui_extended %x, %c0 : i32, i1
  %s2, %o2 = arith.addui_extended %x, %y : i32, i1
  %l, %h = arith.mulsi_extended %x, %y : i32
  %c1 = arith.constant 1 : i32
  %l2, %h2 = arith.mulsi_extended %x, %c1 : i32
  return %s, %s2, %l, %h2, %o : i32, i32, i32, i32, i1
}

// -----

// CHECK-LABEL: func.func @cmpf_of_int_to_float
// CHECK-DAG: %[[T:.*]] = arith.constant true
// CHECK-DAG: %[[F:.*]] = arith.constant false
// CHECK-DAG: %[[C1:.*]] = arith.constant 1 : i8
// CHECK-DAG: %[[C3:.*]] = arith.constant 3 : i8
// CHECK-DAG: %[[C3W:.*]] = arith.constant 3 : i32
// CHECK-DAG: %[[C3H:.*]] = arith.constant 3 : i16
// CHECK: %[[R1:.*]] = arith.cmpi sgt, %arg0, %[[C1]] : i8
// CHECK: %[[R2:.*]] = arith.cmpi sle, %arg0, %[[C1]] : i8
// CHECK: %[[R5:.*]] = arith.cmpi eq, %arg0, %[[C3]] : i8
// CHECK: %[[R7:.*]] = arith.cmpi ule, %arg1, %[[C3]] : i8
// CHECK: %[[R8:.*]] = arith.cmpi sge, %arg3, %[[C3W]] : i32
// CHECK: %[[R9:.*]] = arith.cmpi sge, %arg2, %[[C3H]] : i16
// CHECK: %[[R10:.*]] = arith.cmpi ne, %arg0, %[[C3]] : i8
// CHECK: return %[[T]], %[[R1]], %[[R2]], %[[F]], %[[T]], %[[R5]], %[[T]], %[[R7]], %[[R8]], %[[R9]], %[[R10]]
func.func @cmpf_of_int_to_float(%i8: i8, %u8: i8, %i16: i16, %i32: i32) -> (i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1) {
  %a = arith.sitofp %i8 : i8 to f32
  %u = arith.uitofp %u8 : i8 to f32
  %w = arith.sitofp %i32 : i32 to f32
  %h = arith.sitofp %i16 : i16 to f16
  %c1000 = arith.constant 1.000000e+03 : f32
  %c15 = arith.constant 1.500000e+00 : f32
  %cm = arith.constant -2.000000e+02 : f32
  %c3 = arith.constant 3.000000e+00 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %h3 = arith.constant 3.000000e+00 : f16
  %0 = arith.cmpf olt, %a, %c1000 : f32
  %1 = arith.cmpf ogt, %a, %c15 : f32
  %2 = arith.cmpf ult, %a, %c15 : f32
  %3 = arith.cmpf oeq, %a, %c15 : f32
  %4 = arith.cmpf ogt, %u, %cm : f32
  %5 = arith.cmpf oeq, %a, %c3 : f32
  %6 = arith.cmpf uno, %a, %nan : f32
  %7 = arith.cmpf ole, %u, %c3 : f32
  %8 = arith.cmpf oge, %w, %c3 : f32
  %9 = arith.cmpf oge, %h, %h3 : f16
  %10 = arith.cmpf one, %a, %c3 : f32
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10 : i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1
}

// -----

// CHECK-LABEL: func.func @more_folds
// CHECK-DAG: %[[M1:.*]] = arith.constant -1 : i32
// CHECK-DAG: %[[C0:.*]] = arith.constant 0 : i32
// CHECK-DAG: %[[MIN:.*]] = arith.constant -2147483648 : i32
// CHECK: %[[BC:.*]] = arith.bitcast %arg2 : f32 to i32
// CHECK: return %[[M1]], %arg0, %arg0, %[[MIN]], %arg2, %[[BC]], %[[C0]], %[[M1]], %arg0, %[[C0]]
func.func @more_folds(%x: i32, %y: i32, %f: f32) -> (i32, i32, i32, i32, f32, i32, i32, i32, i32, i32) {
  %m1 = arith.constant -1 : i32
  %n = arith.xori %x, %m1 : i32
  %0 = arith.ori %x, %n : i32
  %xa = arith.xori %x, %y : i32
  %1 = arith.xori %xa, %y : i32
  %2 = arith.xori %y, %xa : i32
  %cmin = arith.constant -2147483648 : i32
  %3 = arith.minsi %x, %cmin : i32
  %bc = arith.bitcast %f : f32 to i32
  %bc2 = arith.bitcast %bc : i32 to f32
  %4 = arith.bitcast %bc2 : f32 to f32
  %5 = arith.bitcast %bc2 : f32 to i32
  %c1 = arith.constant 1 : i32
  %l, %h = arith.mului_extended %x, %c1 : i32
  %6 = arith.maxui %x, %m1 : i32
  %c0 = arith.constant 0 : i32
  %7 = arith.maxui %x, %c0 : i32
  %8 = arith.minui %x, %c0 : i32
  return %0, %1, %2, %3, %4, %5, %h, %6, %7, %8 : i32, i32, i32, i32, f32, i32, i32, i32, i32, i32
}

// -----

// CHECK-LABEL: func.func @trunc_of_shift
// CHECK-DAG: %[[C32:.*]] = arith.constant 32 : i64
// CHECK-DAG: %[[C48:.*]] = arith.constant 48 : i64
// CHECK: %[[U:.*]] = arith.shrui %arg0, %[[C32]] : i64
// CHECK: %[[T:.*]] = arith.trunci %[[U]] : i64 to i32
// CHECK: = arith.mulsi_extended %arg1, %arg2 : i32
// CHECK: = arith.mului_extended %arg1, %arg2 : i32
// CHECK: %[[U2:.*]] = arith.shrui %arg0, %[[C48]] : i64
// CHECK: %[[T2:.*]] = arith.trunci %[[U2]] : i64 to i16
// CHECK: return %[[T]], %{{.*}}, %{{.*}}, %[[T2]]
func.func @trunc_of_shift(%x: i64, %a: i32, %b: i32) -> (i32, i32, i32, i16) {
  %c32 = arith.constant 32 : i64
  %s = arith.shrsi %x, %c32 : i64
  %0 = arith.trunci %s : i64 to i32
  %ea = arith.extsi %a : i32 to i64
  %eb = arith.extsi %b : i32 to i64
  %m = arith.muli %ea, %eb : i64
  %h = arith.shrui %m, %c32 : i64
  %1 = arith.trunci %h : i64 to i32
  %ua = arith.extui %a : i32 to i64
  %ub = arith.extui %b : i32 to i64
  %mu = arith.muli %ua, %ub : i64
  %hu = arith.shrui %mu, %c32 : i64
  %2 = arith.trunci %hu : i64 to i32
  %c48 = arith.constant 48 : i64
  %s2 = arith.shrsi %x, %c48 : i64
  %3 = arith.trunci %s2 : i64 to i16
  return %0, %1, %2, %3 : i32, i32, i32, i16
}

// -----

// CHECK-LABEL: func.func @and_and_i1_i0
// CHECK-DAG: %[[Z16:.*]] = arith.constant 0 : i16
// CHECK-DAG: %[[Z0:.*]] = arith.constant 0 : i0
// CHECK-DAG: %[[T:.*]] = arith.constant true
// CHECK: %[[AND:.*]] = arith.andi %arg0, %arg1 : index
// CHECK: = arith.mulsi_extended %arg2, %[[T]] : i1
// CHECK: return %[[AND]], %{{.*}}, %{{.*}}, %[[Z16]], %[[Z0]]
func.func @and_and_i1_i0(%a: index, %b: index, %x: i1) -> (index, i1, i1, i16, i0) {
  %0 = arith.andi %a, %b : index
  %1 = arith.andi %b, %0 : index
  %t = arith.constant true
  %l, %h = arith.mulsi_extended %x, %t : i1
  %c0 = arith.constant 0 : i0
  %2 = arith.extsi %c0 : i0 to i16
  %c = arith.constant 255 : i8
  %3 = arith.trunci %c : i8 to i0
  return %1, %l, %h, %2, %3 : index, i1, i1, i16, i0
}
