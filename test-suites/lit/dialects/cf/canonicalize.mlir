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

// Cases from upstream MLIR's ControlFlow/canonicalize.mlir (mlir-opt-19 prints the same; it does not
// terminate on the branch cycles at the end, which we leave as a self-loop).
// CHECK-LABEL: func.func @br_passthrough(%arg0: i32, %arg1: i32) -> (i32, i32) {
// CHECK-NEXT:    "foo.switch"()[^bb1, ^bb2, ^bb3] : () -> ()
// CHECK-NEXT:  ^bb1:
// CHECK-NEXT:    cf.br ^bb3(%arg0, %arg1 : i32, i32)
// CHECK-NEXT:  ^bb2(%[[V0:[0-9]+]]: i32):
// CHECK-NEXT:    cf.br ^bb3(%[[V0]], %arg1 : i32, i32)
// CHECK-NEXT:  ^bb3(%[[V1:[0-9]+]]: i32, %[[V2]]: i32):
// CHECK-NEXT:    return %[[V1]], %[[V2]] : i32, i32
// CHECK-NEXT:  }
func.func @br_passthrough(%arg0 : i32, %arg1 : i32) -> (i32, i32) {
  "foo.switch"() [^bb1, ^bb2, ^bb3] : () -> ()
^bb1:
  cf.br ^bb2(%arg0 : i32)
^bb2(%arg2 : i32):
  cf.br ^bb3(%arg2, %arg1 : i32, i32)
^bb3(%arg4 : i32, %arg5 : i32):
  return %arg4, %arg5 : i32, i32
}

// CHECK-LABEL: func.func @cond_br_folding(%arg0: i1, %arg1: i32) {
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @cond_br_folding(%cond : i1, %a : i32) {
  %false_cond = "test.constant"() {value = false} : () -> i1
  %true_cond = "test.constant"() {value = true} : () -> i1
  cf.cond_br %cond, ^bb1, ^bb2(%a : i32)
^bb1:
  cf.cond_br %true_cond, ^bb3, ^bb2(%a : i32)
^bb2(%x : i32):
  cf.cond_br %false_cond, ^bb2(%x : i32), ^bb3
^bb3:
  return
}

// CHECK-LABEL: func.func @cond_br_same_successor(%arg0: i1, %arg1: i32) {
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @cond_br_same_successor(%cond : i1, %a : i32) {
  cf.cond_br %cond, ^bb1(%a : i32), ^bb1(%a : i32)
^bb1(%result : i32):
  return
}

// CHECK-LABEL: func.func @cond_br_pass_through_fail(%arg0: i1) {
// CHECK-NEXT:    cf.cond_br %arg0, ^bb1, ^bb2
// CHECK-NEXT:  ^bb1:
// CHECK-NEXT:    "foo.op"() : () -> ()
// CHECK-NEXT:    cf.br ^bb2
// CHECK-NEXT:  ^bb2:
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @cond_br_pass_through_fail(%cond : i1) {
  cf.cond_br %cond, ^bb1, ^bb2
^bb1:
  "foo.op"() : () -> ()
  cf.br ^bb2
^bb2:
  return
}

// CHECK-LABEL: func.func @switch_only_default(%arg0: i32, %arg1: f32) {
// CHECK-NEXT:    "foo.pred"()[^bb1, ^bb2] : () -> ()
// CHECK-NEXT:  ^bb1:
// CHECK-NEXT:    cf.br ^bb2(%arg1 : f32)
// CHECK-NEXT:  ^bb2(%[[V0:[0-9]+]]: f32):
// CHECK-NEXT:    "foo.bb2Terminator"(%[[V0]]) : (f32) -> ()
// CHECK-NEXT:  }
func.func @switch_only_default(%flag : i32, %caseOperand0 : f32) {
  "foo.pred"() [^bb1, ^bb2] : () -> ()
  ^bb1:
    cf.switch %flag : i32, [
      default: ^bb2(%caseOperand0 : f32)
    ]
  ^bb2(%bb2Arg : f32):
    "foo.bb2Terminator"(%bb2Arg) : (f32) -> ()
}

// CHECK-LABEL: func.func @switch_case_matching_default(%arg0: i32, %arg1: f32, %arg2: f32) {
// CHECK-NEXT:    "foo.pred"()[^bb1, ^bb2, ^bb3] : () -> ()
// CHECK-NEXT:  ^bb1:
// CHECK-NEXT:    cf.switch %arg0 : i32, [
// CHECK-NEXT:      default: ^bb2(%arg1 : f32),
// CHECK-NEXT:      10: ^bb3(%arg2 : f32)
// CHECK-NEXT:    ]
// CHECK-NEXT:  ^bb2(%[[V0:[0-9]+]]: f32):
// CHECK-NEXT:    "foo.bb2Terminator"(%[[V0]]) : (f32) -> ()
// CHECK-NEXT:  ^bb3(%[[V1:[0-9]+]]: f32):
// CHECK-NEXT:    "foo.bb3Terminator"(%[[V1]]) : (f32) -> ()
// CHECK-NEXT:  }
func.func @switch_case_matching_default(%flag : i32, %caseOperand0 : f32, %caseOperand1 : f32) {
  "foo.pred"() [^bb1, ^bb2, ^bb3] : () -> ()
  ^bb1:
    cf.switch %flag : i32, [
      default: ^bb2(%caseOperand0 : f32),
      42: ^bb2(%caseOperand0 : f32),
      10: ^bb3(%caseOperand1 : f32),
      17: ^bb2(%caseOperand0 : f32)
    ]
  ^bb2(%bb2Arg : f32):
    "foo.bb2Terminator"(%bb2Arg) : (f32) -> ()
  ^bb3(%bb3Arg : f32):
    "foo.bb3Terminator"(%bb3Arg) : (f32) -> ()
}

// CHECK-LABEL: func.func @switch_on_const_no_match(%arg0: f32, %arg1: f32, %arg2: f32) {
// CHECK-NEXT:    "foo.pred"()[^bb1, ^bb2, ^bb3, ^bb4] : () -> ()
// CHECK-NEXT:  ^bb1:
// CHECK-NEXT:    cf.br ^bb2(%arg0 : f32)
// CHECK-NEXT:  ^bb2(%[[V0:[0-9]+]]: f32):
// CHECK-NEXT:    "foo.bb2Terminator"(%[[V0]]) : (f32) -> ()
// CHECK-NEXT:  ^bb3(%[[V1:[0-9]+]]: f32):
// CHECK-NEXT:    "foo.bb3Terminator"(%[[V1]]) : (f32) -> ()
// CHECK-NEXT:  ^bb4(%[[V2:[0-9]+]]: f32):
// CHECK-NEXT:    "foo.bb4Terminator"(%[[V2]]) : (f32) -> ()
// CHECK-NEXT:  }
func.func @switch_on_const_no_match(%caseOperand0 : f32, %caseOperand1 : f32, %caseOperand2 : f32) {
  "foo.pred"() [^bb1, ^bb2, ^bb3, ^bb4] : () -> ()
  ^bb1:
    %c0_i32 = "test.constant"() {value = 0 : i32} : () -> i32
    cf.switch %c0_i32 : i32, [
      default: ^bb2(%caseOperand0 : f32),
      -1: ^bb3(%caseOperand1 : f32),
      1: ^bb4(%caseOperand2 : f32)
    ]
  ^bb2(%bb2Arg : f32):
    "foo.bb2Terminator"(%bb2Arg) : (f32) -> ()
  ^bb3(%bb3Arg : f32):
    "foo.bb3Terminator"(%bb3Arg) : (f32) -> ()
  ^bb4(%bb4Arg : f32):
    "foo.bb4Terminator"(%bb4Arg) : (f32) -> ()
}

// CHECK-LABEL: func.func @switch_passthrough(%arg0: i32, %arg1: f32, %arg2: f32, %arg3: f32, %arg4: f32) {
// CHECK-NEXT:    "foo.pred"()[^bb1, ^bb2, ^bb3, ^bb4, ^bb5, ^bb6] : () -> ()
// CHECK-NEXT:  ^bb1:
// CHECK-NEXT:    cf.switch %arg0 : i32, [
// CHECK-NEXT:      default: ^bb5(%arg1 : f32),
// CHECK-NEXT:      43: ^bb6(%arg2 : f32),
// CHECK-NEXT:      44: ^bb4(%arg3 : f32)
// CHECK-NEXT:    ]
// CHECK-NEXT:  ^bb2(%[[V0:[0-9]+]]: f32):
// CHECK-NEXT:    cf.br ^bb5(%[[V0]] : f32)
// CHECK-NEXT:  ^bb3(%[[V1:[0-9]+]]: f32):
// CHECK-NEXT:    cf.br ^bb6(%[[V1]] : f32)
// CHECK-NEXT:  ^bb4(%[[V2:[0-9]+]]: f32):
// CHECK-NEXT:    "foo.bb4Terminator"(%[[V2]]) : (f32) -> ()
// CHECK-NEXT:  ^bb5(%[[V3:[0-9]+]]: f32):
// CHECK-NEXT:    "foo.bb5Terminator"(%[[V3]]) : (f32) -> ()
// CHECK-NEXT:  ^bb6(%[[V4:[0-9]+]]: f32):
// CHECK-NEXT:    "foo.bb6Terminator"(%[[V4]]) : (f32) -> ()
// CHECK-NEXT:  }
func.func @switch_passthrough(%flag : i32, %caseOperand0 : f32, %caseOperand1 : f32, %caseOperand2 : f32, %caseOperand3 : f32) {
  "foo.pred"() [^bb1, ^bb2, ^bb3, ^bb4, ^bb5, ^bb6] : () -> ()
  ^bb1:
    cf.switch %flag : i32, [
      default: ^bb2(%caseOperand0 : f32),
      43: ^bb3(%caseOperand1 : f32),
      44: ^bb4(%caseOperand2 : f32)
    ]
  ^bb2(%bb2Arg : f32):
    cf.br ^bb5(%bb2Arg : f32)
  ^bb3(%bb3Arg : f32):
    cf.br ^bb6(%bb3Arg : f32)
  ^bb4(%bb4Arg : f32):
    "foo.bb4Terminator"(%bb4Arg) : (f32) -> ()
  ^bb5(%bb5Arg : f32):
    "foo.bb5Terminator"(%bb5Arg) : (f32) -> ()
  ^bb6(%bb6Arg : f32):
    "foo.bb6Terminator"(%bb6Arg) : (f32) -> ()
}

// CHECK-LABEL: func.func @switch_from_switch_with_same_value_with_match(%arg0: i32, %arg1: f32, %arg2: f32) {
// CHECK-NEXT:    "foo.pred"()[^bb1, ^bb2, ^bb4, ^bb5] : () -> ()
// CHECK-NEXT:  ^bb1:
// CHECK-NEXT:    cf.switch %arg0 : i32, [
// CHECK-NEXT:      default: ^bb2,
// CHECK-NEXT:      42: ^bb3
// CHECK-NEXT:    ]
// CHECK-NEXT:  ^bb2:
// CHECK-NEXT:    "foo.bb2Terminator"() : () -> ()
// CHECK-NEXT:  ^bb3:
// CHECK-NEXT:    "foo.op"() : () -> ()
// CHECK-NEXT:    cf.br ^bb5(%arg2 : f32)
// CHECK-NEXT:  ^bb4(%[[V0:[0-9]+]]: f32):
// CHECK-NEXT:    "foo.bb4Terminator"(%[[V0]]) : (f32) -> ()
// CHECK-NEXT:  ^bb5(%[[V1:[0-9]+]]: f32):
// CHECK-NEXT:    "foo.bb5Terminator"(%[[V1]]) : (f32) -> ()
// CHECK-NEXT:  }
func.func @switch_from_switch_with_same_value_with_match(%flag : i32, %caseOperand0 : f32, %caseOperand1 : f32) {
  "foo.pred"() [^bb1, ^bb2, ^bb4, ^bb5] : () -> ()
  ^bb1:
    cf.switch %flag : i32, [
      default: ^bb2,
      42: ^bb3
    ]
  ^bb2:
    "foo.bb2Terminator"() : () -> ()
  ^bb3:
    "foo.op"() : () -> ()
    cf.switch %flag : i32, [
      default: ^bb4(%caseOperand0 : f32),
      42: ^bb5(%caseOperand1 : f32)
    ]
  ^bb4(%bb4Arg : f32):
    "foo.bb4Terminator"(%bb4Arg) : (f32) -> ()
  ^bb5(%bb5Arg : f32):
    "foo.bb5Terminator"(%bb5Arg) : (f32) -> ()
}

// CHECK-LABEL: func.func @switch_from_switch_with_same_value_no_match(%arg0: i32, %arg1: f32, %arg2: f32, %arg3: f32) {
// CHECK-NEXT:    "foo.pred"()[^bb1, ^bb2, ^bb4, ^bb5, ^bb6] : () -> ()
// CHECK-NEXT:  ^bb1:
// CHECK-NEXT:    cf.switch %arg0 : i32, [
// CHECK-NEXT:      default: ^bb2,
// CHECK-NEXT:      42: ^bb3
// CHECK-NEXT:    ]
// CHECK-NEXT:  ^bb2:
// CHECK-NEXT:    "foo.bb2Terminator"() : () -> ()
// CHECK-NEXT:  ^bb3:
// CHECK-NEXT:    "foo.op"() : () -> ()
// CHECK-NEXT:    cf.br ^bb4(%arg1 : f32)
// CHECK-NEXT:  ^bb4(%[[V0:[0-9]+]]: f32):
// CHECK-NEXT:    "foo.bb4Terminator"(%[[V0]]) : (f32) -> ()
// CHECK-NEXT:  ^bb5(%[[V1:[0-9]+]]: f32):
// CHECK-NEXT:    "foo.bb5Terminator"(%[[V1]]) : (f32) -> ()
// CHECK-NEXT:  ^bb6(%[[V2:[0-9]+]]: f32):
// CHECK-NEXT:    "foo.bb6Terminator"(%[[V2]]) : (f32) -> ()
// CHECK-NEXT:  }
func.func @switch_from_switch_with_same_value_no_match(%flag : i32, %caseOperand0 : f32, %caseOperand1 : f32, %caseOperand2 : f32) {
  "foo.pred"() [^bb1, ^bb2, ^bb4, ^bb5, ^bb6] : () -> ()
  ^bb1:
    cf.switch %flag : i32, [
      default: ^bb2,
      42: ^bb3
    ]
  ^bb2:
    "foo.bb2Terminator"() : () -> ()
  ^bb3:
    "foo.op"() : () -> ()
    cf.switch %flag : i32, [
      default: ^bb4(%caseOperand0 : f32),
      0: ^bb5(%caseOperand1 : f32),
      43: ^bb6(%caseOperand2 : f32)
    ]
  ^bb4(%bb4Arg : f32):
    "foo.bb4Terminator"(%bb4Arg) : (f32) -> ()
  ^bb5(%bb5Arg : f32):
    "foo.bb5Terminator"(%bb5Arg) : (f32) -> ()
  ^bb6(%bb6Arg : f32):
    "foo.bb6Terminator"(%bb6Arg) : (f32) -> ()
}

// CHECK-LABEL: func.func @switch_from_switch_default_with_same_value(%arg0: i32, %arg1: f32, %arg2: f32, %arg3: f32) {
// CHECK-NEXT:    "foo.pred"()[^bb1, ^bb2, ^bb4, ^bb5, ^bb6] : () -> ()
// CHECK-NEXT:  ^bb1:
// CHECK-NEXT:    cf.switch %arg0 : i32, [
// CHECK-NEXT:      default: ^bb3,
// CHECK-NEXT:      42: ^bb2
// CHECK-NEXT:    ]
// CHECK-NEXT:  ^bb2:
// CHECK-NEXT:    "foo.bb2Terminator"() : () -> ()
// CHECK-NEXT:  ^bb3:
// CHECK-NEXT:    "foo.op"() : () -> ()
// CHECK-NEXT:    cf.switch %arg0 : i32, [
// CHECK-NEXT:      default: ^bb4(%arg1 : f32),
// CHECK-NEXT:      43: ^bb6(%arg3 : f32)
// CHECK-NEXT:    ]
// CHECK-NEXT:  ^bb4(%[[V0:[0-9]+]]: f32):
// CHECK-NEXT:    "foo.bb4Terminator"(%[[V0]]) : (f32) -> ()
// CHECK-NEXT:  ^bb5(%[[V1:[0-9]+]]: f32):
// CHECK-NEXT:    "foo.bb5Terminator"(%[[V1]]) : (f32) -> ()
// CHECK-NEXT:  ^bb6(%[[V2:[0-9]+]]: f32):
// CHECK-NEXT:    "foo.bb6Terminator"(%[[V2]]) : (f32) -> ()
// CHECK-NEXT:  }
func.func @switch_from_switch_default_with_same_value(%flag : i32, %caseOperand0 : f32, %caseOperand1 : f32, %caseOperand2 : f32) {
  "foo.pred"() [^bb1, ^bb2, ^bb4, ^bb5, ^bb6] : () -> ()
  ^bb1:
    cf.switch %flag : i32, [
      default: ^bb3,
      42: ^bb2
    ]
  ^bb2:
    "foo.bb2Terminator"() : () -> ()
  ^bb3:
    "foo.op"() : () -> ()
    cf.switch %flag : i32, [
      default: ^bb4(%caseOperand0 : f32),
      42: ^bb5(%caseOperand1 : f32),
      43: ^bb6(%caseOperand2 : f32)
    ]
  ^bb4(%bb4Arg : f32):
    "foo.bb4Terminator"(%bb4Arg) : (f32) -> ()
  ^bb5(%bb5Arg : f32):
    "foo.bb5Terminator"(%bb5Arg) : (f32) -> ()
  ^bb6(%bb6Arg : f32):
    "foo.bb6Terminator"(%bb6Arg) : (f32) -> ()
}

// CHECK-LABEL: func.func @cond_br_from_cond_br_with_same_condition(%arg0: i1) {
// CHECK-NEXT:    cf.cond_br %arg0, ^bb1, ^bb2
// CHECK-NEXT:  ^bb1:
// CHECK-NEXT:    return
// CHECK-NEXT:  ^bb2:
// CHECK-NEXT:    "foo.terminator"() : () -> ()
// CHECK-NEXT:  }
func.func @cond_br_from_cond_br_with_same_condition(%cond : i1) {
  cf.cond_br %cond, ^bb1, ^bb2
^bb1:
  cf.cond_br %cond, ^bb3, ^bb2
^bb2:
  "foo.terminator"() : () -> ()
^bb3:
  return
}

// CHECK-LABEL: func.func @assert_true_upstream() {
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @assert_true_upstream() {
  %true = "test.constant"() {value = true} : () -> i1
  cf.assert %true, "Computer says no"
  return
}

// CHECK-LABEL: func.func @cycle_2_blocks() {
// CHECK-NEXT:    cf.br ^bb1
// CHECK-NEXT:  ^bb1:
// CHECK-NEXT:    cf.br ^bb1
// CHECK-NEXT:  }
func.func @cycle_2_blocks() {
  cf.br ^bb1
^bb1:
  cf.br ^bb2
^bb2:
  cf.br ^bb1
}

// CHECK-LABEL: func.func @cycle_1_block() {
// CHECK-NEXT:    cf.br ^bb1
// CHECK-NEXT:  ^bb1:
// CHECK-NEXT:    cf.br ^bb1
// CHECK-NEXT:  }
func.func @cycle_1_block() {
  cf.br ^bb1
^bb1:
  cf.br ^bb2
^bb2:
  cf.br ^bb2
}
