// RUN: mlc-opt --convert-tl-to-scf --check-semantics --split-input-file %s | FileCheck %s
// RUN: mlc-opt --convert-tl-to-scf=parallel-loops=true --check-semantics --split-input-file %s | FileCheck %s --check-prefix=PAR

// A matmul as tl.generic: loops d0, d1, d2 over the sizes of the first plain dN; the reduction
// reads, updates and writes back the output element.
// CHECK-LABEL: func.func @main
// CHECK-SAME:    (%[[A:.*]]: memref<3x4xf32>, %[[B:.*]]: memref<4x5xf32>, %[[C:.*]]: memref<3x5xf32>)
// CHECK-DAG:     %[[C3:.*]] = arith.constant 3 : index
// CHECK-DAG:     %[[C4:.*]] = arith.constant 4 : index
// CHECK-DAG:     %[[C5:.*]] = arith.constant 5 : index
// CHECK-DAG:     %[[C0:.*]] = arith.constant 0 : index
// CHECK-DAG:     %[[C1:.*]] = arith.constant 1 : index
// CHECK:         scf.for %[[I:.*]] = %[[C0]] to %[[C3]] step %[[C1]] {
// CHECK-NEXT:      scf.for %[[J:.*]] = %[[C0]] to %[[C5]] step %[[C1]] {
// CHECK-NEXT:        scf.for %[[K:.*]] = %[[C0]] to %[[C4]] step %[[C1]] {
// CHECK-NEXT:          %[[X:.*]] = tl.load %[[A]][%[[I]], %[[K]]] : memref<3x4xf32>
// CHECK-NEXT:          %[[Y:.*]] = tl.load %[[B]][%[[K]], %[[J]]] : memref<4x5xf32>
// CHECK-NEXT:          %[[ACC:.*]] = tl.load %[[C]][%[[I]], %[[J]]] : memref<3x5xf32>
// CHECK-NEXT:          %[[P:.*]] = arith.mulf %[[X]], %[[Y]] : f32
// CHECK-NEXT:          %[[S:.*]] = arith.addf %[[ACC]], %[[P]] : f32
// CHECK-NEXT:          tl.store %[[S]], %[[C]][%[[I]], %[[J]]] : memref<3x5xf32>
// CHECK-NEXT:        }
// CHECK-NEXT:      }
// CHECK-NEXT:    }
// CHECK-NEXT:    return
// PAR-LABEL:   func.func @main
// PAR:           scf.parallel (%[[I:.*]], %[[J:.*]]) =
// PAR-NEXT:        scf.for %[[K:.*]] =
// PAR-NEXT:          tl.load %{{.*}}[%[[I]], %[[K]]]
func.func @main(%a: memref<3x4xf32>, %b: memref<4x5xf32>, %c: memref<3x5xf32>) {
  tl.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>],
              iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %b : memref<3x4xf32>, memref<4x5xf32>) outs(%c : memref<3x5xf32>) {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %acc, %p : f32
    tl.yield %s : f32
  }
  return
}

// -----

// A convolution-like window (d0 + d2, d1 + d3): the indices are arith.addi of induction variables.
// CHECK-LABEL: func.func @main
// CHECK:         scf.for %[[I:.*]] =
// CHECK-NEXT:      scf.for %[[J:.*]] =
// CHECK-NEXT:        scf.for %[[K:.*]] =
// CHECK-NEXT:          scf.for %[[L:.*]] =
// CHECK-NEXT:            %[[R:.*]] = arith.addi %[[I]], %[[K]] : index
// CHECK-NEXT:            %[[S:.*]] = arith.addi %[[J]], %[[L]] : index
// CHECK-NEXT:            tl.load %{{.*}}[%[[R]], %[[S]]] : memref<6x4xf32>
// CHECK-NEXT:            tl.load %{{.*}}[%[[K]], %[[L]]] : memref<3x2xf32>
// CHECK-NEXT:            tl.load %{{.*}}[%[[I]], %[[J]]] : memref<4x3xf32>
// CHECK:                 tl.store %{{.*}}, %{{.*}}[%[[I]], %[[J]]] : memref<4x3xf32>
// PAR-LABEL:   func.func @main
// PAR:           scf.parallel (%{{.*}}, %{{.*}}) =
// PAR-NEXT:        scf.for
// PAR-NEXT:          scf.for
func.func @main(%a: memref<6x4xf32>, %w: memref<3x2xf32>, %o: memref<4x3xf32>) {
  tl.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0 + d2, d1 + d3)>, affine_map<(d0, d1, d2, d3) -> (d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1)>],
              iterator_types = ["parallel", "parallel", "reduction", "reduction"]}
      ins(%a, %w : memref<6x4xf32>, memref<3x2xf32>) outs(%o : memref<4x3xf32>) {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %acc, %p : f32
    tl.yield %s : f32
  }
  return
}

// -----

// A full reduction into a rank-0 buffer (a map with no results): loaded and stored with no indices.
// CHECK-LABEL: func.func @main
// CHECK:         scf.for %[[I:.*]] =
// CHECK-NEXT:      %[[E:.*]] = tl.load %{{.*}}[%[[I]]] : memref<8xf32>
// CHECK-NEXT:      %[[ACC:.*]] = tl.load %[[S:.*]][] : memref<f32>
// CHECK-NEXT:      %[[M:.*]] = arith.maximumf %[[ACC]], %[[E]] : f32
// CHECK-NEXT:      tl.store %[[M]], %[[S]][] : memref<f32>
// CHECK-NEXT:    }
// PAR-LABEL:   func.func @main
// PAR-NOT:       scf.parallel
func.func @main(%x: memref<8xf32>, %s: memref<f32>) -> f32 {
  tl.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> ()>], iterator_types = ["reduction"]}
      ins(%x : memref<8xf32>) outs(%s : memref<f32>) {
  ^bb0(%e: f32, %acc: f32):
    %m = arith.maximumf %acc, %e : f32
    tl.yield %m : f32
  }
  %r = tl.load %s[] : memref<f32>
  return %r : f32
}

// -----

// A broadcast (a constant 0 index), a scalar input, tl.index: an output whose block argument is
// unused is not read, so the fresh buffer is never read uninitialized.
// CHECK-LABEL: func.func @main
// CHECK:         %[[OUT:.*]] = tl.alloc() : memref<6x4xf32>
// CHECK:         %[[Z:.*]] = arith.constant 0 : index
// CHECK:         scf.for %[[I:.*]] = %[[Z]] to
// CHECK-NEXT:      scf.for %[[J:.*]] = %[[Z]] to
// CHECK-NEXT:        %[[V:.*]] = tl.load %{{.*}}[%[[I]], %[[J]]] : memref<6x4xf32>
// CHECK-NEXT:        %[[B:.*]] = tl.load %{{.*}}[%[[Z]], %[[J]]] : memref<1x4xf32>
// CHECK-NEXT:        arith.index_cast %[[I]] : index to i32
// CHECK-NOT:         tl.load
// CHECK:             tl.store %{{.*}}, %[[OUT]][%[[I]], %[[J]]] : memref<6x4xf32>
// PAR-LABEL:   func.func @main
// PAR:           scf.parallel (%[[I:.*]], %[[J:.*]]) =
// PAR:             tl.store %{{.*}}, %{{.*}}[%[[I]], %[[J]]] : memref<6x4xf32>
// PAR-NEXT:        scf.reduce
func.func @main(%v: memref<6x4xf32>, %bias: memref<1x4xf32>, %k: f32) -> f32 {
  %out = tl.alloc() : memref<6x4xf32>
  tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (0, d1)>, affine_map<(d0, d1) -> ()>, affine_map<(d0, d1) -> (d0, d1)>],
              iterator_types = ["parallel", "parallel"]}
      ins(%v, %bias, %k : memref<6x4xf32>, memref<1x4xf32>, f32) outs(%out : memref<6x4xf32>) {
  ^bb0(%x: f32, %b: f32, %s: f32, %unused: f32):
    %i = tl.index 0 : index
    %ii = arith.index_cast %i : index to i32
    %f = arith.sitofp %ii : i32 to f32
    %t = arith.addf %x, %b : f32
    %u = arith.mulf %t, %s : f32
    %w = arith.addf %u, %f : f32
    tl.yield %w : f32
  }
  %c5 = arith.constant 5 : index
  %c3 = arith.constant 3 : index
  %r = tl.load %out[%c5, %c3] : memref<6x4xf32>
  tl.dealloc %out : memref<6x4xf32>
  return %r : f32
}

// -----

// Strided, mod, floordiv and ceildiv maps: the constants of the maps are materialized once, before
// the nest; mod is the non-negative remainder (remsi, then + divisor when negative).
// CHECK-LABEL: func.func @main
// CHECK:         %[[C2:.*]] = arith.constant 2 : index
// CHECK-NEXT:    %[[CM3:.*]] = arith.constant -3 : index
// CHECK-NEXT:    %[[C4:.*]] = arith.constant 4 : index
// CHECK-NEXT:    %[[C0:.*]] = arith.constant 0 : index
// CHECK-NEXT:    %[[C1:.*]] = arith.constant 1 : index
// CHECK-NEXT:    scf.for %[[I:.*]] = %[[C0]] to
// CHECK-NEXT:      scf.for %[[J:.*]] = %[[C0]] to
// CHECK-NEXT:        %[[M:.*]] = arith.muli %[[I]], %[[C2]] : index
// CHECK-NEXT:        %[[IDX:.*]] = arith.addi %[[M]], %[[J]] : index
// CHECK-NEXT:        tl.load %{{.*}}[%[[IDX]]] : memref<10xf32>
// CHECK-NEXT:        %[[SUB:.*]] = arith.addi %[[I]], %[[CM3]] : index
// CHECK-NEXT:        %[[REM:.*]] = arith.remsi %[[SUB]], %[[C4]] : index
// CHECK-NEXT:        %[[NEG:.*]] = arith.cmpi slt, %[[REM]], %[[C0]] : index
// CHECK-NEXT:        %[[UP:.*]] = arith.addi %[[REM]], %[[C4]] : index
// CHECK-NEXT:        %[[MOD:.*]] = arith.select %[[NEG]], %[[UP]], %[[REM]] : index
// CHECK-NEXT:        tl.load %{{.*}}[%[[MOD]]] : memref<4xf32>
// CHECK-NEXT:        %[[FD:.*]] = arith.floordivsi %[[I]], %[[C2]] : index
// CHECK-NEXT:        tl.load %{{.*}}[%[[FD]]] : memref<4xf32>
// CHECK-NEXT:        %[[CD:.*]] = arith.ceildivsi %[[J]], %[[C2]] : index
// CHECK-NEXT:        tl.load %{{.*}}[%[[CD]]] : memref<4xf32>
func.func @main(%x: memref<10xf32>, %y: memref<4xf32>, %out: memref<4x4xf32>) {
  tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d0 * 2 + d1)>, affine_map<(d0, d1) -> ((d0 - 3) mod 4)>, affine_map<(d0, d1) -> (d0 floordiv 2)>,
                               affine_map<(d0, d1) -> (d1 ceildiv 2)>, affine_map<(d0, d1) -> (d0, d1)>],
              iterator_types = ["parallel", "parallel"]}
      ins(%x, %y, %y, %y : memref<10xf32>, memref<4xf32>, memref<4xf32>, memref<4xf32>) outs(%out : memref<4x4xf32>) {
  ^bb0(%e: f32, %f: f32, %g: f32, %h: f32, %acc: f32):
    %p = arith.mulf %e, %f : f32
    %q = arith.addf %g, %h : f32
    %r = arith.addf %p, %q : f32
    tl.yield %r : f32
  }
  return
}

// -----

// Dynamic sizes come from tl.dim of the first operand dimension that is a plain dN.
// CHECK-LABEL: func.func @main
// CHECK:         %[[D0:.*]] = tl.dim %[[BUF:.*]], 0 : memref<?x?xf32>
// CHECK-NEXT:    %[[D1:.*]] = tl.dim %[[BUF]], 1 : memref<?x?xf32>
// CHECK:         scf.for %{{.*}} = %{{.*}} to %[[D0]] step
// CHECK-NEXT:      scf.for %{{.*}} = %{{.*}} to %[[D1]] step
func.func @main(%src: memref<3x5xf32>) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = tl.dim %src, 0 : memref<3x5xf32>
  %m = tl.dim %src, 1 : memref<3x5xf32>
  %buf = tl.alloc(%n, %m) : memref<?x?xf32>
  tl.copy %src, %buf : memref<3x5xf32> to memref<?x?xf32>
  %two = arith.constant 2.0 : f32
  tl.generic {indexing_maps = [affine_map<(d0, d1) -> ()>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]}
      ins(%two : f32) outs(%buf : memref<?x?xf32>) {
  ^bb0(%e: f32, %o: f32):
    %r = arith.mulf %o, %e : f32
    tl.yield %r : f32
  }
  %c2 = arith.constant 2 : index
  %c4 = arith.constant 4 : index
  %r = tl.load %buf[%c2, %c4] : memref<?x?xf32>
  tl.dealloc %buf : memref<?x?xf32>
  return %r : f32
}
