// scf canonicalization patterns and folds, as mlir-opt-19 --canonicalize applies them to the same
// input (with arith.constant for test.constant): constant conditions, zero- and one-trip loops,
// forwarded and unused loop-carried values, unused results, constant switches.
// RUN: mlc-opt --allow-unregistered-dialect --canonicalize %s | FileCheck %s

// CHECK-LABEL: func.func @if_true(%arg0: i32, %arg1: i32) -> i32 {
// CHECK-NEXT:    %[[V0:[0-9]+]] = "test.op"(%arg0) : (i32) -> i32
// CHECK-NEXT:    return %[[V0]] : i32
// CHECK-NEXT:  }
func.func @if_true(%a: i32, %b: i32) -> i32 {
  %t = "test.constant"() {value = true} : () -> i1
  %r = scf.if %t -> (i32) {
    %x = "test.op"(%a) : (i32) -> i32
    scf.yield %x : i32
  } else {
    scf.yield %b : i32
  }
  return %r : i32
}

// CHECK-LABEL: func.func @if_false_no_else(%arg0: i32) {
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @if_false_no_else(%a: i32) {
  %f = "test.constant"() {value = false} : () -> i1
  scf.if %f {
    "test.op"(%a) : (i32) -> ()
  }
  return
}

// CHECK-LABEL: func.func @if_unused(%arg0: i1, %arg1: i32, %arg2: i32) -> i32 {
// CHECK-NEXT:    %[[V0:[0-9]+]] = scf.if %arg0 -> (i32) {
// CHECK-NEXT:      %[[V1:[0-9]+]] = "test.op"(%arg1) : (i32) -> i32
// CHECK-NEXT:      scf.yield %[[V1]] : i32
// CHECK-NEXT:    } else {
// CHECK-NEXT:      scf.yield %arg2 : i32
// CHECK-NEXT:    }
// CHECK-NEXT:    return %[[V0]] : i32
// CHECK-NEXT:  }
func.func @if_unused(%c: i1, %a: i32, %b: i32) -> i32 {
  %r:2 = scf.if %c -> (i32, i32) {
    %x = "test.op"(%a) : (i32) -> i32
    scf.yield %x, %a : i32, i32
  } else {
    scf.yield %b, %b : i32, i32
  }
  return %r#0 : i32
}

// CHECK-LABEL: func.func @if_same(%arg0: i1, %arg1: i32) -> i32 {
// CHECK-NEXT:    scf.if %arg0 {
// CHECK-NEXT:      "test.op"() : () -> ()
// CHECK-NEXT:    }
// CHECK-NEXT:    return %arg1 : i32
// CHECK-NEXT:  }
func.func @if_same(%c: i1, %a: i32) -> i32 {
  %r = scf.if %c -> (i32) {
    "test.op"() : () -> ()
    scf.yield %a : i32
  } else {
    scf.yield %a : i32
  }
  return %r : i32
}

// CHECK-LABEL: func.func @if_empty_else(%arg0: i1) {
// CHECK-NEXT:    scf.if %arg0 {
// CHECK-NEXT:      "test.op"() : () -> ()
// CHECK-NEXT:    }
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @if_empty_else(%c: i1) {
  scf.if %c {
    "test.op"() : () -> ()
  } else {
  }
  return
}

// CHECK-LABEL: func.func @for_zero(%arg0: i32) -> i32 {
// CHECK-NEXT:    return %arg0 : i32
// CHECK-NEXT:  }
func.func @for_zero(%a: i32) -> i32 {
  %c0 = "test.constant"() {value = 0 : index} : () -> index
  %c4 = "test.constant"() {value = 4 : index} : () -> index
  %r = scf.for %i = %c4 to %c0 step %c4 iter_args(%x = %a) -> (i32) {
    %y = "test.op"(%x) : (i32) -> i32
    scf.yield %y : i32
  }
  return %r : i32
}

// CHECK-LABEL: func.func @for_one(%arg0: i32) -> i32 {
// CHECK-NEXT:    %[[V0:[0-9]+]] = "test.constant"() <{value = 0 : index}> : () -> index
// CHECK-NEXT:    %[[V1:[0-9]+]] = "test.op"(%arg0, %[[V0]]) : (i32, index) -> i32
// CHECK-NEXT:    return %[[V1]] : i32
// CHECK-NEXT:  }
func.func @for_one(%a: i32) -> i32 {
  %c0 = "test.constant"() {value = 0 : index} : () -> index
  %c4 = "test.constant"() {value = 4 : index} : () -> index
  %r = scf.for %i = %c0 to %c4 step %c4 iter_args(%x = %a) -> (i32) {
    %y = "test.op"(%x, %i) : (i32, index) -> i32
    scf.yield %y : i32
  }
  return %r : i32
}

// CHECK-LABEL: func.func @for_same_bounds(%arg0: index, %arg1: index, %arg2: i32) -> i32 {
// CHECK-NEXT:    return %arg2 : i32
// CHECK-NEXT:  }
func.func @for_same_bounds(%lb: index, %s: index, %a: i32) -> i32 {
  %r = scf.for %i = %lb to %lb step %s iter_args(%x = %a) -> (i32) {
    %y = "test.op"(%x) : (i32) -> i32
    scf.yield %y : i32
  }
  return %r : i32
}

// CHECK-LABEL: func.func @for_iter_args(%arg0: index, %arg1: index, %arg2: index, %arg3: i32, %arg4: i32, %arg5: i32) -> (i32, i32, i32) {
// CHECK-NEXT:    %[[V0:[0-9]+]] = scf.for %arg6 = %arg0 to %arg1 step %arg2 iter_args(%arg7 = %arg4) -> (i32) {
// CHECK-NEXT:      %[[V1:[0-9]+]] = "test.op"(%arg7) : (i32) -> i32
// CHECK-NEXT:      scf.yield %[[V1]] : i32
// CHECK-NEXT:    }
// CHECK-NEXT:    return %arg3, %[[V0]], %arg5 : i32, i32, i32
// CHECK-NEXT:  }
func.func @for_iter_args(%lb: index, %ub: index, %s: index, %a: i32, %b: i32, %c: i32) -> (i32, i32, i32) {
  %r:4 = scf.for %i = %lb to %ub step %s iter_args(%x = %a, %y = %b, %z = %c, %w = %a) -> (i32, i32, i32, i32) {
    %n = "test.op"(%y) : (i32) -> i32
    scf.yield %x, %n, %c, %n : i32, i32, i32, i32
  }
  return %r#0, %r#1, %r#2 : i32, i32, i32
}

// CHECK-LABEL: func.func @for_empty(%arg0: i32, %arg1: i32) -> i32 {
// CHECK-NEXT:    return %arg1 : i32
// CHECK-NEXT:  }
func.func @for_empty(%a: i32, %b: i32) -> i32 {
  %c0 = "test.constant"() {value = 0 : index} : () -> index
  %c1 = "test.constant"() {value = 1 : index} : () -> index
  %c4 = "test.constant"() {value = 4 : index} : () -> index
  %r = scf.for %i = %c0 to %c4 step %c1 iter_args(%x = %a) -> (i32) {
    scf.yield %b : i32
  }
  return %r : i32
}

// CHECK-LABEL: func.func @switch_const(%arg0: i32, %arg1: i32) -> i32 {
// CHECK-NEXT:    %[[V0:[0-9]+]] = "test.op"(%arg1) : (i32) -> i32
// CHECK-NEXT:    return %[[V0]] : i32
// CHECK-NEXT:  }
func.func @switch_const(%a: i32, %b: i32) -> i32 {
  %c2 = "test.constant"() {value = 2 : index} : () -> index
  %r = scf.index_switch %c2 -> i32
  case 1 {
    scf.yield %a : i32
  }
  case 2 {
    %x = "test.op"(%b) : (i32) -> i32
    scf.yield %x : i32
  }
  default {
    scf.yield %a : i32
  }
  return %r : i32
}

// CHECK-LABEL: func.func @exec(%arg0: i32) -> i32 {
// CHECK-NEXT:    %[[V0:[0-9]+]] = "test.op"(%arg0) : (i32) -> i32
// CHECK-NEXT:    return %[[V0]] : i32
// CHECK-NEXT:  }
func.func @exec(%a: i32) -> i32 {
  %r = scf.execute_region -> i32 {
    %x = "test.op"(%a) : (i32) -> i32
    scf.yield %x : i32
  }
  return %r : i32
}

// CHECK-LABEL: func.func @while_unused(%arg0: i32) -> i32 {
// CHECK-NEXT:    %[[V0:[0-9]+]] = scf.while (%arg1 = %arg0) : (i32) -> i32 {
// CHECK-NEXT:      %[[V1:[0-9]+]] = "test.cond"(%arg1) : (i32) -> i1
// CHECK-NEXT:      scf.condition(%[[V1]]) %arg1 : i32
// CHECK-NEXT:    } do {
// CHECK-NEXT:    ^bb0(%arg1: i32):
// CHECK-NEXT:      %[[V1:[0-9]+]] = "test.op"(%arg1) : (i32) -> i32
// CHECK-NEXT:      scf.yield %[[V1]] : i32
// CHECK-NEXT:    }
// CHECK-NEXT:    return %[[V0]] : i32
// CHECK-NEXT:  }
func.func @while_unused(%a: i32) -> i32 {
  %r:2 = scf.while (%x = %a, %y = %a) : (i32, i32) -> (i32, i32) {
    %c = "test.cond"(%x) : (i32) -> i1
    scf.condition(%c) %x, %y : i32, i32
  } do {
  ^bb0(%p: i32, %q: i32):
    %n = "test.op"(%p) : (i32) -> i32
    scf.yield %n, %n : i32, i32
  }
  return %r#0 : i32
}

// CHECK-LABEL: func.func @par_zero(%arg0: i32) -> i32 {
// CHECK-NEXT:    %[[V0:[0-9]+]] = "test.constant"() <{value = 0 : index}> : () -> index
// CHECK-NEXT:    %[[V1:[0-9]+]] = "test.constant"() <{value = 1 : index}> : () -> index
// CHECK-NEXT:    %[[V2:[0-9]+]] = scf.parallel (%arg1) = (%[[V1]]) to (%[[V0]]) step (%[[V1]]) init (%arg0) -> i32 {
// CHECK-NEXT:      %[[V3:[0-9]+]] = "test.op"(%arg1) : (index) -> i32
// CHECK-NEXT:      scf.reduce(%[[V3]] : i32) {
// CHECK-NEXT:      ^bb0(%arg2: i32, %arg3: i32):
// CHECK-NEXT:        %[[V4:[0-9]+]] = "test.op"(%arg2, %arg3) : (i32, i32) -> i32
// CHECK-NEXT:        scf.reduce.return %[[V4]] : i32
// CHECK-NEXT:      }
// CHECK-NEXT:    }
// CHECK-NEXT:    return %[[V2]] : i32
// CHECK-NEXT:  }
func.func @par_zero(%a: i32) -> i32 {
  %c0 = "test.constant"() {value = 0 : index} : () -> index
  %c1 = "test.constant"() {value = 1 : index} : () -> index
  %r = scf.parallel (%i) = (%c1) to (%c0) step (%c1) init (%a) -> i32 {
    %v = "test.op"(%i) : (index) -> i32
    scf.reduce(%v : i32) {
    ^bb0(%l: i32, %rr: i32):
      %s = "test.op"(%l, %rr) : (i32, i32) -> i32
      scf.reduce.return %s : i32
    }
  }
  return %r : i32
}

// CHECK-LABEL: func.func @par_one(%arg0: i32, %arg1: index) -> i32 {
// CHECK-NEXT:    %[[V0:[0-9]+]] = "test.constant"() <{value = 0 : index}> : () -> index
// CHECK-NEXT:    %[[V1:[0-9]+]] = "test.constant"() <{value = 1 : index}> : () -> index
// CHECK-NEXT:    %[[V2:[0-9]+]] = scf.parallel (%arg2) = (%[[V0]]) to (%arg1) step (%[[V1]]) init (%arg0) -> i32 {
// CHECK-NEXT:      %[[V3:[0-9]+]] = "test.op"(%[[V0]], %arg2) : (index, index) -> i32
// CHECK-NEXT:      scf.reduce(%[[V3]] : i32) {
// CHECK-NEXT:      ^bb0(%arg3: i32, %arg4: i32):
// CHECK-NEXT:        %[[V4:[0-9]+]] = "test.op"(%arg3, %arg4) : (i32, i32) -> i32
// CHECK-NEXT:        scf.reduce.return %[[V4]] : i32
// CHECK-NEXT:      }
// CHECK-NEXT:    }
// CHECK-NEXT:    return %[[V2]] : i32
// CHECK-NEXT:  }
func.func @par_one(%a: i32, %n: index) -> i32 {
  %c0 = "test.constant"() {value = 0 : index} : () -> index
  %c1 = "test.constant"() {value = 1 : index} : () -> index
  %r = scf.parallel (%i, %j) = (%c0, %c0) to (%c1, %n) step (%c1, %c1) init (%a) -> i32 {
    %v = "test.op"(%i, %j) : (index, index) -> i32
    scf.reduce(%v : i32) {
    ^bb0(%l: i32, %rr: i32):
      %s = "test.op"(%l, %rr) : (i32, i32) -> i32
      scf.reduce.return %s : i32
    }
  }
  return %r : i32
}

// CHECK-LABEL: func.func @par_all_one(%arg0: i32) -> i32 {
// CHECK-NEXT:    %[[V0:[0-9]+]] = "test.constant"() <{value = 0 : index}> : () -> index
// CHECK-NEXT:    %[[V1:[0-9]+]] = "test.op"(%[[V0]]) : (index) -> i32
// CHECK-NEXT:    %[[V2:[0-9]+]] = "test.op"(%arg0, %[[V1]]) : (i32, i32) -> i32
// CHECK-NEXT:    return %[[V2]] : i32
// CHECK-NEXT:  }
func.func @par_all_one(%a: i32) -> i32 {
  %c0 = "test.constant"() {value = 0 : index} : () -> index
  %c1 = "test.constant"() {value = 1 : index} : () -> index
  %r = scf.parallel (%i) = (%c0) to (%c1) step (%c1) init (%a) -> i32 {
    %v = "test.op"(%i) : (index) -> i32
    scf.reduce(%v : i32) {
    ^bb0(%l: i32, %rr: i32):
      %s = "test.op"(%l, %rr) : (i32, i32) -> i32
      scf.reduce.return %s : i32
    }
  }
  return %r : i32
}

// CHECK-LABEL: func.func @par_zero2(%arg0: i32, %arg1: index) -> i32 {
// CHECK-NEXT:    return %arg0 : i32
// CHECK-NEXT:  }
func.func @par_zero2(%a: i32, %n: index) -> i32 {
  %c0 = "test.constant"() {value = 0 : index} : () -> index
  %c1 = "test.constant"() {value = 1 : index} : () -> index
  %r = scf.parallel (%i, %j) = (%c0, %c0) to (%c0, %n) step (%c1, %c1) init (%a) -> i32 {
    %v = "test.op"(%i) : (index) -> i32
    scf.reduce(%v : i32) {
    ^bb0(%l: i32, %rr: i32):
      %s = "test.op"(%l, %rr) : (i32, i32) -> i32
      scf.reduce.return %s : i32
    }
  }
  return %r : i32
}
// CHECK-LABEL: func.func @cond_prop(%arg0: i32) {
// CHECK-NEXT:    %[[V0:[0-9]+]] = "test.constant"() <{value = true}> : () -> i1
// CHECK-NEXT:    %[[V1:[0-9]+]] = "test.constant"() <{value = false}> : () -> i1
// CHECK-NEXT:    %[[V2:[0-9]+]] = "test.cond"(%arg0) : (i32) -> i1
// CHECK-NEXT:    scf.if %[[V2]] {
// CHECK-NEXT:      "test.use"(%[[V0]]) : (i1) -> ()
// CHECK-NEXT:    } else {
// CHECK-NEXT:      "test.use"(%[[V1]]) : (i1) -> ()
// CHECK-NEXT:    }
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @cond_prop(%x: i32) {
  %c = "test.cond"(%x) : (i32) -> i1
  scf.if %c {
    "test.use"(%c) : (i1) -> ()
  } else {
    "test.use"(%c) : (i1) -> ()
  }
  return
}

// CHECK-LABEL: func.func @while_truth(%arg0: i1, %arg1: i32) -> i32 {
// CHECK-NEXT:    scf.while : () -> () {
// CHECK-NEXT:      %[[V0:[0-9]+]] = "test.cond"(%arg1) : (i32) -> i1
// CHECK-NEXT:      scf.condition(%[[V0]])
// CHECK-NEXT:    } do {
// CHECK-NEXT:      "test.use"(%arg0) : (i1) -> ()
// CHECK-NEXT:      scf.yield
// CHECK-NEXT:    }
// CHECK-NEXT:    return %arg1 : i32
// CHECK-NEXT:  }
func.func @while_truth(%c0: i1, %x: i32) -> i32 {
  %r = scf.while (%a = %x) : (i32) -> i32 {
    %c = "test.cond"(%a) : (i32) -> i1
    scf.condition(%c) %a : i32
  } do {
  ^bb0(%b: i32):
    "test.use"(%c0) : (i1) -> ()
    scf.yield %b : i32
  }
  return %r : i32
}

// CHECK-LABEL: func.func @while_truth2(%arg0: i32) -> i1 {
// CHECK-NEXT:    %[[V0:[0-9]+]] = "test.constant"() <{value = true}> : () -> i1
// CHECK-NEXT:    %[[V1:[0-9]+]] = scf.while : () -> i1 {
// CHECK-NEXT:      %[[V2:[0-9]+]] = "test.cond"(%arg0) : (i32) -> i1
// CHECK-NEXT:      scf.condition(%[[V2]]) %[[V2]] : i1
// CHECK-NEXT:    } do {
// CHECK-NEXT:    ^bb0(%arg1: i1):
// CHECK-NEXT:      "test.use"(%[[V0]]) : (i1) -> ()
// CHECK-NEXT:      scf.yield
// CHECK-NEXT:    }
// CHECK-NEXT:    return %[[V1]] : i1
// CHECK-NEXT:  }
func.func @while_truth2(%x: i32) -> i1 {
  %r:2 = scf.while (%a = %x) : (i32) -> (i32, i1) {
    %c = "test.cond"(%a) : (i32) -> i1
    scf.condition(%c) %a, %c : i32, i1
  } do {
  ^bb0(%b: i32, %cc: i1):
    "test.use"(%cc) : (i1) -> ()
    scf.yield %b : i32
  }
  return %r#1 : i1
}

// CHECK-LABEL: func.func @combine(%arg0: i1, %arg1: i32) -> (i32, i32) {
// CHECK-NEXT:    %[[V0:[0-9]+]]:2 = scf.if %arg0 -> (i32, i32) {
// CHECK-NEXT:      %[[V1:[0-9]+]] = "test.op"(%arg1) : (i32) -> i32
// CHECK-NEXT:      %[[V2:[0-9]+]] = "test.op"(%[[V1]]) : (i32) -> i32
// CHECK-NEXT:      scf.yield %[[V1]], %[[V2]] : i32, i32
// CHECK-NEXT:    } else {
// CHECK-NEXT:      scf.yield %arg1, %arg1 : i32, i32
// CHECK-NEXT:    }
// CHECK-NEXT:    return %[[V0]]#0, %[[V0]]#1 : i32, i32
// CHECK-NEXT:  }
func.func @combine(%c: i1, %x: i32) -> (i32, i32) {
  %a = scf.if %c -> (i32) {
    %p = "test.op"(%x) : (i32) -> i32
    scf.yield %p : i32
  } else {
    scf.yield %x : i32
  }
  %b = scf.if %c -> (i32) {
    %q = "test.op"(%a) : (i32) -> i32
    scf.yield %q : i32
  } else {
    scf.yield %x : i32
  }
  return %a, %b : i32, i32
}

// CHECK-LABEL: func.func @combine2(%arg0: i1, %arg1: i32) -> i32 {
// CHECK-NEXT:    %[[V0:[0-9]+]] = scf.if %arg0 -> (i32) {
// CHECK-NEXT:      "test.op"(%arg1) : (i32) -> ()
// CHECK-NEXT:      scf.yield %arg1 : i32
// CHECK-NEXT:    } else {
// CHECK-NEXT:      %[[V1:[0-9]+]] = "test.op"(%arg1) : (i32) -> i32
// CHECK-NEXT:      "test.op"() : () -> ()
// CHECK-NEXT:      scf.yield %[[V1]] : i32
// CHECK-NEXT:    }
// CHECK-NEXT:    return %[[V0]] : i32
// CHECK-NEXT:  }
func.func @combine2(%c: i1, %x: i32) -> i32 {
  scf.if %c {
    "test.op"(%x) : (i32) -> ()
  }
  %b = scf.if %c -> (i32) {
    scf.yield %x : i32
  } else {
    %q = "test.op"(%x) : (i32) -> i32
    scf.yield %q : i32
  }
  scf.if %c {
  } else {
    "test.op"() : () -> ()
  }
  return %b : i32
}

// The fold of scf.if on a negated condition swaps the regions.
// CHECK-LABEL: func.func @if_not(%arg0: i1, %arg1: i32, %arg2: i32) -> i32 {
// CHECK:         %[[R:.*]] = scf.if %arg0 -> (i32) {
// CHECK-NEXT:      scf.yield %arg2 : i32
// CHECK-NEXT:    } else {
// CHECK-NEXT:      %[[X:.*]] = "test.op"(%arg1) : (i32) -> i32
// CHECK-NEXT:      scf.yield %[[X]] : i32
// CHECK-NEXT:    }
// CHECK-NEXT:    return %[[R]] : i32
func.func @if_not(%c: i1, %x: i32, %y: i32) -> i32 {
  %t = "test.constant"() {value = true} : () -> i1
  %n = "arith.xori"(%c, %t) : (i1, i1) -> i1
  %r = scf.if %n -> (i32) {
    %p = "test.op"(%x) : (i32) -> i32
    scf.yield %p : i32
  } else {
    scf.yield %y : i32
  }
  return %r : i32
}

// A multi-block scf.execute_region is spliced into the function with cf branches.
// CHECK-LABEL: func.func @multi(%arg0: i1, %arg1: i32) -> i32 {
// CHECK-NEXT:    "test.op"() : () -> ()
// CHECK-NEXT:    cf.cond_br %arg0, ^bb2(%arg1 : i32), ^bb1
// CHECK-NEXT:  ^bb1:
// CHECK-NEXT:    %[[V1:[0-9]+]] = "test.op"(%arg1) : (i32) -> i32
// CHECK-NEXT:    cf.br ^bb2(%[[V1]] : i32)
// CHECK-NEXT:  ^bb2(%[[V0:[0-9]+]]: i32):
// CHECK-NEXT:    "test.op"(%[[V0]]) : (i32) -> ()
// CHECK-NEXT:    return %[[V0]] : i32
// CHECK-NEXT:  }
func.func @multi(%c: i1, %x: i32) -> i32 {
  "test.op"() : () -> ()
  %r = scf.execute_region -> i32 {
    cf.cond_br %c, ^bb1, ^bb2
  ^bb1:
    scf.yield %x : i32
  ^bb2:
    %y = "test.op"(%x) : (i32) -> i32
    scf.yield %y : i32
  }
  "test.op"(%r) : (i32) -> ()
  return %r : i32
}

// CHECK-LABEL: func.func @fold_consts(%arg0: index, %arg1: index) {
// CHECK-NEXT:    scf.forall (%arg2, %arg3) = (2, %arg0) to (8, %arg1) step (2, 2) {
// CHECK-NEXT:      "test.op"(%arg2, %arg3) : (index, index) -> ()
// CHECK-NEXT:    }
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @fold_consts(%n: index, %m: index) {
  %c8 = "test.constant"() {value = 8 : index} : () -> index
  %c2 = "test.constant"() {value = 2 : index} : () -> index
  scf.forall (%i, %j) = (%c2, %n) to (%c8, %m) step (%c2, %c2) {
    "test.op"(%i, %j) : (index, index) -> ()
  }
  return
}

// CHECK-LABEL: func.func @zero_trip(%arg0: index, %arg1: tensor<?xf32>) -> tensor<?xf32> {
// CHECK-NEXT:    return %arg1 : tensor<?xf32>
// CHECK-NEXT:  }
func.func @zero_trip(%n: index, %t: tensor<?xf32>) -> tensor<?xf32> {
  %c0 = "test.constant"() {value = 0 : index} : () -> index
  %r = scf.forall (%i, %j) in (%n, %c0) shared_outs(%o = %t) -> (tensor<?xf32>) {
    "test.op"(%i, %j) : (index, index) -> ()
    scf.forall.in_parallel {
    }
  }
  return %r : tensor<?xf32>
}

// Nested scf.parallel loops without reductions merge when the inner bounds do not use the outer ones.
// CHECK-LABEL: func.func @merge(%arg0: index, %arg1: index, %arg2: index) {
// CHECK-NEXT:    scf.parallel (%arg3, %arg4) = (%arg0, %arg0) to (%arg1, %arg1) step (%arg2, %arg2) {
// CHECK-NEXT:      "test.op"(%arg3, %arg4) : (index, index) -> ()
// CHECK-NEXT:      scf.reduce 
// CHECK-NEXT:    }
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @merge(%a: index, %b: index, %s: index) {
  scf.parallel (%i) = (%a) to (%b) step (%s) {
    scf.parallel (%j) = (%a) to (%b) step (%s) {
      "test.op"(%i, %j) : (index, index) -> ()
    }
  }
  return
}

// CHECK-LABEL: func.func @dependent(%arg0: index, %arg1: index, %arg2: index) {
// CHECK-NEXT:    scf.parallel (%arg3) = (%arg0) to (%arg1) step (%arg2) {
// CHECK-NEXT:      scf.parallel (%arg4) = (%arg3) to (%arg1) step (%arg2) {
// CHECK-NEXT:        "test.op"(%arg3, %arg4) : (index, index) -> ()
// CHECK-NEXT:        scf.reduce 
// CHECK-NEXT:      }
// CHECK-NEXT:      scf.reduce 
// CHECK-NEXT:    }
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @dependent(%a: index, %b: index, %s: index) {
  scf.parallel (%i) = (%a) to (%b) step (%s) {
    scf.parallel (%j) = (%i) to (%b) step (%s) {
      "test.op"(%i, %j) : (index, index) -> ()
    }
  }
  return
}

// scf.while: duplicated forwarded values, and arguments that only swap places, go away.
// CHECK-LABEL: func.func @dup(%arg0: i32) -> (i32, i32) {
// CHECK-NEXT:    %[[V0:[0-9]+]] = scf.while (%arg1 = %arg0) : (i32) -> i32 {
// CHECK-NEXT:      %[[V1:[0-9]+]] = "test.cond"(%arg1) : (i32) -> i1
// CHECK-NEXT:      %[[V2:[0-9]+]] = "test.op"(%arg1) : (i32) -> i32
// CHECK-NEXT:      scf.condition(%[[V1]]) %[[V2]] : i32
// CHECK-NEXT:    } do {
// CHECK-NEXT:    ^bb0(%arg1: i32):
// CHECK-NEXT:      %[[V1:[0-9]+]] = "test.op"(%arg1, %arg1) : (i32, i32) -> i32
// CHECK-NEXT:      scf.yield %[[V1]] : i32
// CHECK-NEXT:    }
// CHECK-NEXT:    return %[[V0]], %[[V0]] : i32, i32
// CHECK-NEXT:  }
func.func @dup(%x: i32) -> (i32, i32) {
  %r:2 = scf.while (%a = %x) : (i32) -> (i32, i32) {
    %c = "test.cond"(%a) : (i32) -> i1
    %v = "test.op"(%a) : (i32) -> i32
    scf.condition(%c) %v, %v : i32, i32
  } do {
  ^bb0(%p: i32, %q: i32):
    %n = "test.op"(%p, %q) : (i32, i32) -> i32
    scf.yield %n : i32
  }
  return %r#0, %r#1 : i32, i32
}

// CHECK-LABEL: func.func @align(%arg0: i32, %arg1: i32) -> (i32, i32) {
// CHECK-NEXT:    scf.while : () -> () {
// CHECK-NEXT:      %[[V0:[0-9]+]] = "test.cond"(%arg0, %arg1) : (i32, i32) -> i1
// CHECK-NEXT:      scf.condition(%[[V0]])
// CHECK-NEXT:    } do {
// CHECK-NEXT:      scf.yield
// CHECK-NEXT:    }
// CHECK-NEXT:    return %arg1, %arg0 : i32, i32
// CHECK-NEXT:  }
func.func @align(%x: i32, %y: i32) -> (i32, i32) {
  %r:2 = scf.while (%a = %x, %b = %y) : (i32, i32) -> (i32, i32) {
    %c = "test.cond"(%a, %b) : (i32, i32) -> i1
    scf.condition(%c) %b, %a : i32, i32
  } do {
  ^bb0(%p: i32, %q: i32):
    scf.yield %q, %p : i32, i32
  }
  return %r#0, %r#1 : i32, i32
}
