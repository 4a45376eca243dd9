// convert-scf-to-cf: every scf op becomes blocks and branches; the semantics check (on by default)
// interprets each @main before and after the pass on random inputs.
// RUN: mlc-opt --convert-scf-to-cf --split-input-file %s | FileCheck %s


// CHECK-LABEL: func.func @main(
// CHECK:   cf.br ^bb1(%{{.*}}, %{{.*}} : index, i32)
// CHECK: ^bb1(%[[IV:.*]]: index, %[[ACC:.*]]: i32):
// CHECK:   %[[C:.*]] = arith.cmpi slt, %[[IV]], %{{.*}} : index
// CHECK:   cf.cond_br %[[C]], ^bb2, ^bb3
// CHECK: ^bb2:
// CHECK:   %[[NEXT:.*]] = arith.addi %[[IV]], %{{.*}} : index
// CHECK:   cf.br ^bb1(%[[NEXT]], %{{.*}} : index, i32)
// CHECK: ^bb3:
// CHECK:   return %[[ACC]] : i32
// CHECK-NOT: scf.
func.func @main(%n: index, %x: i32) -> i32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n8 = arith.remui %n, %c1 : index
  %ub = arith.addi %n8, %c1 : index
  %c7 = arith.constant 7 : index
  %r = scf.for %i = %c0 to %c7 step %ub iter_args(%acc = %x) -> (i32) {
    %ii = arith.index_cast %i : index to i32
    %s = arith.addi %acc, %ii : i32
    scf.yield %s : i32
  }
  return %r : i32
}

// -----

// CHECK-LABEL: func.func @main(
// CHECK:   cf.cond_br %{{.*}}, ^bb1, ^bb2
// CHECK: ^bb1:
// CHECK:   cf.br ^bb3(%{{.*}} : i32)
// CHECK: ^bb2:
// CHECK:   cf.br ^bb3(%{{.*}} : i32)
// CHECK: ^bb3(%[[R:.*]]: i32):
// CHECK:   return %[[R]] : i32
func.func @main(%a: i32, %b: i32) -> i32 {
  %c = arith.cmpi slt, %a, %b : i32
  %r = scf.if %c -> (i32) {
    %s = arith.subi %b, %a : i32
    scf.yield %s : i32
  } else {
    %s = arith.subi %a, %b : i32
    scf.yield %s : i32
  }
  return %r : i32
}

// -----

// An if without else and results: the false edge goes straight to the continuation.
// CHECK-LABEL: func.func @if_no_else(
// CHECK:   cf.cond_br %{{.*}}, ^bb1, ^bb2
// CHECK: ^bb1:
// CHECK:   cf.br ^bb2
// CHECK: ^bb2:
// CHECK:   return
func.func @if_no_else(%c: i1, %m: memref<i32>, %v: i32) {
  scf.if %c {
    tl.store %v, %m[] : memref<i32>
  }
  return
}

// -----

// Euclid's gcd with scf.while.
// CHECK-LABEL: func.func @main(
// CHECK:   cf.br ^bb1(%{{.*}}, %{{.*}} : i32, i32)
// CHECK: ^bb1(%[[A:.*]]: i32, %[[B:.*]]: i32):
// CHECK:   cf.cond_br %{{.*}}, ^bb2(%[[A]], %[[B]] : i32, i32), ^bb3(%[[A]], %[[B]] : i32, i32)
// CHECK: ^bb2(%{{.*}}: i32, %{{.*}}: i32):
// CHECK:   cf.br ^bb1(%{{.*}}, %{{.*}} : i32, i32)
// CHECK: ^bb3(%[[X:.*]]: i32, %{{.*}}: i32):
// CHECK:   return %[[X]] : i32
func.func @main(%x: i32, %y: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %c100 = arith.constant 100 : i32
  %x1 = arith.remsi %x, %c100 : i32
  %y1 = arith.remsi %y, %c100 : i32
  %xa = math.absi %x1 : i32
  %ya = math.absi %y1 : i32
  %r:2 = scf.while (%a = %xa, %b = %ya) : (i32, i32) -> (i32, i32) {
    %ne = arith.cmpi ne, %b, %c0 : i32
    scf.condition(%ne) %a, %b : i32, i32
  } do {
  ^bb0(%a: i32, %b: i32):
    %m = arith.remsi %a, %b : i32
    scf.yield %b, %m : i32, i32
  }
  return %r#0 : i32
}

// -----

// CHECK-LABEL: func.func @main(
// CHECK:   %[[F:.*]] = arith.index_cast %{{.*}} : index to i32
// CHECK:   cf.switch %[[F]] : i32, [
// CHECK-NEXT:     default: ^bb1,
// CHECK-NEXT:     0: ^bb2,
// CHECK-NEXT:     2: ^bb3
// CHECK-NEXT:   ]
// CHECK: ^bb4(%[[R:.*]]: i32):
// CHECK:   return %[[R]] : i32
func.func @main(%i: index, %x: i32) -> i32 {
  %c4 = arith.constant 4 : index
  %k = arith.remui %i, %c4 : index
  %r = scf.index_switch %k -> i32
  case 0 {
    %c10 = arith.constant 10 : i32
    scf.yield %c10 : i32
  }
  case 2 {
    %y = arith.muli %x, %x : i32
    scf.yield %y : i32
  }
  default {
    scf.yield %x : i32
  }
  return %r : i32
}

// -----

// CHECK-LABEL: func.func @main(
// CHECK:   cf.br ^bb1
// CHECK: ^bb1:
// CHECK:   cf.cond_br %{{.*}}, ^bb2, ^bb3
// CHECK: ^bb2:
// CHECK:   cf.br ^bb4(%{{.*}} : i32)
// CHECK: ^bb3:
// CHECK:   cf.br ^bb4(%{{.*}} : i32)
// CHECK: ^bb4(%[[R:.*]]: i32):
// CHECK:   return %[[R]] : i32
func.func @main(%c: i1, %x: i32) -> i32 {
  %r = scf.execute_region -> i32 {
    cf.cond_br %c, ^a, ^b
  ^a:
    %y = arith.addi %x, %x : i32
    scf.yield %y : i32
  ^b:
    scf.yield %x : i32
  }
  return %r : i32
}

// -----

// A 2-d parallel loop with a sum reduction becomes two nested sequential loops.
// CHECK-LABEL: func.func @main(
// CHECK:   cf.br ^bb1(%{{.*}}, %{{.*}} : index, f32)
// CHECK: ^bb1(%{{.*}}: index, %{{.*}}: f32):
// CHECK:   cf.cond_br %{{.*}}, ^bb2, ^bb6
// CHECK: ^bb2:
// CHECK:   cf.br ^bb3(%{{.*}}, %{{.*}} : index, f32)
// CHECK:   arith.addf
// CHECK-NOT: scf.
func.func @main(%m: memref<3x4xf32>, %init: f32) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %c4 = arith.constant 4 : index
  %r = scf.parallel (%i, %j) = (%c0, %c0) to (%c3, %c4) step (%c1, %c1) init (%init) -> f32 {
    %v = tl.load %m[%i, %j] : memref<3x4xf32>
    scf.reduce(%v : f32) {
    ^bb0(%a: f32, %b: f32):
      %s = arith.addf %a, %b : f32
      scf.reduce.return %s : f32
    }
  }
  return %r : f32
}

// -----

// Nested loops: the inner one is lowered inside the outer one's body.
// CHECK-LABEL: func.func @main(
// CHECK-NOT: scf.
// CHECK: return
func.func @main(%n: i32) -> i32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %r = scf.for %i = %c0 to %c3 step %c1 iter_args(%a = %n) -> (i32) {
    %r2 = scf.for %j = %c0 to %i step %c1 iter_args(%b = %a) -> (i32) {
      %c = arith.constant 3 : i32
      %m = arith.muli %b, %c : i32
      %odd = arith.cmpi eq, %j, %c1 : index
      %s = scf.if %odd -> (i32) {
        scf.yield %m : i32
      } else {
        %q = arith.addi %m, %c : i32
        scf.yield %q : i32
      }
      scf.yield %s : i32
    }
    scf.yield %r2 : i32
  }
  return %r : i32
}
