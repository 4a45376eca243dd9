// RUN: mlc-opt --tl-matmul-kernel --split-input-file %s | FileCheck %s
// RUN: mlc-opt --tl-matmul-kernel='int8=false' --split-input-file %s | FileCheck %s --check-prefix=OFF

// The int8 product of matmul_integer (u8 activations with zero point 3, constant s8 weights; K = 7 is
// not a multiple of 4, N = 19 leaves a 3-column panel, M = 5 < mr) on a target with AVX512-VNNI: the
// VNNI kernel, the weights packed at compile time into 4-byte groups, the zero point folded into
// constant initial accumulators (the zero fill goes), the last k group a masked 4-byte load, and the
// dequantization (per column) with the bias add and ReLU applied in registers, the i32 and the
// intermediate f32 buffers gone. mlc-opt checks @main against the interpreter before and after.
// CHECK-LABEL: func.func @main
// CHECK-SAME:    (%[[A:.*]]: memref<5x7xi8>, %[[Y:.*]]: memref<5x19xf32>)
// CHECK-NOT:     tl.fill
// CHECK:         %[[W:.*]] = arith.constant dense<{{.*}}> : tensor<1x2x128xi8>
// CHECK:         %[[WB:.*]] = tl.to_buffer %[[W]]
// CHECK:         %[[CORR:.*]] = tl.to_buffer %{{.*}} : tensor<32xi32> to memref<32xi32>
// CHECK:         %[[I0:.*]] = tl.vload %[[CORR]][%{{.*}}] : memref<32xi32>, vector<16xi32>
// CHECK:         tl.loop {{.*}} iterators ["reduction"] iter_args
// CHECK:           %[[BV:.*]] = tl.vload %[[WB]][%{{.*}}, %{{.*}}, %{{.*}}] : memref<1x2x128xi8>, vector<64xi8>
// CHECK:           %[[A4:.*]] = tl.vload %[[A]][%{{.*}}, %{{.*}}] : memref<5x7xi8>, vector<4xi8>
// CHECK:           %[[S:.*]] = tl.shuffle %[[A4]], %[[A4]], [0, 1, 2, 3, 0, 1, 2, 3, {{.*}}] : vector<4xi8>, vector<4xi8> to vector<64xi8>
// CHECK:           cpu.vnni_dpbusd %{{.*}}, %[[S]], %[[BV]] : vector<16xi32>, vector<64xi8>
// CHECK:         tl.vload %[[A]][%{{.*}}, %{{.*}}], %{{.*}}, %{{.*}} : memref<5x7xi8>, vector<4xi8>
// CHECK:         %[[F:.*]] = arith.sitofp %{{.*}} : vector<16xi32> to vector<16xf32>
// CHECK:         arith.mulf %[[F]], %{{.*}} : vector<16xf32>
// CHECK:         arith.maximumf
// CHECK:         tl.vstore %{{.*}}, %[[Y]][%{{.*}}, %{{.*}}] : memref<5x19xf32>, vector<16xf32>
// CHECK:         tl.vstore %{{.*}}, %[[Y]][%{{.*}}, %{{.*}}], %{{.*}} : memref<5x19xf32>, vector<16xf32>
// CHECK-NOT:     tl.generic
// CHECK-NOT:     memref<5x19xi32>
// OFF:           tl.generic {{.*}} ins(%{{.*}}, %{{.*}} : memref<5x7xi8>, memref<7x19xi8>) outs(%{{.*}} : memref<5x19xi32>)
// OFF-NOT:       cpu.vnni_dpbusd
module attributes {cpu.target = #cpu.target<"cascadelake", features = "+avx512f,+avx512vnni", vector_bits = 512>} {
func.func @main(%a: memref<5x7xi8>, %y: memref<5x19xf32>) {
  %wc = arith.constant dense<[[-12,94,16,92,109,72,-8,-12,3,91,23,-79,-80,78,4,-6,34,30,76],[-80,-103,-13,-50,-91,-104,10,80,100,50,35,-117,25,124,-26,119,-12,40,62],[30,39,-87,32,-124,85,8,-111,-112,-118,-79,98,-66,26,-120,72,-9,-44,-15],[24,88,-77,5,-68,36,-52,0,-126,42,-106,-10,40,-56,-23,14,127,111,88],[-106,54,-62,-47,67,-69,4,-54,-120,-110,17,69,-100,-25,-100,89,-53,-29,-110],[118,-123,89,48,-127,-73,-74,110,106,-114,-7,-31,123,54,-26,-20,-109,17,34],[-77,72,45,-58,-41,-105,-48,-42,-124,119,-23,67,109,-97,-93,-64,53,-102,-125]]> : tensor<7x19xi8>
  %w = tl.to_buffer %wc : tensor<7x19xi8> to memref<7x19xi8>
  %sc = arith.constant dense<[1.5390e-03, 8.1732e-03, 2.5991e-03, 6.0337e-03, 5.0268e-03, 2.7162e-03, 7.5870e-03, 2.1787e-03, 6.7934e-03, 2.0486e-03, 4.7868e-03, 2.9158e-03, 3.4282e-03, 9.7384e-03, 8.2307e-03, 3.7373e-03, 8.9638e-03, 2.8964e-03, 4.5485e-03]> : tensor<19xf32>
  %s = tl.to_buffer %sc : tensor<19xf32> to memref<19xf32>
  %bc = arith.constant dense<[0.709, 0.284, -0.799, 0.979, -0.574, -0.483, 0.545, -0.342, -0.407, -0.853, -0.820, 0.165, -0.514, 0.203, -0.257, -0.094, 0.918, -0.033, 0.149]> : tensor<19xf32>
  %bias = tl.to_buffer %bc : tensor<19xf32> to memref<19xf32>
  %c = tl.alloc() : memref<5x19xi32>
  %zero = arith.constant 0 : i32
  tl.fill %zero, %c : memref<5x19xi32>
  tl.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>],
              iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %w : memref<5x7xi8>, memref<7x19xi8>) outs(%c : memref<5x19xi32>) {
  ^bb0(%x: i8, %v: i8, %acc: i32):
    %xe = arith.extui %x : i8 to i32
    %za = arith.constant 3 : i32
    %xs = arith.subi %xe, %za : i32
    %ve = arith.extsi %v : i8 to i32
    %p = arith.muli %xs, %ve : i32
    %r = arith.addi %acc, %p : i32
    tl.yield %r : i32
  }
  tl.dealloc %w : memref<7x19xi8>
  %t = tl.alloc() : memref<5x19xf32>
  tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>],
              iterator_types = ["parallel", "parallel"]}
      ins(%c, %s : memref<5x19xi32>, memref<19xf32>) outs(%t : memref<5x19xf32>) {
  ^bb0(%i: i32, %sv: f32, %o: f32):
    %f = arith.sitofp %i : i32 to f32
    %d = arith.mulf %f, %sv : f32
    tl.yield %d : f32
  }
  tl.dealloc %c : memref<5x19xi32>
  tl.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>],
              iterator_types = ["parallel", "parallel"]}
      ins(%t, %bias : memref<5x19xf32>, memref<19xf32>) outs(%y : memref<5x19xf32>) {
  ^bb0(%u: f32, %bv: f32, %o: f32):
    %e = arith.addf %u, %bv : f32
    %z = arith.constant 0.0 : f32
    %m = arith.maximumf %e, %z : f32
    tl.yield %m : f32
  }
  tl.dealloc %t : memref<5x19xf32>
  tl.dealloc %s : memref<19xf32>
  tl.dealloc %bias : memref<19xf32>
  return
}
}
