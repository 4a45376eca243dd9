// Errors in the custom syntax of cf ops, reported as mlir-opt-19 reports them (upstream prefixes
// them with "custom op 'cf.xxx'").
// RUN: mlc-opt --split-input-file --verify-diagnostics %s

func.func @f(%c: i1, %x: i32) {
  // expected-error @+1 {{invalid kind of type specified}}
  cf.switch %x : f32, [
    default: ^bb1
  ]
^bb1:
  return
}

// -----

func.func @f(%c: i1, %x: i32) {
  // expected-error @+1 {{expected ':'}}
  cf.br ^bb1(%x)
^bb1(%a: i32):
  return
}
