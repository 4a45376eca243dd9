// Errors in the custom syntax of scf ops, reported as mlir-opt-19 reports them (upstream prefixes
// them with "custom op 'scf.xxx'").
// RUN: mlc-opt --split-input-file --verify-diagnostics %s

func.func @f(%lb: index, %x: i32) {
  // expected-error @+1 {{mismatch in number of loop-carried values and defined values}}
  %r = scf.for %i = %lb to %lb step %lb iter_args(%a = %x) -> (i32, i32) {
    scf.yield %a : i32
  }
  return
}

// -----

func.func @f(%lb: index, %x: i32) {
  // expected-error @+1 {{expected as many input types as operands (expected 1 got 2)}}
  %r = scf.while (%a = %x) : (i32, i32) -> i32 {
    scf.condition(%a) %a : i32
  } do {
  ^bb0(%b: i32):
    scf.yield %b : i32
  }
  return
}

// -----

func.func @f(%lb: index, %x: i32) {
  // expected-error @+1 {{invalid kind of type specified}}
  %r = scf.while (%a = %x) : i32 {
    scf.condition(%a) %a : i32
  } do {
  ^bb0(%b: i32):
    scf.yield %b : i32
  }
  return
}

// -----

func.func @f(%lb: index, %x: i32) {
  // expected-error @+1 {{expected 2 operands}}
  scf.parallel (%i, %j) = (%lb) to (%lb) step (%lb) {
  }
  return
}
