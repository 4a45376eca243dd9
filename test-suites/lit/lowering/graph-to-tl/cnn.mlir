// RUN: mlc-opt --convert-graph-to-tl %S/../../../../examples/cnn.mlir | FileCheck %s

// The example CNN: ten constant buffers; the first convolution reads a zero-padded copy of the
// image; the max pool reads its input directly (no pads); the softmax writes its result in place
// into the out-parameter, and every buffer is freed once.

// CHECK-LABEL: func.func @main(%arg0: memref<1x3x32x32xf32> {graph.name = "image"}, %arg1: memref<1x10xf32> {graph.name = "probs"}) {
// CHECK-COUNT-10: tl.to_buffer
// CHECK:         %[[C1:.*]] = tl.alloc() : memref<1x8x32x32xf32>
// CHECK:         %[[XP:.*]] = tl.alloc() : memref<1x3x34x34xf32>
// CHECK:         tl.copy %arg0, %{{.*}} : memref<1x3x32x32xf32> to memref<1x3x32x32xf32, strided<[3468, 1156, 34, 1], offset: 35>>
// CHECK:         affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1 floordiv 8 * 3 + d4, d2 + d5, d3 + d6)>
// CHECK:         tl.dealloc %[[XP]]
// CHECK:         affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2 * 2 + d4, d3 * 2 + d5)>
// CHECK:         affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1 floordiv 16 * 8 + d4, d2 * 2 + d5, d3 * 2 + d6)>
// CHECK:         tl.reshape %{{.*}} : memref<1x16x1x1xf32> to memref<1x16xf32>
// CHECK:         outs(%arg1 : memref<1x10xf32>)
// CHECK:         tl.dealloc %{{.*}} : memref<1x10xf32>
// CHECK:         tl.dealloc %{{.*}} : memref<1x1xf32>
// CHECK-NEXT:    return
