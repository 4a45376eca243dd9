llvm.func @f(%a: i32, %x: f32, %v: vector<4xf32>, %vi: vector<4xi32>) {
%add = llvm.add %a, %a : i32
%sub = llvm.sub %a, %a : i32
%mul = llvm.mul %a, %a : i32
%sdiv = llvm.sdiv %a, %a : i32
%udiv = llvm.udiv %a, %a : i32
%srem = llvm.srem %a, %a : i32
%urem = llvm.urem %a, %a : i32
%and = llvm.and %a, %a : i32
%or = llvm.or %a, %a : i32
%xor = llvm.xor %a, %a : i32
%shl = llvm.shl %a, %a : i32
%lshr = llvm.lshr %a, %a : i32
%ashr = llvm.ashr %a, %a : i32
%fadd = llvm.fadd %x, %x : f32
%fsub = llvm.fsub %x, %x : f32
%fmul = llvm.fmul %x, %x : f32
%fdiv = llvm.fdiv %x, %x : f32
%frem = llvm.frem %x, %x : f32
%exp = llvm.intr.exp(%x) : (f32) -> f32
%log = llvm.intr.log(%x) : (f32) -> f32
%sqrt = llvm.intr.sqrt(%x) : (f32) -> f32
%fabs = llvm.intr.fabs(%x) : (f32) -> f32
%floor = llvm.intr.floor(%x) : (f32) -> f32
%ceil = llvm.intr.ceil(%x) : (f32) -> f32
%round = llvm.intr.round(%x) : (f32) -> f32
%pow = llvm.intr.pow(%x, %x) : (f32, f32) -> f32
%maxnum = llvm.intr.maxnum(%x, %x) : (f32, f32) -> f32
%minnum = llvm.intr.minnum(%x, %x) : (f32, f32) -> f32
%maximum = llvm.intr.maximum(%x, %x) : (f32, f32) -> f32
%minimum = llvm.intr.minimum(%x, %x) : (f32, f32) -> f32
%rfadd = "llvm.intr.vector.reduce.fadd"(%x, %v) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<4xf32>) -> f32
%rfmul = "llvm.intr.vector.reduce.fmul"(%x, %v) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<4xf32>) -> f32
%rfmax = "llvm.intr.vector.reduce.fmax"(%v) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<4xf32>) -> f32
%rfmin = "llvm.intr.vector.reduce.fmin"(%v) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<4xf32>) -> f32
%ra = "llvm.intr.vector.reduce.add"(%vi) : (vector<4xi32>) -> i32
%rm = "llvm.intr.vector.reduce.mul"(%vi) : (vector<4xi32>) -> i32
%rs = "llvm.intr.vector.reduce.smax"(%vi) : (vector<4xi32>) -> i32
llvm.return
}
