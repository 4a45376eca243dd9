// MLIR's custom syntax of the scf ops reads back to the same IR, in custom and generic form;
// the text is what mlir-opt-19 prints for the same input (implicit terminators left out where
// upstream leaves them out).
// RUN: mlc-opt --allow-unregistered-dialect %s | FileCheck %s
// RUN: mlc-opt --allow-unregistered-dialect %s | mlc-opt --allow-unregistered-dialect | FileCheck %s
// RUN: mlc-opt --allow-unregistered-dialect --mlir-print-op-generic %s | mlc-opt --allow-unregistered-dialect | FileCheck %s
// RUN: mlc-opt --allow-unregistered-dialect --mlir-print-op-generic %s | FileCheck %s --check-prefix=GENERIC

// CHECK-LABEL: func.func @for_loops(%arg0: index, %arg1: index, %arg2: index, %arg3: i32, %arg4: f32) -> i32 {
// CHECK-NEXT:    %[[R:.*]]:2 = scf.for %arg5 = %arg0 to %arg1 step %arg2 iter_args(%arg6 = %arg3, %arg7 = %arg4) -> (i32, f32) {
// CHECK-NEXT:      %[[N:.*]] = "test.op"(%arg6, %arg5) : (i32, index) -> i32
// CHECK-NEXT:      scf.yield %[[N]], %arg7 : i32, f32
// CHECK-NEXT:    }
// CHECK-NEXT:    scf.for %arg5 = %arg0 to %arg1 step %arg2 {
// CHECK-NEXT:      "test.op"(%arg5) : (index) -> ()
// CHECK-NEXT:    } {test.attr}
// CHECK-NEXT:    scf.for %arg5 = %arg3 to %arg3 step %arg3  : i32 {
// CHECK-NEXT:    }
// CHECK-NEXT:    %[[S:.*]] = scf.for %arg5 = %arg3 to %arg3 step %arg3 iter_args(%arg6 = %arg3) -> (i32)  : i32 {
// CHECK-NEXT:      scf.yield %arg5 : i32
// CHECK-NEXT:    }
// CHECK-NEXT:    return %[[R]]#0 : i32
// GENERIC-LABEL: sym_name = "for_loops"
// GENERIC:       "scf.for"(%arg0, %arg1, %arg2, %arg3, %arg4) ({
// GENERIC-NEXT:  ^bb0(%{{.*}}: index, %{{.*}}: i32, %{{.*}}: f32):
// GENERIC:         "scf.yield"(%{{.*}}, %{{.*}}) : (i32, f32) -> ()
// GENERIC-NEXT:  }) : (index, index, index, i32, f32) -> (i32, f32)
// GENERIC:         "scf.yield"() : () -> ()
// GENERIC-NEXT:  }) {test.attr} : (index, index, index) -> ()
func.func @for_loops(%lb: index, %ub: index, %step: index, %x: i32, %y: f32) -> i32 {
  %r:2 = scf.for %i = %lb to %ub step %step iter_args(%a = %x, %b = %y) -> (i32, f32) {
    %n = "test.op"(%a, %i) : (i32, index) -> i32
    scf.yield %n, %b : i32, f32
  }
  scf.for %i = %lb to %ub step %step {
    "test.op"(%i) : (index) -> ()
  } {test.attr}
  scf.for %i = %x to %x step %x : i32 {
  }
  %s = scf.for %i = %x to %x step %x iter_args(%a = %x) -> (i32) : i32 {
    scf.yield %i : i32
  }
  return %r#0 : i32
}

// CHECK-LABEL: func.func @ifs(%arg0: i1, %arg1: i32, %arg2: i32) -> i32 {
// CHECK-NEXT:    %[[R:.*]] = scf.if %arg0 -> (i32) {
// CHECK-NEXT:      scf.yield %arg1 : i32
// CHECK-NEXT:    } else {
// CHECK-NEXT:      scf.yield %arg2 : i32
// CHECK-NEXT:    }
// CHECK-NEXT:    scf.if %arg0 {
// CHECK-NEXT:      "test.op"() : () -> ()
// CHECK-NEXT:    }
// CHECK-NEXT:    scf.if %arg0 {
// CHECK-NEXT:    } else {
// CHECK-NEXT:      "test.op"() : () -> ()
// CHECK-NEXT:    } {test.attr}
// CHECK-NEXT:    %[[P:.*]]:2 = scf.if %arg0 -> (i32, i32) {
// CHECK-NEXT:      scf.yield %arg1, %arg2 : i32, i32
// CHECK-NEXT:    } else {
// CHECK-NEXT:      scf.yield %arg2, %arg1 : i32, i32
// CHECK-NEXT:    }
// GENERIC-LABEL: sym_name = "ifs"
// GENERIC:       "scf.if"(%arg0) ({
// GENERIC-NEXT:    "scf.yield"(%arg1) : (i32) -> ()
// GENERIC-NEXT:  }, {
// GENERIC-NEXT:    "scf.yield"(%arg2) : (i32) -> ()
// GENERIC-NEXT:  }) : (i1) -> i32
// GENERIC-NEXT:  "scf.if"(%arg0) ({
// GENERIC-NEXT:    "test.op"() : () -> ()
// GENERIC-NEXT:    "scf.yield"() : () -> ()
// GENERIC-NEXT:  }, {
// GENERIC-NEXT:  }) : (i1) -> ()
func.func @ifs(%c: i1, %a: i32, %b: i32) -> i32 {
  %r = scf.if %c -> (i32) {
    scf.yield %a : i32
  } else {
    scf.yield %b : i32
  }
  scf.if %c {
    "test.op"() : () -> ()
  }
  scf.if %c {
  } else {
    "test.op"() : () -> ()
  } {test.attr}
  %p:2 = scf.if %c -> (i32, i32) {
    scf.yield %a, %b : i32, i32
  } else {
    scf.yield %b, %a : i32, i32
  }
  return %r : i32
}

// CHECK-LABEL: func.func @whiles(%arg0: i32, %arg1: f32, %arg2: tensor<?xf32>, %arg3: i1) {
// CHECK-NEXT:    %{{.*}}:2 = scf.while (%arg4 = %arg0, %arg5 = %arg1) : (i32, f32) -> (i32, f32) {
// CHECK-NEXT:      %[[C:.*]] = "test.cond"(%arg4) : (i32) -> i1
// CHECK-NEXT:      scf.condition(%[[C]]) %arg4, %arg5 : i32, f32
// CHECK-NEXT:    } do {
// CHECK-NEXT:    ^bb0(%arg4: i32, %arg5: f32):
// CHECK-NEXT:      scf.yield %arg4, %arg5 : i32, f32
// CHECK-NEXT:    }
// CHECK-NEXT:    %{{.*}} = scf.while (%arg4 = %arg2) : (tensor<?xf32>) -> tensor<?xf32> {
// CHECK-NEXT:      scf.condition(%arg3) %arg4 : tensor<?xf32>
// CHECK-NEXT:    } do {
// CHECK-NEXT:    ^bb0(%arg4: tensor<?xf32>):
// CHECK-NEXT:      scf.yield %arg4 : tensor<?xf32>
// CHECK-NEXT:    } attributes {test.attr}
// CHECK-NEXT:    scf.while : () -> () {
// CHECK-NEXT:      scf.condition(%arg3)
// CHECK-NEXT:    } do {
// CHECK-NEXT:      scf.yield
// CHECK-NEXT:    }
// GENERIC-LABEL: sym_name = "whiles"
// GENERIC:       "scf.while"(%arg0, %arg1) ({
// GENERIC:         "scf.condition"(%{{.*}}, %{{.*}}, %{{.*}}) : (i1, i32, f32) -> ()
// GENERIC:       }) : (i32, f32) -> (i32, f32)
func.func @whiles(%x: i32, %y: f32, %t: tensor<?xf32>, %c: i1) {
  %w:2 = scf.while (%a = %x, %b = %y) : (i32, f32) -> (i32, f32) {
    %k = "test.cond"(%a) : (i32) -> i1
    scf.condition(%k) %a, %b : i32, f32
  } do {
  ^bb0(%a: i32, %b: f32):
    scf.yield %a, %b : i32, f32
  }
  %u = scf.while (%a = %t) : (tensor<?xf32>) -> tensor<?xf32> {
    scf.condition(%c) %a : tensor<?xf32>
  } do {
  ^bb0(%a: tensor<?xf32>):
    scf.yield %a : tensor<?xf32>
  } attributes {test.attr}
  scf.while : () -> () {
    scf.condition(%c)
  } do {
    scf.yield
  }
  return
}

// CHECK-LABEL: func.func @parallels(%arg0: index, %arg1: index, %arg2: index, %arg3: i32, %arg4: f32) {
// CHECK-NEXT:    %{{.*}}:2 = scf.parallel (%arg5, %arg6) = (%arg0, %arg0) to (%arg1, %arg1) step (%arg2, %arg2) init (%arg3, %arg4) -> (i32, f32) {
// CHECK-NEXT:      %[[V:.*]] = "test.op"(%arg5, %arg6) : (index, index) -> i32
// CHECK-NEXT:      scf.reduce(%[[V]], %arg4 : i32, f32) {
// CHECK-NEXT:      ^bb0(%arg7: i32, %arg8: i32):
// CHECK-NEXT:        %[[S:.*]] = "test.op"(%arg7, %arg8) : (i32, i32) -> i32
// CHECK-NEXT:        scf.reduce.return %[[S]] : i32
// CHECK-NEXT:      }, {
// CHECK-NEXT:      ^bb0(%arg7: f32, %arg8: f32):
// CHECK-NEXT:        scf.reduce.return %arg7 : f32
// CHECK-NEXT:      }
// CHECK-NEXT:    } {test.attr}
// CHECK-NEXT:    %{{.*}} = scf.parallel (%arg5) = (%arg0) to (%arg1) step (%arg2) init (%arg3) -> i32 {
// CHECK:         scf.parallel (%arg5) = (%arg0) to (%arg1) step (%arg2) {
// CHECK-NEXT:      "test.op"(%arg5) : (index) -> ()
// CHECK-NEXT:      scf.reduce{{ $}}
// CHECK-NEXT:    }
// GENERIC-LABEL: sym_name = "parallels"
// GENERIC:       "scf.parallel"(%arg0, %arg0, %arg1, %arg1, %arg2, %arg2, %arg3, %arg4) <{operandSegmentSizes = array<i32: 2, 2, 2, 2>}> ({
// GENERIC:         "scf.reduce"(%{{.*}}, %arg4) ({
// GENERIC:         "scf.reduce.return"(%{{.*}}) : (i32) -> ()
// GENERIC-NEXT:    }, {
// GENERIC:         }) : (i32, f32) -> ()
// GENERIC:       }) {test.attr} : (index, index, index, index, index, index, i32, f32) -> (i32, f32)
// GENERIC:       "scf.parallel"(%arg0, %arg1, %arg2) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
// GENERIC:         "scf.reduce"() : () -> ()
// GENERIC-NEXT:  }) : (index, index, index) -> ()
func.func @parallels(%lb: index, %ub: index, %st: index, %x: i32, %y: f32) {
  %p:2 = scf.parallel (%i, %j) = (%lb, %lb) to (%ub, %ub) step (%st, %st) init (%x, %y) -> (i32, f32) {
    %v = "test.op"(%i, %j) : (index, index) -> i32
    scf.reduce(%v, %y : i32, f32) {
    ^bb0(%l: i32, %r: i32):
      %s = "test.op"(%l, %r) : (i32, i32) -> i32
      scf.reduce.return %s : i32
    }, {
    ^bb0(%l: f32, %r: f32):
      scf.reduce.return %l : f32
    }
  } {test.attr}
  %q = scf.parallel (%i) = (%lb) to (%ub) step (%st) init (%x) -> i32 {
    scf.reduce(%x : i32) {
    ^bb0(%l: i32, %r: i32):
      scf.reduce.return %l : i32
    }
  }
  scf.parallel (%i) = (%lb) to (%ub) step (%st) {
    "test.op"(%i) : (index) -> ()
  }
  return
}

// CHECK-LABEL: func.func @switches(%arg0: index, %arg1: i32) -> i32 {
// CHECK-NEXT:    %[[R:.*]] = scf.index_switch %arg0 -> i32{{ $}}
// CHECK-NEXT:    case 2 {
// CHECK-NEXT:      scf.yield %arg1 : i32
// CHECK-NEXT:    }
// CHECK-NEXT:    case -5 {
// CHECK-NEXT:      %[[X:.*]] = "test.op"() : () -> i32
// CHECK-NEXT:      scf.yield %[[X]] : i32
// CHECK-NEXT:    }
// CHECK-NEXT:    default {
// CHECK-NEXT:      scf.yield %arg1 : i32
// CHECK-NEXT:    }
// CHECK-NEXT:    scf.index_switch %arg0 {test.attr}{{ $}}
// CHECK-NEXT:    case 1 {
// CHECK-NEXT:      scf.yield
// CHECK-NEXT:    }
// CHECK-NEXT:    default {
// CHECK-NEXT:    }
// GENERIC-LABEL: sym_name = "switches"
// GENERIC:       "scf.index_switch"(%arg0) <{cases = array<i64: 2, -5>}> ({
// GENERIC-NEXT:    "scf.yield"(%arg1) : (i32) -> ()
// GENERIC-NEXT:  }, {
// GENERIC-NEXT:    "scf.yield"(%arg1) : (i32) -> ()
// GENERIC-NEXT:  }, {
func.func @switches(%i: index, %x: i32) -> i32 {
  %r = scf.index_switch %i -> i32
  case 2 {
    scf.yield %x : i32
  }
  case -5 {
    %y = "test.op"() : () -> i32
    scf.yield %y : i32
  }
  default {
    scf.yield %x : i32
  }
  scf.index_switch %i {test.attr}
  case 1 {
    scf.yield
  }
  default {
  }
  return %r : i32
}

// CHECK-LABEL: func.func @execute_regions(%arg0: i32, %arg1: i1) -> i32 {
// CHECK-NEXT:    %[[R:.*]]:2 = scf.execute_region -> (i32, i32) {
// CHECK-NEXT:      cf.cond_br %arg1, ^bb1, ^bb2
// CHECK-NEXT:    ^bb1:
// CHECK-NEXT:      scf.yield %arg0, %arg0 : i32, i32
// CHECK-NEXT:    ^bb2:
// CHECK-NEXT:      %[[X:.*]] = "test.op"() : () -> i32
// CHECK-NEXT:      scf.yield %[[X]], %arg0 : i32, i32
// CHECK-NEXT:    }
// CHECK-NEXT:    scf.execute_region {
// CHECK-NEXT:      scf.yield
// CHECK-NEXT:    } {test.attr}
// CHECK-NEXT:    return %[[R]]#0 : i32
func.func @execute_regions(%x: i32, %c: i1) -> i32 {
  %r:2 = scf.execute_region -> (i32, i32) {
    cf.cond_br %c, ^bb1, ^bb2
  ^bb1:
    scf.yield %x, %x : i32, i32
  ^bb2:
    %y = "test.op"() : () -> i32
    scf.yield %y, %x : i32, i32
  }
  scf.execute_region {
    scf.yield
  } {test.attr}
  return %r#0 : i32
}

// CHECK-LABEL: func.func @foralls(%arg0: index, %arg1: tensor<?xf32>, %arg2: index) {
// CHECK-NEXT:    scf.forall (%arg3, %arg4) in (4, %arg0) {
// CHECK-NEXT:      "test.op"(%arg3, %arg4) : (index, index) -> ()
// CHECK-NEXT:    }
// CHECK-NEXT:    scf.forall (%arg3) = (%arg2) to (%arg0) step (2) {
// CHECK-NEXT:      "test.op"(%arg3) : (index) -> ()
// CHECK-NEXT:    } {mapping = [#gpu.thread<x>]}
// CHECK-NEXT:    %[[V0:[0-9]+]] = scf.forall (%arg3) in (%arg0) shared_outs(%arg4 = %arg1) -> (tensor<?xf32>) {
// CHECK-NEXT:      scf.forall.in_parallel {
// CHECK-NEXT:      }
// CHECK-NEXT:    }
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @foralls(%n: index, %t: tensor<?xf32>, %lb: index) {
  scf.forall (%i, %j) in (4, %n) {
    "test.op"(%i, %j) : (index, index) -> ()
  }
  scf.forall (%i) = (%lb) to (%n) step (2) {
    "test.op"(%i) : (index) -> ()
  } {mapping = [#gpu.thread<x>]}
  %r = scf.forall (%i) in (%n) shared_outs(%o = %t) -> (tensor<?xf32>) {
    scf.forall.in_parallel {
    }
  }
  return
}
