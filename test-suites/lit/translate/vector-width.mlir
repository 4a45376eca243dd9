// --prefer-vector-width=512: the loop vectorizer uses all of AVX-512's registers where LLVM would
// otherwise stop at 256 bits for this CPU.
// RUN: mlc-translate --mlir-to-llvmir --emit=asm -O3 --target-cpu=skylake-avx512 %s | FileCheck %s --check-prefix=DEFAULT
// RUN: mlc-translate --mlir-to-llvmir --emit=asm -O3 --target-cpu=skylake-avx512 --prefer-vector-width=512 %s | FileCheck %s --check-prefix=WIDE
// RUN: mlc-translate --mlir-to-llvmir --prefer-vector-width=512 %s | FileCheck %s --check-prefix=ATTR
// RUN: not mlc-translate --mlir-to-llvmir --prefer-vector-width=100 %s 2>&1 | FileCheck %s --check-prefix=BAD

// DEFAULT-LABEL: scale:
// DEFAULT-NOT: zmm
// DEFAULT: vmulps{{.*}}ymm
// WIDE-LABEL: scale:
// WIDE: vmulps{{.*}}zmm
// ATTR: attributes #0 = { "prefer-vector-width"="512" }
// BAD: mlc-translate: error: --prefer-vector-width must be a power of two (bits), got 100
llvm.func @scale(%x: !llvm.ptr {llvm.noalias}, %y: !llvm.ptr {llvm.noalias}, %n: i64) {
  %c0 = llvm.mlir.constant(0 : i64) : i64
  %c1 = llvm.mlir.constant(1 : i64) : i64
  %k = llvm.mlir.constant(3.0 : f32) : f32
  llvm.br ^h(%c0 : i64)
^h(%i: i64):
  %more = llvm.icmp "slt" %i, %n : i64
  llvm.cond_br %more, ^b, ^e
^b:
  %px = llvm.getelementptr inbounds %x[%i] : (!llvm.ptr, i64) -> !llvm.ptr, f32
  %py = llvm.getelementptr inbounds %y[%i] : (!llvm.ptr, i64) -> !llvm.ptr, f32
  %v = llvm.load %px {alignment = 4 : i64} : !llvm.ptr -> f32
  %w = llvm.load %py {alignment = 4 : i64} : !llvm.ptr -> f32
  %m = llvm.fmul %v, %k : f32
  %s = llvm.fadd %m, %w : f32
  llvm.store %s, %py {alignment = 4 : i64} : f32, !llvm.ptr
  %i2 = llvm.add %i, %c1 : i64
  llvm.br ^h(%i2 : i64)
^e:
  llvm.return
}
