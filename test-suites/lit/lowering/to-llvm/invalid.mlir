// Input the conversions cannot lower is a located error naming the reason, never a crash.
// RUN: mlc-opt --convert-to-llvm --split-input-file --verify-diagnostics %s

module {
  func.func @half_sin(%x: vector<4xf16>) -> vector<4xf16> {
    // expected-error @+2 {{failed to legalize operation 'math.sin' that was explicitly marked illegal}}
    // expected-note @+1 {{pattern 'LibmCall' failed: the C library has no function for vector<4xf16> (f32, f64, f16 and bf16 scalars and 1-D vectors of f32 or f64 only)}}
    %0 = math.sin %x : vector<4xf16>
    return %0 : vector<4xf16>
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
