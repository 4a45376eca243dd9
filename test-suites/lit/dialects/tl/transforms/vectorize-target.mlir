// RUN: mlc-opt --vectorize --check-semantics %s | FileCheck %s

// The width comes from the module's #cpu.target (256 bits: 8 x f32, 4 x f64).
// CHECK-LABEL: func.func @main
// CHECK:         tl.vload {{.*}} : memref<5x24xf32>, vector<8xf32>
// CHECK:         tl.vload {{.*}} : memref<24xf64>, vector<4xf64>
module attributes {cpu.target = #cpu.target<"x86-64", features = "+avx2,+fma", vector_bits = 256>} {
  func.func @main(%a: memref<5x24xf32>, %d: memref<24xf64>) {
    tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%a : memref<5x24xf32>) {
    ^bb0(%x: f32):
      %y = arith.mulf %x, %x : f32
      tl.yield %y : f32
    }
    tl.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%d : memref<24xf64>) {
    ^bb0(%x: f64):
      %y = arith.negf %x : f64
      tl.yield %y : f64
    }
    return
  }
}
