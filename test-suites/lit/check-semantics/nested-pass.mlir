// A pass nested on functions is checked after it ran on each function: the report points at the
// function it broke, which @main calls.
// REQUIRES: test-semantics
// RUN: not mlc-opt --pass-pipeline='builtin.module(func.func(test-broken-swap-sub))' %s 2>&1 | FileCheck %s

// CHECK: nested-pass.mlir:14:1: error: semantics check failed: pass 'test-broken-swap-sub' changed the results of '@main'
// CHECK-NEXT: func.func private @helper

func.func @main(%a: i32, %b: i32) -> i32 {
  %r = func.call @helper(%a, %b) : (i32, i32) -> i32
  return %r : i32
}

func.func private @helper(%a: i32, %b: i32) -> i32 {
  %c = "test.sub"(%a, %b) : (i32, i32) -> i32
  %k = "test.constant"() {value = 100 : i32} : () -> i32
  %d = "test.add"(%c, %k) : (i32, i32) -> i32
  return %d : i32
}
