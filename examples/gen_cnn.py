# Generates examples/cnn.mlir: deterministic made-up weights (a fixed LCG), dense hex form for big tensors.
import struct
state = 12345
def rnd():
    global state
    state = (state * 1103515245 + 12345) % (1 << 31)
    return state / (1 << 31) * 2 - 1   # [-1, 1)
def tensor(shape, scale):
    n = 1
    for d in shape: n *= d
    return [round(rnd() * scale, 4) for _ in range(n)]
def ty(shape): return "tensor<" + "x".join(map(str, shape)) + "xf32>"
def hexdense(vals): return '"0x' + b"".join(struct.pack("<f", v) for v in vals).hex().upper() + '"'
def listdense(vals): return "[" + ", ".join(repr(v) for v in vals) + "]"
def const(name, shape, vals, hexform):
    t = ty(shape)
    return f'  %{name} = "graph.constant"() {{value = dense<{hexdense(vals) if hexform else listdense(vals)}> : {t}}} : () -> {t}'
lines = []
w1 = tensor([8, 3, 3, 3], 0.4); b1 = tensor([8], 0.1)
gamma = [round(1 + 0.2 * rnd(), 4) for _ in range(8)]; beta = tensor([8], 0.1)
mean = tensor([8], 0.2); var = [round(0.5 + 0.4 * abs(rnd()), 4) for _ in range(8)]
w2 = tensor([16, 8, 3, 3], 0.2); b2 = tensor([16], 0.1)
wf = tensor([16, 10], 0.5); bf = tensor([10], 0.1)
lines.append(const("w1", [8, 3, 3, 3], w1, True))
lines.append(const("b1", [8], b1, False))
lines.append(const("gamma", [8], gamma, False))
lines.append(const("beta", [8], beta, False))
lines.append(const("mean", [8], mean, False))
lines.append(const("var", [8], var, False))
lines.append(const("w2", [16, 8, 3, 3], w2, True))
lines.append(const("b2", [16], b2, False))
lines.append(const("wf", [16, 10], wf, True))
lines.append(const("bf", [10], bf, False))
body = """  %c1 = "graph.conv2d"(%x, %w1, %b1) {pads = [1, 1, 1, 1]} : (tensor<1x3x32x32xf32>, tensor<8x3x3x3xf32>, tensor<8xf32>) -> tensor<1x8x32x32xf32>
  %bn = "graph.batch_norm"(%c1, %gamma, %beta, %mean, %var) {epsilon = 1.0e-05 : f32} : (tensor<1x8x32x32xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<1x8x32x32xf32>
  %r1 = "graph.relu"(%bn) : (tensor<1x8x32x32xf32>) -> tensor<1x8x32x32xf32>
  %p1 = "graph.max_pool2d"(%r1) {kernel_shape = [2, 2], strides = [2, 2]} : (tensor<1x8x32x32xf32>) -> tensor<1x8x16x16xf32>
  %c2 = "graph.conv2d"(%p1, %w2, %b2) {pads = [1, 1, 1, 1], strides = [2, 2]} : (tensor<1x8x16x16xf32>, tensor<16x8x3x3xf32>, tensor<16xf32>) -> tensor<1x16x8x8xf32>
  %r2 = "graph.relu"(%c2) : (tensor<1x16x8x8xf32>) -> tensor<1x16x8x8xf32>
  %g = "graph.global_avg_pool"(%r2) : (tensor<1x16x8x8xf32>) -> tensor<1x16x1x1xf32>
  %f = "graph.flatten"(%g) {axis = 1 : i64} : (tensor<1x16x1x1xf32>) -> tensor<1x16xf32>
  %l = "graph.gemm"(%f, %wf, %bf) : (tensor<1x16xf32>, tensor<16x10xf32>, tensor<10xf32>) -> tensor<1x10xf32>
  %p = "graph.softmax"(%l) {axis = -1 : i64} : (tensor<1x10xf32>) -> tensor<1x10xf32>
  return %p : tensor<1x10xf32>
}"""
header = """// A small convolutional network in the `graph` dialect: 1x3x32x32 -> conv 3x3 (8) + batch_norm + relu
// -> max_pool 2x2 -> conv 3x3 stride 2 (16) + relu -> global_avg_pool -> flatten -> gemm (10) -> softmax.
// Written in the generic form of the spec (../shared/spec/graph-dialect.md); `mlc-opt` prints it in
// the graph dialect's custom form. The weights are made up by examples/gen_cnn.py (a fixed linear
// congruential generator; rerun it to regenerate this file); the big ones are in MLIR's dense hex form
// (little-endian f32).
// Run:  tools/bin/mlc-run examples/cnn.mlir --interpret --random-inputs --seed 1 --print-outputs
//       tools/bin/mlc-opt --convert-graph-to-tl examples/cnn.mlir
func.func @main(%x: tensor<1x3x32x32xf32> {graph.name = "image"}) -> (tensor<1x10xf32> {graph.name = "probs"}) {
"""
import os
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "cnn.mlir"), "w").write(header + "\n".join(lines) + "\n" + body + "\n")
