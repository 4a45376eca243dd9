// RUN: mlc-opt --tile='sizes=4,8 roots-only=true' --fuse-into-tiles --check-semantics --split-input-file %s | FileCheck %s
// RUN: mlc-opt --tile='sizes=4,8 roots-only=true' --fuse-into-tiles=report=true --split-input-file --verify-diagnostics %s -o /dev/null
// RUN: mlc-opt --tile='sizes=4,8 roots-only=true' --fuse-into-tiles --vectorize --memory-plan --convert-tl-to-scf --check-semantics --split-input-file %s -o /dev/null

// A chain a -> t1 (add a broadcast row) -> t2 (max with 0) -> out (exp): only the last generic is
// tiled (roots-only); both producers are then computed per 4x8 tile inside its loop, on the
// subviews the tile needs, and their whole-buffer generics go.
// CHECK-LABEL: func.func @main
// CHECK:         tl.loop (%[[I:.*]], %[[J:.*]]) = {{.*}} step (%{{.*}}, %{{.*}}) iterators ["parallel", "parallel"] {
// CHECK:           tl.subview %arg1[%[[J]]]
// CHECK:           tl.generic {{.*}} {
// CHECK:             arith.addf
// CHECK:           tl.generic {{.*}} {
// CHECK:             arith.maximumf
// CHECK:           tl.generic {{.*}} {
// CHECK:             math.exp
// CHECK:         }
// CHECK-NOT:     tl.generic
// CHECK:         return
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @main(%a: memref<10x20xf32>, %b: memref<20xf32>, %c: memref<10x20xf32>) {
  %t1 = tl.alloc() : memref<10x20xf32>
  tl.generic {indexing_maps = [#id, affine_map<(d0, d1) -> (d1)>, #id], iterator_types = ["parallel", "parallel"]}
      ins(%a, %b : memref<10x20xf32>, memref<20xf32>) outs(%t1 : memref<10x20xf32>) {
  ^bb0(%x: f32, %y: f32, %o: f32):
    %s = arith.addf %x, %y : f32
    tl.yield %s : f32
  }
  %t2 = tl.alloc() : memref<10x20xf32>
  tl.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%t1 : memref<10x20xf32>) outs(%t2 : memref<10x20xf32>) {
  ^bb0(%x: f32, %o: f32):
    %z = arith.constant 0.0 : f32
    %m = arith.maximumf %x, %z : f32
    tl.yield %m : f32
  }
  tl.dealloc %t1 : memref<10x20xf32>
  tl.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%t2 : memref<10x20xf32>) outs(%c : memref<10x20xf32>) {
  ^bb0(%x: f32, %o: f32):
    %e = math.exp %x : f32
    tl.yield %e : f32
  }
  tl.dealloc %t2 : memref<10x20xf32>
  return
}

// -----

// A 3x3 window consumer: overlapping tiles recompute the halo of the producer (a 6x10 input tile
// for a 4x8 output tile).
// CHECK-LABEL: func.func @main
// CHECK:         tl.loop
// CHECK:           tl.subview %{{.*}} [6, 10] [1, 1] : memref<10x18xf32>
// CHECK:           math.tanh
// CHECK:           arith.mulf
func.func @main(%img: memref<10x18xf32>, %w: memref<3x3xf32>, %o: memref<8x16xf32>) {
  %t = tl.alloc() : memref<10x18xf32>
  tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]}
      ins(%img : memref<10x18xf32>) outs(%t : memref<10x18xf32>) {
  ^bb0(%x: f32, %y: f32):
    %h = math.tanh %x : f32
    tl.yield %h : f32
  }
  tl.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0 + d2, d1 + d3)>, affine_map<(d0, d1, d2, d3) -> (d2, d3)>,
                               affine_map<(d0, d1, d2, d3) -> (d0, d1)>],
              iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%t, %w : memref<10x18xf32>, memref<3x3xf32>) outs(%o : memref<8x16xf32>) {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %p = arith.mulf %x, %y : f32
    %r = arith.addf %acc, %p : f32
    tl.yield %r : f32
  }
  tl.dealloc %t : memref<10x18xf32>
  return
}

// -----

// A producer with a reduction loop stays.
// CHECK-LABEL: func.func @main
// CHECK:         tl.generic {{.*}} iterator_types = ["parallel", "parallel", "reduction"]
// CHECK:         tl.loop
func.func @main(%img: memref<10x18xf32>, %k: memref<3xf32>, %o: memref<10x16xf32>) {
  %s = tl.alloc() : memref<10x16xf32>
  %z = arith.constant 0.0 : f32
  tl.fill %z, %s : memref<10x16xf32>
  // expected-remark @+1 {{not fused into the tile loop: it has a reduction loop}}
  tl.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1 + d2)>, affine_map<(d0, d1, d2) -> (d2)>, affine_map<(d0, d1, d2) -> (d0, d1)>],
              iterator_types = ["parallel", "parallel", "reduction"]} ins(%img, %k : memref<10x18xf32>, memref<3xf32>) outs(%s : memref<10x16xf32>) {
  ^bb0(%x: f32, %w: f32, %acc: f32):
    %p = arith.mulf %x, %w : f32
    %a = arith.addf %acc, %p : f32
    tl.yield %a : f32
  }
  tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]}
      ins(%s : memref<10x16xf32>) outs(%o : memref<10x16xf32>) {
  ^bb0(%x: f32, %y: f32):
    %h = math.tanh %x : f32
    tl.yield %h : f32
  }
  tl.dealloc %s : memref<10x16xf32>
  return
}
