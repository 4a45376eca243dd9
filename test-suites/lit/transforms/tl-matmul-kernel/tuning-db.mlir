// RUN: mlc-opt --tl-matmul-kernel="tuning-db=%S/Inputs/tuning-db.json tuning-target=test-cpu" --mlir-pass-statistics %s 2>&1 | FileCheck %s
// RUN: mlc-opt --tl-matmul-kernel %s | FileCheck %s --check-prefix=DEFAULT
// RUN: mlc-opt --tl-matmul-kernel="tuning-db=%S/Inputs/tuning-db.json tuning-target=test-cpu tuning-threads=2" %s 2>&1 | FileCheck %s --check-prefix=THREADS
// RUN: mlc-opt --tl-matmul-kernel="tuning-db=%S/Inputs/tuning-db.json tuning-target=other-cpu" %s 2>&1 | FileCheck %s --check-prefix=OTHER
// RUN: not mlc-opt --tl-matmul-kernel="tuning-db=%S/Inputs/no-such-db.json tuning-target=test-cpu" %s 2>&1 | FileCheck %s --check-prefix=NOFILE

// A tuning database entry (for this shape, target and thread count) replaces the options' tile:
// the matmul gets a 4 x 48 register tile (4 rows of 3 vectors: 12 accumulators) in blocks of 8 rows
// and 8 k; the convolution a 6 x 16 tile. The semantics check interprets @mm and @conv before and after.
// CHECK-NOT:     remark
// CHECK:         (S) 2 num-tuned - products and convolutions given a tuning database entry's parameters
// CHECK-LABEL: func.func @mm
// CHECK:         tl.alloc() {alignment = 64 : i64} : memref<1x24x48xf32>
// CHECK:         tl.loop (%{{.*}}) = (%{{.*}}) to (%{{.*}}) step (%{{.*}}) iterators ["parallel"]
// CHECK:           tl.loop (%{{.*}}) = (%{{.*}}) to (%{{.*}}) step (%{{.*}}) iterators ["reduction"]
// CHECK:             %{{.*}}:12 = tl.loop
// CHECK-LABEL: func.func @conv
// CHECK:         %{{.*}}:6 = tl.loop

// Without the database: the default 8 x 32 tile (16 accumulators; for the 6 channels of the
// convolution, 6 rows of 2 vectors).
// DEFAULT-LABEL: func.func @mm
// DEFAULT:         tl.alloc() {alignment = 64 : i64} : memref<2x24x32xf32>
// DEFAULT:         %{{.*}}:16 = tl.loop
// DEFAULT-LABEL: func.func @conv
// DEFAULT:         %{{.*}}:12 = tl.loop

// Entries for another thread count or another CPU are not applied; a database from another
// machine says so.
// THREADS: remark: tuning database '{{.*}}tuning-db.json' has no entries for 2 thread(s) on target test-cpu: default parameters used
// THREADS: memref<2x24x32xf32>
// OTHER: remark: tuning database '{{.*}}tuning-db.json' has no entries for target other-cpu (only for test-cpu/{{[0-9a-f]+}}): ignored, default parameters used
// OTHER: memref<2x24x32xf32>
// NOFILE: error: tl-matmul-kernel: cannot read the tuning database '{{.*}}no-such-db.json': no such file

func.func @mm(%a: memref<16x24xf32>, %b: memref<24x48xf32>, %c: memref<16x48xf32>) {
  tl.matmul ins(%a, %b : memref<16x24xf32>, memref<24x48xf32>) outs(%c : memref<16x48xf32>)
  return
}

func.func @conv(%x: memref<1x2x6x22xf32>, %w: memref<6x2x3x3xf32>, %y: memref<1x6x4x20xf32>) {
  tl.generic {indexing_maps = [affine_map<(n, m, oh, ow, c, kh, kw) -> (n, c, oh + kh, ow + kw)>,
                               affine_map<(n, m, oh, ow, c, kh, kw) -> (m, c, kh, kw)>,
                               affine_map<(n, m, oh, ow, c, kh, kw) -> (n, m, oh, ow)>],
              iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction"]}
      ins(%x, %w : memref<1x2x6x22xf32>, memref<6x2x3x3xf32>) outs(%y : memref<1x6x4x20xf32>) {
  ^bb0(%xi: f32, %wi: f32, %yi: f32):
    %p = arith.mulf %xi, %wi : f32
    %s = arith.addf %yi, %p : f32
    tl.yield %s : f32
  }
  return
}
