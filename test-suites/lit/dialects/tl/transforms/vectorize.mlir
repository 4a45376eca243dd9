// RUN: mlc-opt --vectorize=vector-bits=512 --check-semantics --split-input-file %s | FileCheck %s
// RUN: mlc-opt --vectorize='vector-bits=512 report=true' --split-input-file --verify-diagnostics %s -o /dev/null
// RUN: mlc-opt --vectorize=vector-bits=512 --convert-tl-to-scf --canonicalize --cse --convert-scf-to-cf --convert-to-llvm --split-input-file %s | FileCheck %s --check-prefix=LLVM
// RUN: mlc-opt --vectorize='vector-bits=512 interchange=true' --check-semantics --split-input-file %s | FileCheck %s --check-prefix=INTER

// Element-wise with a broadcast operand: 20 = 16 + a masked tail of 4; the constant stays scalar
// and is broadcast.
// CHECK-LABEL: func.func @main
// CHECK:         tl.loop (%[[I:.*]]) = {{.*}} iterators ["parallel"] {
// CHECK:           tl.loop (%[[J:.*]]) = (%{{.*}}) to (%{{.*}}) step (%[[C16:.*]]) iterators ["parallel"] {
// CHECK-NEXT:        %[[X:.*]] = tl.vload %arg0[%[[I]], %[[J]]] : memref<3x20xf32>, vector<16xf32>
// CHECK-NEXT:        %[[Y:.*]] = tl.vload %arg1[%[[J]]] : memref<20xf32>, vector<16xf32>
// CHECK-NEXT:        %[[S:.*]] = arith.addf %[[X]], %[[Y]] : vector<16xf32>
// CHECK:             tl.broadcast %{{.*}} : f32 to vector<16xf32>
// CHECK:             arith.maximumf {{.*}} : vector<16xf32>
// CHECK:             %[[E:.*]] = math.exp {{.*}} : vector<16xf32>
// CHECK-NEXT:        tl.vstore %[[E]], %arg2[%[[I]], %[[J]]] : memref<3x20xf32>, vector<16xf32>
// CHECK:           tl.loop (%[[T:.*]]) = (%{{.*}}) to (%{{.*}}) step (%[[C16]]) iterators ["parallel"] {
// CHECK:             %[[M:.*]] = arith.cmpi slt, %{{.*}}, %{{.*}} : vector<16xi32>
// CHECK:             tl.vload %arg0[%[[I]], %[[T]]], %[[M]], %{{.*}} : memref<3x20xf32>, vector<16xf32>
// CHECK:             tl.vstore %{{.*}}, %arg2[%[[I]], %[[T]]], %[[M]] : memref<3x20xf32>, vector<16xf32>
// LLVM-LABEL:  llvm.func @main
// LLVM:          llvm.intr.masked.load
// LLVM:          llvm.intr.masked.store
func.func @main(%a: memref<3x20xf32>, %b: memref<20xf32>, %c: memref<3x20xf32>) {
  tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>],
              iterator_types = ["parallel", "parallel"]} ins(%a, %b : memref<3x20xf32>, memref<20xf32>) outs(%c : memref<3x20xf32>) {
  ^bb0(%x: f32, %y: f32, %o: f32):
    %s = arith.addf %x, %y : f32
    %z = arith.constant 0.0 : f32
    %r = arith.maximumf %s, %z : f32
    %e = math.exp %r : f32
    tl.yield %e : f32
  }
  return
}

// -----

// Innermost reductions: a sum of exponentials and a maximum accumulate in vectors (the masked tail
// selects the neutral element), then reduce once per row: tl.reduction for add, lane extracts for
// maximumf (which has no reduction intrinsic).
// CHECK-LABEL: func.func @main
// CHECK:         %[[Z:.*]] = arith.constant -0.000000e+00 : f32
// CHECK:         %[[ZV:.*]] = tl.broadcast %[[Z]] : f32 to vector<16xf32>
// CHECK:         %[[A:.*]] = tl.loop (%{{.*}}) = {{.*}} iterators ["reduction"] iter_args(%[[ACC:.*]] = %[[ZV]]) -> (vector<16xf32>) {
// CHECK:           math.exp {{.*}} : vector<16xf32>
// CHECK:           arith.addf %[[ACC]], {{.*}} : vector<16xf32>
// CHECK:         %[[B:.*]] = tl.loop {{.*}} iter_args(%{{.*}} = %[[A]]) -> (vector<16xf32>) {
// CHECK:           arith.select {{.*}} : vector<16xi1>, vector<16xf32>
// CHECK:         %[[R:.*]] = tl.reduction <add>, %[[B]] : vector<16xf32> into f32
// CHECK:         %[[OLD:.*]] = tl.load %arg1
// CHECK:         %[[NEW:.*]] = arith.addf %[[OLD]], %[[R]] : f32
// CHECK:         tl.store %[[NEW]], %arg1
// CHECK:         arith.constant 0xFF800000 : f32
// CHECK:         tl.extract {{.*}} : vector<16xf32>
// CHECK:         arith.maximumf {{.*}} : f32
func.func @main(%a: memref<4x37xf32>, %c: memref<4x1xf32>, %m: memref<4xf32>) {
  tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, 0)>],
              iterator_types = ["parallel", "reduction"]} ins(%a : memref<4x37xf32>) outs(%c : memref<4x1xf32>) {
  ^bb0(%x: f32, %acc: f32):
    %e = math.exp %x : f32
    %s = arith.addf %acc, %e : f32
    tl.yield %s : f32
  }
  tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>],
              iterator_types = ["parallel", "reduction"]} ins(%a : memref<4x37xf32>) outs(%m : memref<4xf32>) {
  ^bb0(%x: f32, %acc: f32):
    %s = arith.maximumf %acc, %x : f32
    tl.yield %s : f32
  }
  return
}

// -----

// A dynamic innermost size and an integer body: the main loop runs to n - n mod 16, the tail loop
// from there to n (at most once); a short static row (8) uses vector<8>.
// CHECK-LABEL: func.func @dyn
// CHECK:         %[[N:.*]] = tl.dim %arg0, 0 : memref<?xi32>
// CHECK:         %[[R:.*]] = arith.remsi %[[N]], %{{.*}} : index
// CHECK:         %[[MAIN:.*]] = arith.subi %[[N]], %[[R]] : index
// CHECK:         tl.loop (%{{.*}}) = (%{{.*}}) to (%[[MAIN]])
// CHECK:           arith.muli {{.*}} : vector<16xi32>
// CHECK:         tl.loop (%{{.*}}) = (%[[MAIN]]) to (%[[N]])
// CHECK-LABEL: func.func @main
// CHECK:         tl.vload {{.*}} : memref<37xi32>, vector<16xi32>
// CHECK:         tl.vload {{.*}} : memref<2x8xf32>, vector<8xf32>
func.func @dyn(%a: memref<?xi32>, %c: memref<?xi32>) {
  tl.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>],
              iterator_types = ["parallel"]} ins(%a : memref<?xi32>) outs(%c : memref<?xi32>) {
  ^bb0(%x: i32, %o: i32):
    %s = arith.muli %x, %x : i32
    %t = arith.addi %s, %o : i32
    tl.yield %t : i32
  }
  return
}
func.func @main(%a: memref<37xi32>, %c: memref<37xi32>, %f: memref<2x8xf32>) {
  tl.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>],
              iterator_types = ["parallel"]} ins(%a : memref<37xi32>) outs(%c : memref<37xi32>) {
  ^bb0(%x: i32, %o: i32):
    %s = arith.muli %x, %x : i32
    %t = arith.addi %s, %o : i32
    tl.yield %t : i32
  }
  tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>],
              iterator_types = ["parallel", "parallel"]} outs(%f : memref<2x8xf32>) {
  ^bb0(%o: f32):
    %s = arith.mulf %o, %o : f32
    tl.yield %s : f32
  }
  return
}

// -----

// What is left scalar, and why.
// CHECK-LABEL: func.func @left
// CHECK-NOT:     tl.vload
func.func @left(%a: memref<8x16xf32>, %b: memref<16x8xf32>, %k: memref<8x3xf32>, %o: memref<8x8xf32>, %r: memref<8xf32>) {
  // expected-remark @+1 {{not vectorized: operand #1 is not contiguous along the innermost loop (d2 in index #0)}}
  tl.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>],
              iterator_types = ["parallel", "parallel", "reduction"]} ins(%a, %b : memref<8x16xf32>, memref<16x8xf32>) outs(%o : memref<8x8xf32>) {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %acc, %p : f32
    tl.yield %s : f32
  }
  // expected-remark @+1 {{not vectorized: the innermost loop has 3 iterations (fewer than 4)}}
  tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%k : memref<8x3xf32>) {
  ^bb0(%x: f32):
    %s = arith.addf %x, %x : f32
    tl.yield %s : f32
  }
  // expected-remark @+1 {{not vectorized: the body reads tl.index of the innermost loop}}
  tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%o : memref<8x8xf32>) {
  ^bb0(%x: f32):
    %i = tl.index 1 : index
    %c = arith.index_cast %i : index to i32
    %f = arith.sitofp %c : i32 to f32
    tl.yield %f : f32
  }
  // expected-remark @+1 {{not vectorized: output #0 is used other than by its reduction}}
  tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>],
              iterator_types = ["parallel", "reduction"]} ins(%o : memref<8x8xf32>) outs(%r : memref<8xf32>) {
  ^bb0(%x: f32, %acc: f32):
    %p = arith.mulf %acc, %x : f32
    %s = arith.addf %acc, %p : f32
    tl.yield %s : f32
  }
  return
}

// -----

// With interchange=true a generic whose innermost loop cannot be vectorized gets a parallel loop
// that can moved inward: a matmul vectorizes along j (A[i, k] broadcast, B[k, j] and C[i, j]
// contiguous), every C[i, j] still summed over k in order; a stride-2 access cannot.
// INTER-LABEL: func.func @main(%arg0: memref<8x16xf32>
// INTER:         tl.loop (%[[I:.*]], %[[K:.*]]) = {{.*}} iterators ["parallel", "reduction"] {
// INTER:           %[[X:.*]] = tl.load %arg0[%[[I]], %[[K]]] : memref<8x16xf32>
// INTER:           tl.vload %arg1[%[[K]], %{{.*}}] : memref<16x24xf32>, vector<16xf32>
// INTER:           tl.broadcast %[[X]] : f32 to vector<16xf32>
// INTER:         tl.generic {{.*}}affine_map<(d0, d1) -> (d0 * 2, d1)>
func.func @main(%a: memref<8x16xf32>, %b: memref<16x24xf32>, %c: memref<8x24xf32>, %s: memref<7x3xf32>, %t: memref<14x3xf32>) {
  // expected-remark @+1 {{not vectorized: operand #1 is not contiguous along the innermost loop (d2 in index #0)}}
  tl.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>],
              iterator_types = ["parallel", "parallel", "reduction"]} ins(%a, %b : memref<8x16xf32>, memref<16x24xf32>) outs(%c : memref<8x24xf32>) {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %p = arith.mulf %x, %y : f32
    %r = arith.addf %acc, %p : f32
    tl.yield %r : f32
  }
  // expected-remark @+1 {{not vectorized: the innermost loop has 3 iterations (fewer than 4)}}
  tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d0 * 2, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]}
      ins(%t : memref<14x3xf32>) outs(%s : memref<7x3xf32>) {
  ^bb0(%x: f32, %o: f32):
    tl.yield %x : f32
  }
  return
}

// -----

// Left scalar: a rank-0 generic, half-precision math and f64 -> f16 truncation (convert-to-llvm lowers
// those on scalars only).
// CHECK-LABEL: func.func @scalar_only
// CHECK-NOT:     tl.vload
func.func @scalar_only(%a: memref<f32>, %h: memref<32xf16>, %d: memref<32xf64>, %o: memref<32xf16>) {
  // expected-remark @+1 {{not vectorized: it has no loop (rank 0)}}
  tl.generic {indexing_maps = [affine_map<() -> ()>], iterator_types = []} outs(%a : memref<f32>) {
  ^bb0(%x: f32):
    %s = arith.addf %x, %x : f32
    tl.yield %s : f32
  }
  // expected-remark @+1 {{not vectorized: body op 'math.tanh' on a half type has no vector lowering}}
  tl.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%h : memref<32xf16>) {
  ^bb0(%x: f16):
    %t = math.tanh %x : f16
    tl.yield %t : f16
  }
  // expected-remark @+1 {{not vectorized: body op 'arith.truncf' from f64 to a half type has no vector lowering}}
  tl.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]}
      ins(%d : memref<32xf64>) outs(%o : memref<32xf16>) {
  ^bb0(%x: f64, %y: f16):
    %t = arith.truncf %x : f64 to f16
    tl.yield %t : f16
  }
  return
}
