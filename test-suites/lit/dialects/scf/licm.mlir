// loop-invariant-code-motion through scf.for, scf.while (both regions) and scf.parallel
// (LoopLikeOpInterface), as mlir-opt-19 does with arith ops: invariant pure ops leave the loop;
// scf ops move only when speculatable (scf.for with a constant step of 1), as upstream.
// RUN: mlc-opt --allow-unregistered-dialect --loop-invariant-code-motion %s | FileCheck %s

// CHECK-LABEL: func.func @for_licm(%arg0: index, %arg1: index, %arg2: index, %arg3: i32) -> i32 {
// CHECK-NEXT:    %[[V0:[0-9]+]] = "test.add"(%arg3, %arg3) : (i32, i32) -> i32
// CHECK-NEXT:    %[[V1:[0-9]+]] = "test.mul"(%[[V0]], %arg3) : (i32, i32) -> i32
// CHECK-NEXT:    %[[V2:[0-9]+]] = scf.for %arg4 = %arg0 to %arg1 step %arg2 iter_args(%arg5 = %arg3) -> (i32) {
// CHECK-NEXT:      %[[V3:[0-9]+]] = "test.add"(%arg5, %[[V1]]) : (i32, i32) -> i32
// CHECK-NEXT:      scf.yield %[[V3]] : i32
// CHECK-NEXT:    }
// CHECK-NEXT:    return %[[V2]] : i32
// CHECK-NEXT:  }
func.func @for_licm(%lb: index, %ub: index, %s: index, %x: i32) -> i32 {
  %r = scf.for %i = %lb to %ub step %s iter_args(%a = %x) -> (i32) {
    %inv = "test.add"(%x, %x) : (i32, i32) -> i32
    %inv2 = "test.mul"(%inv, %x) : (i32, i32) -> i32
    %v = "test.add"(%a, %inv2) : (i32, i32) -> i32
    scf.yield %v : i32
  }
  return %r : i32
}

// CHECK-LABEL: func.func @while_licm(%arg0: i32, %arg1: i1) -> i32 {
// CHECK-NEXT:    %[[V0:[0-9]+]] = "test.add"(%arg0, %arg0) : (i32, i32) -> i32
// CHECK-NEXT:    %[[V1:[0-9]+]] = "test.mul"(%arg0, %arg0) : (i32, i32) -> i32
// CHECK-NEXT:    %[[V2:[0-9]+]] = scf.while (%arg2 = %arg0) : (i32) -> i32 {
// CHECK-NEXT:      scf.condition(%arg1) %[[V0]] : i32
// CHECK-NEXT:    } do {
// CHECK-NEXT:    ^bb0(%arg2: i32):
// CHECK-NEXT:      scf.yield %[[V1]] : i32
// CHECK-NEXT:    }
// CHECK-NEXT:    return %[[V2]] : i32
// CHECK-NEXT:  }
func.func @while_licm(%x: i32, %c: i1) -> i32 {
  %r = scf.while (%a = %x) : (i32) -> i32 {
    %inv = "test.add"(%x, %x) : (i32, i32) -> i32
    scf.condition(%c) %inv : i32
  } do {
  ^bb0(%b: i32):
    %inv3 = "test.mul"(%x, %x) : (i32, i32) -> i32
    scf.yield %inv3 : i32
  }
  return %r : i32
}

// CHECK-LABEL: func.func @parallel_licm(%arg0: index, %arg1: index, %arg2: index, %arg3: i32) {
// CHECK-NEXT:    %[[V0:[0-9]+]] = "test.add"(%arg3, %arg3) : (i32, i32) -> i32
// CHECK-NEXT:    scf.parallel (%arg4) = (%arg0) to (%arg1) step (%arg2) {
// CHECK-NEXT:      "test.effect"(%[[V0]], %arg4) : (i32, index) -> ()
// CHECK-NEXT:      scf.reduce 
// CHECK-NEXT:    }
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @parallel_licm(%lb: index, %ub: index, %s: index, %x: i32) {
  scf.parallel (%i) = (%lb) to (%ub) step (%s) {
    %inv = "test.add"(%x, %x) : (i32, i32) -> i32
    "test.effect"(%inv, %i) : (i32, index) -> ()
  }
  return
}

// CHECK-LABEL: func.func @nested(%arg0: index, %arg1: index, %arg2: index, %arg3: i32, %arg4: i1) {
// CHECK-NEXT:    scf.for %arg5 = %arg0 to %arg1 step %arg2 {
// CHECK-NEXT:      scf.for %arg6 = %arg0 to %arg1 step %arg2 {
// CHECK-NEXT:        %[[V0:[0-9]+]] = scf.if %arg4 -> (i32) {
// CHECK-NEXT:          %[[V1:[0-9]+]] = "test.add"(%arg3, %arg3) : (i32, i32) -> i32
// CHECK-NEXT:          scf.yield %[[V1]] : i32
// CHECK-NEXT:        } else {
// CHECK-NEXT:          scf.yield %arg3 : i32
// CHECK-NEXT:        }
// CHECK-NEXT:        "test.effect"(%[[V0]], %arg6) : (i32, index) -> ()
// CHECK-NEXT:      }
// CHECK-NEXT:    }
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @nested(%lb: index, %ub: index, %s: index, %x: i32, %c: i1) {
  scf.for %i = %lb to %ub step %s {
    scf.for %j = %lb to %ub step %s {
      %r = scf.if %c -> (i32) {
        %inv = "test.add"(%x, %x) : (i32, i32) -> i32
        scf.yield %inv : i32
      } else {
        scf.yield %x : i32
      }
      "test.effect"(%r, %j) : (i32, index) -> ()
    }
  }
  return
}

// CHECK-LABEL: func.func @speculatable(%arg0: index, %arg1: index, %arg2: index, %arg3: i32) {
// CHECK-NEXT:    %[[V0:[0-9]+]] = "test.constant"() <{value = 1 : index}> : () -> index
// CHECK-NEXT:    %[[V1:[0-9]+]] = scf.for %arg4 = %arg0 to %arg1 step %[[V0]] iter_args(%arg5 = %arg3) -> (i32) {
// CHECK-NEXT:      %[[V2:[0-9]+]] = "test.add"(%arg5, %arg3) : (i32, i32) -> i32
// CHECK-NEXT:      scf.yield %[[V2]] : i32
// CHECK-NEXT:    }
// CHECK-NEXT:    scf.for %arg4 = %arg0 to %arg1 step %arg2 {
// CHECK-NEXT:      %[[V2:[0-9]+]] = scf.for %arg5 = %arg0 to %arg1 step %arg2 iter_args(%arg6 = %arg3) -> (i32) {
// CHECK-NEXT:        %[[V3:[0-9]+]] = "test.add"(%arg6, %arg3) : (i32, i32) -> i32
// CHECK-NEXT:        scf.yield %[[V3]] : i32
// CHECK-NEXT:      }
// CHECK-NEXT:      %[[V3:[0-9]+]] = scf.execute_region -> i32 {
// CHECK-NEXT:        scf.yield %arg3 : i32
// CHECK-NEXT:      }
// CHECK-NEXT:      %[[V4:[0-9]+]] = scf.index_switch %arg0 -> i32 
// CHECK-NEXT:      default {
// CHECK-NEXT:        scf.yield %arg3 : i32
// CHECK-NEXT:      }
// CHECK-NEXT:      "test.foo"(%[[V1]], %[[V2]], %[[V3]], %[[V4]]) : (i32, i32, i32, i32) -> ()
// CHECK-NEXT:    }
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @speculatable(%lb: index, %ub: index, %s: index, %x: i32) {
  %c1 = "test.constant"() {value = 1 : index} : () -> index
  scf.for %i = %lb to %ub step %s {
    %r = scf.for %j = %lb to %ub step %c1 iter_args(%a = %x) -> i32 {
      %b = "test.add"(%a, %x) : (i32, i32) -> i32
      scf.yield %b : i32
    }
    %r2 = scf.for %j = %lb to %ub step %s iter_args(%a = %x) -> i32 {
      %b = "test.add"(%a, %x) : (i32, i32) -> i32
      scf.yield %b : i32
    }
    %e = scf.execute_region -> i32 {
      scf.yield %x : i32
    }
    %w = scf.index_switch %lb -> i32
    default {
      scf.yield %x : i32
    }
    "test.foo"(%r, %r2, %e, %w) : (i32, i32, i32, i32) -> ()
  }
  return
}
