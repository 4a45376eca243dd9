"builtin.module"() ({
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<void (i32, i32, f32, vector<4xf32>, ptr)>, linkage = #llvm.linkage<external>, sym_name = "f", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
  ^bb0(%arg2: i32, %arg3: i32, %arg4: f32, %arg5: vector<4xf32>, %arg6: !llvm.ptr):
    %0 = "llvm.add"(%arg2, %arg3) <{overflowFlags = #llvm.overflow<none>}> : (i32, i32) -> i32
    %1 = "llvm.sdiv"(%arg2, %arg3) : (i32, i32) -> i32
    %2 = "llvm.or"(%arg2, %arg3) : (i32, i32) -> i32
    %3 = "llvm.lshr"(%arg2, %arg3) : (i32, i32) -> i32
    %4 = "llvm.fadd"(%arg4, %arg4) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, f32) -> f32
    %5 = "llvm.intr.sqrt"(%arg4) <{fastmathFlags = #llvm.fastmath<none>}> : (f32) -> f32
    %6 = "llvm.intr.fabs"(%arg5) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<4xf32>) -> vector<4xf32>
    %7 = "llvm.intr.pow"(%arg4, %arg4) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, f32) -> f32
    %8 = "llvm.intr.fmuladd"(%arg4, %arg4, %arg4) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, f32, f32) -> f32
    %9 = "llvm.intr.vector.reduce.fmax"(%arg5) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<4xf32>) -> f32
    %10 = "llvm.mlir.undef"() : () -> vector<4xi32>
    %11 = "llvm.intr.vector.reduce.add"(%10) : (vector<4xi32>) -> i32
    %12 = "llvm.zext"(%arg2) : (i32) -> i64
    %13 = "llvm.bitcast"(%arg4) : (f32) -> i32
    %14 = "llvm.inttoptr"(%12) : (i64) -> !llvm.ptr
    %15 = "llvm.fcmp"(%arg4, %arg4) <{fastmathFlags = #llvm.fastmath<none>, predicate = 1 : i64}> {fastmath = #llvm.fastmath<nnan, ninf>} : (f32, f32) -> i1
    %16 = "llvm.mul"(%arg2, %arg3) <{overflowFlags = #llvm.overflow<nsw, nuw>}> : (i32, i32) -> i32
    %17 = "llvm.mlir.constant"() <{value = dense<1.000000e+00> : vector<4xf32>}> : () -> vector<4xf32>
    %18 = "llvm.mlir.constant"() <{value = dense<true> : vector<4xi1>}> : () -> vector<4xi1>
    %19 = "llvm.intr.masked.load"(%arg6, %18, %arg5) <{alignment = 4 : i32}> : (!llvm.ptr, vector<4xi1>, vector<4xf32>) -> vector<4xf32>
    "llvm.intr.masked.store"(%19, %arg6, %18) <{alignment = 4 : i32}> : (vector<4xf32>, !llvm.ptr, vector<4xi1>) -> ()
    %20 = "llvm.call"(%arg6) <{CConv = #llvm.cconv<ccc>, TailCallKind = #llvm.tailcallkind<none>, callee = @g, fastmathFlags = #llvm.fastmath<none>}> : (!llvm.ptr) -> !llvm.ptr
    %21 = "llvm.call"(%20, %arg6) <{CConv = #llvm.cconv<ccc>, TailCallKind = #llvm.tailcallkind<none>, fastmathFlags = #llvm.fastmath<none>}> : (!llvm.ptr, !llvm.ptr) -> !llvm.ptr
    "llvm.return"() : () -> ()
  }) : () -> ()
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<ptr (ptr)>, linkage = #llvm.linkage<external>, passthrough = ["noinline"], sym_name = "g", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
  ^bb0(%arg1: !llvm.ptr):
    "llvm.return"(%arg1) : (!llvm.ptr) -> ()
  }) : () -> ()
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<void ()>, linkage = #llvm.linkage<external>, sym_name = "d", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
  }) : () -> ()
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<i32 (i32)>, linkage = #llvm.linkage<weak>, res_attrs = [{llvm.noundef}], sym_name = "w", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
  ^bb0(%arg0: i32):
    "llvm.return"(%arg0) : (i32) -> ()
  }) : () -> ()
}) : () -> ()

