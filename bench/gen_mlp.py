#!/usr/bin/env python3
"""Writes an MLP in the graph dialect with the shape of shared/bench/models/mlp_784_512_512_10_b64.onnx
(Gemm+Relu, Gemm+Relu, Gemm; input 64x784), with made-up weights from a fixed generator, for
bench/quant-mlp.sh. Usage: python3 gen_mlp.py OUT.mlir [BATCH]"""
import random
import struct
import sys

def dense(rng, shape, bound):
    n = 1
    for d in shape:
        n *= d
    data = struct.pack("<%df" % n, *[rng.uniform(-bound, bound) for _ in range(n)])
    t = "tensor<" + "x".join(map(str, shape)) + "xf32>"
    return '"graph.constant"() {value = dense<"0x%s"> : %s} : () -> %s' % (data.hex().upper(), t, t), t

def main():
    out, batch = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 64
    rng = random.Random(8)
    dims = [784, 512, 512, 10]
    lines = ['func.func @main(%x: tensor<{b}x784xf32> {{graph.name = "input"}}) -> (tensor<{b}x10xf32> {{graph.name = "logits"}}) {{'.format(b=batch)]
    h = "%x"
    for i in range(3):
        k, n = dims[i], dims[i + 1]
        w, wt = dense(rng, [k, n], (6.0 / (k + n)) ** 0.5)
        b, bt = dense(rng, [n], 0.1)
        lines.append("  %%w%d = %s" % (i, w))
        lines.append("  %%b%d = %s" % (i, b))
        rt = "tensor<%dx%dxf32>" % (batch, n)
        lines.append('  %%g%d = "graph.gemm"(%s, %%w%d, %%b%d) : (tensor<%dx%dxf32>, %s, %s) -> %s' % (i, h, i, i, batch, k, wt, bt, rt))
        h = "%%g%d" % i
        if i < 2:
            lines.append('  %%r%d = "graph.relu"(%s) : (%s) -> %s' % (i, h, rt, rt))
            h = "%%r%d" % i
    lines.append("  return %s : tensor<%dx10xf32>" % (h, batch))
    lines.append("}")
    with open(out, "w") as f:
        f.write("\n".join(lines) + "\n")

main()
