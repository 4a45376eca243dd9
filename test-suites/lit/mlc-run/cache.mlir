// The on-disk cache of compiled code: the first run lowers, compiles and stores; later runs of the
// same module (comments and formatting aside) with the same options link the stored object.
// RUN: rm -rf %t.cache
// RUN: mlc-run %s --random-inputs --seed 3 --print-outputs --bench 1 --cache-dir %t.cache | FileCheck %s --check-prefixes=CHECK,MISS
// RUN: mlc-run %s --random-inputs --seed 3 --print-outputs --bench 1 --cache-dir %t.cache | FileCheck %s --check-prefixes=CHECK,HIT
// RUN: mlc-run %s --random-inputs --seed 3 --check-against-interpreter --cache-dir %t.cache
// $MLC_CACHE_DIR names the directory when --cache-dir does not.
// RUN: env MLC_CACHE_DIR=%t.cache mlc-run %s --random-inputs --bench 1 | FileCheck %s --check-prefix=HIT
// RUN: mlc-run %s --random-inputs --bench 1 --no-cache | FileCheck %s --check-prefix=OFF
// RUN: not mlc-run %s --random-inputs --no-cache --cache-dir %t.cache 2>&1 | FileCheck %s --check-prefix=BOTH

// CHECK: out0: tensor<2x3xf32> = {{\[\[.*\]\]}}
// MISS: cache: miss
// MISS-NEXT: lower (graph-to-llvm{{(-parallel)?}}): {{[0-9.]+}} ms
// MISS-NEXT: llvm (translation, optimization, codegen): {{[0-9.]+}} ms
// HIT: cache: hit
// HIT-NEXT: load (cached object, link): {{[0-9.]+}} ms
// HIT-NOT: lower
// OFF: cache: off
// BOTH: error: --no-cache and --cache-dir contradict each other

func.func @main(%a: tensor<2x3xf32>, %b: tensor<3xf32>) -> tensor<2x3xf32> {
  %s = "graph.mul"(%a, %b) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %t = "graph.tanh"(%s) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %t : tensor<2x3xf32>
}
