llvm.func @f(%a: i32, %b: i32, %x: f32, %v: vector<4xf32>, %p: !llvm.ptr) {
  %0 = llvm.add %a, %b : i32
  %1 = llvm.sdiv %a, %b : i32
  %2 = llvm.or %a, %b : i32
  %3 = llvm.lshr %a, %b : i32
  %4 = llvm.fadd %x, %x : f32
  %5 = llvm.intr.sqrt(%x) : (f32) -> f32
  %6 = llvm.intr.fabs(%v) : (vector<4xf32>) -> vector<4xf32>
  %7 = llvm.intr.pow(%x, %x) : (f32, f32) -> f32
  %8 = llvm.intr.fmuladd(%x, %x, %x) : (f32, f32, f32) -> f32
  %9 = "llvm.intr.vector.reduce.fmax"(%v) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<4xf32>) -> f32
  %vi = llvm.mlir.undef : vector<4xi32>
  %10 = "llvm.intr.vector.reduce.add"(%vi) : (vector<4xi32>) -> i32
  %11 = llvm.zext %a : i32 to i64
  %12 = llvm.bitcast %x : f32 to i32
  %13 = llvm.inttoptr %11 : i64 to !llvm.ptr
  %14 = llvm.fcmp "oeq" %x, %x {fastmath = #llvm.fastmath<nnan,ninf>} : f32
  %15 = llvm.mul %a, %b overflow<nsw, nuw> : i32
  %c = llvm.mlir.constant(dense<1.0> : vector<4xf32>) : vector<4xf32>
  %m = llvm.mlir.constant(dense<true> : vector<4xi1>) : vector<4xi1>
  %16 = llvm.intr.masked.load %p, %m, %v {alignment = 4 : i32} : (!llvm.ptr, vector<4xi1>, vector<4xf32>) -> vector<4xf32>
  llvm.intr.masked.store %16, %p, %m {alignment = 4 : i32} : vector<4xf32>, vector<4xi1> into !llvm.ptr
  %17 = llvm.call @g(%p) : (!llvm.ptr) -> !llvm.ptr
  %18 = llvm.call %17(%p) : !llvm.ptr, (!llvm.ptr) -> !llvm.ptr
  llvm.return
}
llvm.func @g(%p: !llvm.ptr) -> !llvm.ptr attributes {passthrough = ["noinline"]} {
  llvm.return %p : !llvm.ptr
}
llvm.func @d() -> !llvm.void
llvm.func weak @w(%a: i32) -> (i32 {llvm.noundef}) { llvm.return %a : i32 }
