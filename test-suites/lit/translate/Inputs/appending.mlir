llvm.mlir.global appending @a(1 : i32) {addr_space = 0 : i32} : i32
