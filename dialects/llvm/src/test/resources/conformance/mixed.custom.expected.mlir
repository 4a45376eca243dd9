module {
  llvm.mlir.global internal constant @g(dense<[1, 2, 3]> : tensor<3xi32>) {addr_space = 0 : i32} : !llvm.array<3 x i32>
  llvm.mlir.global external @h() {addr_space = 0 : i32} : !llvm.struct<"S", (i32, ptr)> {
    %0 = llvm.mlir.undef : !llvm.struct<"S", (i32, ptr)>
    llvm.return %0 : !llvm.struct<"S", (i32, ptr)>
  }
  llvm.mlir.global private @s("abc\00") {addr_space = 0 : i32}
  llvm.func @ext(i32, ...) -> i32
  llvm.func internal @f(%arg0: i32 {llvm.noundef}, %arg1: !llvm.ptr<1>, %arg2: !llvm.ptr) -> i32 {
    %0 = llvm.mlir.constant(3 : i32) : i32
    %1 = llvm.mlir.constant(3.000000e+00 : f32) : f32
    %2 = llvm.add %arg0, %0 overflow<nsw> : i32
    %3 = llvm.fadd %1, %1  {fastmath = #llvm.fastmath<fast>} : f32
    %4 = llvm.fneg %3  : f32
    %5 = llvm.icmp "slt" %2, %0 : i32
    %6 = llvm.fcmp "olt" %3, %1 : f32
    %7 = llvm.select %5, %2, %0 : i1, i32
    %8 = llvm.alloca %0 x i32 {alignment = 4 : i64} : (i32) -> !llvm.ptr
    llvm.store %2, %8 {alignment = 4 : i64} : i32, !llvm.ptr
    llvm.store volatile %2, %8 : i32, !llvm.ptr
    %9 = llvm.load %8 {alignment = 4 : i64} : !llvm.ptr -> i32
    %10 = llvm.load volatile %8 : !llvm.ptr -> i32
    %11 = llvm.getelementptr inbounds %8[1, %2] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<4 x i32>
    %12 = llvm.getelementptr %8[%2] : (!llvm.ptr, i32) -> !llvm.ptr, i32
    %13 = llvm.mlir.addressof @g : !llvm.ptr
    %14 = llvm.mlir.zero : !llvm.ptr
    %15 = llvm.mlir.poison : i32
    %16 = llvm.sext %2 : i32 to i64
    %17 = llvm.ptrtoint %8 : !llvm.ptr to i64
    %18 = llvm.call @ext(%2, %2) vararg(!llvm.func<i32 (i32, ...)>) : (i32, i32) -> i32
    %19 = llvm.mlir.undef : !llvm.struct<(i32, f32)>
    %20 = llvm.insertvalue %2, %19[0] : !llvm.struct<(i32, f32)> 
    %21 = llvm.extractvalue %20[0] : !llvm.struct<(i32, f32)> 
    %22 = llvm.mlir.undef : vector<4xf32>
    %23 = llvm.mlir.constant(0 : i32) : i32
    %24 = llvm.insertelement %3, %22[%23 : i32] : vector<4xf32>
    %25 = llvm.extractelement %24[%23 : i32] : vector<4xf32>
    %26 = llvm.shufflevector %24, %24 [0, 1, 4, 5] : vector<4xf32> 
    %27 = llvm.intr.fma(%3, %3, %3)  : (f32, f32, f32) -> f32
    %28 = "llvm.intr.vector.reduce.fadd"(%3, %24) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<4xf32>) -> f32
    %29 = llvm.intr.maxnum(%3, %3)  : (f32, f32) -> f32
    "llvm.intr.memcpy"(%8, %arg2, %17) <{isVolatile = false}> : (!llvm.ptr, !llvm.ptr, i64) -> ()
    %30 = llvm.trunc %0 : i32 to i8
    "llvm.intr.memset"(%8, %30, %17) <{isVolatile = false}> : (!llvm.ptr, i8, i64) -> ()
    llvm.cond_br %5, ^bb1(%2 : i32), ^bb2
  ^bb1(%31: i32):  // 2 preds: ^bb0, ^bb1
    llvm.switch %31 : i32, ^bb2 [
      1: ^bb1(%31 : i32),
      2: ^bb2
    ]
  ^bb2:  // 3 preds: ^bb0, ^bb1, ^bb1
    llvm.return %2 : i32
  }
  llvm.func @v() {
    llvm.unreachable
  }
}

