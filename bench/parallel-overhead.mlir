// Parallel-region overhead: 40 chained adds on 64x512 (each one parallel region of 32,768 elements, about
// the size of the MLP benchmark's hidden layers). Compare `mlc-run bench/parallel-overhead.mlir --random-inputs --bench 200`
// (sequential pipeline) with `--threads 1` (every region through mlc_parallel_for on one thread) and `--threads 2`.
func.func @main(%x: tensor<64x512xf32>) -> tensor<64x512xf32> {
  %r0 = "graph.add"(%x, %x) : (tensor<64x512xf32>, tensor<64x512xf32>) -> tensor<64x512xf32>
  %r1 = "graph.add"(%r0, %x) : (tensor<64x512xf32>, tensor<64x512xf32>) -> tensor<64x512xf32>
  %r2 = "graph.add"(%r1, %x) : (tensor<64x512xf32>, tensor<64x512xf32>) -> tensor<64x512xf32>
  %r3 = "graph.add"(%r2, %x) : (tensor<64x512xf32>, tensor<64x512xf32>) -> tensor<64x512xf32>
  %r4 = "graph.add"(%r3, %x) : (tensor<64x512xf32>, tensor<64x512xf32>) -> tensor<64x512xf32>
  %r5 = "graph.add"(%r4, %x) : (tensor<64x512xf32>, tensor<64x512xf32>) -> tensor<64x512xf32>
  %r6 = "graph.add"(%r5, %x) : (tensor<64x512xf32>, tensor<64x512xf32>) -> tensor<64x512xf32>
  %r7 = "graph.add"(%r6, %x) : (tensor<64x512xf32>, tensor<64x512xf32>) -> tensor<64x512xf32>
  %r8 = "graph.add"(%r7, %x) : (tensor<64x512xf32>, tensor<64x512xf32>) -> tensor<64x512xf32>
  %r9 = "graph.add"(%r8, %x) : (tensor<64x512xf32>, tensor<64x512xf32>) -> tensor<64x512xf32>
  %r10 = "graph.add"(%r9, %x) : (tensor<64x512xf32>, tensor<64x512xf32>) -> tensor<64x512xf32>
  %r11 = "graph.add"(%r10, %x) : (tensor<64x512xf32>, tensor<64x512xf32>) -> tensor<64x512xf32>
  %r12 = "graph.add"(%r11, %x) : (tensor<64x512xf32>, tensor<64x512xf32>) -> tensor<64x512xf32>
  %r13 = "graph.add"(%r12, %x) : (tensor<64x512xf32>, tensor<64x512xf32>) -> tensor<64x512xf32>
  %r14 = "graph.add"(%r13, %x) : (tensor<64x512xf32>, tensor<64x512xf32>) -> tensor<64x512xf32>
  %r15 = "graph.add"(%r14, %x) : (tensor<64x512xf32>, tensor<64x512xf32>) -> tensor<64x512xf32>
  %r16 = "graph.add"(%r15, %x) : (tensor<64x512xf32>, tensor<64x512xf32>) -> tensor<64x512xf32>
  %r17 = "graph.add"(%r16, %x) : (tensor<64x512xf32>, tensor<64x512xf32>) -> tensor<64x512xf32>
  %r18 = "graph.add"(%r17, %x) : (tensor<64x512xf32>, tensor<64x512xf32>) -> tensor<64x512xf32>
  %r19 = "graph.add"(%r18, %x) : (tensor<64x512xf32>, tensor<64x512xf32>) -> tensor<64x512xf32>
  %r20 = "graph.add"(%r19, %x) : (tensor<64x512xf32>, tensor<64x512xf32>) -> tensor<64x512xf32>
  %r21 = "graph.add"(%r20, %x) : (tensor<64x512xf32>, tensor<64x512xf32>) -> tensor<64x512xf32>
  %r22 = "graph.add"(%r21, %x) : (tensor<64x512xf32>, tensor<64x512xf32>) -> tensor<64x512xf32>
  %r23 = "graph.add"(%r22, %x) : (tensor<64x512xf32>, tensor<64x512xf32>) -> tensor<64x512xf32>
  %r24 = "graph.add"(%r23, %x) : (tensor<64x512xf32>, tensor<64x512xf32>) -> tensor<64x512xf32>
  %r25 = "graph.add"(%r24, %x) : (tensor<64x512xf32>, tensor<64x512xf32>) -> tensor<64x512xf32>
  %r26 = "graph.add"(%r25, %x) : (tensor<64x512xf32>, tensor<64x512xf32>) -> tensor<64x512xf32>
  %r27 = "graph.add"(%r26, %x) : (tensor<64x512xf32>, tensor<64x512xf32>) -> tensor<64x512xf32>
  %r28 = "graph.add"(%r27, %x) : (tensor<64x512xf32>, tensor<64x512xf32>) -> tensor<64x512xf32>
  %r29 = "graph.add"(%r28, %x) : (tensor<64x512xf32>, tensor<64x512xf32>) -> tensor<64x512xf32>
  %r30 = "graph.add"(%r29, %x) : (tensor<64x512xf32>, tensor<64x512xf32>) -> tensor<64x512xf32>
  %r31 = "graph.add"(%r30, %x) : (tensor<64x512xf32>, tensor<64x512xf32>) -> tensor<64x512xf32>
  %r32 = "graph.add"(%r31, %x) : (tensor<64x512xf32>, tensor<64x512xf32>) -> tensor<64x512xf32>
  %r33 = "graph.add"(%r32, %x) : (tensor<64x512xf32>, tensor<64x512xf32>) -> tensor<64x512xf32>
  %r34 = "graph.add"(%r33, %x) : (tensor<64x512xf32>, tensor<64x512xf32>) -> tensor<64x512xf32>
  %r35 = "graph.add"(%r34, %x) : (tensor<64x512xf32>, tensor<64x512xf32>) -> tensor<64x512xf32>
  %r36 = "graph.add"(%r35, %x) : (tensor<64x512xf32>, tensor<64x512xf32>) -> tensor<64x512xf32>
  %r37 = "graph.add"(%r36, %x) : (tensor<64x512xf32>, tensor<64x512xf32>) -> tensor<64x512xf32>
  %r38 = "graph.add"(%r37, %x) : (tensor<64x512xf32>, tensor<64x512xf32>) -> tensor<64x512xf32>
  %r39 = "graph.add"(%r38, %x) : (tensor<64x512xf32>, tensor<64x512xf32>) -> tensor<64x512xf32>
  return %r39 : tensor<64x512xf32>
}
