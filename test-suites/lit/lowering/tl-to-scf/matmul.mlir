// RUN: mlc-opt --convert-tl-to-scf --split-input-file %s | FileCheck %s
// RUN: mlc-opt --convert-tl-to-scf=parallel-loops=true --split-input-file %s | FileCheck %s --check-prefix=PAR

// tl.matmul: C[i, j] += A[i, k] * B[k, j] with arith.mulf/addf on floats.
// CHECK-LABEL: func.func @main
// CHECK-SAME:    (%[[A:.*]]: memref<4x6xf32>, %[[B:.*]]: memref<6x3xf32>, %[[C:.*]]: memref<4x3xf32>)
// CHECK:         scf.for %[[I:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK-NEXT:      scf.for %[[J:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK-NEXT:        scf.for %[[K:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK-NEXT:          %[[X:.*]] = tl.load %[[A]][%[[I]], %[[K]]] : memref<4x6xf32>
// CHECK-NEXT:          %[[Y:.*]] = tl.load %[[B]][%[[K]], %[[J]]] : memref<6x3xf32>
// CHECK-NEXT:          %[[Z:.*]] = tl.load %[[C]][%[[I]], %[[J]]] : memref<4x3xf32>
// CHECK-NEXT:          %[[P:.*]] = arith.mulf %[[X]], %[[Y]] : f32
// CHECK-NEXT:          %[[S:.*]] = arith.addf %[[Z]], %[[P]] : f32
// CHECK-NEXT:          tl.store %[[S]], %[[C]][%[[I]], %[[J]]] : memref<4x3xf32>
// CHECK-NOT:     tl.matmul
// PAR-LABEL:   func.func @main
// PAR:           scf.parallel (%[[I:.*]], %[[J:.*]]) = (%{{.*}}, %{{.*}}) to (%{{.*}}, %{{.*}}) step (%{{.*}}, %{{.*}}) {
// PAR-NEXT:        scf.for %[[K:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// PAR-NEXT:          tl.load %{{.*}}[%[[I]], %[[K]]] : memref<4x6xf32>
// PAR:             }
// PAR-NEXT:        scf.reduce
// PAR-NEXT:      }
func.func @main(%a: memref<4x6xf32>, %b: memref<6x3xf32>, %c: memref<4x3xf32>) {
  tl.matmul ins(%a, %b : memref<4x6xf32>, memref<6x3xf32>) outs(%c : memref<4x3xf32>)
  return
}

// -----

// Integers use arith.muli/addi (wrapping); dynamic sizes come from tl.dim (M and K from A, N from B).
// CHECK-LABEL: func.func @matmul_dynamic
// CHECK-SAME:    (%[[A:.*]]: memref<?x?xi32>, %[[B:.*]]: memref<?x?xi32>, %[[C:.*]]: memref<?x?xi32>)
// CHECK-DAG:     %[[M:.*]] = tl.dim %[[A]], 0 : memref<?x?xi32>
// CHECK-DAG:     %[[K:.*]] = tl.dim %[[A]], 1 : memref<?x?xi32>
// CHECK-DAG:     %[[N:.*]] = tl.dim %[[B]], 1 : memref<?x?xi32>
// CHECK:         scf.for %{{.*}} = %{{.*}} to %[[M]] step
// CHECK-NEXT:      scf.for %{{.*}} = %{{.*}} to %[[N]] step
// CHECK-NEXT:        scf.for %{{.*}} = %{{.*}} to %[[K]] step
// CHECK:               arith.muli
// CHECK-NEXT:          arith.addi
func.func @matmul_dynamic(%a: memref<?x?xi32>, %b: memref<?x?xi32>, %c: memref<?x?xi32>) {
  tl.matmul ins(%a, %b : memref<?x?xi32>, memref<?x?xi32>) outs(%c : memref<?x?xi32>)
  return
}

// -----

// CHECK-LABEL: func.func @main
// CHECK:         arith.muli %{{.*}}, %{{.*}} : i8
func.func @main(%a: memref<2x7xi8>, %b: memref<7x5xi8>, %c: memref<2x5xi8>) {
  tl.matmul ins(%a, %b : memref<2x7xi8>, memref<7x5xi8>) outs(%c : memref<2x5xi8>)
  return
}
