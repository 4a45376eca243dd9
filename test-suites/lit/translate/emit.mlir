// --emit=asm|obj|bc|h, -O levels, --target-cpu and -o.
// RUN: mlc-translate --mlir-to-llvmir -O2 %s | FileCheck %s --check-prefix=O2
// RUN: mlc-translate --mlir-to-llvmir --emit=asm -O3 --target-cpu=x86-64-v3 %s | FileCheck %s --check-prefix=ASM
// RUN: mlc-translate --mlir-to-llvmir --emit=asm -O3 --target-cpu=x86-64 %s | FileCheck %s --check-prefix=SSE
// RUN: mlc-translate --mlir-to-llvmir --emit=obj -O2 %s -o %t.o
// RUN: mlc-translate --mlir-to-llvmir --emit=h %s | FileCheck %s --check-prefix=HEADER
// RUN: mlc-translate --mlir-to-llvmir --emit=bc %s -o %t.bc
// RUN: mlc-translate --mlir-to-llvmir --passes=instcombine %s | FileCheck %s --check-prefix=PASSES

// O2-LABEL: define float @dot(ptr {{.*}}%0, ptr {{.*}}%1)
// O2: fmul <8 x float>
// O2-NOT: br label
// O2: ret float

// ASM-LABEL: dot:
// ASM: vmulps {{.*}}ymm
// SSE-LABEL: dot:
// SSE-NOT: ymm
// SSE: mulps

// HEADER: #include <stdint.h>
// HEADER: float dot(void *arg0, void *arg1);
// HEADER: int64_t twice(int64_t arg0);

// PASSES-LABEL: define i64 @twice(i64 %0)
// PASSES-NEXT: %2 = shl i64 %0, 1
llvm.func @dot(%p: !llvm.ptr, %q: !llvm.ptr) -> f32 {
  %a = llvm.load %p {alignment = 4 : i64} : !llvm.ptr -> vector<8xf32>
  %b = llvm.load %q {alignment = 4 : i64} : !llvm.ptr -> vector<8xf32>
  %m = llvm.fmul %a, %b : vector<8xf32>
  %z = llvm.mlir.constant(0.0 : f32) : f32
  %r = "llvm.intr.vector.reduce.fadd"(%z, %m) <{fastmathFlags = #llvm.fastmath<reassoc>}> : (f32, vector<8xf32>) -> f32
  llvm.return %r : f32
}

llvm.func @twice(%x: i64) -> i64 {
  %c = llvm.mlir.constant(2 : i64) : i64
  %r = llvm.mul %x, %c : i64
  llvm.return %r : i64
}
