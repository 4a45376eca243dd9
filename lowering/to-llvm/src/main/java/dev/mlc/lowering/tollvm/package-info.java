/** Conversions to the llvm dialect: arith, math, cf, func and tl buffers (convert-*-to-llvm). */
package dev.mlc.lowering.tollvm;
