// RUN: mlc-opt --outline-parallel-loops --no-check-semantics --split-input-file %s | FileCheck %s
// RUN: mlc-opt --outline-parallel-loops --convert-scf-to-cf --convert-to-llvm --no-check-semantics --split-input-file %s | FileCheck %s --check-prefix=LLVM

// A 2-D parallel loop: the two dimensions are flattened into one range [0, 4 * 3); the body moves
// to @main_parallel0 with the buffers it uses packed in a struct on the stack.
// CHECK-LABEL: llvm.func @mlc_parallel_for(!llvm.ptr, !llvm.ptr, i64, i64, i64)
// CHECK-LABEL: func.func @main
// CHECK-SAME:    (%[[A:.*]]: memref<4x3xf32>, %[[B:.*]]: memref<4x3xf32>)
// CHECK:         %[[CTX:.*]] = llvm.alloca %{{.*}} x !llvm.struct<(struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>)>
// CHECK:         %[[DA:.*]] = builtin.unrealized_conversion_cast %[[A]] : memref<4x3xf32> to !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> {mlc.parallel_pack}
// CHECK:         %[[PA:.*]] = llvm.getelementptr %[[CTX]][0, 0]
// CHECK:         llvm.store %[[DA]], %[[PA]]
// CHECK:         %[[PB:.*]] = llvm.getelementptr %[[CTX]][0, 1]
// CHECK:         llvm.store %{{.*}}, %[[PB]]
// CHECK:         %[[TOTAL:.*]] = arith.muli %{{.*}}, %{{.*}} : index
// CHECK:         %[[SMALL:.*]] = arith.cmpi slt, %[[TOTAL]], %{{.*}} : index
// CHECK:         scf.if %[[SMALL]] {
// CHECK:           func.call @main_parallel0(%[[CTX]], %{{.*}}, %[[TOTAL]]) : (!llvm.ptr, index, index) -> ()
// CHECK:         } else {
// CHECK:           %[[FN:.*]] = llvm.mlir.addressof @main_parallel0 : !llvm.ptr
// CHECK:           %[[T64:.*]] = arith.index_cast %[[TOTAL]] : index to i64
// CHECK:           llvm.call @mlc_parallel_for(%[[FN]], %[[CTX]], %{{.*}}, %[[T64]], %{{.*}})
// CHECK-NOT:     scf.parallel
// CHECK:         return
// CHECK-LABEL: func.func private @main_parallel0(
// CHECK-SAME:    %[[C0:.*]]: !llvm.ptr, %[[L0:.*]]: index, %[[H0:.*]]: index)
// CHECK-NEXT:    call @main_parallel0_body(%[[C0]], %[[L0]], %[[H0]]) : (!llvm.ptr, index, index) -> ()
// CHECK-LABEL: func.func private @main_parallel0_body(
// CHECK-SAME:    %[[C:.*]]: !llvm.ptr, %[[LO:.*]]: index, %[[HI:.*]]: index)
// CHECK:         %[[P0:.*]] = llvm.getelementptr %[[C]][0, 0]
// CHECK:         %[[L0:.*]] = llvm.load %[[P0]] : !llvm.ptr -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
// CHECK:         %[[A2:.*]] = builtin.unrealized_conversion_cast %[[L0]] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> to memref<4x3xf32>
// CHECK:         %[[ILO:.*]] = arith.divui %[[LO]], %{{.*}} : index
// CHECK:         scf.for %[[I:.*]] = %[[ILO]] to %{{.*}} step %{{.*}} {
// CHECK:           arith.maxsi
// CHECK:           arith.minsi
// CHECK:           scf.for %[[J:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK:             tl.load %[[A2]]
// CHECK:             arith.mulf
// CHECK:             tl.store
// CHECK:         return
// The casts of the captured buffers lower with the buffers (a function argument's descriptor is
// rebuilt from its expanded fields); nothing but llvm is left.
// LLVM-LABEL: llvm.func @main(
// LLVM:         llvm.insertvalue
// LLVM:         llvm.store
// LLVM:         llvm.call @main_parallel0
// LLVM:         llvm.mlir.addressof @main_parallel0
// LLVM:         llvm.call @mlc_parallel_for
// LLVM-LABEL: llvm.func @main_parallel0(%{{.*}}: !llvm.ptr, %{{.*}}: i64, %{{.*}}: i64)
// LLVM-LABEL: llvm.func @main_parallel0_body(%{{.*}}: !llvm.ptr, %{{.*}}: i64, %{{.*}}: i64)
// LLVM-NOT:     unrealized_conversion_cast
// LLVM:         llvm.load %{{.*}} : !llvm.ptr -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
// LLVM:         llvm.fmul
// LLVM-NOT:     unrealized_conversion_cast
func.func @main(%a: memref<4x3xf32>, %b: memref<4x3xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %c4 = arith.constant 4 : index
  scf.parallel (%i, %j) = (%c0, %c0) to (%c4, %c3) step (%c1, %c1) {
    %x = tl.load %a[%i, %j] : memref<4x3xf32>
    %y = arith.mulf %x, %x : f32
    tl.store %y, %b[%i, %j] : memref<4x3xf32>
    scf.reduce
  }
  return
}

// -----

// A 1-D loop with a dynamic bound and a non-unit step: the trip count is computed at run time; a
// scalar captured value is packed as it is; a nested scf.parallel stays inside the outlined body.
// CHECK-LABEL: func.func @dyn
// CHECK-SAME:    (%[[M:.*]]: memref<?xf32>, %[[N:.*]]: index, %[[S:.*]]: f32)
// CHECK:         %[[CTX:.*]] = llvm.alloca %{{.*}} x !llvm.struct<(struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, f32)>
// CHECK:         %[[D:.*]] = arith.subi %[[N]], %{{.*}} : index
// CHECK:         %[[Q:.*]] = arith.ceildivsi %[[D]], %{{.*}} : index
// CHECK:         %[[T:.*]] = arith.maxsi %[[Q]], %{{.*}} : index
// CHECK:         llvm.store %[[S]], %{{.*}} : f32, !llvm.ptr
// CHECK:         scf.if
// CHECK:           func.call @dyn_parallel0(%[[CTX]], %{{.*}}, %[[T]])
// CHECK-LABEL: func.func private @dyn_parallel0_body
// CHECK:         %[[SS:.*]] = llvm.load %{{.*}} : !llvm.ptr -> f32
// CHECK:         scf.for %[[K:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK:           %[[IV:.*]] = arith.addi %{{.*}}, %{{.*}} : index
// CHECK:           scf.parallel
// CHECK:             arith.addf %{{.*}}, %[[SS]] : f32
func.func @dyn(%m: memref<?xf32>, %n: index, %s: f32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  scf.parallel (%i) = (%c0) to (%n) step (%c2) {
    scf.parallel (%j) = (%c0) to (%c1) step (%c1) {
      %x = tl.load %m[%i] : memref<?xf32>
      %y = arith.addf %x, %s : f32
      tl.store %y, %m[%i] : memref<?xf32>
      scf.reduce
    }
    scf.reduce
  }
  return
}

// -----

// A buffer the function allocated (and nothing else captured is a view of) gets static sizes and
// strides in the outlined body, and its data pointer becomes a noalias argument of the body, loaded
// by the function the runtime calls (LLVM then knows it aliases nothing, as in the original function).
// CHECK-LABEL: func.func private @fresh_parallel0(
// CHECK-SAME:    %[[C:.*]]: !llvm.ptr, %[[L:.*]]: index, %[[H:.*]]: index)
// CHECK-NEXT:    %[[P:.*]] = llvm.getelementptr %[[C]][0, 1, 1]
// CHECK-NEXT:    %[[T:.*]] = llvm.load %[[P]] : !llvm.ptr -> !llvm.ptr
// CHECK-NEXT:    call @fresh_parallel0_body(%[[C]], %[[L]], %[[H]], %[[T]])
// CHECK-LABEL: func.func private @fresh_parallel0_body(
// CHECK-SAME:    %{{.*}}: !llvm.ptr {llvm.noalias})
// CHECK:         llvm.insertvalue %{{.*}}[3, 1]
// CHECK:         llvm.insertvalue %{{.*}}[4, 0]
// CHECK:         llvm.insertvalue %[[ARG:.*]], %{{.*}}[0]
// CHECK-NEXT:    llvm.insertvalue %[[ARG]], %{{.*}}[1]
// LLVM-LABEL: llvm.func @fresh_parallel0_body(
// LLVM-SAME:    %{{.*}}: !llvm.ptr {llvm.noalias})
func.func @fresh(%a: memref<8x4xf32>) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %c8 = arith.constant 8 : index
  %t = tl.alloc() {alignment = 64 : i64} : memref<8x4xf32>
  scf.parallel (%i, %j) = (%c0, %c0) to (%c8, %c4) step (%c1, %c1) {
    %x = tl.load %a[%i, %j] : memref<8x4xf32>
    %y = arith.addf %x, %x : f32
    tl.store %y, %t[%i, %j] : memref<8x4xf32>
    scf.reduce
  }
  %r = tl.load %t[%c1, %c1] : memref<8x4xf32>
  tl.dealloc %t : memref<8x4xf32>
  return %r : f32
}

// -----

// Loops with reductions are left alone (their combination order would depend on the split).
// CHECK-LABEL: func.func @sum
// CHECK:         scf.parallel
// CHECK-NOT:     mlc_parallel_for
func.func @sum(%m: memref<8xf32>) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %z = arith.constant 0.0 : f32
  %r = scf.parallel (%i) = (%c0) to (%c8) step (%c1) init (%z) -> f32 {
    %x = tl.load %m[%i] : memref<8xf32>
    scf.reduce(%x : f32) {
    ^bb0(%l: f32, %r2: f32):
      %s = arith.addf %l, %r2 : f32
      scf.reduce.return %s : f32
    }
  }
  return %r : f32
}
