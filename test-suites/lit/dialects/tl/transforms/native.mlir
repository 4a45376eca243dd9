// Every loop pass natively: the module transformed by each pipeline, JIT-compiled (graph-to-llvm,
// which vectorizes and plans memory) and compared with the interpreter on the same module; the
// result is a sum over the buffers the passes rewrote.
// RUN: mlc-run %s --pipeline='builtin.module(tile{sizes=4,8 roots-only=true},fuse-into-tiles)' --random-inputs --seed 1 --check-against-interpreter 2>&1 | FileCheck %s
// RUN: mlc-run %s --pipeline='builtin.module(tile{sizes=3,5},interchange{permutation=1,0},convert-tl-to-scf,unroll{factor=3})' --random-inputs --seed 2 --check-against-interpreter 2>&1 | FileCheck %s
// RUN: mlc-run %s --pipeline='builtin.module(tile{sizes=2,16},vectorize{vector-bits=256})' --random-inputs --seed 3 --check-against-interpreter 2>&1 | FileCheck %s
// RUN: mlc-run %s --pipeline='builtin.module(tile{sizes=3,7 loops=true})' --random-inputs --seed 4 --check-against-interpreter 2>&1 | FileCheck %s
// RUN: mlc-opt %s --tile='sizes=4,8 roots-only=true' --fuse-into-tiles --vectorize --memory-plan --check-semantics -o /dev/null
// CHECK: check-against-interpreter: ok (1 results
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @main(%a: memref<10x20xf32>, %b: memref<20xf32>) -> f32 {
  %t1 = tl.alloc() : memref<10x20xf32>
  tl.generic {indexing_maps = [#id, affine_map<(d0, d1) -> (d1)>, #id], iterator_types = ["parallel", "parallel"]}
      ins(%a, %b : memref<10x20xf32>, memref<20xf32>) outs(%t1 : memref<10x20xf32>) {
  ^bb0(%x: f32, %y: f32, %o: f32):
    %s = arith.mulf %x, %y : f32
    tl.yield %s : f32
  }
  %t2 = tl.alloc() : memref<10x20xf32>
  tl.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%t1 : memref<10x20xf32>) outs(%t2 : memref<10x20xf32>) {
  ^bb0(%x: f32, %o: f32):
    %e = math.exp %x : f32
    tl.yield %e : f32
  }
  tl.dealloc %t1 : memref<10x20xf32>
  %rows = tl.alloc() : memref<10xf32>
  %z = arith.constant 0.0 : f32
  tl.fill %z, %rows : memref<10xf32>
  tl.generic {indexing_maps = [#id, affine_map<(d0, d1) -> (d0)>], iterator_types = ["parallel", "reduction"]}
      ins(%t2 : memref<10x20xf32>) outs(%rows : memref<10xf32>) {
  ^bb0(%x: f32, %acc: f32):
    %s = arith.addf %acc, %x : f32
    tl.yield %s : f32
  }
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c10 = arith.constant 10 : index
  %c20 = arith.constant 20 : index
  %w = tl.loop (%i, %j) = (%c0, %c0) to (%c10, %c20) step (%c1, %c1) iterators ["reduction", "reduction"] iter_args(%acc = %z) -> (f32) {
    %x = tl.load %t2[%i, %j] : memref<10x20xf32>
    %k = arith.index_cast %j : index to i32
    %f = arith.sitofp %k : i32 to f32
    %p = arith.mulf %x, %f : f32
    %s = arith.addf %acc, %p : f32
    tl.yield %s : f32
  }
  %total = tl.loop (%i) = (%c0) to (%c10) step (%c1) iterators ["reduction"] iter_args(%acc = %z) -> (f32) {
    %x = tl.load %rows[%i] : memref<10xf32>
    %s = arith.addf %acc, %x : f32
    tl.yield %s : f32
  }
  tl.dealloc %t2 : memref<10x20xf32>
  tl.dealloc %rows : memref<10xf32>
  %r = arith.addf %total, %w : f32
  return %r : f32
}
