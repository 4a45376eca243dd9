llvm.mlir.global internal @counter(0 : i32) {addr_space = 0 : i32} : i32
llvm.func @callee(%x: i32, %y: f32) -> i32 {
  llvm.return %x : i32
}
llvm.func @casts(%i: i32, %f: f64, %p: !llvm.ptr) -> i64 {
  %0 = llvm.zext %i : i32 to i64
  %1 = llvm.trunc %0 : i64 to i16
  %2 = llvm.sext %1 : i16 to i64
  %3 = llvm.fptrunc %f : f64 to f32
  %4 = llvm.fpext %3 : f32 to f64
  %5 = llvm.fptosi %4 : f64 to i32
  %6 = llvm.fptoui %4 : f64 to i64
  %7 = llvm.uitofp %6 : i64 to f32
  %8 = llvm.ptrtoint %p : !llvm.ptr to i64
  %9 = llvm.inttoptr %8 : i64 to !llvm.ptr
  %10 = llvm.bitcast %7 : f32 to i32
  %11 = llvm.add %2, %6 overflow<nsw, nuw> : i64
  %12 = llvm.sub %11, %8 overflow<nuw> : i64
  %13 = llvm.shl %12, %0 overflow<nsw> : i64
  %14 = llvm.srem %13, %0 : i64
  %15 = llvm.urem %14, %0 : i64
  %16 = llvm.sdiv %15, %0 : i64
  %17 = llvm.and %16, %0 : i64
  %18 = llvm.or %17, %0 : i64
  %19 = llvm.ashr %18, %0 : i64
  llvm.return %19 : i64
}
llvm.func @compares(%a: i32, %b: i32, %x: f32, %y: f32) -> i1 {
  %0 = llvm.icmp "eq" %a, %b : i32
  %1 = llvm.icmp "ne" %a, %b : i32
  %2 = llvm.icmp "sle" %a, %b : i32
  %3 = llvm.icmp "sgt" %a, %b : i32
  %4 = llvm.icmp "uge" %a, %b : i32
  %5 = llvm.icmp "ugt" %a, %b : i32
  %6 = llvm.icmp "ule" %a, %b : i32
  %7 = llvm.fcmp "oeq" %x, %y : f32
  %8 = llvm.fcmp "une" %x, %y : f32
  %9 = llvm.fcmp "uno" %x, %y : f32
  %10 = llvm.fcmp "ord" %x, %y {fastmathFlags = #llvm.fastmath<nnan>} : f32
  %11 = llvm.fcmp "ueq" %x, %y : f32
  %12 = llvm.and %0, %1 : i1
  %13 = llvm.or %12, %2 : i1
  %14 = llvm.xor %13, %3 : i1
  %15 = llvm.and %14, %4 : i1
  %16 = llvm.and %15, %5 : i1
  %17 = llvm.and %16, %6 : i1
  %18 = llvm.and %17, %7 : i1
  %19 = llvm.and %18, %8 : i1
  %20 = llvm.and %19, %9 : i1
  %21 = llvm.and %20, %10 : i1
  %22 = llvm.and %21, %11 : i1
  llvm.return %22 : i1
}
llvm.func @memory(%p: !llvm.ptr, %v: vector<4xf32>, %m: vector<4xi1>) -> vector<4xf32> {
  %n = llvm.mlir.constant(32 : i64) : i64
  %z = llvm.mlir.constant(0 : i8) : i8
  "llvm.intr.memset"(%p, %z, %n) <{isVolatile = true}> : (!llvm.ptr, i8, i64) -> ()
  llvm.intr.masked.store %v, %p, %m {alignment = 16 : i32} : vector<4xf32>, vector<4xi1> into !llvm.ptr
  %r = llvm.intr.masked.load %p, %m, %v {alignment = 16 : i32} : (!llvm.ptr, vector<4xi1>, vector<4xf32>) -> vector<4xf32>
  %g = llvm.mlir.addressof @counter : !llvm.ptr
  %c = llvm.load %g : !llvm.ptr -> i32
  %one = llvm.mlir.constant(1 : i32) : i32
  %c2 = llvm.add %c, %one : i32
  llvm.store %c2, %g : i32, !llvm.ptr
  llvm.return %r : vector<4xf32>
}
llvm.func @reductions(%v: vector<4xi32>, %w: vector<4xf64>) -> f64 {
  %0 = "llvm.intr.vector.reduce.add"(%v) : (vector<4xi32>) -> i32
  %1 = "llvm.intr.vector.reduce.mul"(%v) : (vector<4xi32>) -> i32
  %2 = "llvm.intr.vector.reduce.umin"(%v) : (vector<4xi32>) -> i32
  %3 = "llvm.intr.vector.reduce.xor"(%v) : (vector<4xi32>) -> i32
  %s = llvm.add %0, %1 : i32
  %t = llvm.add %2, %3 : i32
  %u = llvm.add %s, %t : i32
  %f = llvm.sitofp %u : i32 to f64
  %mx = llvm.intr.vector.reduce.fmin(%w) : (vector<4xf64>) -> f64
  %one = llvm.mlir.constant(1.0 : f64) : f64
  %pr = "llvm.intr.vector.reduce.fmul"(%one, %w) <{fastmathFlags = #llvm.fastmath<none>}> : (f64, vector<4xf64>) -> f64
  %a = llvm.fadd %f, %mx : f64
  %b = llvm.fadd %a, %pr : f64
  %c = llvm.intr.minimum(%a, %b) : (f64, f64) -> f64
  %d = llvm.intr.fmuladd(%a, %b, %c) : (f64, f64, f64) -> f64
  %e = llvm.intr.log(%d) : (f64) -> f64
  %g = llvm.intr.round(%e) : (f64) -> f64
  %h = llvm.intr.ceil(%g) {fastmathFlags = #llvm.fastmath<fast>} : (f64) -> f64
  llvm.return %h : f64
}
llvm.func @calls(%p: !llvm.ptr, %x: i32) -> i32 {
  %f = llvm.mlir.constant(1.5 : f32) : f32
  %0 = llvm.call @callee(%x, %f) : (i32, f32) -> i32
  %1 = llvm.call tail @callee(%0, %f) : (i32, f32) -> i32
  %2 = llvm.call %p(%1, %f) : !llvm.ptr, (i32, f32) -> i32
  %3 = llvm.call @printf(%p, %2) vararg(!llvm.func<i32 (ptr, ...)>) : (!llvm.ptr, i32) -> i32
  llvm.return %3 : i32
}
llvm.func @printf(!llvm.ptr, ...) -> i32
llvm.func @aggregates(%a: !llvm.array<2 x struct<(i32, array<3 x f32>)>>, %x: f32) -> !llvm.array<2 x struct<(i32, array<3 x f32>)>> {
  %0 = llvm.extractvalue %a[1] : !llvm.array<2 x struct<(i32, array<3 x f32>)>>
  %1 = llvm.extractvalue %0[1] : !llvm.struct<(i32, array<3 x f32>)>
  %2 = llvm.insertvalue %x, %1[2] : !llvm.array<3 x f32>
  %3 = llvm.insertvalue %2, %0[1] : !llvm.struct<(i32, array<3 x f32>)>
  %4 = llvm.insertvalue %3, %a[0] : !llvm.array<2 x struct<(i32, array<3 x f32>)>>
  llvm.return %4 : !llvm.array<2 x struct<(i32, array<3 x f32>)>>
}
llvm.func @control(%c: i1, %x: i64) -> i64 {
  llvm.cond_br %c, ^a(%x : i64), ^b
^a(%v: i64):
  %z = llvm.mlir.zero : i64
  llvm.switch %v : i64, ^b [
    0: ^c(%z : i64),
    5: ^b
  ]
^b:
  %p = llvm.mlir.poison : i64
  llvm.return %p : i64
^c(%r: i64):
  llvm.return %r : i64
}
