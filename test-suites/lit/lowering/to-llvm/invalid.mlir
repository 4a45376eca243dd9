// Input the conversions cannot lower is a located error naming the reason, never a crash.
// RUN: mlc-opt --convert-to-llvm --split-input-file --verify-diagnostics %s

module {
  func.func @half_sin(%x: f16) -> f16 {
    // expected-error @+2 {{failed to legalize operation 'math.sin' that was explicitly marked illegal}}
    // expected-note @+1 {{pattern 'LibmCall' failed: the C library has no function for f16 (f32 and f64 scalars and 1-D vectors only)}}
    %0 = math.sin %x : f16
    return %0 : f16
  }
}

// -----

module {
  // expected-error @+2 {{failed to legalize operation 'func.func' that was explicitly marked illegal}}
  // expected-note @+1 {{pattern 'FuncLowering' failed: functions with several results are not supported (MLIR packs them in a struct)}}
  func.func @two_results(%a: i32) -> (i32, i32) {
    return %a, %a : i32, i32
  }
}

// -----

// tl.loop must go through convert-tl-to-scf first.
module {
  func.func @loop(%m: memref<4xf32>, %x: f32) {
    %c0 = arith.constant 0 : index
    %c4 = arith.constant 4 : index
    %c1 = arith.constant 1 : index
    // expected-error @+2 {{failed to legalize operation 'tl.loop' that was explicitly marked illegal}}
    // expected-note @+1 {{no pattern matches operation 'tl.loop'}}
    tl.loop (%i) = (%c0) to (%c4) step (%c1) iterators ["parallel"] {
      tl.store %x, %m[%i] : memref<4xf32>
      tl.yield
    }
    return
  }
}
