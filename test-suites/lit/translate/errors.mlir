// Errors: located diagnostics for what cannot be translated, LLVM's verifier, usage errors; exit 1.
// RUN: not mlc-translate --mlir-to-llvmir %s 2>&1 | FileCheck %s --check-prefix=OP
// RUN: not mlc-translate %s 2>&1 | FileCheck %s --check-prefix=MODE
// RUN: not mlc-translate --mlir-to-llvmir --emit=exe %s 2>&1 | FileCheck %s --check-prefix=EMIT
// RUN: not mlc-translate --mlir-to-llvmir -O7 %s 2>&1 | FileCheck %s --check-prefix=OPT
// RUN: not mlc-translate --mlir-to-llvmir %S/no-such-file.mlir 2>&1 | FileCheck %s --check-prefix=NOFILE
// RUN: not mlc-translate --mlir-to-llvmir %S/Inputs/appending.mlir 2>&1 | FileCheck %s --check-prefix=VERIFY
// RUN: not mlc-translate --mlir-to-llvmir --allow-unregistered-dialect %S/Inputs/foreign-op.mlir 2>&1 | FileCheck %s --check-prefix=INBODY

// OP: errors.mlir:[[@LINE+3]]:1: error: 'func.func' op cannot be translated: only ops of the llvm dialect can be translated to LLVM IR
// OP-NOT: at dev.mlc
// MODE: mlc-translate: error: no translation chosen: use --mlir-to-llvmir
func.func @f() {
  return
}
// EMIT: mlc-translate: error: --emit must be one of llvm, bc, asm, obj, h; got 'exe'
// OPT: mlc-translate: error: optimization level must be -O0, -O1, -O2 or -O3; got -O7
// NOFILE: mlc-translate: error: could not open input file '{{.*}}no-such-file.mlir': no such file
// INBODY: foreign-op.mlir:2:8: error: 'other.addi' op cannot be translated: only ops of the llvm dialect can be translated to LLVM IR (lower the module to the llvm dialect first)
// INBODY-NEXT: %0 = "other.addi"(%a, %a) : (i32, i32) -> i32
// INBODY-NEXT: {{^       \^}}
// VERIFY: appending.mlir:1:1: error: LLVM IR fails to verify: Only global arrays can have appending linkage!
