// cf canonicalization patterns, as mlir-opt-19 --canonicalize applies them to the same input
// (with arith.constant for test.constant): constant conditions and flags, pass-through blocks,
// identical successors, blocks with a single predecessor, cases matching the default.
// (mlir-opt-19 also merges differing operands of identical successors with arith.select; that
// needs the arith dialect and is left out here.)
// RUN: mlc-opt --allow-unregistered-dialect --canonicalize %s | FileCheck %s

// CHECK-LABEL: func.func @const_cond(%arg0: i32, %arg1: i32) -> i32 {
// CHECK-NEXT:    return %arg0 : i32
// CHECK-NEXT:  }
func.func @const_cond(%a: i32, %b: i32) -> i32 {
  %t = "test.constant"() {value = true} : () -> i1
  cf.cond_br %t, ^bb1(%a : i32), ^bb1(%b : i32)
^bb1(%x: i32):
  return %x : i32
}

// CHECK-LABEL: func.func @identical(%arg0: i1, %arg1: i32) {
// CHECK-NEXT:    "test.op"(%arg1) : (i32) -> ()
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @identical(%c: i1, %a: i32) {
  cf.cond_br %c, ^bb1(%a : i32), ^bb1(%a : i32)
^bb1(%x: i32):
  "test.op"(%x) : (i32) -> ()
  return
}

// CHECK-LABEL: func.func @single_pred(%arg0: i32) {
// CHECK-NEXT:    "test.op"(%arg0) : (i32) -> ()
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @single_pred(%a: i32) {
  cf.br ^bb1(%a : i32)
^bb1(%x: i32):
  "test.op"(%x) : (i32) -> ()
  return
}

// CHECK-LABEL: func.func @switch_default_only(%arg0: i32, %arg1: i32) {
// CHECK-NEXT:    "test.op"(%arg1) : (i32) -> ()
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @switch_default_only(%f: i32, %a: i32) {
  cf.switch %f : i32, [
    default: ^bb1(%a : i32)
  ]
^bb1(%x: i32):
  "test.op"(%x) : (i32) -> ()
  return
}

// CHECK-LABEL: func.func @switch_const(%arg0: i32, %arg1: i32) {
// CHECK-NEXT:    "test.op"() : () -> ()
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @switch_const(%a: i32, %b: i32) {
  %f = "test.constant"() {value = 43 : i32} : () -> i32
  cf.switch %f : i32, [
    default: ^bb1(%a : i32),
    42: ^bb1(%b : i32),
    43: ^bb2
  ]
^bb1(%x: i32):
  "test.op"(%x) : (i32) -> ()
  return
^bb2:
  "test.op"() : () -> ()
  return
}

// CHECK-LABEL: func.func @switch_drop(%arg0: i32, %arg1: i32, %arg2: i32) {
// CHECK-NEXT:    cf.switch %arg0 : i32, [
// CHECK-NEXT:      default: ^bb1(%arg1 : i32),
// CHECK-NEXT:      43: ^bb2
// CHECK-NEXT:    ]
// CHECK-NEXT:  ^bb1(%[[V0:[0-9]+]]: i32):
// CHECK-NEXT:    "test.op"(%[[V0]]) : (i32) -> ()
// CHECK-NEXT:    return
// CHECK-NEXT:  ^bb2:
// CHECK-NEXT:    "test.op"() : () -> ()
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @switch_drop(%f: i32, %a: i32, %b: i32) {
  cf.switch %f : i32, [
    default: ^bb1(%a : i32),
    42: ^bb1(%a : i32),
    43: ^bb2
  ]
^bb1(%x: i32):
  "test.op"(%x) : (i32) -> ()
  return
^bb2:
  "test.op"() : () -> ()
  return
}

// CHECK-LABEL: func.func @switch_pass(%arg0: i32, %arg1: i32, %arg2: i32) {
// CHECK-NEXT:    cf.switch %arg0 : i32, [
// CHECK-NEXT:      default: ^bb1(%arg1 : i32),
// CHECK-NEXT:      42: ^bb1(%arg2 : i32),
// CHECK-NEXT:      43: ^bb2
// CHECK-NEXT:    ]
// CHECK-NEXT:  ^bb1(%[[V0:[0-9]+]]: i32):
// CHECK-NEXT:    "test.op"(%[[V0]]) : (i32) -> ()
// CHECK-NEXT:    return
// CHECK-NEXT:  ^bb2:
// CHECK-NEXT:    "test.op"() : () -> ()
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @switch_pass(%f: i32, %a: i32, %b: i32) {
  cf.switch %f : i32, [
    default: ^bb1(%a : i32),
    42: ^bb2,
    43: ^bb3
  ]
^bb1(%x: i32):
  "test.op"(%x) : (i32) -> ()
  return
^bb2:
  cf.br ^bb1(%b : i32)
^bb3:
  "test.op"() : () -> ()
  return
}

// CHECK-LABEL: func.func @assert_true() {
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @assert_true() {
  %t = "test.constant"() {value = true} : () -> i1
  cf.assert %t, "never"
  return
}

// CHECK-LABEL: func.func @loop(%arg0: i1, %arg1: i32) {
// CHECK-NEXT:    cf.br ^bb1(%arg1 : i32)
// CHECK-NEXT:  ^bb1(%[[V0:[0-9]+]]: i32):
// CHECK-NEXT:    %[[V1:[0-9]+]] = "test.op"(%[[V0]]) : (i32) -> i32
// CHECK-NEXT:    %[[V2:[0-9]+]] = "test.cond"(%[[V1]]) : (i32) -> i1
// CHECK-NEXT:    cf.cond_br %[[V2]], ^bb1(%[[V1]] : i32), ^bb2
// CHECK-NEXT:  ^bb2:
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @loop(%c: i1, %a: i32) {
  cf.br ^bb1(%a : i32)
^bb1(%x: i32):
  %y = "test.op"(%x) : (i32) -> i32
  %k = "test.cond"(%y) : (i32) -> i1
  cf.cond_br %k, ^bb1(%y : i32), ^bb2
^bb2:
  return
}

// CHECK-LABEL: func.func @pass_through_same(%arg0: i1, %arg1: i32, %arg2: i32) {
// CHECK-NEXT:    cf.cond_br %arg0, ^bb1(%arg1 : i32), ^bb2
// CHECK-NEXT:  ^bb1(%[[V0:[0-9]+]]: i32):
// CHECK-NEXT:    "test.op"(%[[V0]]) : (i32) -> ()
// CHECK-NEXT:    return
// CHECK-NEXT:  ^bb2:
// CHECK-NEXT:    "test.op"(%arg2) : (i32) -> ()
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @pass_through_same(%c: i1, %a: i32, %b: i32) {
  cf.cond_br %c, ^bb1(%a : i32), ^bb2
^bb1(%x: i32):
  cf.br ^bb3(%x : i32)
^bb2:
  cf.br ^bb4
^bb3(%y: i32):
  "test.op"(%y) : (i32) -> ()
  return
^bb4:
  "test.op"(%b) : (i32) -> ()
  return
}

// A cond_br on the condition its block's only predecessor branched on is decided; in a successor
// reached only from a cond_br, its condition is a constant.
// CHECK-LABEL: func.func @same_cond(%arg0: i32, %arg1: i32, %arg2: i32) {
// CHECK-NEXT:    %[[V1:[0-9]+]] = "test.constant"() <{value = false}> : () -> i1
// CHECK-NEXT:    %[[V2:[0-9]+]] = "test.cond"(%arg0) : (i32) -> i1
// CHECK-NEXT:    cf.cond_br %[[V2]], ^bb1, ^bb2
// CHECK-NEXT:  ^bb1:
// CHECK-NEXT:    "test.op"() : () -> ()
// CHECK-NEXT:    cf.br ^bb3(%arg1 : i32)
// CHECK-NEXT:  ^bb2:
// CHECK-NEXT:    "test.op"(%[[V1]]) : (i1) -> ()
// CHECK-NEXT:    cf.br ^bb3(%arg0 : i32)
// CHECK-NEXT:  ^bb3(%[[V0:[0-9]+]]: i32):
// CHECK-NEXT:    "test.op"(%[[V0]]) : (i32) -> ()
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @same_cond(%x: i32, %a: i32, %b: i32) {
  %c = "test.cond"(%x) : (i32) -> i1
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  "test.op"() : () -> ()
  cf.cond_br %c, ^bb3(%a : i32), ^bb3(%b : i32)
^bb2:
  "test.op"(%c) : (i1) -> ()
  cf.br ^bb3(%x : i32)
^bb3(%y: i32):
  "test.op"(%y) : (i32) -> ()
  return
}
