// mlc-run --interpret: results printed and written as .npy files, read back as inputs.
// REQUIRES: test-semantics
// RUN: mlc-run %s --interpret --print-outputs | FileCheck %s
// RUN: rm -rf %t && mlc-run %s --interpret --output-dir %t
// RUN: mlc-run %s --interpret --entry echo --input arg0=%t/out0.npy --input flag=%t/out2.npy --input arg1=%t/out1.npy --print-outputs | FileCheck %s --check-prefix=ECHO
// RUN: mlc-run --interpret --entry echo --input arg0=%t/out0.npy --input flag=%t/out2.npy --input arg1=%t/out1.npy --print-outputs - < %s | FileCheck %s --check-prefix=ECHO

// CHECK: out0: tensor<2x3xf32> = {{\[\[}}1.5, -2.0, 0.25], [4.0, 5.0, 6.0]]
// CHECK-NEXT: out1: i64 = 42
// CHECK-NEXT: out2: i1 = true
// CHECK-NEXT: out3: tensor<2xbf16> = [1.0, -0.5]
// CHECK-NOT: out4

// ECHO: out0: tensor<2x3xf32> = {{\[\[}}1.5, -2.0, 0.25], [4.0, 5.0, 6.0]]
// ECHO-NEXT: out1: i64 = 43
// ECHO-NEXT: out2: i1 = true

func.func @main() -> (tensor<2x3xf32>, i64, i1, tensor<2xbf16>) {
  %t = "test.constant"() {value = dense<[[1.5, -2.0, 0.25], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>} : () -> tensor<2x3xf32>
  %n = "test.constant"() {value = 42 : i64} : () -> i64
  %b = "test.constant"() {value = true} : () -> i1
  %h = "test.constant"() {value = dense<[1.0, -0.5]> : tensor<2xbf16>} : () -> tensor<2xbf16>
  return %t, %n, %b, %h : tensor<2x3xf32>, i64, i1, tensor<2xbf16>
}

func.func @echo(%t: tensor<2x3xf32>, %n: i64, %b: i1 {graph.name = "flag"}) -> (tensor<2x3xf32>, i64, i1) {
  %one = "test.constant"() {value = 1 : i64} : () -> i64
  %m = "test.add"(%n, %one) : (i64, i64) -> i64
  return %t, %m, %b : tensor<2x3xf32>, i64, i1
}
