// Branches to blocks whose index arguments are not converted yet are left alone, with the reason.
// RUN: mlc-opt --convert-cf-to-llvm --verify-diagnostics %s

module {
  func.func @index_blocks(%i: index) -> index {
    // expected-error @+2 {{failed to legalize operation 'cf.br' that was explicitly marked illegal}}
    // expected-note @+1 {{pattern 'Lower(cf.br -> llvm.br)' failed: successor block arguments do not have the converted operand types (convert the enclosing function's blocks first)}}
    cf.br ^bb1(%i : index)
  ^bb1(%x: index):
    return %x : index
  }
}
