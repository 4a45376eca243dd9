llvm.mlir.global internal constant @g(dense<[1,2,3]> : tensor<3xi32>) {addr_space = 0 : i32} : !llvm.array<3 x i32>
llvm.mlir.global external @h() : !llvm.struct<"S", (i32, ptr)> {
  %0 = llvm.mlir.undef : !llvm.struct<"S", (i32, ptr)>
  llvm.return %0 : !llvm.struct<"S", (i32, ptr)>
}
llvm.mlir.global private @s("abc\00") : !llvm.array<4 x i8>
llvm.func @ext(i32, ...) -> i32
llvm.func internal @f(%arg0: i32 {llvm.noundef}, %p: !llvm.ptr<1>, %q: !llvm.ptr) -> i32 {
  %c = llvm.mlir.constant(3 : i32) : i32
  %c2 = llvm.mlir.constant(3.0 : f32) : f32
  %a = llvm.add %arg0, %c overflow<nsw> : i32
  %b = llvm.fadd %c2, %c2 {fastmath = #llvm.fastmath<fast>} : f32
  %n = llvm.fneg %b : f32
  %cmp = llvm.icmp "slt" %a, %c : i32
  %fc = llvm.fcmp "olt" %b, %c2 : f32
  %s = llvm.select %cmp, %a, %c : i1, i32
  %x = llvm.alloca %c x i32 {alignment = 4 : i64} : (i32) -> !llvm.ptr
  llvm.store %a, %x {alignment = 4 : i64} : i32, !llvm.ptr
  llvm.store volatile %a, %x : i32, !llvm.ptr
  %l = llvm.load %x {alignment = 4 : i64} : !llvm.ptr -> i32
  %l2 = llvm.load volatile %x : !llvm.ptr -> i32
  %g = llvm.getelementptr inbounds %x[1, %a] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<4 x i32>
  %g2 = llvm.getelementptr %x[%a] : (!llvm.ptr, i32) -> !llvm.ptr, i32
  %ad = llvm.mlir.addressof @g : !llvm.ptr
  %z = llvm.mlir.zero : !llvm.ptr
  %po = llvm.mlir.poison : i32
  %e = llvm.sext %a : i32 to i64
  %pi = llvm.ptrtoint %x : !llvm.ptr to i64
  %r = llvm.call @ext(%a, %a) vararg(!llvm.func<i32 (i32, ...)>) : (i32, i32) -> i32
  %u = llvm.mlir.undef : !llvm.struct<(i32, f32)>
  %ins = llvm.insertvalue %a, %u[0] : !llvm.struct<(i32, f32)>
  %ext = llvm.extractvalue %ins[0] : !llvm.struct<(i32, f32)>
  %v = llvm.mlir.undef : vector<4xf32>
  %i0 = llvm.mlir.constant(0 : i32) : i32
  %ie = llvm.insertelement %b, %v[%i0 : i32] : vector<4xf32>
  %ee = llvm.extractelement %ie[%i0 : i32] : vector<4xf32>
  %sh = llvm.shufflevector %ie, %ie [0, 1, 4, 5] : vector<4xf32>
  %fma = llvm.intr.fma(%b, %b, %b) : (f32, f32, f32) -> f32
  %red = "llvm.intr.vector.reduce.fadd"(%b, %ie) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<4xf32>) -> f32
  %mx = llvm.intr.maxnum(%b, %b) : (f32, f32) -> f32
  "llvm.intr.memcpy"(%x, %q, %pi) <{isVolatile = false}> : (!llvm.ptr, !llvm.ptr, i64) -> ()
  %c8 = llvm.trunc %c : i32 to i8
  "llvm.intr.memset"(%x, %c8, %pi) <{isVolatile = false}> : (!llvm.ptr, i8, i64) -> ()
  llvm.cond_br %cmp, ^bb1(%a : i32), ^bb2
^bb1(%y: i32):
  llvm.switch %y : i32, ^bb2 [
    1: ^bb1(%y : i32),
    2: ^bb2
  ]
^bb2:
  llvm.return %a : i32
}
llvm.func @v() {
  llvm.unreachable
}
