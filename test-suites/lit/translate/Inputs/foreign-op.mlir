llvm.func @f(%a: i32) -> i32 {
  %0 = "other.addi"(%a, %a) : (i32, i32) -> i32
  llvm.return %0 : i32
}
