module {
  llvm.mlir.global external @ext_g() {addr_space = 0 : i32} : i32
  llvm.mlir.global linkonce_odr constant @lo(1.500000e+00 : f64) {addr_space = 0 : i32, alignment = 8 : i64} : f64
  llvm.mlir.global internal @zeroed(dense<0> : tensor<2x3xi16>) {addr_space = 0 : i32} : !llvm.array<2 x array<3 x i16>>
  llvm.mlir.global private @opaque_user() {addr_space = 0 : i32} : !llvm.ptr
  llvm.func @only_varargs(...)
  llvm.func fastcc @fast(%arg0: i32) -> i32 {
    llvm.return %arg0 : i32
  }
  llvm.func weak_odr @wo() {
    llvm.return
  }
  llvm.func @uses(%arg0: !llvm.ptr<3>, %arg1: !llvm.ptr, %arg2: i1, %arg3: i64, %arg4: !llvm.struct<"opaque_t", opaque>) {
    %0 = llvm.trunc %arg3 : i64 to i32
    %1 = llvm.call fastcc @fast(%0) : (i32) -> i32
    %2 = llvm.load %arg1 invariant {alignment = 8 : i64, nontemporal} : !llvm.ptr -> i64
    llvm.store %2, %arg1 {nontemporal} : i64, !llvm.ptr
    %3 = llvm.mlir.constant(1 : i32) : i32
    %4 = llvm.alloca inalloca %3 x i64 : (i32) -> !llvm.ptr
    %5 = llvm.getelementptr %arg1[%arg3, 1] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.struct<packed (i8, i64)>
    llvm.cond_br %arg2 weights([3, 1]), ^bb1, ^bb2(%arg3 : i64)
  ^bb1:  // pred: ^bb0
    llvm.switch %arg3 : i64, ^bb2(%arg3 : i64) [
    ]
  ^bb2(%6: i64):  // 2 preds: ^bb0, ^bb1
    llvm.return
  }
}

