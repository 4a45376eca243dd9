module {
  llvm.mlir.global internal hidden unnamed_addr constant @a(1 : i32) {addr_space = 0 : i32} : i32
  llvm.mlir.global private local_unnamed_addr @b(2 : i32) {addr_space = 0 : i32} : i32
  llvm.mlir.global external thread_local @c(3 : i32) {addr_space = 0 : i32} : i32
  llvm.func hidden @f() {
    llvm.return
  }
  llvm.func internal unnamed_addr @g() {
    llvm.return
  }
  llvm.func internal protected local_unnamed_addr fastcc @g2() {
    llvm.return
  }
}

