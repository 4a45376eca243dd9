// Native runs: examples/mlp.mlir (a copy) lowered with graph-to-llvm, JIT-compiled and compared
// with the reference interpreter; the printed outputs are those of --interpret.
// RUN: mlc-run %s --random-inputs --seed 1 --check-against-interpreter
// RUN: mlc-run %s --random-inputs --seed 1 --print-outputs --check-against-interpreter 2>&1 | FileCheck %s
// RUN: mlc-run %s --random-inputs --seed 1 --print-outputs > %t.native
// RUN: mlc-run %s --interpret --random-inputs --seed 1 --print-outputs | FileCheck %s
// RUN: FileCheck %s < %t.native
// RUN: mlc-run %s --random-inputs --bench 3 --no-cache --threads 1 | FileCheck %s --check-prefix=BENCH
// RUN: mlc-run %s --random-inputs --bench 3 --no-cache --threads 2 | FileCheck %s --check-prefix=BENCH2
// RUN: not mlc-run %s --random-inputs --seed 1 --check-against-interpreter --rtol 0 --atol 0 2>&1 | FileCheck %s --check-prefix=STRICT

// CHECK: out0: tensor<1x4xf32> = {{\[\[}}0.14241{{[0-9]*}}, 0.18172{{[0-9]*}}, 0.28495{{[0-9]*}}, 0.39091{{[0-9]*}}]]
// BENCH: parse: {{[0-9.]+}} ms
// BENCH: cache: off
// BENCH-NEXT: lower (graph-to-llvm): {{[0-9.]+}} ms
// BENCH-NEXT: llvm (translation, optimization, codegen): {{[0-9.]+}} ms
// BENCH-NEXT: bench: median_ms={{[0-9.]+}} min_ms={{[0-9.]+}} runs=3 threads=1
// More than one thread: the parallel loops run on the parallel runtime.
// BENCH2: lower (graph-to-llvm-parallel): {{[0-9.]+}} ms
// BENCH2: bench: median_ms={{[0-9.]+}} min_ms={{[0-9.]+}} runs=3 threads=2
// STRICT: native.mlir:{{[0-9]+}}:1: error: native results of '@main' differ from the interpreter's on random inputs (seed 1)
// STRICT-NOT: at dev.mlc

func.func @main(%x: tensor<1x16xf32> {graph.name = "input"}) -> (tensor<1x4xf32> {graph.name = "probs"}) {
  %w1 = "graph.constant"() {value = dense<[[-0.3523, -0.6983, 0.3019, -0.8551, 0.0718, -0.2686, -0.8840, 0.0149], [-0.9250, -0.1327, -0.8603, -0.8186, -0.1510, 0.6537, -0.7524, -0.5535], [0.2549, 0.8954, 0.1542, -0.2066, 0.9525, -0.9068, 0.7169, -0.4208], [-0.7115, -0.7644, -0.3830, 0.6323, -0.6385, 0.1632, 0.2778, -0.2552], [0.0955, -0.8744, -0.8808, -0.5881, 0.3608, -0.1448, -0.3717, 0.1711], [-0.0936, -0.4005, 0.5888, 0.3980, -0.5118, 0.1488, 0.0504, 0.7503], [0.4589, -0.4241, 0.9603, -0.7639, -0.1638, 0.5143, -0.6960, -0.0221], [-0.9216, 0.3364, 0.5291, 0.1461, 0.7510, -0.3725, 0.3906, 0.1887], [0.1598, -0.0876, 0.6799, 0.8894, -0.0518, 0.3283, -0.8787, 0.4030], [0.2943, 0.9862, 0.6438, -0.4308, -0.2284, 0.3373, -0.9549, -0.0766], [-0.6639, -0.7658, -0.8821, 0.5365, -0.7413, -0.5048, -0.2181, 0.7428], [-0.8388, -0.1016, 0.0989, 0.7668, 0.6386, 0.7280, -0.4432, -0.1694], [-0.2825, 0.7684, 0.9155, -0.6982, -0.6476, -0.5361, -0.5333, -0.0301], [0.1782, -0.4745, -0.9918, -0.1621, -0.2615, 0.1327, 0.9062, 0.3810], [0.0310, 0.2352, 0.3524, -0.8920, 0.7991, 0.5599, 0.7490, 0.5957], [-0.2152, -0.2020, -0.7929, 0.2686, -0.8755, -0.8653, -0.5825, -0.6754]]> : tensor<16x8xf32>} : () -> tensor<16x8xf32>
  %b1 = "graph.constant"() {value = dense<[-0.1599, -0.4474, -0.4998, -0.3487, -0.3985, -0.1364, -0.4745, 0.3743]> : tensor<8xf32>} : () -> tensor<8xf32>
  %w2 = "graph.constant"() {value = dense<[[0.2281, -0.7029, -0.4955, -0.3052], [-0.2717, -0.7543, 0.6979, 0.9862], [-0.0680, -0.0323, -0.8282, -0.7956], [-0.3147, -0.4705, 0.6577, -0.6771], [-0.9538, 0.9020, 0.0565, -0.7068], [0.0863, -0.9459, 0.0562, 0.9570], [0.7267, 0.3924, -0.4778, -0.2666], [-0.6659, 0.5439, 0.0652, 0.5581]]> : tensor<8x4xf32>} : () -> tensor<8x4xf32>
  %b2 = "graph.constant"() {value = dense<[-0.1703, -0.2770, 0.3115, 0.4849]> : tensor<4xf32>} : () -> tensor<4xf32>
  %h = "graph.matmul"(%x, %w1) : (tensor<1x16xf32>, tensor<16x8xf32>) -> tensor<1x8xf32>
  %hb = "graph.add"(%h, %b1) : (tensor<1x8xf32>, tensor<8xf32>) -> tensor<1x8xf32>
  %a = "graph.relu"(%hb) : (tensor<1x8xf32>) -> tensor<1x8xf32>
  %o = "graph.matmul"(%a, %w2) : (tensor<1x8xf32>, tensor<8x4xf32>) -> tensor<1x4xf32>
  %ob = "graph.add"(%o, %b2) : (tensor<1x4xf32>, tensor<4xf32>) -> tensor<1x4xf32>
  %p = "graph.softmax"(%ob) {axis = -1 : i64} : (tensor<1x4xf32>) -> tensor<1x4xf32>
  return %p : tensor<1x4xf32>
}
