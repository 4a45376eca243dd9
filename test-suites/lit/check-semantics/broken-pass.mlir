// The semantics check is on by default: a pass that changes what @main computes on random inputs
// is reported by name, with the differences and the IR before and after it.
// REQUIRES: test-semantics
// RUN: not mlc-opt --canonicalize --test-broken-swap-sub %s 2>&1 | FileCheck %s
// RUN: not mlc-opt --pass-pipeline='builtin.module(func.func(canonicalize,cse),test-broken-swap-sub,symbol-dce)' %s 2>&1 | FileCheck %s
// RUN: mlc-opt --test-broken-swap-sub --no-check-semantics %s | FileCheck %s --check-prefix=OFF
// Another seed still catches it; tolerances as large as the change hide it.
// RUN: not mlc-opt --test-broken-swap-sub --check-semantics-seed=5 %s 2>&1 | FileCheck %s --check-prefix=SEED
// RUN: mlc-opt --test-broken-swap-sub --check-semantics-atol=100 %s -o /dev/null

// CHECK: broken-pass.mlir:26:1: error: semantics check failed: pass 'test-broken-swap-sub' changed the results of '@main' on random inputs (seed 0)
// CHECK-NEXT: func.func @main
// CHECK-NEXT: ^
// CHECK-NEXT: results (then memref arguments) before and after the pass: 1 of 3 elements differ (rtol=1.0E-4, atol=1.0E-5)
// CHECK-NEXT: #0: expected {{.*}}, got {{.*}} (abs error {{.*}}, allowed {{.*}})
// CHECK-NEXT: max abs error
// CHECK-NEXT: // -----// IR Dump Before TestBrokenSub (test-broken-swap-sub) //----- //
// CHECK: "test.sub"(%arg0, %arg1)
// CHECK: // -----// IR Dump After TestBrokenSub (test-broken-swap-sub) //----- //
// CHECK: "test.sub"(%arg1, %arg0)

// OFF: "test.sub"(%arg1, %arg0)

// SEED: error: semantics check failed: pass 'test-broken-swap-sub' changed the results of '@main' on random inputs (seed 5)

func.func @main(%a: f32, %b: f32, %n: tensor<2xi32>) -> (f32, tensor<2xi32>) {
  %c = "test.sub"(%a, %b) : (f32, f32) -> f32
  %zero = "test.constant"() {value = 0.0 : f32} : () -> f32
  %d = "test.add"(%c, %zero) : (f32, f32) -> f32
  return %d, %n : f32, tensor<2xi32>
}
