module {
  llvm.mlir.global internal constant @table(dense<[1, 2, 3]> : tensor<3xi32>) {addr_space = 0 : i32} : !llvm.array<3 x i32>
  llvm.mlir.global private @msg("hi\00") {addr_space = 0 : i32}
  llvm.mlir.global external @init() {addr_space = 0 : i32} : !llvm.struct<"pair", (i32, ptr)> {
    %0 = llvm.mlir.undef : !llvm.struct<"pair", (i32, ptr)>
    llvm.return %0 : !llvm.struct<"pair", (i32, ptr)>
  }
  llvm.mlir.global weak @w(0.000000e+00 : f32) {addr_space = 1 : i32, alignment = 16 : i64} : f32
  llvm.func @printf(!llvm.ptr, ...) -> i32
  llvm.func @decl(i64 {llvm.noundef}) -> !llvm.ptr
  llvm.func internal @types(%arg0: !llvm.ptr<1>, %arg1: !llvm.struct<packed (i8, i32)>, %arg2: !llvm.array<2 x array<3 x f32>>, %arg3: vector<4xi32>) -> (!llvm.struct<(ptr, i64)> {llvm.noundef}) {
    %0 = llvm.mlir.zero : !llvm.struct<(ptr, i64)>
    llvm.return %0 : !llvm.struct<(ptr, i64)>
  }
  llvm.func @arith(%arg0: i32, %arg1: i32, %arg2: f32, %arg3: f32) -> i32 {
    %0 = llvm.add %arg0, %arg1 : i32
    %1 = llvm.sub %arg0, %arg1 overflow<nsw, nuw> : i32
    %2 = llvm.mul %arg0, %arg1 overflow<nsw> : i32
    %3 = llvm.sdiv %arg0, %arg1  : i32
    %4 = llvm.udiv %arg0, %arg1  : i32
    %5 = llvm.srem %arg0, %arg1  : i32
    %6 = llvm.urem %arg0, %arg1  : i32
    %7 = llvm.and %arg0, %arg1  : i32
    %8 = llvm.or %arg0, %arg1  : i32
    %9 = llvm.xor %arg0, %arg1  : i32
    %10 = llvm.shl %arg0, %arg1 : i32
    %11 = llvm.lshr %arg0, %arg1  : i32
    %12 = llvm.ashr %arg0, %arg1  : i32
    %13 = llvm.fadd %arg2, %arg3  {fastmathFlags = #llvm.fastmath<fast>} : f32
    %14 = llvm.fsub %arg2, %arg3  {fastmathFlags = #llvm.fastmath<nnan, ninf>} : f32
    %15 = llvm.fmul %arg2, %arg3  : f32
    %16 = llvm.fdiv %arg2, %arg3  : f32
    %17 = llvm.frem %arg2, %arg3  : f32
    %18 = llvm.fneg %arg2  : f32
    %19 = llvm.icmp "uge" %arg0, %arg1 : i32
    %20 = llvm.fcmp "_true" %arg2, %arg3 : f32
    %21 = llvm.fcmp "une" %arg2, %arg3 {fastmathFlags = #llvm.fastmath<nnan>} : f32
    %22 = llvm.select %19, %arg0, %arg1 : i1, i32
    llvm.return %22 : i32
  }
  llvm.func @casts(%arg0: i32, %arg1: f32, %arg2: !llvm.ptr) {
    %0 = llvm.sext %arg0 : i32 to i64
    %1 = llvm.zext %arg0 : i32 to i64
    %2 = llvm.trunc %arg0 : i32 to i8
    %3 = llvm.fpext %arg1 : f32 to f64
    %4 = llvm.fptrunc %3 : f64 to f16
    %5 = llvm.sitofp %arg0 : i32 to f32
    %6 = llvm.uitofp %arg0 : i32 to f64
    %7 = llvm.fptosi %arg1 : f32 to i32
    %8 = llvm.fptoui %arg1 : f32 to i16
    %9 = llvm.bitcast %arg1 : f32 to i32
    %10 = llvm.ptrtoint %arg2 : !llvm.ptr to i64
    %11 = llvm.inttoptr %10 : i64 to !llvm.ptr
    llvm.return
  }
  llvm.func @memory(%arg0: i64, %arg1: i32) -> f32 {
    %0 = llvm.alloca %arg0 x !llvm.struct<(i32, array<4 x f32>)> {alignment = 8 : i64} : (i64) -> !llvm.ptr
    %1 = llvm.getelementptr inbounds %0[0, 1, %arg1] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.struct<(i32, array<4 x f32>)>
    %2 = llvm.mlir.constant(1.500000e+00 : f32) : f32
    llvm.store volatile %2, %1 {alignment = 4 : i64} : f32, !llvm.ptr
    %3 = llvm.load %1 {alignment = 4 : i64} : !llvm.ptr -> f32
    %4 = llvm.load volatile %1 : !llvm.ptr -> f32
    %5 = llvm.mlir.addressof @table : !llvm.ptr
    llvm.return %3 : f32
  }
  llvm.func @aggregates(%arg0: i32, %arg1: f32, %arg2: vector<4xf32>) -> vector<4xf32> {
    %0 = llvm.mlir.undef : !llvm.struct<(i32, array<2 x f32>)>
    %1 = llvm.insertvalue %arg1, %0[1, 0] : !llvm.struct<(i32, array<2 x f32>)> 
    %2 = llvm.extractvalue %1[1, 0] : !llvm.struct<(i32, array<2 x f32>)> 
    %3 = llvm.mlir.poison : vector<4xf32>
    %4 = llvm.insertelement %2, %arg2[%arg0 : i32] : vector<4xf32>
    %5 = llvm.extractelement %4[%arg0 : i32] : vector<4xf32>
    %6 = llvm.shufflevector %4, %arg2 [0, 4, -1, 7] : vector<4xf32> 
    llvm.return %6 : vector<4xf32>
  }
  llvm.func @intrinsics(%arg0: f32, %arg1: vector<8xf32>, %arg2: vector<8xi32>, %arg3: !llvm.ptr, %arg4: i64, %arg5: vector<8xi1>) {
    %0 = llvm.intr.exp(%arg0)  : (f32) -> f32
    %1 = llvm.intr.log(%arg0)  : (f32) -> f32
    %2 = llvm.intr.sqrt(%arg1)  : (vector<8xf32>) -> vector<8xf32>
    %3 = llvm.intr.fabs(%arg0)  : (f32) -> f32
    %4 = llvm.intr.floor(%arg0)  : (f32) -> f32
    %5 = llvm.intr.ceil(%arg0)  : (f32) -> f32
    %6 = llvm.intr.round(%arg0)  : (f32) -> f32
    %7 = llvm.intr.pow(%arg0, %arg0)  {fastmathFlags = #llvm.fastmath<afn>} : (f32, f32) -> f32
    %8 = llvm.intr.maxnum(%arg0, %arg0)  : (f32, f32) -> f32
    %9 = llvm.intr.minnum(%arg0, %arg0)  : (f32, f32) -> f32
    %10 = llvm.intr.maximum(%arg0, %arg0)  : (f32, f32) -> f32
    %11 = llvm.intr.minimum(%arg0, %arg0)  : (f32, f32) -> f32
    %12 = llvm.intr.fma(%arg1, %arg1, %arg1)  : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    %13 = llvm.intr.fmuladd(%arg0, %arg0, %arg0)  : (f32, f32, f32) -> f32
    %14 = "llvm.intr.vector.reduce.fadd"(%arg0, %arg1) <{fastmathFlags = #llvm.fastmath<reassoc>}> : (f32, vector<8xf32>) -> f32
    %15 = "llvm.intr.vector.reduce.fmul"(%arg0, %arg1) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %16 = llvm.intr.vector.reduce.fmax(%arg1)  : (vector<8xf32>) -> f32
    %17 = llvm.intr.vector.reduce.fmin(%arg1)  : (vector<8xf32>) -> f32
    %18 = "llvm.intr.vector.reduce.add"(%arg2) : (vector<8xi32>) -> i32
    %19 = "llvm.intr.vector.reduce.smax"(%arg2) : (vector<8xi32>) -> i32
    "llvm.intr.memcpy"(%arg3, %arg3, %arg4) <{isVolatile = false}> : (!llvm.ptr, !llvm.ptr, i64) -> ()
    %20 = llvm.mlir.constant(0 : i8) : i8
    "llvm.intr.memset"(%arg3, %20, %arg4) <{isVolatile = true}> : (!llvm.ptr, i8, i64) -> ()
    %21 = llvm.intr.masked.load %arg3, %arg5, %arg1 {alignment = 4 : i32} : (!llvm.ptr, vector<8xi1>, vector<8xf32>) -> vector<8xf32>
    llvm.intr.masked.store %21, %arg3, %arg5 {alignment = 4 : i32} : vector<8xf32>, vector<8xi1> into !llvm.ptr
    llvm.return
  }
  llvm.func @control(%arg0: i1, %arg1: i32, %arg2: !llvm.ptr) -> i32 {
    llvm.cond_br %arg0, ^bb1(%arg1 : i32), ^bb2
  ^bb1(%0: i32):  // 2 preds: ^bb0, ^bb1
    llvm.switch %0 : i32, ^bb2 [
      1: ^bb1(%0 : i32),
      7: ^bb3
    ]
  ^bb2:  // 2 preds: ^bb0, ^bb1
    %1 = llvm.call @printf(%arg2, %arg1) vararg(!llvm.func<i32 (ptr, ...)>) : (!llvm.ptr, i32) -> i32
    %2 = llvm.sext %arg1 : i32 to i64
    %3 = llvm.call %arg2(%2) : !llvm.ptr, (i64) -> !llvm.ptr
    llvm.br ^bb3
  ^bb3:  // 2 preds: ^bb1, ^bb2
    llvm.return %arg1 : i32
  }
  llvm.func @noreturn() {
    llvm.unreachable
  }
}

