// --random-inputs: the same seed gives the same inputs; floats in [-1, 1), integers in [0, 8).
// REQUIRES: test-semantics
// RUN: mlc-run %s --interpret --random-inputs --seed 7 --print-outputs > %t.a
// RUN: mlc-run %s --interpret --random-inputs --seed 7 --print-outputs > %t.b
// RUN: diff %t.a %t.b
// RUN: mlc-run %s --interpret --random-inputs --seed 8 --print-outputs > %t.c
// RUN: not diff %t.a %t.c
// RUN: FileCheck %s < %t.a
// A given input wins over a random one.
// RUN: mlc-run %s --interpret --random-inputs --input arg1=%S/Inputs/i32-2.npy --print-outputs | FileCheck %s --check-prefix=GIVEN

// CHECK: out0: tensor<4xf32> = [0.0, 0.0, 0.0, 0.0]
// CHECK-NEXT: out1: tensor<2xi32> = [{{[0-7]}}, {{[0-7]}}]
// GIVEN: out1: tensor<2xi32> = [7, -3]

func.func @main(%x: tensor<4xf32>, %n: tensor<2xi32>) -> (tensor<4xf32>, tensor<2xi32>) {
  %z = "test.sub"(%x, %x) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %z, %n : tensor<4xf32>, tensor<2xi32>
}
