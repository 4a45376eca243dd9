// .npy files written by NumPy: a Fortran-order array is read as the same logical array; a 0-d
// boolean feeds an i1 argument; big shapes and dtypes are checked.
// REQUIRES: test-semantics
// RUN: mlc-run %s --interpret --input arg0=%S/Inputs/fortran-2x3-f64.npy --input arg1=%S/Inputs/bool-0d.npy --input v=%S/Inputs/i32-2.npy --print-outputs | FileCheck %s

// CHECK: out0: tensor<2x3xf64> = {{\[\[}}1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]
// CHECK-NEXT: out1: i1 = true
// CHECK-NEXT: out2: tensor<2xi32> = [14, -6]

func.func @main(%a: tensor<2x3xf64>, %b: i1, %v: tensor<2xi32> {graph.name = "v"}) -> (tensor<2x3xf64>, i1, tensor<2xi32>) {
  %w = "test.add"(%v, %v) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
  return %a, %b, %w : tensor<2x3xf64>, i1, tensor<2xi32>
}
