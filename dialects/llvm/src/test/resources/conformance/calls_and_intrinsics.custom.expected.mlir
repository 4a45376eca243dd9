module {
  llvm.func @f(%arg0: i32, %arg1: i32, %arg2: f32, %arg3: vector<4xf32>, %arg4: !llvm.ptr) {
    %0 = llvm.add %arg0, %arg1 : i32
    %1 = llvm.sdiv %arg0, %arg1  : i32
    %2 = llvm.or %arg0, %arg1  : i32
    %3 = llvm.lshr %arg0, %arg1  : i32
    %4 = llvm.fadd %arg2, %arg2  : f32
    %5 = llvm.intr.sqrt(%arg2)  : (f32) -> f32
    %6 = llvm.intr.fabs(%arg3)  : (vector<4xf32>) -> vector<4xf32>
    %7 = llvm.intr.pow(%arg2, %arg2)  : (f32, f32) -> f32
    %8 = llvm.intr.fmuladd(%arg2, %arg2, %arg2)  : (f32, f32, f32) -> f32
    %9 = llvm.intr.vector.reduce.fmax(%arg3)  : (vector<4xf32>) -> f32
    %10 = llvm.mlir.undef : vector<4xi32>
    %11 = "llvm.intr.vector.reduce.add"(%10) : (vector<4xi32>) -> i32
    %12 = llvm.zext %arg0 : i32 to i64
    %13 = llvm.bitcast %arg2 : f32 to i32
    %14 = llvm.inttoptr %12 : i64 to !llvm.ptr
    %15 = llvm.fcmp "oeq" %arg2, %arg2 {fastmath = #llvm.fastmath<nnan, ninf>} : f32
    %16 = llvm.mul %arg0, %arg1 overflow<nsw, nuw> : i32
    %17 = llvm.mlir.constant(dense<1.000000e+00> : vector<4xf32>) : vector<4xf32>
    %18 = llvm.mlir.constant(dense<true> : vector<4xi1>) : vector<4xi1>
    %19 = llvm.intr.masked.load %arg4, %18, %arg3 {alignment = 4 : i32} : (!llvm.ptr, vector<4xi1>, vector<4xf32>) -> vector<4xf32>
    llvm.intr.masked.store %19, %arg4, %18 {alignment = 4 : i32} : vector<4xf32>, vector<4xi1> into !llvm.ptr
    %20 = llvm.call @g(%arg4) : (!llvm.ptr) -> !llvm.ptr
    %21 = llvm.call %20(%arg4) : !llvm.ptr, (!llvm.ptr) -> !llvm.ptr
    llvm.return
  }
  llvm.func @g(%arg0: !llvm.ptr) -> !llvm.ptr attributes {passthrough = ["noinline"]} {
    llvm.return %arg0 : !llvm.ptr
  }
  llvm.func @d()
  llvm.func weak @w(%arg0: i32) -> (i32 {llvm.noundef}) {
    llvm.return %arg0 : i32
  }
}

