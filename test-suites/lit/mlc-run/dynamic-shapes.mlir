// Dynamic dimensions: the module is specialized to the shapes of the inputs (from the .npy files
// or --input-shape), compiled natively once per distinct shape, and compared with the interpreter.
// RUN: mlc-run %s --input x=%S/Inputs/f32-3x2.npy --print-outputs --check-against-interpreter --no-cache 2>&1 | FileCheck %s --check-prefix=NPY
// RUN: mlc-run %s --input x=%S/Inputs/f32-3x2.npy --print-outputs --interpret | FileCheck %s --check-prefix=NPY
// RUN: mlc-run %s --input-shape x=5x2 --random-inputs --seed 4 --check-against-interpreter --print-outputs --no-cache 2>&1 | FileCheck %s --check-prefix=FIVE
// RUN: mlc-run %s --input-shape arg0=1x2 --random-inputs --seed 4 --check-against-interpreter --no-cache 2>&1 | FileCheck %s --check-prefix=ONE
// The disk cache holds one entry per shape.
// RUN: rm -rf %t.cache
// RUN: mlc-run %s --input-shape x=5x2 --random-inputs --bench 1 --cache-dir %t.cache | FileCheck %s --check-prefix=MISS
// RUN: mlc-run %s --input-shape x=4x2 --random-inputs --bench 1 --cache-dir %t.cache | FileCheck %s --check-prefix=MISS
// RUN: mlc-run %s --input-shape x=5x2 --random-inputs --bench 1 --cache-dir %t.cache | FileCheck %s --check-prefix=HIT
// RUN: not mlc-run %s --input-shape x=5x3 --random-inputs 2>&1 | FileCheck %s --check-prefix=BAD

// NPY: out0: tensor<?x2xf32> = {{\[\[[^]]*\], \[[^]]*\], \[[^]]*\]\]$}}
// NPY: out1: tensor<2xf32> = {{\[}}
// FIVE: check-against-interpreter: ok (2 results
// FIVE: out0: tensor<?x2xf32> = {{\[(\[[^]]*\], ){4}\[[^]]*\]\]$}}
// ONE: check-against-interpreter: ok (2 results
// MISS: cache: miss
// HIT: cache: hit
// BAD: error: --input-shape 5x3 does not fit argument #0 ('x', tensor<?x2xf32>)

func.func @main(%x: tensor<?x2xf32> {graph.name = "x"}) -> (tensor<?x2xf32>, tensor<2xf32>) {
  %r = "graph.relu"(%x) : (tensor<?x2xf32>) -> tensor<?x2xf32>
  %s = "graph.add"(%r, %x) : (tensor<?x2xf32>, tensor<?x2xf32>) -> tensor<?x2xf32>
  %m = "graph.reduce_sum"(%s) {axes = [0], keepdims = false} : (tensor<?x2xf32>) -> tensor<2xf32>
  return %s, %m : tensor<?x2xf32>, tensor<2xf32>
}
