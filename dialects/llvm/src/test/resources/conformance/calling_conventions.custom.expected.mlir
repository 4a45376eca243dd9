module {
  llvm.func fastcc @f(i32) -> i32
  llvm.func @g(%arg0: i32) -> i32 {
    %0 = llvm.call fastcc tail @f(%arg0) : (i32) -> i32
    %1 = llvm.call @f(%0) {fastmathFlags = #llvm.fastmath<fast>} : (i32) -> i32
    llvm.return %1 : i32
  }
}

