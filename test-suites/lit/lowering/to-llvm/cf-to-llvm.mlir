// RUN: mlc-opt --convert-cf-to-llvm %s | FileCheck %s
// RUN: mlc-opt --convert-cf-to-llvm %s | mlc-opt | FileCheck %s

// The function keeps its signature: the semantics check interprets @main before and after.
// CHECK-LABEL: func.func @main(
// CHECK: llvm.cond_br %{{.*}}, ^bb1(%{{.*}} : i32), ^bb2
// CHECK: ^bb1(%{{.*}}: i32):
// CHECK: llvm.switch %{{.*}} : i32, ^bb2 [
// CHECK-NEXT: 1: ^bb3(%{{.*}} : i32),
// CHECK-NEXT: 2: ^bb2
// CHECK-NEXT: ]
// CHECK: ^bb2:
// CHECK: llvm.br ^bb3(%{{.*}} : i32)
// CHECK-NOT: cf.
func.func @main(%a: i32, %b: i32) -> i32 {
  %c = arith.cmpi slt, %a, %b : i32
  cf.cond_br %c, ^bb1(%a : i32), ^bb2
^bb1(%x: i32):
  %c3 = arith.constant 3 : i32
  %k = arith.remui %x, %c3 : i32
  cf.switch %k : i32, [
    default: ^bb2,
    1: ^bb3(%x : i32),
    2: ^bb2
  ]
^bb2:
  cf.br ^bb3(%b : i32)
^bb3(%r: i32):
  return %r : i32
}
