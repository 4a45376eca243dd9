// Pure ops on loop-invariant operands are hoisted out of scf.for.
func.func @hoist_pure(%lb: index, %ub: index, %step: index, %a: i32, %b: i32, %m: memref<10xi32>) {
  scf.for %i = %lb to %ub step %step {
    %0 = arith.addi %a, %b : i32
    %1 = arith.muli %0, %a : i32
    memref.store %1, %m[%i] : memref<10xi32>
  }
  return
}

// -----

// Ops depending on the induction variable stay in the loop; those before them that do not move.
func.func @depends_on_iv(%lb: index, %ub: index, %step: index, %a: index, %m: memref<10xindex>) {
  scf.for %i = %lb to %ub step %step {
    %0 = arith.addi %a, %a : index
    %1 = arith.addi %i, %0 : index
    memref.store %1, %m[%i] : memref<10xindex>
  }
  return
}

// -----

// Constants in the body are hoisted.
func.func @constants(%lb: index, %ub: index, %step: index, %m: memref<10xi32>) {
  scf.for %i = %lb to %ub step %step {
    %c = arith.constant 42 : i32
    memref.store %c, %m[%i] : memref<10xi32>
  }
  return
}

// -----

// Side-effecting ops (a store, a call) stay in the loop.
func.func private @effect(i32)
func.func @side_effects(%lb: index, %ub: index, %step: index, %a: i32, %m: memref<10xi32>) {
  scf.for %i = %lb to %ub step %step {
    func.call @effect(%a) : (i32) -> ()
    memref.store %a, %m[%lb] : memref<10xi32>
  }
  return
}

// -----

// Division by a non-constant divisor may trap: it is not hoisted; by a non-zero constant it is.
func.func @division(%lb: index, %ub: index, %step: index, %a: i32, %b: i32, %m: memref<10xi32>) {
  scf.for %i = %lb to %ub step %step {
    %c3 = arith.constant 3 : i32
    %0 = arith.divsi %a, %b : i32
    %1 = arith.divui %a, %c3 : i32
    %2 = arith.addi %0, %1 : i32
    memref.store %2, %m[%i] : memref<10xi32>
  }
  return
}

// -----

// Nested loops: invariant ops move out of both loops.
func.func @nested(%lb: index, %ub: index, %step: index, %a: i32, %m: memref<10x10xi32>) {
  scf.for %i = %lb to %ub step %step {
    scf.for %j = %lb to %ub step %step {
      %0 = arith.muli %a, %a : i32
      %1 = arith.index_cast %i : index to i32
      %2 = arith.addi %0, %1 : i32
      memref.store %2, %m[%i, %j] : memref<10x10xi32>
    }
  }
  return
}

// -----

// Loop-carried values: ops on iter_args stay, invariant ops move.
func.func @iter_args(%lb: index, %ub: index, %step: index, %a: f32) -> f32 {
  %init = arith.constant 0.0 : f32
  %r = scf.for %i = %lb to %ub step %step iter_args(%acc = %init) -> (f32) {
    %0 = arith.mulf %a, %a : f32
    %1 = arith.addf %acc, %0 : f32
    scf.yield %1 : f32
  }
  return %r : f32
}

// -----

// math ops are pure and hoisted.
func.func @math(%lb: index, %ub: index, %step: index, %x: f32, %m: memref<10xf32>) {
  scf.for %i = %lb to %ub step %step {
    %0 = math.exp %x : f32
    %1 = math.sqrt %0 : f32
    memref.store %1, %m[%i] : memref<10xf32>
  }
  return
}
