#!/usr/bin/env python3
"""Writes graph-dialect equivalents of the shared benchmark models, with made-up weights (a fixed
linear congruential generator), into a directory: matmul_<M>x<K>x<N>.mlir (weight constant or input),
mlp_784_512_512_10_b64.mlir (Gemm trans_b + Relu, twice, then Gemm) and cnn_small.mlir (Conv3x3 3->32
+ Relu, MaxPool 2x2, Conv3x3 32->64 + Relu, GlobalAveragePool, Flatten, Gemm).
Usage: gen_models.py OUT_DIR [--small]   (--small: shapes small enough for --check-against-interpreter)."""
import os
import struct
import sys

state = [12345]


def rnd(n, scale):
    out = bytearray()
    s = state[0]
    for _ in range(n):
        s = (s * 1103515245 + 12345) & 0x7FFFFFFF
        out += struct.pack('<f', ((s / 0x7FFFFFFF) * 2 - 1) * scale)
    state[0] = s
    return out


def const(name, shape):
    n = 1
    for d in shape:
        n *= d
    t = 'tensor<%sxf32>' % 'x'.join(map(str, shape))
    data = rnd(n, 1.0 / (shape[-1] ** 0.5 if len(shape) > 1 else 4))
    return '  %%%s = "graph.constant"() {value = dense<"0x%s"> : %s} : () -> %s\n' % (name, data.hex().upper(), t, t)


def t(*shape):
    return 'tensor<%sxf32>' % 'x'.join(map(str, shape))


def mlp(b, dims):
    s = 'func.func @main(%%x: %s {graph.name = "input"}) -> (%s {graph.name = "output"}) {\n' % (t(b, dims[0]), t(b, dims[-1]))
    h = 'x'
    for i in range(len(dims) - 1):
        s += const('w%d' % i, [dims[i + 1], dims[i]]) + const('b%d' % i, [dims[i + 1]])
        s += '  %%g%d = "graph.gemm"(%%%s, %%w%d, %%b%d) {trans_b = true} : (%s, %s, %s) -> %s\n' % (
            i, h, i, i, t(b, dims[i]), t(dims[i + 1], dims[i]), t(dims[i + 1]), t(b, dims[i + 1]))
        h = 'g%d' % i
        if i < len(dims) - 2:
            s += '  %%r%d = "graph.relu"(%%%s) : (%s) -> %s\n' % (i, h, t(b, dims[i + 1]), t(b, dims[i + 1]))
            h = 'r%d' % i
    return s + '  return %%%s : %s\n}\n' % (h, t(b, dims[-1]))


def cnn(hw, c1, c2, classes):
    h2 = hw // 2
    s = 'func.func @main(%%x: %s {graph.name = "input"}) -> (%s {graph.name = "output"}) {\n' % (t(1, 3, hw, hw), t(1, classes))
    s += const('w1', [c1, 3, 3, 3]) + const('b1', [c1]) + const('w2', [c2, c1, 3, 3]) + const('b2', [c2])
    s += const('w3', [classes, c2]) + const('b3', [classes])
    s += '  %%c1 = "graph.conv2d"(%%x, %%w1, %%b1) {pads = [1, 1, 1, 1]} : (%s, %s, %s) -> %s\n' % (t(1, 3, hw, hw), t(c1, 3, 3, 3), t(c1), t(1, c1, hw, hw))
    s += '  %%r1 = "graph.relu"(%%c1) : (%s) -> %s\n' % (t(1, c1, hw, hw), t(1, c1, hw, hw))
    s += '  %%p1 = "graph.max_pool2d"(%%r1) {kernel_shape = [2, 2], strides = [2, 2]} : (%s) -> %s\n' % (t(1, c1, hw, hw), t(1, c1, h2, h2))
    s += '  %%c2 = "graph.conv2d"(%%p1, %%w2, %%b2) {pads = [1, 1, 1, 1]} : (%s, %s, %s) -> %s\n' % (t(1, c1, h2, h2), t(c2, c1, 3, 3), t(c2), t(1, c2, h2, h2))
    s += '  %%r2 = "graph.relu"(%%c2) : (%s) -> %s\n' % (t(1, c2, h2, h2), t(1, c2, h2, h2))
    s += '  %%g = "graph.global_avg_pool"(%%r2) : (%s) -> %s\n' % (t(1, c2, h2, h2), t(1, c2, 1, 1))
    s += '  %%f = "graph.flatten"(%%g) : (%s) -> %s\n' % (t(1, c2, 1, 1), t(1, c2))
    s += '  %%y = "graph.gemm"(%%f, %%w3, %%b3) {trans_b = true} : (%s, %s, %s) -> %s\n' % (t(1, c2), t(classes, c2), t(classes), t(1, classes))
    return s + '  return %%y : %s\n}\n' % t(1, classes)


def matmul(m, k, n, constant):
    if constant:
        s = 'func.func @main(%%a: %s {graph.name = "a"}) -> (%s {graph.name = "y"}) {\n' % (t(m, k), t(m, n)) + const('w', [k, n])
        return s + '  %%y = "graph.matmul"(%%a, %%w) : (%s, %s) -> %s\n  return %%y : %s\n}\n' % (t(m, k), t(k, n), t(m, n), t(m, n))
    s = 'func.func @main(%%a: %s {graph.name = "a"}, %%w: %s {graph.name = "b"}) -> (%s {graph.name = "y"}) {\n' % (t(m, k), t(k, n), t(m, n))
    return s + '  %%y = "graph.matmul"(%%a, %%w) : (%s, %s) -> %s\n  return %%y : %s\n}\n' % (t(m, k), t(k, n), t(m, n), t(m, n))


def main():
    out = sys.argv[1]
    small = '--small' in sys.argv
    os.makedirs(out, exist_ok=True)
    files = {
        'matmul_const.mlir': matmul(*((37, 53, 45) if small else (1024, 1024, 1024)), True),
        'matmul.mlir': matmul(*((37, 53, 45) if small else (1024, 1024, 1024)), False),
        'mlp.mlir': mlp(5 if small else 64, [30, 20, 17, 10] if small else [784, 512, 512, 10]),
        'cnn.mlir': cnn(18 if small else 224, 5 if small else 32, 7 if small else 64, 10),
    }
    for name, text in files.items():
        with open(os.path.join(out, name), 'w') as f:
            f.write(text)


if __name__ == '__main__':
    main()
