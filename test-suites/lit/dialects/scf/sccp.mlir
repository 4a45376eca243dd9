// sccp through scf and cf ops (RegionBranchOpInterface, BranchOpInterface), as mlir-opt-19 --sccp
// does on the same input with arith ops: constant conditions pick one region, loop-carried values
// that stay constant become constants, the induction variable is not a forwarded value.
// RUN: mlc-opt --allow-unregistered-dialect --sccp %s | FileCheck %s

// CHECK-LABEL: func.func @if_const() -> i32 {
// CHECK-NEXT:    %[[V0:[0-9]+]] = "test.constant"() <{value = true}> : () -> i1
// CHECK-NEXT:    %[[V1:[0-9]+]] = "test.constant"() <{value = 1 : i32}> : () -> i32
// CHECK-NEXT:    %[[V2:[0-9]+]] = "test.constant"() <{value = 2 : i32}> : () -> i32
// CHECK-NEXT:    return %[[V2]] : i32
// CHECK-NEXT:  }
func.func @if_const() -> i32 {
  %t = "test.constant"() {value = true} : () -> i1
  %one = "test.constant"() {value = 1 : i32} : () -> i32
  %two = "test.constant"() {value = 2 : i32} : () -> i32
  %r = scf.if %t -> (i32) {
    scf.yield %one : i32
  } else {
    scf.yield %two : i32
  }
  %s = "test.add"(%r, %r) : (i32, i32) -> i32
  return %s : i32
}

// CHECK-LABEL: func.func @if_both_same(%arg0: i1) -> i32 {
// CHECK-NEXT:    %[[V0:[0-9]+]] = "test.constant"() <{value = 1 : i32}> : () -> i32
// CHECK-NEXT:    return %[[V0]] : i32
// CHECK-NEXT:  }
func.func @if_both_same(%c: i1) -> i32 {
  %one = "test.constant"() {value = 1 : i32} : () -> i32
  %r = scf.if %c -> (i32) {
    scf.yield %one : i32
  } else {
    %x = "test.add"(%one, %one) : (i32, i32) -> i32
    %y = "test.add"(%x, %one) : (i32, i32) -> i32
    %z = "test.add"(%one, %one) : (i32, i32) -> i32
    scf.yield %one : i32
  }
  return %r : i32
}

// CHECK-LABEL: func.func @for_invariant(%arg0: index, %arg1: index, %arg2: index) -> i32 {
// CHECK-NEXT:    %[[V0:[0-9]+]] = "test.constant"() <{value = 1 : i32}> : () -> i32
// CHECK-NEXT:    return %[[V0]] : i32
// CHECK-NEXT:  }
func.func @for_invariant(%lb: index, %ub: index, %s: index) -> i32 {
  %one = "test.constant"() {value = 1 : i32} : () -> i32
  %r = scf.for %i = %lb to %ub step %s iter_args(%a = %one) -> (i32) {
    scf.yield %a : i32
  }
  return %r : i32
}

// CHECK-LABEL: func.func @for_varying(%arg0: index, %arg1: index, %arg2: index) -> i32 {
// CHECK-NEXT:    %[[V0:[0-9]+]] = "test.constant"() <{value = 1 : i32}> : () -> i32
// CHECK-NEXT:    %[[V1:[0-9]+]] = scf.for %arg3 = %arg0 to %arg1 step %arg2 iter_args(%arg4 = %[[V0]]) -> (i32) {
// CHECK-NEXT:      %[[V2:[0-9]+]] = "test.add"(%arg4, %[[V0]]) : (i32, i32) -> i32
// CHECK-NEXT:      scf.yield %[[V2]] : i32
// CHECK-NEXT:    }
// CHECK-NEXT:    return %[[V1]] : i32
// CHECK-NEXT:  }
func.func @for_varying(%lb: index, %ub: index, %s: index) -> i32 {
  %one = "test.constant"() {value = 1 : i32} : () -> i32
  %r = scf.for %i = %lb to %ub step %s iter_args(%a = %one) -> (i32) {
    %n = "test.add"(%a, %one) : (i32, i32) -> i32
    scf.yield %n : i32
  }
  return %r : i32
}

// CHECK-LABEL: func.func @switch_const() -> i32 {
// CHECK-NEXT:    %[[V0:[0-9]+]] = "test.constant"() <{value = 5 : index}> : () -> index
// CHECK-NEXT:    %[[V1:[0-9]+]] = "test.constant"() <{value = 1 : i32}> : () -> i32
// CHECK-NEXT:    %[[V2:[0-9]+]] = "test.constant"() <{value = 2 : i32}> : () -> i32
// CHECK-NEXT:    return %[[V2]] : i32
// CHECK-NEXT:  }
func.func @switch_const() -> i32 {
  %c = "test.constant"() {value = 5 : index} : () -> index
  %one = "test.constant"() {value = 1 : i32} : () -> i32
  %two = "test.constant"() {value = 2 : i32} : () -> i32
  %r = scf.index_switch %c -> i32
  case 5 {
    scf.yield %two : i32
  }
  default {
    scf.yield %one : i32
  }
  return %r : i32
}

// CHECK-LABEL: func.func @cf_const() -> i32 {
// CHECK-NEXT:    %[[V1:[0-9]+]] = "test.constant"() <{value = false}> : () -> i1
// CHECK-NEXT:    %[[V2:[0-9]+]] = "test.constant"() <{value = 1 : i32}> : () -> i32
// CHECK-NEXT:    %[[V3:[0-9]+]] = "test.constant"() <{value = 2 : i32}> : () -> i32
// CHECK-NEXT:    cf.cond_br %[[V1]], ^bb1(%[[V2]] : i32), ^bb1(%[[V3]] : i32)
// CHECK-NEXT:  ^bb1(%[[V0:[0-9]+]]: i32):
// CHECK-NEXT:    return %[[V0]] : i32
// CHECK-NEXT:  }
func.func @cf_const() -> i32 {
  %f = "test.constant"() {value = false} : () -> i1
  %one = "test.constant"() {value = 1 : i32} : () -> i32
  %two = "test.constant"() {value = 2 : i32} : () -> i32
  cf.cond_br %f, ^bb1(%one : i32), ^bb1(%two : i32)
^bb1(%x: i32):
  return %x : i32
}

// CHECK-LABEL: func.func @while_const(%arg0: i32) -> i32 {
// CHECK-NEXT:    %[[V0:[0-9]+]] = "test.constant"() <{value = 1 : i32}> : () -> i32
// CHECK-NEXT:    %[[V1:[0-9]+]]:2 = scf.while (%arg1 = %[[V0]], %arg2 = %arg0) : (i32, i32) -> (i32, i32) {
// CHECK-NEXT:      %[[V2:[0-9]+]] = "test.cond"(%arg2) : (i32) -> i1
// CHECK-NEXT:      scf.condition(%[[V2]]) %[[V0]], %arg2 : i32, i32
// CHECK-NEXT:    } do {
// CHECK-NEXT:    ^bb0(%arg1: i32, %arg2: i32):
// CHECK-NEXT:      %[[V2:[0-9]+]] = "test.next"(%arg2) : (i32) -> i32
// CHECK-NEXT:      scf.yield %[[V0]], %[[V2]] : i32, i32
// CHECK-NEXT:    }
// CHECK-NEXT:    return %[[V0]] : i32
// CHECK-NEXT:  }
func.func @while_const(%n: i32) -> i32 {
  %one = "test.constant"() {value = 1 : i32} : () -> i32
  %r:2 = scf.while (%a = %one, %b = %n) : (i32, i32) -> (i32, i32) {
    %c = "test.cond"(%b) : (i32) -> i1
    scf.condition(%c) %a, %b : i32, i32
  } do {
  ^bb0(%x: i32, %y: i32):
    %m = "test.mul"(%x, %one) : (i32, i32) -> i32
    %z = "test.next"(%y) : (i32) -> i32
    scf.yield %m, %z : i32, i32
  }
  return %r#0 : i32
}
