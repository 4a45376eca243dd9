// RUN: mlc-opt --convert-graph-to-tl %S/../../../../examples/mlp.mlir | FileCheck %s

// The example MLP: four constant buffers and four intermediates, each freed once after its last
// use; the softmax writes its result in place into the out-parameter.

// CHECK-LABEL: func.func @main(%arg0: memref<1x16xf32> {graph.name = "input"}, %arg1: memref<1x4xf32> {graph.name = "probs"}) {
// CHECK-COUNT-4: tl.to_buffer
// CHECK:         %[[H:.*]] = tl.alloc() : memref<1x8xf32>
// CHECK:         iterator_types = ["parallel", "parallel", "reduction"]
// CHECK:         tl.dealloc %[[H]]
// CHECK:         %[[MAX:.*]] = tl.alloc() : memref<1x1xf32>
// CHECK:         outs(%arg1 : memref<1x4xf32>)
// CHECK:         tl.dealloc %[[MAX]]
// CHECK:         %[[SUM:.*]] = tl.alloc() : memref<1x1xf32>
// CHECK:         tl.dealloc %[[SUM]]
// CHECK-NEXT:    return
// CHECK-NOT:     tl.alloc
