// The llvm dialect's custom syntax is MLIR 19's: it round-trips, in custom and in generic form.

llvm.mlir.global internal constant @table(dense<[1, 2, 3]> : tensor<3xi32>) : !llvm.array<3 x i32>
llvm.mlir.global private @msg("hi\00") : !llvm.array<3 x i8>
llvm.mlir.global external @init() : !llvm.struct<"pair", (i32, !llvm.ptr)> {
  %0 = llvm.mlir.undef : !llvm.struct<"pair", (i32, ptr)>
  llvm.return %0 : !llvm.struct<"pair", (i32, ptr)>
}
llvm.mlir.global weak @w(0.0 : f32) {addr_space = 1 : i32, alignment = 16 : i64} : f32

llvm.func @printf(!llvm.ptr, ...) -> i32
llvm.func @decl(i64 {llvm.noundef}) -> !llvm.ptr

llvm.func internal @types(%p: !llvm.ptr<1>, %s: !llvm.struct<packed (i8, i32)>, %a: !llvm.array<2 x array<3 x f32>>, %v: vector<4xi32>) -> (!llvm.struct<(ptr, i64)> {llvm.noundef}) {
  %0 = llvm.mlir.zero : !llvm.struct<(ptr, i64)>
  llvm.return %0 : !llvm.struct<(ptr, i64)>
}

llvm.func @arith(%a: i32, %b: i32, %x: f32, %y: f32) -> i32 {
  // CHECK: llvm.add %{{.*}}, %{{.*}} : i32
  %0 = llvm.add %a, %b : i32
  // CHECK: llvm.sub %{{.*}}, %{{.*}} overflow<nsw, nuw> : i32
  %1 = llvm.sub %a, %b overflow<nuw, nsw> : i32
  // CHECK: llvm.mul %{{.*}}, %{{.*}} overflow<nsw> : i32
  %2 = llvm.mul %a, %b overflow<nsw> : i32
  // CHECK: llvm.sdiv %{{.*}}, %{{.*}}  : i32
  %3 = llvm.sdiv %a, %b : i32
  %4 = llvm.udiv %a, %b : i32
  %5 = llvm.srem %a, %b : i32
  %6 = llvm.urem %a, %b : i32
  %7 = llvm.and %a, %b : i32
  %8 = llvm.or %a, %b : i32
  %9 = llvm.xor %a, %b : i32
  // CHECK: llvm.shl %{{.*}}, %{{.*}} : i32
  %10 = llvm.shl %a, %b : i32
  %11 = llvm.lshr %a, %b : i32
  // CHECK: llvm.ashr %{{.*}}, %{{.*}}  : i32
  %12 = llvm.ashr %a, %b : i32
  // CHECK: llvm.fadd %{{.*}}, %{{.*}}  {fastmathFlags = #llvm.fastmath<fast>} : f32
  %13 = llvm.fadd %x, %y {fastmathFlags = #llvm.fastmath<fast>} : f32
  // CHECK: llvm.fsub %{{.*}}, %{{.*}}  {fastmathFlags = #llvm.fastmath<nnan, ninf>} : f32
  %14 = llvm.fsub %x, %y {fastmathFlags = #llvm.fastmath<ninf, nnan>} : f32
  %15 = llvm.fmul %x, %y : f32
  %16 = llvm.fdiv %x, %y : f32
  %17 = llvm.frem %x, %y : f32
  // CHECK: llvm.fneg %{{.*}}  : f32
  %18 = llvm.fneg %x : f32
  // CHECK: llvm.icmp "uge" %{{.*}}, %{{.*}} : i32
  %19 = llvm.icmp "uge" %a, %b : i32
  // CHECK: llvm.fcmp "_true" %{{.*}}, %{{.*}} : f32
  %20 = llvm.fcmp "_true" %x, %y : f32
  // CHECK: llvm.fcmp "une" %{{.*}}, %{{.*}} {fastmathFlags = #llvm.fastmath<nnan>} : f32
  %21 = llvm.fcmp "une" %x, %y {fastmathFlags = #llvm.fastmath<nnan>} : f32
  // CHECK: llvm.select %{{.*}}, %{{.*}}, %{{.*}} : i1, i32
  %22 = llvm.select %19, %a, %b : i1, i32
  llvm.return %22 : i32
}

llvm.func @casts(%a: i32, %x: f32, %p: !llvm.ptr) {
  // CHECK: llvm.sext %{{.*}} : i32 to i64
  %0 = llvm.sext %a : i32 to i64
  %1 = llvm.zext %a : i32 to i64
  // CHECK: llvm.trunc %{{.*}} : i32 to i8
  %2 = llvm.trunc %a : i32 to i8
  %3 = llvm.fpext %x : f32 to f64
  %4 = llvm.fptrunc %3 : f64 to f16
  %5 = llvm.sitofp %a : i32 to f32
  %6 = llvm.uitofp %a : i32 to f64
  %7 = llvm.fptosi %x : f32 to i32
  %8 = llvm.fptoui %x : f32 to i16
  // CHECK: llvm.bitcast %{{.*}} : f32 to i32
  %9 = llvm.bitcast %x : f32 to i32
  // CHECK: llvm.ptrtoint %{{.*}} : !llvm.ptr to i64
  %10 = llvm.ptrtoint %p : !llvm.ptr to i64
  // CHECK: llvm.inttoptr %{{.*}} : i64 to !llvm.ptr
  %11 = llvm.inttoptr %10 : i64 to !llvm.ptr
  llvm.return
}

llvm.func @memory(%n: i64, %i: i32) -> f32 {
  // CHECK: %[[P:.*]] = llvm.alloca %{{.*}} x !llvm.struct<(i32, array<4 x f32>)> {alignment = 8 : i64} : (i64) -> !llvm.ptr
  %p = llvm.alloca %n x !llvm.struct<(i32, array<4 x f32>)> {alignment = 8 : i64} : (i64) -> !llvm.ptr
  // CHECK: llvm.getelementptr inbounds %[[P]][0, 1, %{{.*}}] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.struct<(i32, array<4 x f32>)>
  %q = llvm.getelementptr inbounds %p[0, 1, %i] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.struct<(i32, array<4 x f32>)>
  %c = llvm.mlir.constant(1.5 : f32) : f32
  // CHECK: llvm.store volatile %{{.*}}, %{{.*}} {alignment = 4 : i64} : f32, !llvm.ptr
  llvm.store volatile %c, %q {alignment = 4 : i64} : f32, !llvm.ptr
  // CHECK: llvm.load %{{.*}} {alignment = 4 : i64} : !llvm.ptr -> f32
  %x = llvm.load %q {alignment = 4 : i64} : !llvm.ptr -> f32
  // CHECK: llvm.load volatile %{{.*}} : !llvm.ptr -> f32
  %y = llvm.load volatile %q : !llvm.ptr -> f32
  // CHECK: llvm.mlir.addressof @table : !llvm.ptr
  %t = llvm.mlir.addressof @table : !llvm.ptr
  llvm.return %x : f32
}

llvm.func @aggregates(%a: i32, %x: f32, %v: vector<4xf32>) -> vector<4xf32> {
  %u = llvm.mlir.undef : !llvm.struct<(i32, array<2 x f32>)>
  // CHECK: llvm.insertvalue %{{.*}}, %{{.*}}[1, 0] : !llvm.struct<(i32, array<2 x f32>)>
  %s = llvm.insertvalue %x, %u[1, 0] : !llvm.struct<(i32, array<2 x f32>)>
  // CHECK: llvm.extractvalue %{{.*}}[1, 0] : !llvm.struct<(i32, array<2 x f32>)>
  %e = llvm.extractvalue %s[1, 0] : !llvm.struct<(i32, array<2 x f32>)>
  %po = llvm.mlir.poison : vector<4xf32>
  // CHECK: llvm.insertelement %{{.*}}, %{{.*}}[%{{.*}} : i32] : vector<4xf32>
  %w = llvm.insertelement %e, %v[%a : i32] : vector<4xf32>
  // CHECK: llvm.extractelement %{{.*}}[%{{.*}} : i32] : vector<4xf32>
  %z = llvm.extractelement %w[%a : i32] : vector<4xf32>
  // CHECK: llvm.shufflevector %{{.*}}, %{{.*}} [0, 4, -1, 7] : vector<4xf32>
  %sh = llvm.shufflevector %w, %v [0, 4, -1, 7] : vector<4xf32>
  llvm.return %sh : vector<4xf32>
}

llvm.func @intrinsics(%x: f32, %v: vector<8xf32>, %vi: vector<8xi32>, %p: !llvm.ptr, %n: i64, %m: vector<8xi1>) {
  // CHECK: llvm.intr.exp(%{{.*}})  : (f32) -> f32
  %0 = llvm.intr.exp(%x) : (f32) -> f32
  %1 = llvm.intr.log(%x) : (f32) -> f32
  %2 = llvm.intr.sqrt(%v) : (vector<8xf32>) -> vector<8xf32>
  %3 = llvm.intr.fabs(%x) : (f32) -> f32
  %4 = llvm.intr.floor(%x) : (f32) -> f32
  %5 = llvm.intr.ceil(%x) : (f32) -> f32
  %6 = llvm.intr.round(%x) : (f32) -> f32
  // CHECK: llvm.intr.pow(%{{.*}}, %{{.*}})  {fastmathFlags = #llvm.fastmath<afn>} : (f32, f32) -> f32
  %7 = llvm.intr.pow(%x, %x) {fastmathFlags = #llvm.fastmath<afn>} : (f32, f32) -> f32
  %8 = llvm.intr.maxnum(%x, %x) : (f32, f32) -> f32
  %9 = llvm.intr.minnum(%x, %x) : (f32, f32) -> f32
  %10 = llvm.intr.maximum(%x, %x) : (f32, f32) -> f32
  %11 = llvm.intr.minimum(%x, %x) : (f32, f32) -> f32
  // CHECK: llvm.intr.fma(%{{.*}}, %{{.*}}, %{{.*}})  : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
  %12 = llvm.intr.fma(%v, %v, %v) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
  %13 = llvm.intr.fmuladd(%x, %x, %x) : (f32, f32, f32) -> f32
  // CHECK: "llvm.intr.vector.reduce.fadd"(%{{.*}}, %{{.*}}) <{fastmathFlags = #llvm.fastmath<reassoc>}> : (f32, vector<8xf32>) -> f32
  %14 = "llvm.intr.vector.reduce.fadd"(%x, %v) <{fastmathFlags = #llvm.fastmath<reassoc>}> : (f32, vector<8xf32>) -> f32
  %15 = "llvm.intr.vector.reduce.fmul"(%x, %v) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
  // CHECK: llvm.intr.vector.reduce.fmax(%{{.*}})  : (vector<8xf32>) -> f32
  %16 = llvm.intr.vector.reduce.fmax(%v) : (vector<8xf32>) -> f32
  %17 = llvm.intr.vector.reduce.fmin(%v) : (vector<8xf32>) -> f32
  // CHECK: "llvm.intr.vector.reduce.add"(%{{.*}}) : (vector<8xi32>) -> i32
  %18 = "llvm.intr.vector.reduce.add"(%vi) : (vector<8xi32>) -> i32
  %19 = "llvm.intr.vector.reduce.smax"(%vi) : (vector<8xi32>) -> i32
  // CHECK: "llvm.intr.memcpy"(%{{.*}}, %{{.*}}, %{{.*}}) <{isVolatile = false}> : (!llvm.ptr, !llvm.ptr, i64) -> ()
  "llvm.intr.memcpy"(%p, %p, %n) <{isVolatile = false}> : (!llvm.ptr, !llvm.ptr, i64) -> ()
  %b = llvm.mlir.constant(0 : i8) : i8
  "llvm.intr.memset"(%p, %b, %n) <{isVolatile = true}> : (!llvm.ptr, i8, i64) -> ()
  // CHECK: llvm.intr.masked.load %{{.*}}, %{{.*}}, %{{.*}} {alignment = 4 : i32} : (!llvm.ptr, vector<8xi1>, vector<8xf32>) -> vector<8xf32>
  %20 = llvm.intr.masked.load %p, %m, %v {alignment = 4 : i32} : (!llvm.ptr, vector<8xi1>, vector<8xf32>) -> vector<8xf32>
  // CHECK: llvm.intr.masked.store %{{.*}}, %{{.*}}, %{{.*}} {alignment = 4 : i32} : vector<8xf32>, vector<8xi1> into !llvm.ptr
  llvm.intr.masked.store %20, %p, %m {alignment = 4 : i32} : vector<8xf32>, vector<8xi1> into !llvm.ptr
  llvm.return
}

llvm.func @control(%c: i1, %k: i32, %p: !llvm.ptr) -> i32 {
  // CHECK: llvm.cond_br %{{.*}}, ^bb1(%{{.*}} : i32), ^bb2
  llvm.cond_br %c, ^bb1(%k : i32), ^bb2
^bb1(%x: i32):
  // CHECK: llvm.switch %{{.*}} : i32, ^bb2 [
  // CHECK-NEXT:   1: ^bb1(%{{.*}} : i32),
  // CHECK-NEXT:   7: ^bb3
  // CHECK-NEXT: ]
  llvm.switch %x : i32, ^bb2 [
    1: ^bb1(%x : i32),
    7: ^bb3
  ]
^bb2:
  // CHECK: llvm.call @printf(%{{.*}}, %{{.*}}) vararg(!llvm.func<i32 (ptr, ...)>) : (!llvm.ptr, i32) -> i32
  %r = llvm.call @printf(%p, %k) vararg(!llvm.func<i32 (ptr, ...)>) : (!llvm.ptr, i32) -> i32
  // CHECK: llvm.call %{{.*}}(%{{.*}}) : !llvm.ptr, (i64) -> !llvm.ptr
  %n = llvm.sext %k : i32 to i64
  %q = llvm.call %p(%n) : !llvm.ptr, (i64) -> !llvm.ptr
  // CHECK: llvm.br ^bb3
  llvm.br ^bb3
^bb3:
  llvm.return %k : i32
}

llvm.func @noreturn() {
  llvm.unreachable
}
