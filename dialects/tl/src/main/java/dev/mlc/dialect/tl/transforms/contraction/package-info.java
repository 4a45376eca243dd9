/**
 * Contraction codegen in tl: f32 matrix products (2-D, batched, transposed, gemm's form) and
 * unit-width-stride 2-D convolutions rewritten into packed, cache-blocked loops around a
 * register-tiled microkernel of vector loads, broadcasts and FMAs ({@code tl-matmul-kernel}).
 */
package dev.mlc.dialect.tl.transforms.contraction;
