module {
  llvm.func @f(%arg0: i32, %arg1: f32, %arg2: !llvm.ptr, %arg3: !llvm.struct<(i32, f32)>) -> i32 {
    %0 = llvm.mlir.constant(1 : i32) : i32
    %1 = llvm.mlir.constant(2 : i32) : i32
    %2 = llvm.add %0, %1 : i32
    %3 = llvm.bitcast %arg1 : f32 to f32
    %4 = llvm.bitcast %arg1 : f32 to i32
    %5 = llvm.bitcast %4 : i32 to f32
    %6 = llvm.getelementptr %arg2[0] : (!llvm.ptr) -> !llvm.ptr, i32
    %7 = llvm.insertvalue %arg0, %arg3[0] : !llvm.struct<(i32, f32)> 
    %8 = llvm.extractvalue %7[0] : !llvm.struct<(i32, f32)> 
    %9 = llvm.extractvalue %7[1] : !llvm.struct<(i32, f32)> 
    %10 = llvm.mul %arg0, %0 : i32
    %11 = llvm.icmp "eq" %arg0, %arg0 : i32
    %12 = llvm.select %11, %arg0, %1 : i1, i32
    %13 = llvm.zext %0 : i32 to i64
    %14 = llvm.ptrtoint %6 : !llvm.ptr to i64
    %15 = llvm.inttoptr %14 : i64 to !llvm.ptr
    llvm.call @use(%2, %3, %5, %6, %8, %9, %10, %12, %13, %15) : (i32, f32, f32, !llvm.ptr, i32, f32, i32, i32, i64, !llvm.ptr) -> ()
    llvm.return %2 : i32
  }
  llvm.func @use(i32, f32, f32, !llvm.ptr, i32, f32, i32, i32, i64, !llvm.ptr)
  llvm.func @g() -> i64 {
    %0 = llvm.mlir.constant(-1 : i32) : i32
    %1 = llvm.sext %0 : i32 to i64
    %2 = llvm.zext %0 : i32 to i64
    %3 = llvm.trunc %0 : i32 to i8
    %4 = llvm.sext %3 : i8 to i64
    %5 = llvm.add %1, %2 : i64
    %6 = llvm.add %5, %4 : i64
    llvm.return %6 : i64
  }
}

