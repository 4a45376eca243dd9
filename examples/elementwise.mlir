// An element-wise-heavy block in the `graph` dialect (a benchmark for the loop-level passes): a
// per-channel scale and shift of a 1x64x56x56 activation, swish (x * sigmoid(x)), a residual add,
// clip to [0, 6], layer_norm over the last axis, and a softmax over the last axis.
// Run:  tools/bin/mlc-run examples/elementwise.mlir --random-inputs --seed 1 --bench 20
func.func @main(%x: tensor<1x64x56x56xf32> {graph.name = "x"}, %s: tensor<64x1x1xf32> {graph.name = "scale"},
                %b: tensor<64x1x1xf32> {graph.name = "shift"}, %g: tensor<56xf32> {graph.name = "gamma"}) -> (tensor<1x64x56x56xf32> {graph.name = "y"}) {
  %m = "graph.mul"(%x, %s) : (tensor<1x64x56x56xf32>, tensor<64x1x1xf32>) -> tensor<1x64x56x56xf32>
  %a = "graph.add"(%m, %b) : (tensor<1x64x56x56xf32>, tensor<64x1x1xf32>) -> tensor<1x64x56x56xf32>
  %sg = "graph.sigmoid"(%a) : (tensor<1x64x56x56xf32>) -> tensor<1x64x56x56xf32>
  %sw = "graph.mul"(%a, %sg) : (tensor<1x64x56x56xf32>, tensor<1x64x56x56xf32>) -> tensor<1x64x56x56xf32>
  %r = "graph.add"(%sw, %x) : (tensor<1x64x56x56xf32>, tensor<1x64x56x56xf32>) -> tensor<1x64x56x56xf32>
  %c = "graph.clip"(%r) {min = 0.0 : f32, max = 6.0 : f32} : (tensor<1x64x56x56xf32>) -> tensor<1x64x56x56xf32>
  %n = "graph.layer_norm"(%c, %g) {axis = -1 : i64} : (tensor<1x64x56x56xf32>, tensor<56xf32>) -> tensor<1x64x56x56xf32>
  %y = "graph.softmax"(%n) {axis = -1 : i64} : (tensor<1x64x56x56xf32>) -> tensor<1x64x56x56xf32>
  return %y : tensor<1x64x56x56xf32>
}
