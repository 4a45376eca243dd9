// User errors are located diagnostics or one-line errors, exit 1, never a stack trace.
// REQUIRES: test-semantics
// RUN: not mlc-run %s --interpret --random-inputs 2>&1 | FileCheck %s --check-prefix=OOB
// RUN: not mlc-run %s --interpret 2>&1 | FileCheck %s --check-prefix=MISSING
// RUN: not mlc-run %s --interpret --entry nope 2>&1 | FileCheck %s --check-prefix=ENTRY
// RUN: not mlc-run %s --random-inputs 2>&1 | FileCheck %s --check-prefix=NATIVE
// RUN: not mlc-run %s --interpret --check-against-interpreter 2>&1 | FileCheck %s --check-prefix=CHECKNATIVE
// RUN: not mlc-run %s --interpret --entry shaped --input x=%S/Inputs/i32-2.npy 2>&1 | FileCheck %s --check-prefix=DTYPE
// RUN: not mlc-run %s --interpret --entry shaped --input x=%S/Inputs/f32-3x2.npy 2>&1 | FileCheck %s --check-prefix=SHAPE
// RUN: not mlc-run %s --interpret --entry shaped --input y=%S/Inputs/i32-2.npy 2>&1 | FileCheck %s --check-prefix=NAME
// RUN: not mlc-run %s --interpret --entry shaped --input x=%S/Inputs/no-such.npy 2>&1 | FileCheck %s --check-prefix=NOFILE
// RUN: not mlc-run %s --interpret --entry divide --random-inputs 2>&1 | FileCheck %s --check-prefix=DIV
// RUN: not mlc-run %s --interpret --no-such-option 2>&1 | FileCheck %s --check-prefix=OPTION

// OOB: errors.mlir:34:8: error: 'test.extract' op index [{{[0-9]+}}] is out of bounds for shape [4]
// OOB-NEXT: %x = "test.extract"(%t, %s) : (tensor<4xf32>, index) -> f32
// OOB-NEXT: {{^       \^}}
// OOB-NOT: at dev.mlc
// MISSING: mlc-run: error: missing input for argument #0 (tensor<4xf32>) of '@main'; give it with --input arg0=FILE.npy or use --random-inputs
// ENTRY: mlc-run: error: no entry function '@nope' in {{.*}}errors.mlir (functions: @main, @shaped, @divide)
// NATIVE: errors.mlir:30:1: error: 'func.func' op cannot be lowered to tl: expected ranked tensor types, got index
// CHECKNATIVE: mlc-run: error: --check-against-interpreter compares native code with the interpreter; with --interpret there is nothing to compare
// DTYPE: errors.mlir:38:19: error: {{.*}}i32-2.npy: dtype '<i4' does not match element type f32 (expected '<f4'), for argument #0 ('x', tensor<2x3xf32>)
// SHAPE: errors.mlir:38:19: error: {{.*}}f32-3x2.npy has shape 3x2, but argument #0 ('x', tensor<2x3xf32>) needs shape 2x3
// NAME: mlc-run: error: --input y: '@shaped' has no argument named 'y'; its arguments are arg0 or x
// NOFILE: mlc-run: error: --input x: cannot open '{{.*}}no-such.npy': no such file
// DIV: errors.mlir:44:8: error: 'test.div' op integer division by zero
// OPTION: mlc-run: error: Unknown option: '--no-such-option'

func.func @main(%t: tensor<4xf32>, %i: index) -> f32 {
  %c = "test.constant"() {value = 9 : index} : () -> index
  %s = "test.add"(%i, %c) : (index, index) -> index
  // The random index is in [0, 8), so %s is at least 9: out of bounds.
  %x = "test.extract"(%t, %s) : (tensor<4xf32>, index) -> f32
  return %x : f32
}

func.func @shaped(%t: tensor<2x3xf32> {graph.name = "x"}) -> tensor<2x3xf32> {
  return %t : tensor<2x3xf32>
}

func.func @divide(%a: i32) -> i32 {
  %z = "test.constant"() {value = 0 : i32} : () -> i32
  %q = "test.div"(%a, %z) : (i32, i32) -> i32
  return %q : i32
}
