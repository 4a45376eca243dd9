// RUN: mlc-opt --tl-matmul-kernel='kc=16 mr=4' --check-semantics %s | FileCheck %s
// RUN: mlc-run %s --entry=graph --random-inputs --seed 1 --threads 2 --check-against-interpreter 2>&1 | FileCheck %s --check-prefix=NATIVE
// RUN: mlc-run %s --entry=graph --random-inputs --seed 2 --threads 1 --check-against-interpreter 2>&1 | FileCheck %s --check-prefix=NATIVE

// A small batch: M = 10 rows are one row block (mc = 64), so the 5 full 32-column panels of N = 167
// are split into groups, a second parallel dimension of the outer loop (5 groups of one panel: at
// least 8 chunks wanted, at most one group per panel); the 7-column edge panel gets its own loop over
// row blocks, and the last 2 rows (mr = 4) their own kernels. K = 40 > kc = 16: k blocks inside each
// group, in order, so every element sums in the same order. mlc-opt checks @main against the
// interpreter; mlc-run runs the same product from the graph level (@graph) natively.
// CHECK-LABEL: func.func @main
// Packing B (5 full panels x 40 rows), then the row blocks x panel groups:
// CHECK:         tl.loop {{.*}} iterators ["parallel", "parallel"]
// CHECK:         tl.loop (%{{.*}}, %{{.*}}) = {{.*}} iterators ["parallel", "parallel"]
// CHECK:           tl.loop (%{{.*}}) = {{.*}} iterators ["reduction"]
// CHECK:             tl.loop (%[[P:.*]]) = {{.*}} iterators ["parallel"]
// CHECK:               %{{.*}}:8 = tl.loop
// Edge panel (7 columns: one masked vector per row):
// CHECK:         tl.loop (%{{.*}}) = {{.*}} iterators ["parallel"]
// CHECK:           %{{.*}}:4 = tl.loop
// Last 2 rows:
// CHECK:         %{{.*}}:4 = tl.loop
// CHECK:         %{{.*}}:2 = tl.loop
// NATIVE: check-against-interpreter: ok (1 results
func.func @main(%a: memref<10x40xf32>, %b: memref<40x167xf32>, %c: memref<10x167xf32>) {
  %zero = arith.constant 0.0 : f32
  tl.fill %zero, %c : memref<10x167xf32>
  tl.matmul ins(%a, %b : memref<10x40xf32>, memref<40x167xf32>) outs(%c : memref<10x167xf32>)
  return
}
func.func @graph(%a: tensor<10x40xf32>, %b: tensor<40x167xf32>) -> tensor<10x167xf32> {
  %c = "graph.matmul"(%a, %b) : (tensor<10x40xf32>, tensor<40x167xf32>) -> tensor<10x167xf32>
  return %c : tensor<10x167xf32>
}
