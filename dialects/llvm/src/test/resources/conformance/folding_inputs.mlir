llvm.func @f(%a: i32, %x: f32, %p: !llvm.ptr, %s: !llvm.struct<(i32, f32)>) -> i32 {
  %c1 = llvm.mlir.constant(1 : i32) : i32
  %c2 = llvm.mlir.constant(2 : i32) : i32
  %0 = llvm.add %c1, %c2 : i32
  %1 = llvm.bitcast %x : f32 to f32
  %2 = llvm.bitcast %x : f32 to i32
  %3 = llvm.bitcast %2 : i32 to f32
  %4 = llvm.getelementptr %p[0] : (!llvm.ptr) -> !llvm.ptr, i32
  %5 = llvm.insertvalue %a, %s[0] : !llvm.struct<(i32, f32)>
  %6 = llvm.extractvalue %5[0] : !llvm.struct<(i32, f32)>
  %7 = llvm.extractvalue %5[1] : !llvm.struct<(i32, f32)>
  %8 = llvm.mul %a, %c1 : i32
  %9 = llvm.icmp "eq" %a, %a : i32
  %10 = llvm.select %9, %a, %c2 : i1, i32
  %11 = llvm.zext %c1 : i32 to i64
  %12 = llvm.ptrtoint %4 : !llvm.ptr to i64
  %13 = llvm.inttoptr %12 : i64 to !llvm.ptr
  llvm.call @use(%0, %1, %3, %4, %6, %7, %8, %10, %11, %13) : (i32, f32, f32, !llvm.ptr, i32, f32, i32, i32, i64, !llvm.ptr) -> ()
  llvm.return %0 : i32
}
llvm.func @use(i32, f32, f32, !llvm.ptr, i32, f32, i32, i32, i64, !llvm.ptr)
llvm.func @g() -> i64 {
  %c = llvm.mlir.constant(-1 : i32) : i32
  %0 = llvm.sext %c : i32 to i64
  %1 = llvm.zext %c : i32 to i64
  %2 = llvm.trunc %c : i32 to i8
  %3 = llvm.sext %2 : i8 to i64
  %4 = llvm.add %0, %1 : i64
  %5 = llvm.add %4, %3 : i64
  llvm.return %5 : i64
}
