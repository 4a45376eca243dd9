// The existing passes keep the results of @main (calls, branches, loops, folds) on random inputs.
// REQUIRES: test-semantics
// RUN: mlc-opt --check-semantics --canonicalize --cse --sccp --loop-invariant-code-motion --inline --symbol-dce --canonicalize %s 2>&1 | FileCheck %s
// RUN: mlc-opt --check-semantics --check-semantics-seed=11 --pass-pipeline='builtin.module(inline,func.func(sccp,cse,canonicalize),symbol-dce)' %s -o /dev/null 2>&1 | count 0

// CHECK-NOT: warning
// CHECK-NOT: error
// CHECK-LABEL: func.func @main
// CHECK-NOT: call

func.func @main(%a: i32, %b: f32, %c: i1) -> (i32, f32) {
  %two = "test.constant"() {value = 2 : i32} : () -> i32
  %three = "test.constant"() {value = 3 : i32} : () -> i32
  %six = "test.mul"(%two, %three) : (i32, i32) -> i32
  %x = func.call @scale(%a, %six) : (i32, i32) -> i32
  %y = func.call @scale(%a, %six) : (i32, i32) -> i32
  %s = "test.add"(%x, %y) : (i32, i32) -> i32
  %z = "test.if"(%c) ({
    %n = "test.negate"(%b) : (f32) -> f32
    "test.yield"(%n) : (f32) -> ()
  }, {
    %m = "test.negate"(%b) : (f32) -> f32
    %mm = "test.negate"(%m) : (f32) -> f32
    "test.yield"(%mm) : (f32) -> ()
  }) : (i1) -> f32
  "test.br"(%s)[^bb1] : (i32) -> ()
^bb1(%r: i32):
  return %r, %z : i32, f32
}

func.func private @scale(%v: i32, %k: i32) -> i32 {
  %p = "test.mul"(%v, %k) : (i32, i32) -> i32
  %zero = "test.constant"() {value = 0 : i32} : () -> i32
  %q = "test.add"(%p, %zero) : (i32, i32) -> i32
  return %q : i32
}

func.func private @unused(%v: i32) -> i32 {
  return %v : i32
}
