"builtin.module"() ({
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<void (i32, f32, vector<4xf32>, vector<4xi32>)>, linkage = #llvm.linkage<external>, sym_name = "f", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
  ^bb0(%arg0: i32, %arg1: f32, %arg2: vector<4xf32>, %arg3: vector<4xi32>):
    %0 = "llvm.add"(%arg0, %arg0) <{overflowFlags = #llvm.overflow<none>}> : (i32, i32) -> i32
    %1 = "llvm.sub"(%arg0, %arg0) <{overflowFlags = #llvm.overflow<none>}> : (i32, i32) -> i32
    %2 = "llvm.mul"(%arg0, %arg0) <{overflowFlags = #llvm.overflow<none>}> : (i32, i32) -> i32
    %3 = "llvm.sdiv"(%arg0, %arg0) : (i32, i32) -> i32
    %4 = "llvm.udiv"(%arg0, %arg0) : (i32, i32) -> i32
    %5 = "llvm.srem"(%arg0, %arg0) : (i32, i32) -> i32
    %6 = "llvm.urem"(%arg0, %arg0) : (i32, i32) -> i32
    %7 = "llvm.and"(%arg0, %arg0) : (i32, i32) -> i32
    %8 = "llvm.or"(%arg0, %arg0) : (i32, i32) -> i32
    %9 = "llvm.xor"(%arg0, %arg0) : (i32, i32) -> i32
    %10 = "llvm.shl"(%arg0, %arg0) <{overflowFlags = #llvm.overflow<none>}> : (i32, i32) -> i32
    %11 = "llvm.lshr"(%arg0, %arg0) : (i32, i32) -> i32
    %12 = "llvm.ashr"(%arg0, %arg0) : (i32, i32) -> i32
    %13 = "llvm.fadd"(%arg1, %arg1) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, f32) -> f32
    %14 = "llvm.fsub"(%arg1, %arg1) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, f32) -> f32
    %15 = "llvm.fmul"(%arg1, %arg1) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, f32) -> f32
    %16 = "llvm.fdiv"(%arg1, %arg1) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, f32) -> f32
    %17 = "llvm.frem"(%arg1, %arg1) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, f32) -> f32
    %18 = "llvm.intr.exp"(%arg1) <{fastmathFlags = #llvm.fastmath<none>}> : (f32) -> f32
    %19 = "llvm.intr.log"(%arg1) <{fastmathFlags = #llvm.fastmath<none>}> : (f32) -> f32
    %20 = "llvm.intr.sqrt"(%arg1) <{fastmathFlags = #llvm.fastmath<none>}> : (f32) -> f32
    %21 = "llvm.intr.fabs"(%arg1) <{fastmathFlags = #llvm.fastmath<none>}> : (f32) -> f32
    %22 = "llvm.intr.floor"(%arg1) <{fastmathFlags = #llvm.fastmath<none>}> : (f32) -> f32
    %23 = "llvm.intr.ceil"(%arg1) <{fastmathFlags = #llvm.fastmath<none>}> : (f32) -> f32
    %24 = "llvm.intr.round"(%arg1) <{fastmathFlags = #llvm.fastmath<none>}> : (f32) -> f32
    %25 = "llvm.intr.pow"(%arg1, %arg1) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, f32) -> f32
    %26 = "llvm.intr.maxnum"(%arg1, %arg1) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, f32) -> f32
    %27 = "llvm.intr.minnum"(%arg1, %arg1) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, f32) -> f32
    %28 = "llvm.intr.maximum"(%arg1, %arg1) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, f32) -> f32
    %29 = "llvm.intr.minimum"(%arg1, %arg1) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, f32) -> f32
    %30 = "llvm.intr.vector.reduce.fadd"(%arg1, %arg2) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<4xf32>) -> f32
    %31 = "llvm.intr.vector.reduce.fmul"(%arg1, %arg2) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<4xf32>) -> f32
    %32 = "llvm.intr.vector.reduce.fmax"(%arg2) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<4xf32>) -> f32
    %33 = "llvm.intr.vector.reduce.fmin"(%arg2) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<4xf32>) -> f32
    %34 = "llvm.intr.vector.reduce.add"(%arg3) : (vector<4xi32>) -> i32
    %35 = "llvm.intr.vector.reduce.mul"(%arg3) : (vector<4xi32>) -> i32
    %36 = "llvm.intr.vector.reduce.smax"(%arg3) : (vector<4xi32>) -> i32
    "llvm.return"() : () -> ()
  }) : () -> ()
}) : () -> ()

