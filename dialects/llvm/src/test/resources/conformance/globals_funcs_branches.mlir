llvm.mlir.global external @ext_g() {addr_space = 0 : i32} : i32
llvm.mlir.global linkonce_odr constant @lo(1.5 : f64) {addr_space = 0 : i32, alignment = 8 : i64} : f64
llvm.mlir.global internal @zeroed(dense<0> : tensor<2x3xi16>) {addr_space = 0 : i32} : !llvm.array<2 x array<3 x i16>>
llvm.mlir.global private @opaque_user() {addr_space = 0 : i32} : !llvm.ptr
llvm.func @only_varargs(...)
llvm.func fastcc @fast(%a: i32) -> i32 {
  llvm.return %a : i32
}
llvm.func weak_odr @wo() {
  llvm.return
}
llvm.func @uses(%p: !llvm.ptr<3>, %q: !llvm.ptr, %c: i1, %k: i64, %s: !llvm.struct<"opaque_t", opaque>) {
  %kk = llvm.trunc %k : i64 to i32
  %0 = llvm.call fastcc @fast(%kk) : (i32) -> i32
  %1 = llvm.load %q invariant {alignment = 8 : i64, nontemporal} : !llvm.ptr -> i64
  llvm.store %1, %q {nontemporal} : i64, !llvm.ptr
  %one = llvm.mlir.constant(1 : i32) : i32
  %2 = llvm.alloca inalloca %one x i64 : (i32) -> !llvm.ptr
  %3 = llvm.getelementptr %q[%k, 1] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.struct<packed (i8, i64)>
  llvm.cond_br %c weights([3, 1]), ^bb1, ^bb2(%k : i64)
^bb1:
  llvm.switch %k : i64, ^bb2(%k : i64) [
  ]
^bb2(%x: i64):
  llvm.return
}
