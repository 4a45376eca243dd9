"builtin.module"() ({
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<i32 (i32, f32, ptr, struct<(i32, f32)>)>, linkage = #llvm.linkage<external>, sym_name = "f", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
  ^bb0(%arg0: i32, %arg1: f32, %arg2: !llvm.ptr, %arg3: !llvm.struct<(i32, f32)>):
    %7 = "llvm.mlir.constant"() <{value = 1 : i32}> : () -> i32
    %8 = "llvm.mlir.constant"() <{value = 2 : i32}> : () -> i32
    %9 = "llvm.add"(%7, %8) <{overflowFlags = #llvm.overflow<none>}> : (i32, i32) -> i32
    %10 = "llvm.bitcast"(%arg1) : (f32) -> f32
    %11 = "llvm.bitcast"(%arg1) : (f32) -> i32
    %12 = "llvm.bitcast"(%11) : (i32) -> f32
    %13 = "llvm.getelementptr"(%arg2) <{elem_type = i32, rawConstantIndices = array<i32: 0>}> : (!llvm.ptr) -> !llvm.ptr
    %14 = "llvm.insertvalue"(%arg3, %arg0) <{position = array<i64: 0>}> : (!llvm.struct<(i32, f32)>, i32) -> !llvm.struct<(i32, f32)>
    %15 = "llvm.extractvalue"(%14) <{position = array<i64: 0>}> : (!llvm.struct<(i32, f32)>) -> i32
    %16 = "llvm.extractvalue"(%14) <{position = array<i64: 1>}> : (!llvm.struct<(i32, f32)>) -> f32
    %17 = "llvm.mul"(%arg0, %7) <{overflowFlags = #llvm.overflow<none>}> : (i32, i32) -> i32
    %18 = "llvm.icmp"(%arg0, %arg0) <{predicate = 0 : i64}> : (i32, i32) -> i1
    %19 = "llvm.select"(%18, %arg0, %8) <{fastmathFlags = #llvm.fastmath<none>}> : (i1, i32, i32) -> i32
    %20 = "llvm.zext"(%7) : (i32) -> i64
    %21 = "llvm.ptrtoint"(%13) : (!llvm.ptr) -> i64
    %22 = "llvm.inttoptr"(%21) : (i64) -> !llvm.ptr
    "llvm.call"(%9, %10, %12, %13, %15, %16, %17, %19, %20, %22) <{CConv = #llvm.cconv<ccc>, TailCallKind = #llvm.tailcallkind<none>, callee = @use, fastmathFlags = #llvm.fastmath<none>}> : (i32, f32, f32, !llvm.ptr, i32, f32, i32, i32, i64, !llvm.ptr) -> ()
    "llvm.return"(%9) : (i32) -> ()
  }) : () -> ()
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<void (i32, f32, f32, ptr, i32, f32, i32, i32, i64, ptr)>, linkage = #llvm.linkage<external>, sym_name = "use", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
  }) : () -> ()
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<i64 ()>, linkage = #llvm.linkage<external>, sym_name = "g", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
    %0 = "llvm.mlir.constant"() <{value = -1 : i32}> : () -> i32
    %1 = "llvm.sext"(%0) : (i32) -> i64
    %2 = "llvm.zext"(%0) : (i32) -> i64
    %3 = "llvm.trunc"(%0) : (i32) -> i8
    %4 = "llvm.sext"(%3) : (i8) -> i64
    %5 = "llvm.add"(%1, %2) <{overflowFlags = #llvm.overflow<none>}> : (i64, i64) -> i64
    %6 = "llvm.add"(%5, %4) <{overflowFlags = #llvm.overflow<none>}> : (i64, i64) -> i64
    "llvm.return"(%6) : (i64) -> ()
  }) : () -> ()
}) : () -> ()

